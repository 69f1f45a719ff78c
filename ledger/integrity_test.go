package ledger_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// TestRebuildFromChain: a ledger that lost its database (a fresh one, the
// deposits indexed again) holds the consumers more credit than the vault,
// since the settlements are gone; CheckChain says so, and
// RebuildSettlements copies the router's batches back so spendable equals
// the vault's balance and Reconcile finds no difference. Before, the fresh
// ledger served deposits − withdrawals as spendable.
func TestRebuildFromChain(t *testing.T) {
	e := newChainEnv(t)
	a, b := newAddr(), newAddr()
	e.fund(1_000_000, a, b)
	for range 20 {
		e.charge(a, 3_000)
		e.charge(b, 1_000)
	}
	if n, err := e.settler().SettleOnce(e.ctx); err != nil || n != 1 {
		t.Fatalf("settled %d batches: %v", n, err)
	}
	e.charge(a, 5_000) // acknowledged, not settled: lost with the database
	if err := e.ix.SyncOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	if chk, err := e.vault.CheckChain(e.ctx, e.m.Router); err != nil || !chk.OK() || chk.ChainBatches != 1 || chk.Settled != 1 || chk.Accounts != 2 {
		t.Fatalf("the intact ledger: %+v %v", chk, err)
	}

	fresh, freshDB := newLedger(t)
	fix, ix := vaultIndexer(fresh, sqlite.NewBlockService(freshDB), e.c, e.m)
	if err := fix.SyncOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	chk, err := ix.CheckChain(e.ctx, e.m.Router)
	if err != nil || chk.OK() || len(chk.Lost) != 1 || len(chk.Over) != 2 {
		t.Fatalf("the fresh ledger: %+v %v; want one lost batch and two consumers over", chk, err)
	}
	n, total, err := fresh.RebuildSettlements(e.ctx, ix, e.m.Router, chk.Block)
	if err != nil || n != 1 || total != 20*4_000 {
		t.Fatalf("RebuildSettlements = %d, %d, %v", n, total, err)
	}
	if n, _, err := fresh.RebuildSettlements(e.ctx, ix, e.m.Router, chk.Block); err != nil || n != 0 {
		t.Fatalf("a second rebuild copied %d batches (%v)", n, err)
	}
	if chk, err := ix.CheckChain(e.ctx, e.m.Router); err != nil || !chk.OK() {
		t.Fatalf("after the rebuild: %+v %v", chk, err)
	}
	for _, who := range []struct {
		addr    string
		settled int64
	}{{a.Hex(), 60_000}, {b.Hex(), 20_000}} {
		c, err := fresh.Credits(e.ctx, who.addr)
		if err != nil {
			t.Fatal(err)
		}
		bal, err := e.c.CreditBalance(e.ctx, e.m.Vault, common.HexToAddress(who.addr))
		if err != nil {
			t.Fatal(err)
		}
		if c.Settled != who.settled || c.Unsettled != 0 || c.Spendable != bal.Int64() {
			t.Fatalf("%s after the rebuild: %+v; the vault holds %s", who.addr, c, bal)
		}
	}
	rep, err := ledger.Reconcile(e.ctx, fresh, e.c, e.m.Router, e.m.Block)
	if err != nil || !rep.OK() {
		t.Fatalf("reconcile after the rebuild: %+v %v", rep, err)
	}
	// The settler has nothing to send again.
	st := &ledger.Settler{Ledger: fresh, Client: e.c, Key: e.admin, Router: e.m.Router, FromBlock: e.m.Block}
	if n, err := st.SettleOnce(e.ctx); err != nil || n != 0 {
		t.Fatalf("the settler after the rebuild settled %d (%v)", n, err)
	}
}
