// Package finetune runs fine-tuning jobs (F30): it checks a request before
// anything is stored, keeps the job and its rows, queues it on the job
// queue, runs it on a runner (the local runner trains built-in models in
// this process, writing a checkpoint per epoch to the blob store and
// resuming from the last one after a crash), and publishes the result as a
// version of the fine-tuner's fork with the base recorded as its parent.
package finetune

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

var suffixRE = regexp.MustCompile(`^[A-Za-z0-9._-]*$`)

// JobKind is the job queue kind fine-tuning runs are queued under.
const JobKind = "finetune"

// MaxPackageBytes bounds a base package the server reads to fine-tune.
const MaxPackageBytes = 64 << 20

// Request is a fine-tuning request as the API takes it.
type Request struct {
	Base           string      `json:"base"`
	TrainingFile   string      `json:"training_file"`
	ValidationFile string      `json:"validation_file,omitempty"`
	Format         string      `json:"format,omitempty"`
	Method         string      `json:"method,omitempty"`
	Hyper          *HyperInput `json:"hyperparameters,omitempty"`
	Seed           *int64      `json:"seed,omitempty"`
	Suffix         string      `json:"suffix,omitempty"`
	Runner         string      `json:"runner,omitempty"`
	// Resources is what the run asks of its machine (nil: the runner's
	// defaults).
	Resources *hokusai.FineTuneResources `json:"resources,omitempty"`
	Fork      string                     `json:"fork,omitempty"`
}

// HyperInput is the hyper-parameters of a request: numbers or "auto".
type HyperInput struct {
	Epochs       Auto `json:"n_epochs"`
	BatchSize    Auto `json:"batch_size"`
	LearningRate Auto `json:"learning_rate"`
}

// Auto is a number, or the string "auto" (Set false): the default.
type Auto struct {
	Value float64
	Set   bool
}

// UnmarshalJSON reads a number or "auto".
func (a *Auto) UnmarshalJSON(b []byte) error {
	if string(b) == `"auto"` {
		*a = Auto{}
		return nil
	}
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf(`want a number or "auto", got %s`, hokusai.Excerpt(string(b)))
	}
	*a = Auto{Value: f, Set: true}
	return nil
}

// MarshalJSON writes the number, or "auto".
func (a Auto) MarshalJSON() ([]byte, error) {
	if !a.Set {
		return []byte(`"auto"`), nil
	}
	return json.Marshal(a.Value)
}

// resolve turns the input into hyper-parameters: a value given must lie
// in its range (0 included: only "auto" asks for the default).
func (h *HyperInput) resolve() (hokusai.HyperParameters, error) {
	var out hokusai.HyperParameters
	if h == nil {
		return out.Resolve()
	}
	for _, c := range []struct {
		v     Auto
		field string
		max   int
		to    *int
	}{{h.Epochs, "hyperparameters.n_epochs", hokusai.MaxFineTuneEpochs, &out.Epochs}, {h.BatchSize, "hyperparameters.batch_size", hokusai.MaxFineTuneBatchSize, &out.BatchSize}} {
		if !c.v.Set {
			continue
		}
		if c.v.Value != float64(int64(c.v.Value)) || c.v.Value < 1 || c.v.Value > float64(c.max) {
			return out, hokusai.FieldErrorf(c.field, "%s must be a whole number from 1 to %d, or \"auto\"; got %v.", c.field, c.max, c.v.Value)
		}
		*c.to = int(c.v.Value)
	}
	if lr := h.LearningRate; lr.Set {
		if !(lr.Value > 0) {
			return out, hokusai.FieldErrorf("hyperparameters.learning_rate", "hyperparameters.learning_rate must be above 0 and at most %g, or \"auto\"; got %v.", hokusai.MaxFineTuneLR, lr.Value)
		}
		out.LearningRate = lr.Value
	}
	return out.Resolve()
}

// Service checks and stores fine-tuning requests and cancels jobs.
type Service struct {
	Jobs     hokusai.FineTuneService
	Queue    hokusai.JobQueue
	Models   hokusai.ModelService
	Registry hokusai.RegistryService
	Blobs    blob.Store
	// Setups finds the benchmark setup of a model, whose schema rows must
	// fit; nil, or ENOTFOUND, means the base's own features are the schema.
	Setups func(ctx context.Context, modelID uint64) (*contrib.Setup, error)
	// HF finds Hugging Face bases in the local cache.
	HF HFCache
	// Runners are the runners a request may name; the first is the
	// default.
	Runners []hokusai.FineTuneRunner
	// Worker, when set, stops a cancelled job's run at once (else the
	// worker notices within its poll).
	Worker *Worker
	Tmp    string
	Log    *slog.Logger
}

