package ledger_test

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

func newLedger(t testing.TB) (*ledger.Service, *sqlite.DB) {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	l, err := ledger.NewService(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l, db
}

var block uint64

// deposit applies a vault deposit event for who.
func deposit(t testing.TB, l *ledger.Service, who common.Address, amount int64) {
	t.Helper()
	b := atomic.AddUint64(&block, 1)
	if err := l.ApplyVaultEvents(context.Background(), "test", b, []ledger.VaultEvent{
		{Block: b, Kind: "deposit", Account: who, Amount: amount},
	}); err != nil {
		t.Fatal(err)
	}
}

func addr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(i)*1_000_003 + 17)) }

// 200 concurrent calls spend one consumer's last credits: exactly
// ⌊balance/price⌋ succeed, the rest get ECREDITS and record nothing, and the
// balance never goes negative.
func TestChargeConcurrentNeverOverdraws(t *testing.T) {
	l, _ := newLedger(t)
	ctx := context.Background()
	who := addr(1)
	const balance, price = 1_000_003, 7_001
	deposit(t, l, who, balance)
	var ok, refused atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 1, KeyID: "k", Calls: 1, Amount: price})
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
	c, err := l.Credits(ctx, who.Hex())
	if err != nil {
		t.Fatal(err)
	}
	if c.Spendable != balance-balance/price*price || c.Unsettled != balance/price*price {
		t.Fatalf("credits %+v", c)
	}
	st, err := l.Usage(ctx, hokusai.UsageFilter{Consumer: who.Hex()})
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || st[0].Calls != uint64(balance/price) || st[0].Amount != balance/price*price {
		t.Fatalf("usage %+v", st)
	}
}

// Property: under random concurrent charges, deposits, withdrawal
// requests and settlements, spendable is never negative and the running
// totals equal the sums of the rows.
func TestChargeProperty(t *testing.T) {
	l, db := newLedger(t)
	ctx := context.Background()
	round := 0
	rapid.Check(t, func(rt *rapid.T) {
		round++
		who := addr(1000 + round)
		dep := rapid.Int64Range(0, 100_000).Draw(rt, "deposit")
		if dep > 0 {
			deposit(t, l, who, dep)
		}
		pend := rapid.Int64Range(0, dep).Draw(rt, "pending")
		if pend > 0 {
			b := atomic.AddUint64(&block, 1)
			if err := l.ApplyVaultEvents(ctx, "test", b, []ledger.VaultEvent{{Block: b, Kind: "request", Account: who, Amount: pend}}); err != nil {
				rt.Fatal(err)
			}
		}
		prices := rapid.SliceOfN(rapid.Int64Range(0, 5_000), 1, 60).Draw(rt, "prices")
		var charged atomic.Int64
		var wg sync.WaitGroup
		for _, p := range prices {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 3, Calls: 1, Amount: p}); err == nil {
					charged.Add(p)
				} else if hokusai.ErrorCode(err) != hokusai.ECREDITS {
					rt.Error(err)
				}
			}()
		}
		wg.Wait()
		c, err := l.Credits(ctx, who.Hex())
		if err != nil {
			rt.Fatal(err)
		}
		if c.Spendable < 0 || c.Unsettled != charged.Load() || c.Spendable != dep-pend-charged.Load() {
			rt.Fatalf("credits %+v after charging %d of deposit %d, pending %d", c, charged.Load(), dep, pend)
		}
		var rows int64
		if err := db.SQL().QueryRow(`SELECT COALESCE(SUM(amount), 0) FROM ledger_usage WHERE consumer = ?`, who.Hex()).Scan(&rows); err != nil {
			rt.Fatal(err)
		}
		if rows != c.Unsettled {
			rt.Fatalf("usage rows sum to %d, unsettled total is %d", rows, c.Unsettled)
		}
	})
}

func TestChargeIdempotency(t *testing.T) {
	l, _ := newLedger(t)
	ctx := context.Background()
	who := addr(2)
	deposit(t, l, who, 10_000)
	c := hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: 2_000, IdempotencyKey: "abc", RequestHash: "h1", Response: []byte(`{"y":1}`)}
	var wg sync.WaitGroup
	results := make([]*hokusai.ChargeResult, 20)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := l.Charge(ctx, c)
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
	cr, _ := l.Credits(ctx, who.Hex())
	if cr.Unsettled != 2_000 {
		t.Fatalf("charged %d, want once", cr.Unsettled)
	}
	c.RequestHash = "h2"
	if _, err := l.Charge(ctx, c); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("another request with the same key: %v", err)
	}
}

