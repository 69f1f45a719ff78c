package market_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/market"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestMintedDeltaOnes(t *testing.T) {
	c := func(eval int64, d, tx string) *hokusai.Contribution {
		return &hokusai.Contribution{EvaluationID: eval, DeltaOnes: d, MintTx: tx}
	}
	for _, tc := range []struct {
		cs   []*hokusai.Contribution
		want int64
		bad  bool
	}{
		{nil, 0, false},
		{[]*hokusai.Contribution{c(1, "2.5", "0xa"), c(1, "2.5", "0xa"), c(2, "1.0005", "0xb")}, 3500, false}, // one evaluation counted once
		{[]*hokusai.Contribution{c(1, "2", ""), c(2, "0.333", "0xb")}, 333, false},                            // not minted yet
		{[]*hokusai.Contribution{c(1, "x", "0xa")}, 0, true},
		{[]*hokusai.Contribution{c(1, "-1", "0xa")}, 0, true},
	} {
		got, err := market.MintedDeltaOnes(tc.cs)
		if (err != nil) != tc.bad || got != tc.want {
			t.Errorf("%v: got %d, %v; want %d (error %v)", tc.cs, got, err, tc.want, tc.bad)
		}
	}
}

func TestSpotPrice(t *testing.T) {
	wad := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	for in, want := range map[string]int64{
		"10000000000000000000000": 10000, // 0.01 USDC, the flat phase
		"999999999999999999":      0,     // under a micro-USDC rounds down
		"0":                       0,
		"-5":                      0,
		"1" + "000000000000000000000000000000000000000": 1<<63 - 1,
	} {
		if got := market.SpotPrice(wad(in)); got != want {
			t.Errorf("SpotPrice(%s) = %d, want %d", in, got, want)
		}
	}
}

