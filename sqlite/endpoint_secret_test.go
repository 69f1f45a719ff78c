package sqlite_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/seal"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func newSecretKey(t *testing.T) []byte {
	k := make([]byte, seal.KeySize)
	if _, err := rand.Read(k); err != nil {
		t.Fatal(err)
	}
	return k
}

func TestEndpointSecretService(t *testing.T) {
	storetest.TestEndpointSecretService(t, func(t *testing.T) hokusai.EndpointSecretService {
		s, err := sqlite.NewEndpointSecretService(openDB(t), newSecretKey(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestEndpointSecretSealed guards against a secret stored in the clear or
// openable without the server key: the stored row never holds the
// plaintext, another key cannot open it, and a row copied to another model
// does not open there.
func TestEndpointSecretSealed(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	key := newSecretKey(t)
	s, err := sqlite.NewEndpointSecretService(db, key)
	if err != nil {
		t.Fatal(err)
	}
	const secret = "sk-live-0123456789abcdef-PLAINTEXT"
	if _, err := s.SetEndpointSecret(ctx, 7, secret, "0x1111111111111111111111111111111111111111"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetEndpointSecret(ctx, 7, secret, "0x1111111111111111111111111111111111111111"); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", "file:"+db.Path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	rows, err := raw.QueryContext(ctx, `SELECT * FROM endpoint_secrets`)
	if err != nil {
		t.Fatal(err)
	}
	cols, _ := rows.Columns()
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			var b []byte
			switch x := v.(type) {
			case []byte:
				b = x
			case string:
				b = []byte(x)
			}
			if bytes.Contains(b, []byte(secret)) || bytes.Contains(b, []byte("PLAINTEXT")) {
				t.Fatalf("column %s holds the plaintext", cols[i])
			}
		}
	}
	rows.Close()
	// The database file and its WAL never hold it either.
	for _, p := range []string{db.Path, db.Path + "-wal"} {
		if b, err := os.ReadFile(p); err == nil && bytes.Contains(b, []byte("PLAINTEXT")) {
			t.Fatalf("%s holds the plaintext", filepath.Base(p))
		}
	}

	other, err := sqlite.NewEndpointSecretService(db, newSecretKey(t))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := other.EndpointSecret(ctx, 7); err == nil || got != "" {
		t.Fatalf("another server key opened the secret: %q", got)
	}

	if _, err := db.SQL().ExecContext(ctx, `INSERT INTO endpoint_secrets (model_id, key_id, nonce, ciphertext, set_by, updated_at)
		SELECT 8, key_id, nonce, ciphertext, set_by, updated_at FROM endpoint_secrets WHERE model_id = 7`); err != nil {
		t.Fatal(err)
	}
	if got, err := s.EndpointSecret(ctx, 8); err == nil || got != "" {
		t.Fatalf("model 7's sealed secret opened as model 8's: %q", got)
	}
	if got, err := s.EndpointSecret(ctx, 7); err != nil || got != secret {
		t.Fatalf("model 7 = %q, %v", got, err)
	}
}
