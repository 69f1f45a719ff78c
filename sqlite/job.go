package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// JobQueue is the SQLite implementation of hokusai.JobQueue, for the
// embedded server: a jobs table where a worker claims the oldest ready
// job with a lease in one UPDATE … RETURNING, renews the lease while the
// job runs, and a job whose lease expired (its worker died) is claimed
// again.
type JobQueue struct {
	db *DB

	// Lease is how long a claimed job is held without renewal; the worker
	// renews it every Lease/3. 0 means one minute.
	Lease time.Duration
	// Poll is how often idle workers look for jobs (an enqueue in this
	// process wakes them at once); 0 means one second.
	Poll time.Duration
	// Backoff and MaxBackoff space a failed job's retries (doubling); 0
	// means five seconds and five minutes.
	Backoff, MaxBackoff time.Duration

	mu     sync.Mutex
	wakeup map[string]chan struct{}
}

// NewJobQueue returns a JobQueue over db.
func NewJobQueue(db *DB) *JobQueue { return &JobQueue{db: db} }

var _ hokusai.JobQueue = (*JobQueue)(nil)

func (q *JobQueue) lease() time.Duration {
	if q.Lease <= 0 {
		return time.Minute
	}
	return q.Lease
}

func (q *JobQueue) wake(kind string) chan struct{} {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.wakeup == nil {
		q.wakeup = map[string]chan struct{}{}
	}
	ch := q.wakeup[kind]
	if ch == nil {
		ch = make(chan struct{}, 1)
		q.wakeup[kind] = ch
	}
	return ch
}

// EnqueueJob adds a job unless one of kind with key is still to do.
func (q *JobQueue) EnqueueJob(ctx context.Context, kind, key string, payload []byte) (bool, error) {
	if kind == "" || key == "" {
		return false, hokusai.Errorf(hokusai.EINVALID, "A job needs a kind and a key.")
	}
	if payload == nil {
		payload = []byte{}
	}
	now := q.db.now().UnixMilli()
	res, err := q.db.db.ExecContext(ctx, `INSERT INTO jobs (kind, key, payload, state, run_at, created_at) VALUES (?, ?, ?, 'available', ?, ?)
		ON CONFLICT (kind, key) DO NOTHING`, kind, key, payload, now, now)
	if err != nil {
		return false, fmt.Errorf("enqueue job: %w", err)
	}
	n, _ := res.RowsAffected()
	if n == 1 {
		select {
		case q.wake(kind) <- struct{}{}:
		default:
		}
	}
	return n == 1, nil
}

// claim takes the oldest ready job of kind for holder: available and due,
// or running with an expired lease.
func (q *JobQueue) claim(ctx context.Context, kind, holder string) (*hokusai.Job, error) {
	now := q.db.now().UnixMilli()
	j := &hokusai.Job{Kind: kind}
	err := q.db.db.QueryRowContext(ctx, `UPDATE jobs SET state = 'running', attempt = attempt + 1, holder = ?, lease_until = ?
		WHERE id = (SELECT id FROM jobs WHERE kind = ? AND ((state = 'available' AND run_at <= ?) OR (state = 'running' AND lease_until < ?)) ORDER BY run_at, id LIMIT 1)
		RETURNING id, key, payload, attempt`,
		holder, now+q.lease().Milliseconds(), kind, now, now).Scan(&j.ID, &j.Key, &j.Payload, &j.Attempt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("claim job: %w", err)
	}
	return j, nil
}

// renew extends holder's lease on job id; false when holder lost it.
func (q *JobQueue) renew(ctx context.Context, id int64, holder string) (bool, error) {
	res, err := q.db.db.ExecContext(ctx, `UPDATE jobs SET lease_until = ? WHERE id = ? AND holder = ? AND state = 'running'`,
		q.db.now().UnixMilli()+q.lease().Milliseconds(), id, holder)
	if err != nil {
		return false, fmt.Errorf("renew job: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// finish deletes a completed job, or schedules its retry when cause is
// not nil, if holder still has it.
func (q *JobQueue) finish(ctx context.Context, j *hokusai.Job, holder string, cause error) error {
	now := q.db.now()
	var err error
	if cause == nil {
		// A finished job is deleted: the table holds only work to do.
		_, err = q.db.db.ExecContext(ctx, `DELETE FROM jobs WHERE id = ? AND holder = ? AND state = 'running'`, j.ID, holder)
	} else {
		base, limit := q.Backoff, q.MaxBackoff
		if base <= 0 {
			base = 5 * time.Second
		}
		if limit <= 0 {
			limit = 5 * time.Minute
		}
		runAt := now.Add(hokusai.JobBackoff(base, limit, j.Attempt))
		_, err = q.db.db.ExecContext(ctx, `UPDATE jobs SET state = 'available', run_at = ?, last_error = ?, holder = '', lease_until = 0 WHERE id = ? AND holder = ? AND state = 'running'`,
			runAt.UnixMilli(), hokusai.Excerpt(cause.Error()), j.ID, holder)
	}
	if err != nil {
		return fmt.Errorf("finish job: %w", err)
	}
	return nil
}

// ReleaseRunning frees every job left running by an earlier process, for
// a server starting on this file: one server serves a SQLite database, so
// a running job at start-up is one whose worker died with that server,
// and waiting out its lease would only delay the work.
func (q *JobQueue) ReleaseRunning(ctx context.Context) (int64, error) {
	res, err := q.db.db.ExecContext(ctx, `UPDATE jobs SET state = 'available', holder = '', lease_until = 0 WHERE state = 'running'`)
	if err != nil {
		return 0, fmt.Errorf("release running jobs: %w", err)
	}
	return res.RowsAffected()
}

// WorkJobs runs handler on jobs of kind, at most workers at a time, until
// ctx ends.
func (q *JobQueue) WorkJobs(ctx context.Context, kind string, workers int, handler hokusai.JobHandler) error {
	if workers <= 0 {
		workers = 1
	}
	poll := q.Poll
	if poll <= 0 {
		poll = time.Second
	}
	wake := q.wake(kind)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var b [8]byte
			rand.Read(b[:])
			holder := hex.EncodeToString(b[:])
			for ctx.Err() == nil {
				j, err := q.claim(ctx, kind, holder)
				if err == nil && j != nil {
					q.run(ctx, j, holder, handler)
					continue
				}
				select {
				case <-ctx.Done():
				case <-wake:
				case <-time.After(poll):
				}
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}

// run runs one claimed job, renewing its lease until the handler returns;
// the handler's context ends when the lease is lost.
func (q *JobQueue) run(ctx context.Context, j *hokusai.Job, holder string, handler hokusai.JobHandler) {
	jctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(q.lease() / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if ok, err := q.renew(jctx, j.ID, holder); err == nil && !ok {
					cancel()
					return
				}
			}
		}
	}()
	err := handler(jctx, j)
	close(done)
	if ctx.Err() != nil {
		// Stopping: leave the job to the next worker, now rather than when
		// its lease runs out.
		_, _ = q.db.db.ExecContext(context.WithoutCancel(ctx), `UPDATE jobs SET state = 'available', holder = '', lease_until = 0 WHERE id = ? AND holder = ? AND state = 'running'`, j.ID, holder)
		return
	}
	_ = q.finish(context.WithoutCancel(ctx), j, holder, err)
}
