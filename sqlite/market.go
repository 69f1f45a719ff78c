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

// MarketService is the SQLite implementation of hokusai.MarketService:
// FTS5 for the text search, an indexed market_stats row per model for the
// filters and sorts.
type MarketService struct {
	db *DB
}

// NewMarketService returns a MarketService over db.
func NewMarketService(db *DB) *MarketService { return &MarketService{db: db} }

var _ hokusai.MarketService = (*MarketService)(nil)

// marketDialect is SQLite's side of a market query.
var marketDialect = storecodec.MarketDialect{
	Arg: func(int) string { return "?" },
	Text: func(a string) string {
		return "s.model_id IN (SELECT rowid FROM market_fts WHERE market_fts MATCH " + a + ")"
	},
	TextArg: func(terms []string) string {
		q := make([]string, len(terms))
		for i, t := range terms {
			q[i] = `"` + t + `"*` // terms are letters and digits only
		}
		return strings.Join(q, " AND ")
	},
	Tag: func(a string) string {
		return "EXISTS (SELECT 1 FROM json_each(m.tags) WHERE json_each.value = " + a + " COLLATE NOCASE)"
	},
	Fold: func(c, a string) string { return c + " = " + a + " COLLATE NOCASE" },
	Wad:  func(c string) string { return c },
}

// SearchMarket returns one page of listings for q and how many match.
func (s *MarketService) SearchMarket(ctx context.Context, q hokusai.MarketQuery) (*hokusai.MarketPage, error) {
	if err := hokusai.CheckMarketQuery(&q); err != nil {
		return nil, err
	}
	where, args := storecodec.MarketWhere(marketDialect, q)
	tx, err := s.db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
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
	l, err := scanListing(s.db.db.QueryRowContext(ctx, storecodec.ListingSelect(marketDialect, modelColumns)+` WHERE s.model_id = ?`, int64(id)))
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
	at := st.UpdatedAt
	if at.IsZero() {
		at = s.db.now()
	}
	atText := at.UTC().Format(storecodec.MarketTime)
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("market stats %d: %w", st.ModelID, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE market_stats SET runtime = ?, score_low = ?, score_high = ?,
		deltaones_milli = ?, price = ?, reserve = ?, calls_7d = ?, calls_prev_7d = ?, users_7d = ?, trending = ?,
		rating_centi = ?, ratings = ?, training_score = ?, open_proposals = ?, benchmark_hash = ?, updated_at = ? WHERE model_id = ?`,
		strings.TrimSpace(st.Runtime), storecodec.NullWad(st.ScoreLow), storecodec.NullWad(st.ScoreHigh),
		st.DeltaOnesMilli, st.Price, st.Reserve, st.Calls7d, st.CallsPrev7d, st.Users7d,
		hokusai.TrendingBps(st.Calls7d, st.CallsPrev7d), st.RatingCenti, st.Ratings, st.TrainingScoreBps,
		st.OpenProposals, st.BenchmarkHash, atText, int64(st.ModelID))
	if err != nil {
		return fmt.Errorf("market stats %d: %w", st.ModelID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d.", st.ModelID)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO market_points (model_id, at, price, reserve, calls_7d, users_7d, deltaones_milli, head_score)
		VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT score FROM model_heads WHERE model_id = ?))
		ON CONFLICT (model_id, at) DO UPDATE SET price = excluded.price, reserve = excluded.reserve,
			calls_7d = excluded.calls_7d, users_7d = excluded.users_7d, deltaones_milli = excluded.deltaones_milli,
			head_score = excluded.head_score`,
		int64(st.ModelID), atText, st.Price, st.Reserve, st.Calls7d, st.Users7d, st.DeltaOnesMilli, int64(st.ModelID)); err != nil {
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
	lo, hi := "", "9999"
	if !from.IsZero() {
		lo = from.UTC().Format(storecodec.MarketTime)
	}
	if !to.IsZero() {
		hi = to.UTC().Format(storecodec.MarketTime)
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT at, price, reserve, calls_7d, users_7d, deltaones_milli, head_score FROM (
		SELECT * FROM market_points WHERE model_id = ? AND at >= ? AND at < ? ORDER BY at DESC LIMIT ?) ORDER BY at`,
		int64(id), lo, hi, int64(max(limit, 1)))
	if err != nil {
		return nil, fmt.Errorf("market history %d: %w", id, err)
	}
	defer rows.Close()
	points := []hokusai.MarketPoint{}
	for rows.Next() {
		var p hokusai.MarketPoint
		var at string
		var score sql.NullString
		if err := rows.Scan(&at, &p.Price, &p.Reserve, &p.Calls7d, &p.Users7d, &p.DeltaOnesMilli, &score); err != nil {
			return nil, fmt.Errorf("market history %d: %w", id, err)
		}
		if p.At, err = time.Parse(storecodec.MarketTime, at); err != nil {
			return nil, fmt.Errorf("market history %d: %w", id, err)
		}
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
