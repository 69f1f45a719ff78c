package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// TestLeaseService is the suite every LeaseService must pass: a lease has
// one holder at a time, its holder renews it, it passes to another holder
// only once it expires or is released, and of replicas racing for a free
// lease exactly one gets it.
func TestLeaseService(t *testing.T, open Opener[hokusai.LeaseService]) {
	ctx := context.Background()
	acquire := func(t *testing.T, s hokusai.LeaseService, name, holder string, ttl time.Duration, want bool) {
		t.Helper()
		got, err := s.AcquireLease(ctx, name, holder, ttl)
		if err != nil || got != want {
			t.Fatalf("%s acquires %s: %v, %v; want %v", holder, name, got, err, want)
		}
	}

	t.Run("OneHolderRenewRelease", func(t *testing.T) {
		s := open(t)()
		acquire(t, s, "settle", "replica-a", time.Hour, true)
		acquire(t, s, "settle", "replica-b", time.Hour, false)
		acquire(t, s, "settle", "replica-a", time.Hour, true) // renewal
		acquire(t, s, "index", "replica-b", time.Hour, true)  // leases are independent
		if err := s.ReleaseLease(ctx, "settle", "replica-b"); err != nil {
			t.Fatal(err)
		}
		acquire(t, s, "settle", "replica-b", time.Hour, false) // a non-holder's release did nothing
		if err := s.ReleaseLease(ctx, "settle", "replica-a"); err != nil {
			t.Fatal(err)
		}
		acquire(t, s, "settle", "replica-b", time.Hour, true)
		acquire(t, s, "settle", "replica-a", time.Hour, false)
	})

	t.Run("ExpiryHandsOver", func(t *testing.T) {
		handles := open(t)
		a, b := handles(), handles()
		const ttl = 300 * time.Millisecond
		acquire(t, a, "settle", "replica-a", ttl, true)
		acquire(t, b, "settle", "replica-b", ttl, false)
		time.Sleep(ttl + 200*time.Millisecond)
		acquire(t, b, "settle", "replica-b", time.Hour, true)
		acquire(t, a, "settle", "replica-a", ttl, false) // the old holder lost it
	})

	t.Run("RenewalKeepsIt", func(t *testing.T) {
		handles := open(t)
		a, b := handles(), handles()
		const ttl = 400 * time.Millisecond
		acquire(t, a, "settle", "replica-a", ttl, true)
		for range 4 {
			time.Sleep(ttl / 4)
			acquire(t, a, "settle", "replica-a", ttl, true)
			acquire(t, b, "settle", "replica-b", ttl, false)
		}
	})

	t.Run("Invalid", func(t *testing.T) {
		s := open(t)()
		for _, c := range []struct {
			name, holder string
			ttl          time.Duration
			field        string
		}{{"", "a", time.Second, "name"}, {"x", " ", time.Second, "holder"}, {"x", "a", 0, "ttl"}, {"x", "a", -time.Second, "ttl"}} {
			if _, err := s.AcquireLease(ctx, c.name, c.holder, c.ttl); code(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field {
				t.Fatalf("%+v: got %v, want %s on %s", c, err, hokusai.EINVALID, c.field)
			}
		}
		if err := s.ReleaseLease(ctx, "", "a"); code(err) != hokusai.EINVALID {
			t.Fatalf("release without a name: %v", err)
		}
	})

	t.Run("ReplicasRace", func(t *testing.T) {
		handles := open(t)
		replicas := []hokusai.LeaseService{handles(), handles(), handles()}
		for round := range 5 {
			name := fmt.Sprintf("batch-%d", round)
			got := make([]bool, 24)
			var wg sync.WaitGroup
			start := make(chan struct{})
			for i := range got {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					ok, err := replicas[i%3].AcquireLease(ctx, name, fmt.Sprintf("replica-%d", i), time.Hour)
					if err != nil {
						t.Error(err)
					}
					got[i] = ok
				}()
			}
			close(start)
			wg.Wait()
			n := 0
			for _, ok := range got {
				if ok {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("round %d: %d of 24 racing holders got the lease; want exactly 1", round, n)
			}
		}
	})
}