// unconfigured says how an operator turns on each runner this build has.
var unconfigured = map[string]string{
	"kubernetes": "its operator sets --k8s-namespace (with --kubeconfig or KUBECONFIG), --trainer-image and the run exchange (--runner-exchange-listen, --runner-exchange-url).",
	"akash":      "its operator sets --akash-api-url and HOKUSAI_AKASH_API_KEY, --trainer-image and the run exchange (--runner-exchange-listen, --runner-exchange-url).",
}

func (s *Service) runner(name string) (hokusai.FineTuneRunner, error) {
	var names []string
	for _, r := range s.Runners {
		if name == "" || r.Name() == name {
			return r, nil
		}
		names = append(names, r.Name())
	}
	if len(names) == 0 {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server runs no fine-tuning runner.")
	}
	if how := unconfigured[name]; how != "" {
		return nil, hokusai.FieldErrorf("runner", "Runner %s is not configured on this server (it runs %s): %s", name, strings.Join(names, ", "), how)
	}
	return nil, hokusai.FieldErrorf("runner", "Unknown runner %q; this server runs %s.", hokusai.Excerpt(name), strings.Join(names, ", "))
}

// Create checks req for owner and stores and queues the job. Every check
// comes before anything is stored, and each refusal is EINVALID naming
// the field: an unknown base model or version, an hf: base not in the
// cache while offline, rows that fail the base's schema or hold personal
// data, hyper-parameters out of range, a method or runner the base
// cannot use; a fork the owner does not own is EFORBIDDEN.
func (s *Service) Create(ctx context.Context, owner string, req *Request) (*hokusai.FineTuneJob, error) {
	ref, err := hokusai.ParseBaseRef(req.Base)
	if err != nil {
		return nil, err
	}
	hyper, err := req.Hyper.resolve()
	if err != nil {
		return nil, err
	}
	method := hokusai.FineTuneMethod(req.Method)
	switch method {
	case "":
		method = hokusai.FineTuneFull
	case hokusai.FineTuneFull, hokusai.FineTuneLoRA:
	default:
		return nil, hokusai.FieldErrorf("method", "Unknown method %q; use full or lora.", hokusai.Excerpt(req.Method))
	}
	if len(req.Suffix) > hokusai.MaxFineTuneSuffix || !suffixRE.MatchString(req.Suffix) {
		return nil, hokusai.FieldErrorf("suffix", "suffix is at most %d letters, digits, '.', '_' or '-' (it becomes part of the result's name), got %q.", hokusai.MaxFineTuneSuffix, hokusai.Excerpt(req.Suffix))
	}
	runner, err := s.runner(req.Runner)
	if err != nil {
		return nil, err
	}
	var res hokusai.FineTuneResources
	if req.Resources != nil {
		if res = *req.Resources; res.Check() != nil {
			return nil, res.Check()
		}
		if res.GPUs > 0 && runner.Name() == "local" {
			return nil, hokusai.FieldErrorf("resources.gpus", "The local runner trains on this server's CPU and takes no GPUs; name runner kubernetes or akash for %d GPU(s), or drop resources.gpus.", res.GPUs)
		}
	}
	if ref.HF {
		return s.createHF(ctx, owner, ref, req, hyper, runner, res)
	}
	base, err := s.findModel(ctx, "base", ref.Model)
	if err != nil {
		return nil, err
	}
	bv, err := s.Registry.FindVersion(ctx, base.ID, ref.Revision)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil, hokusai.FieldErrorf("base", "Model %s has no version %s; `hokusai model versions %s` lists them.", base.Ticker, ref.Revision, base.Ticker)
	}
	if err != nil {
		return nil, err
	}
	if k := bv.Manifest.Runtime.Kind; k != hokusai.RuntimeLinear && k != hokusai.RuntimeSoftmax {
		return nil, hokusai.FieldErrorf("base", "%s runs on %s; runner %s fine-tunes the built-in linear and softmax runtimes only.", ref, k, runner.Name())
	}
	if method != hokusai.FineTuneFull {
		return nil, hokusai.FieldErrorf("method", "%s is a built-in %s model: it has no adapters, so fine-tune all its weights (method full).", ref, bv.Manifest.Runtime.Kind)
	}
	model, err := s.loadModel(ctx, bv)
	if err != nil {
		return nil, err
	}
	train, err := s.rows(ctx, base.ID, model, req.TrainingFile, req.Format, "training_file")
	if err != nil {
		return nil, err
	}
	var valid *eval.Dataset
	if strings.TrimSpace(req.ValidationFile) != "" {
		if valid, err = s.rows(ctx, base.ID, model, req.ValidationFile, req.Format, "validation_file"); err != nil {
			return nil, err
		}
	}
	fork, err := s.fork(ctx, owner, req.Fork, base.ID, ref)
	if err != nil {
		return nil, err
	}
	j := &hokusai.FineTuneJob{
		Owner: owner, Base: ref.String(), Method: method, Hyper: hyper, Suffix: req.Suffix, Runner: runner.Name(), Resources: res,
		BaseModelID: base.ID, BaseVersion: bv.Version, ResultModelID: fork, TrainingRows: train.Len(), Status: hokusai.FineTuneQueued,
	}
	return s.store(ctx, j, req, train, valid)
}

