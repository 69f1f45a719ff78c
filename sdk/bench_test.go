package sdk_test

import (
	"context"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// BenchmarkGetModelOverHTTP is one full round trip: SDK → loopback HTTP →
// server → SQLite → JSON → SDK → *hokusai.Model.
func BenchmarkGetModelOverHTTP(b *testing.B) {
	models := make([]*hokusai.Model, 0, 3)
	for i, tk := range []string{"IRIS", "VOTE", "PENGU"} {
		models = append(models, storetest.NewModel(uint64(i+1), tk))
	}
	c := sdk.New(serveB(b, models...).URL())
	ctx := context.Background()
	for b.Loop() {
		if _, err := c.GetModel(ctx, "vote"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListModelsOverHTTP lists a 50-model page over loopback HTTP.
func BenchmarkListModelsOverHTTP(b *testing.B) {
	models := make([]*hokusai.Model, 0, 50)
	for i := 1; i <= 50; i++ {
		models = append(models, storetest.NewModel(uint64(i), "M"+string(rune('A'+i/26))+string(rune('A'+i%26))))
	}
	c := sdk.New(serveB(b, models...).URL())
	ctx := context.Background()
	for b.Loop() {
		if ms, _, err := c.ListModels(ctx, hokusai.ModelFilter{Limit: 50}); err != nil || len(ms) != 50 {
			b.Fatal(err)
		}
	}
}
