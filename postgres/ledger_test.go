package postgres_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// ledgerOpener opens handles on one fresh database, each with its own
// connection pool, as replicas would.
func ledgerOpener(t testing.TB) storetest.LedgerOpener {
	url := pgtest.NewDatabase(t)
	return func(t testing.TB, now func() time.Time) hokusai.LedgerStore {
		t.Helper()
		db := postgres.NewDB(url)
		db.Now = now
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		s := postgres.NewLedgerStore(db)
		t.Cleanup(func() {
			s.Close()
			db.Close()
		})
		return s
	}
}

func TestLedgerStore(t *testing.T) {
	storetest.TestLedgerStore(t, ledgerOpener)
}

// Idempotency keys past their window are deleted when vault events are
// applied (and when batches are journaled), by whichever replica does it.
func TestLedgerSweepsExpiredIdempotencyKeys(t *testing.T) {
	ctx := context.Background()
	db := postgres.NewDB(pgtest.NewDatabase(t))
	clock := &storetest.Clock{}
	db.Now = clock.Now
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := postgres.NewLedgerStore(db)
	who := storetest.LedgerAddr(3)
	deposit := func(b uint64) {
		if err := s.ApplyVaultEvents(ctx, "test", b, "", []hokusai.VaultEvent{{Block: b, Kind: hokusai.VaultDeposit, Account: who, Amount: 10_000}}); err != nil {
			t.Fatal(err)
		}
	}
	deposit(1)
	t0 := time.Now()
	clock.Set(t0)
	if _, err := s.Charge(ctx, hokusai.Charge{Consumer: who, ModelID: 1, Calls: 1, Amount: 1, IdempotencyKey: "once", RequestHash: "h"}); err != nil {
		t.Fatal(err)
	}
	count := func() int {
		var n int
		if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_idempotency`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	clock.Set(t0.Add(23 * time.Hour))
	deposit(2)
	if n := count(); n != 1 {
		t.Fatalf("%d keys within the window, want 1", n)
	}
	clock.Set(t0.Add(25 * time.Hour))
	deposit(3)
	if n := count(); n != 0 {
		t.Fatalf("%d idempotency keys left after their window", n)
	}
}

// BenchmarkLedgerCharge: go test -run '^$' -bench LedgerCharge ./postgres/
// (with HOKUSAI_TEST_POSTGRES naming a server with fsync on for durable
// numbers: the private test server runs with fsync off).
func BenchmarkLedgerCharge(b *testing.B) { storetest.BenchmarkLedgerCharge(b, ledgerOpener) }

// A charge the server refuses (a key id PostgreSQL cannot store) fails
// alone: its group is rolled back by the server and the other charges
// are made one by one, each exactly once.
func TestLedgerGroupWithABadChargeChargesTheRestOnce(t *testing.T) {
	ctx := context.Background()
	s := ledgerOpener(t)(t, time.Now)
	who := storetest.LedgerAddr(5)
	if err := s.ApplyVaultEvents(ctx, "test", 1, "", []hokusai.VaultEvent{{Block: 1, Kind: hokusai.VaultDeposit, Account: who, Amount: 1_000_000}}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var ok, bad atomic.Int64
	for i := 0; i < 200; i++ {
		c := hokusai.Charge{Consumer: who, ModelID: 1, KeyID: "k", Calls: 1, Amount: 100}
		if i%50 == 7 {
			c.KeyID = "bad\x00key"
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.Charge(ctx, c)
			switch {
			case err == nil:
				ok.Add(1)
			case c.KeyID != "k" && hokusai.ErrorCode(err) != hokusai.ECREDITS:
				bad.Add(1)
			default:
				t.Errorf("charge %q: %v", c.KeyID, err)
			}
		}()
	}
	wg.Wait()
	if ok.Load() != 196 || bad.Load() != 4 {
		t.Fatalf("%d charged, %d refused; want 196 and 4", ok.Load(), bad.Load())
	}
	cr, err := s.Credits(ctx, who)
	if err != nil || cr.Unsettled != 19_600 {
		t.Fatalf("credits %+v %v; want 19600 unsettled", cr, err)
	}
	use, err := s.Usage(ctx, hokusai.UsageFilter{Consumer: who})
	if err != nil || len(use) != 1 || use[0].Calls != 196 {
		t.Fatalf("usage %+v %v", use, err)
	}
}

// Close makes the charges already queued and refuses new ones.
func TestLedgerCloseRefusesNewCharges(t *testing.T) {
	ctx := context.Background()
	s := ledgerOpener(t)(t, time.Now)
	who := storetest.LedgerAddr(6)
	if _, err := s.Charge(ctx, hokusai.Charge{Consumer: who, ModelID: 1, Calls: 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Charge(ctx, hokusai.Charge{Consumer: who, ModelID: 1, Calls: 1}); hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE {
		t.Fatalf("a charge after Close: %v", err)
	}
}
