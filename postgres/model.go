package postgres

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

// ModelService is the PostgreSQL implementation of hokusai.ModelService.
type ModelService struct {
	db *DB
}

// NewModelService returns a ModelService over db.
func NewModelService(db *DB) *ModelService { return &ModelService{db: db} }

var _ hokusai.ModelService = (*ModelService)(nil)

const modelColumns = `id, name, ticker, description, category, tags, metric, direction, baseline::text, delta_one::text,
	license, initial_supply, tokens_per_deltaone, expected_deltaones, owner, token, pool, vesting,
	tx_hash, block_number, created_at, owner_block`

// FindModelByID returns ENOTFOUND when no such model is indexed.
func (s *ModelService) FindModelByID(ctx context.Context, id uint64) (*hokusai.Model, error) {
	if id == 0 || id > math.MaxInt64 {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", id)
	}
	m, err := scanModel(s.db.db.QueryRowContext(ctx, `SELECT `+modelColumns+` FROM models WHERE id = $1`, int64(id)))
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
	m, err := scanModel(s.db.db.QueryRowContext(ctx, `SELECT `+modelColumns+` FROM models WHERE ticker = $1`, t))
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
		args = append(args, strings.ToUpper(strings.TrimSpace(*f.Ticker)))
		where = append(where, fmt.Sprintf("ticker = $%d", len(args)))
	}
	if f.Owner != nil {
		args = append(args, strings.TrimSpace(*f.Owner))
		where = append(where, fmt.Sprintf("lower(owner) = lower($%d)", len(args)))
	}
	if f.Category != nil {
		args = append(args, strings.TrimSpace(*f.Category))
		where = append(where, fmt.Sprintf("lower(category) = lower($%d)", len(args)))
	}
	if f.Tag != nil {
		args = append(args, strings.TrimSpace(*f.Tag))
		where = append(where, fmt.Sprintf("EXISTS (SELECT 1 FROM jsonb_array_elements_text(models.tags) AS t(v) WHERE lower(t.v) = lower($%d))", len(args)))
	}
	if f.License != nil {
		args = append(args, int64(*f.License))
		where = append(where, fmt.Sprintf("license = $%d", len(args)))
	}
	if f.Metric != nil {
		args = append(args, int64(*f.Metric))
		where = append(where, fmt.Sprintf("metric = $%d", len(args)))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	var limit any // NULL: no limit
	if f.Limit > 0 {
		limit = int64(f.Limit)
	}
	offset := int64(max(f.Offset, 0))

	// One snapshot for the count and the page.
	tx, err := s.db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return nil, 0, fmt.Errorf("find models: %w", err)
	}
	defer tx.Rollback()
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM models`+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count models: %w", err)
	}
	q := fmt.Sprintf(`SELECT %s FROM models%s ORDER BY id LIMIT $%d OFFSET $%d`, modelColumns, cond, len(args)+1, len(args)+2)
	rows, err := tx.QueryContext(ctx, q, append(args, limit, offset)...)
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
	_, err = s.db.db.ExecContext(ctx, `INSERT INTO models (id, name, ticker, description, category, tags, metric, direction,
			baseline, delta_one, license, initial_supply, tokens_per_deltaone, expected_deltaones, owner, token, pool, vesting,
			tx_hash, block_number, created_at, owner_block, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::numeric, $10::numeric, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $20, $22)
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
		m.CreatedAt.UTC(), s.db.now())
	if violates(err, "models_ticker_key") {
		return storecodec.TickerTaken(ticker)
	}
	if err != nil {
		return fmt.Errorf("upsert model %d: %w", m.ID, err)
	}
	return nil
}

func scanModel(row scanner) (*hokusai.Model, error) {
	var (
		m                           hokusai.Model
		id, blockNumber, ownerBlock int64
		metric, direction, license  int
		tags, baseline, deltaOne    string
		crAt                        time.Time
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
	m.CreatedAt = crAt.UTC()
	return &m, nil
}
