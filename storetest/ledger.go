package storetest

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// LedgerOpener opens another handle on one database, reading the time
// from now: each handle is what one replica holds. The handle is closed
// when the test ends.
type LedgerOpener func(t testing.TB, now func() time.Time) hokusai.LedgerStore

// Clock is a settable clock for the stores under test.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// Now returns the clock's time (the real time until Set).
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.t.IsZero() {
		return time.Now()
	}
	return c.t
}

// Set fixes the clock at t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// LedgerAddr is the i-th test consumer, a checksummed address.
func LedgerAddr(i int) string {
	return common.HexToAddress(fmt.Sprintf("0x%040x", uint64(i)*1_000_003+17)).Hex()
}

// ledgerEnv is one fresh database with its first handle.
type ledgerEnv struct {
	t     *testing.T
	open  LedgerOpener
	clock *Clock
	s     hokusai.LedgerStore
	block atomic.Uint64
	ctx   context.Context
}

func newLedgerEnv(t *testing.T, newDB func(t testing.TB) LedgerOpener) *ledgerEnv {
	e := &ledgerEnv{t: t, open: newDB(t), clock: &Clock{}, ctx: context.Background()}
	e.s = e.open(t, e.clock.Now)
	return e
}

// deposit applies a vault deposit for who.
func (e *ledgerEnv) deposit(s hokusai.LedgerStore, who string, amount int64) {
	e.t.Helper()
	e.vault(s, hokusai.VaultEvent{Kind: hokusai.VaultDeposit, Account: who, Amount: amount})
}

// vault applies one vault event in a new block.
func (e *ledgerEnv) vault(s hokusai.LedgerStore, ev hokusai.VaultEvent) {
	e.t.Helper()
	b := e.block.Add(1)
	ev.Block, ev.TxHash = b, fmt.Sprintf("0x%064x", b)
	if err := s.ApplyVaultEvents(e.ctx, "test", b, fmt.Sprintf("0x%064x", b+1<<32), []hokusai.VaultEvent{ev}); err != nil {
		e.t.Fatal(err)
	}
}

// seqID is a batch id function that numbers batches by their row id.
func seqID(seq int64, _ []hokusai.UsageEntry, _ []int64) string { return fmt.Sprintf("0x%064x", seq) }

func charge(who string, model uint64, amount int64) hokusai.Charge {
	return hokusai.Charge{Consumer: who, ModelID: model, KeyID: "k", Calls: 1, Amount: amount}
}

// TestLedgerStore runs the suite every hokusai.LedgerStore must pass.
// newDB creates a fresh, empty database and returns how to open handles
// on it.
func TestLedgerStore(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	t.Run("ConcurrentChargesNeverOverdraw", func(t *testing.T) { testLedgerConcurrentCharges(t, newDB) })
	t.Run("ChargeProperty", func(t *testing.T) { testLedgerChargeProperty(t, newDB) })
	t.Run("Model", func(t *testing.T) { TestLedgerModel(t, newDB) })
	t.Run("Idempotency", func(t *testing.T) { testLedgerIdempotency(t, newDB) })
	t.Run("IdempotencyWindow", func(t *testing.T) { testLedgerIdempotencyWindow(t, newDB) })
	t.Run("Refusals", func(t *testing.T) { testLedgerRefusals(t, newDB) })
	t.Run("UsageFilter", func(t *testing.T) { testLedgerUsageFilter(t, newDB) })
	t.Run("Batches", func(t *testing.T) { testLedgerBatches(t, newDB) })
	t.Run("JournalFromTwoHandles", func(t *testing.T) { testLedgerJournalTwoHandles(t, newDB) })
	t.Run("Vault", func(t *testing.T) { testLedgerVault(t, newDB) })
	t.Run("BindStatsAttempts", func(t *testing.T) { testLedgerBindStatsAttempts(t, newDB) })
	t.Run("ImportAndAudit", func(t *testing.T) { testLedgerImportAudit(t, newDB) })
	t.Run("SurvivesReopen", func(t *testing.T) { testLedgerReopen(t, newDB) })
}

