package pack

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// hostileCase is one archive a hostile uploader might send.
type hostileCase struct {
	name    string
	archive []byte
	lim     Limits
	field   string // the field the error must name ("" = any)
	says    string // a phrase the error must contain
}

// hostileCorpus builds the corpus: each archive is otherwise a valid
// package, so only the hostile part can be what is refused.
func hostileCorpus(t testing.TB) []hostileCase {
	good, _ := build(t, modelDir(t), testManifest(), nil)
	base := readArchive(t, good)
	with := func(extra ...tarEntry) []byte {
		es := append([]tarEntry(nil), base...)
		return makeArchive(t, append(es, extra...))
	}
	manifestWith := func(field, value string) []byte {
		es := append([]tarEntry(nil), base...)
		var m map[string]json.RawMessage
		if err := json.Unmarshal(es[0].body, &m); err != nil {
			t.Fatal(err)
		}
		m[field] = json.RawMessage(value)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		es[0] = tarEntry{name: manifestName, body: b}
		return makeArchive(t, es)
	}
	return []hostileCase{
		{name: "traversal", archive: with(tarEntry{name: "../evil.txt", body: []byte("pwned")}), field: "../evil.txt", says: "path traversal"},
		{name: "traversal inside model", archive: with(tarEntry{name: "model/../../evil.txt", body: []byte("pwned")}), says: "path traversal"},
		{name: "absolute path", archive: with(tarEntry{name: "/tmp/evil.txt", body: []byte("pwned")}), says: "absolute"},
		{name: "escaping symlink", archive: with(tarEntry{name: "model/link", typ: tar.TypeSymlink, link: "../../../etc/passwd"}), field: "model/link", says: "escapes the package"},
		{name: "absolute symlink", archive: with(tarEntry{name: "model/link", typ: tar.TypeSymlink, link: "/etc/passwd"}), says: "escapes the package"},
		{name: "symlink then write through it", archive: with(
			tarEntry{name: "model/dir", typ: tar.TypeSymlink, link: ".."},
			tarEntry{name: "model/dir/evil.txt", body: []byte("pwned")}), says: "link"},
		{name: "escaping hardlink", archive: with(tarEntry{name: "model/hard", typ: tar.TypeLink, link: "../outside.txt"}), says: "escapes the package"},
		{name: "inner symlink", archive: with(tarEntry{name: "model/alias", typ: tar.TypeSymlink, link: "model.json"}), says: "regular files only"},
		{name: "device file", archive: with(tarEntry{name: "model/null", typ: tar.TypeChar}), says: "device file"},
		{name: "fifo", archive: with(tarEntry{name: "model/pipe", typ: tar.TypeFifo}), says: "device file or pipe"},
		{name: "directory entry", archive: with(tarEntry{name: "model/sub/", typ: tar.TypeDir}), says: "directory"},
		// 256 MiB of zeros compress about 1000:1; the default limits stop it
		// after 16 MiB of inflation, long before the bytes are written.
		{name: "decompression bomb", archive: with(tarEntry{name: "model/bomb.bin", size: 256 << 20}), field: "archive", says: "decompression bomb"},
		{name: "oversized file", archive: with(tarEntry{name: "model/big.bin", body: bytes.Repeat([]byte("x"), 2000)}), lim: Limits{MaxFileSize: 1000}, says: "limit per file"},
		{name: "total size", archive: with(tarEntry{name: "model/big.bin", body: bytes.Repeat([]byte("x"), 2000)}), lim: Limits{MaxTotalSize: 1500}, says: "limit per package"},
		{name: "too many files", archive: good, lim: Limits{MaxFiles: 2}, says: "more than 2 files"},
		{name: "pickle by extension", archive: with(tarEntry{name: "model/model.pkl", body: []byte("cos\nsystem\n(S'id'\ntR.")}), field: "model/model.pkl", says: "pickle format"},
		{name: "pickle by magic", archive: with(tarEntry{name: "model/weights.bin", body: []byte("\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix")}), field: "model/weights.bin", says: "Python pickle"},
		{name: "torch zip", archive: with(tarEntry{name: "model/model.bin", body: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00archive/data.pkl....")}), says: "PyTorch"},
		{name: "manifest version is a number", archive: manifestWith("version", "1"), field: "version", says: `"version" must be a string`},
		{name: "manifest metrics not an object", archive: manifestWith("metrics", `"high"`), field: "metrics", says: "must be an object"},
		{name: "manifest seed is a string", archive: manifestWith("training", `{"methodology": "x", "recipe": {"runtime": "linear", "seed": "42"}}`), field: "training.recipe.seed", says: "must be an integer"},
		{name: "manifest unknown field", archive: manifestWith("evil", `true`), field: "evil", says: "not known"},
		{name: "manifest nested unknown field", archive: manifestWith("training", `{"methodology": "x", "recipe": {"runtime": "linear", "sead": 42}}`), field: "training.recipe.sead", says: "not known"},
		{name: "manifest bad semver", archive: manifestWith("version", `"latest"`), field: "version", says: "semantic version"},
		{name: "no manifest", archive: makeArchive(t, base[1:]), field: manifestName, says: "no manifest.json"},
		{name: "two manifests", archive: with(base[0]), says: "twice"},
		{name: "duplicate file", archive: with(base[len(base)-1]), says: "twice"},
		{name: "unexpected entry", archive: with(tarEntry{name: "run.sh", body: []byte("#!/bin/sh")}), says: "Unexpected entry"},
		{name: "not gzip", archive: []byte("PK\x03\x04 this is a zip"), says: "not gzip"},
		{name: "truncated", archive: good[:len(good)/2], says: "truncated"},
		{name: "file and directory", archive: with(tarEntry{name: "model/model.json/x", body: []byte("x")}), says: "both a file and a directory"},
		{name: "directory then file", archive: with(tarEntry{name: "model/data", body: []byte("x")}), says: "both a file and a directory"},
		{name: "trailing bytes", archive: append(append([]byte(nil), good...), "junk"...), says: "after the end of its gzip stream"},
		{name: "second gzip member", archive: append(append([]byte(nil), good...), good...), says: "after the end of its gzip stream"},
		{name: "control character", archive: with(tarEntry{name: "model/a\x1bb", body: []byte("x")}), says: "control character"},
		{name: "pickle protocol 0", archive: with(tarEntry{name: "model/weights.bin", body: []byte(pickle0System)}), field: "model/weights.bin", says: "protocol 0 or 1"},
		{name: "pickle protocol 1", archive: with(tarEntry{name: "model/weights.bin", body: []byte(pickle1System)}), field: "model/weights.bin", says: "protocol 0 or 1"},
		{name: "npy object array", archive: with(tarEntry{name: "model/x.npy", body: npyObject}), field: "model/x.npy", says: "NumPy array of Python objects"},
		{name: "npz with object array", archive: with(tarEntry{name: "model/x.npz", body: zipOf(t, true, "y.npy", string(npyObject))}), field: "model/x.npz", says: "NumPy array of Python objects"},
		{name: "bidi override", archive: with(tarEntry{name: "model/a\u202eb", body: []byte("x")}), field: `model/a\u202eb`, says: "bidirectional"},
		{name: "backslash", archive: with(tarEntry{name: "model\\..\\..\\evil", body: []byte("x")}), says: "backslash"},
	}
}

// TestHostileCorpus extracts every hostile archive into a work directory
// inside a sandbox and checks that each is refused with the expected error
// and that nothing at all is left behind, inside or outside the work dir.
func TestHostileCorpus(t *testing.T) {
	for _, c := range hostileCorpus(t) {
		t.Run(c.name, func(t *testing.T) {
			sandbox := t.TempDir()
			work := filepath.Join(sandbox, "a", "b", "work") // deep, so ../../ stays in the sandbox
			if err := os.MkdirAll(work, 0o755); err != nil {
				t.Fatal(err)
			}
			_, err := Extract(bytes.NewReader(c.archive), work, VerifyOptions{Limits: c.lim})
			if err == nil {
				t.Fatal("hostile archive was accepted")
			}
			t.Logf("refused: %v", err)
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("code %s, want %s: %v", hokusai.ErrorCode(err), hokusai.EINVALID, err)
			}
			if c.field != "" && hokusai.ErrorField(err) != c.field {
				t.Fatalf("field %q, want %q: %v", hokusai.ErrorField(err), c.field, err)
			}
			if !strings.Contains(err.Error(), c.says) {
				t.Fatalf("error %q does not say %q", err, c.says)
			}
			var left []string
			filepath.WalkDir(sandbox, func(p string, d fs.DirEntry, err error) error {
				if !d.IsDir() || d.Type()&fs.ModeSymlink != 0 {
					left = append(left, p)
				}
				return nil
			})
			if len(left) > 0 {
				t.Fatalf("files left behind: %v", left)
			}
			// Verify refuses it the same way.
			if _, verr := Verify(bytes.NewReader(c.archive), VerifyOptions{Limits: c.lim}); verr == nil || hokusai.ErrorField(verr) != hokusai.ErrorField(err) || hokusai.ErrorCode(verr) != hokusai.ErrorCode(err) {
				t.Fatalf("Verify: %v; Extract: %v", verr, err)
			}
		})
	}
}

// A bomb is stopped early: far fewer bytes are inflated than it claims.
func TestBombStopsEarly(t *testing.T) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	tw := tar.NewWriter(zw)
	tw.WriteHeader(&tar.Header{Name: "model/bomb", Typeflag: tar.TypeReg, Size: 1 << 40, Mode: 0o644})
	chunk := make([]byte, 1<<20)
	for i := 0; i < 64; i++ { // only 64 MiB follow; the claimed TiB never does
		tw.Write(chunk)
	}
	zw.Close()
	_, err := Verify(&buf, VerifyOptions{Limits: Limits{MaxFileSize: 1 << 41, MaxTotalSize: 1 << 42}})
	if err == nil || !strings.Contains(err.Error(), "decompression bomb") {
		t.Fatalf("got %v", err)
	}
}
