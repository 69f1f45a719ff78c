package ledger_test

import (
	"context"
	"math/big"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

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
	store, err := sqlite.NewLedgerStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	l := ledger.NewService(store)
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
