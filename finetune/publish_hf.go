package finetune

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// trainerLabels is the labels.json the Python trainer writes beside its
// export.
type trainerLabels struct {
	Labels    []string `json:"labels"`
	MaxLength int      `json:"max_length"`
}

// publishHF registers a Hugging Face base's result (the Python trainer's
// ONNX export, tokenizer and labels) as the fork's next version, served
// by the ONNX runtime with the package's tokenizer. The base is outside
// the registry, so the version has no registry parent; the manifest names
// it.
func (p *Publisher) publishHF(ctx context.Context, j *hokusai.FineTuneJob, res *hokusai.FineTuneResult) (*Published, error) {
	var labels trainerLabels
	b, err := os.ReadFile(filepath.Join(res.Dir, "labels.json"))
	if err == nil {
		err = json.Unmarshal(b, &labels)
	}
	if err != nil || len(labels.Labels) < 2 {
		return nil, fmt.Errorf("the trainer's labels.json: %v", err)
	}
	version, err := p.nextVersion(ctx, j.ResultModelID)
	if err != nil {
		return nil, err
	}
	ref, err := hokusai.ParseBaseRef(j.Base)
	if err != nil {
		return nil, err
	}
	name := ref.Model[strings.LastIndexByte(ref.Model, '/')+1:]
	if j.Suffix != "" {
		name += "-" + j.Suffix
	}
	labelSchema := map[string]any{"type": "string", "enum": labels.Labels}
	man := hokusai.Manifest{
		Schema: hokusai.ManifestSchema, Name: name, Version: version,
		Description:  fmt.Sprintf("%s fine-tuned (%s) for text classification into %s.", j.Base, j.Method, strings.Join(labels.Labels, ", ")),
		Architecture: fmt.Sprintf("%s encoder, mean-pooled and normalised, with a linear head; %s adapters merged; ONNX with int8 weights", ref.Model, j.Method),
		Training: hokusai.Training{
			Methodology: fmt.Sprintf("Fine-tuned from %s by %s (%s) with the Python trainer (transformers, peft): %s, %d epochs, batch %d, learning rate %g, seed %d, on %d rows.",
				j.Base, hokusai.FineTuneJobName(j.ID), j.Owner, j.Method, j.Hyper.Epochs, j.Hyper.BatchSize, j.Hyper.LearningRate, j.Seed, j.TrainingRows),
			Recipe: hokusai.Recipe{Runtime: "hokusai_trainer", Seed: j.Seed, Hyperparameters: map[string]any{
				"base": j.Base, "method": string(j.Method), "n_epochs": j.Hyper.Epochs, "batch_size": j.Hyper.BatchSize, "learning_rate": j.Hyper.LearningRate}},
			Dataset: j.TrainingDigest,
		},
		InputSchema: map[string]any{"type": "object", "required": []any{"text"},
			"properties": map[string]any{"text": map[string]any{"type": "string"}}},
		OutputSchema: map[string]any{"type": "object", "properties": map[string]any{"label": labelSchema}},
		Runtime: hokusai.RuntimeSpec{Kind: hokusai.RuntimeONNX, Entrypoint: res.Entry, Options: map[string]any{
			"task": string(hokusai.TaskClassification), "classes": labels.Labels, "target": LabelColumn,
			"tokenizer": "tokenizer.json", "max_length": labels.MaxLength}},
		Metrics: map[string]float64{},
	}
	if res.ValidLoss > 0 {
		man.Metrics["validation_loss"] = res.ValidLoss
	}
	// labels.json is the trainer's note; the manifest carries the labels.
	if err := os.Remove(filepath.Join(res.Dir, "labels.json")); err != nil {
		return nil, err
	}
	pkg, archive, err := p.pack(res.Dir, man)
	if err != nil {
		return nil, err
	}
	if err := p.register(ctx, j, version, pkg, archive, 0); err != nil {
		return nil, err
	}
	return &Published{Version: version}, nil
}
