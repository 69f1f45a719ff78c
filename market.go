package hokusai

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"math"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// MarketStats is what the marketplace shows of a model beyond its registry
// entry (F26, F28): figures a refresher gathers from the chain, the ledger
// and the registry and writes to the index, so a market page never calls
// the chain per row. Money is integer micro-USDC.
type MarketStats struct {
	ModelID uint64
	Runtime string // the head version's runtime kind, e.g. "linear"; "" before a package is registered
	// ScoreLow and ScoreHigh bound the head score's 95% interval (wad);
	// nil when no receipt gives one.
	ScoreLow, ScoreHigh *big.Int
	DeltaOnesMilli      int64 // DeltaOnes minted so far, in thousandths
	Price               int64 // spot price of one whole token, micro-USDC
	Reserve             int64 // the pool's USDC reserve, micro-USDC
	Calls7d             int64 // settled calls in the last 7 days
	CallsPrev7d         int64 // settled calls in the 7 days before those
	Users7d             int64 // distinct consumers in the last 7 days
	RatingCenti         int64 // mean rating ×100 (100–500); 0 when unrated
	Ratings             int64 // how many members rated
	TrainingScoreBps    int64 // distributed training score (F26), 0–10000
	OpenProposals       int64 // DAO proposals open for votes
	// BenchmarkHash is the 0x hash of the benchmark committed on-chain with
	// the measured head; "" before one is committed.
	BenchmarkHash string
	UpdatedAt     time.Time
}

// TrendingBps is the trending figure the market sorts by: the growth of
// settled calls over the last 7 days against the 7 days before, as
// (calls7d+1)/(callsPrev7d+1) in basis points. 10000 means flat, 20000
// doubled; the +1 keeps a model new to usage finite and ranks 100 calls
// from nothing above 1 call from nothing.
func TrendingBps(calls7d, callsPrev7d int64) int64 {
	c, p := max(calls7d, 0), max(callsPrev7d, 0)
	r := new(big.Int).Mul(big.NewInt(c), big.NewInt(10000))
	r.Add(r, big.NewInt(10000))
	r.Quo(r, big.NewInt(p+1))
	if !r.IsInt64() {
		return math.MaxInt64
	}
	return r.Int64()
}

// CheckMarketStats refuses stats the index cannot hold, so every
// MarketService refuses the same ones.
func CheckMarketStats(s *MarketStats) error {
	if s == nil {
		return Errorf(EINVALID, "Market stats are required.")
	}
	if err := CheckModelID(s.ModelID); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		v    int64
	}{{"deltaones", s.DeltaOnesMilli}, {"price", s.Price}, {"reserve", s.Reserve}, {"calls_7d", s.Calls7d},
		{"calls_prev_7d", s.CallsPrev7d}, {"users_7d", s.Users7d}, {"ratings", s.Ratings}, {"open_proposals", s.OpenProposals}} {
		if f.v < 0 {
			return FieldErrorf(f.name, "%s must not be negative, got %d.", f.name, f.v)
		}
	}
	switch {
	case s.RatingCenti != 0 && (s.RatingCenti < 100 || s.RatingCenti > 500):
		return FieldErrorf("rating", "A rating lies between 1 and 5 (100–500 hundredths), got %d.", s.RatingCenti)
	case s.TrainingScoreBps < 0 || s.TrainingScoreBps > 10000:
		return FieldErrorf("training_score", "A training score lies between 0 and 10000 basis points, got %d.", s.TrainingScoreBps)
	case (s.ScoreLow == nil) != (s.ScoreHigh == nil):
		return FieldErrorf("score_interval", "A score interval needs both bounds or neither.")
	case s.ScoreLow != nil && s.ScoreLow.Cmp(s.ScoreHigh) > 0:
		return FieldErrorf("score_interval", "The interval's low bound %s is above its high bound %s.", FormatWad(s.ScoreLow), FormatWad(s.ScoreHigh))
	case len(s.Runtime) > 32:
		return FieldErrorf("runtime", "A runtime kind is at most 32 characters.")
	case s.BenchmarkHash != "" && !benchmarkHashRE.MatchString(s.BenchmarkHash):
		return FieldErrorf("benchmark_hash", "A benchmark hash is 0x and 64 hex digits, got %q.", Excerpt(s.BenchmarkHash))
	}
	return nil
}

