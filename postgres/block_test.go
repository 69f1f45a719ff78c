package postgres_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func TestBlockService(t *testing.T) {
	db := openDB(t)
	storetest.TestBlockService(t, func(t *testing.T) hokusai.BlockService {
		// One database serves every case (creating one per rapid case
		// would dominate the run); each starts with the table empty.
		if _, err := db.SQL().Exec(`DELETE FROM index_blocks`); err != nil {
			t.Fatal(err)
		}
		return postgres.NewBlockService(db)
	})
}
