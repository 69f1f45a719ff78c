// Package postgres stores Hokusai's state in PostgreSQL (pgx through
// database/sql), for production and for several replicas sharing one
// database. It implements the same service interfaces as package sqlite
// and passes the same suites in package storetest. Migrations are embedded
// SQL files, one history for the whole database, run by goose on Open.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/pressly/goose/v3"
)

//go:embed migrations/*.sql
var migrationsFS embed.FS

// VersionTable is goose's table of applied migrations.
const VersionTable = "goose_db_version"

// DB is a PostgreSQL database with the schema migrated to the latest
// version. Create it with NewDB, then Open; Close releases it.
type DB struct {
	db *sql.DB

	// URL is the connection string, postgres://user:pass@host:port/db?….
	URL string
	// MaxConns bounds the pool; 0 means 32.
	MaxConns int
	// Now returns the current time; tests may replace it.
	Now func() time.Time
}

// NewDB returns a DB for the database at url.
func NewDB(url string) *DB { return &DB{URL: url, Now: time.Now} }

// IsURL reports whether s names a PostgreSQL database (postgres:// or
// postgresql://) rather than a SQLite file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Redact returns url without its password, for logs and errors.
func Redact(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}

// Open connects, checks the server answers and runs pending migrations.
// Several replicas may Open the same database at once: goose takes a
// session lock while it migrates.
func (db *DB) Open() error {
	if db.URL == "" {
		return errors.New("postgres open: URL required")
	}
	sdb, err := sql.Open("pgx", db.URL)
	if err != nil {
		return fmt.Errorf("postgres open %s: %w", Redact(db.URL), err)
	}
	n := db.MaxConns
	if n <= 0 {
		n = 32
	}
	sdb.SetMaxOpenConns(n)
	sdb.SetMaxIdleConns(n)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return fmt.Errorf("postgres open %s: %w (is the server running, and is the URL right?)", Redact(db.URL), err)
	}
	db.db = sdb
	sub, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		db.Close()
		return fmt.Errorf("postgres migrate: %w", err)
	}
	if err := db.Migrate(context.Background(), VersionTable, sub); err != nil {
		db.Close()
		return err
	}
	return nil
}

// Migrate applies the goose SQL migrations in fsys that are not yet
// applied, recording them in versionTable. A session advisory lock makes
// replicas that start together migrate one after the other.
func (db *DB) Migrate(ctx context.Context, versionTable string, fsys fs.FS) error {
	if db.db == nil {
		return errors.New("postgres migrate: database is not open")
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("postgres migrate: %w", err)
	}
	defer conn.Close()
	// The lock key is fixed; every Hokusai process migrates under it.
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(7266010001)`); err != nil {
		return fmt.Errorf("postgres migrate lock: %w", err)
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(7266010001)`)
	// Migration numbers are handed out in ranges to work done in
	// parallel, so a database may have applied a later range before an
	// earlier one lands: apply the earlier one then (each file keeps to
	// its own tables) instead of refusing to open.
	p, err := goose.NewProvider(goose.DialectPostgres, db.db, fsys, goose.WithTableName(versionTable), goose.WithAllowOutofOrder(true))
	if err != nil {
		return fmt.Errorf("postgres migrate %s: %w", versionTable, err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("postgres migrate %s: %w", versionTable, err)
	}
	return nil
}

// Close closes the pool.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	err := db.db.Close()
	db.db = nil
	return err
}

// SQL returns the underlying *sql.DB, for the stores of this package.
func (db *DB) SQL() *sql.DB { return db.db }

// now is the current time at PostgreSQL's resolution (microseconds), so a
// time a store returns from a write equals the one it reads back later.
func (db *DB) now() time.Time {
	if db.Now == nil {
		return time.Now().UTC().Truncate(time.Microsecond)
	}
	return db.Now().UTC().Truncate(time.Microsecond)
}
