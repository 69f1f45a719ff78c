package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/seal"
)

// EndpointSecretService is the SQLite implementation of
// hokusai.EndpointSecretService: each secret is sealed with AES-256-GCM
// under the server key, with the model id as additional data.
type EndpointSecretService struct {
	db  *DB
	box *seal.Box
}

var _ hokusai.EndpointSecretService = (*EndpointSecretService)(nil)

// NewEndpointSecretService returns the service over db, sealing with key
// (seal.KeySize bytes).
func NewEndpointSecretService(db *DB, key []byte) (*EndpointSecretService, error) {
	box, err := seal.New(key)
	if err != nil {
		return nil, fmt.Errorf("endpoint secrets: %w", err)
	}
	return &EndpointSecretService{db: db, box: box}, nil
}

// SetEndpointSecret implements hokusai.EndpointSecretService.
func (s *EndpointSecretService) SetEndpointSecret(ctx context.Context, modelID uint64, secret, setBy string) (*hokusai.EndpointSecretInfo, error) {
	if err := hokusai.CheckEndpointSecret(secret); err != nil {
		return nil, err
	}
	nonce, sealed, err := s.box.Seal(modelID, secret)
	if err != nil {
		return nil, fmt.Errorf("set endpoint secret: %w", err)
	}
	now := s.db.now().UTC()
	_, err = s.db.db.ExecContext(ctx, `INSERT INTO endpoint_secrets (model_id, key_id, nonce, ciphertext, set_by, updated_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (model_id) DO UPDATE SET key_id = excluded.key_id, nonce = excluded.nonce,
			ciphertext = excluded.ciphertext, set_by = excluded.set_by, updated_at = excluded.updated_at`,
		int64(modelID), s.box.KeyID(), nonce, sealed, setBy, now.UnixNano())
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
	return s.box.Open(modelID, keyID, nonce, sealed)
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
