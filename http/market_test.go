package http_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// marketServer serves /v1/market over a SQLite index of n models whose
// price is (id % 4) × 0.005 USDC.
func marketServer(t *testing.T, n int) (http.Handler, *sqlite.MarketService) {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ms, market := sqlite.NewModelService(db), sqlite.NewMarketService(db)
	ctx := context.Background()
	for i := 1; i <= n; i++ {
		m := storetest.NewModel(uint64(i), "M"+string(rune('A'+i/26))+string(rune('A'+i%26)))
		if i%2 == 0 {
			m.Category, m.Tags = "Finance", []string{"fraud"}
			m.Name = "Fraud detector " + m.Ticker
		}
		if err := ms.UpsertModel(ctx, m); err != nil {
			t.Fatal(err)
		}
		st := &hokusai.MarketStats{ModelID: uint64(i), Price: int64(i%4) * 5000, Calls7d: int64(i), Runtime: "linear",
			UpdatedAt: time.Date(2026, 12, 1, 0, 0, i, 0, time.UTC)}
		if err := market.UpsertMarketStats(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	return hhttp.NewServer(hhttp.Config{ModelService: ms, Market: market, Registry: sqlite.NewRegistryService(db)}).Handler(), market
}

func getJSON(t *testing.T, h http.Handler, target string, out any) int {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
		t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
	}
	return rec.Code
}

type marketPage struct {
	Data []struct {
		Model struct {
			ID     uint64 `json:"id"`
			Ticker string `json:"ticker"`
		} `json:"model"`
		Price   string `json:"price"`
		Runtime string `json:"runtime"`
	} `json:"data"`
	Total      int    `json:"total"`
	NextCursor string `json:"next_cursor"`
}

type apiError struct {
	Error struct{ Code, Message, Field string } `json:"error"`
}

// TestSearchMarketPages: following next_cursor through a filtered, sorted
// search serves every match once, in order, and the last page has no cursor.
func TestSearchMarketPages(t *testing.T) {
	h, _ := marketServer(t, 30)
	base := "/v1/market?q=fraud&category=finance&tag=FRAUD&sort=price&order=desc&min_price=0.01&runtime=linear&limit=4"
	var ids []uint64
	cursor := ""
	for range 20 {
		var p marketPage
		target := base
		if cursor != "" {
			target += "&cursor=" + url.QueryEscape(cursor)
		}
		if code := getJSON(t, h, target, &p); code != 200 {
			t.Fatalf("%s: %d", target, code)
		}
		if p.Total != 8 { // even ids with price ≥ 0.01: i%4 = 2
			t.Fatalf("total %d, want 8", p.Total)
		}
		for _, d := range p.Data {
			ids = append(ids, d.Model.ID)
		}
		if cursor = p.NextCursor; cursor == "" {
			break
		}
	}
	var want []uint64 // one price, so by id, descending as the order says
	for i := 30; i >= 1; i-- {
		if i%4 == 2 {
			want = append(want, uint64(i))
		}
	}
	if len(ids) != len(want) {
		t.Fatalf("got %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Fatalf("got %v, want %v", ids, want)
		}
	}
}

// TestSearchMarketRefusals: an unknown sort, filter or foreign cursor is a
// 400 naming it.
func TestSearchMarketRefusals(t *testing.T) {
	h, _ := marketServer(t, 5)
	var first marketPage
	getJSON(t, h, "/v1/market?sort=newest&limit=2", &first)
	if first.NextCursor == "" {
		t.Fatal("no cursor on the first page")
	}
	for target, field := range map[string]string{
		"/v1/market?sort=popularity":                                       "sort",
		"/v1/market?colour=red":                                            "colour",
		"/v1/market?sort=price&cursor=" + first.NextCursor:                 "cursor",
		"/v1/market?sort=newest&cursor=AAAA":                               "cursor",
		"/v1/market?limit=101":                                             "limit",
		"/v1/market?min_price=0.02&max_price=0.01":                         "min_price",
		"/v1/market?min_price=0.0000001":                                   "min_price",
		"/v1/market?max_price=-1":                                          "max_price",
		"/v1/market?metric=speed":                                          "metric",
		"/v1/market?order=sideways":                                        "order",
		"/v1/market?q=" + strings.Repeat("a", 201):                         "q",
		"/v1/market?tag=a&tag=b&tag=c&tag=d&tag=e&tag=f&tag=g&tag=h&tag=i": "tag",
		"/v1/market?min_reward=-5":                                         "min_reward",
	} {
		var e apiError
		if code := getJSON(t, h, target, &e); code != 400 || e.Error.Field != field || e.Error.Message == "" {
			t.Errorf("%s: %d %+v, want 400 naming %s", target, code, e.Error, field)
		}
	}
	var e apiError
	getJSON(t, h, "/v1/market?sort=popularity", &e)
	if !strings.Contains(e.Error.Message, "popularity") || !strings.Contains(e.Error.Message, "trending") {
		t.Errorf("unknown sort message: %q", e.Error.Message)
	}
}

// TestMarketModelPage: the model page carries the listing and its history.
func TestMarketModelPage(t *testing.T) {
	h, market := marketServer(t, 3)
	if err := market.UpsertMarketStats(context.Background(), &hokusai.MarketStats{ModelID: 2, Price: 7000, RatingCenti: 450, Ratings: 2,
		UpdatedAt: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	var page struct {
		Listing struct {
			Price  string `json:"price"`
			Rating string `json:"rating"`
		} `json:"listing"`
		History []struct {
			At    time.Time `json:"at"`
			Price string    `json:"price"`
		} `json:"history"`
		Versions []any `json:"versions"`
	}
	if code := getJSON(t, h, "/v1/market/MAC", &page); code != 200 {
		t.Fatalf("model page: %d", code)
	}
	if page.Listing.Price != "0.007" || page.Listing.Rating != "4.5" || len(page.History) != 2 ||
		page.History[0].Price != "0.01" || page.History[1].Price != "0.007" || page.Versions == nil {
		t.Fatalf("model page: %+v", page)
	}
	var e apiError
	if code := getJSON(t, h, "/v1/market/ZZZ", &e); code != 404 {
		t.Fatalf("unknown model: %d", code)
	}
	if code := getJSON(t, h, "/v1/market/2?points=0", &e); code != 400 || e.Error.Field != "points" {
		t.Fatalf("points=0: %d %+v", code, e)
	}
	if code := getJSON(t, h, "/v1/market/2?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", &e); code != 400 || e.Error.Field != "from" {
		t.Fatalf("from after to: %d %+v", code, e)
	}
}

// TestLeaderboard: the models sharing a committed benchmark, ranked by
// head score (higher first for accuracy), those without a head last; a
// model on another benchmark is left out; no benchmark is a 404.
func TestLeaderboard(t *testing.T) {
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	ms, reg, market := sqlite.NewModelService(db), sqlite.NewRegistryService(db), sqlite.NewMarketService(db)
	bench := "0x" + strings.Repeat("ab", 32)
	other := "0x" + strings.Repeat("cd", 32)
	for i, c := range []struct {
		score string
		hash  string
	}{{"0.91", bench}, {"0.95", bench}, {"", bench}, {"0.99", other}, {"0.97", bench}, {"", ""}} {
		id := uint64(i + 1)
		m := storetest.NewModel(id, "M"+string(rune('A'+i))+"X")
		if err := ms.UpsertModel(ctx, m); err != nil {
			t.Fatal(err)
		}
		if c.score != "" {
			man := &hokusai.Manifest{Schema: hokusai.ManifestSchema, Name: "m", Version: "1.0.0", Runtime: hokusai.RuntimeSpec{Kind: "linear"}}
			d := "sha256:" + strings.Repeat(string(rune('a'+i)), 64)
			if err := reg.CreateVersion(ctx, &hokusai.ModelVersion{ModelID: id, Version: "1.0.0", Digest: d, ManifestDigest: d, Manifest: man}); err != nil {
				t.Fatal(err)
			}
			s, _ := hokusai.ParseWad("score", c.score)
			if err := reg.SetHead(ctx, id, "1.0.0", s); err != nil {
				t.Fatal(err)
			}
		}
		if err := market.UpsertMarketStats(ctx, &hokusai.MarketStats{ModelID: id, BenchmarkHash: c.hash}); err != nil {
			t.Fatal(err)
		}
	}
	h := hhttp.NewServer(hhttp.Config{ModelService: ms, Market: market, Registry: reg}).Handler()
	var lb struct {
		BenchmarkHash string `json:"benchmark_hash"`
		Entries       []struct {
			Rank    int `json:"rank"`
			Listing struct {
				Model struct {
					ID uint64 `json:"id"`
				} `json:"model"`
				HeadScore string `json:"head_score"`
			} `json:"listing"`
		} `json:"entries"`
	}
	if code := getJSON(t, h, "/v1/market/1/leaderboard", &lb); code != 200 {
		t.Fatalf("leaderboard: %d", code)
	}
	var ids []uint64
	for i, e := range lb.Entries {
		if e.Rank != i+1 {
			t.Fatalf("rank %d at %d", e.Rank, i)
		}
		ids = append(ids, e.Listing.Model.ID)
	}
	if lb.BenchmarkHash != bench || len(ids) != 4 || ids[0] != 5 || ids[1] != 2 || ids[2] != 1 || ids[3] != 3 {
		t.Fatalf("leaderboard %s %v", lb.BenchmarkHash, ids)
	}
	var e apiError
	if code := getJSON(t, h, "/v1/market/6/leaderboard", &e); code != 404 || !strings.Contains(e.Error.Message, "benchmark") {
		t.Fatalf("no benchmark: %d %+v", code, e)
	}
	var p marketPage
	if code := getJSON(t, h, "/v1/market?benchmark="+strings.ToUpper(other[2:4])+other[4:]+"&sort=newest", &p); code != 400 {
		t.Fatalf("benchmark without 0x: %d", code)
	}
	if code := getJSON(t, h, "/v1/market?benchmark="+other, &p); code != 200 || p.Total != 1 || p.Data[0].Model.ID != 4 {
		t.Fatalf("benchmark filter: %d %+v", code, p)
	}
}

// TestRankLeaderboardMinimize: for a metric to minimise, lower heads rank first.
func TestRankLeaderboardMinimize(t *testing.T) {
	l := func(id uint64, score int64) *hokusai.MarketListing {
		x := &hokusai.MarketListing{Model: &hokusai.Model{ID: id}}
		if score >= 0 {
			x.HeadScore = big.NewInt(score)
		}
		return x
	}
	ls := []*hokusai.MarketListing{l(1, 5), l(2, -1), l(3, 2), l(4, 2)}
	hhttp.RankLeaderboard(ls, hokusai.Minimize)
	if ls[0].Model.ID != 3 || ls[1].Model.ID != 4 || ls[2].Model.ID != 1 || ls[3].Model.ID != 2 {
		t.Fatalf("order %d %d %d %d", ls[0].Model.ID, ls[1].Model.ID, ls[2].Model.ID, ls[3].Model.ID)
	}
}
