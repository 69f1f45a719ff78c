package ledger_test

import (
	"context"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// BenchmarkCharge measures durable charges (BEGIN IMMEDIATE, fsync per
// commit) from one caller and from many: concurrent callers share commits
// (group commit), so their throughput is a multiple of one caller's.
func BenchmarkCharge(b *testing.B) {
	for _, bc := range []struct {
		name string
		par  int
	}{{"callers=1", 0}, {"callers=64", 64}} {
		b.Run(bc.name, func(b *testing.B) {
			l, _ := newLedger(b)
			who := addr(7)
			deposit(b, l, who, 1<<60)
			ctx := context.Background()
			c := hokusai.Charge{Consumer: who.Hex(), ModelID: 1, KeyID: "bench", Calls: 1, Amount: 2_000}
			if bc.par == 0 {
				for i := 0; i < b.N; i++ {
					if _, err := l.Charge(ctx, c); err != nil {
						b.Fatal(err)
					}
				}
				return
			}
			b.SetParallelism(bc.par)
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := l.Charge(ctx, c); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}