// fork finds the model a job publishes to ("" for none): the owner's,
// and not the base.
func (s *Service) fork(ctx context.Context, owner, name string, baseID uint64, ref hokusai.BaseRef) (uint64, error) {
	if name == "" {
		return 0, nil
	}
	f, err := s.findModel(ctx, "fork", name)
	if err != nil {
		return 0, err
	}
	if f.ID == baseID {
		return 0, hokusai.FieldErrorf("fork", "The fork must be another model than the base %s; create one with `hokusai model create --fork-of %s`.", f.Ticker, ref)
	}
	if !strings.EqualFold(f.Owner, owner) {
		return 0, hokusai.Errorf(hokusai.EFORBIDDEN, "Model %s belongs to %s, not to the signer %s: a job publishes only to the signer's own fork.", f.Ticker, f.Owner, owner)
	}
	return f.ID, nil
}

// store writes the job's rows and the job, and queues it.
func (s *Service) store(ctx context.Context, j *hokusai.FineTuneJob, req *Request, train, valid *eval.Dataset) (*hokusai.FineTuneJob, error) {
	var err error
	if req.Seed != nil {
		j.Seed = *req.Seed
	}
	j.TrainingRows = train.Len()
	if j.TrainingDigest, err = s.put(ctx, train); err != nil {
		return nil, err
	}
	if valid != nil {
		j.ValidationRows = valid.Len()
		if j.ValidationDigest, err = s.put(ctx, valid); err != nil {
			return nil, err
		}
	}
	if err := s.Jobs.CreateFineTuneJob(ctx, j); err != nil {
		return nil, err
	}
	_ = s.Jobs.AddFineTuneEvent(ctx, j.ID, "info", fmt.Sprintf("Created: %s (%s) on %d rows (%d validation), %d epochs, batch %d, learning rate %g, runner %s.",
		j.Base, j.Method, j.TrainingRows, j.ValidationRows, j.Hyper.Epochs, j.Hyper.BatchSize, j.Hyper.LearningRate, j.Runner))
	if _, err := s.Queue.EnqueueJob(ctx, JobKind, hokusai.FineTuneJobName(j.ID), []byte(strconv.FormatInt(j.ID, 10))); err != nil {
		return nil, err
	}
	return j, nil
}

// Cancel cancels caller's job id; EFORBIDDEN for another's job, ECONFLICT
// for a finished one.
func (s *Service) Cancel(ctx context.Context, caller string, id int64) (*hokusai.FineTuneJob, error) {
	j, err := s.Jobs.FindFineTuneJob(ctx, id)
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(j.Owner, caller) {
		return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "Fine-tuning job %s belongs to %s; only its owner may cancel it.", hokusai.FineTuneJobName(id), j.Owner)
	}
	j, err = s.Jobs.UpdateFineTuneJob(ctx, id, hokusai.FineTuneUpdate{Status: hokusai.FineTuneCancelled})
	if err != nil {
		return nil, err
	}
	_ = s.Jobs.AddFineTuneEvent(ctx, id, "info", "Cancelled by its owner.")
	if s.Worker != nil {
		s.Worker.stop(id)
	}
	return j, nil
}

func (s *Service) findModel(ctx context.Context, field, ref string) (*hokusai.Model, error) {
	var m *hokusai.Model
	var err error
	if id, perr := strconv.ParseUint(ref, 10, 64); perr == nil {
		m, err = s.Models.FindModelByID(ctx, id)
	} else if _, terr := hokusai.NormalizeTicker(ref); terr != nil {
		return nil, hokusai.FieldErrorf(field, "%q is neither a model id nor a ticker (3 to 6 letters).", hokusai.Excerpt(ref))
	} else {
		m, err = s.Models.FindModelByTicker(ctx, ref)
	}
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil, hokusai.FieldErrorf(field, "There is no model %s (the %s); `hokusai model list` shows the models.", hokusai.Excerpt(ref), field)
	}
	return m, err
}

