package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai/sqlite"
)

// walDir writes a few commits to a database and copies the database and
// its write-ahead log, as a server killed at that moment leaves them, into
// a new directory; it returns the copy's database path and log size.
func walDir(t *testing.T) (string, int64) {
	t.Helper()
	db := openDB(t)
	ctx := context.Background()
	in := sqlite.NewInstanceService(db)
	for i := range 20 {
		if err := in.Set(ctx, "c", fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	for _, ext := range []string{"", "-wal", "-shm"} {
		b, err := os.ReadFile(db.Path + ext)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "hokusai.db"+ext), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	fi, err := os.Stat(filepath.Join(dir, "hokusai.db-wal"))
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "hokusai.db"), fi.Size()
}

// TestCheckWAL: a log cut inside a frame, cut inside its header, not a log
// at all, or removed while the server's -shm stayed, is reported; a whole
// log and a cleanly closed database are not. Before CheckWAL, SQLite opened
// each of them without a word and dropped the commits.
func TestCheckWAL(t *testing.T) {
	path, size := walDir(t)
	if size <= 32 {
		t.Fatalf("the copied log has %d bytes; want frames in it", size)
	}
	if err := sqlite.CheckWAL(path); err != nil {
		t.Fatalf("whole log: %v", err)
	}
	for _, tc := range []struct {
		name string
		cut  func(wal string) error
		want string
	}{
		{"mid-frame", func(wal string) error { return os.Truncate(wal, size/2+7) }, "bytes into a"},
		{"header", func(wal string) error { return os.Truncate(wal, 20) }, "shorter than its 32-byte header"},
		{"garbage", func(wal string) error { return os.WriteFile(wal, []byte(strings.Repeat("x", 64)), 0o600) }, "does not start with a write-ahead log header"},
		{"removed", os.Remove, "-shm is there but"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := walDir(t)
			if err := tc.cut(path + "-wal"); err != nil {
				t.Fatal(err)
			}
			err := sqlite.CheckWAL(path)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
				t.Fatalf("CheckWAL = %v; want an error naming %s and %q", err, path, tc.want)
			}
		})
	}

	// A database closed cleanly leaves neither -wal nor -shm behind.
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := sqlite.CheckWAL(db.Path); err != nil {
		t.Fatalf("clean close: %v", err)
	}
}

// FuzzCheckWAL: any bytes as a write-ahead log give an answer, never a panic.
func FuzzCheckWAL(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x37\x7f\x06\x82\x00\x2d\xe2\x18\x00\x00\x10\x00" + strings.Repeat("\x00", 20)))
	f.Add([]byte("\x37\x7f\x06\x83\x00\x2d\xe2\x18\x00\x01\x00\x00" + strings.Repeat("\x01", 40)))
	f.Fuzz(func(t *testing.T, wal []byte) {
		path := filepath.Join(t.TempDir(), "hokusai.db")
		if err := os.WriteFile(path+"-wal", wal, 0o600); err != nil {
			t.Fatal(err)
		}
		_ = sqlite.CheckWAL(path)
	})
}

// TestQuickCheck: a sound file passes; one whose pages were overwritten
// fails with the file's name.
func TestQuickCheck(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	if err := db.QuickCheck(ctx); err != nil {
		t.Fatalf("fresh database: %v", err)
	}
	for i := range 300 {
		if err := sqlite.NewInstanceService(db).Set(ctx, strings.Repeat("n", 200)+string(rune('a'+i%26))+strings.Repeat("x", i), fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
	}
	path := db.Path
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 8*4096 {
		t.Fatalf("database has %d bytes; want several pages", len(b))
	}
	// Scribble over the last pages (the instance rows), sparing the schema.
	for i := len(b) - 4*4096; i < len(b); i += 97 {
		b[i] ^= 0x5a
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	db2 := sqlite.NewDB(path)
	if err := db2.Open(); err != nil {
		// Damage the migrations trip over is reported by Open; that is
		// fine too, as long as it is an error.
		t.Logf("Open: %v", err)
		return
	}
	defer db2.Close()
	err = db2.QuickCheck(ctx)
	t.Logf("QuickCheck: %v", err)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("QuickCheck on a scribbled file = %v; want an error naming %s", err, path)
	}
}

// TestInstance: a value recorded under a name reads back.
func TestInstance(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	in := sqlite.NewInstanceService(db)
	if _, ok, err := in.Get(ctx, "chain_id"); ok || err != nil {
		t.Fatalf("Get before Set: %v %v", ok, err)
	}
	if err := in.Set(ctx, "chain_id", "1337"); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := in.Get(ctx, "chain_id"); v != "1337" || !ok || err != nil {
		t.Fatalf("Get = %q %v %v", v, ok, err)
	}
}
