package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// ledgerOpener opens handles on one database file, each with its own
// connection pool, as separate processes sharing the file would.
func ledgerOpener(t testing.TB) storetest.LedgerOpener {
	path := filepath.Join(t.TempDir(), "hokusai.db")
	return func(t testing.TB, now func() time.Time) hokusai.LedgerStore {
		t.Helper()
		db := sqlite.NewDB(path)
		db.Now = now
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		s, err := sqlite.NewLedgerStore(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
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

// The model test again with the usage tail folded every few charges, so
// folds from sums kept in memory, folds that read the tail back (after
// other writes) and charges against a cache refilled in between all meet
// the same model.
func TestLedgerStoreFoldingOften(t *testing.T) {
	storetest.TestLedgerModel(t, func(t testing.TB) storetest.LedgerOpener {
		open := ledgerOpener(t)
		n := 0
		return func(t testing.TB, now func() time.Time) hokusai.LedgerStore {
			s := open(t, now)
			n++
			s.(*sqlite.LedgerStore).FoldEvery = 1 + n%3
			return s
		}
	})
}

// A write by another connection drops the cached balances; they are read
// again with the unfolded usage added, so the credit still runs out at
// exactly the right call.
func TestLedgerCacheRereadsTailAfterOtherWriter(t *testing.T) {
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := sqlite.NewLedgerStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	who := storetest.LedgerAddr(11)
	if err := s.ApplyVaultEvents(ctx, "test", 1, "", []hokusai.VaultEvent{{Block: 1, Kind: hokusai.VaultDeposit, Account: who, Amount: 10_000}}); err != nil {
		t.Fatal(err)
	}
	charge := func() error {
		_, err := s.Charge(ctx, hokusai.Charge{Consumer: who, ModelID: 1, Calls: 1, Amount: 1_000})
		return err
	}
	for i := 0; i < 4; i++ {
		if err := charge(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.SQL().ExecContext(ctx, `INSERT INTO ledger_meta (name, value) VALUES ('other-writer', 'x')`); err != nil {
		t.Fatal(err)
	}
	ok := 0
	for charge() == nil {
		ok++
	}
	if ok != 6 {
		t.Fatalf("after another writer, %d more calls went through; want 6", ok)
	}
	cr, err := s.Credits(ctx, who)
	if err != nil || cr.Spendable != 0 || cr.Unsettled != 10_000 {
		t.Fatalf("credits %+v, %v", cr, err)
	}
}

// Idempotency keys past their window are deleted by the next fold (any
// write other than a charge folds).
func TestLedgerSweepsExpiredIdempotencyKeys(t *testing.T) {
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	clock := &storetest.Clock{}
	db.Now = clock.Now
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := sqlite.NewLedgerStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
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

// BenchmarkLedgerCharge: go test -run '^$' -bench LedgerCharge ./sqlite/
func BenchmarkLedgerCharge(b *testing.B) { storetest.BenchmarkLedgerCharge(b, ledgerOpener) }
