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
