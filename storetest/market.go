package storetest

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// MarketStores is a market index and the stores it reads (models and their
// heads), over one database.
type MarketStores struct {
	Models   hokusai.ModelService
	Registry hokusai.RegistryService
	Market   hokusai.MarketService
}

// Vocabularies the market tests draw from: plain ASCII words, so every
// backend's tokenizer splits them the same way.
var (
	marketWords      = []string{"house", "votes", "iris", "penguin", "credit", "risk", "fraud", "vision", "model", "score"}
	marketCategories = []string{"Finance", "Healthcare", "NLP", "Vision"}
	marketTags       = []string{"fraud", "tabular", "nlp", "med", "images"}
	marketRuntimes   = []string{"", "linear", "onnx", "xgboost"}
	marketBenchmarks = []string{"", "0x" + strings.Repeat("a1", 32), "0x" + strings.Repeat("b2", 32)}
)

// marketTicker returns a distinct 3–4 letter ticker for id.
func marketTicker(id uint64) string {
	b := []byte{'M'}
	for n := id; ; n /= 26 {
		b = append(b, byte('A'+n%26))
		if n < 26 {
			break
		}
	}
	for len(b) < 3 {
		b = append(b, 'Q')
	}
	return string(b)
}

// marketEntry is one model with its stats, as the reference model holds it.
type marketEntry struct {
	model *hokusai.Model
	stats hokusai.MarketStats
}

func (e marketEntry) listing() *hokusai.MarketListing {
	return &hokusai.MarketListing{Model: e.model, Stats: e.stats}
}

// words splits a model's searchable text as the backends do.
func (e marketEntry) words() []string {
	text := strings.Join(append([]string{e.model.Name, e.model.Ticker, e.model.Description}, e.model.Tags...), " ")
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
}

// matches is the reference for every filter of q.
func (e marketEntry) matches(q hokusai.MarketQuery) bool {
	m, s := e.model, e.stats
	for _, term := range hokusai.SearchTerms(q.Text) {
		if !slices.ContainsFunc(e.words(), func(w string) bool { return strings.HasPrefix(w, term) }) {
			return false
		}
	}
	switch {
	case q.Category != nil && !strings.EqualFold(m.Category, *q.Category),
		q.License != nil && m.License != *q.License,
		q.Metric != nil && m.Metric != *q.Metric,
		q.Runtime != nil && !strings.EqualFold(s.Runtime, *q.Runtime),
		q.MinRewardPerDeltaOne != nil && m.Supply.TokensPerDeltaOne < *q.MinRewardPerDeltaOne,
		q.MinPrice != nil && s.Price < *q.MinPrice,
		q.MaxPrice != nil && s.Price > *q.MaxPrice,
		q.HasOpenProposals != nil && (s.OpenProposals > 0) != *q.HasOpenProposals,
		q.BenchmarkHash != nil && s.BenchmarkHash != *q.BenchmarkHash:
		return false
	}
	for _, t := range q.Tags {
		if !slices.ContainsFunc(m.Tags, func(x string) bool { return strings.EqualFold(x, t) }) {
			return false
		}
	}
	return true
}

// expected is the reference answer: every matching entry in q's order.
func expected(entries []marketEntry, q hokusai.MarketQuery) []uint64 {
	var out []marketEntry
	for _, e := range entries {
		if e.matches(q) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b marketEntry) int {
		c := cmp.Or(cmp.Compare(q.Sort.Key(a.listing()), q.Sort.Key(b.listing())), cmp.Compare(a.model.ID, b.model.ID))
		if q.Descending {
			return -c
		}
		return c
	})
	ids := make([]uint64, len(out))
	for i, e := range out {
		ids[i] = e.model.ID
	}
	return ids
}

// pageAll pages through q and returns the ids in the order served.
func pageAll(t interface {
	Fatalf(string, ...any)
	Fatal(...any)
}, s hokusai.MarketService, q hokusai.MarketQuery, between func()) []uint64 {
	ctx := context.Background()
	var ids []uint64
	q.After = nil
	for pages := 0; ; pages++ {
		if pages > 1000 {
			t.Fatal("paging does not end")
		}
		p, err := s.SearchMarket(ctx, q)
		if err != nil {
			t.Fatalf("search %+v: %v", q, err)
		}
		if len(p.Listings) > q.Limit {
			t.Fatalf("page of %d listings, limit %d", len(p.Listings), q.Limit)
		}
		for _, l := range p.Listings {
			ids = append(ids, l.Model.ID)
		}
		if !p.More {
			return ids
		}
		if len(p.Listings) == 0 {
			t.Fatal("an empty page says more follow")
		}
		c, err := q.DecodeCursor(q.EncodeCursor(p.Listings[len(p.Listings)-1]))
		if err != nil {
			t.Fatal(err)
		}
		q.After = c
		if between != nil {
			between()
		}
	}
}

