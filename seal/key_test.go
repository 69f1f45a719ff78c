package seal_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/seal"
)

// TestOpenKey: the key file is created once with mode 0600 and read
// back the same; a file others may read, or of the wrong size, is refused.
func TestOpenKey(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.key")
	if _, err := seal.OpenKey(p, false); err == nil {
		t.Fatal("a missing key file was accepted without create")
	}
	k1, err := seal.OpenKey(p, true)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil || st.Mode().Perm() != 0o600 || st.Size() != seal.KeySize {
		t.Fatalf("key file: %v %v", st, err)
	}
	k2, err := seal.OpenKey(p, true)
	if err != nil || !bytes.Equal(k1, k2) {
		t.Fatalf("reopened key differs: %v", err)
	}
	if err := os.Chmod(p, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := seal.OpenKey(p, true); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("world-readable key: %v", err)
	}
	short := filepath.Join(dir, "short.key")
	if err := os.WriteFile(short, []byte("abc"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := seal.OpenKey(short, false); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("short key: %v", err)
	}
}