// 200 concurrent charges from two handles (two replicas) spend one
// consumer's last credits: exactly ⌊balance/price⌋ succeed, the rest get
// ECREDITS and record nothing, and the balance never goes negative.
func testLedgerConcurrentCharges(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	other := e.open(t, e.clock.Now)
	who := LedgerAddr(1)
	const balance, price = 1_000_003, 7_001
	e.deposit(e.s, who, balance)
	var ok, refused atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		s := e.s
		if i%2 == 1 {
			s = other
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.Charge(e.ctx, charge(who, 1, price))
			switch {
			case err == nil:
				ok.Add(1)
				if res.Spendable < 0 {
					t.Errorf("spendable went negative: %d", res.Spendable)
				}
			case hokusai.ErrorCode(err) == hokusai.ECREDITS:
				refused.Add(1)
			default:
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if ok.Load() != balance/price || refused.Load() != 200-balance/price {
		t.Fatalf("%d charged, %d refused; want %d and %d", ok.Load(), refused.Load(), balance/price, 200-balance/price)
	}
	for _, s := range []hokusai.LedgerStore{e.s, other} {
		c, err := s.Credits(e.ctx, who)
		if err != nil {
			t.Fatal(err)
		}
		if c.Spendable != balance-balance/price*price || c.Unsettled != balance/price*price || c.Spendable < 0 {
			t.Fatalf("credits %+v", c)
		}
	}
	st, err := e.s.Usage(e.ctx, hokusai.UsageFilter{Consumer: who})
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || st[0].Calls != uint64(balance/price) || st[0].Amount != balance/price*price {
		t.Fatalf("usage %+v", st)
	}
}

// Property: under random concurrent charges after a deposit and a
// withdrawal request, spendable is never negative and is exactly what the
// accepted charges leave.
func testLedgerChargeProperty(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	round := 0
	rapid.Check(t, func(rt *rapid.T) {
		round++
		who := LedgerAddr(1000 + round)
		dep := rapid.Int64Range(0, 100_000).Draw(rt, "deposit")
		if dep > 0 {
			e.deposit(e.s, who, dep)
		}
		pend := rapid.Int64Range(0, dep).Draw(rt, "pending")
		if pend > 0 {
			e.vault(e.s, hokusai.VaultEvent{Kind: hokusai.VaultRequest, Account: who, Amount: pend})
		}
		prices := rapid.SliceOfN(rapid.Int64Range(0, 5_000), 1, 40).Draw(rt, "prices")
		var charged, paidCalls atomic.Int64
		var wg sync.WaitGroup
		for _, p := range prices {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := e.s.Charge(e.ctx, charge(who, 3, p))
				switch {
				case err == nil:
					charged.Add(p)
					paidCalls.Add(1)
					if r.Spendable < 0 {
						rt.Errorf("spendable %d after a charge", r.Spendable)
					}
				case hokusai.ErrorCode(err) != hokusai.ECREDITS:
					rt.Error(err)
				}
			}()
		}
		wg.Wait()
		c, err := e.s.Credits(e.ctx, who)
		if err != nil {
			rt.Fatal(err)
		}
		if c.Spendable < 0 || c.Unsettled != charged.Load() || c.Spendable != dep-pend-charged.Load() {
			rt.Fatalf("credits %+v after charging %d of deposit %d, pending %d", c, charged.Load(), dep, pend)
		}
		use, err := e.s.Usage(e.ctx, hokusai.UsageFilter{Consumer: who})
		if err != nil {
			rt.Fatal(err)
		}
		var calls, amount int64
		for _, u := range use {
			calls, amount = calls+int64(u.Calls), amount+u.Amount
		}
		if calls != paidCalls.Load() || amount != charged.Load() {
			rt.Fatalf("usage %+v; want %d calls for %d", use, paidCalls.Load(), charged.Load())
		}
	})
}

// Model-based: random charges (paid and free), journals cut short by
// maxEntries, abandons (some writing a consumer off), settlements,
// unsettlements and deposits against a model of what each consumer
// spent. Every paid call ends up in exactly one live batch, each batch's
// total is the sum of its usage, and credits, usage statistics and the
// totals agree with the model. One database serves every round (a fresh
// one per round costs a second on PostgreSQL), so the model carries over;
// each round brings new consumers. TestLedgerStore runs it; a backend
// runs it again under other settings.
func TestLedgerModel(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	ctx := e.ctx
	type cm struct {
		c string
		m uint64
	}
	var (
		deposits, unsettled, settled = map[string]int64{}, map[string]int64{}, map[string]int64{}
		writtenOff                   = map[int64]int64{} // batch → usage written off in it
		perCM                        = map[cm][2]int64{}
		batchUsage                   = map[int64]map[string]int64{} // batch → consumer → amount
		seen                         = map[int64]bool{}
		pending, done                []int64
		all                          []string
		round                        int
	)
	rapid.Check(t, func(rt *rapid.T) {
		round++
		consumers := []string{LedgerAddr(round*10 + 1), LedgerAddr(round*10 + 2), LedgerAddr(round*10 + 3)}
		all = append(all, consumers...)
		for i, c := range consumers {
			deposits[c] = 1 << 40
			if i == 0 {
				deposits[c] = 5_000 // runs out: acceptance must follow the exact balance
			}
			e.deposit(e.s, c, deposits[c])
		}
		journal := func(most int) *hokusai.UsageBatch {
			b, err := e.s.JournalBatch(ctx, most, seqID)
			if err != nil {
				rt.Fatal(err)
			}
			if b == nil {
				return nil
			}
			if len(b.Entries) == 0 || len(b.Entries) > most || b.Status != hokusai.BatchPending || seen[b.ID] {
				rt.Fatalf("journaled %+v (max %d)", b, most)
			}
			seen[b.ID] = true
			pending = append(pending, b.ID)
			bu := map[string]int64{}
			var sum int64
			for _, en := range b.Entries {
				bu[en.Consumer] += int64(en.Amount)
				sum += int64(en.Amount)
			}
			if sum != b.Total {
				rt.Fatalf("batch %d total %d, entries sum to %d", b.ID, b.Total, sum)
			}
			batchUsage[b.ID] = bu
			return b
		}
		steps := rapid.IntRange(1, 50).Draw(rt, "steps")
		for i := 0; i < steps; i++ {
			switch op := rapid.IntRange(0, 12).Draw(rt, "op"); {
			case op <= 5:
				c := rapid.SampledFrom(consumers).Draw(rt, "consumer")
				amount := rapid.SampledFrom([]int64{0, 1, 7, 1000, 2000}).Draw(rt, "amount")
				model := rapid.Uint64Range(1, 3).Draw(rt, "model")
				spendable := deposits[c] - unsettled[c] - settled[c]
				_, err := e.s.Charge(ctx, charge(c, model, amount))
				if amount > spendable {
					if hokusai.ErrorCode(err) != hokusai.ECREDITS {
						rt.Fatalf("%s with %d spendable charged %d: want ECREDITS, got %v", c, spendable, amount, err)
					}
					continue
				}
				if err != nil {
					rt.Fatal(err)
				}
				unsettled[c] += amount
				v := perCM[cm{c, model}]
				perCM[cm{c, model}] = [2]int64{v[0] + 1, v[1] + amount}
			case op <= 7:
				journal(rapid.IntRange(1, 4).Draw(rt, "maxEntries"))
			case op == 8 && len(pending) > 0:
				j := rapid.IntRange(0, len(pending)-1).Draw(rt, "abandon")
				id := pending[j]
				var drop []string
				if rapid.Bool().Draw(rt, "writeOff") {
					for c := range batchUsage[id] {
						drop = append(drop, c)
						break
					}
				}
				if err := e.s.AbandonBatch(ctx, id, "test", drop); err != nil {
					rt.Fatal(err)
				}
				for _, c := range drop {
					unsettled[c] -= batchUsage[id][c]
					writtenOff[id] += batchUsage[id][c]
				}
				pending = append(pending[:j], pending[j+1:]...)
			case op == 9 && len(pending) > 0:
				j := rapid.IntRange(0, len(pending)-1).Draw(rt, "settle")
				id := pending[j]
				if err := e.s.MarkBatchSettled(ctx, id, hokusai.BatchSettlement{Block: uint64(10 + i)}); err != nil {
					rt.Fatal(err)
				}
				for c, a := range batchUsage[id] {
					unsettled[c] -= a
					settled[c] += a
				}
				pending = append(pending[:j], pending[j+1:]...)
				done = append(done, id)
			case op == 10 && len(done) > 0:
				j := rapid.IntRange(0, len(done)-1).Draw(rt, "unsettle")
				id := done[j]
				if err := e.s.UnsettleBatch(ctx, id); err != nil {
					rt.Fatal(err)
				}
				for c, a := range batchUsage[id] {
					unsettled[c] += a
					settled[c] -= a
				}
				done = append(done[:j], done[j+1:]...)
				pending = append(pending, id)
			case op == 11:
				c := rapid.SampledFrom(consumers).Draw(rt, "depositor")
				a := rapid.Int64Range(1, 3000).Draw(rt, "deposit")
				e.deposit(e.s, c, a)
				deposits[c] += a
			}
		}
		// Credits and the totals follow the model.
		var wantUnsettled int64
		for _, c := range all {
			cr, err := e.s.Credits(ctx, c)
			if err != nil {
				rt.Fatal(err)
			}
			want := deposits[c] - unsettled[c] - settled[c]
			if cr.Spendable != want || cr.Unsettled != unsettled[c] || cr.Settled != settled[c] || cr.Deposited != deposits[c] {
				rt.Fatalf("%s: credits %+v; want spendable %d, unsettled %d, settled %d", c, cr, want, unsettled[c], settled[c])
			}
			wantUnsettled += unsettled[c]
		}
		st, err := e.s.LedgerStats(ctx)
		if err != nil {
			rt.Fatal(err)
		}
		if st.Unsettled != wantUnsettled || st.OldestUnsettled.IsZero() != (wantUnsettled == 0) {
			rt.Fatalf("stats %+v; want unsettled %d", st, wantUnsettled)
		}
		if int(st.PendingBatches) != len(pending) || int(st.SettledBatches) != len(done) {
			rt.Fatalf("stats %+v; want %d pending and %d settled batches", st, len(pending), len(done))
		}
		// Usage statistics count every call, by consumer and model.
		for _, c := range consumers {
			for m := uint64(1); m <= 3; m++ {
				use, err := e.s.Usage(ctx, hokusai.UsageFilter{Consumer: c, ModelID: &m})
				if err != nil {
					rt.Fatal(err)
				}
				var got [2]int64
				for _, u := range use {
					got[0] += int64(u.Calls)
					got[1] += u.Amount
				}
				if got != perCM[cm{c, m}] {
					rt.Fatalf("usage of %s on model %d: %v calls and amount, want %v", c, m, got, perCM[cm{c, m}])
				}
			}
		}
		// Draining: every paid, not written-off call is in exactly one live batch.
		for journal(4) != nil {
		}
		batches, err := e.s.Batches(ctx, "")
		if err != nil {
			rt.Fatal(err)
		}
		var live int64
		for _, b := range batches {
			var rows int64
			for _, en := range b.Entries {
				rows += int64(en.Amount)
			}
			if b.Status == hokusai.BatchAbandoned {
				if rows != writtenOff[b.ID] {
					rt.Fatalf("abandoned batch %d holds %d of usage, %d written off", b.ID, rows, writtenOff[b.ID])
				}
				continue
			}
			if rows != b.Total {
				rt.Fatalf("batch %d: total %d, its usage rows sum to %d", b.ID, b.Total, rows)
			}
			live += b.Total
		}
		var paid int64
		for _, c := range all {
			paid += unsettled[c] + settled[c]
		}
		if live != paid {
			rt.Fatalf("live batches hold %d, consumers owe or paid %d", live, paid)
		}
	})
}

// Twenty concurrent retries of one idempotent charge, from two handles,
// charge once; the others replay the first answer. Another request under
// the key is ECONFLICT.
func testLedgerIdempotency(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	other := e.open(t, e.clock.Now)
	who := LedgerAddr(2)
	e.deposit(e.s, who, 10_000)
	c := hokusai.Charge{Consumer: who, ModelID: 1, Calls: 1, Amount: 2_000, IdempotencyKey: "abc", RequestHash: "h1", Response: []byte(`{"y":1}`)}
	var wg sync.WaitGroup
	results := make([]*hokusai.ChargeResult, 20)
	for i := range results {
		s := e.s
		if i%2 == 1 {
			s = other
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := s.Charge(e.ctx, c)
			if err != nil {
				t.Error(err)
			}
			results[i] = r
		}()
	}
	wg.Wait()
	replays := 0
	for _, r := range results {
		if r == nil {
			t.FailNow()
		}
		if r.Replayed {
			replays++
			if string(r.Response) != `{"y":1}` || r.Spendable != 8_000 {
				t.Fatalf("replay %+v", r)
			}
		}
		if r.UsageID != results[0].UsageID {
			t.Fatalf("usage ids differ: %d and %d", r.UsageID, results[0].UsageID)
		}
	}
	if replays != 19 {
		t.Fatalf("%d replays, want 19", replays)
	}
	if cr, _ := e.s.Credits(e.ctx, who); cr.Unsettled != 2_000 {
		t.Fatalf("charged %d, want once", cr.Unsettled)
	}
	c.RequestHash = "h2"
	if _, err := e.s.Charge(e.ctx, c); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("another request with the same key: %v", err)
	}
	// The same key for another consumer is another key.
	e.deposit(e.s, LedgerAddr(3), 10_000)
	c.Consumer = LedgerAddr(3)
	if r, err := e.s.Charge(e.ctx, c); err != nil || r.Replayed {
		t.Fatalf("the key of another consumer: %+v %v", r, err)
	}
	// A refused charge does not take the key.
	c.Consumer, c.IdempotencyKey, c.Amount = LedgerAddr(4), "poor", 1
	if _, err := e.s.Charge(e.ctx, c); hokusai.ErrorCode(err) != hokusai.ECREDITS {
		t.Fatalf("no credit: %v", err)
	}
	e.deposit(e.s, LedgerAddr(4), 1)
	if r, err := e.s.Charge(e.ctx, c); err != nil || r.Replayed {
		t.Fatalf("after the deposit the key is still free: %+v %v", r, err)
	}
}

