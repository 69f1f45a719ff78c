// Package seal keeps the server key that seals secrets at rest (the
// credentials of models' remote endpoints) and seals and opens them with
// AES-256-GCM, each bound to the model it belongs to. Every store backend
// seals the same way, so a secret written by one replica opens on any
// other that has the key.
package seal

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// OpenKey reads the server key that seals endpoint secrets from
// path: KeySize raw bytes, or as many bytes in hex. When the file
// does not exist and create is true, it writes a fresh random key there
// with mode 0600; otherwise a missing file is an error. A key file others
// may read (any group or world permission) is refused.
func OpenKey(path string, create bool) ([]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) && create {
		return createKey(path)
	}
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Cannot open the server secret key %s: %v. Give a file of %d random bytes (e.g. `head -c %d /dev/urandom > %s; chmod 600 %s`).", path, err, KeySize, KeySize, path, path)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("secret key: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The server secret key %s is not a regular file.", path)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The server secret key %s may be read by others (mode %04o); run `chmod 600 %s`.", path, st.Mode().Perm(), path)
	}
	b, err := io.ReadAll(io.LimitReader(f, int64(2*hex.EncodedLen(KeySize))))
	if err != nil {
		return nil, fmt.Errorf("secret key: %w", err)
	}
	if len(b) == KeySize {
		return b, nil
	}
	if k, err := hex.DecodeString(strings.TrimSpace(string(b))); err == nil && len(k) == KeySize {
		return k, nil
	}
	return nil, hokusai.Errorf(hokusai.EINVALID, "The server secret key %s must hold %d raw bytes or %d hex digits; create one with `head -c %d /dev/urandom > %s`.", path, KeySize, 2*KeySize, KeySize, path)
}

func createKey(path string) ([]byte, error) {
	key := make([]byte, KeySize)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("secret key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("create secret key: %w", err)
	}
	if _, err := f.Write(key); err != nil {
		f.Close()
		return nil, fmt.Errorf("create secret key: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, fmt.Errorf("create secret key: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("create secret key: %w", err)
	}
	return key, nil
}
