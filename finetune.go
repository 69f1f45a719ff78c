package hokusai

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"
)

// FineTuneStatus is where a fine-tuning job is in its life:
// validating_files → queued → running → succeeded | failed | cancelled.
type FineTuneStatus string

// Fine-tuning job statuses.
const (
	FineTuneValidating FineTuneStatus = "validating_files"
	FineTuneQueued     FineTuneStatus = "queued"
	FineTuneRunning    FineTuneStatus = "running"
	FineTuneSucceeded  FineTuneStatus = "succeeded"
	FineTuneFailed     FineTuneStatus = "failed"
	FineTuneCancelled  FineTuneStatus = "cancelled"
)

// Terminal reports whether a job in status s can change no more.
func (s FineTuneStatus) Terminal() bool {
	return s == FineTuneSucceeded || s == FineTuneFailed || s == FineTuneCancelled
}

// Valid reports whether s is one of the statuses.
func (s FineTuneStatus) Valid() bool {
	switch s {
	case FineTuneValidating, FineTuneQueued, FineTuneRunning, FineTuneSucceeded, FineTuneFailed, FineTuneCancelled:
		return true
	}
	return false
}

// CanMoveTo reports whether a job may go from s to next. A job only moves
// forward; running may be entered again (a resumed run); a terminal job
// never moves; any unfinished job may be cancelled or fail.
func (s FineTuneStatus) CanMoveTo(next FineTuneStatus) bool {
	if s.Terminal() || !next.Valid() {
		return false
	}
	switch next {
	case FineTuneValidating:
		return false
	case FineTuneQueued:
		return s == FineTuneValidating
	case FineTuneRunning:
		return s == FineTuneQueued || s == FineTuneRunning
	case FineTuneSucceeded:
		return s == FineTuneRunning
	}
	return true // failed, cancelled
}

// FineTuneMethod is how a base model's weights are trained.
type FineTuneMethod string

// Fine-tuning methods.
const (
	FineTuneFull FineTuneMethod = "full" // every weight is trained
	FineTuneLoRA FineTuneMethod = "lora" // low-rank adapters on a frozen base (transformers)
)

// Bounds on hyper-parameters; a request outside them is refused at
// creation.
const (
	MaxFineTuneEpochs    = 1000
	MaxFineTuneBatchSize = 4096
	MaxFineTuneLR        = 10.0
	MaxFineTuneSuffix    = 40
)

// Defaults a job's "auto" (zero) hyper-parameters take.
const (
	DefaultFineTuneEpochs    = 20
	DefaultFineTuneBatchSize = 32
	DefaultFineTuneLR        = 0.05
)

// HyperParameters say how long and how fast a job trains. Zero means
// "auto": the default above.
type HyperParameters struct {
	Epochs       int     `json:"n_epochs"`
	BatchSize    int     `json:"batch_size"`
	LearningRate float64 `json:"learning_rate"`
}

// Resolve checks h against its bounds and fills "auto" values.
func (h HyperParameters) Resolve() (HyperParameters, error) {
	switch {
	case h.Epochs < 0 || h.Epochs > MaxFineTuneEpochs:
		return h, FieldErrorf("hyperparameters.n_epochs", "hyperparameters.n_epochs must lie between 1 and %d (or be \"auto\"), got %d.", MaxFineTuneEpochs, h.Epochs)
	case h.BatchSize < 0 || h.BatchSize > MaxFineTuneBatchSize:
		return h, FieldErrorf("hyperparameters.batch_size", "hyperparameters.batch_size must lie between 1 and %d (or be \"auto\"), got %d.", MaxFineTuneBatchSize, h.BatchSize)
	case math.IsNaN(h.LearningRate) || h.LearningRate < 0 || h.LearningRate > MaxFineTuneLR:
		return h, FieldErrorf("hyperparameters.learning_rate", "hyperparameters.learning_rate must be a number above 0 and at most %g (or \"auto\"), got %v.", MaxFineTuneLR, h.LearningRate)
	}
	if h.Epochs == 0 {
		h.Epochs = DefaultFineTuneEpochs
	}
	if h.BatchSize == 0 {
		h.BatchSize = DefaultFineTuneBatchSize
	}
	if h.LearningRate == 0 {
		h.LearningRate = DefaultFineTuneLR
	}
	return h, nil
}

// BaseRef names the model a job starts from: a registry version
// ("VOTE@1.0.0", "7@1.2.0") or a Hugging Face repository at a revision
// ("hf:sentence-transformers/all-MiniLM-L6-v2@main").
type BaseRef struct {
	HF       bool   // a Hugging Face repository, not a registry model
	Model    string // registry: id or ticker; hf: ORG/NAME
	Revision string // registry: the semver version; hf: branch, tag or commit
}

