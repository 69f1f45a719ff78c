// Package storetest is the one test suite every store must pass, on
// SQLite and on PostgreSQL. Each backend's tests call every Test…
// function with a constructor over a fresh, empty database; suites that
// take an Opener also open several handles on one database, as replicas
// sharing it would, and race them.
package storetest

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// Opener opens a fresh, empty database for t and returns a function that
// opens a store on it; each call opens another handle with its own
// connections, as another replica sharing the database would.
type Opener[S any] func(t *testing.T) func() S

// NewModel returns a valid model with the given id and ticker and every
// field set, for tests of anything that stores or serves models. Its
// times have microsecond resolution, the finest every store keeps.
func NewModel(id uint64, ticker string) *hokusai.Model {
	baseline, _ := hokusai.ParseWad("baseline", "0.884")
	deltaOne, _ := hokusai.ParseWad("delta_one", "0.01")
	return &hokusai.Model{
		ID:          id,
		Name:        "Model " + ticker,
		Ticker:      ticker,
		Description: "A test model.",
		Category:    "Healthcare",
		Tags:        []string{"test", "tabular"},
		Metric:      hokusai.MetricAccuracy,
		Direction:   hokusai.Maximize,
		Baseline:    baseline,
		DeltaOne:    deltaOne,
		License:     hokusai.LicenseDecentralized,
		Supply:      hokusai.SupplyPresets["growth"],
		Owner:       "0x1111111111111111111111111111111111111111",
		Token:       fmt.Sprintf("0x%040x", 0x2000+id),
		Pool:        fmt.Sprintf("0x%040x", 0x3000+id),
		Vesting:     fmt.Sprintf("0x%040x", 0x4000+id),
		TxHash:      fmt.Sprintf("0x%064x", id),
		BlockNumber: 100 + id,
		CreatedAt:   time.Date(2026, 11, 22, 12, 0, int(id%60), 123456000, time.UTC),
	}
}

// EqualModels reports where a and b differ, or "" when they are equal
// (big integers by value, times by instant).
func EqualModels(a, b *hokusai.Model) string {
	var d []string
	cmp := func(name string, x, y any) {
		if fmt.Sprint(x) != fmt.Sprint(y) {
			d = append(d, fmt.Sprintf("%s: %v != %v", name, x, y))
		}
	}
	cmp("ID", a.ID, b.ID)
	cmp("Name", a.Name, b.Name)
	cmp("Ticker", a.Ticker, b.Ticker)
	cmp("Description", a.Description, b.Description)
	cmp("Category", a.Category, b.Category)
	cmp("Tags", a.Tags, b.Tags)
	cmp("Metric", a.Metric, b.Metric)
	cmp("Direction", a.Direction, b.Direction)
	cmp("Baseline", a.Baseline, b.Baseline)
	cmp("DeltaOne", a.DeltaOne, b.DeltaOne)
	cmp("License", a.License, b.License)
	cmp("Supply", a.Supply, b.Supply)
	cmp("Owner", a.Owner, b.Owner)
	cmp("Token", a.Token, b.Token)
	cmp("Pool", a.Pool, b.Pool)
	cmp("Vesting", a.Vesting, b.Vesting)
	cmp("TxHash", a.TxHash, b.TxHash)
	cmp("BlockNumber", a.BlockNumber, b.BlockNumber)
	if !a.CreatedAt.Equal(b.CreatedAt) {
		d = append(d, fmt.Sprintf("CreatedAt: %v != %v", a.CreatedAt, b.CreatedAt))
	}
	return strings.Join(d, "; ")
}

func code(err error) string { return hokusai.ErrorCode(err) }

