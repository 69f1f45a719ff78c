package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// ModelService is the SQLite implementation of hokusai.ModelService.
type ModelService struct {
	db *DB
}

// NewModelService returns a ModelService over db.
func NewModelService(db *DB) *ModelService { return &ModelService{db: db} }

var _ hokusai.ModelService = (*ModelService)(nil)

const modelColumns = `id, name, ticker, description, category, tags, metric, direction, baseline, delta_one,
	license, initial_supply, tokens_per_deltaone, expected_deltaones, owner, token, pool, vesting,
	tx_hash, block_number, created_at, owner_block`

// FindModelByID returns ENOTFOUND when no such model is indexed.
func (s *ModelService) FindModelByID(ctx context.Context, id uint64) (*hokusai.Model, error) {
	if id == 0 || id > math.MaxInt64 {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", id)
	}
	row := s.db.db.QueryRowContext(ctx, `SELECT `+modelColumns+` FROM models WHERE id = ?`, int64(id))
	m, err := scanModel(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find model %d: %w", id, err)
	}
	return m, nil
}

// FindModelByTicker returns ENOTFOUND when no such model is indexed; the
// ticker is matched case-insensitively.
func (s *ModelService) FindModelByTicker(ctx context.Context, ticker string) (*hokusai.Model, error) {
	t := strings.ToUpper(strings.TrimSpace(ticker))
	row := s.db.db.QueryRowContext(ctx, `SELECT `+modelColumns+` FROM models WHERE ticker = ?`, t)
	m, err := scanModel(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has ticker %s.", t)
	}
	if err != nil {
		return nil, fmt.Errorf("find model %s: %w", t, err)
	}
	return m, nil
}

// FindModels returns matching models ordered by id, and the total count
// that match ignoring Offset and Limit. Limit ≤ 0 means no limit.
func (s *ModelService) FindModels(ctx context.Context, f hokusai.ModelFilter) ([]*hokusai.Model, int, error) {
	var where []string
	var args []any
	if f.Ticker != nil {
		where, args = append(where, "ticker = ?"), append(args, strings.ToUpper(strings.TrimSpace(*f.Ticker)))
	}
	if f.Owner != nil {
		where, args = append(where, "owner = ? COLLATE NOCASE"), append(args, strings.TrimSpace(*f.Owner))
	}
	if f.Category != nil {
		where, args = append(where, "category = ? COLLATE NOCASE"), append(args, strings.TrimSpace(*f.Category))
	}
	if f.Tag != nil {
		where, args = append(where, "EXISTS (SELECT 1 FROM json_each(models.tags) WHERE json_each.value = ? COLLATE NOCASE)"), append(args, strings.TrimSpace(*f.Tag))
	}
	if f.License != nil {
		where, args = append(where, "license = ?"), append(args, int64(*f.License))
	}
	if f.Metric != nil {
		where, args = append(where, "metric = ?"), append(args, int64(*f.Metric))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	limit := int64(f.Limit)
	if limit <= 0 {
		limit = -1
	}
	offset := int64(max(f.Offset, 0))

	tx, err := s.db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("find models: %w", err)
	}
	defer tx.Rollback()
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM models`+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count models: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+modelColumns+` FROM models`+cond+` ORDER BY id LIMIT ? OFFSET ?`,
		append(args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("find models: %w", err)
	}
	defer rows.Close()
	models := []*hokusai.Model{}
	for rows.Next() {
		m, err := scanModel(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("find models: %w", err)
		}
		models = append(models, m)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find models: %w", err)
	}
	return models, total, nil
}

// UpsertModel records a model read from the chain, keyed by its on-chain
// id, with its owner as of its creating block; recording the same model
// again changes nothing, and never undoes a sale indexed after that block. It returns EINVALID
// for a model the index cannot hold and ECONFLICT when another id already
// has the ticker.
func (s *ModelService) UpsertModel(ctx context.Context, m *hokusai.Model) error {
	if err := hokusai.CheckIndexedModel(m); err != nil {
		return err
	}
	ticker, _ := hokusai.NormalizeTicker(m.Ticker)
	tags, err := storecodec.ModelTags(m.Tags)
	if err != nil {
		return err
	}
	_, err = s.db.db.ExecContext(ctx, `INSERT INTO models (`+modelColumns+`, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			name = excluded.name, ticker = excluded.ticker, description = excluded.description,
			category = excluded.category, tags = excluded.tags, metric = excluded.metric,
			direction = excluded.direction, baseline = excluded.baseline, delta_one = excluded.delta_one,
			license = excluded.license, initial_supply = excluded.initial_supply,
			tokens_per_deltaone = excluded.tokens_per_deltaone, expected_deltaones = excluded.expected_deltaones,
			owner = CASE WHEN models.owner_block > excluded.block_number THEN models.owner ELSE excluded.owner END,
			owner_block = CASE WHEN models.owner_block > excluded.block_number THEN models.owner_block ELSE excluded.block_number END,
			token = excluded.token, pool = excluded.pool, vesting = excluded.vesting,
			tx_hash = excluded.tx_hash, block_number = excluded.block_number, created_at = excluded.created_at,
			updated_at = excluded.updated_at`,
		int64(m.ID), m.Name, ticker, m.Description, m.Category, tags, int(m.Metric), int(m.Direction),
		storecodec.Wad(m.Baseline), storecodec.Wad(m.DeltaOne), int(m.License),
		m.Supply.InitialSupply, m.Supply.TokensPerDeltaOne, m.Supply.ExpectedDeltaOnes,
		m.Owner, m.Token, m.Pool, m.Vesting, m.TxHash, int64(m.BlockNumber),
		m.CreatedAt.UTC().Format(time.RFC3339Nano), int64(m.BlockNumber), s.db.now().Format(time.RFC3339Nano))
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE constraint failed: models.ticker") {
			return storecodec.TickerTaken(ticker)
		}
		return fmt.Errorf("upsert model %d: %w", m.ID, err)
	}
	return nil
}

type scanner interface{ Scan(dest ...any) error }

func scanModel(row scanner) (*hokusai.Model, error) {
	var (
		m                              hokusai.Model
		id, blockNumber, ownerBlock    int64
		metric, direction, license     int
		tags, baseline, deltaOne, crAt string
	)
	err := row.Scan(&id, &m.Name, &m.Ticker, &m.Description, &m.Category, &tags, &metric, &direction,
		&baseline, &deltaOne, &license, &m.Supply.InitialSupply, &m.Supply.TokensPerDeltaOne,
		&m.Supply.ExpectedDeltaOnes, &m.Owner, &m.Token, &m.Pool, &m.Vesting, &m.TxHash, &blockNumber, &crAt, &ownerBlock)
	if err != nil {
		return nil, err
	}
	if err := storecodec.DecodeModel(&m, id, blockNumber, metric, direction, license, tags, baseline, deltaOne); err != nil {
		return nil, err
	}
	m.OwnerBlock = uint64(ownerBlock)
	if m.CreatedAt, err = time.Parse(time.RFC3339Nano, crAt); err != nil {
		return nil, fmt.Errorf("model %d created_at: %w", id, err)
	}
	return &m, nil
}