// String writes the reference as ParseBaseRef reads it.
func (b BaseRef) String() string {
	if b.HF {
		return "hf:" + b.Model + "@" + b.Revision
	}
	return b.Model + "@" + b.Revision
}

var hfRepo = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$`)
var hfRevision = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$`)

// ParseBaseRef reads a job's base. EINVALID, on field base, names the
// expected forms.
func ParseBaseRef(s string) (BaseRef, error) {
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "hf:"); ok {
		repo, rev, _ := strings.Cut(rest, "@")
		if rev == "" {
			rev = "main"
		}
		if !hfRepo.MatchString(repo) || strings.Contains(repo, "..") {
			return BaseRef{}, FieldErrorf("base", "%q is not a Hugging Face repository id; write hf:ORG/NAME@REVISION, e.g. hf:sentence-transformers/all-MiniLM-L6-v2@main.", Excerpt(s))
		}
		if !hfRevision.MatchString(rev) || strings.Contains(rev, "..") {
			return BaseRef{}, FieldErrorf("base", "%q is not a revision (a branch, tag or commit) of %s.", Excerpt(rev), repo)
		}
		return BaseRef{HF: true, Model: repo, Revision: rev}, nil
	}
	model, ver, ok := strings.Cut(s, "@")
	if !ok || model == "" || ver == "" {
		return BaseRef{}, FieldErrorf("base", "%q names no base model; write MODEL@VERSION (a registry model's id or ticker and a version, e.g. VOTE@1.0.0) or hf:ORG/NAME@REVISION.", Excerpt(s))
	}
	if _, err := ParseSemver(ver); err != nil {
		return BaseRef{}, FieldErrorf("base", "%q is not a semantic version (e.g. 1.0.0); `hokusai model versions %s` lists them.", Excerpt(ver), Excerpt(model))
	}
	return BaseRef{Model: model, Revision: ver}, nil
}

// FineTuneJob is one fine-tuning run: a base model trained on new rows,
// published as a version of a fork when it succeeds.
type FineTuneJob struct {
	ID     int64
	Owner  string // 0x address of the wallet that signed the request
	Base   string // as given: MODEL@VERSION or hf:ORG/NAME@REVISION
	Method FineTuneMethod
	Hyper  HyperParameters // resolved: no "auto" left
	Seed   int64
	Suffix string
	Runner string // "local", "kubernetes", "akash"
	// Resources is what the run asks of its machine (zero: the runner's
	// defaults).
	Resources FineTuneResources
	// BaseModelID and BaseVersion are the resolved registry base (0 and ""
	// for a Hugging Face base).
	BaseModelID uint64
	BaseVersion string
	// ResultModelID is the fork the result is published to (0: none, the
	// result is kept as the job's last checkpoint only).
	ResultModelID uint64
	// TrainingDigest and ValidationDigest are the blobs holding the rows as
	// canonical JSONL ("" for no validation set).
	TrainingDigest   string
	ValidationDigest string
	TrainingRows     int
	ValidationRows   int

	Status     FineTuneStatus
	Step       int // epochs done
	TotalSteps int
	TrainLoss  float64
	ValidLoss  float64
	Error      string // why a failed job failed
	// ResultVersion is the version registered for the result ("" until
	// published).
	ResultVersion string
	// Metrics the result scored (e.g. the parent's benchmark metric).
	BaseScore   float64
	ResultScore float64

	CreatedAt       time.Time
	StartedAt       time.Time // zero until it first runs
	FinishedAt      time.Time // zero until terminal
	EstimatedFinish time.Time // zero when unknown
}

// FineTuneCheckpoint is the state of a run after a step: its weights (a
// blob) and the losses there. A run resumes from its last checkpoint.
type FineTuneCheckpoint struct {
	JobID     int64
	Step      int
	TrainLoss float64
	ValidLoss float64
	Digest    string // blob of the weights
	CreatedAt time.Time
}

// FineTuneEvent is one line of a job's history, for people following it.
type FineTuneEvent struct {
	JobID     int64
	Seq       int64 // increasing per job, from 1
	Level     string
	Message   string
	CreatedAt time.Time
}

// FineTuneFilter selects jobs to list: newest first, before the id After
// (0: from the newest), at most Limit (1–100).
type FineTuneFilter struct {
	Owner  string
	Before int64
	Limit  int
}

// FineTuneUpdate changes a job's status and progress. Zero fields leave
// the stored values alone, except Status, which is required.
type FineTuneUpdate struct {
	Status          FineTuneStatus
	Step            int
	TrainLoss       float64
	ValidLoss       float64
	Error           string
	ResultVersion   string
	BaseScore       float64
	ResultScore     float64
	EstimatedFinish time.Time
}