// TestModelService runs the model store suite against stores from open,
// each fresh and empty.
func TestModelService(t *testing.T, open func(t *testing.T) hokusai.ModelService) {
	ctx := context.Background()

	t.Run("RoundTrip", func(t *testing.T) {
		s := open(t)
		m := NewModel(1, "IRIS")
		m.Baseline, _ = hokusai.ParseWad("baseline", "-123456.123456789012345678")
		m.Metric, m.Direction, m.License = hokusai.MetricCustom, hokusai.Minimize, hokusai.LicenseOpenSource
		if err := s.UpsertModel(ctx, m); err != nil {
			t.Fatal(err)
		}
		got, err := s.FindModelByID(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if d := EqualModels(m, got); d != "" {
			t.Fatal(d)
		}
	})

	t.Run("UpsertTwiceIsOneRow", func(t *testing.T) {
		s := open(t)
		m := NewModel(7, "VOTE")
		for range 2 {
			if err := s.UpsertModel(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		ms, total, err := s.FindModels(ctx, hokusai.ModelFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if total != 1 || len(ms) != 1 {
			t.Fatalf("got %d models (total %d), want 1", len(ms), total)
		}
		// A changed upsert replaces the row, ticker included.
		m2 := NewModel(7, "VOTES")
		m2.Name, m2.Baseline = "Renamed", big.NewInt(5)
		if err := s.UpsertModel(ctx, m2); err != nil {
			t.Fatal(err)
		}
		got, err := s.FindModelByTicker(ctx, "votes")
		if err != nil {
			t.Fatal(err)
		}
		if d := EqualModels(m2, got); d != "" {
			t.Fatal(d)
		}
		if _, err := s.FindModelByTicker(ctx, "VOTE"); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("old ticker: got %v, want NOT_FOUND", err)
		}
	})

	t.Run("TickerIsCaseInsensitive", func(t *testing.T) {
		s := open(t)
		if err := s.UpsertModel(ctx, NewModel(3, "pengu")); err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"PENGU", "pengu", "PeNgU", " pengu "} {
			m, err := s.FindModelByTicker(ctx, q)
			if err != nil {
				t.Fatalf("%q: %v", q, err)
			}
			if m.ID != 3 || m.Ticker != "PENGU" {
				t.Fatalf("%q: got id %d ticker %q, want 3 PENGU (stored upper-case)", q, m.ID, m.Ticker)
			}
		}
		// A different id may not take the same ticker in another case.
		err := s.UpsertModel(ctx, NewModel(4, "Pengu"))
		if code(err) != hokusai.ECONFLICT || hokusai.ErrorField(err) != "ticker" {
			t.Fatalf("taken ticker: got %v, want CONFLICT on ticker", err)
		}
		if _, total, _ := s.FindModels(ctx, hokusai.ModelFilter{}); total != 1 {
			t.Fatalf("a refused upsert stored something: total %d", total)
		}
	})

	t.Run("NotFound", func(t *testing.T) {
		s := open(t)
		if _, err := s.FindModelByID(ctx, 42); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("by id: got %v", err)
		}
		if _, err := s.FindModelByID(ctx, math.MaxUint64); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("by huge id: got %v", err)
		}
		if _, err := s.FindModelByTicker(ctx, "NONE"); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("by ticker: got %v", err)
		}
	})

	t.Run("Invalid", func(t *testing.T) {
		s := open(t)
		bad := map[string]*hokusai.Model{
			"id":     NewModel(0, "ZERO"),
			"ticker": NewModel(1, "TOOLONGX"),
		}
		bad["metric"] = NewModel(2, "MET")
		bad["metric"].Metric = 99
		bad["license"] = NewModel(3, "LIC")
		bad["license"].License = 9
		bad["block_number"] = NewModel(4, "BLK")
		bad["block_number"].BlockNumber = math.MaxUint64
		for field, m := range bad {
			err := s.UpsertModel(ctx, m)
			if code(err) != hokusai.EINVALID || hokusai.ErrorField(err) != field {
				t.Errorf("%s: got %v, want INVALID_INPUT naming %s", field, err, field)
			}
		}
		if _, total, _ := s.FindModels(ctx, hokusai.ModelFilter{}); total != 0 {
			t.Fatalf("invalid models were stored: total %d", total)
		}
	})

	t.Run("ListFilterAndPaginate", func(t *testing.T) {
		s := open(t)
		owners := []string{"0xAAaa000000000000000000000000000000000001", "0xbbbb000000000000000000000000000000000002"}
		// Insert out of order: the list is ordered by id regardless.
		for _, id := range []uint64{5, 1, 25, 3, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24} {
			m := NewModel(id, tickerFor(id))
			m.Owner = owners[id%2]
			if err := s.UpsertModel(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		ms, total, err := s.FindModels(ctx, hokusai.ModelFilter{Offset: 20, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if total != 25 || len(ms) != 5 || ms[0].ID != 21 || ms[4].ID != 25 {
			t.Fatalf("page 3: total %d, %d models from %v", total, len(ms), ids(ms))
		}
		ms, total, _ = s.FindModels(ctx, hokusai.ModelFilter{Limit: 3})
		if total != 25 || !slices.Equal(ids(ms), []uint64{1, 2, 3}) {
			t.Fatalf("page 1: total %d ids %v", total, ids(ms))
		}
		ms, total, _ = s.FindModels(ctx, hokusai.ModelFilter{Offset: 100, Limit: 3})
		if total != 25 || len(ms) != 0 {
			t.Fatalf("past the end: total %d ids %v", total, ids(ms))
		}
		o := strings.ToLower(owners[1])
		ms, total, _ = s.FindModels(ctx, hokusai.ModelFilter{Owner: &o, Limit: 5})
		if total != 13 || len(ms) != 5 || ms[0].ID != 1 || ms[1].ID != 3 {
			t.Fatalf("owner filter (other case): total %d ids %v", total, ids(ms))
		}
		tk := strings.ToLower(tickerFor(13))
		ms, total, _ = s.FindModels(ctx, hokusai.ModelFilter{Ticker: &tk})
		if total != 1 || len(ms) != 1 || ms[0].ID != 13 {
			t.Fatalf("ticker filter: total %d ids %v", total, ids(ms))
		}
		ms, total, _ = s.FindModels(ctx, hokusai.ModelFilter{Ticker: &tk, Owner: &owners[0]})
		if total != 0 || len(ms) != 0 {
			t.Fatalf("ticker and wrong owner: total %d ids %v", total, ids(ms))
		}
	})

	// Category, tag, licence and metric filters, alone and together, pick
	// exactly the models a plain loop over the same models picks; category
	// and tag match whatever their case. Each run has its own owner, so
	// runs sharing the store cannot see each other's models.
	t.Run("Owner", func(t *testing.T) { testModelOwner(t, open) })
	t.Run("PropertyOwnerMatchesMap", func(t *testing.T) { testModelOwnerProperty(t, open) })

	t.Run("PropertyListFiltersMatchLoop", func(t *testing.T) {
		s := open(t)
		run := 0
		categories := []string{"Finance", "Healthcare", "Retail"}
		tagSet := []string{"fraud", "credit", "vision", "nlp"}
		recase := func(rt *rapid.T, v, label string) string {
			switch rapid.IntRange(0, 2).Draw(rt, label) {
			case 1:
				return strings.ToLower(v)
			case 2:
				return strings.ToUpper(v)
			}
			return v
		}
		rapid.Check(t, func(rt *rapid.T) {
			run++
			owner := fmt.Sprintf("0x%040x", 0xA000+run)
			var models []*hokusai.Model
			for i := range rapid.IntRange(1, 12).Draw(rt, "n") {
				id := uint64(run)*100 + uint64(i) + 1
				m := NewModel(id, fmt.Sprintf("F%s%s", string(rune('A'+run/26%26)), string(rune('A'+run%26)))+string(rune('A'+i)))
				m.Owner = owner
				m.Category = rapid.SampledFrom(categories).Draw(rt, "category")
				m.Tags = rapid.SliceOfNDistinct(rapid.SampledFrom(tagSet), 0, 3, rapid.ID[string]).Draw(rt, "tags")
				m.License = hokusai.License(rapid.IntRange(0, 2).Draw(rt, "license"))
				m.Metric = rapid.SampledFrom([]hokusai.Metric{hokusai.MetricAccuracy, hokusai.MetricF1, hokusai.MetricRMSE}).Draw(rt, "metric")
				if err := s.UpsertModel(ctx, m); err != nil {
					rt.Fatal(err)
				}
				models = append(models, m)
			}
			f := hokusai.ModelFilter{Owner: &owner}
			if rapid.Bool().Draw(rt, "byCategory") {
				c := recase(rt, rapid.SampledFrom(categories).Draw(rt, "fcategory"), "ccase")
				f.Category = &c
			}
			if rapid.Bool().Draw(rt, "byTag") {
				tg := recase(rt, rapid.SampledFrom(tagSet).Draw(rt, "ftag"), "tcase")
				f.Tag = &tg
			}
			if rapid.Bool().Draw(rt, "byLicense") {
				l := hokusai.License(rapid.IntRange(0, 2).Draw(rt, "flicense"))
				f.License = &l
			}
			if rapid.Bool().Draw(rt, "byMetric") {
				m := rapid.SampledFrom([]hokusai.Metric{hokusai.MetricAccuracy, hokusai.MetricF1, hokusai.MetricRMSE}).Draw(rt, "fmetric")
				f.Metric = &m
			}
			var want []uint64
			for _, m := range models {
				if f.Category != nil && !strings.EqualFold(m.Category, *f.Category) ||
					f.Tag != nil && !slices.ContainsFunc(m.Tags, func(t string) bool { return strings.EqualFold(t, *f.Tag) }) ||
					f.License != nil && m.License != *f.License ||
					f.Metric != nil && m.Metric != *f.Metric {
					continue
				}
				want = append(want, m.ID)
			}
			got, total, err := s.FindModels(ctx, f)
			if err != nil {
				rt.Fatal(err)
			}
			if total != len(want) || !slices.Equal(ids(got), want) {
				rt.Fatalf("filter %+v: got %v (total %d), want %v", f, ids(got), total, want)
			}
		})
	})

	// Random sequences of upserts agree with a map keyed by id in which a
	// ticker belongs to at most one id. One store serves every run (a fresh
	// database per run is slow on a server); each run has its own ids,
	// tickers and owner, so runs cannot see each other's models.
	t.Run("PropertyMatchesMapModel", func(t *testing.T) {
		s := open(t)
		run := 0
		rapid.Check(t, func(rt *rapid.T) {
			run++
			suffix := string([]byte{byte('A' + run/676%26), byte('A' + run/26%26), byte('A' + run%26)})
			owner := fmt.Sprintf("0x%040x", 0x9000+run)
			want := map[uint64]*hokusai.Model{}
			tickers := []string{"AA", "BB", "CC", "DD", "EE"}
			n := rapid.IntRange(1, 30).Draw(rt, "n")
			for i := range n {
				id := uint64(run)*100 + rapid.Uint64Range(1, 8).Draw(rt, "id")
				tk := rapid.SampledFrom(tickers).Draw(rt, "ticker") + suffix
				if rapid.Bool().Draw(rt, "lower") {
					tk = strings.ToLower(tk)
				}
				m := NewModel(id, tk)
				m.Owner = owner
				m.Baseline = big.NewInt(rapid.Int64().Draw(rt, "baseline"))
				m.Name = fmt.Sprintf("step %d", i)
				taken := false
				for oid, om := range want {
					if oid != id && om.Ticker == strings.ToUpper(tk) {
						taken = true
					}
				}
				err := s.UpsertModel(ctx, m)
				if taken {
					if code(err) != hokusai.ECONFLICT {
						rt.Fatalf("step %d: ticker %s taken, got %v", i, tk, err)
					}
					continue
				}
				if err != nil {
					rt.Fatalf("step %d: %v", i, err)
				}
				m.Ticker = strings.ToUpper(tk)
				want[id] = m
			}
			got, total, err := s.FindModels(ctx, hokusai.ModelFilter{Owner: &owner})
			if err != nil {
				rt.Fatal(err)
			}
			if total != len(want) || len(got) != len(want) {
				rt.Fatalf("got %d models (total %d), want %d", len(got), total, len(want))
			}
			for _, g := range got {
				if d := EqualModels(want[g.ID], g); d != "" {
					rt.Fatalf("model %d: %s", g.ID, d)
				}
			}
		})
	})
}

func tickerFor(id uint64) string {
	return "T" + strings.Repeat(string(rune('A'+id%26)), 2) + string(rune('A'+id/26))
}

func ids(ms []*hokusai.Model) []uint64 {
	out := make([]uint64, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

// TestNonceService checks that a nonce is spent once per signer, that
// another signer may use the same nonce, that sweeping frees expired
// nonces only, and that of replicas racing to spend one nonce exactly one
// succeeds.
func TestNonceService(t *testing.T, open Opener[hokusai.NonceService]) {
	ctx := context.Background()
	t0 := time.Unix(1_800_000_000, 0)
	a, b := "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222"
	n1, n2 := fmt.Sprintf("0x%064x", 1), fmt.Sprintf("0x%064x", 2)

	t.Run("SpendSweep", func(t *testing.T) {
		s := open(t)()
		if err := s.UseNonce(ctx, a, n1, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if err := s.UseNonce(ctx, a, n1, t0.Add(time.Minute)); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
			t.Fatalf("replayed nonce: got %v, want %s", err, hokusai.ECONFLICT)
		}
		if err := s.UseNonce(ctx, b, n1, t0.Add(time.Minute)); err != nil {
			t.Fatalf("same nonce, other signer: %v", err)
		}
		if err := s.UseNonce(ctx, a, n2, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := s.SweepNonces(ctx, t0.Add(2*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if err := s.UseNonce(ctx, a, n1, t0.Add(3*time.Minute)); err != nil {
			t.Fatalf("expired nonce after sweep: %v", err)
		}
		if err := s.UseNonce(ctx, a, n2, t0.Add(time.Hour)); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
			t.Fatalf("unexpired nonce after sweep: got %v, want %s", err, hokusai.ECONFLICT)
		}
	})

	t.Run("ReplicasRace", func(t *testing.T) {
		handles := open(t)
		replicas := []hokusai.NonceService{handles(), handles()}
		for round := range 5 {
			nonce := fmt.Sprintf("0x%064x", 100+round)
			wins, conflicts := race(t, 16, func(i int) error {
				return replicas[i%2].UseNonce(ctx, a, nonce, t0.Add(time.Hour))
			})
			if wins != 1 || conflicts != 15 {
				t.Fatalf("round %d: %d replays accepted and %d refused of 16; want 1 and 15", round, wins, conflicts)
			}
		}
	})
}

// race runs f(0…n-1) at once and counts the calls that succeeded and the
// ones that failed with ECONFLICT; any other error fails t.
func race(t *testing.T, n int, f func(i int) error) (wins, conflicts int) {
	t.Helper()
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = f(i)
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		switch hokusai.ErrorCode(err) {
		case "":
			wins++
		case hokusai.ECONFLICT:
			conflicts++
		default:
			t.Fatalf("call %d: %v", i, err)
		}
	}
	return wins, conflicts
}

// TestInstanceService checks that values are recorded by name, replaced,
// and seen by another handle on the same database.
func TestInstanceService(t *testing.T, open Opener[hokusai.InstanceService]) {
	ctx := context.Background()
	handles := open(t)
	s, other := handles(), handles()
	if v, ok, err := s.Get(ctx, "protocol"); err != nil || ok || v != "" {
		t.Fatalf("unset: %q, %v, %v", v, ok, err)
	}
	for _, v := range []string{"chain 1337 genesis 0xab", "chain 1337 genesis 0xcd"} {
		if err := s.Set(ctx, "protocol", v); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := other.Get(ctx, "protocol"); err != nil || !ok || got != v {
			t.Fatalf("other handle reads %q, %v, %v; want %q", got, ok, err, v)
		}
	}
	if err := s.Set(ctx, "rebuild", "needed"); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.Get(ctx, "protocol"); got != "chain 1337 genesis 0xcd" {
		t.Fatalf("setting another name changed this one: %q", got)
	}
}
