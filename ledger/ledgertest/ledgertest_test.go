package ledgertest_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/ledger/ledgertest"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

func TestOpenAndDeposit(t *testing.T) {
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "h.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	l, credit := ledgertest.OpenSQLite(t, db)
	who := "0x00000000000000000000000000000000000000aa"
	credit(who, 5_000)
	credit(who, 1_000)
	ctx := context.Background()
	if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who, ModelID: 1, Calls: 1, Amount: 6_001}); hokusai.ErrorCode(err) != hokusai.ECREDITS {
		t.Fatalf("overdraw: %v", err)
	}
	c, err := l.Credits(ctx, who)
	if err != nil || c.Deposited != 6_000 || c.Spendable != 6_000 {
		t.Fatalf("%+v %v", c, err)
	}
}