// FineTuneService keeps fine-tuning jobs, their checkpoints and events.
type FineTuneService interface {
	// CreateFineTuneJob stores j in its status (validating_files or
	// queued) and sets j.ID and j.CreatedAt. EINVALID for a job without a
	// base, owner, runner or status.
	CreateFineTuneJob(ctx context.Context, j *FineTuneJob) error
	// FindFineTuneJob returns ENOTFOUND when there is no job id.
	FindFineTuneJob(ctx context.Context, id int64) (*FineTuneJob, error)
	// FindFineTuneJobs lists jobs newest first. EINVALID for a limit out
	// of range.
	FindFineTuneJobs(ctx context.Context, f FineTuneFilter) ([]*FineTuneJob, error)
	// UpdateFineTuneJob moves job id to u.Status with u's progress, and
	// returns the job as stored. ENOTFOUND for no such job; ECONFLICT when
	// the job's status cannot move to u.Status (a finished job, or a
	// cancelled job a runner tries to finish), naming both.
	UpdateFineTuneJob(ctx context.Context, id int64, u FineTuneUpdate) (*FineTuneJob, error)
	// AddFineTuneCheckpoint records a checkpoint; a second one at the same
	// step replaces the first. ENOTFOUND when the job is unknown.
	AddFineTuneCheckpoint(ctx context.Context, c *FineTuneCheckpoint) error
	// LastFineTuneCheckpoint returns the job's checkpoint with the highest
	// step, ENOTFOUND when it has none.
	LastFineTuneCheckpoint(ctx context.Context, jobID int64) (*FineTuneCheckpoint, error)
	// FindFineTuneCheckpoints lists a job's checkpoints by step.
	FindFineTuneCheckpoints(ctx context.Context, jobID int64) ([]*FineTuneCheckpoint, error)
	// AddFineTuneEvent appends an event to a job's history.
	AddFineTuneEvent(ctx context.Context, jobID int64, level, message string) error
	// FindFineTuneEvents lists a job's events with Seq > after, oldest
	// first, at most limit (1–1000).
	FindFineTuneEvents(ctx context.Context, jobID int64, after int64, limit int) ([]*FineTuneEvent, error)
}

// CheckFineTuneJob names the first required field j lacks.
func CheckFineTuneJob(j *FineTuneJob) error {
	switch {
	case strings.TrimSpace(j.Base) == "":
		return FieldErrorf("base", "A fine-tuning job needs a base model.")
	case strings.TrimSpace(j.Owner) == "":
		return FieldErrorf("owner", "A fine-tuning job needs an owner (the signing wallet).")
	case strings.TrimSpace(j.Runner) == "":
		return FieldErrorf("runner", "A fine-tuning job needs a runner.")
	case j.Status != FineTuneValidating && j.Status != FineTuneQueued:
		return FieldErrorf("status", "A fine-tuning job starts validating_files or queued, not %q.", j.Status)
	case len(j.Suffix) > MaxFineTuneSuffix:
		return FieldErrorf("suffix", "suffix is at most %d characters.", MaxFineTuneSuffix)
	}
	return j.Resources.Check()
}

// CheckFineTuneFilter checks a listing's limit.
func CheckFineTuneFilter(f FineTuneFilter) error {
	if f.Limit < 1 || f.Limit > 100 {
		return FieldErrorf("limit", "limit must lie between 1 and 100, got %d.", f.Limit)
	}
	if f.Before < 0 {
		return FieldErrorf("before", "before must be a job id, got %d.", f.Before)
	}
	return nil
}

// StatusConflict is the ECONFLICT error for a job that cannot move from
// one status to another.
func StatusConflict(id int64, from, to FineTuneStatus) error {
	return Errorf(ECONFLICT, "Fine-tuning job %d is %s and cannot become %s.", id, from, to)
}

// FineTuneProgress reports a run's progress to whoever started it: each
// checkpoint it wrote, and lines for the job's events.
type FineTuneProgress interface {
	// Checkpoint records the weights after step (written to blob digest)
	// with its losses; the run continues from here after a crash.
	Checkpoint(ctx context.Context, c *FineTuneCheckpoint) error
	// Event appends a line to the job's events.
	Event(ctx context.Context, level, format string, args ...any)
}

// FineTuneResult is what a finished run produced: the trained model's
// files, ready to be packaged under the base's manifest.
type FineTuneResult struct {
	Dir       string // a directory holding the model files (the caller removes it)
	Entry     string // the model file inside Dir the runtime loads
	TrainLoss float64
	ValidLoss float64
}

