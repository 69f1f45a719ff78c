package sqlite

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// SecretKeySize is the length of the server key that seals endpoint
// secrets (AES-256).
const SecretKeySize = 32

// EndpointSecretService is the SQLite implementation of
// hokusai.EndpointSecretService: each secret is sealed with AES-256-GCM
// under the server key, with the model id as additional data.
type EndpointSecretService struct {
	db    *DB
	aead  cipher.AEAD
	keyID string
}

var _ hokusai.EndpointSecretService = (*EndpointSecretService)(nil)

// NewEndpointSecretService returns the service over db, sealing with key
// (SecretKeySize bytes).
func NewEndpointSecretService(db *DB, key []byte) (*EndpointSecretService, error) {
	if len(key) != SecretKeySize {
		return nil, fmt.Errorf("endpoint secrets: the server key is %d bytes, want %d", len(key), SecretKeySize)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("endpoint secrets: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("endpoint secrets: %w", err)
	}
	return &EndpointSecretService{db: db, aead: aead, keyID: secretKeyID(key)}, nil
}

// secretKeyID is a short fingerprint of a server key, stored beside each
// sealed secret so that a server started with another key says so instead
// of failing to open.
func secretKeyID(key []byte) string {
	h := sha256.Sum256(append([]byte("hokusai endpoint secret key id\x00"), key...))
	return hex.EncodeToString(h[:8])
}

// additionalData binds a sealed secret to its model.
func additionalData(modelID uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte("hokusai endpoint secret v1\x00"), modelID)
}

// SetEndpointSecret implements hokusai.EndpointSecretService.
func (s *EndpointSecretService) SetEndpointSecret(ctx context.Context, modelID uint64, secret, setBy string) (*hokusai.EndpointSecretInfo, error) {
	if err := hokusai.CheckEndpointSecret(secret); err != nil {
		return nil, err
	}
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("set endpoint secret: %w", err)
	}
	sealed := s.aead.Seal(nil, nonce, []byte(secret), additionalData(modelID))
	now := s.db.now().UTC()
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO endpoint_secrets (model_id, key_id, nonce, ciphertext, set_by, updated_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (model_id) DO UPDATE SET key_id = excluded.key_id, nonce = excluded.nonce,
			ciphertext = excluded.ciphertext, set_by = excluded.set_by, updated_at = excluded.updated_at`,
		int64(modelID), s.keyID, nonce, sealed, setBy, now.UnixNano())
	if err != nil {
		return nil, fmt.Errorf("set endpoint secret: %w", err)
	}
	return &hokusai.EndpointSecretInfo{ModelID: modelID, Set: true, SetBy: setBy, UpdatedAt: time.Unix(0, now.UnixNano()).UTC()}, nil
}

// EndpointSecret implements hokusai.EndpointSecretService.
func (s *EndpointSecretService) EndpointSecret(ctx context.Context, modelID uint64) (string, error) {
	var keyID string
	var nonce, sealed []byte
	err := s.db.db.QueryRowContext(ctx, `SELECT key_id, nonce, ciphertext FROM endpoint_secrets WHERE model_id = ?`, int64(modelID)).Scan(&keyID, &nonce, &sealed)
	if errors.Is(err, sql.ErrNoRows) {
		return "", hokusai.Errorf(hokusai.ENOTFOUND, "Model %d has no endpoint secret; its owner sets one with `hokusai model endpoint-secret set`.", modelID)
	}
	if err != nil {
		return "", fmt.Errorf("endpoint secret: %w", err)
	}
	if keyID != s.keyID {
		return "", hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d's endpoint secret was sealed with another server key (%s, this server has %s): start the server with the secret.key it was set under, or have the owner set the secret again.", modelID, keyID, s.keyID)
	}
	if len(nonce) != s.aead.NonceSize() {
		return "", fmt.Errorf("endpoint secret of model %d: stored nonce is %d bytes", modelID, len(nonce))
	}
	plain, err := s.aead.Open(nil, nonce, sealed, additionalData(modelID))
	if err != nil {
		return "", fmt.Errorf("endpoint secret of model %d does not open under the server key: %w", modelID, err)
	}
	return string(plain), nil
}

// FindEndpointSecretInfo implements hokusai.EndpointSecretService.
func (s *EndpointSecretService) FindEndpointSecretInfo(ctx context.Context, modelID uint64) (*hokusai.EndpointSecretInfo, error) {
	var setBy string
	var at int64
	err := s.db.db.QueryRowContext(ctx, `SELECT set_by, updated_at FROM endpoint_secrets WHERE model_id = ?`, int64(modelID)).Scan(&setBy, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return &hokusai.EndpointSecretInfo{ModelID: modelID}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("endpoint secret info: %w", err)
	}
	return &hokusai.EndpointSecretInfo{ModelID: modelID, Set: true, SetBy: setBy, UpdatedAt: time.Unix(0, at).UTC()}, nil
}

// DeleteEndpointSecret implements hokusai.EndpointSecretService.
func (s *EndpointSecretService) DeleteEndpointSecret(ctx context.Context, modelID uint64) error {
	if _, err := s.db.db.ExecContext(ctx, `DELETE FROM endpoint_secrets WHERE model_id = ?`, int64(modelID)); err != nil {
		return fmt.Errorf("delete endpoint secret: %w", err)
	}
	return nil
}
