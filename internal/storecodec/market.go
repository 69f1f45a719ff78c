package storecodec

import (
	"database/sql"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// MarketDialect is what differs between the backends in a market query.
type MarketDialect struct {
	// Arg returns the placeholder of the n-th argument (1-based).
	Arg func(n int) string
	// Text returns the condition that the model matches every search term.
	Text func(arg string) string
	// TextArg turns the search terms into the argument Text binds.
	TextArg func(terms []string) string
	// Tag returns the condition that the model carries the tag in arg.
	Tag func(arg string) string
	// Fold returns a case-insensitive comparison of column and arg.
	Fold func(column, arg string) string
	// Wad returns a wad column as the decimal text ScanListing reads.
	Wad func(column string) string
}

// marketSortColumns maps each sort to its market_stats column.
var marketSortColumns = map[hokusai.MarketSort]string{
	hokusai.SortTrainingScore: "s.training_score",
	hokusai.SortTrending:      "s.trending",
	hokusai.SortNewest:        "s.model_id",
	hokusai.SortPrice:         "s.price",
	hokusai.SortCalls:         "s.calls_7d",
	hokusai.SortDeltaOnes:     "s.deltaones_milli",
	hokusai.SortReserve:       "s.reserve",
}

// MarketStatsColumns are the market_stats columns ScanListing reads, in order.
const MarketStatsColumns = `s.runtime, s.score_low, s.score_high, s.deltaones_milli, s.price, s.reserve, s.calls_7d,
	s.calls_prev_7d, s.users_7d, s.rating_centi, s.ratings, s.training_score, s.open_proposals, s.benchmark_hash, s.updated_at`

// MarketFrom is the FROM clause every listing query shares.
const MarketFrom = ` FROM market_stats s JOIN models m ON m.id = s.model_id
	LEFT JOIN model_heads h ON h.model_id = s.model_id
	LEFT JOIN model_versions v ON v.model_id = h.model_id AND v.version = h.version`

// Prefixed returns a comma-separated column list with each column prefixed.
func Prefixed(prefix, columns string) string {
	cols := strings.Split(columns, ",")
	for i, c := range cols {
		cols[i] = prefix + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

// MarketWhere builds the conditions of q (without its cursor) and their
// arguments.
func MarketWhere(d MarketDialect, q hokusai.MarketQuery) ([]string, []any) {
	var where []string
	var args []any
	add := func(cond func(arg string) string, v any) {
		args = append(args, v)
		where = append(where, cond(d.Arg(len(args))))
	}
	if terms := hokusai.SearchTerms(q.Text); len(terms) > 0 {
		add(d.Text, d.TextArg(terms))
	}
	if q.Category != nil {
		add(func(a string) string { return d.Fold("m.category", a) }, strings.TrimSpace(*q.Category))
	}
	for _, t := range q.Tags {
		add(d.Tag, strings.TrimSpace(t))
	}
	if q.License != nil {
		add(func(a string) string { return "m.license = " + a }, int64(*q.License))
	}
	if q.Metric != nil {
		add(func(a string) string { return "m.metric = " + a }, int64(*q.Metric))
	}
	if q.Runtime != nil {
		add(func(a string) string { return d.Fold("s.runtime", a) }, strings.TrimSpace(*q.Runtime))
	}
	if q.MinRewardPerDeltaOne != nil {
		add(func(a string) string { return "m.tokens_per_deltaone >= " + a }, *q.MinRewardPerDeltaOne)
	}
	if q.MinPrice != nil {
		add(func(a string) string { return "s.price >= " + a }, *q.MinPrice)
	}
	if q.MaxPrice != nil {
		add(func(a string) string { return "s.price <= " + a }, *q.MaxPrice)
	}
	if q.BenchmarkHash != nil {
		add(func(a string) string { return "s.benchmark_hash = " + a }, strings.ToLower(strings.TrimSpace(*q.BenchmarkHash)))
	}
	if q.HasOpenProposals != nil {
		if *q.HasOpenProposals {
			where = append(where, "s.open_proposals > 0")
		} else {
			where = append(where, "s.open_proposals = 0")
		}
	}
	return where, args
}

// MarketPageSQL returns the query of one page of q (limit+1 rows, so the
// caller learns whether more follow) and its arguments, given the
// conditions and arguments MarketWhere built.
func MarketPageSQL(d MarketDialect, q hokusai.MarketQuery, modelColumns string, where []string, args []any) (string, []any) {
	col := marketSortColumns[q.Sort]
	op, dir := ">", "ASC"
	if q.Descending {
		op, dir = "<", "DESC"
	}
	if q.After != nil {
		if q.Sort == hokusai.SortNewest {
			args = append(args, int64(q.After.ID))
			where = append(where, fmt.Sprintf("s.model_id %s %s", op, d.Arg(len(args))))
		} else {
			// A row-value comparison, which both backends answer with a
			// range scan of the (column, model_id) index.
			args = append(args, q.After.Key, int64(q.After.ID))
			n := len(args)
			where = append(where, fmt.Sprintf("(%s, s.model_id) %s (%s, %s)", col, op, d.Arg(n-1), d.Arg(n)))
		}
	}
	order := col + " " + dir
	if q.Sort != hokusai.SortNewest {
		order += ", s.model_id " + dir
	}
	args = append(args, int64(q.Limit+1))
	return ListingSelect(d, modelColumns) + Conditions(where) + ` ORDER BY ` + order + ` LIMIT ` + d.Arg(len(args)), args
}

// ListingSelect is the SELECT … FROM of a listing query.
func ListingSelect(d MarketDialect, modelColumns string) string {
	return `SELECT ` + Prefixed("m.", modelColumns) + `, h.version, ` + d.Wad("h.score") + `, v.parent_model_id, v.parent_version, ` +
		MarketStatsColumns + MarketFrom
}

// Conditions joins conditions into a WHERE clause ("" for none).
func Conditions(where []string) string {
	if len(where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(where, " AND ")
}

// ListingScan holds the listing columns beyond the model's while a row is
// scanned; Scanned fills the listing from them.
type ListingScan struct {
	HeadVersion, HeadScore sql.NullString
	ParentID               sql.NullInt64
	ParentVersion          sql.NullString
	Runtime                string
	ScoreLow, ScoreHigh    sql.NullString
	Stats                  hokusai.MarketStats
	UpdatedAt              any
}

// Dest returns the scan destinations after the model's columns.
func (ls *ListingScan) Dest() []any {
	s := &ls.Stats
	return []any{&ls.HeadVersion, &ls.HeadScore, &ls.ParentID, &ls.ParentVersion,
		&s.Runtime, &ls.ScoreLow, &ls.ScoreHigh, &s.DeltaOnesMilli, &s.Price, &s.Reserve, &s.Calls7d,
		&s.CallsPrev7d, &s.Users7d, &s.RatingCenti, &s.Ratings, &s.TrainingScoreBps, &s.OpenProposals, &s.BenchmarkHash, &ls.UpdatedAt}
}

// Listing builds the listing of m from the scanned columns.
func (ls *ListingScan) Listing(m *hokusai.Model) (*hokusai.MarketListing, error) {
	l := &hokusai.MarketListing{Model: m, Stats: ls.Stats}
	l.Stats.ModelID = m.ID
	var err error
	if ls.HeadVersion.Valid {
		l.HeadVersion = ls.HeadVersion.String
		if l.HeadScore, err = OptionalWad(ls.HeadScore); err != nil {
			return nil, fmt.Errorf("model %d head score: %w", m.ID, err)
		}
	}
	if ls.ParentID.Valid && ls.ParentVersion.Valid {
		l.Parent = &hokusai.Lineage{ModelID: uint64(ls.ParentID.Int64), Version: ls.ParentVersion.String}
	}
	if l.Stats.ScoreLow, err = OptionalWad(ls.ScoreLow); err != nil {
		return nil, fmt.Errorf("model %d score_low: %w", m.ID, err)
	}
	if l.Stats.ScoreHigh, err = OptionalWad(ls.ScoreHigh); err != nil {
		return nil, fmt.Errorf("model %d score_high: %w", m.ID, err)
	}
	switch t := ls.UpdatedAt.(type) {
	case time.Time:
		l.Stats.UpdatedAt = t.UTC()
	case string:
		if t != "" {
			if l.Stats.UpdatedAt, err = time.Parse(MarketTime, t); err != nil {
				return nil, fmt.Errorf("model %d market updated_at: %w", m.ID, err)
			}
		}
	}
	return l, nil
}

// MarketTime is how a text column holds a market time: fixed width, so
// text order is time order.
const MarketTime = "2006-01-02T15:04:05.000000Z"

// OptionalWad decodes a nullable wad column.
func OptionalWad(s sql.NullString) (*big.Int, error) {
	if !s.Valid {
		return nil, nil
	}
	v, ok := new(big.Int).SetString(s.String, 10)
	if !ok {
		return nil, fmt.Errorf("bad wad %q", s.String)
	}
	return v, nil
}

// NullWad encodes an optional wad for a nullable column.
func NullWad(v *big.Int) any {
	if v == nil {
		return nil
	}
	return v.String()
}
