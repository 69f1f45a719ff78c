package ledger_test

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// BenchmarkCharge measures durable charges (BEGIN IMMEDIATE, fsync per
// commit) from one caller and from many consumers at once: concurrent
// callers share commits (group commit), so their throughput is a multiple
// of one caller's. It reports the CPU time per charge (the whole process)
// and how many charges each disk sync covered. Run:
//
//	go test -run '^$' -bench Charge -benchtime 2s ./ledger/
func BenchmarkCharge(b *testing.B) {
	for _, callers := range []int{1, 16, 256} {
		b.Run(fmt.Sprintf("callers=%d", callers), func(b *testing.B) {
			l, _ := newLedger(b)
			whos := make([]string, callers)
			for i := range whos {
				deposit(b, l, addr(i), 1<<60)
				whos[i] = addr(i).Hex()
			}
			ctx := context.Background()
			c0, _, s0 := l.Store().(*sqlite.LedgerStore).CommitStats()
			u0 := cpuTime()
			b.ResetTimer()
			work := make(chan struct{}, b.N)
			for range b.N {
				work <- struct{}{}
			}
			close(work)
			done := make(chan struct{})
			for i := range callers {
				go func() {
					defer func() { done <- struct{}{} }()
					c := hokusai.Charge{Consumer: whos[i], ModelID: 1, KeyID: "key_0123456789ab", Calls: 1, Amount: 2_000}
					for range work {
						if _, err := l.Charge(ctx, c); err != nil {
							b.Error(err)
							return
						}
					}
				}()
			}
			for range callers {
				<-done
			}
			b.StopTimer()
			c, _, s := l.Store().(*sqlite.LedgerStore).CommitStats()
			b.ReportMetric(float64((cpuTime()-u0).Nanoseconds())/float64(b.N)/1000, "cpu-µs/charge")
			b.ReportMetric(float64(c-c0)/float64(max(s-s0, 1)), "charges/sync")
		})
	}
}

// cpuTime is the process's CPU time (user and system) so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
