package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/hokusai-protocol/hokusai/sqlite"
)

// TestMigrateOutOfOrder: a database that applied migration 2 before
// migration 1 existed still takes migration 1 when it arrives.
func TestMigrateOutOfOrder(t *testing.T) {
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "order.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	two := &fstest.MapFile{Data: []byte("-- +goose Up\nCREATE TABLE later (x INTEGER);\n")}
	one := &fstest.MapFile{Data: []byte("-- +goose Up\nCREATE TABLE earlier (x INTEGER);\n")}
	if err := db.Migrate(ctx, "order_test_version", fstest.MapFS{"00002_later.sql": two}); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx, "order_test_version", fstest.MapFS{"00001_earlier.sql": one, "00002_later.sql": two}); err != nil {
		t.Fatalf("the earlier migration was refused: %v", err)
	}
	if _, err := db.SQL().ExecContext(ctx, `INSERT INTO earlier (x) VALUES (1)`); err != nil {
		t.Fatalf("the earlier migration did not run: %v", err)
	}
}
