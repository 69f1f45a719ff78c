package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// benchVocabulary is 300 pseudo-words (plus the test vocabulary), so one
// search word matches about 2% of the models, as a real catalogue's would.
func benchVocabulary() []string {
	syll := []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zen", "pra", "gul", "fi", "do", "sha", "qua", "bel"}
	words := slices.Clone(marketWords)
	r := rand.New(rand.NewPCG(1, 2))
	for len(words) < 310 {
		w := syll[r.IntN(len(syll))] + syll[r.IntN(len(syll))] + syll[r.IntN(len(syll))]
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words
}

// SeedMarket indexes n models (ids 1…n) with market figures, from a fixed
// seed: names, descriptions and tags from benchVocabulary, one of eight
// categories, figures spread over wide ranges. workers upsert at once.
func SeedMarket(ctx context.Context, s MarketStores, n, workers int) error {
	words := benchVocabulary()
	cats := []string{"Finance", "Healthcare", "NLP", "Vision", "Code", "Other", "Audio", "Science"}
	ids := make(chan int)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ids {
				r := rand.New(rand.NewPCG(uint64(i), 7))
				pick := func() string { return words[r.IntN(len(words))] }
				m := NewModel(uint64(i), benchTicker(i))
				m.Name = pick() + " " + pick()
				m.Description = "A " + pick() + " model for " + pick() + " " + pick() + " and " + pick() + "."
				m.Tags = []string{pick(), pick()}
				m.Category = cats[r.IntN(len(cats))]
				m.License = hokusai.License(r.IntN(3))
				m.Metric = hokusai.Metric(r.IntN(12))
				m.Supply.TokensPerDeltaOne = int64(50_000 * (1 + r.IntN(4)))
				if err := s.Models.UpsertModel(ctx, m); err != nil {
					errs <- err
					return
				}
				st := &hokusai.MarketStats{ModelID: uint64(i), Runtime: []string{"linear", "onnx", "xgboost", "lightgbm", "remote"}[r.IntN(5)],
					DeltaOnesMilli: int64(r.IntN(20_000)), Price: int64(1000 + r.IntN(100_000)), Reserve: int64(r.IntN(50_000_000_000)),
					Calls7d: int64(r.IntN(100_000)), CallsPrev7d: int64(r.IntN(100_000)), Users7d: int64(r.IntN(5000)),
					TrainingScoreBps: int64(r.IntN(10_001)), OpenProposals: int64(r.IntN(3)),
					UpdatedAt: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
				if err := s.Market.UpsertMarketStats(ctx, st); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var err error
feed:
	for i := 1; i <= n; i++ {
		select {
		case ids <- i:
		case err = <-errs:
			break feed
		}
	}
	close(ids)
	wg.Wait()
	if err == nil && len(errs) > 0 {
		err = <-errs
	}
	return err
}

// benchTicker is a distinct four-letter ticker for i < 26^4.
func benchTicker(i int) string {
	b := []byte("AAAA")
	for j := 3; j >= 0; j-- {
		b[j] = byte('A' + i%26)
		i /= 26
	}
	return string(b)
}

// benchQueries are the market pages the benchmark asks for in turn: each
// a search word, filters and a sort, 20 listings, half of them a second
// page (through a cursor).
func benchQueries() []hokusai.MarketQuery {
	words := benchVocabulary()
	var qs []hokusai.MarketQuery
	cats := []string{"Finance", "Healthcare", "NLP", "Vision"}
	for i := range 64 {
		lic := hokusai.License(i % 3)
		minReward := int64(100_000)
		maxPrice := int64(80_000)
		q := hokusai.MarketQuery{
			Text:  words[(i*37)%len(words)],
			Sort:  hokusai.MarketSorts[i%len(hokusai.MarketSorts)],
			Limit: 20,
		}
		q.Descending = q.Sort.DefaultDescending()
		switch i % 4 {
		case 0:
			c := cats[i%len(cats)]
			q.Category = &c
		case 1:
			q.License = &lic
			q.MinRewardPerDeltaOne = &minReward
		case 2:
			q.MaxPrice = &maxPrice
		case 3:
			q.Text = "" // filter and sort only: the widest page
			c := cats[i%len(cats)]
			q.Category = &c
			q.MaxPrice = &maxPrice
		}
		qs = append(qs, q)
	}
	return qs
}

// BenchmarkMarketSearch measures one market page (search + filter + sort,
// 20 listings and the total) over n indexed models, and reports its
// median and 99th-percentile latency. open returns stores over a fresh
// database.
func BenchmarkMarketSearch(b *testing.B, n int, open func(b *testing.B) MarketStores) {
	ctx := context.Background()
	s := open(b)
	start := time.Now()
	if err := SeedMarket(ctx, s, n, 8); err != nil {
		b.Fatal(err)
	}
	b.Logf("indexed %d models in %v", n, time.Since(start).Round(time.Millisecond))
	qs := benchQueries()
	// Half the queries ask for their second page, through a cursor.
	for i := range qs {
		if i%2 == 1 {
			p, err := s.Market.SearchMarket(ctx, qs[i])
			if err != nil {
				b.Fatal(err)
			}
			if p.More {
				c, _ := qs[i].DecodeCursor(qs[i].EncodeCursor(p.Listings[len(p.Listings)-1]))
				qs[i].After = c
			}
		}
	}
	var took []time.Duration
	per := make([]time.Duration, len(qs))
	matched := 0
	i := 0
	for b.Loop() {
		q := qs[i%len(qs)]
		i++
		t0 := time.Now()
		p, err := s.Market.SearchMarket(ctx, q)
		took = append(took, time.Since(t0))
		per[(i-1)%len(qs)] += time.Since(t0)
		if err != nil {
			b.Fatal(err)
		}
		matched += p.Total
	}
	if testing.Verbose() {
		for j, q := range qs {
			b.Logf("query %d: text %q sort %s cat %v lic %v maxprice %v after %v: %v", j, q.Text, q.Sort, q.Category != nil, q.License != nil, q.MaxPrice != nil, q.After != nil, per[j]/time.Duration(max(1, len(took)/len(qs))))
		}
	}
	slices.Sort(took)
	pct := func(p float64) time.Duration { return took[min(len(took)-1, int(p*float64(len(took))))] }
	b.ReportMetric(float64(pct(0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(pct(0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(matched)/float64(len(took)), "matches/page")
	fmt.Printf("market page over %d models (%s): p50 %v, p99 %v, max %v, %d pages, %.0f matches per search on average\n",
		n, strings.TrimPrefix(b.Name(), "Benchmark"), pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond),
		took[len(took)-1].Round(time.Microsecond), len(took), float64(matched)/float64(len(took)))
}