// An idempotency key answers retries for 24 hours; after that it is free
// again (a new request under it is a new charge) and the sweep deletes it.
func TestIdempotencyWindow(t *testing.T) {
	l, db := newLedger(t)
	ctx := context.Background()
	who := addr(3)
	deposit(t, l, who, 10_000)
	t0 := time.Now()
	at := func(d time.Duration) { db.Now = func() time.Time { return t0.Add(d) } }
	c := hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: 1_000, IdempotencyKey: "k", RequestHash: "h1"}
	at(0)
	first, err := l.Charge(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	at(23 * time.Hour)
	if r, err := l.Charge(ctx, c); err != nil || !r.Replayed || r.UsageID != first.UsageID {
		t.Fatalf("a retry within the window: %+v, %v", r, err)
	}
	at(25 * time.Hour)
	c.RequestHash = "h2" // another request under the old key is fine now
	r, err := l.Charge(ctx, c)
	if err != nil || r.Replayed || r.UsageID == first.UsageID {
		t.Fatalf("after the window the key is free: %+v, %v", r, err)
	}
	if cr, _ := l.Credits(ctx, who.Hex()); cr.Unsettled != 2_000 {
		t.Fatalf("charged %d, want two calls", cr.Unsettled)
	}
	// A key used once and never again is swept by the next fold.
	at(26 * time.Hour)
	c.IdempotencyKey, c.RequestHash = "once", "h3"
	if _, err := l.Charge(ctx, c); err != nil {
		t.Fatal(err)
	}
	at(51 * time.Hour)
	deposit(t, l, who, 1) // any other write folds, and sweeps
	var n int
	if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_idempotency`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d idempotency keys left after their window, %v", n, err)
	}
}

func TestChargeRefusals(t *testing.T) {
	l, _ := newLedger(t)
	ctx := context.Background()
	who := addr(3)
	for _, c := range []hokusai.Charge{
		{Consumer: "nope", ModelID: 1, Calls: 1},
		{Consumer: who.Hex(), ModelID: 0, Calls: 1},
		{Consumer: who.Hex(), ModelID: 1, Calls: 0},
		{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: -1},
		{Consumer: who.Hex(), ModelID: 1, Calls: 1, IdempotencyKey: "k"},
	} {
		if _, err := l.Charge(ctx, c); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Errorf("%+v: %v", c, err)
		}
	}
	if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: 1}); hokusai.ErrorCode(err) != hokusai.ECREDITS {
		t.Fatalf("no deposit: %v", err)
	}
	// A free (Open Source) call needs no credit and is never settled.
	r, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 3})
	if err != nil || r.Spendable != 0 {
		t.Fatalf("free call: %+v %v", r, err)
	}
	st, _ := l.Usage(ctx, hokusai.UsageFilter{Consumer: who.Hex()})
	if len(st) != 1 || st[0].Calls != 3 || st[0].Amount != 0 {
		t.Fatalf("usage %+v", st)
	}
	b, err := l.Journal(ctx, 1337, common.Address{1}, 0)
	if err != nil || b != nil {
		t.Fatalf("a free call was journaled for settlement: %+v %v", b, err)
	}
}

func TestUsageFilter(t *testing.T) {
	l, db := newLedger(t)
	ctx := context.Background()
	who, other := addr(4), addr(5)
	deposit(t, l, who, 1_000_000)
	deposit(t, l, other, 1_000_000)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 10; i++ {
		db.Now = func() time.Time { return base.Add(time.Duration(i) * time.Hour) }
		_ = db
		for _, c := range []common.Address{who, other} {
			if _, err := l.Charge(ctx, hokusai.Charge{Consumer: c.Hex(), ModelID: uint64(1 + i%2), Calls: 2, Amount: 100}); err != nil {
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
		{hokusai.UsageFilter{Consumer: who.Hex()}, "[{1 10 500} {2 10 500}]"},
		{hokusai.UsageFilter{Consumer: who.Hex(), ModelID: &m2}, "[{2 10 500}]"},
		{hokusai.UsageFilter{Consumer: who.Hex(), From: base.Add(2 * time.Hour), To: base.Add(5 * time.Hour)}, "[{1 4 200} {2 2 100}]"},
		{hokusai.UsageFilter{To: base}, "[]"},
	} {
		got, err := l.Usage(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if s := fmt.Sprint(got); s != tc.want {
			t.Errorf("%+v: got %s, want %s", tc.f, s, tc.want)
		}
	}
	if _, err := l.Usage(ctx, hokusai.UsageFilter{From: base, To: base}); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("empty range: %v", err)
	}
}

func TestStats(t *testing.T) {
	l, db := newLedger(t)
	ctx := context.Background()
	st, err := l.Stats(ctx)
	if err != nil || st != (ledger.Stats{}) || st.Lag(time.Now()) != 0 {
		t.Fatalf("empty ledger: %+v %v", st, err)
	}
	who := addr(9)
	deposit(t, l, who, 10_000)
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return t0 }
	for i := 0; i < 3; i++ {
		if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: 1_000}); err != nil {
			t.Fatal(err)
		}
	}
	b, err := l.Journal(ctx, 1337, common.Address{1}, 0)
	if err != nil || b == nil {
		t.Fatal(b, err)
	}
	st, _ = l.Stats(ctx)
	if st.Unsettled != 3_000 || !st.OldestUnsettled.Equal(t0) || st.PendingBatches != 1 || st.Lag(t0.Add(time.Minute)) != time.Minute {
		t.Fatalf("stats %+v", st)
	}
	if err := l.MarkSettled(ctx, b.ID, ledger.Settlement{}); err != nil {
		t.Fatal(err)
	}
	st, _ = l.Stats(ctx)
	if st.Unsettled != 0 || !st.OldestUnsettled.IsZero() || st.PendingBatches != 0 || st.SettledBatches != 1 || st.SettledAmount != 3_000 {
		t.Fatalf("stats after settlement %+v", st)
	}
}

// Unbatched usage past KickAbove wakes the settler before its timer.
func TestKickAboveThreshold(t *testing.T) {
	l, _ := newLedger(t)
	ctx := context.Background()
	l.KickAbove = 5_000
	who := addr(11)
	deposit(t, l, who, 100_000)
	for i := 0; i < 2; i++ {
		if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: 2_000}); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case <-l.Kick():
		t.Fatal("kicked below the threshold")
	default:
	}
	if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: 1_000}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-l.Kick():
	default:
		t.Fatal("not kicked at the threshold")
	}
	// Journaling resets the count.
	if b, err := l.Journal(ctx, 1337, common.Address{1}, 0); err != nil || b == nil {
		t.Fatal(b, err)
	}
	if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: 1_000}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-l.Kick():
		t.Fatal("kicked after journaling reset the count")
	default:
	}
}

func TestBind(t *testing.T) {
	l, _ := newLedger(t)
	ctx := context.Background()
	v, r := common.Address{1}, common.Address{2}
	if err := l.Bind(ctx, 1337, v, r); err != nil {
		t.Fatal(err)
	}
	if err := l.Bind(ctx, 1337, v, r); err != nil {
		t.Fatalf("same contracts again: %v", err)
	}
	if err := l.Bind(ctx, 1337, common.Address{3}, r); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("another vault: %v", err)
	}
}

// Charges and idempotency keys survive reopening the database: a retry
// after a restart is replayed, not charged again.
func TestChargeSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hokusai.db")
	ctx := context.Background()
	who := addr(12)
	c := hokusai.Charge{Consumer: who.Hex(), ModelID: 4, Calls: 1, Amount: 1_500, IdempotencyKey: "retry-me", RequestHash: "h", Response: []byte(`{"ok":true}`)}
	open := func() (*ledger.Service, *sqlite.DB) {
		db := sqlite.NewDB(path)
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		l, err := ledger.NewService(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		return l, db
	}
	l, db := open()
	deposit(t, l, who, 10_000)
	first, err := l.Charge(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	db.Close()

	l, db = open()
	defer db.Close()
	defer l.Close()
	again, err := l.Charge(ctx, c)
	if err != nil || !again.Replayed || again.UsageID != first.UsageID || string(again.Response) != `{"ok":true}` {
		t.Fatalf("retry after reopening: %+v %v", again, err)
	}
	cr, _ := l.Credits(ctx, who.Hex())
	if cr.Unsettled != 1_500 || cr.Spendable != 8_500 {
		t.Fatalf("credits after reopening %+v", cr)
	}
}
