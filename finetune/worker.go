package finetune

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// Published is what publishing a result registered.
type Published struct {
	Version     string
	BaseScore   float64 // the base's score on its benchmark (0: it has none)
	ResultScore float64
}

// Worker takes fine-tuning jobs from the queue and runs them on their
// runner. A run whose server dies is taken again (after a restart, or by
// another replica) and resumes from its last checkpoint; a cancelled
// job's run is stopped.
type Worker struct {
	Jobs    hokusai.FineTuneService
	Queue   hokusai.JobQueue
	Runners []hokusai.FineTuneRunner
	// Publish registers a succeeded job's result (nil: results are kept as
	// the last checkpoint only).
	Publish func(ctx context.Context, j *hokusai.FineTuneJob, res *hokusai.FineTuneResult) (*Published, error)
	// Workers is how many jobs run at once; 0 means 1.
	Workers int
	// Poll is how often a run checks whether its job was cancelled
	// elsewhere; 0 means 500ms.
	Poll time.Duration
	Log  *slog.Logger

	mu      sync.Mutex
	running map[int64]context.CancelFunc
}

// Run works jobs until ctx ends.
func (w *Worker) Run(ctx context.Context) error {
	return w.Queue.WorkJobs(ctx, JobKind, max(w.Workers, 1), w.handle)
}

// Running reports how many runs this worker holds now.
func (w *Worker) Running() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.running)
}

// stop ends job id's run in this process, if it runs here.
func (w *Worker) stop(id int64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if cancel := w.running[id]; cancel != nil {
		cancel()
	}
}

func (w *Worker) log() *slog.Logger {
	if w.Log == nil {
		return slog.Default()
	}
	return w.Log
}

func (w *Worker) handle(ctx context.Context, qj *hokusai.Job) error {
	id, err := strconv.ParseInt(string(qj.Payload), 10, 64)
	if err != nil {
		return nil // not a job this code wrote; nothing to retry
	}
	j, err := w.Jobs.FindFineTuneJob(ctx, id)
	if err != nil {
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			return nil
		}
		return err
	}
	if j.Status.Terminal() {
		return nil
	}
	var runner hokusai.FineTuneRunner
	for _, r := range w.Runners {
		if r.Name() == j.Runner {
			runner = r
		}
	}
	if runner == nil {
		return w.fail(ctx, j, fmt.Errorf("runner %s is not running on this server", j.Runner))
	}
	from, err := w.Jobs.LastFineTuneCheckpoint(ctx, id)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		from, err = nil, nil
	}
	if err != nil {
		return err
	}
	u := hokusai.FineTuneUpdate{Status: hokusai.FineTuneRunning}
	if from != nil {
		u.Step = from.Step
	}
	if j, err = w.Jobs.UpdateFineTuneJob(ctx, id, u); err != nil {
		if hokusai.ErrorCode(err) == hokusai.ECONFLICT {
			return nil // cancelled meanwhile
		}
		return err
	}
	if from != nil {
		w.event(ctx, id, "info", "Resumed from the checkpoint after step %d of %d (run %d) on runner %s.", from.Step, j.Hyper.Epochs, qj.Attempt, runner.Name())
	} else {
		w.event(ctx, id, "info", "Started on runner %s.", runner.Name())
	}

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	w.mu.Lock()
	if w.running == nil {
		w.running = map[int64]context.CancelFunc{}
	}
	w.running[id] = cancel
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		delete(w.running, id)
		w.mu.Unlock()
	}()
	watchDone := make(chan struct{})
	go w.watch(runCtx, id, cancel, watchDone)
	p := &progress{w: w, job: j, started: time.Now(), from: u.Step}
	res, err := runner.Run(runCtx, j, from, p)
	cancel()
	<-watchDone
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err() // the server stops: the job runs again and resumes
		}
		cur, ferr := w.Jobs.FindFineTuneJob(context.WithoutCancel(ctx), id)
		if ferr == nil && cur.Status == hokusai.FineTuneCancelled {
			w.event(ctx, id, "info", "The run stopped after step %d and released what it held.", cur.Step)
			return nil
		}
		return w.fail(ctx, j, err)
	}
	defer os.RemoveAll(res.Dir)
	done := hokusai.FineTuneUpdate{Status: hokusai.FineTuneSucceeded, Step: j.Hyper.Epochs, TrainLoss: res.TrainLoss, ValidLoss: res.ValidLoss}
	if w.Publish != nil && j.ResultModelID != 0 {
		pub, err := w.Publish(ctx, j, res)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return w.fail(ctx, j, fmt.Errorf("publish the result: %w", err))
		}
		done.ResultVersion, done.BaseScore, done.ResultScore = pub.Version, pub.BaseScore, pub.ResultScore
		w.event(ctx, id, "info", "Published as version %s of model %d (parent %d@%s); benchmark score %.4f, the base's %.4f.",
			pub.Version, j.ResultModelID, j.BaseModelID, j.BaseVersion, pub.ResultScore, pub.BaseScore)
	}
	if _, err := w.Jobs.UpdateFineTuneJob(ctx, id, done); err != nil && hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		return err
	}
	w.event(ctx, id, "info", "Succeeded: train loss %.4f after %d epochs.", res.TrainLoss, j.Hyper.Epochs)
	return nil
}

