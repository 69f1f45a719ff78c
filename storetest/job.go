package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// JobQueueTiming is what the job suite needs to know of a queue's
// settings: how long a dead worker's job is held at least, how long until
// it runs again at most, and how long a failed job waits for its retry.
type JobQueueTiming struct {
	Hold     time.Duration // a job whose worker died is not run again within this
	Takeover time.Duration // a job whose worker died runs again within this
	Retry    time.Duration // a failed job runs again within this
}

// TestJobQueue is the suite every JobQueue must pass. openTwice returns
// two handles on one fresh database (two servers sharing it).
func TestJobQueue(t *testing.T, openTwice func(t *testing.T) (hokusai.JobQueue, hokusai.JobQueue), timing JobQueueTiming) {
	ctx := context.Background()
	// work runs q.WorkJobs in the background; it must end only with ctx.
	work := func(t *testing.T, ctx context.Context, q hokusai.JobQueue, n int, h hokusai.JobHandler) <-chan error {
		done := make(chan error, 1)
		go func() {
			err := q.WorkJobs(ctx, "evaluate", n, h)
			if ctx.Err() == nil || !errors.Is(err, context.Canceled) {
				t.Errorf("WorkJobs: %v", err)
			}
			done <- err
		}()
		return done
	}

	t.Run("UniqueKeys", func(t *testing.T) {
		q1, q2 := openTwice(t)
		if _, err := q1.EnqueueJob(ctx, "", "k", nil); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Fatalf("no kind: %v", err)
		}
		if _, err := q1.EnqueueJob(ctx, "evaluate", "", nil); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Fatalf("no key: %v", err)
		}
		if ok, err := q1.EnqueueJob(ctx, "evaluate", "model:1", []byte("1")); err != nil || !ok {
			t.Fatalf("first: %v %v", ok, err)
		}
		if ok, err := q2.EnqueueJob(ctx, "evaluate", "model:1", []byte("1")); err != nil || ok {
			t.Fatalf("same key from another server: %v %v; want not enqueued", ok, err)
		}
		if ok, err := q2.EnqueueJob(ctx, "evaluate", "model:2", []byte("2")); err != nil || !ok {
			t.Fatalf("another key: %v %v", ok, err)
		}
		if ok, err := q2.EnqueueJob(ctx, "other", "model:1", nil); err != nil || !ok {
			t.Fatalf("same key, another kind: %v %v", ok, err)
		}
		// Run the model:1 job; once it finished its key is free again.
		runs := make(chan string, 10)
		wctx, cancel := context.WithCancel(ctx)
		done := work(t, wctx, q1, 2, func(ctx context.Context, j *hokusai.Job) error {
			runs <- j.Key + "=" + string(j.Payload)
			return nil
		})
		got := map[string]bool{}
		for len(got) < 2 {
			select {
			case k := <-runs:
				got[k] = true
			case <-time.After(30 * time.Second):
				t.Fatalf("jobs run: %v; want model:1 and model:2", got)
			}
		}
		if !got["model:1=1"] || !got["model:2=2"] {
			t.Fatalf("jobs run: %v", got)
		}
		deadline := time.Now().Add(30 * time.Second)
		for {
			ok, err := q2.EnqueueJob(ctx, "evaluate", "model:1", []byte("again"))
			if err != nil {
				t.Fatal(err)
			}
			if ok {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the key of a finished job stays taken")
			}
			time.Sleep(50 * time.Millisecond)
		}
		select {
		case k := <-runs:
			if k != "model:1=again" {
				t.Fatalf("ran %s; want model:1=again", k)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the job enqueued again did not run")
		}
		select {
		case k := <-runs:
			t.Fatalf("an extra run: %s", k)
		case <-time.After(200 * time.Millisecond):
		}
		cancel()
		<-done
	})

	t.Run("OneWorkerAtATimeAndTakeover", func(t *testing.T) {
		q1, q2 := openTwice(t)
		if _, err := q1.EnqueueJob(ctx, "evaluate", "model:1", nil); err != nil {
			t.Fatal(err)
		}
		var running atomic.Int32
		var maxRunning atomic.Int32
		started := make(chan string, 10)
		hang := make(chan struct{})
		defer close(hang)
		body := func(server string) hokusai.JobHandler {
			return func(ctx context.Context, j *hokusai.Job) error {
				n := running.Add(1)
				defer running.Add(-1)
				for {
					m := maxRunning.Load()
					if n <= m || maxRunning.CompareAndSwap(m, n) {
						break
					}
				}
				started <- fmt.Sprintf("%s:%d", server, j.Attempt)
				if server == "dead" {
					<-hang // a worker that stopped answering (its server died)
					return errors.New("too late")
				}
				return nil
			}
		}
		// The first server takes the job and dies holding it: its work loop
		// stops (no more lease renewals) while its handler never returns.
		deadCtx, killDead := context.WithCancel(ctx)
		defer killDead()
		work(t, deadCtx, q1, 1, body("dead"))
		select {
		case s := <-started:
			if s != "dead:1" {
				t.Fatalf("first run %s", s)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the job did not start")
		}
		killDead()
		// The second server sees a held job and does not run it meanwhile.
		liveCtx, stopLive := context.WithCancel(ctx)
		liveDone := work(t, liveCtx, q2, 2, body("live"))
		select {
		case s := <-started:
			t.Fatalf("%s ran while the first worker held the job", s)
		case <-time.After(timing.Hold):
		}
		// Once the hold runs out, the second server runs it.
		select {
		case s := <-started:
			if s != "live:2" {
				t.Fatalf("takeover run %s; want live:2", s)
			}
		case <-time.After(timing.Takeover):
			t.Fatalf("the job of a dead worker was not taken over within %s", timing.Takeover)
		}
		stopLive()
		<-liveDone
		if maxRunning.Load() > 2 {
			t.Fatalf("%d runs at once", maxRunning.Load())
		}
	})

	t.Run("RetryAfterFailure", func(t *testing.T) {
		q1, q2 := openTwice(t)
		if _, err := q1.EnqueueJob(ctx, "evaluate", "model:3", []byte("3")); err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		var attempts []int
		finished := make(chan struct{})
		wctx, cancel := context.WithCancel(ctx)
		defer cancel()
		h := func(ctx context.Context, j *hokusai.Job) error {
			mu.Lock()
			defer mu.Unlock()
			attempts = append(attempts, j.Attempt)
			if len(attempts) < 3 {
				return errors.New("not yet")
			}
			close(finished)
			return nil
		}
		d1, d2 := work(t, wctx, q1, 1, h), work(t, wctx, q2, 1, h)
		defer func() { cancel(); <-d1; <-d2 }()
		select {
		case <-finished:
		case <-time.After(2*timing.Retry + 60*time.Second):
			t.Fatalf("attempts %v; want three", attempts)
		}
		mu.Lock()
		defer mu.Unlock()
		if fmt.Sprint(attempts) != "[1 2 3]" {
			t.Fatalf("attempts %v; want [1 2 3]", attempts)
		}
	})
}
