package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// BenchmarkRelayTake measures TakeRelay, the one write a relay adds before
// its transaction: from 1 and 16 concurrent callers, each on its own
// bucket, and from 16 on one bucket (one member's count, or the shared gas
// budget every relay takes from). It reports takes per second.
func BenchmarkRelayTake(b *testing.B, open func(b *testing.B) hokusai.RelayLimitService) {
	for _, tc := range []struct{ callers, buckets int }{{1, 1}, {16, 16}, {16, 1}} {
		b.Run(fmt.Sprintf("callers=%d/buckets=%d", tc.callers, tc.buckets), func(b *testing.B) {
			s := open(b)
			ctx := context.Background()
			var wg sync.WaitGroup
			errs := make(chan error, tc.callers)
			b.ResetTimer()
			start := time.Now()
			for c := range tc.callers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					bucket := fmt.Sprintf("rate:1:%d", c%tc.buckets)
					for i := c; i < b.N; i += tc.callers {
						if _, _, err := s.TakeRelay(ctx, bucket, 0, 1, 1<<62); err != nil {
							errs <- err
							return
						}
					}
				}()
			}
			wg.Wait()
			b.StopTimer()
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "takes/s")
		})
	}
}
