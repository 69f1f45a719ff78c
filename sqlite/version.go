package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// RegistryService is the SQLite implementation of hokusai.RegistryService.
type RegistryService struct {
	db *DB
}

// NewRegistryService returns a RegistryService over db.
func NewRegistryService(db *DB) *RegistryService { return &RegistryService{db: db} }

var _ hokusai.RegistryService = (*RegistryService)(nil)

const versionColumns = `model_id, version, digest, manifest_digest, size, manifest, metrics, signer, signature,
	parent_model_id, parent_version, created_at`

// CreateVersion records a version; see hokusai.RegistryService. It also
// returns ENOTFOUND when the model is not indexed and EINVALID when the
// parent version is unknown.
func (s *RegistryService) CreateVersion(ctx context.Context, v *hokusai.ModelVersion) error {
	sv, row, err := storecodec.PrepareVersion(ctx, v, s.FindVersion)
	if err != nil {
		return err
	}
	created := s.db.now()
	_, err = s.db.db.ExecContext(ctx, `INSERT INTO model_versions (`+versionColumns+`, precedence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		int64(v.ModelID), v.Version, v.Digest, v.ManifestDigest, v.Size, row.Manifest, row.Metrics,
		v.Signer, v.Signature, row.ParentID, row.ParentVersion, created.Format(time.RFC3339Nano), sv.Precedence())
	if err != nil {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "UNIQUE constraint failed"):
			return storecodec.VersionExists(v)
		case strings.Contains(msg, "FOREIGN KEY constraint failed"):
			return storecodec.VersionModelMissing(v)
		}
		return fmt.Errorf("create version %d@%s: %w", v.ModelID, v.Version, err)
	}
	v.Metrics = row.MetricsMap
	v.CreatedAt = created
	v.Receipts = []string{}
	return nil
}

// FindVersion returns ENOTFOUND when the model has no such version.
func (s *RegistryService) FindVersion(ctx context.Context, modelID uint64, version string) (*hokusai.ModelVersion, error) {
	if hokusai.CheckModelID(modelID) != nil {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", modelID)
	}
	row := s.db.db.QueryRowContext(ctx, `SELECT `+versionColumns+` FROM model_versions WHERE model_id = ? AND version = ?`, int64(modelID), version)
	v, err := scanVersion(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d has no version %q.", modelID, version)
	}
	if err != nil {
		return nil, fmt.Errorf("find version %d@%s: %w", modelID, version, err)
	}
	if v.Receipts, err = s.receipts(ctx, modelID, version); err != nil {
		return nil, err
	}
	return v, nil
}

// FindVersions returns a model's versions in ascending semver order (an
// empty list for a model with none).
func (s *RegistryService) FindVersions(ctx context.Context, modelID uint64) ([]*hokusai.ModelVersion, error) {
	if hokusai.CheckModelID(modelID) != nil {
		return []*hokusai.ModelVersion{}, nil
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+versionColumns+` FROM model_versions WHERE model_id = ?`, int64(modelID))
	if err != nil {
		return nil, fmt.Errorf("find versions %d: %w", modelID, err)
	}
	defer rows.Close()
	out := []*hokusai.ModelVersion{}
	for rows.Next() {
		v, err := scanVersion(rows)
		if err != nil {
			return nil, fmt.Errorf("find versions %d: %w", modelID, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find versions %d: %w", modelID, err)
	}
	rows.Close()
	all, err := s.allReceipts(ctx, modelID)
	if err != nil {
		return nil, err
	}
	for _, v := range out {
		v.Receipts = append([]string{}, all[v.Version]...)
	}
	sort.SliceStable(out, func(i, j int) bool { return hokusai.CompareVersions(out[i].Version, out[j].Version) < 0 })
	return out, nil
}

func (s *RegistryService) receipts(ctx context.Context, modelID uint64, version string) ([]string, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT receipt_hash FROM version_receipts WHERE model_id = ? AND version = ? ORDER BY id`, int64(modelID), version)
	if err != nil {
		return nil, fmt.Errorf("receipts %d@%s: %w", modelID, version, err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, fmt.Errorf("receipts %d@%s: %w", modelID, version, err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

func (s *RegistryService) allReceipts(ctx context.Context, modelID uint64) (map[string][]string, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT version, receipt_hash FROM version_receipts WHERE model_id = ? ORDER BY id`, int64(modelID))
	if err != nil {
		return nil, fmt.Errorf("receipts %d: %w", modelID, err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var v, h string
		if err := rows.Scan(&v, &h); err != nil {
			return nil, fmt.Errorf("receipts %d: %w", modelID, err)
		}
		out[v] = append(out[v], h)
	}
	return out, rows.Err()
}

// AddReceipt attaches an evaluation receipt hash (0x-hex or sha256:<hex>)
// to a version; see hokusai.RegistryService.
func (s *RegistryService) AddReceipt(ctx context.Context, modelID uint64, version, receiptHash string) error {
	if err := hokusai.CheckReceiptHash(receiptHash); err != nil {
		return err
	}
	if _, err := s.FindVersion(ctx, modelID, version); err != nil {
		return err
	}
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO version_receipts (model_id, version, receipt_hash) VALUES (?, ?, ?)
		ON CONFLICT (model_id, version, receipt_hash) DO NOTHING`, int64(modelID), version, receiptHash)
	if err != nil {
		return fmt.Errorf("add receipt %d@%s: %w", modelID, version, err)
	}
	return nil
}

// SetHead makes version the model's head; see hokusai.RegistryService.
func (s *RegistryService) SetHead(ctx context.Context, modelID uint64, version string, score *big.Int) error {
	if score == nil {
		return hokusai.FieldErrorf("score", "A head needs its score (a wad, 18 decimals).")
	}
	if _, err := s.FindVersion(ctx, modelID, version); err != nil {
		return err
	}
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO model_heads (model_id, version, score, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (model_id) DO UPDATE SET version = excluded.version, score = excluded.score, updated_at = excluded.updated_at`,
		int64(modelID), version, score.String(), s.db.now().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("set head %d@%s: %w", modelID, version, err)
	}
	return nil
}

// FindHead returns ENOTFOUND when the model has no head yet.
func (s *RegistryService) FindHead(ctx context.Context, modelID uint64) (*hokusai.Head, error) {
	if hokusai.CheckModelID(modelID) != nil {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", modelID)
	}
	var h hokusai.Head
	var score, updated string
	err := s.db.db.QueryRowContext(ctx, `SELECT version, score, updated_at FROM model_heads WHERE model_id = ?`, int64(modelID)).
		Scan(&h.Version, &score, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d has no head version yet.", modelID)
	}
	if err != nil {
		return nil, fmt.Errorf("find head %d: %w", modelID, err)
	}
	h.ModelID = modelID
	var ok bool
	if h.Score, ok = new(big.Int).SetString(score, 10); !ok {
		return nil, fmt.Errorf("head %d score %q: not an integer", modelID, score)
	}
	if h.UpdatedAt, err = time.Parse(time.RFC3339Nano, updated); err != nil {
		return nil, fmt.Errorf("head %d updated_at: %w", modelID, err)
	}
	return &h, nil
}

func scanVersion(row scanner) (*hokusai.ModelVersion, error) {
	var (
		v                       hokusai.ModelVersion
		modelID                 int64
		manifest, metrics, crAt string
		parentID                sql.NullInt64
		parentVersion           sql.NullString
	)
	err := row.Scan(&modelID, &v.Version, &v.Digest, &v.ManifestDigest, &v.Size, &manifest, &metrics,
		&v.Signer, &v.Signature, &parentID, &parentVersion, &crAt)
	if err != nil {
		return nil, err
	}
	if err := storecodec.DecodeVersion(&v, modelID, manifest, metrics, parentID, parentVersion); err != nil {
		return nil, err
	}
	if v.CreatedAt, err = time.Parse(time.RFC3339Nano, crAt); err != nil {
		return nil, fmt.Errorf("version %d@%s created_at: %w", modelID, v.Version, err)
	}
	return &v, nil
}