// loadModel reads a built-in model version's weights from its package.
func (s *Service) loadModel(ctx context.Context, v *hokusai.ModelVersion) (*linear.Model, error) {
	return LoadVersionModel(ctx, s.Blobs, v, s.Tmp)
}

// LoadVersionModel reads the built-in model file of version v's package
// from blobs, verifying the package as any upload is verified.
func LoadVersionModel(ctx context.Context, blobs blob.Store, v *hokusai.ModelVersion, tmp string) (*linear.Model, error) {
	archive, err := readBlob(ctx, blobs, v.Digest, MaxPackageBytes)
	if err != nil {
		return nil, fmt.Errorf("package of %d@%s: %w", v.ModelID, v.Version, err)
	}
	if tmp != "" {
		if err := os.MkdirAll(tmp, 0o700); err != nil {
			return nil, err
		}
	}
	dir, err := os.MkdirTemp(tmp, "finetune-base-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	pkg, err := pack.Extract(bytes.NewReader(archive), dir, pack.VerifyOptions{Limits: contrib.CandidateLimits, Digest: v.Digest})
	if err != nil {
		return nil, fmt.Errorf("package of %d@%s: %w", v.ModelID, v.Version, err)
	}
	entry := pkg.Manifest.Runtime.Entrypoint
	if entry == "" {
		entry = "model.json"
	}
	return linear.Load(filepath.Join(dir, "model", entry))
}

func readBlob(ctx context.Context, blobs blob.Store, digest string, limit int64) ([]byte, error) {
	r, err := blobs.Get(ctx, digest)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Blob %s is larger than %d bytes.", digest, limit)
	}
	return b, nil
}

// rows parses body as contribution rows are parsed, fits them to the base
// model's schema (its benchmark's, else its own features and classes) and
// scans them for personal data.
func (s *Service) rows(ctx context.Context, modelID uint64, m *linear.Model, body, format, field string) (*eval.Dataset, error) {
	wrap := func(err error) error {
		if e, ok := err.(*hokusai.Error); ok && e.Code == hokusai.EINVALID {
			return hokusai.FieldErrorf(field, "%s: %s", field, e.Message)
		}
		return err
	}
	d, _, err := contrib.Parse([]byte(body), format, contrib.DefaultMaxRows)
	if err != nil {
		return nil, wrap(err)
	}
	if s.Setups != nil {
		st, err := s.Setups(ctx, modelID)
		switch {
		case err == nil:
			schema, err := st.Schema()
			if err != nil {
				return nil, err
			}
			if d, err = schema.Validate(d); err != nil {
				return nil, wrap(err)
			}
		case hokusai.ErrorCode(err) != hokusai.ENOTFOUND:
			return nil, err
		}
	}
	cols := make([]string, len(d.Columns))
	for i, c := range d.Columns {
		cols[i] = c.Name
	}
	for _, f := range append(m.Info().Features, m.Target) {
		if !slices.Contains(cols, f) {
			return nil, hokusai.FieldErrorf(field, "%s has no column %q; the base model reads %s and predicts %s.", field, f, strings.Join(m.Info().Features, ", "), m.Target)
		}
	}
	if err := m.CheckRows(hokusai.RowsFromTable(cols, d.Rows), field); err != nil {
		return nil, err
	}
	if err := contrib.RejectPII(d); err != nil {
		return nil, wrap(err)
	}
	return d, nil
}

func (s *Service) put(ctx context.Context, d *eval.Dataset) (string, error) {
	b := contrib.CanonicalJSONL(d)
	info, err := s.Blobs.Put(ctx, bytes.NewReader(b), blob.Digest(b))
	if err != nil {
		return "", fmt.Errorf("store rows: %w", err)
	}
	return info.Digest, nil
}

// readRows reads rows stored by put.
func readRows(ctx context.Context, blobs blob.Store, digest string) ([]hokusai.Row, error) {
	if digest == "" {
		return nil, nil
	}
	b, err := readBlob(ctx, blobs, digest, 1<<30)
	if err != nil {
		return nil, fmt.Errorf("rows %s: %w", digest, err)
	}
	d, err := eval.LoadJSONL(bytes.NewReader(b), eval.LoadOptions{})
	if err != nil {
		return nil, fmt.Errorf("rows %s: %w", digest, err)
	}
	cols := make([]string, len(d.Columns))
	for i, c := range d.Columns {
		cols[i] = c.Name
	}
	return hokusai.RowsFromTable(cols, d.Rows), nil
}