var benchmarkHashRE = regexp.MustCompile(`^0x[0-9a-f]{64}$`)

// MarketListing is one model as the marketplace lists it: the registry
// entry, its head and lineage, and its market figures.
type MarketListing struct {
	Model       *Model
	HeadVersion string   // "" when the model has no head yet
	HeadScore   *big.Int // wad; nil without a head
	Parent      *Lineage // the head version's parent, nil for a root
	Stats       MarketStats
}

// MarketSort is an order the marketplace lists models in.
type MarketSort string

// Market sorts. Each has a default order (DefaultDescending); ties go by
// model id in the same order, so an order is total and a cursor exact.
const (
	SortTrainingScore MarketSort = "score"     // distributed training score (F26)
	SortTrending      MarketSort = "trending"  // TrendingBps
	SortNewest        MarketSort = "newest"    // registry id: later models first
	SortPrice         MarketSort = "price"     // token spot price
	SortCalls         MarketSort = "calls"     // settled calls in 7 days
	SortDeltaOnes     MarketSort = "deltaones" // DeltaOnes minted
	SortReserve       MarketSort = "reserve"   // pool reserve
)

// MarketSorts lists every sort's API name.
var MarketSorts = []MarketSort{SortTrainingScore, SortTrending, SortNewest, SortPrice, SortCalls, SortDeltaOnes, SortReserve}

// ParseMarketSort accepts a sort's API name.
func ParseMarketSort(s string) (MarketSort, error) {
	k := MarketSort(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(MarketSorts, k) {
		return k, nil
	}
	names := make([]string, len(MarketSorts))
	for i, n := range MarketSorts {
		names[i] = string(n)
	}
	return "", FieldErrorf("sort", "Unknown sort %q; use one of %s.", Excerpt(s), strings.Join(names, ", "))
}

// DefaultDescending reports the sort's default order: every sort lists the
// largest first except price, which lists the cheapest first.
func (s MarketSort) DefaultDescending() bool { return s != SortPrice }

// Key returns the listing's value under the sort, the integer a cursor
// resumes after.
func (s MarketSort) Key(l *MarketListing) int64 {
	switch s {
	case SortTrainingScore:
		return l.Stats.TrainingScoreBps
	case SortTrending:
		return TrendingBps(l.Stats.Calls7d, l.Stats.CallsPrev7d)
	case SortPrice:
		return l.Stats.Price
	case SortCalls:
		return l.Stats.Calls7d
	case SortDeltaOnes:
		return l.Stats.DeltaOnesMilli
	case SortReserve:
		return l.Stats.Reserve
	}
	return int64(l.Model.ID)
}

// MarketQuery selects and orders one page of the marketplace. Every filter
// that is set must match.
type MarketQuery struct {
	// Text is a full-text search over name, ticker, description and tags:
	// every word of it must begin a word of the model's (see SearchTerms).
	Text     string
	Category *string  // exact, case-insensitive
	Tags     []string // the model carries every one (case-insensitive)
	License  *License
	Metric   *Metric
	Runtime  *string // the head version's runtime kind, case-insensitive
	// MinRewardPerDeltaOne is the least tokens minted per DeltaOne.
	MinRewardPerDeltaOne *int64
	MinPrice, MaxPrice   *int64 // micro-USDC per token, inclusive
	HasOpenProposals     *bool
	BenchmarkHash        *string // scored on this committed benchmark (0x hash, lower-case)
	Sort                 MarketSort
	Descending           bool
	After                *MarketCursor // resume after this listing; nil for the first page
	Limit                int           // 1–MaxMarketLimit
}

// MaxMarketLimit bounds a market page.
const MaxMarketLimit = 100

// MarketPage is one page of listings and how many match in all.
type MarketPage struct {
	Listings []*MarketListing
	Total    int
	More     bool // another page follows the last listing
}

// MarketCursor is the position after which a page resumes: the last
// listing's sort key and id.
type MarketCursor struct {
	Key int64
	ID  uint64
}

// SearchTerms splits free text into the words a full-text search matches:
// runs of letters and digits, lower-cased, at most 8 of at most 32
// characters each. Every backend matches each term as the prefix of a word.
func SearchTerms(text string) []string {
	var terms []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if r := []rune(w); len(r) > 32 {
			w = string(r[:32])
		}
		if w != "" && !slices.Contains(terms, w) {
			terms = append(terms, w)
		}
		if len(terms) == 8 {
			break
		}
	}
	return terms
}

