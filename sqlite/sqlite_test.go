package sqlite_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// openDB opens a fresh database file in a temporary directory.
func openDB(t *testing.T) *sqlite.DB {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "sub", "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestModelService(t *testing.T) {
	storetest.TestModelService(t, func(t *testing.T) hokusai.ModelService { return sqlite.NewModelService(openDB(t)) })
}

func TestCursorService(t *testing.T) {
	storetest.TestCursorService(t, func(t *testing.T) hokusai.CursorService { return sqlite.NewCursorService(openDB(t)) })
}

func TestNonceService(t *testing.T) {
	storetest.TestNonceService(t, func(t *testing.T) hokusai.NonceService { return sqlite.NewNonceService(openDB(t)) })
}

// TestPragmas checks the durability settings every connection gets.
func TestPragmas(t *testing.T) {
	db := openDB(t)
	for pragma, want := range map[string]string{"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "busy_timeout": "10000"} {
		var got string
		if err := db.SQL().QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
}

// TestReopenKeepsDataAndMigratesOnce: data survives a close and reopen, and
// running the migrations again is a no-op.
func TestReopenKeepsDataAndMigratesOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hokusai.db")
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	m := storetest.NewModel(9, "KEEP")
	if err := sqlite.NewModelService(db).UpsertModel(ctx, m); err != nil {
		t.Fatal(err)
	}
	if err := sqlite.NewCursorService(db).SetCursor(ctx, "chain", 1234); err != nil {
		t.Fatal(err)
	}
	applied := func() (n int) {
		t.Helper()
		if err := db.SQL().QueryRow("SELECT COUNT(*) FROM goose_db_version WHERE version_id > 0").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	files, _ := fs.Glob(os.DirFS("migrations"), "*.sql")
	if n := applied(); n != len(files) || n == 0 {
		t.Fatalf("%d migrations recorded, want %d (one per file)", n, len(files))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := sqlite.NewModelService(db).FindModelByTicker(ctx, "keep")
	if err != nil {
		t.Fatal(err)
	}
	if d := storetest.EqualModels(m, got); d != "" {
		t.Fatal(d)
	}
	if v, _ := sqlite.NewCursorService(db).Cursor(ctx, "chain"); v != 1234 {
		t.Fatalf("cursor after reopen = %d, want 1234", v)
	}
	if n := applied(); n != len(files) {
		t.Fatalf("reopening recorded %d migrations, want %d", n, len(files))
	}
}

func TestOpenErrors(t *testing.T) {
	if err := sqlite.NewDB("").Open(); err == nil {
		t.Fatal("empty path opened")
	}
	// A directory is not a database file.
	if err := sqlite.NewDB(t.TempDir()).Open(); err == nil {
		t.Fatal("a directory opened as a database")
	}
}

// TestMigrateOtherPackage: another package's migrations run on the same
// file under their own version table, once, beside this package's.
func TestMigrateOtherPackage(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	fsys := fstest.MapFS{
		"00001_things.sql": {Data: []byte("-- +goose Up\nCREATE TABLE things (id INTEGER PRIMARY KEY, model_id INTEGER NOT NULL REFERENCES models(id));\n-- +goose Down\nDROP TABLE things;\n")},
	}
	for range 2 {
		if err := db.Migrate(ctx, "registry_db_version", fsys); err != nil {
			t.Fatal(err)
		}
	}
	if err := sqlite.NewModelService(db).UpsertModel(ctx, storetest.NewModel(1, "ONE")); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec("INSERT INTO things (id, model_id) VALUES (1, 1)"); err != nil {
		t.Fatal(err)
	}
	// Foreign keys are enforced on every connection.
	if _, err := db.SQL().Exec("INSERT INTO things (id, model_id) VALUES (2, 99)"); err == nil {
		t.Fatal("a dangling foreign key was accepted")
	}
	bad := fstest.MapFS{"00001_bad.sql": {Data: []byte("-- +goose Up\nCREATE TABLE oops (;\n")}}
	if err := db.Migrate(ctx, "bad_db_version", bad); err == nil {
		t.Fatal("a broken migration succeeded")
	}
}
