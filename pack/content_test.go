package pack

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// Pickles as Python 3.11's pickle.dumps writes them: a dict, a list and an
// object whose __reduce__ calls os.system('id').
var (
	pickle0Dict   = "(dp0\nVa\np1\nI1\nsVb\np2\n(lp3\nI1\naF2.5\naVx\np4\nas."
	pickle0System = "cposix\nsystem\np0\n(Vid\np1\ntp2\nRp3\n."
	pickle0List   = "(lp0\nI0\naI1\naI2\na."
	pickle1Dict   = "}q\x00(X\x01\x00\x00\x00aq\x01K\x01X\x01\x00\x00\x00bq\x02]q\x03(K\x01G@\x04\x00\x00\x00\x00\x00\x00X\x01\x00\x00\x00xq\x04eu."
	pickle1System = "cposix\nsystem\nq\x00(X\x02\x00\x00\x00idq\x01tq\x02Rq\x03."
	pickle1List   = "]q\x00(K\x00K\x01K\x02e."
	pickle2System = "\x80\x02cposix\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03."
)

// npyFile is a .npy file (format 1.0) with the given header dict and body.
func npyFile(header string, body []byte) []byte {
	h := header
	for (10+len(h)+1)%64 != 0 {
		h += " "
	}
	h += "\n"
	b := append([]byte("\x93NUMPY\x01\x00"), 0, 0)
	binary.LittleEndian.PutUint16(b[8:], uint16(len(h)))
	return append(append(b, h...), body...)
}

var (
	npyFloat32  = npyFile("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", make([]byte, 24))
	npyObject   = npyFile("{'descr': '|O', 'fortran_order': False, 'shape': (3,), }", []byte(pickle2System))
	npyStructO  = npyFile("{'descr': [('a', '<f4'), ('b', '|O')], 'fortran_order': False, 'shape': (2,), }", []byte(pickle2System))
	npyHugeRows = npyFile("{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776, 1), }", make([]byte, 8))
)

