package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// rewriteManifest replaces old with new in an archive's manifest.json,
// keeping everything else, to forge a package with a bad manifest.
func rewriteManifest(t *testing.T, archive []byte, old, new string) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(archive))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		if h.Name == "manifest.json" {
			if !strings.Contains(string(b), old) {
				t.Fatalf("manifest lacks %s", old)
			}
			b = []byte(strings.Replace(string(b), old, new, 1))
			h.Size = int64(len(b))
		}
		tw.WriteHeader(h)
		tw.Write(b)
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}

type postResult struct {
	status int
	body   map[string]map[string]any
}

func httpPost(url string, h http.Header, body []byte) (postResult, error) {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return postResult{}, err
	}
	for k, v := range h {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/gzip")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return postResult{}, err
	}
	defer resp.Body.Close()
	var r postResult
	r.status = resp.StatusCode
	err = json.NewDecoder(resp.Body).Decode(&r.body)
	return r, err
}
