package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// FineTuneService is the SQLite implementation of hokusai.FineTuneService.
type FineTuneService struct {
	db *DB
}

// NewFineTuneService returns a FineTuneService over db.
func NewFineTuneService(db *DB) *FineTuneService { return &FineTuneService{db: db} }

var _ hokusai.FineTuneService = (*FineTuneService)(nil)

const fineTuneColumns = `id, owner, base, method, epochs, batch_size, learning_rate, seed, suffix, runner, base_model_id, base_version,
	result_model_id, training_digest, validation_digest, training_rows, validation_rows, status, step, train_loss, valid_loss,
	error, result_version, base_score, result_score, created_at, started_at, finished_at, estimated_finish,
	cpu_millis, memory_mib, gpus, gpu_model`

// CreateFineTuneJob implements hokusai.FineTuneService.
func (s *FineTuneService) CreateFineTuneJob(ctx context.Context, j *hokusai.FineTuneJob) error {
	if err := hokusai.CheckFineTuneJob(j); err != nil {
		return err
	}
	now := s.db.now()
	err := s.db.db.QueryRowContext(ctx, `INSERT INTO finetune_jobs (owner, base, method, epochs, batch_size, learning_rate, seed, suffix, runner,
		base_model_id, base_version, result_model_id, training_digest, validation_digest, training_rows, validation_rows, status, created_at,
		cpu_millis, memory_mib, gpus, gpu_model)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		j.Owner, j.Base, string(j.Method), j.Hyper.Epochs, j.Hyper.BatchSize, j.Hyper.LearningRate, j.Seed, j.Suffix, j.Runner,
		int64(j.BaseModelID), j.BaseVersion, int64(j.ResultModelID), j.TrainingDigest, j.ValidationDigest, j.TrainingRows, j.ValidationRows,
		string(j.Status), now.UnixNano(), j.Resources.CPUMillis, j.Resources.MemoryMiB, j.Resources.GPUs, j.Resources.GPUModel).Scan(&j.ID)
	if err != nil {
		return fmt.Errorf("create fine-tuning job: %w", err)
	}
	j.CreatedAt, j.TotalSteps = time.Unix(0, now.UnixNano()).UTC(), j.Hyper.Epochs
	return nil
}

func scanFineTuneJob(r scanner) (*hokusai.FineTuneJob, error) {
	var j hokusai.FineTuneJob
	var method, status string
	var baseID, resultID, created, started, finished, eta int64
	err := r.Scan(&j.ID, &j.Owner, &j.Base, &method, &j.Hyper.Epochs, &j.Hyper.BatchSize, &j.Hyper.LearningRate, &j.Seed, &j.Suffix, &j.Runner,
		&baseID, &j.BaseVersion, &resultID, &j.TrainingDigest, &j.ValidationDigest, &j.TrainingRows, &j.ValidationRows, &status, &j.Step,
		&j.TrainLoss, &j.ValidLoss, &j.Error, &j.ResultVersion, &j.BaseScore, &j.ResultScore, &created, &started, &finished, &eta,
		&j.Resources.CPUMillis, &j.Resources.MemoryMiB, &j.Resources.GPUs, &j.Resources.GPUModel)
	if err != nil {
		return nil, err
	}
	j.Method, j.Status, j.BaseModelID, j.ResultModelID = hokusai.FineTuneMethod(method), hokusai.FineTuneStatus(status), uint64(baseID), uint64(resultID)
	j.TotalSteps = j.Hyper.Epochs
	j.CreatedAt, j.StartedAt, j.FinishedAt, j.EstimatedFinish = unixTime(created), unixTime(started), unixTime(finished), unixTime(eta)
	return &j, nil
}

// unixTime is t in unix nanoseconds as a UTC time; 0 is the zero time.
func unixTime(ns int64) time.Time {
	if ns == 0 {
		return time.Time{}
	}
	return time.Unix(0, ns).UTC()
}

func unixNanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// FindFineTuneJob implements hokusai.FineTuneService.
func (s *FineTuneService) FindFineTuneJob(ctx context.Context, id int64) (*hokusai.FineTuneJob, error) {
	j, err := scanFineTuneJob(s.db.db.QueryRowContext(ctx, `SELECT `+fineTuneColumns+` FROM finetune_jobs WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No fine-tuning job has id %d; `hokusai finetune list` lists them.", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find fine-tuning job %d: %w", id, err)
	}
	return j, nil
}