// An idempotency key answers retries for 24 hours; after that it is free
// again and a new request under it is a new charge.
func testLedgerIdempotencyWindow(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	who := LedgerAddr(3)
	e.deposit(e.s, who, 10_000)
	t0 := time.Now()
	c := hokusai.Charge{Consumer: who, ModelID: 1, Calls: 1, Amount: 1_000, IdempotencyKey: "k", RequestHash: "h1"}
	e.clock.Set(t0)
	first, err := e.s.Charge(e.ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	e.clock.Set(t0.Add(23 * time.Hour))
	if r, err := e.s.Charge(e.ctx, c); err != nil || !r.Replayed || r.UsageID != first.UsageID {
		t.Fatalf("a retry within the window: %+v, %v", r, err)
	}
	e.clock.Set(t0.Add(25 * time.Hour))
	c.RequestHash = "h2"
	r, err := e.s.Charge(e.ctx, c)
	if err != nil || r.Replayed || r.UsageID == first.UsageID {
		t.Fatalf("after the window the key is free: %+v, %v", r, err)
	}
	if r2, err := e.s.Charge(e.ctx, c); err != nil || !r2.Replayed || r2.UsageID != r.UsageID {
		t.Fatalf("the new charge holds the key: %+v, %v", r2, err)
	}
	if cr, _ := e.s.Credits(e.ctx, who); cr.Unsettled != 2_000 {
		t.Fatalf("charged %d, want two calls", cr.Unsettled)
	}
}

// With no credit a paid call is ECREDITS and records nothing; a free call
// needs no credit, counts in the statistics and is never batched.
func testLedgerRefusals(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	who := LedgerAddr(3)
	if _, err := e.s.Charge(e.ctx, charge(who, 1, 1)); hokusai.ErrorCode(err) != hokusai.ECREDITS {
		t.Fatalf("no deposit: %v", err)
	}
	r, err := e.s.Charge(e.ctx, hokusai.Charge{Consumer: who, ModelID: 1, Calls: 3})
	if err != nil || r.Spendable != 0 || r.UsageID == 0 {
		t.Fatalf("free call: %+v %v", r, err)
	}
	st, _ := e.s.Usage(e.ctx, hokusai.UsageFilter{Consumer: who})
	if len(st) != 1 || st[0].Calls != 3 || st[0].Amount != 0 {
		t.Fatalf("usage %+v", st)
	}
	b, err := e.s.JournalBatch(e.ctx, 10, seqID)
	if err != nil || b != nil {
		t.Fatalf("a free call was journaled for settlement: %+v %v", b, err)
	}
	e.deposit(e.s, who, 500)
	e.vault(e.s, hokusai.VaultEvent{Kind: hokusai.VaultRequest, Account: who, Amount: 200})
	if _, err := e.s.Charge(e.ctx, charge(who, 1, 301)); hokusai.ErrorCode(err) != hokusai.ECREDITS {
		t.Fatalf("a pending withdrawal is not spendable: %v", err)
	}
	if r, err := e.s.Charge(e.ctx, charge(who, 1, 300)); err != nil || r.Spendable != 0 {
		t.Fatalf("the last credit: %+v %v", r, err)
	}
	if cr, _ := e.s.Credits(e.ctx, LedgerAddr(99)); cr.Spendable != 0 || cr.Deposited != 0 || cr.Consumer != LedgerAddr(99) {
		t.Fatalf("an unknown consumer: %+v", cr)
	}
}

func testLedgerUsageFilter(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	who, other := LedgerAddr(4), LedgerAddr(5)
	e.deposit(e.s, who, 1_000_000)
	e.deposit(e.s, other, 1_000_000)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 10; i++ {
		e.clock.Set(base.Add(time.Duration(i)*time.Hour + time.Minute))
		for _, c := range []string{who, other} {
			if _, err := e.s.Charge(e.ctx, hokusai.Charge{Consumer: c, ModelID: uint64(1 + i%2), Calls: 2, Amount: 100}); err != nil {
				t.Fatal(err)
			}
		}
	}
	m2 := uint64(2)
	for _, tc := range []struct {
		f    hokusai.UsageFilter
		want string
	}{
		{hokusai.UsageFilter{}, "[{1 20 1000} {2 20 1000}]"},
		{hokusai.UsageFilter{Consumer: who}, "[{1 10 500} {2 10 500}]"},
		{hokusai.UsageFilter{Consumer: who, ModelID: &m2}, "[{2 10 500}]"},
		{hokusai.UsageFilter{Consumer: who, From: base.Add(2 * time.Hour), To: base.Add(5 * time.Hour)}, "[{1 4 200} {2 2 100}]"},
		// Widened to whole hours: 02:30–04:10 is 02:00–05:00.
		{hokusai.UsageFilter{Consumer: who, From: base.Add(150 * time.Minute), To: base.Add(250 * time.Minute)}, "[{1 4 200} {2 2 100}]"},
		{hokusai.UsageFilter{To: base}, "[]"},
	} {
		got, err := e.s.Usage(e.ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if s := fmt.Sprint(got); s != tc.want {
			t.Errorf("%+v: got %s, want %s", tc.f, s, tc.want)
		}
	}
	if _, err := e.s.Usage(e.ctx, hokusai.UsageFilter{From: base, To: base}); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("empty range: %v", err)
	}
}

// Journal, settle, unsettle and abandon (with a write-off) move the usage
// between the totals, in one step each.
func testLedgerBatches(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	ctx := e.ctx
	a, b := LedgerAddr(6), LedgerAddr(7)
	e.deposit(e.s, a, 10_000)
	e.deposit(e.s, b, 10_000)
	for _, c := range []hokusai.Charge{charge(a, 1, 100), charge(b, 1, 200), charge(a, 2, 300), charge(a, 1, 400)} {
		if _, err := e.s.Charge(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	var gotSeq int64
	var gotLast []int64
	b1, err := e.s.JournalBatch(ctx, 2, func(seq int64, en []hokusai.UsageEntry, last []int64) string {
		gotSeq, gotLast = seq, last
		return seqID(seq, en, last)
	})
	if err != nil || b1 == nil {
		t.Fatal(b1, err)
	}
	// The two groups with the oldest rows, (a, 1) whole and (b, 1).
	if b1.ID != 1 || gotSeq != 1 || len(b1.Entries) != 2 || b1.Total != 700 || b1.Calls != 3 || len(gotLast) != 2 || gotLast[0] <= gotLast[1] {
		t.Fatalf("first batch %+v, seq %d, last %v", b1, gotSeq, gotLast)
	}
	if b1.Entries[0] != (hokusai.UsageEntry{Consumer: a, ModelID: 1, Amount: 500, Calls: 2}) || b1.Entries[1] != (hokusai.UsageEntry{Consumer: b, ModelID: 1, Amount: 200, Calls: 1}) {
		t.Fatalf("entries %+v", b1.Entries)
	}
	b2, err := e.s.JournalBatch(ctx, 2, seqID)
	if err != nil || b2 == nil || b2.ID != 2 || b2.Total != 300 {
		t.Fatalf("second batch %+v %v", b2, err)
	}
	if b3, err := e.s.JournalBatch(ctx, 2, seqID); err != nil || b3 != nil {
		t.Fatalf("nothing left: %+v %v", b3, err)
	}
	credits := func(who string) *hokusai.Credits {
		t.Helper()
		cr, err := e.s.Credits(ctx, who)
		if err != nil {
			t.Fatal(err)
		}
		return cr
	}
	if err := e.s.MarkBatchSettled(ctx, b1.ID, hokusai.BatchSettlement{TxHash: "0xabc", Block: 42, GasUsed: 7}); err != nil {
		t.Fatal(err)
	}
	if err := e.s.MarkBatchSettled(ctx, b1.ID, hokusai.BatchSettlement{Block: 99}); err != nil {
		t.Fatal(err)
	}
	if cr := credits(a); cr.Settled != 500 || cr.Unsettled != 300 || cr.Spendable != 9_200 {
		t.Fatalf("a after settling: %+v", cr)
	}
	settled, err := e.s.Batches(ctx, hokusai.BatchSettled)
	if err != nil || len(settled) != 1 || settled[0].TxHash != "0xabc" || settled[0].Block != 42 || settled[0].GasUsed != 7 || settled[0].BatchID != seqID(1, nil, nil) {
		t.Fatalf("settled batches %+v %v", settled, err)
	}
	if after, err := e.s.SettledBatchesAfter(ctx, 41); err != nil || len(after) != 1 || after[0].ID != b1.ID {
		t.Fatalf("settled after 41: %+v %v", after, err)
	}
	if after, err := e.s.SettledBatchesAfter(ctx, 42); err != nil || len(after) != 0 {
		t.Fatalf("settled after 42: %+v %v", after, err)
	}
	if err := e.s.UnsettleBatch(ctx, b1.ID); err != nil {
		t.Fatal(err)
	}
	if cr := credits(a); cr.Settled != 0 || cr.Unsettled != 800 {
		t.Fatalf("a after unsettling: %+v", cr)
	}
	if p, _ := e.s.Batches(ctx, hokusai.BatchPending); len(p) != 2 || p[0].TxHash != "" {
		t.Fatalf("pending after unsettling: %+v", p)
	}
	// Abandon b1 writing a off: a's 500 leaves the totals, b's 200 is
	// batched again.
	if err := e.s.AbandonBatch(ctx, b1.ID, "refused", []string{a}); err != nil {
		t.Fatal(err)
	}
	if cr := credits(a); cr.Unsettled != 300 || cr.Spendable != 9_700 {
		t.Fatalf("a after the write-off: %+v", cr)
	}
	if cr := credits(b); cr.Unsettled != 200 {
		t.Fatalf("b after the abandon: %+v", cr)
	}
	b4, err := e.s.JournalBatch(ctx, 10, seqID)
	if err != nil || b4 == nil || b4.ID != 3 || b4.Total != 200 || len(b4.Entries) != 1 || b4.Entries[0].Consumer != b {
		t.Fatalf("re-batched: %+v %v", b4, err)
	}
	if b4.BatchID == b1.BatchID {
		t.Fatal("the re-batched usage kept the abandoned batch's id")
	}
	all, _ := e.s.Batches(ctx, "")
	if len(all) != 3 || all[0].Status != hokusai.BatchAbandoned || len(all[0].Entries) != 1 || all[0].Entries[0].Consumer != a {
		t.Fatalf("all batches %+v", all)
	}
}

// Two handles (two replicas) journal at once while charges keep coming:
// no usage row is in two batches and every paid call is in one.
func testLedgerJournalTwoHandles(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	other := e.open(t, e.clock.Now)
	ctx := e.ctx
	var consumers []string
	for i := 0; i < 8; i++ {
		consumers = append(consumers, LedgerAddr(100+i))
		e.deposit(e.s, consumers[i], 1<<40)
	}
	var paid atomic.Int64
	stop := make(chan struct{})
	var chargers sync.WaitGroup
	for w := 0; w < 4; w++ {
		s := e.s
		if w%2 == 1 {
			s = other
		}
		chargers.Add(1)
		go func() {
			defer chargers.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				amt := int64(1 + (i+w)%5)
				if _, err := s.Charge(ctx, charge(consumers[(i*3+w)%len(consumers)], uint64(1+i%3), amt)); err != nil {
					t.Error(err)
					return
				}
				paid.Add(amt)
			}
		}()
	}
	var mu sync.Mutex
	var batches []*hokusai.UsageBatch
	var journalers sync.WaitGroup
	for _, s := range []hokusai.LedgerStore{e.s, other} {
		journalers.Add(1)
		go func() {
			defer journalers.Done()
			for i := 0; i < 15; i++ {
				b, err := s.JournalBatch(ctx, 3, seqID)
				if err != nil {
					t.Error(err)
					return
				}
				if b != nil {
					mu.Lock()
					batches = append(batches, b)
					mu.Unlock()
				}
			}
		}()
	}
	journalers.Wait()
	close(stop)
	chargers.Wait()
	for {
		b, err := e.s.JournalBatch(ctx, 8, seqID)
		if err != nil {
			t.Fatal(err)
		}
		if b == nil {
			break
		}
		batches = append(batches, b)
	}
	stored, err := e.s.Batches(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != len(batches) {
		t.Fatalf("%d batches journaled, %d stored", len(batches), len(stored))
	}
	ids := map[int64]bool{}
	var sum int64
	for _, b := range stored {
		if ids[b.ID] {
			t.Fatalf("batch id %d twice", b.ID)
		}
		ids[b.ID] = true
		var rows int64
		for _, en := range b.Entries {
			rows += int64(en.Amount)
		}
		if rows != b.Total {
			t.Fatalf("batch %d: total %d, its usage rows sum to %d (a row in two batches?)", b.ID, b.Total, rows)
		}
		sum += b.Total
	}
	if sum != paid.Load() {
		t.Fatalf("batches hold %d, charges paid %d", sum, paid.Load())
	}
	if len(stored) < 2 {
		t.Fatalf("only %d batches", len(stored))
	}
}

// Vault events change the totals once each, move the cursor with its
// hash, and a rewind undoes them.
func testLedgerVault(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	other := e.open(t, e.clock.Now)
	ctx := e.ctx
	who := LedgerAddr(8)
	ev := func(block uint64, idx uint, kind string, amount int64) hokusai.VaultEvent {
		return hokusai.VaultEvent{Block: block, Index: idx, TxHash: fmt.Sprintf("0x%064x", block), Kind: kind, Account: who, Amount: amount}
	}
	if _, _, ok, err := e.s.VaultCursor(ctx, "vault"); ok || err != nil {
		t.Fatalf("cursor before any event: %v %v", ok, err)
	}
	evs := []hokusai.VaultEvent{ev(10, 0, hokusai.VaultDeposit, 5_000), ev(10, 1, hokusai.VaultDeposit, 1_000)}
	// Two replicas apply the same blocks at once: each event counts once.
	var wg sync.WaitGroup
	for _, s := range []hokusai.LedgerStore{e.s, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.ApplyVaultEvents(ctx, "vault", 10, "0xh10", evs); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if err := e.s.ApplyVaultEvents(ctx, "vault", 20, "0xh20", []hokusai.VaultEvent{ev(20, 0, hokusai.VaultRequest, 2_000)}); err != nil {
		t.Fatal(err)
	}
	cr, _ := e.s.Credits(ctx, who)
	if cr.Deposited != 6_000 || cr.PendingWithdrawal != 2_000 || cr.Spendable != 4_000 {
		t.Fatalf("after deposits and a request: %+v", cr)
	}
	if b, h, ok, err := e.s.VaultCursor(ctx, "vault"); b != 20 || h != "0xh20" || !ok || err != nil {
		t.Fatalf("cursor %d %q %v %v", b, h, ok, err)
	}
	if n, err := e.s.CountVaultEvents(ctx, hokusai.VaultDeposit, 10); n != 2 || err != nil {
		t.Fatalf("%d deposits, %v", n, err)
	}
	if err := e.s.ApplyVaultEvents(ctx, "vault", 30, "0xh30", []hokusai.VaultEvent{ev(25, 0, hokusai.VaultCancel, 0), ev(30, 0, hokusai.VaultRequest, 1_500), ev(30, 1, hokusai.VaultWithdraw, 1_500)}); err != nil {
		t.Fatal(err)
	}
	cr, _ = e.s.Credits(ctx, who)
	if cr.Withdrawn != 1_500 || cr.PendingWithdrawal != 0 || cr.Spendable != 4_500 {
		t.Fatalf("after the withdrawal: %+v", cr)
	}
	// The chain lost blocks after 20: the request of block 20 is pending again.
	if err := e.s.RewindVault(ctx, "vault", 20); err != nil {
		t.Fatal(err)
	}
	cr, _ = e.s.Credits(ctx, who)
	if cr.Deposited != 6_000 || cr.Withdrawn != 0 || cr.PendingWithdrawal != 2_000 || cr.Spendable != 4_000 {
		t.Fatalf("after rewinding to 20: %+v", cr)
	}
	if b, h, ok, _ := e.s.VaultCursor(ctx, "vault"); b != 20 || h != "" || !ok {
		t.Fatalf("cursor after the rewind: %d %q %v", b, h, ok)
	}
	// Read again from the new chain: a different withdrawal.
	if err := e.s.ApplyVaultEvents(ctx, "vault", 31, "0xh31", []hokusai.VaultEvent{ev(31, 0, hokusai.VaultWithdraw, 2_000)}); err != nil {
		t.Fatal(err)
	}
	cr, _ = e.s.Credits(ctx, who)
	if cr.Withdrawn != 2_000 || cr.PendingWithdrawal != 0 || cr.Spendable != 4_000 {
		t.Fatalf("after the new chain's withdrawal: %+v", cr)
	}
	if err := e.s.RewindVault(ctx, "vault", -1); err != nil {
		t.Fatal(err)
	}
	cr, _ = e.s.Credits(ctx, who)
	if cr.Deposited != 0 || cr.Withdrawn != 0 || cr.PendingWithdrawal != 0 {
		t.Fatalf("after rewinding everything: %+v", cr)
	}
	if _, _, ok, _ := e.s.VaultCursor(ctx, "vault"); ok {
		t.Fatal("the cursor survived a full rewind")
	}
	if err := e.s.ApplyVaultEvents(ctx, "vault", 1, "", []hokusai.VaultEvent{{Block: 1, Kind: "mint", Account: who}}); err == nil {
		t.Fatal("an unknown event kind was applied")
	}
}

func testLedgerBindStatsAttempts(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	ctx := e.ctx
	if got, err := e.s.BindContracts(ctx, "1337:a:b"); got != "1337:a:b" || err != nil {
		t.Fatalf("first bind: %q %v", got, err)
	}
	if got, err := e.s.BindContracts(ctx, "1337:c:b"); got != "1337:a:b" || err != nil {
		t.Fatalf("second bind: %q %v", got, err)
	}
	st, err := e.s.LedgerStats(ctx)
	if err != nil || st != (hokusai.LedgerStats{}) {
		t.Fatalf("empty ledger: %+v %v", st, err)
	}
	who := LedgerAddr(9)
	e.deposit(e.s, who, 10_000)
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	e.clock.Set(t0)
	for i := 0; i < 3; i++ {
		if _, err := e.s.Charge(ctx, charge(who, 1, 1_000)); err != nil {
			t.Fatal(err)
		}
	}
	st, _ = e.s.LedgerStats(ctx)
	if st.Unsettled != 3_000 || !st.OldestUnsettled.Equal(t0) {
		t.Fatalf("stats before journaling %+v", st)
	}
	b, err := e.s.JournalBatch(ctx, 10, seqID)
	if err != nil || b == nil {
		t.Fatal(b, err)
	}
	st, _ = e.s.LedgerStats(ctx)
	if st.Unsettled != 3_000 || !st.OldestUnsettled.Equal(t0) || st.PendingBatches != 1 || st.Lag(t0.Add(time.Minute)) != time.Minute {
		t.Fatalf("stats %+v", st)
	}
	if err := e.s.MarkBatchSettled(ctx, b.ID, hokusai.BatchSettlement{}); err != nil {
		t.Fatal(err)
	}
	st, _ = e.s.LedgerStats(ctx)
	if st.Unsettled != 0 || !st.OldestUnsettled.IsZero() || st.PendingBatches != 0 || st.SettledBatches != 1 || st.SettledAmount != 3_000 {
		t.Fatalf("stats after settlement %+v", st)
	}
}

// A batch rebuilt from the chain is recorded once and, marked settled,
// moves into the consumers' settled totals; the audit sums the usage rows.
func testLedgerImportAudit(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	ctx := e.ctx
	a, b := LedgerAddr(10), LedgerAddr(11)
	e.deposit(e.s, a, 10_000)
	entries := []hokusai.UsageEntry{{Consumer: a, ModelID: 1, Amount: 700, Calls: 3}, {Consumer: b, ModelID: 2, Amount: 50, Calls: 1}}
	id, err := e.s.ImportSettledBatch(ctx, "0xfeed", entries)
	if err != nil || id == 0 {
		t.Fatal(id, err)
	}
	if again, err := e.s.ImportSettledBatch(ctx, "0xfeed", entries); again != 0 || err != nil {
		t.Fatalf("imported twice: %d %v", again, err)
	}
	if err := e.s.MarkBatchSettled(ctx, id, hokusai.BatchSettlement{TxHash: "0x01", Block: 5}); err != nil {
		t.Fatal(err)
	}
	if cr, _ := e.s.Credits(ctx, a); cr.Settled != 700 || cr.Unsettled != 0 || cr.Spendable != 9_300 {
		t.Fatalf("a after the import: %+v", cr)
	}
	if _, err := e.s.Charge(ctx, charge(a, 1, 100)); err != nil {
		t.Fatal(err)
	}
	pend, err := e.s.JournalBatch(ctx, 10, seqID)
	if err != nil || pend == nil || pend.Total != 100 {
		t.Fatalf("the new usage alone is journaled: %+v %v", pend, err)
	}
	if _, err := e.s.Charge(ctx, charge(a, 1, 10)); err != nil {
		t.Fatal(err)
	}
	audit, err := e.s.AuditAccounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(audit, func(i, j int) bool { return audit[i].Consumer < audit[j].Consumer })
	byWho := map[string]hokusai.AccountAudit{}
	for _, x := range audit {
		byWho[x.Consumer] = x
	}
	x := byWho[a]
	if x.Deposited != 10_000 || x.Settled != 700 || x.Unsettled != 110 || x.UsageSettled != 700 || x.UsageOpen != 110 || x.UsageInFlight != 100 || x.Spendable != 9_190 {
		t.Fatalf("audit of a: %+v", x)
	}
	if y := byWho[b]; y.Settled != 50 || y.UsageSettled != 50 {
		t.Fatalf("audit of b: %+v", y)
	}
}

// Charges and idempotency keys survive closing the store and opening the
// database again: a retry after a restart is replayed, not charged again.
func testLedgerReopen(t *testing.T, newDB func(t testing.TB) LedgerOpener) {
	e := newLedgerEnv(t, newDB)
	who := LedgerAddr(12)
	c := hokusai.Charge{Consumer: who, ModelID: 4, Calls: 1, Amount: 1_500, IdempotencyKey: "retry-me", RequestHash: "h", Response: []byte(`{"ok":true}`)}
	e.deposit(e.s, who, 10_000)
	first, err := e.s.Charge(e.ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.s.Close(); err != nil {
		t.Fatal(err)
	}
	s := e.open(t, e.clock.Now)
	again, err := s.Charge(e.ctx, c)
	if err != nil || !again.Replayed || again.UsageID != first.UsageID || string(again.Response) != `{"ok":true}` {
		t.Fatalf("retry after reopening: %+v %v", again, err)
	}
	cr, _ := s.Credits(e.ctx, who)
	if cr.Unsettled != 1_500 || cr.Spendable != 8_500 {
		t.Fatalf("credits after reopening %+v", cr)
	}
}
