package chain_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// TestKeyFilesBounded: a keystore or password file named on the command
// line is read with a size bound, and a device or directory is refused
// before it is read (/dev/zero used to be read until memory ran out).
func TestKeyFilesBounded(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(big, make([]byte, 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		src   chain.KeySource
		field string
	}{
		{chain.KeySource{Keystore: "/dev/zero", DevAccount: -1}, "keystore"},
		{chain.KeySource{Keystore: t.TempDir(), DevAccount: -1}, "keystore"},
		{chain.KeySource{Keystore: big, DevAccount: -1}, "keystore"},
		{chain.KeySource{Keystore: big, PasswordFile: "/dev/zero", DevAccount: -1}, "password-file"},
	} {
		_, err := c.src.Load(1)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field {
			t.Errorf("%+v: got %v, want INVALID_INPUT naming %s", c.src, err, c.field)
		}
	}
}
