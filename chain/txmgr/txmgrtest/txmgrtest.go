// Package txmgrtest gives tests a chain client that sends through a real
// transaction manager, recording in a SQLite file in the test's temporary
// directory.
package txmgrtest

import (
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// Attach makes a Manager over a fresh SQLite store c's sender and returns
// it; the store closes when t ends.
func Attach(t testing.TB, c *chain.Client) *txmgr.Manager {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "txs.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	m := txmgr.New(c, sqlite.NewTxStore(db))
	c.Txs = m
	return m
}
