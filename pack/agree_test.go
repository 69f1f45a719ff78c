package pack

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"path"
	"sort"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// The packager once wrote packages that `package verify` refused. For
// random small trees and limits, Package succeeds exactly when a reader
// accepts the same files, what it writes verifies, and when it refuses it
// gives the reader's own error.
func TestPackagerAgreesWithReader(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		lim := Limits{
			MaxFiles:     rapid.IntRange(1, 6).Draw(rt, "maxFiles"),
			MaxFileSize:  rapid.Int64Range(1, 4096).Draw(rt, "maxFileSize"),
			MaxTotalSize: rapid.Int64Range(1, 8192).Draw(rt, "maxTotal"),
			MaxDepth:     rapid.IntRange(1, 4).Draw(rt, "maxDepth"),
			RatioFloor:   rapid.SampledFrom([]int64{4 << 10, 1 << 20}).Draw(rt, "ratioFloor"),
			MaxRatio:     rapid.SampledFrom([]int64{4, 200}).Draw(rt, "maxRatio"),
		}
		files := map[string][]byte{}
		for range rapid.IntRange(0, 8).Draw(rt, "files") {
			segs := rapid.SliceOfN(rapid.SampledFrom([]string{"a", "b", "w.bin", "model.json", "x.pkl", "deep"}), 1, 5).Draw(rt, "path")
			p := strings.Join(segs, "/")
			if clashes(files, p) {
				continue
			}
			var body []byte
			switch rapid.IntRange(0, 5).Draw(rt, "kind") {
			case 0:
				body = []byte(strings.Repeat(rapid.StringMatching(`[a-z ,\n]{0,100}`).Draw(rt, "text"), rapid.IntRange(1, 30).Draw(rt, "times")))
			case 1:
				body = make([]byte, rapid.IntRange(0, 9000).Draw(rt, "zeros"))
			case 2:
				body = rapid.SliceOfN(rapid.Byte(), 0, 2000).Draw(rt, "bytes")
			case 3:
				body = []byte(rapid.SampledFrom([]string{pickle0System, pickle1Dict, pickle2System}).Draw(rt, "pickle"))
			case 4:
				body = rapid.SampledFrom([][]byte{npyObject, npyFloat32}).Draw(rt, "npy")
			case 5:
				body = []byte(`{"weights": [1, 2]}`)
			}
			files[p] = body
		}
		dir := t.TempDir()
		str := map[string]string{}
		for p, b := range files {
			str[p] = string(b)
		}
		writeFiles(t, dir, str)
		m := testManifest()
		m.Runtime.Entrypoint = ""

		var out bytes.Buffer
		_, packErr := Package(dir, m, Options{Limits: lim, Out: &out})
		if packErr == nil {
			if _, err := Verify(&out, VerifyOptions{Limits: lim}); err != nil {
				rt.Fatalf("the packager wrote what the reader refuses: %v", err)
			}
		}
		// The same files, archived without the packager's checks.
		m.Schema = hokusai.ManifestSchema
		paths := make([]string, 0, len(files))
		for p := range files {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		var es []tarEntry
		for _, p := range paths {
			sum := sha256.Sum256(files[p])
			m.Files = append(m.Files, hokusai.ManifestFile{Path: p, Size: int64(len(files[p])), SHA256: hex.EncodeToString(sum[:])})
			es = append(es, tarEntry{name: filesPrefix + p, body: files[p]})
		}
		raw, _ := canonicalManifest(&m)
		_, readErr := Verify(bytes.NewReader(makeArchive(t, append([]tarEntry{{name: manifestName, body: raw}}, es...))), VerifyOptions{Limits: lim})
		bomb := func(err error) bool { return err != nil && strings.Contains(err.Error(), "decompression bomb") }
		if bomb(packErr) || bomb(readErr) {
			return // the ratio depends on the exact compressed bytes, which differ
		}
		if (packErr == nil) != (readErr == nil) {
			rt.Fatalf("packager: %v\nreader: %v", packErr, readErr)
		}
		if packErr != nil && packErr.Error() != readErr.Error() {
			rt.Fatalf("different refusals:\npackager: %v\nreader:   %v", packErr, readErr)
		}
	})
}

// clashes reports whether p cannot sit beside the paths already in files
// (one would be both a file and a directory).
func clashes(files map[string][]byte, p string) bool {
	if _, ok := files[p]; ok {
		return true
	}
	for q := range files {
		if strings.HasPrefix(q, p+"/") || strings.HasPrefix(p, q+"/") {
			return true
		}
	}
	for d := path.Dir(p); d != "."; d = path.Dir(d) {
		if _, ok := files[d]; ok {
			return true
		}
	}
	return false
}