// TestRefreshAll: the refresher writes each model's runtime, price,
// reserve and calls (last 7 days and the 7 before) to a real SQLite
// index, which the market then sorts by; a pool it cannot read leaves
// that model's figures as they were and is reported.
func TestRefreshAll(t *testing.T) {
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	models, registry, idx := sqlite.NewModelService(db), sqlite.NewRegistryService(db), sqlite.NewMarketService(db)
	for i, tk := range []string{"AAA", "BBB", "CCC"} {
		if err := models.UpsertModel(ctx, storetest.NewModel(uint64(i+1), tk)); err != nil {
			t.Fatal(err)
		}
	}
	v := &hokusai.ModelVersion{ModelID: 2, Version: "1.0.0", Digest: "sha256:" + repeat("a"), ManifestDigest: "sha256:" + repeat("b"),
		Manifest: &hokusai.Manifest{Schema: hokusai.ManifestSchema, Name: "m", Version: "1.0.0", Runtime: hokusai.RuntimeSpec{Kind: "onnx"}}}
	if err := registry.CreateVersion(ctx, v); err != nil {
		t.Fatal(err)
	}
	if err := registry.SetHead(ctx, 2, "1.0.0", big.NewInt(9e17)); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	failPool := false
	r := &market.Refresher{
		Models: models, Registry: registry, Market: idx, Now: func() time.Time { return now },
		Pool: func(_ context.Context, pool string) (int64, int64, error) {
			m1, _ := models.FindModelByID(ctx, 1)
			if failPool && pool == m1.Pool {
				return 0, 0, errors.New("rpc down")
			}
			if pool == m1.Pool {
				return 10_000, 5_000_000, nil
			}
			return 25_000, 90_000_000, nil
		},
		Usage: func(_ context.Context, from, to time.Time) ([]hokusai.UsageStats, error) {
			if to.Sub(from) != 7*24*time.Hour {
				t.Errorf("usage window %v–%v is not 7 days", from, to)
			}
			if to.Equal(now) {
				return []hokusai.UsageStats{{ModelID: 1, Calls: 40}, {ModelID: 3, Calls: 5}}, nil
			}
			return []hokusai.UsageStats{{ModelID: 1, Calls: 10}, {ModelID: 3, Calls: 20}}, nil
		},
	}
	if err := r.RefreshAll(ctx); err != nil {
		t.Fatal(err)
	}
	l2, err := idx.FindListing(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if l2.Stats.Runtime != "onnx" || l2.Stats.Price != 25_000 || l2.Stats.Reserve != 90_000_000 || l2.HeadVersion != "1.0.0" || !l2.Stats.UpdatedAt.Equal(now) {
		t.Fatalf("model 2: %+v", l2)
	}
	page, err := idx.SearchMarket(ctx, hokusai.MarketQuery{Sort: hokusai.SortTrending, Descending: true, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var order []uint64
	for _, l := range page.Listings {
		order = append(order, l.Model.ID)
	}
	// trending: model 1 41/11, model 2 1/1, model 3 6/21.
	if len(order) != 3 || order[0] != 1 || order[1] != 2 || order[2] != 3 {
		t.Fatalf("trending order %v", order)
	}
	failPool, now = true, now.Add(time.Minute)
	if err := r.RefreshAll(ctx); err == nil {
		t.Fatal("an unreadable pool is not reported")
	}
	l1, _ := idx.FindListing(ctx, 1)
	if l1.Stats.Price != 10_000 || l1.Stats.Calls7d != 40 {
		t.Fatalf("model 1 lost its figures: %+v", l1.Stats)
	}
	if l2, _ := idx.FindListing(ctx, 2); !l2.Stats.UpdatedAt.Equal(now) {
		t.Fatalf("model 2 was not refreshed beside the failing one: %+v", l2.Stats)
	}
	h, err := idx.MarketHistory(ctx, 2, time.Time{}, time.Time{}, 10)
	if err != nil || len(h) != 2 || h[1].HeadScore.Cmp(big.NewInt(9e17)) != 0 {
		t.Fatalf("history: %+v %v", h, err)
	}
}

func repeat(s string) string {
	out := ""
	for range 64 {
		out += s
	}
	return out
}

func TestMeasuredHead(t *testing.T) {
	hash := "0x" + repeat("A")
	low, high, h, err := market.MeasuredHead([]byte(`{"model_id":1,"head":{"score":"0.91","low95":"0.9","high95":"0.925","benchmark_hash":"` + hash + `"}}`))
	if err != nil || low.String() != "900000000000000000" || high.String() != "925000000000000000" || h != strings.ToLower(hash) {
		t.Fatalf("got %v %v %q %v", low, high, h, err)
	}
	if low, high, h, err := market.MeasuredHead([]byte(`{"model_id":1}`)); err != nil || low != nil || high != nil || h != "" {
		t.Fatalf("no head: %v %v %q %v", low, high, h, err)
	}
	if _, _, _, err := market.MeasuredHead([]byte(`{"head":{"low95":"x","high95":"1"}}`)); err == nil {
		t.Fatal("a bad interval is accepted")
	}
}

// TestRefreshAgentFigures: ratings and the training score (F26) come from
// the Agents' ledgers indexed in a real SQLite store, and the market sorts
// by the score. Model 1 has two ratings (5 and, after a change, 4; and 4
// from another member), model 3 has settled calls and users, model 2 has
// no Agent events.
func TestRefreshAgentFigures(t *testing.T) {
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	models, registry, idx, agents := sqlite.NewModelService(db), sqlite.NewRegistryService(db), sqlite.NewMarketService(db), sqlite.NewAgentLedgerService(db)
	for i, tk := range []string{"AAA", "BBB", "CCC"} {
		if err := models.UpsertModel(ctx, storetest.NewModel(uint64(i+1), tk)); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	day := now.Unix() / 86400
	a, b := "0x00000000000000000000000000000000000000a1", "0x00000000000000000000000000000000000000b2"
	if err := agents.RecordAgentEvents(ctx, []hokusai.AgentEvent{
		{ModelID: 1, Block: 10, LogIndex: 0, Kind: hokusai.AgentRated, Account: a, N1: 5},
		{ModelID: 1, Block: 11, LogIndex: 0, Kind: hokusai.AgentRated, Account: b, N1: 4},
		{ModelID: 1, Block: 12, LogIndex: 0, Kind: hokusai.AgentRated, Account: a, N1: 4, N2: 5}, // a changes 5 → 4
		{ModelID: 3, Block: 13, LogIndex: 0, Kind: hokusai.AgentUsage, N1: day, N2: 10, N3: 20_000, N4: 2},
	}); err != nil {
		t.Fatal(err)
	}
	r := &market.Refresher{Models: models, Registry: registry, Market: idx, Agents: agents, Now: func() time.Time { return now }}
	if err := r.RefreshAll(ctx); err != nil {
		t.Fatal(err)
	}
	// By the README's formula: model 1 has the best prior-weighted rating
	// (5×3+8)/(5+2) and nothing else: 10000/3 = 3333. Model 3 has every
	// call and user and the prior's 3 stars: (1 + 1 + 21/23) × 10000/3 = 9710.
	for id, want := range map[uint64][3]int64{1: {2, 400, 3333}, 2: {0, 0, 0}, 3: {0, 0, 9710}} {
		l, err := idx.FindListing(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if got := [3]int64{l.Stats.Ratings, l.Stats.RatingCenti, l.Stats.TrainingScoreBps}; got != want {
			t.Errorf("model %d: ratings, rating×100, score = %v; want %v", id, got, want)
		}
	}
	page, err := idx.SearchMarket(ctx, hokusai.MarketQuery{Sort: hokusai.SortTrainingScore, Descending: true, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Listings) != 3 || page.Listings[0].Model.ID != 3 || page.Listings[1].Model.ID != 1 {
		t.Fatalf("score order: %+v", page.Listings)
	}
}

// TestRefreshOpenProposals: the market's open-proposals figure counts each
// model's indexed proposals pending or active at the chain's clock, so
// has_open_proposals finds them; a proposal whose vote ended, or that was
// canceled, is not open.
func TestRefreshOpenProposals(t *testing.T) {
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	models, registry, idx, props := sqlite.NewModelService(db), sqlite.NewRegistryService(db), sqlite.NewMarketService(db), sqlite.NewProposalService(db)
	for i, tk := range []string{"AAA", "BBB"} {
		if err := models.UpsertModel(ctx, storetest.NewModel(uint64(i+1), tk)); err != nil {
			t.Fatal(err)
		}
	}
	created := func(model uint64, block, id, start, end uint64) hokusai.ProposalEvent {
		return hokusai.ProposalEvent{ModelID: model, Block: block, Kind: hokusai.ProposalCreated, ProposalID: new(big.Int).SetUint64(id),
			Governor: "0x00000000000000000000000000000000000000f1", Proposer: "0x00000000000000000000000000000000000000a1", VoteStart: start, VoteEnd: end}
	}
	if err := props.RecordProposalEvents(ctx, []hokusai.ProposalEvent{
		created(1, 10, 1, 100, 268), // active at 200
		created(1, 11, 2, 201, 369), // pending at 200
		created(1, 12, 3, 10, 178),  // ended
		created(2, 13, 4, 100, 268),
		{ModelID: 2, Block: 14, Kind: hokusai.ProposalCanceled, ProposalID: big.NewInt(4)},
	}); err != nil {
		t.Fatal(err)
	}
	r := &market.Refresher{Models: models, Registry: registry, Market: idx, Proposals: props,
		ProposalClock: func(context.Context) uint64 { return 200 }}
	if err := r.RefreshAll(ctx); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[uint64]int64{1: 2, 2: 0} {
		l, err := idx.FindListing(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if l.Stats.OpenProposals != want {
			t.Errorf("model %d: %d open proposals, want %d", id, l.Stats.OpenProposals, want)
		}
	}
	yes := true
	page, err := idx.SearchMarket(ctx, hokusai.MarketQuery{HasOpenProposals: &yes, Sort: hokusai.SortTrainingScore, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Listings) != 1 || page.Listings[0].Model.ID != 1 {
		t.Fatalf("has_open_proposals: %+v", page.Listings)
	}
}
