// Package sqlite stores Hokusai's off-chain index and work queues in a
// SQLite file (modernc.org/sqlite, pure Go, no cgo). Migrations are
// embedded SQL files run in order by goose when the database opens.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql migrations/gateway/*.sql migrations/contrib/*.sql
var migrationsFS embed.FS

// histories are the migration histories in this file, each a directory of
// migrations and its goose version table, run in this order. The keys and
// whitelists history and the contributions history keep the table names
// they had when they lived in the gateway and contrib packages, so data
// directories made then open unchanged.
var histories = []struct{ dir, table string }{
	{"migrations", "goose_db_version"},
	{"migrations/gateway", "gateway_goose_version"},
	{"migrations/contrib", "contrib_goose_version"},
}

// DB is a SQLite database file with the schema migrated to the latest
// version. Create it with NewDB, then Open; Close releases it.
type DB struct {
	db *sql.DB

	// Path is the database file; its directory is created on Open.
	Path string
	// Now returns the current time; tests may replace it.
	Now func() time.Time
}

// NewDB returns a DB for the file at path.
func NewDB(path string) *DB {
	return &DB{Path: path, Now: time.Now}
}

// Open opens the file with WAL journaling, synchronous=FULL, foreign keys
// on and a busy timeout, and runs any pending migrations.
func (db *DB) Open() error {
	if db.Path == "" {
		return errors.New("sqlite open: path required")
	}
	if err := os.MkdirAll(filepath.Dir(db.Path), 0o755); err != nil {
		return fmt.Errorf("sqlite open: %w", err)
	}
	dsn := "file:" + db.Path +
		"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)"
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("sqlite open: %w", err)
	}
	// Several readers may run beside one writer under WAL; writers queue on
	// the busy timeout.
	sdb.SetMaxOpenConns(8)
	sdb.SetMaxIdleConns(8)
	if err := sdb.Ping(); err != nil {
		sdb.Close()
		return fmt.Errorf("sqlite open %s: %w", db.Path, err)
	}
	db.db = sdb
	if err := db.migrate(context.Background()); err != nil {
		sdb.Close()
		db.db = nil
		return err
	}
	return nil
}

// migrate applies every embedded migration not yet applied.
func (db *DB) migrate(ctx context.Context) error {
	for _, h := range histories {
		sub, err := fs.Sub(migrationsFS, h.dir)
		if err != nil {
			return fmt.Errorf("sqlite migrate: %w", err)
		}
		if err := db.Migrate(ctx, h.table, sub); err != nil {
			return err
		}
	}
	return nil
}

// Migrate applies the goose SQL migrations in fsys (files such as
// 00001_init.sql at its root) that are not yet applied, recording them in
// the named version table. Packages that keep their own tables in this file
// (e.g. the model registry) call it after Open with their own embedded
// migrations and their own table name, so their version numbers never
// collide with this package's.
func (db *DB) Migrate(ctx context.Context, versionTable string, fsys fs.FS) error {
	if db.db == nil {
		return errors.New("sqlite migrate: database is not open")
	}
	// Migration numbers are handed out in ranges to work done in
	// parallel, so a database may have applied a later range before an
	// earlier one lands: apply the earlier one then (each file keeps to
	// its own tables) instead of refusing to open.
	p, err := goose.NewProvider(goose.DialectSQLite3, db.db, fsys, goose.WithTableName(versionTable), goose.WithAllowOutofOrder(true))
	if err != nil {
		return fmt.Errorf("sqlite migrate %s: %w", versionTable, err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("sqlite migrate %s: %w", versionTable, err)
	}
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	err := db.db.Close()
	db.db = nil
	return err
}

// QuickCheck runs SQLite's quick_check (structure, free lists, NOT NULL and
// CHECK constraints; not index contents) and returns an error naming the
// file and the first problems it found.
func (db *DB) QuickCheck(ctx context.Context) error {
	if db.db == nil {
		return errors.New("sqlite quick_check: database is not open")
	}
	rows, err := db.db.QueryContext(ctx, `PRAGMA quick_check(5)`)
	if err != nil {
		return fmt.Errorf("%s: quick_check: %w", db.Path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("%s: quick_check: %w", db.Path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: quick_check: %w", db.Path, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s fails SQLite's quick_check: %s", db.Path, strings.Join(problems, "; "))
	}
	return nil
}

// WAL header and frame sizes (https://sqlite.org/fileformat.html#the_write_ahead_log).
const (
	walHeaderSize      = 32
	walFrameHeaderSize = 24
)

// CheckWAL looks at the write-ahead log beside the database file at path,
// before the database is opened (opening it writes to the log). SQLite
// replays a log up to its last whole, valid commit and silently drops the
// rest, so a log cut short — truncated, or copied while it was written —
// loses acknowledged commits without a word. CheckWAL reports what shows
// from outside: a header that is cut or not a WAL header, a size that ends
// inside a frame (SQLite only ever writes whole frames), or the
// shared-memory index (-shm) a server leaves when it stops abruptly with
// its log gone. nil when there is no log or it ends on a frame boundary.
// A log cut exactly at a frame boundary cannot be told from a short one.
func CheckWAL(path string) error {
	wal := path + "-wal"
	f, err := os.Open(wal)
	if errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Stat(path + "-shm"); err == nil {
			if _, err := os.Stat(path); err == nil {
				return fmt.Errorf("%s-shm is there but %s is missing: the server stopped without closing the database and its write-ahead log was removed since, so the last commits are lost", path, wal)
			}
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", wal, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("read %s: %w", wal, err)
	}
	size := fi.Size()
	if size == 0 {
		return nil
	}
	var h [walHeaderSize]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return fmt.Errorf("%s is %d bytes, shorter than its %d-byte header: the write-ahead log was cut short", wal, size, walHeaderSize)
	}
	magic := binary.BigEndian.Uint32(h[0:4])
	if magic != 0x377f0682 && magic != 0x377f0683 {
		return fmt.Errorf("%s does not start with a write-ahead log header (magic %#08x): SQLite would ignore every commit in it", wal, magic)
	}
	page := int64(binary.BigEndian.Uint32(h[8:12]))
	if page < 512 || page > 65536 || page&(page-1) != 0 {
		return fmt.Errorf("%s names page size %d, which SQLite does not use: the header is damaged", wal, page)
	}
	frame := walFrameHeaderSize + page
	if rest := (size - walHeaderSize) % frame; rest != 0 {
		return fmt.Errorf("%s is %d bytes, which ends %d bytes into a %d-byte frame: the write-ahead log was cut short, and the commits in and after that frame are lost", wal, size, rest, frame)
	}
	return nil
}

// SQL returns the underlying *sql.DB, for stores in other packages that
// share this file.
func (db *DB) SQL() *sql.DB { return db.db }

func (db *DB) now() time.Time {
	if db.Now == nil {
		return time.Now().UTC()
	}
	return db.Now().UTC()
}
