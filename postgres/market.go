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

// MarketService is the PostgreSQL implementation of hokusai.MarketService:
// a generated tsvector column with a GIN index for the text search, an
// indexed market_stats row per model for the filters and sorts.
type MarketService struct {
	db *DB
}

// NewMarketService returns a MarketService over db.
func NewMarketService(db *DB) *MarketService { return &MarketService{db: db} }

var _ hokusai.MarketService = (*MarketService)(nil)

// marketDialect is PostgreSQL's side of a market query.
var marketDialect = storecodec.MarketDialect{
	Arg:  func(n int) string { return fmt.Sprintf("$%d", n) },
	Text: func(a string) string { return "m.search @@ to_tsquery('simple'::regconfig, " + a + ")" },
	TextArg: func(terms []string) string {
		q := make([]string, len(terms))
		for i, t := range terms {
			q[i] = t + ":*" // terms are letters and digits only
		}
		return strings.Join(q, " & ")
	},
	Tag: func(a string) string {
		return "EXISTS (SELECT 1 FROM jsonb_array_elements_text(m.tags) AS t(v) WHERE lower(t.v) = lower(" + a + "))"
	},
	Fold: func(c, a string) string { return "lower(" + c + ") = lower(" + a + ")" },
	Wad:  func(c string) string { return c + "::text" },
}

// SearchMarket returns one page of listings for q and how many match, from
// one snapshot.
func (s *MarketService) SearchMarket(ctx context.Context, q hokusai.MarketQuery) (*hokusai.MarketPage, error) {
	if err := hokusai.CheckMarketQuery(&q); err != nil {
		return nil, err
	}
	where, args := storecodec.MarketWhere(marketDialect, q)
	tx, err := s.db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return nil, fmt.Errorf("search market: %w", err)
	}
	defer tx.Rollback()
	page := &hokusai.MarketPage{}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM market_stats s JOIN models m ON m.id = s.model_id`+storecodec.Conditions(where), args...).Scan(&page.Total); err != nil {
		return nil, fmt.Errorf("count market: %w", err)
	}
	query, pargs := storecodec.MarketPageSQL(marketDialect, q, modelColumns, where, args)
	rows, err := tx.QueryContext(ctx, query, pargs...)
	if err != nil {
		return nil, fmt.Errorf("search market: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		l, err := scanListing(rows)
		if err != nil {
			return nil, fmt.Errorf("search market: %w", err)
		}
		page.Listings = append(page.Listings, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search market: %w", err)
	}
	if len(page.Listings) > q.Limit {
		page.Listings, page.More = page.Listings[:q.Limit], true
	}
	return page, nil
}

// FindListing returns one model's listing; ENOTFOUND when it is not indexed.
func (s *MarketService) FindListing(ctx context.Context, id uint64) (*hokusai.MarketListing, error) {
	if id == 0 || id > math.MaxInt64 {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", id)
	}
	l, err := scanListing(s.db.db.QueryRowContext(ctx, storecodec.ListingSelect(marketDialect, modelColumns)+` WHERE s.model_id = $1`, int64(id)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find listing %d: %w", id, err)
	}
	return l, nil
}

// UpsertMarketStats replaces a model's market figures and records the
// snapshot, in one transaction.
func (s *MarketService) UpsertMarketStats(ctx context.Context, st *hokusai.MarketStats) error {
	if err := hokusai.CheckMarketStats(st); err != nil {
		return err
	}
	at := st.UpdatedAt.UTC().Truncate(time.Microsecond)
	if st.UpdatedAt.IsZero() {
		at = s.db.now()
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("market stats %d: %w", st.ModelID, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE market_stats SET runtime = $1, score_low = $2, score_high = $3,
		deltaones_milli = $4, price = $5, reserve = $6, calls_7d = $7, calls_prev_7d = $8, users_7d = $9, trending = $10,
		rating_centi = $11, ratings = $12, training_score = $13, open_proposals = $14, updated_at = $15, benchmark_hash = $17 WHERE model_id = $16`,
		strings.TrimSpace(st.Runtime), storecodec.NullWad(st.ScoreLow), storecodec.NullWad(st.ScoreHigh),
		st.DeltaOnesMilli, st.Price, st.Reserve, st.Calls7d, st.CallsPrev7d, st.Users7d,
		hokusai.TrendingBps(st.Calls7d, st.CallsPrev7d), st.RatingCenti, st.Ratings, st.TrainingScoreBps,
		st.OpenProposals, at, int64(st.ModelID), st.BenchmarkHash)
	if err != nil {
		return fmt.Errorf("market stats %d: %w", st.ModelID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", st.ModelID)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO market_points (model_id, at, price, reserve, calls_7d, users_7d, deltaones_milli, head_score)
		VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT score::text FROM model_heads WHERE model_id = $1))
		ON CONFLICT (model_id, at) DO UPDATE SET price = excluded.price, reserve = excluded.reserve,
			calls_7d = excluded.calls_7d, users_7d = excluded.users_7d, deltaones_milli = excluded.deltaones_milli,
			head_score = excluded.head_score`,
		int64(st.ModelID), at, st.Price, st.Reserve, st.Calls7d, st.Users7d, st.DeltaOnesMilli); err != nil {
		return fmt.Errorf("market point %d: %w", st.ModelID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("market stats %d: %w", st.ModelID, err)
	}
	return nil
}

// MarketHistory returns a model's snapshots in [from, to), oldest first,
// at most limit of the latest.
func (s *MarketService) MarketHistory(ctx context.Context, id uint64, from, to time.Time, limit int) ([]hokusai.MarketPoint, error) {
	if err := hokusai.CheckModelID(id); err != nil {
		return nil, err
	}
	var lo, hi any
	if !from.IsZero() {
		lo = from.UTC()
	}
	if !to.IsZero() {
		hi = to.UTC()
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT at, price, reserve, calls_7d, users_7d, deltaones_milli, head_score FROM (
		SELECT * FROM market_points WHERE model_id = $1 AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
		ORDER BY at DESC LIMIT $4) p ORDER BY at`,
		int64(id), lo, hi, int64(max(limit, 1)))
	if err != nil {
		return nil, fmt.Errorf("market history %d: %w", id, err)
	}
	defer rows.Close()
	points := []hokusai.MarketPoint{}
	for rows.Next() {
		var p hokusai.MarketPoint
		var score sql.NullString
		if err := rows.Scan(&p.At, &p.Price, &p.Reserve, &p.Calls7d, &p.Users7d, &p.DeltaOnesMilli, &score); err != nil {
			return nil, fmt.Errorf("market history %d: %w", id, err)
		}
		p.At = p.At.UTC()
		if p.HeadScore, err = storecodec.OptionalWad(score); err != nil {
			return nil, fmt.Errorf("market history %d: %w", id, err)
		}
		points = append(points, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("market history %d: %w", id, err)
	}
	return points, nil
}

// extraScan scans a model's columns and then extra ones, so scanModel
// reads the model part of a wider row.
type extraScan struct {
	row   scanner
	extra []any
}

func (e extraScan) Scan(dest ...any) error { return e.row.Scan(append(dest, e.extra...)...) }

func scanListing(row scanner) (*hokusai.MarketListing, error) {
	var ls storecodec.ListingScan
	m, err := scanModel(extraScan{row, ls.Dest()})
	if err != nil {
		return nil, err
	}
	return ls.Listing(m)
}
