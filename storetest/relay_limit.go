package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// TestRelayLimitService runs the suite every hokusai.RelayLimitService
// must pass: takes stop at the limit per bucket and window, adjustments
// give back, old windows are swept, racing replicas never pass the limit
// together, and any sequence of operations matches a map.
func TestRelayLimitService(t *testing.T, open Opener[hokusai.RelayLimitService]) {
	ctx := context.Background()
	take := func(t testing.TB, s hokusai.RelayLimitService, bucket string, window, n, limit int64, want bool, wantUsed int64) {
		t.Helper()
		got, used, err := s.TakeRelay(ctx, bucket, window, n, limit)
		if err != nil || got != want || used != wantUsed {
			t.Fatalf("take %d of %s@%d (limit %d): %v, used %d, %v; want %v, used %d", n, bucket, window, limit, got, used, err, want, wantUsed)
		}
	}

	t.Run("UpToTheLimit", func(t *testing.T) {
		s := open(t)()
		take(t, s, "rate:1:0xa", 3600, 1, 3, true, 1)
		take(t, s, "rate:1:0xa", 3600, 1, 3, true, 2)
		take(t, s, "rate:1:0xa", 3600, 1, 3, true, 3)
		take(t, s, "rate:1:0xa", 3600, 1, 3, false, 3)
		take(t, s, "rate:1:0xb", 3600, 1, 3, true, 1) // buckets are independent
		take(t, s, "rate:1:0xa", 7200, 1, 3, true, 1) // so are windows
		take(t, s, "gas", 3600, 60_000, 100_000, true, 60_000)
		take(t, s, "gas", 3600, 60_000, 100_000, false, 60_000) // too big for what is left
		take(t, s, "gas", 3600, 40_000, 100_000, true, 100_000) // exactly what is left
		take(t, s, "gas", 7200, 100_001, 100_000, false, 0)     // more than the whole limit
		take(t, s, "zero", 3600, 1, 0, false, 0)                // a limit of 0 refuses all
		for _, c := range []struct {
			bucket string
			window int64
			want   int64
		}{{"rate:1:0xa", 3600, 3}, {"rate:1:0xa", 7200, 1}, {"gas", 3600, 100_000}, {"gas", 7200, 0}, {"none", 3600, 0}} {
			if got, err := s.CountRelay(ctx, c.bucket, c.window); err != nil || got != c.want {
				t.Fatalf("count of %s@%d: %d, %v; want %d", c.bucket, c.window, got, err, c.want)
			}
		}
	})

	t.Run("AdjustGivesBack", func(t *testing.T) {
		s := open(t)()
		take(t, s, "gas", 0, 90_000, 100_000, true, 90_000)
		if err := s.AdjustRelay(ctx, "gas", 0, -45_000); err != nil { // spent less than reserved
			t.Fatal(err)
		}
		take(t, s, "gas", 0, 55_000, 100_000, true, 100_000)
		if err := s.AdjustRelay(ctx, "gas", 0, 5_000); err != nil { // spent more: over the limit
			t.Fatal(err)
		}
		take(t, s, "gas", 0, 1, 100_000, false, 105_000)
		if err := s.AdjustRelay(ctx, "gas", 0, -1_000_000); err != nil { // never below zero
			t.Fatal(err)
		}
		take(t, s, "gas", 0, 1, 100_000, true, 1)
		if err := s.AdjustRelay(ctx, "fresh", 0, -5); err != nil { // a missing row starts at zero
			t.Fatal(err)
		}
		take(t, s, "fresh", 0, 1, 1, true, 1)
	})

	t.Run("SweepForgetsOldWindows", func(t *testing.T) {
		s := open(t)()
		take(t, s, "rate:1:0xa", 0, 1, 1, true, 1)
		take(t, s, "rate:1:0xa", 86400, 1, 1, true, 1)
		if err := s.SweepRelays(ctx, 86400); err != nil {
			t.Fatal(err)
		}
		take(t, s, "rate:1:0xa", 0, 1, 1, true, 1)      // forgotten
		take(t, s, "rate:1:0xa", 86400, 1, 1, false, 1) // kept
	})

	t.Run("Invalid", func(t *testing.T) {
		s := open(t)()
		long := fmt.Sprintf("%0*d", hokusai.MaxRelayBucket+1, 0)
		for _, c := range []struct {
			bucket   string
			n, limit int64
			field    string
		}{{"", 1, 1, "bucket"}, {" ", 1, 1, "bucket"}, {long, 1, 1, "bucket"}, {"x", 0, 1, "n"}, {"x", -1, 1, "n"}, {"x", 1, -1, "limit"}} {
			if _, _, err := s.TakeRelay(ctx, c.bucket, 0, c.n, c.limit); code(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field {
				t.Fatalf("%+v: got %v, want %s on %s", c, err, hokusai.EINVALID, c.field)
			}
		}
		if err := s.AdjustRelay(ctx, "", 0, 1); code(err) != hokusai.EINVALID {
			t.Fatalf("adjust with no bucket: %v", err)
		}
	})

	// N goroutines over several handles (replicas sharing the database)
	// take from a limit of K: exactly K succeed, and the count is K.
	t.Run("ConcurrentTakersPassExactlyTheLimit", func(t *testing.T) {
		handles := open(t)
		replicas := []hokusai.RelayLimitService{handles(), handles(), handles()}
		const n, k = 48, 13
		var ok, refused atomic.Int64
		var wg sync.WaitGroup
		errs := make(chan error, n)
		start := make(chan struct{})
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				took, used, err := replicas[i%len(replicas)].TakeRelay(ctx, "rate:7:0xabc", 86400, 1, k)
				switch {
				case err != nil:
					errs <- err
				case took:
					ok.Add(1)
					if used < 1 || used > k {
						errs <- fmt.Errorf("a take passed with the count at %d, limit %d", used, k)
					}
				default:
					refused.Add(1)
					if used != k {
						errs <- fmt.Errorf("a take was refused with the count at %d, below the limit %d", used, k)
					}
				}
			}()
		}
		close(start)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if ok.Load() != k || refused.Load() != n-k {
			t.Fatalf("%d took and %d were refused; want exactly %d and %d", ok.Load(), refused.Load(), k, n-k)
		}
		take(t, replicas[0], "rate:7:0xabc", 86400, 1, k+1, true, k+1) // the count is exactly k
	})

	// Any sequence of takes, adjustments and sweeps agrees with a map.
	t.Run("MatchesAModel", func(t *testing.T) {
		s := open(t)()
		round := 0
		rapid.Check(t, func(rt *rapid.T) {
			round++
			type key struct {
				bucket string
				window int64
			}
			model := map[key]int64{}
			prefix := fmt.Sprintf("r%d:", round) // each run its own buckets
			for range rapid.IntRange(1, 30).Draw(rt, "ops") {
				k := key{prefix + rapid.SampledFrom([]string{"a", "b"}).Draw(rt, "bucket"), rapid.Int64Range(0, 3).Draw(rt, "window") * 3600}
				switch rapid.IntRange(0, 5).Draw(rt, "op") {
				case 0, 1, 2:
					n, limit := rapid.Int64Range(1, 5).Draw(rt, "n"), rapid.Int64Range(0, 8).Draw(rt, "limit")
					cur := model[k]
					want := cur+n <= limit
					if want {
						cur += n
					}
					got, used, err := s.TakeRelay(ctx, k.bucket, k.window, n, limit)
					if err != nil || got != want || used != cur {
						rt.Fatalf("take %d of %v (limit %d): %v, %d, %v; the model says %v, %d", n, k, limit, got, used, err, want, cur)
					}
					model[k] = cur
					if c, err := s.CountRelay(ctx, k.bucket, k.window); err != nil || c != cur {
						rt.Fatalf("count of %v: %d, %v; the model says %d", k, c, err, cur)
					}
				case 3, 4:
					d := rapid.Int64Range(-6, 6).Draw(rt, "delta")
					if err := s.AdjustRelay(ctx, k.bucket, k.window, d); err != nil {
						rt.Fatal(err)
					}
					model[k] = max(model[k]+d, 0)
				case 5:
					b := rapid.Int64Range(0, 3).Draw(rt, "before") * 3600
					if err := s.SweepRelays(ctx, b); err != nil {
						rt.Fatal(err)
					}
					for mk := range model {
						if mk.window < b {
							delete(model, mk)
						}
					}
				}
			}
			// Leave nothing for the next run to meet.
			if err := s.SweepRelays(ctx, 1<<40); err != nil {
				rt.Fatal(err)
			}
		})
	})
}
