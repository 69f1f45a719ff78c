package postgres_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestMarketService(t *testing.T) {
	storetest.TestMarketService(t, single(opener(func(db *postgres.DB) storetest.MarketStores {
		return storetest.MarketStores{Models: postgres.NewModelService(db), Registry: postgres.NewRegistryService(db), Market: postgres.NewMarketService(db)}
	})))
}

// BenchmarkMarketSearch10k: a search + filter + sort page over 10,000
// indexed models; prints p50 and p99.
func BenchmarkMarketSearch10k(b *testing.B) {
	storetest.BenchmarkMarketSearch(b, 10_000, func(b *testing.B) storetest.MarketStores {
		db := postgres.NewDB(pgtest.NewDatabase(b))
		if err := db.Open(); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return storetest.MarketStores{Models: postgres.NewModelService(db), Registry: postgres.NewRegistryService(db), Market: postgres.NewMarketService(db)}
	})
}