// FindFineTuneJobs implements hokusai.FineTuneService.
func (s *FineTuneService) FindFineTuneJobs(ctx context.Context, f hokusai.FineTuneFilter) ([]*hokusai.FineTuneJob, error) {
	if err := hokusai.CheckFineTuneFilter(f); err != nil {
		return nil, err
	}
	before := f.Before
	if before == 0 {
		before = 1<<63 - 1
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+fineTuneColumns+` FROM finetune_jobs WHERE id < ? AND (? = '' OR owner = ?) ORDER BY id DESC LIMIT ?`,
		before, f.Owner, f.Owner, f.Limit)
	if err != nil {
		return nil, fmt.Errorf("list fine-tuning jobs: %w", err)
	}
	defer rows.Close()
	var out []*hokusai.FineTuneJob
	for rows.Next() {
		j, err := scanFineTuneJob(rows)
		if err != nil {
			return nil, fmt.Errorf("list fine-tuning jobs: %w", err)
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// UpdateFineTuneJob implements hokusai.FineTuneService: the job is read,
// changed, and written back only if its status and step are still those
// read (compare and swap), so a cancel racing a runner's progress is never
// overwritten.
func (s *FineTuneService) UpdateFineTuneJob(ctx context.Context, id int64, u hokusai.FineTuneUpdate) (*hokusai.FineTuneJob, error) {
	for range 20 {
		j, err := s.FindFineTuneJob(ctx, id)
		if err != nil {
			return nil, err
		}
		old, oldStep := j.Status, j.Step
		if err := hokusai.ApplyFineTuneUpdate(j, u, s.db.now()); err != nil {
			return nil, err
		}
		res, err := s.db.db.ExecContext(ctx, `UPDATE finetune_jobs SET status = ?, step = ?, train_loss = ?, valid_loss = ?, error = ?, result_version = ?,
			base_score = ?, result_score = ?, started_at = ?, finished_at = ?, estimated_finish = ? WHERE id = ? AND status = ? AND step = ?`,
			string(j.Status), j.Step, j.TrainLoss, j.ValidLoss, j.Error, j.ResultVersion, j.BaseScore, j.ResultScore,
			unixNanos(j.StartedAt), unixNanos(j.FinishedAt), unixNanos(j.EstimatedFinish), id, string(old), oldStep)
		if err != nil {
			return nil, fmt.Errorf("update fine-tuning job %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			return j, nil
		}
	}
	return nil, hokusai.Errorf(hokusai.ECONFLICT, "Fine-tuning job %d kept changing while it was updated; try again.", id)
}

// AddFineTuneCheckpoint implements hokusai.FineTuneService.
func (s *FineTuneService) AddFineTuneCheckpoint(ctx context.Context, c *hokusai.FineTuneCheckpoint) error {
	if _, err := s.FindFineTuneJob(ctx, c.JobID); err != nil {
		return err
	}
	now := s.db.now()
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO finetune_checkpoints (job_id, step, train_loss, valid_loss, digest, created_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (job_id, step) DO UPDATE SET train_loss = excluded.train_loss, valid_loss = excluded.valid_loss, digest = excluded.digest, created_at = excluded.created_at`,
		c.JobID, c.Step, c.TrainLoss, c.ValidLoss, c.Digest, now.UnixNano())
	if err != nil {
		return fmt.Errorf("add checkpoint: %w", err)
	}
	c.CreatedAt = unixTime(now.UnixNano())
	return nil
}

const checkpointColumns = `job_id, step, train_loss, valid_loss, digest, created_at`

func scanCheckpoint(r scanner) (*hokusai.FineTuneCheckpoint, error) {
	var c hokusai.FineTuneCheckpoint
	var created int64
	if err := r.Scan(&c.JobID, &c.Step, &c.TrainLoss, &c.ValidLoss, &c.Digest, &created); err != nil {
		return nil, err
	}
	c.CreatedAt = unixTime(created)
	return &c, nil
}

// LastFineTuneCheckpoint implements hokusai.FineTuneService.
func (s *FineTuneService) LastFineTuneCheckpoint(ctx context.Context, jobID int64) (*hokusai.FineTuneCheckpoint, error) {
	c, err := scanCheckpoint(s.db.db.QueryRowContext(ctx, `SELECT `+checkpointColumns+` FROM finetune_checkpoints WHERE job_id = ? ORDER BY step DESC LIMIT 1`, jobID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Fine-tuning job %d has no checkpoint yet.", jobID)
	}
	if err != nil {
		return nil, fmt.Errorf("last checkpoint: %w", err)
	}
	return c, nil
}

// FindFineTuneCheckpoints implements hokusai.FineTuneService.
func (s *FineTuneService) FindFineTuneCheckpoints(ctx context.Context, jobID int64) ([]*hokusai.FineTuneCheckpoint, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+checkpointColumns+` FROM finetune_checkpoints WHERE job_id = ? ORDER BY step`, jobID)
	if err != nil {
		return nil, fmt.Errorf("list checkpoints: %w", err)
	}
	defer rows.Close()
	var out []*hokusai.FineTuneCheckpoint
	for rows.Next() {
		c, err := scanCheckpoint(rows)
		if err != nil {
			return nil, fmt.Errorf("list checkpoints: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// AddFineTuneEvent implements hokusai.FineTuneService; SQLite runs one
// writer at a time, so the next number is taken in the insert itself.
func (s *FineTuneService) AddFineTuneEvent(ctx context.Context, jobID int64, level, message string) error {
	if _, err := s.FindFineTuneJob(ctx, jobID); err != nil {
		return err
	}
	_, err := s.db.db.ExecContext(ctx, `INSERT INTO finetune_events (job_id, seq, level, message, created_at)
		SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM finetune_events WHERE job_id = ?`,
		jobID, level, message, s.db.now().UnixNano(), jobID)
	if err != nil {
		return fmt.Errorf("add event: %w", err)
	}
	return nil
}

// FindFineTuneEvents implements hokusai.FineTuneService.
func (s *FineTuneService) FindFineTuneEvents(ctx context.Context, jobID int64, after int64, limit int) ([]*hokusai.FineTuneEvent, error) {
	if limit < 1 || limit > 1000 {
		return nil, hokusai.FieldErrorf("limit", "limit must lie between 1 and 1000, got %d.", limit)
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT job_id, seq, level, message, created_at FROM finetune_events WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?`, jobID, after, limit)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	defer rows.Close()
	var out []*hokusai.FineTuneEvent
	for rows.Next() {
		var e hokusai.FineTuneEvent
		var created int64
		if err := rows.Scan(&e.JobID, &e.Seq, &e.Level, &e.Message, &created); err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
		e.CreatedAt = unixTime(created)
		out = append(out, &e)
	}
	return out, rows.Err()
}