// drawEntry draws a model and its stats with small value ranges, so ties
// in every sort key are common.
func drawEntry(t *rapid.T, id uint64) marketEntry {
	word := rapid.SampledFrom(marketWords)
	m := NewModel(id, marketTicker(id))
	m.Name = word.Draw(t, "name1") + " " + word.Draw(t, "name2")
	m.Description = "A " + word.Draw(t, "desc") + " model."
	m.Category = rapid.SampledFrom(marketCategories).Draw(t, "category")
	m.Tags = rapid.SliceOfNDistinct(rapid.SampledFrom(marketTags), 0, 3, func(s string) string { return s }).Draw(t, "tags")
	m.License = hokusai.License(rapid.IntRange(0, 2).Draw(t, "license"))
	m.Metric = hokusai.Metric(rapid.IntRange(0, 2).Draw(t, "metric"))
	m.Supply.TokensPerDeltaOne = int64(rapid.SampledFrom([]int{50_000, 100_000, 200_000}).Draw(t, "reward"))
	st := hokusai.MarketStats{
		ModelID:          id,
		Runtime:          rapid.SampledFrom(marketRuntimes).Draw(t, "runtime"),
		DeltaOnesMilli:   rapid.Int64Range(0, 3).Draw(t, "deltaones") * 500,
		Price:            rapid.Int64Range(0, 3).Draw(t, "price") * 5000,
		Reserve:          rapid.Int64Range(0, 3).Draw(t, "reserve") * 1_000_000,
		Calls7d:          rapid.Int64Range(0, 4).Draw(t, "calls"),
		CallsPrev7d:      rapid.Int64Range(0, 4).Draw(t, "callsPrev"),
		Users7d:          rapid.Int64Range(0, 3).Draw(t, "users"),
		TrainingScoreBps: rapid.Int64Range(0, 3).Draw(t, "score") * 2500,
		OpenProposals:    rapid.Int64Range(0, 1).Draw(t, "proposals"),
		BenchmarkHash:    rapid.SampledFrom(marketBenchmarks).Draw(t, "benchmark"),
	}
	return marketEntry{model: m, stats: st}
}

// drawQuery draws a query with any subset of the filters, any sort and
// order, and a page size from 1 to 7.
func drawQuery(t *rapid.T) hokusai.MarketQuery {
	q := hokusai.MarketQuery{
		Sort:  rapid.SampledFrom(hokusai.MarketSorts).Draw(t, "sort"),
		Limit: rapid.IntRange(1, 7).Draw(t, "limit"),
	}
	q.Descending = q.Sort.DefaultDescending() != rapid.Bool().Draw(t, "reverse")
	maybe := func(label string) bool { return rapid.IntRange(0, 3).Draw(t, label) == 0 }
	if maybe("text?") {
		w := rapid.SampledFrom(append(marketWords, "mo", "ho", "fr", "tab", "ma", "zzz")).Draw(t, "text")
		if maybe("text2?") {
			w += " " + rapid.SampledFrom(marketWords).Draw(t, "text2")
		}
		q.Text = w
	}
	if maybe("category?") {
		c := strings.ToLower(rapid.SampledFrom(marketCategories).Draw(t, "category"))
		q.Category = &c
	}
	if maybe("tags?") {
		q.Tags = rapid.SliceOfNDistinct(rapid.SampledFrom(marketTags), 1, 2, func(s string) string { return s }).Draw(t, "tags")
	}
	if maybe("license?") {
		l := hokusai.License(rapid.IntRange(0, 2).Draw(t, "license"))
		q.License = &l
	}
	if maybe("metric?") {
		m := hokusai.Metric(rapid.IntRange(0, 2).Draw(t, "metric"))
		q.Metric = &m
	}
	if maybe("runtime?") {
		r := strings.ToUpper(rapid.SampledFrom(marketRuntimes[1:]).Draw(t, "runtime"))
		q.Runtime = &r
	}
	if maybe("reward?") {
		r := int64(rapid.SampledFrom([]int{50_000, 100_000, 150_000, 200_000}).Draw(t, "reward"))
		q.MinRewardPerDeltaOne = &r
	}
	if maybe("minPrice?") {
		p := rapid.Int64Range(0, 3).Draw(t, "minPrice") * 5000
		q.MinPrice = &p
	}
	if maybe("maxPrice?") {
		p := rapid.Int64Range(0, 3).Draw(t, "maxPrice") * 5000
		if q.MinPrice == nil || p >= *q.MinPrice {
			q.MaxPrice = &p
		}
	}
	if maybe("benchmark?") {
		b := rapid.SampledFrom(marketBenchmarks[1:]).Draw(t, "benchmark")
		q.BenchmarkHash = &b
	}
	if maybe("proposals?") {
		b := rapid.Bool().Draw(t, "proposals")
		q.HasOpenProposals = &b
	}
	return q
}

