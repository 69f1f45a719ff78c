// Package ledgertest helps tests of other packages use the real credits
// ledger on any store (SQLite or PostgreSQL): open one and credit
// consumers without a chain.
package ledgertest

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// seq numbers the synthetic vault events (block and log index must be unique).
var seq atomic.Uint64

// Open returns a ledger on store, closed when the test ends, and a
// function that credits a consumer (a 0x address) with amount micro-USDC
// as if a vault deposit had been indexed.
func Open(t testing.TB, store hokusai.LedgerStore) (*ledger.Service, func(consumer string, amount int64)) {
	t.Helper()
	l := ledger.NewService(store)
	t.Cleanup(func() { l.Close() })
	return l, func(consumer string, amount int64) {
		t.Helper()
		Deposit(t, l, consumer, amount)
	}
}

// OpenSQLite is Open on the SQLite ledger store of db (already open).
func OpenSQLite(t testing.TB, db *sqlite.DB) (*ledger.Service, func(consumer string, amount int64)) {
	t.Helper()
	store, err := sqlite.NewLedgerStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return Open(t, store)
}

// Deposit credits consumer with amount micro-USDC through a synthetic
// CreditVault deposit event.
func Deposit(t testing.TB, l *ledger.Service, consumer string, amount int64) {
	t.Helper()
	if !common.IsHexAddress(consumer) {
		t.Fatalf("ledgertest: %q is not an address", consumer)
	}
	n := 1<<40 + seq.Add(1)
	err := l.ApplyVaultEvents(context.Background(), "ledgertest", n, []ledger.VaultEvent{{
		Block: n, Kind: hokusai.VaultDeposit, Account: common.HexToAddress(consumer), Amount: amount,
	}})
	if err != nil {
		t.Fatal(err)
	}
}
