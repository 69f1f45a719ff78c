package sqlite_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

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

// opener opens handles on one fresh database file per test, each with its
// own connections, as processes sharing the file would.
func opener[S any](newStore func(*sqlite.DB) S) storetest.Opener[S] {
	return func(t *testing.T) func() S {
		path := filepath.Join(t.TempDir(), "hokusai.db")
		return func() S {
			db := sqlite.NewDB(path)
			if err := db.Open(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return newStore(db)
		}
	}
}

func TestModelService(t *testing.T) {
	storetest.TestModelService(t, func(t *testing.T) hokusai.ModelService { return sqlite.NewModelService(openDB(t)) })
}

func TestBlockService(t *testing.T) {
	db := openDB(t)
	storetest.TestBlockService(t, func(t *testing.T) hokusai.BlockService {
		// One database serves every case (opening one per rapid case
		// would dominate the run); each starts with the table empty.
		if _, err := db.SQL().Exec(`DELETE FROM index_blocks`); err != nil {
			t.Fatal(err)
		}
		return sqlite.NewBlockService(db)
	})
}

func TestDeleteModelsAfter(t *testing.T) {
	storetest.TestDeleteModelsAfter(t, func(t *testing.T) hokusai.ModelService { return sqlite.NewModelService(openDB(t)) })
}

func TestNonceService(t *testing.T) {
	storetest.TestNonceService(t, opener(func(db *sqlite.DB) hokusai.NonceService { return sqlite.NewNonceService(db) }))
}

func TestInstanceService(t *testing.T) {
	storetest.TestInstanceService(t, opener(func(db *sqlite.DB) hokusai.InstanceService { return sqlite.NewInstanceService(db) }))
}

func TestKeyService(t *testing.T) {
	storetest.TestKeyService(t, opener(func(db *sqlite.DB) hokusai.KeyService { return sqlite.NewKeyService(db) }))
}

func TestWhitelistService(t *testing.T) {
	storetest.TestWhitelistService(t, opener(func(db *sqlite.DB) hokusai.WhitelistService { return sqlite.NewWhitelistService(db) }))
}

func TestRegistryService(t *testing.T) {
	storetest.TestRegistryService(t, opener(func(db *sqlite.DB) storetest.RegistryStores {
		return storetest.RegistryStores{Models: sqlite.NewModelService(db), Registry: sqlite.NewRegistryService(db)}
	}))
}

func TestLeaseService(t *testing.T) {
	storetest.TestLeaseService(t, opener(func(db *sqlite.DB) hokusai.LeaseService { return sqlite.NewLeaseService(db) }))
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
	if err := sqlite.NewBlockService(db).AddBlocks(ctx, "chain", []hokusai.Block{{Number: 1234, Hash: "0x1234"}}, 128); err != nil {
		t.Fatal(err)
	}
	// API keys keep the history (and version table) they had when the
	// gateway package ran their migrations.
	key := &hokusai.APIKey{ID: "key_00000000keep", Owner: m.Owner, Hint: "hk_dev_keep…", Scopes: []hokusai.Scope{hokusai.ScopeCall}, CreatedAt: time.Unix(1_800_000_000, 0).UTC()}
	if err := sqlite.NewKeyService(db).CreateKey(ctx, key, strings.Repeat("ab", 32)); err != nil {
		t.Fatal(err)
	}
	histories := map[string]string{"goose_db_version": "migrations", "gateway_goose_version": "migrations/gateway"}
	applied := func(table string) (n int) {
		t.Helper()
		if err := db.SQL().QueryRow("SELECT COUNT(*) FROM " + table + " WHERE version_id > 0").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	files := map[string]int{}
	for table, dir := range histories {
		m, _ := fs.Glob(os.DirFS(dir), "*.sql")
		files[table] = len(m)
		if n := applied(table); n != len(m) || n == 0 {
			t.Fatalf("%s: %d migrations recorded, want %d (one per file)", table, n, len(m))
		}
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
	if b, ok, _ := sqlite.NewBlockService(db).LastBlock(ctx, "chain"); !ok || b.Number != 1234 || b.Hash != "0x1234" {
		t.Fatalf("last block after reopen = %+v %v, want 1234 0x1234", b, ok)
	}
	for table := range histories {
		if n := applied(table); n != files[table] {
			t.Fatalf("%s: reopening recorded %d migrations, want %d", table, n, files[table])
		}
	}
	if k, err := sqlite.NewKeyService(db).FindKeyByID(ctx, key.ID); err != nil || k.Hint != key.Hint {
		t.Fatalf("API key after reopen: %+v, %v", k, err)
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

func TestTxStore(t *testing.T) {
	storetest.TestTxStore(t, func(t *testing.T) (hokusai.TxStore, hokusai.TxStore) {
		first := openDB(t)
		second := sqlite.NewDB(first.Path)
		if err := second.Open(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { second.Close() })
		return sqlite.NewTxStore(first), sqlite.NewTxStore(second)
	})
}

func TestFineTuneService(t *testing.T) {
	storetest.TestFineTuneService(t, opener(func(db *sqlite.DB) hokusai.FineTuneService { return sqlite.NewFineTuneService(db) }))
}

func TestFineTuneHoldService(t *testing.T) {
	storetest.TestFineTuneHoldService(t, opener(func(db *sqlite.DB) hokusai.FineTuneHoldService { return sqlite.NewFineTuneService(db) }))
}

func TestRelayLimitService(t *testing.T) {
	storetest.TestRelayLimitService(t, opener(func(db *sqlite.DB) hokusai.RelayLimitService { return sqlite.NewRelayLimitService(db) }))
}

// BenchmarkRelayTake: go test -run '^$' -bench RelayTake ./sqlite/
func BenchmarkRelayTake(b *testing.B) {
	storetest.BenchmarkRelayTake(b, func(b *testing.B) hokusai.RelayLimitService {
		db := sqlite.NewDB(filepath.Join(b.TempDir(), "hokusai.db"))
		if err := db.Open(); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return sqlite.NewRelayLimitService(db)
	})
}
