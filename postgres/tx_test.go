package postgres_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestTxStore(t *testing.T) {
	storetest.TestTxStore(t, func(t *testing.T) (hokusai.TxStore, hokusai.TxStore) {
		u := pgtest.NewDatabase(t)
		var stores []hokusai.TxStore
		for range 2 {
			db := postgres.NewDB(u)
			if err := db.Open(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			stores = append(stores, postgres.NewTxStore(db))
		}
		return stores[0], stores[1]
	})
}
