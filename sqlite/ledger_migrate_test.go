package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/hokusai-protocol/hokusai"
)

// A ledger written before usage was folded (charges debited
// ledger_accounts directly, every usage row indexed) migrates to the lean
// schema with its balances, statistics and unbatched usage intact.
func TestMigrateToLeanUsage(t *testing.T) {
	ctx := context.Background()
	db := NewDB(filepath.Join(t.TempDir(), "old.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectSQLite3, db.SQL(), LedgerMigrations(), goose.WithTableName(LedgerVersionTable))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 5); err != nil {
		t.Fatal(err)
	}
	const who = "0x00000000000000000000000000000000000F4247"
	hour := int64(490_000) * hourNanos
	for _, q := range []string{
		`INSERT INTO ledger_accounts (consumer, deposited, unsettled, settled) VALUES ('` + who + `', 100000, 3000, 1000)`,
		`INSERT INTO ledger_batches (id, batch_id, status, entries, calls, total, created_at) VALUES (1, '0x01', 'settled', 1, 1, 1000, 0)`,
		`INSERT INTO ledger_usage (id, consumer, model_id, calls, amount, created_at, batch, settled) VALUES (1, '` + who + `', 7, 1, 1000, ?, 1, 1)`,
		`INSERT INTO ledger_usage (id, consumer, model_id, calls, amount, created_at, settled) VALUES (2, '` + who + `', 7, 1, 0, ?, 1)`,
		`INSERT INTO ledger_usage (id, consumer, model_id, calls, amount, created_at, settled) VALUES (3, '` + who + `', 7, 2, 3000, ?, 0)`,
	} {
		if _, err := db.SQL().ExecContext(ctx, q, hour+1); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	l, err := NewLedgerStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	cr, err := l.Credits(ctx, who)
	if err != nil || cr.Unsettled != 3000 || cr.Settled != 1000 || cr.Spendable != 96000 {
		t.Fatalf("credits after migrating: %+v, %v", cr, err)
	}
	use, err := l.Usage(ctx, hokusai.UsageFilter{Consumer: who})
	if err != nil || len(use) != 1 || use[0].Calls != 4 || use[0].Amount != 4000 {
		t.Fatalf("usage after migrating: %+v, %v", use, err)
	}
	// A new charge counts once, on top of the migrated totals.
	if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who, ModelID: 7, Calls: 1, Amount: 500}); err != nil {
		t.Fatal(err)
	}
	b, err := l.JournalBatch(ctx, 100, func(int64, []hokusai.UsageEntry, []int64) string { return "0x02" })
	if err != nil || b == nil || b.Total != 3500 || b.Calls != 3 {
		t.Fatalf("the unbatched usage (3000 migrated + 500 new) is journaled once: %+v, %v", b, err)
	}
	if cr, _ := l.Credits(ctx, who); cr.Unsettled != 3500 || cr.Spendable != 95500 {
		t.Fatalf("credits after a new charge: %+v", cr)
	}
}
