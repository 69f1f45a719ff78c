// Package sqlite stores Hokusai's off-chain index and work queues in a
// SQLite file (modernc.org/sqlite, pure Go, no cgo). Migrations are
// embedded SQL files run in order by goose when the database opens.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationsFS embed.FS

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
	sub, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		return fmt.Errorf("sqlite migrate: %w", err)
	}
	return db.Migrate(ctx, "goose_db_version", sub)
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
	p, err := goose.NewProvider(goose.DialectSQLite3, db.db, fsys, goose.WithTableName(versionTable))
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

// SQL returns the underlying *sql.DB, for stores in other packages that
// share this file.
func (db *DB) SQL() *sql.DB { return db.db }

func (db *DB) now() time.Time {
	if db.Now == nil {
		return time.Now().UTC()
	}
	return db.Now().UTC()
}
