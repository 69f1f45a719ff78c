package hokusai

import (
	"context"
	"time"
)

// Job is one unit of background work taken from a JobQueue.
type Job struct {
	ID      int64
	Kind    string
	Key     string // unique among the kind's jobs that are not finished
	Payload []byte
	Attempt int // 1 on the first run
}

// JobHandler runs one job. Returning nil completes it; an error makes the
// queue run it again after a backoff (a ctx that ends means the worker is
// stopping: the job is run again elsewhere).
type JobHandler func(ctx context.Context, job *Job) error

// JobQueue runs background work (evaluations, later fine-tuning) on
// whichever server has a free worker, so a job is done once even when
// several servers share one database and one of them dies mid-job.
type JobQueue interface {
	// EnqueueJob adds a job of kind, unless a job of kind with the same key
	// is waiting, running or waiting to be retried: then it reports false.
	// EINVALID when kind or key is empty.
	EnqueueJob(ctx context.Context, kind, key string, payload []byte) (bool, error)
	// WorkJobs runs handler on jobs of kind, at most workers at a time,
	// until ctx ends. A job runs on one worker at a time; a job whose
	// worker died (its lease expired) is run again.
	WorkJobs(ctx context.Context, kind string, workers int, handler JobHandler) error
}

// JobBackoff is the wait before a failed job's attempt-th retry: base,
// doubling per attempt, at most limit.
func JobBackoff(base, limit time.Duration, attempt int) time.Duration {
	d := base
	for i := 1; i < attempt && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}
