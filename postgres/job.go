package postgres

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/hokusai-protocol/hokusai"
)

// JobQueue is the PostgreSQL implementation of hokusai.JobQueue, on River:
// each job kind is a River queue, a job's key is River's unique key, and
// River's rescuer gives the job of a server that died to another after
// RescueAfter. River keeps its own tables, migrated by rivermigrate when
// the queue opens.
type JobQueue struct {
	db   *DB
	pool *pgxpool.Pool
	ins  *river.Client[pgx.Tx] // inserts only

	// Timeout bounds one run of a job: its context ends then. 0 means
	// 45 seconds.
	Timeout time.Duration
	// RescueAfter is how long a job may be running before River counts
	// its server dead and runs it again elsewhere; it must exceed Timeout
	// (a live server's run has ended by then). River's rescuer looks every
	// 30 seconds on top. 0 means Timeout plus 15 seconds.
	RescueAfter time.Duration
	// Backoff and MaxBackoff space a failed job's retries (doubling); 0
	// means five seconds and five minutes.
	Backoff, MaxBackoff time.Duration
	// MaxAttempts is how many runs a job gets before River discards it;
	// 0 means 25.
	MaxAttempts int
	// Poll is how often idle workers look for jobs besides River's
	// notifications; 0 means one second.
	Poll time.Duration
	// Log receives River's warnings; nil means slog.Default().
	Log *slog.Logger
}

// NewJobQueue returns a JobQueue over db's database; Open it before use.
func NewJobQueue(db *DB) *JobQueue { return &JobQueue{db: db} }

var _ hokusai.JobQueue = (*JobQueue)(nil)

// jobArgs is every Hokusai job as River stores it; Key is its unique key.
type jobArgs struct {
	JobKind string `json:"kind" river:"unique"`
	Key     string `json:"key" river:"unique"`
	Payload []byte `json:"payload"`
}

// Kind is River's kind; the Hokusai kind is the River queue.
func (jobArgs) Kind() string { return "hokusai_job" }

// unfinished are the states in which a job holds its key: a finished
// (completed, cancelled or discarded) job's key may be used again.
var unfinished = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRetryable,
	rivertype.JobStateRunning, rivertype.JobStateScheduled}

// riverLockKey serializes River's migrations between servers starting together.
const riverLockKey = 7266010400

// Open connects a pool, runs River's migrations and readies inserts.
func (q *JobQueue) Open(ctx context.Context) error {
	pool, err := pgxpool.New(ctx, q.db.URL)
	if err != nil {
		return fmt.Errorf("job queue open %s: %w", Redact(q.db.URL), err)
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		pool.Close()
		return fmt.Errorf("job queue open %s: %w", Redact(q.db.URL), err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(riverLockKey)); err != nil {
		pool.Close()
		return fmt.Errorf("job queue migrate: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(riverLockKey))
	m, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Logger: q.logger()})
	if err == nil {
		_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	}
	if err != nil {
		pool.Close()
		return fmt.Errorf("job queue migrate: %w", err)
	}
	ins, err := river.NewClient(riverpgxv5.New(pool), &river.Config{Logger: q.logger()})
	if err != nil {
		pool.Close()
		return fmt.Errorf("job queue: %w", err)
	}
	q.pool, q.ins = pool, ins
	return nil
}

// Close closes the pool.
func (q *JobQueue) Close() error {
	if q.pool != nil {
		q.pool.Close()
		q.pool = nil
	}
	return nil
}

func (q *JobQueue) logger() *slog.Logger {
	if q.Log != nil {
		return q.Log
	}
	return slog.Default()
}

// EnqueueJob adds a job unless one of kind with key is unfinished.
func (q *JobQueue) EnqueueJob(ctx context.Context, kind, key string, payload []byte) (bool, error) {
	if kind == "" || key == "" {
		return false, hokusai.Errorf(hokusai.EINVALID, "A job needs a kind and a key.")
	}
	if q.ins == nil {
		return false, errors.New("enqueue job: the job queue is not open")
	}
	res, err := q.ins.Insert(ctx, jobArgs{JobKind: kind, Key: key, Payload: payload}, &river.InsertOpts{
		Queue: kind, MaxAttempts: q.maxAttempts(), UniqueOpts: river.UniqueOpts{ByArgs: true, ByQueue: true, ByState: unfinished},
	})
	if err != nil {
		return false, fmt.Errorf("enqueue job: %w", err)
	}
	return !res.UniqueSkippedAsDuplicate, nil
}

func (q *JobQueue) maxAttempts() int {
	if q.MaxAttempts <= 0 {
		return 25
	}
	return q.MaxAttempts
}

// retryPolicy spaces retries by hokusai.JobBackoff.
type retryPolicy struct{ base, limit time.Duration }

func (p retryPolicy) NextRetry(job *rivertype.JobRow) time.Time {
	return time.Now().Add(hokusai.JobBackoff(p.base, p.limit, job.Attempt))
}

// WorkJobs runs a River client that works kind's queue until ctx ends,
// then stops it, cancelling jobs that do not finish within ten seconds
// (River's rescuer gives them to another server).
func (q *JobQueue) WorkJobs(ctx context.Context, kind string, workers int, handler hokusai.JobHandler) error {
	if q.pool == nil {
		return errors.New("work jobs: the job queue is not open")
	}
	if workers <= 0 {
		workers = 1
	}
	timeout := q.Timeout
	if timeout <= 0 {
		timeout = 45 * time.Second
	}
	rescue := q.RescueAfter
	if rescue <= 0 {
		rescue = timeout + 15*time.Second
	}
	if rescue <= timeout {
		return hokusai.Errorf(hokusai.EINVALID, "The job queue's rescue time (%s) must exceed its job timeout (%s).", rescue, timeout)
	}
	base, limit := q.Backoff, q.MaxBackoff
	if base <= 0 {
		base = 5 * time.Second
	}
	if limit <= 0 {
		limit = 5 * time.Minute
	}
	poll := q.Poll
	if poll <= 0 {
		poll = time.Second
	}
	ws := river.NewWorkers()
	river.AddWorker(ws, river.WorkFunc(func(ctx context.Context, j *river.Job[jobArgs]) error {
		return handler(ctx, &hokusai.Job{ID: j.ID, Kind: j.Args.JobKind, Key: j.Args.Key, Payload: j.Args.Payload, Attempt: j.Attempt})
	}))
	client, err := river.NewClient(riverpgxv5.New(q.pool), &river.Config{
		Queues:               map[string]river.QueueConfig{kind: {MaxWorkers: workers}},
		Workers:              ws,
		JobTimeout:           timeout,
		RescueStuckJobsAfter: rescue,
		RetryPolicy:          retryPolicy{base: base, limit: limit},
		FetchPollInterval:    poll,
		FetchCooldown:        min(poll, river.FetchCooldownDefault),
		Logger:               q.logger(),
	})
	if err != nil {
		return fmt.Errorf("work jobs: %w", err)
	}
	if err := client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("work jobs: %w", err)
	}
	<-ctx.Done()
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := client.StopAndCancel(stop); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("work jobs stop: %w", err)
	}
	return ctx.Err()
}
