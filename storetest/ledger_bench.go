package storetest

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// BenchmarkLedgerCharge measures durable charges from 1, 16 and 256
// concurrent callers, each charging its own consumer, and from 256
// callers charging one consumer (the hot row every replica would share).
// It reports charges per second and the process's CPU time per charge
// (the client's side only, for an out-of-process database), and charges
// per disk sync where the store counts them.
func BenchmarkLedgerCharge(b *testing.B, newDB func(t testing.TB) LedgerOpener) {
	for _, tc := range []struct {
		callers   int
		consumers int
	}{{1, 1}, {16, 16}, {256, 256}, {256, 1}} {
		b.Run(fmt.Sprintf("callers=%d/consumers=%d", tc.callers, tc.consumers), func(b *testing.B) {
			s := newDB(b)(b, time.Now)
			ctx := context.Background()
			whos := make([]string, tc.consumers)
			for i := range whos {
				whos[i] = LedgerAddr(i)
				if err := s.ApplyVaultEvents(ctx, "bench", uint64(i+1), "", []hokusai.VaultEvent{{Block: uint64(i + 1), Kind: hokusai.VaultDeposit, Account: whos[i], Amount: 1 << 60}}); err != nil {
					b.Fatal(err)
				}
			}
			stats, _ := s.(interface {
				CommitStats() (uint64, uint64, uint64)
			})
			var c0, s0 uint64
			if stats != nil {
				c0, _, s0 = stats.CommitStats()
			}
			u0 := cpuTime()
			start := time.Now()
			b.ResetTimer()
			work := make(chan struct{}, b.N)
			for range b.N {
				work <- struct{}{}
			}
			close(work)
			done := make(chan struct{})
			for i := range tc.callers {
				go func() {
					defer func() { done <- struct{}{} }()
					c := hokusai.Charge{Consumer: whos[i%len(whos)], ModelID: 1, KeyID: "key_0123456789ab", Calls: 1, Amount: 2_000}
					for range work {
						if _, err := s.Charge(ctx, c); err != nil {
							b.Error(err)
							return
						}
					}
				}()
			}
			for range tc.callers {
				<-done
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "charges/s")
			b.ReportMetric(float64((cpuTime()-u0).Nanoseconds())/float64(b.N)/1000, "cpu-µs/charge")
			if stats != nil {
				c, _, sy := stats.CommitStats()
				b.ReportMetric(float64(c-c0)/float64(max(sy-s0, 1)), "charges/sync")
			}
		})
	}
}

// cpuTime is the process's CPU time (user and system) so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