// FineTuneRunner runs a job's training somewhere: in this process, as a
// Kubernetes Job, on an Akash lease. Every runner passes one suite.
type FineTuneRunner interface {
	// Name is the runner's name as a job's request gives it.
	Name() string
	// Run trains j from its last checkpoint (nil: from the base's weights)
	// until its epochs are done, reporting each checkpoint to p. When ctx
	// ends (the job was cancelled, or the server stops) it stops and frees
	// what it holds, returning ctx's error. EINVALID when the job cannot
	// run here (its method, its base's runtime).
	Run(ctx context.Context, j *FineTuneJob, from *FineTuneCheckpoint, p FineTuneProgress) (*FineTuneResult, error)
}

// FineTuneJobName is a job's public name, as OpenAI's API writes ids.
func FineTuneJobName(id int64) string { return fmt.Sprintf("ftjob-%d", id) }

// ApplyFineTuneUpdate moves j as u says, at now: the status (ECONFLICT when
// it cannot move there), the progress fields u sets, the start time on
// the first run and the finish time on a terminal status. Stores call it
// between reading a job and writing it back.
func ApplyFineTuneUpdate(j *FineTuneJob, u FineTuneUpdate, now time.Time) error {
	if !j.Status.CanMoveTo(u.Status) {
		return StatusConflict(j.ID, j.Status, u.Status)
	}
	if u.Step < 0 || u.Step > j.Hyper.Epochs {
		return FieldErrorf("step", "step must lie between 0 and the job's %d epochs, got %d.", j.Hyper.Epochs, u.Step)
	}
	for _, f := range []float64{u.TrainLoss, u.ValidLoss, u.BaseScore, u.ResultScore} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return FieldErrorf("loss", "A job's losses and scores must be finite numbers, got %v.", f)
		}
	}
	now = now.UTC().Truncate(time.Microsecond)
	j.Status = u.Status
	if u.Step > 0 {
		j.Step = u.Step
	}
	if u.TrainLoss != 0 {
		j.TrainLoss = u.TrainLoss
	}
	if u.ValidLoss != 0 {
		j.ValidLoss = u.ValidLoss
	}
	if u.Error != "" {
		j.Error = u.Error
	}
	if u.ResultVersion != "" {
		j.ResultVersion = u.ResultVersion
	}
	if u.BaseScore != 0 {
		j.BaseScore = u.BaseScore
	}
	if u.ResultScore != 0 {
		j.ResultScore = u.ResultScore
	}
	if !u.EstimatedFinish.IsZero() {
		j.EstimatedFinish = u.EstimatedFinish.UTC().Truncate(time.Microsecond)
	}
	if u.Status == FineTuneRunning && j.StartedAt.IsZero() {
		j.StartedAt = now
	}
	if u.Status.Terminal() {
		j.FinishedAt, j.EstimatedFinish = now, time.Time{}
	}
	return nil
}

// FineTuneResources is what a run asks of the machine it runs on: CPU,
// memory and GPUs (with a model, e.g. "h100"). Zero fields take the
// runner's defaults; the local runner uses this machine as it is.
type FineTuneResources struct {
	CPUMillis int    `json:"cpu_millis,omitempty"` // thousandths of a core
	MemoryMiB int    `json:"memory_mib,omitempty"`
	GPUs      int    `json:"gpus,omitempty"`
	GPUModel  string `json:"gpu_model,omitempty"`
}

// Bounds on a run's resources.
const (
	MaxFineTuneCPUMillis = 256_000
	MaxFineTuneMemoryMiB = 2 << 20
	MaxFineTuneGPUs      = 8
)

var gpuModelRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,39}$`)

// Check names the first resource out of range.
func (r FineTuneResources) Check() error {
	switch {
	case r.CPUMillis < 0 || r.CPUMillis > MaxFineTuneCPUMillis:
		return FieldErrorf("resources.cpu_millis", "resources.cpu_millis (thousandths of a core) must lie between 0 (the runner's default) and %d, got %d.", MaxFineTuneCPUMillis, r.CPUMillis)
	case r.MemoryMiB < 0 || r.MemoryMiB > MaxFineTuneMemoryMiB:
		return FieldErrorf("resources.memory_mib", "resources.memory_mib must lie between 0 (the runner's default) and %d, got %d.", MaxFineTuneMemoryMiB, r.MemoryMiB)
	case r.GPUs < 0 || r.GPUs > MaxFineTuneGPUs:
		return FieldErrorf("resources.gpus", "resources.gpus must lie between 0 and %d, got %d.", MaxFineTuneGPUs, r.GPUs)
	case r.GPUModel != "" && !gpuModelRE.MatchString(r.GPUModel):
		return FieldErrorf("resources.gpu_model", "resources.gpu_model is a lowercase model name such as a100 or h100, got %q.", Excerpt(r.GPUModel))
	case r.GPUModel != "" && r.GPUs == 0:
		return FieldErrorf("resources.gpu_model", "resources.gpu_model %s needs resources.gpus of 1 or more.", r.GPUModel)
	}
	return nil
}