// TestMarketService is the suite every MarketService must pass: paging
// through any search, filter and sort with any page size yields every
// matching model exactly once, in order (a rapid property against a
// reference in Go); cursors survive inserts; stats, heads, lineage and
// history round-trip; bad queries and cursors are refused.
func TestMarketService(t *testing.T, open func(t *testing.T) MarketStores) {
	ctx := context.Background()

	t.Run("PagingMatchesReference", func(t *testing.T) {
		s := open(t)
		rapid.Check(t, func(rt *rapid.T) {
			if _, err := s.Models.DeleteModelsAfter(ctx, 0); err != nil {
				rt.Fatal(err)
			}
			n := rapid.IntRange(0, 24).Draw(rt, "models")
			entries := make([]marketEntry, n)
			for i := range entries {
				entries[i] = drawEntry(rt, uint64(i+1))
				if err := s.Models.UpsertModel(ctx, entries[i].model); err != nil {
					rt.Fatal(err)
				}
				if err := s.Market.UpsertMarketStats(ctx, &entries[i].stats); err != nil {
					rt.Fatal(err)
				}
			}
			for range 3 {
				q := drawQuery(rt)
				want := expected(entries, q)
				got := pageAll(rt, s.Market, q, nil)
				if !slices.Equal(got, want) {
					rt.Fatalf("query %+v (text %q):\n got %v\nwant %v", q, q.Text, got, want)
				}
				q.Limit = hokusai.MaxMarketLimit
				p, err := s.Market.SearchMarket(ctx, q)
				if err != nil {
					rt.Fatal(err)
				}
				if p.Total != len(want) {
					rt.Fatalf("total %d, want %d", p.Total, len(want))
				}
			}
		})
	})

	t.Run("CursorStableUnderInserts", func(t *testing.T) {
		s := open(t)
		price := func(id uint64) int64 { return int64(id%5) * 1000 }
		for id := uint64(1); id <= 20; id++ {
			if err := s.Models.UpsertModel(ctx, NewModel(id, marketTicker(id))); err != nil {
				t.Fatal(err)
			}
			if err := s.Market.UpsertMarketStats(ctx, &hokusai.MarketStats{ModelID: id, Price: price(id)}); err != nil {
				t.Fatal(err)
			}
		}
		for _, sort := range hokusai.MarketSorts {
			next := uint64(1000)
			q := hokusai.MarketQuery{Sort: sort, Descending: sort.DefaultDescending(), Limit: 3}
			got := pageAll(t, s.Market, q, func() {
				next++ // a model that sorts anywhere arrives between pages
				if err := s.Models.UpsertModel(ctx, NewModel(next, marketTicker(next))); err != nil {
					t.Fatal(err)
				}
				if err := s.Market.UpsertMarketStats(ctx, &hokusai.MarketStats{ModelID: next, Price: price(next)}); err != nil {
					t.Fatal(err)
				}
			})
			seen := map[uint64]int{}
			for _, id := range got {
				seen[id]++
			}
			for id := uint64(1); id <= 20; id++ {
				if seen[id] != 1 {
					t.Fatalf("sort %s: model %d served %d times in %v", sort, id, seen[id], got)
				}
			}
			for id, n := range seen {
				if n != 1 {
					t.Fatalf("sort %s: model %d served %d times", sort, id, n)
				}
			}
		}
	})

	t.Run("TextSearch", func(t *testing.T) {
		s := open(t)
		m1 := NewModel(1, "VOTE")
		m1.Name, m1.Description, m1.Tags = "House votes", "Predicts party from 16 roll-call votes.", []string{"politics", "tabular"}
		m2 := NewModel(2, "IRIS")
		m2.Name, m2.Description, m2.Tags = "Iris classifier", "Species from petal sizes.", []string{"botany"}
		for _, m := range []*hokusai.Model{m1, m2} {
			if err := s.Models.UpsertModel(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		for text, want := range map[string][]uint64{
			"house":          {1},
			"VOT":            {1}, // ticker and name prefix, any case
			"roll call":      {1}, // description words, punctuation ignored
			"politics":       {1}, // tags
			"iris petal":     {2},
			"bot":            {2},
			"house iris":     {},
			"classifier!!!":  {2},
			"   ":            {1, 2}, // no words: no text filter
			"zzz":            {},
			"species sizes":  {2},
			"16":             {1},
			"predicts party": {1},
		} {
			q := hokusai.MarketQuery{Text: text, Sort: hokusai.SortNewest, Limit: 10}
			got := pageAll(t, s.Market, q, nil)
			slices.Sort(got)
			if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("text %q: got %v, want %v", text, got, want)
			}
		}
		// A renamed model is found by its new name only.
		m2.Name = "Flower classifier"
		if err := s.Models.UpsertModel(ctx, m2); err != nil {
			t.Fatal(err)
		}
		for text, n := range map[string]int{"flower": 1, "iris": 1 /* ticker */, "petal": 1} {
			if got := pageAll(t, s.Market, hokusai.MarketQuery{Text: text, Sort: hokusai.SortNewest, Limit: 10}, nil); len(got) != n {
				t.Errorf("after rename, text %q: got %v", text, got)
			}
		}
		m2.Ticker = "FLWR"
		if err := s.Models.UpsertModel(ctx, m2); err != nil {
			t.Fatal(err)
		}
		if got := pageAll(t, s.Market, hokusai.MarketQuery{Text: "iris", Sort: hokusai.SortNewest, Limit: 10}, nil); len(got) != 0 {
			t.Errorf("after the ticker changed, iris still finds %v", got)
		}
	})

	t.Run("ListingRoundTrip", func(t *testing.T) {
		s := open(t)
		m := NewModel(1, "AAA")
		child := NewModel(2, "BBB")
		for _, x := range []*hokusai.Model{m, child} {
			if err := s.Models.UpsertModel(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		l, err := s.Market.FindListing(ctx, 2)
		if err != nil {
			t.Fatal(err)
		}
		if l.HeadVersion != "" || l.HeadScore != nil || l.Parent != nil || l.Stats.Price != 0 || l.Stats.ScoreLow != nil {
			t.Fatalf("a new model's listing is not empty: %+v", l)
		}
		parent := newVersion(1, "1.0.0")
		v := newVersion(2, "1.0.0")
		v.Parent = &hokusai.Lineage{ModelID: 1, Version: "1.0.0"}
		v.Manifest.Parent = v.Parent
		for _, x := range []*hokusai.ModelVersion{parent, v} {
			if err := s.Registry.CreateVersion(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		score, _ := hokusai.ParseWad("score", "0.9123")
		if err := s.Registry.SetHead(ctx, 2, "1.0.0", score); err != nil {
			t.Fatal(err)
		}
		low, _ := hokusai.ParseWad("low", "0.9")
		high, _ := hokusai.ParseWad("high", "0.93")
		at := time.Date(2026, 12, 1, 10, 0, 0, 123000, time.UTC)
		st := hokusai.MarketStats{ModelID: 2, Runtime: "linear", ScoreLow: low, ScoreHigh: high, DeltaOnesMilli: 2500,
			Price: 12345, Reserve: 9_000_000, Calls7d: 40, CallsPrev7d: 10, Users7d: 7, RatingCenti: 450, Ratings: 4,
			TrainingScoreBps: 6100, OpenProposals: 2, BenchmarkHash: marketBenchmarks[1], UpdatedAt: at}
		if err := s.Market.UpsertMarketStats(ctx, &st); err != nil {
			t.Fatal(err)
		}
		l, err = s.Market.FindListing(ctx, 2)
		if err != nil {
			t.Fatal(err)
		}
		if d := EqualModels(child, l.Model); d != "" {
			t.Fatal(d)
		}
		if l.HeadVersion != "1.0.0" || l.HeadScore.Cmp(score) != 0 || l.Parent == nil || *l.Parent != (hokusai.Lineage{ModelID: 1, Version: "1.0.0"}) {
			t.Fatalf("head or lineage: %+v", l)
		}
		got := l.Stats
		if got.ScoreLow.Cmp(low) != 0 || got.ScoreHigh.Cmp(high) != 0 || !got.UpdatedAt.Equal(at) {
			t.Fatalf("interval or time: %+v", got)
		}
		got.ScoreLow, got.ScoreHigh, got.UpdatedAt = st.ScoreLow, st.ScoreHigh, st.UpdatedAt
		if fmt.Sprint(got) != fmt.Sprint(st) {
			t.Fatalf("stats:\n got %+v\nwant %+v", got, st)
		}
		// A second snapshot; the history lists both, oldest first, with the head score.
		st.Price, st.UpdatedAt = 20000, at.Add(time.Hour)
		if err := s.Market.UpsertMarketStats(ctx, &st); err != nil {
			t.Fatal(err)
		}
		h, err := s.Market.MarketHistory(ctx, 2, time.Time{}, time.Time{}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(h) != 2 || h[0].Price != 12345 || h[1].Price != 20000 || !h[0].At.Equal(at) || h[1].HeadScore.Cmp(score) != 0 || h[0].Calls7d != 40 {
			t.Fatalf("history: %+v", h)
		}
		if h, _ := s.Market.MarketHistory(ctx, 2, at.Add(time.Minute), time.Time{}, 10); len(h) != 1 || h[0].Price != 20000 {
			t.Fatalf("history from: %+v", h)
		}
		if h, _ := s.Market.MarketHistory(ctx, 2, time.Time{}, at.Add(time.Hour), 10); len(h) != 1 || h[0].Price != 12345 {
			t.Fatalf("history to: %+v", h)
		}
		if h, _ := s.Market.MarketHistory(ctx, 2, time.Time{}, time.Time{}, 1); len(h) != 1 || h[0].Price != 20000 {
			t.Fatalf("history limit keeps the latest: %+v", h)
		}
		// A reorg that drops the model drops its market rows too.
		if _, err := s.Models.DeleteModelsAfter(ctx, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Market.FindListing(ctx, 2); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("listing after reorg: %v", err)
		}
		if h, _ := s.Market.MarketHistory(ctx, 2, time.Time{}, time.Time{}, 10); len(h) != 0 {
			t.Fatalf("history after reorg: %+v", h)
		}
	})

	t.Run("Refusals", func(t *testing.T) {
		s := open(t)
		if err := s.Market.UpsertMarketStats(ctx, &hokusai.MarketStats{ModelID: 9}); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("stats of an unknown model: %v", err)
		}
		if err := s.Models.UpsertModel(ctx, NewModel(1, "AAA")); err != nil {
			t.Fatal(err)
		}
		for _, st := range []hokusai.MarketStats{
			{ModelID: 1, Price: -1},
			{ModelID: 1, RatingCenti: 600},
			{ModelID: 1, TrainingScoreBps: 10001},
			{ModelID: 1, ScoreLow: big.NewInt(1)},
			{ModelID: 1, ScoreLow: big.NewInt(2), ScoreHigh: big.NewInt(1)},
			{ModelID: 0},
			{ModelID: 1, BenchmarkHash: "0x12"},
		} {
			if err := s.Market.UpsertMarketStats(ctx, &st); code(err) != hokusai.EINVALID {
				t.Errorf("stats %+v: %v, want INVALID_INPUT", st, err)
			}
		}
		if _, err := s.Market.FindListing(ctx, 5); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("unknown listing: %v", err)
		}
		lo, hi := int64(5), int64(4)
		for _, q := range []hokusai.MarketQuery{
			{Sort: hokusai.SortNewest, Limit: 0},
			{Sort: hokusai.SortNewest, Limit: hokusai.MaxMarketLimit + 1},
			{Sort: "popularity", Limit: 5},
			{Sort: hokusai.SortPrice, Limit: 5, MinPrice: &lo, MaxPrice: &hi},
		} {
			if _, err := s.Market.SearchMarket(ctx, q); code(err) != hokusai.EINVALID {
				t.Errorf("query %+v: %v, want INVALID_INPUT", q, err)
			}
		}
	})
}
