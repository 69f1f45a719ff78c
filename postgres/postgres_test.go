package postgres_test

import (
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
)

// OpenDB opens a migrated, empty database for t.
func openDB(t *testing.T) *postgres.DB {
	t.Helper()
	db := postgres.NewDB(pgtest.NewDatabase(t))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestOpenMigratesTwice(t *testing.T) {
	u := pgtest.NewDatabase(t)
	for i := 0; i < 2; i++ {
		db := postgres.NewDB(u)
		if err := db.Open(); err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		db.Close()
	}
}

func TestOpenUnreachable(t *testing.T) {
	db := postgres.NewDB("postgres://nobody:secret@127.0.0.1:1/x?sslmode=disable&connect_timeout=2")
	err := db.Open()
	if err == nil {
		t.Fatal("opened an unreachable server")
	}
	if s := err.Error(); strings.Contains(s, "secret") {
		t.Fatalf("error shows the password: %s", s)
	}
}
