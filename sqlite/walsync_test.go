package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWALSync(t *testing.T) {
	db := NewDB(filepath.Join(t.TempDir(), "w.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w := db.WALSync()
	defer w.Close()
	if err := w.Sync(0); err != nil {
		t.Fatalf("nothing committed: %v", err)
	}
	ctx := context.Background()
	conn, err := db.SQL().Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for _, q := range []string{"PRAGMA synchronous = NORMAL", "CREATE TABLE t (v INTEGER)", "INSERT INTO t VALUES (1)"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	one := w.Committed()
	two := w.Committed()
	if err := w.Sync(one); err != nil {
		t.Fatal(err)
	}
	if w.synced != two {
		t.Fatalf("a sync covers every commit numbered before it started: synced %d, want %d", w.synced, two)
	}
	first := w.f
	// The log is replaced (as when the last connection closes and a new
	// one starts it again): the next sync opens the new file.
	if err := os.Remove(db.Path + "-wal"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(db.Path+"-wal", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := w.Sync(w.Committed()); err != nil {
		t.Fatal(err)
	}
	if w.f == first || !sameFile(t, w.f, db.Path+"-wal") {
		t.Fatal("the sync did not follow the replaced log")
	}
}

func sameFile(t *testing.T, f *os.File, path string) bool {
	a, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return os.SameFile(a, b)
}

// A failed sync is final: later syncs fail too, naming the log.
func TestWALSyncFailureIsSticky(t *testing.T) {
	dir := t.TempDir()
	w := &WALSync{path: dir} // a directory cannot be opened for writing
	err := w.Sync(w.Committed())
	if err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "restart") {
		t.Fatalf("want a sync error naming the log, got %v", err)
	}
	if err2 := w.Sync(0); err2 != err {
		t.Fatalf("a later sync must fail the same way, got %v", err2)
	}
}
