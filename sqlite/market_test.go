package sqlite_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestMarketService(t *testing.T) {
	storetest.TestMarketService(t, func(t *testing.T) storetest.MarketStores {
		db := openDB(t)
		return storetest.MarketStores{Models: sqlite.NewModelService(db), Registry: sqlite.NewRegistryService(db), Market: sqlite.NewMarketService(db)}
	})
}

// BenchmarkMarketSearch10k: a search + filter + sort page over 10,000
// indexed models; prints p50 and p99.
func BenchmarkMarketSearch10k(b *testing.B) {
	storetest.BenchmarkMarketSearch(b, 10_000, func(b *testing.B) storetest.MarketStores {
		db := sqlite.NewDB(b.TempDir() + "/bench.db")
		if err := db.Open(); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return storetest.MarketStores{Models: sqlite.NewModelService(db), Registry: sqlite.NewRegistryService(db), Market: sqlite.NewMarketService(db)}
	})
}
