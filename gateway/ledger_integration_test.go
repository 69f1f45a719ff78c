package gateway_test

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// sqliteLedger is the real ledger on the environment's SQLite file;
// credits arrive as CreditVault deposit events, as the vault indexer
// applies them.
func sqliteLedger(t testing.TB) func(db *sqlite.DB) (hokusai.LedgerService, func(string, int64)) {
	return func(db *sqlite.DB) (hokusai.LedgerService, func(string, int64)) {
		store, err := sqlite.NewLedgerStore(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		return withCredit(t, ledger.NewService(store))
	}
}

// postgresLedger is the PostgreSQL ledger on a fresh database of the test
// server (pgtest), in place of the SQLite one.
func postgresLedger(t testing.TB) func(db *sqlite.DB) (hokusai.LedgerService, func(string, int64)) {
	return func(*sqlite.DB) (hokusai.LedgerService, func(string, int64)) {
		db := postgres.NewDB(pgtest.NewDatabase(t))
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return withCredit(t, ledger.NewService(postgres.NewLedgerStore(db)))
	}
}

// withCredit returns l and a function that credits a consumer as an
// indexed vault deposit would.
func withCredit(t testing.TB, l *ledger.Service) (hokusai.LedgerService, func(string, int64)) {
	var block atomic.Uint64
	credit := func(consumer string, amount int64) {
		b := block.Add(1)
		ev := ledger.VaultEvent{Block: b, Kind: "deposit", Account: common.HexToAddress(consumer), Amount: amount}
		if err := l.ApplyVaultEvents(context.Background(), "test", b, []ledger.VaultEvent{ev}); err != nil {
			t.Fatal(err)
		}
	}
	return l, credit
}

// The must-show properties again, with the SQLite ledger (group-committed,
// synchronous=FULL) instead of the in-memory one.
func TestSQLiteLedgerLastCredits(t *testing.T) {
	testLastCredits(t, newEnvWithLedger(t, sqliteLedger(t), nil))
}

func TestSQLiteLedgerIdempotencyAndRejections(t *testing.T) {
	e := newEnvWithLedger(t, sqliteLedger(t), nil)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 3*price)
	body := map[string]any{"inputs": []any{voteRow}}
	for i := 0; i < 3; i++ {
		if st, b, _ := e.raw("POST", "/v1/models/1/predict", key, body, "Idempotency-Key", "once"); st != 200 {
			t.Fatalf("try %d: %d %s", i, st, b)
		}
	}
	if got := e.spendable(who); got != 2*price {
		t.Fatalf("idempotent retries charged more than once: spendable %d", got)
	}
	for _, c := range []struct {
		path string
		body any
		want int
	}{
		{"/v1/models/1/predict", `{"inputs": 3}`, http.StatusBadRequest},
		{"/v1/models/2/predict", body, http.StatusForbidden},
		{"/v1/models/5/predict", body, http.StatusServiceUnavailable},
		{"/v1/models/1/batch_predict", map[string]any{"inputs": []any{voteRow, voteRow, voteRow}}, http.StatusPaymentRequired},
	} {
		if st, b, _ := e.raw("POST", c.path, key, c.body); st != c.want {
			t.Fatalf("%s: %d %s", c.path, st, b)
		}
	}
	if got := e.spendable(who); got != 2*price {
		t.Fatalf("a rejected call was charged: spendable %d", got)
	}
}