// zipOf is a zip archive of the named entries, stored or deflated.
func zipOf(t testing.TB, deflate bool, entries ...string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(entries); i += 2 {
		m := zip.Store
		if deflate {
			m = zip.Deflate
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: entries[i], Method: m})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(entries[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zlibOf(b []byte) []byte {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// packageWith packages the test model plus one file and, separately,
// verifies an archive holding that file: both must agree.
func packageWith(t *testing.T, name string, body []byte) (packErr, verifyErr error) {
	t.Helper()
	dir := modelDir(t)
	writeFiles(t, dir, map[string]string{name: string(body)})
	var packed bytes.Buffer
	if _, packErr = Package(dir, testManifest(), Options{Out: &packed}); packErr == nil {
		_, verifyErr = Verify(&packed, VerifyOptions{})
		return packErr, verifyErr
	}
	good, _ := build(t, modelDir(t), testManifest(), nil)
	archive := makeArchive(t, append(readArchive(t, good), tarEntry{name: filesPrefix + name, body: body}))
	_, verifyErr = Verify(bytes.NewReader(archive), VerifyOptions{})
	return packErr, verifyErr
}

// Pickles of protocols 0 and 1 are opcode streams without a header; they
// used to pass both the packager and the reader. Every pickle, however it
// is stored — plain, compressed as joblib does, as a NumPy object array,
// inside a .npz or a PyTorch zip — is refused by content whatever the file
// is called, and the refusal names the file, says why and how to fix it.
func TestPicklesRefusedByContent(t *testing.T) {
	for _, c := range []struct {
		name string
		body []byte
		says string
	}{
		{"protocol 0 dict", []byte(pickle0Dict), "protocol 0 or 1"},
		{"protocol 0 os.system", []byte(pickle0System), "protocol 0 or 1"},
		{"protocol 0 list", []byte(pickle0List), "protocol 0 or 1"},
		{"protocol 1 dict", []byte(pickle1Dict), "protocol 0 or 1"},
		{"protocol 1 os.system", []byte(pickle1System), "protocol 0 or 1"},
		{"protocol 1 list", []byte(pickle1List), "protocol 0 or 1"},
		{"protocol 0 with trailing data", []byte(pickle0System + strings.Repeat("padding ", 20000)), "protocol 0 or 1"},
		{"protocol 1 longer than the inspected head", append([]byte("]q\x00(X\x00\x00\x02\x00"), bytes.Repeat([]byte("a"), 1<<17)...), "protocol 0 or 1"},
		{"protocol 2", []byte(pickle2System), "protocol 2 header"},
		{"zlib-compressed pickle", zlibOf([]byte(pickle2System)), "compressed Python pickle"},
		{"zlib-compressed protocol 0", zlibOf([]byte(pickle0System)), "compressed Python pickle"},
		{"npy object array", npyObject, "NumPy array of Python objects"},
		{"npy structured with object field", npyStructO, "NumPy array of Python objects"},
		{"npy unreadable header", npyFile("{'descr': __import__('os'), 'fortran_order': False, 'shape': (1,), }", nil), "header cannot be checked"},
		{"npz with object array", zipOf(t, false, "x.npy", string(npyFloat32), "y.npy", string(npyObject)), `"y.npy", a NumPy array of Python objects`},
		{"compressed npz with object array", zipOf(t, true, "y.npy", string(npyObject)), `"y.npy", a NumPy array of Python objects`},
		{"torch zip checkpoint", zipOf(t, false, "archive/data.pkl", pickle2System, "archive/data/0", "\x00\x00\x80?"), "PyTorch"},
		{"compressed torch zip", zipOf(t, true, "model/data.pkl", pickle1System, "model/version", "3\n"), "data.pkl"},
		{"zip holding a .pkl", zipOf(t, true, "README", "hi", "estimator.pkl", "anything"), `"estimator.pkl", a pickle format`},
		{"zip entry that is a pickle", zipOf(t, true, "weights", pickle0System), `"weights", a Python pickle`},
	} {
		t.Run(c.name, func(t *testing.T) {
			packErr, verifyErr := packageWith(t, "weights.bin", c.body)
			for who, err := range map[string]error{"Package": packErr, "Verify": verifyErr} {
				if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "model/weights.bin" {
					t.Fatalf("%s: got %v, want EINVALID on model/weights.bin", who, err)
				}
				for _, want := range []string{c.says, `"model/weights.bin"`, "run code when loaded", "ONNX or safetensors"} {
					if !strings.Contains(err.Error(), want) {
						t.Fatalf("%s: %q does not say %q", who, err, want)
					}
				}
			}
			if packErr.Error() != verifyErr.Error() {
				t.Fatalf("the packager and the reader disagree:\n%v\n%v", packErr, verifyErr)
			}
		})
	}
	// Formats that wrap pickles are refused by name, too.
	for _, name := range []string{"model.keras", "state.dill", "net.pt", "clf.joblib"} {
		if packErr, verifyErr := packageWith(t, name, []byte("x")); packErr == nil || verifyErr == nil || !strings.Contains(packErr.Error(), "pickle format") {
			t.Fatalf("%s: packager %v, reader %v", name, packErr, verifyErr)
		}
	}
}

// Plain data passes: the recognisers must not refuse ordinary files.
func TestPlainDataAccepted(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 300_000)
	for i := range random {
		random[i] = byte(rnd.Uint32())
	}
	for _, c := range []struct {
		name string
		body []byte
	}{
		{"float32 npy", npyFloat32},
		{"npy claiming 2^40 rows", npyHugeRows},
		{"npz of floats", zipOf(t, false, "a.npy", string(npyFloat32), "b.npy", string(npyFloat32))},
		{"compressed npz of floats", zipOf(t, true, "a.npy", string(npyFloat32))},
		{"zip of text", zipOf(t, true, "config.json", `{"layers": 3}`, "vocab.txt", "a\nb\n")},
		{"json", []byte(`{"weights": [1, 2, 3]}`)},
		{"csv", []byte("a,b\n1,2\n")},
		{"N.B. text", []byte("N.B. read the README first.\n")},
		{"text starting with opcodes", []byte("I1\nI2\nlater text")},
		{"zlib text", zlibOf([]byte("hello, world"))},
		{"random bytes", random},
		{"onnx-like protobuf", append([]byte("\x08\x07\x12\x07pytorch\x1a\x032.1"), random[:1000]...)},
		{"empty", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			packErr, verifyErr := packageWith(t, "weights.bin", c.body)
			if packErr != nil || verifyErr != nil {
				t.Fatalf("plain data refused: packager %v, reader %v", packErr, verifyErr)
			}
		})
	}
}

// The recogniser agrees with itself on a pickle cut anywhere: a prefix of
// at least four opcodes from a longer file still counts, and no prefix
// panics.
func TestPicklePrefixes(t *testing.T) {
	p := []byte(pickle0Dict)
	for i := range p {
		looksLikePickle(p[:i], -1)
		looksLikePickle(p[:i], int64(i))
	}
	if !looksLikePickle(p[:12], 1000) {
		t.Fatal("a protocol 0 pickle cut after four opcodes is not recognised")
	}
}

// A package whose manifest outgrows what a reader accepts (8,001 small
// files list more than 1 MiB) was written by the packager and then refused
// by `package verify`. The packager now refuses it, before writing
// anything, with the reader's own error.
func TestPackagerRefusesWhatReaderRefuses(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"model.json": `{"weights":[1]}`}
	for i := range 8000 {
		files[fmt.Sprintf("shard-%05d.txt", i)] = fmt.Sprint(i)
	}
	writeFiles(t, dir, files)
	out := filepath.Join(t.TempDir(), "big.hkpkg")
	_, packErr := PackageFile(dir, testManifest(), out, Options{Key: testKey(t)})
	if packErr == nil {
		t.Fatal("the packager wrote a package the reader refuses")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a refused package was left at %s", out)
	}
	// The same archive, written without the packager's checks, and read.
	m := testManifest()
	m.Schema = hokusai.ManifestSchema
	var es []tarEntry
	for _, p := range sortedKeys(files) {
		m.Files = append(m.Files, hokusai.ManifestFile{Path: p, Size: int64(len(files[p])), SHA256: sha256hex(files[p])})
		es = append(es, tarEntry{name: filesPrefix + p, body: []byte(files[p])})
	}
	raw, _ := canonicalManifest(&m)
	_, verifyErr := Verify(bytes.NewReader(makeArchive(t, append([]tarEntry{{name: manifestName, body: raw}}, es...))), VerifyOptions{})
	if verifyErr == nil || packErr.Error() != verifyErr.Error() {
		t.Fatalf("packager: %v\nreader: %v", packErr, verifyErr)
	}
	if !strings.Contains(packErr.Error(), "at most 1048576 are allowed") {
		t.Fatalf("the refusal does not name the bound: %v", packErr)
	}
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// What only compression reveals — a ratio a reader takes for a
// decompression bomb — is caught by reading the archive back as it is
// written: the packager refuses with the reader's error and leaves nothing.
func TestPackagerRefusesBombRatio(t *testing.T) {
	dir := modelDir(t)
	writeFiles(t, dir, map[string]string{"zeros.bin": string(make([]byte, 1<<20))})
	lim := Limits{RatioFloor: 64 << 10, MaxRatio: 20}
	out := filepath.Join(t.TempDir(), "z.hkpkg")
	_, err := PackageFile(dir, testManifest(), out, Options{Limits: lim})
	if hokusai.ErrorField(err) != "archive" || !strings.Contains(err.Error(), "decompression bomb") {
		t.Fatalf("got %v", err)
	}
	if _, serr := os.Stat(out); !os.IsNotExist(serr) {
		t.Fatal("a refused package was left behind")
	}
	// With the default limits the same directory packages and verifies.
	var buf bytes.Buffer
	if _, err := Package(dir, testManifest(), Options{Out: &buf}); err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(&buf, VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
}
