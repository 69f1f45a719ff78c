package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// strictDecode decodes b into v, failing on any field the spec's type lacks.
func strictDecode(t testing.TB, what string, b []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s does not match openapi.yaml: %v\n%s", what, err, b)
	}
}

// TestVersionRoutesMatchSpec: the registry's hand-written routes answer in
// exactly the shapes openapi.yaml documents, read through the client
// generated from it.
func TestVersionRoutesMatchSpec(t *testing.T) {
	ctx := context.Background()
	url, _ := startRegistry(t)
	gen := sdk.New(url).API()

	empty, err := gen.ListVersionsWithResponse(ctx, "DEMO")
	if err != nil || empty.StatusCode() != 200 {
		t.Fatalf("empty list: %v %s", err, empty.Body)
	}
	var list oapi.VersionList
	strictDecode(t, "empty version list", empty.Body, &list)
	if list.Data == nil || len(list.Data) != 0 || list.Head != nil {
		t.Fatalf("empty list: %s", empty.Body)
	}

	dir, meta := writeModel(t)
	pkgFile := filepath.Join(t.TempDir(), "p.hkpkg")
	if _, err := runCLI(t, "package", dir, "--metadata", meta, "--version", "1.2.0", "--dev-account", "1", "-o", pkgFile); err != nil {
		t.Fatal(err)
	}
	archive, err := os.ReadFile(pkgFile)
	if err != nil {
		t.Fatal(err)
	}
	up, err := gen.UploadVersionWithBodyWithResponse(ctx, "demo", "application/gzip", bytes.NewReader(archive),
		signedBy(t, signreq.ActionRegisterVersion, 1, archive))
	if err != nil || up.StatusCode() != 201 || !strings.HasSuffix(up.HTTPResponse.Header.Get("Location"), "/versions/1.2.0") {
		t.Fatalf("upload: %v %d %s", err, up.StatusCode(), up.Body)
	}
	var v oapi.Version
	strictDecode(t, "uploaded version", up.Body, &v)
	if v.Version != "1.2.0" || v.ModelId != 1 || !strings.HasPrefix(v.Digest, "sha256:") || v.Manifest.Name == "" {
		t.Fatalf("upload: %s", up.Body)
	}

	got, err := gen.GetVersionWithResponse(ctx, "1", "1.2.0")
	if err != nil || got.StatusCode() != 200 {
		t.Fatalf("show: %v %s", err, got.Body)
	}
	strictDecode(t, "version", got.Body, &v)

	lr, err := gen.ListVersionsWithResponse(ctx, "demo")
	if err != nil || lr.StatusCode() != 200 {
		t.Fatalf("list: %v %s", err, lr.Body)
	}
	strictDecode(t, "version list", lr.Body, &list)
	if len(list.Data) != 1 || list.Data[0].Digest != v.Digest {
		t.Fatalf("list: %s", lr.Body)
	}

	dl, err := gen.DownloadVersionPackageWithResponse(ctx, "demo", "1.2.0", signedBy(t, signreq.ActionDownloadPackage, 1, nil))
	if err != nil || dl.StatusCode() != 200 || !bytes.Equal(dl.Body, archive) || dl.HTTPResponse.Header.Get("X-Hokusai-Digest") != v.Digest {
		t.Fatalf("download: %v %d, %d bytes", err, dl.StatusCode(), len(dl.Body))
	}

	missing, err := gen.GetVersionWithResponse(ctx, "demo", "9.9.9")
	if err != nil || missing.StatusCode() != 404 {
		t.Fatalf("missing: %v %s", err, missing.Body)
	}
	var eb oapi.ErrorBody
	strictDecode(t, "error", missing.Body, &eb)
}

// signedBy is a request editor that signs the request as dev account 1
// (startRegistry's model owner) for action on model with body.
func signedBy(t *testing.T, action string, model uint64, body []byte) api.RequestEditorFn {
	h := http.Header{}
	if err := registryDomain.SetHeaders(h, signreq.NewRequest(action, model, body, time.Now()), devchain.DevKey(1)); err != nil {
		t.Fatal(err)
	}
	return func(_ context.Context, req *http.Request) error {
		for k, v := range h {
			req.Header[k] = v
		}
		return nil
	}
}