// digest identifies the query without its page position, so a cursor
// made for one query is refused by another.
func (q MarketQuery) digest() []byte {
	c := q
	c.After, c.Limit = nil, 0
	c.Text = strings.Join(SearchTerms(q.Text), " ")
	b, _ := json.Marshal(c)
	h := sha256.Sum256(b)
	return h[:8]
}

// EncodeCursor returns the opaque cursor that resumes q after l.
func (q MarketQuery) EncodeCursor(l *MarketListing) string {
	buf := make([]byte, 0, 32)
	buf = append(buf, 1) // format version
	buf = append(buf, q.digest()...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(q.Sort.Key(l)))
	buf = binary.BigEndian.AppendUint64(buf, l.Model.ID)
	return base64.RawURLEncoding.EncodeToString(buf)
}

// DecodeCursor reads a cursor EncodeCursor made for the same query.
func (q MarketQuery) DecodeCursor(s string) (*MarketCursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) != 25 || b[0] != 1 {
		return nil, FieldErrorf("cursor", "Parameter cursor is not a cursor this API issued; pass the next_cursor of the previous page unchanged, or omit it for the first page.")
	}
	if string(b[1:9]) != string(q.digest()) {
		return nil, FieldErrorf("cursor", "This cursor belongs to another search (different words, filters or sort); omit it to start this search from its first page.")
	}
	c := &MarketCursor{Key: int64(binary.BigEndian.Uint64(b[9:17])), ID: binary.BigEndian.Uint64(b[17:25])}
	if c.ID == 0 || c.ID > math.MaxInt64 {
		return nil, FieldErrorf("cursor", "Parameter cursor is damaged; omit it to start from the first page.")
	}
	return c, nil
}

// MarketPoint is one snapshot of a model's market figures, kept for the
// model page's charts (price, reserve, usage, head score over time).
type MarketPoint struct {
	At             time.Time
	Price          int64
	Reserve        int64
	Calls7d        int64
	Users7d        int64
	DeltaOnesMilli int64
	HeadScore      *big.Int // nil when the model had no head
}

// MarketService is the marketplace's index: search, filter, sort and page
// over models, and their market history.
type MarketService interface {
	// SearchMarket returns one page of listings for q. EINVALID for a bad
	// limit or range.
	SearchMarket(ctx context.Context, q MarketQuery) (*MarketPage, error)
	// FindListing returns one model's listing; ENOTFOUND when it is not indexed.
	FindListing(ctx context.Context, modelID uint64) (*MarketListing, error)
	// UpsertMarketStats replaces a model's market figures and records a
	// snapshot of them at s.UpdatedAt for its history. ENOTFOUND when the
	// model is not indexed, EINVALID for figures out of range.
	UpsertMarketStats(ctx context.Context, s *MarketStats) error
	// MarketHistory returns a model's snapshots in [from, to) (zero means
	// unbounded), oldest first, at most limit of the latest.
	MarketHistory(ctx context.Context, modelID uint64, from, to time.Time, limit int) ([]MarketPoint, error)
}

// CheckMarketQuery refuses a query no store should run.
func CheckMarketQuery(q *MarketQuery) error {
	switch {
	case q.Limit < 1 || q.Limit > MaxMarketLimit:
		return FieldErrorf("limit", "Parameter limit must be between 1 and %d, got %d.", MaxMarketLimit, q.Limit)
	case !slices.Contains(MarketSorts, q.Sort):
		_, err := ParseMarketSort(string(q.Sort))
		return err
	case q.MinPrice != nil && q.MaxPrice != nil && *q.MinPrice > *q.MaxPrice:
		return FieldErrorf("min_price", "min_price %s is above max_price %s; swap them.", FormatInt64Units(*q.MinPrice, 6), FormatInt64Units(*q.MaxPrice, 6))
	case len(q.Tags) > 8:
		return FieldErrorf("tag", "At most 8 tags may be required at once, got %d.", len(q.Tags))
	}
	return nil
}