// watch cancels a run when its job is cancelled in the store (by another
// replica, or before this process learnt of it).
func (w *Worker) watch(ctx context.Context, id int64, cancel context.CancelFunc, done chan<- struct{}) {
	defer close(done)
	poll := w.Poll
	if poll <= 0 {
		poll = 500 * time.Millisecond
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			j, err := w.Jobs.FindFineTuneJob(ctx, id)
			if err == nil && j.Status == hokusai.FineTuneCancelled {
				cancel()
				return
			}
		}
	}
}

// fail marks j failed with err's sentence; a job that cannot run is not
// retried.
func (w *Worker) fail(ctx context.Context, j *hokusai.FineTuneJob, err error) error {
	msg := hokusai.ErrorMessage(err)
	if hokusai.ErrorCode(err) == hokusai.EINTERNAL {
		w.log().Error("fine-tuning job failed", "job", j.ID, "err", err)
		msg = "The run failed: " + hokusai.Excerpt(err.Error())
	}
	if _, uerr := w.Jobs.UpdateFineTuneJob(ctx, j.ID, hokusai.FineTuneUpdate{Status: hokusai.FineTuneFailed, Error: msg}); uerr != nil && hokusai.ErrorCode(uerr) != hokusai.ECONFLICT {
		return uerr
	}
	w.event(ctx, j.ID, "error", "Failed: %s", msg)
	return nil
}

func (w *Worker) event(ctx context.Context, id int64, level, format string, args ...any) {
	if err := w.Jobs.AddFineTuneEvent(context.WithoutCancel(ctx), id, level, fmt.Sprintf(format, args...)); err != nil {
		w.log().Warn("fine-tuning event", "job", id, "err", err)
	}
}

// progress records a run's checkpoints and events, and estimates when it
// finishes from this run's pace.
type progress struct {
	w       *Worker
	job     *hokusai.FineTuneJob
	started time.Time
	from    int
}

// Checkpoint implements hokusai.FineTuneProgress: the checkpoint is
// stored, then the job's progress; a job cancelled meanwhile stops the
// run (ECONFLICT).
func (p *progress) Checkpoint(ctx context.Context, c *hokusai.FineTuneCheckpoint) error {
	c.JobID = p.job.ID
	if err := p.w.Jobs.AddFineTuneCheckpoint(ctx, c); err != nil {
		return err
	}
	u := hokusai.FineTuneUpdate{Status: hokusai.FineTuneRunning, Step: c.Step, TrainLoss: c.TrainLoss, ValidLoss: c.ValidLoss}
	if done := c.Step - p.from; done > 0 && c.Step < p.job.Hyper.Epochs {
		per := time.Since(p.started) / time.Duration(done)
		u.EstimatedFinish = time.Now().Add(per * time.Duration(p.job.Hyper.Epochs-c.Step))
	}
	_, err := p.w.Jobs.UpdateFineTuneJob(ctx, p.job.ID, u)
	if hokusai.ErrorCode(err) == hokusai.ECONFLICT {
		return errors.Join(context.Canceled, err)
	}
	return err
}

// Event implements hokusai.FineTuneProgress.
func (p *progress) Event(ctx context.Context, level, format string, args ...any) {
	p.w.event(ctx, p.job.ID, level, format, args...)
}
