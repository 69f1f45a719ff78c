package postgres_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestMarketService(t *testing.T) {
	storetest.TestMarketService(t, single(opener(func(db *postgres.DB) storetest.MarketStores {
		return storetest.MarketStores{Models: postgres.NewModelService(db), Registry: postgres.NewRegistryService(db), Market: postgres.NewMarketService(db)}
	})))
}
