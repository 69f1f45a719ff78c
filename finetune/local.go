package finetune

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// LocalRunner trains built-in (linear, softmax) bases in this process, on
// this machine's CPU: mini-batch gradient descent from the base's weights,
// a checkpoint (the weights, a blob) after every epoch. It holds nothing
// but memory and a goroutine, both freed when Run returns.
type LocalRunner struct {
	Registry hokusai.RegistryService
	Blobs    blob.Store
	// Tmp is where base packages are unpacked and results written.
	Tmp string
	// Trainer, when set, fine-tunes Hugging Face bases (hf:ORG/NAME@REV)
	// found in HF with the Python trainer; nil refuses them.
	Trainer *PythonTrainer
	HF      HFCache
}

var _ hokusai.FineTuneRunner = (*LocalRunner)(nil)

// Name implements hokusai.FineTuneRunner.
func (r *LocalRunner) Name() string { return "local" }

// TrainsTransformers reports whether the runner fine-tunes Hugging Face
// bases (it has a Python trainer).
func (r *LocalRunner) TrainsTransformers() bool { return r.Trainer != nil }

// Run implements hokusai.FineTuneRunner.
func (r *LocalRunner) Run(ctx context.Context, j *hokusai.FineTuneJob, from *hokusai.FineTuneCheckpoint, p hokusai.FineTuneProgress) (*hokusai.FineTuneResult, error) {
	if strings.HasPrefix(j.Base, "hf:") {
		return r.runTransformer(ctx, j, from, p)
	}
	if j.Method != hokusai.FineTuneFull || j.BaseModelID == 0 {
		return nil, hokusai.FieldErrorf("method", "The local runner fine-tunes every weight of built-in registry models; job %s asks for %s of %s.", hokusai.FineTuneJobName(j.ID), j.Method, j.Base)
	}
	var m *linear.Model
	start := 0
	if from != nil {
		b, err := readBlob(ctx, r.Blobs, from.Digest, MaxPackageBytes)
		if err != nil {
			return nil, fmt.Errorf("checkpoint at step %d: %w", from.Step, err)
		}
		if m, err = linear.Parse(b); err != nil {
			return nil, fmt.Errorf("checkpoint at step %d: %w", from.Step, err)
		}
		start = from.Step
	} else {
		v, err := r.Registry.FindVersion(ctx, j.BaseModelID, j.BaseVersion)
		if err != nil {
			return nil, err
		}
		if m, err = LoadVersionModel(ctx, r.Blobs, v, r.Tmp); err != nil {
			return nil, err
		}
	}
	train, err := readRows(ctx, r.Blobs, j.TrainingDigest)
	if err != nil {
		return nil, err
	}
	valid, err := readRows(ctx, r.Blobs, j.ValidationDigest)
	if err != nil {
		return nil, err
	}
	opts := linearOptions(j.Hyper, j.Seed)
	var last linear.FineTuneEpoch
	out, err := linear.FineTune(ctx, m, train, valid, opts, start, func(e linear.FineTuneEpoch) error {
		b, err := e.Model.Marshal()
		if err != nil {
			return err
		}
		info, err := r.Blobs.Put(ctx, bytes.NewReader(b), blob.Digest(b))
		if err != nil {
			return fmt.Errorf("write checkpoint: %w", err)
		}
		last = e
		return p.Checkpoint(ctx, &hokusai.FineTuneCheckpoint{JobID: j.ID, Step: e.Epoch, TrainLoss: e.TrainLoss, ValidLoss: e.ValidLoss, Digest: info.Digest})
	})
	if err != nil {
		return nil, err
	}
	if last.Model == nil && from != nil {
		last.TrainLoss, last.ValidLoss = from.TrainLoss, from.ValidLoss
	}
	if r.Tmp != "" {
		if err := os.MkdirAll(r.Tmp, 0o700); err != nil {
			return nil, err
		}
	}
	dir, err := os.MkdirTemp(r.Tmp, "finetune-result-")
	if err != nil {
		return nil, err
	}
	if err := out.Save(filepath.Join(dir, "model.json")); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &hokusai.FineTuneResult{Dir: dir, Entry: "model.json", TrainLoss: last.TrainLoss, ValidLoss: last.ValidLoss}, nil
}
