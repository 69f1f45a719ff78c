package sqlite_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

func tickerN(i int) string {
	b := []byte("AAAA")
	for j := 3; j >= 0; j-- {
		b[j] = byte('A' + i%26)
		i /= 26
	}
	return string(b)
}

// seed fills a fresh store with n models.
func seed(b *testing.B, n int) *sqlite.ModelService {
	db := sqlite.NewDB(b.TempDir() + "/bench.db")
	if err := db.Open(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	ms := sqlite.NewModelService(db)
	for i := 1; i <= n; i++ {
		if err := ms.UpsertModel(context.Background(), storetest.NewModel(uint64(i), tickerN(i))); err != nil {
			b.Fatal(err)
		}
	}
	return ms
}

// BenchmarkUpsertModel measures one durable (synchronous=FULL) upsert.
func BenchmarkUpsertModel(b *testing.B) {
	ms := seed(b, 0)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if err := ms.UpsertModel(ctx, storetest.NewModel(uint64(i%1000+1), tickerN(i%1000+1))); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindModelByTicker(b *testing.B) {
	ms := seed(b, 1000)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := ms.FindModelByTicker(ctx, tickerN(i%1000+1)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindModelsPage lists one 50-model page (with the total) from 1,000.
func BenchmarkFindModelsPage(b *testing.B) {
	ms := seed(b, 1000)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		m, total, err := ms.FindModels(ctx, hokusai.ModelFilter{Limit: 50, Offset: (i * 50) % 950})
		if err != nil || len(m) != 50 || total != 1000 {
			b.Fatal(fmt.Sprint(len(m), total, err))
		}
	}
}
