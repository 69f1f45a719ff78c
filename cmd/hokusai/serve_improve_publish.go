package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// headPublisher registers each minted candidate as the model's next minor
// version (parent: the head it improved; metrics: its score; the receipt
// attached), signed by the evaluator, and makes it the head at the minted
// score, so the registry's head ratchets with the chain's and the gateway
// serves the improved model: a retrained linear or softmax model, or a
// contributed package scored as submitted, served with its own runtime.
// It also reads head packages for the evaluator.
type headPublisher struct {
	registry hokusai.RegistryService
	blobs    blob.Store
	key      *ecdsa.PrivateKey
	tmp      string
}

func (p *headPublisher) publish(ctx context.Context, ev *contrib.Evaluation, m *linear.Model) error {
	head, man, err := p.head(ctx, ev.ModelID)
	if err != nil {
		return err
	}
	if man.Runtime.Kind != hokusai.RuntimeLinear && man.Runtime.Kind != hokusai.RuntimeSoftmax {
		return fmt.Errorf("head %s runs on %s, which the evaluator does not retrain", head.Version, man.Runtime.Kind)
	}
	entry := man.Runtime.Entrypoint
	if entry == "" {
		entry = "model.json"
	}
	dir, err := os.MkdirTemp(p.tmp, "publish-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, entry)), 0o700); err != nil {
		return err
	}
	if err := m.Save(filepath.Join(dir, entry)); err != nil {
		return err
	}
	man.Runtime.Entrypoint = entry
	man.Training.Methodology = strings.TrimSpace(fmt.Sprintf("%s Retrained by the evaluator with accepted contributions %v (evaluation %d, receipt %s).",
		man.Training.Methodology, ev.Contributions, ev.ID, ev.ReceiptHash))
	return p.register(ctx, ev, head, man, dir)
}

// publishPackage registers a minted candidate package (scored as
// submitted) as the next minor version: its model files and runtime
// section under the head's manifest (name, description, schemas), signed
// by the evaluator, so the gateway serves it with its own runtime.
func (p *headPublisher) publishPackage(ctx context.Context, ev *contrib.Evaluation, archive []byte) error {
	head, man, err := p.head(ctx, ev.ModelID)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(p.tmp, 0o700); err != nil {
		return err
	}
	dir, err := os.MkdirTemp(p.tmp, "publish-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	cand, err := pack.Extract(bytes.NewReader(archive), dir, pack.VerifyOptions{Limits: contrib.CandidateLimits, Digest: ev.CandidateDigest})
	if err != nil {
		return fmt.Errorf("candidate package: %w", err)
	}
	cm := cand.Manifest
	man.Runtime = cm.Runtime
	man.Architecture = cm.Architecture
	man.Training.Recipe = cm.Training.Recipe
	man.Training.Methodology = strings.TrimSpace(fmt.Sprintf("%s (Contributed candidate %s, scored as submitted by the evaluator: contributions %v, evaluation %d, receipt %s.)",
		cm.Training.Methodology, ev.CandidateDigest, ev.Contributions, ev.ID, ev.ReceiptHash))
	return p.register(ctx, ev, head, man, filepath.Join(dir, "model"))
}

// head returns a model's head and a copy of its manifest.
func (p *headPublisher) head(ctx context.Context, modelID uint64) (*hokusai.Head, hokusai.Manifest, error) {
	head, err := p.registry.FindHead(ctx, modelID)
	if err != nil {
		return nil, hokusai.Manifest{}, fmt.Errorf("no head version to improve: %w", err)
	}
	hv, err := p.registry.FindVersion(ctx, modelID, head.Version)
	if err != nil {
		return nil, hokusai.Manifest{}, err
	}
	return head, *hv.Manifest, nil
}

// register packages the model files in dir under man as the version after
// head (parent: head; metrics: the evaluation's score; the receipt
// attached), signed by the evaluator, and makes it the head at the minted
// score.
func (p *headPublisher) register(ctx context.Context, ev *contrib.Evaluation, head *hokusai.Head, man hokusai.Manifest, dir string) error {
	sv, err := hokusai.ParseSemver(head.Version)
	if err != nil {
		return err
	}
	next := ""
	for minor := sv.Minor + 1; ; minor++ {
		next = fmt.Sprintf("%d.%d.0", sv.Major, minor)
		if _, err := p.registry.FindVersion(ctx, ev.ModelID, next); hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			break
		}
	}
	man.Version = next
	man.Files = nil
	man.Parent = &hokusai.Lineage{ModelID: ev.ModelID, Version: head.Version}
	metrics := map[string]float64{}
	for k, v := range man.Metrics {
		metrics[k] = v
	}
	if r, err := parseReceiptMetric(ev); err == nil {
		metrics[r] = ev.CandidateScore
	}
	man.Metrics = metrics
	var buf bytes.Buffer
	pkg, err := pack.Package(dir, man, pack.Options{Key: p.key, Out: &buf})
	if err != nil {
		return err
	}
	if _, err := p.blobs.Put(ctx, &buf, pkg.Digest); err != nil {
		return err
	}
	mv := &hokusai.ModelVersion{
		ModelID: ev.ModelID, Version: next, Digest: pkg.Digest, ManifestDigest: pkg.ManifestDigest, Size: pkg.Size,
		Manifest: pkg.Manifest, Metrics: pkg.Manifest.Metrics, Signer: pkg.Signer, Signature: pkg.Signature, Parent: pkg.Manifest.Parent,
	}
	if err := p.registry.CreateVersion(ctx, mv); err != nil {
		return err
	}
	if err := p.registry.AddReceipt(ctx, ev.ModelID, next, ev.ReceiptHash); err != nil {
		return err
	}
	return p.registry.SetHead(ctx, ev.ModelID, next, evaluator.ScoreWad(ev.CandidateScore))
}

// headPackage reads the archive of a model's head version from the blob
// store: the baseline the evaluator scores candidates against.
func (p *headPublisher) headPackage(ctx context.Context, modelID uint64) ([]byte, error) {
	head, err := p.registry.FindHead(ctx, modelID)
	if err != nil {
		return nil, fmt.Errorf("model %d head: %w", modelID, err)
	}
	hv, err := p.registry.FindVersion(ctx, modelID, head.Version)
	if err != nil {
		return nil, err
	}
	if hv.Size > contrib.MaxCandidateBytes {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d's head version %s is %d bytes; the evaluator scores packages of at most %d.", modelID, head.Version, hv.Size, contrib.MaxCandidateBytes)
	}
	r, err := p.blobs.Get(ctx, hv.Digest)
	if err != nil {
		return nil, fmt.Errorf("head package %s: %w", hv.Digest, err)
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, contrib.MaxCandidateBytes+1))
	if err != nil {
		return nil, fmt.Errorf("head package %s: %w", hv.Digest, err)
	}
	return b, nil
}

// parseReceiptMetric returns the metric name the evaluation's receipt scored.
func parseReceiptMetric(ev *contrib.Evaluation) (string, error) {
	var r struct {
		Metric string `json:"metric"`
	}
	if err := json.Unmarshal(ev.Receipt, &r); err != nil || r.Metric == "" {
		return "", fmt.Errorf("receipt metric: %v", err)
	}
	return r.Metric, nil
}
