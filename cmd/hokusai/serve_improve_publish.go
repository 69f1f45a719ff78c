package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
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
// serves the improved model. Only linear-runtime heads whose entrypoint is
// the model file are republished; others keep their head.
type headPublisher struct {
	registry hokusai.RegistryService
	blobs    blob.Store
	key      *ecdsa.PrivateKey
	tmp      string
}

func (p *headPublisher) publish(ctx context.Context, ev *contrib.Evaluation, m *linear.Model) error {
	head, err := p.registry.FindHead(ctx, ev.ModelID)
	if err != nil {
		return fmt.Errorf("no head version to improve: %w", err)
	}
	hv, err := p.registry.FindVersion(ctx, ev.ModelID, head.Version)
	if err != nil {
		return err
	}
	man := *hv.Manifest
	if man.Runtime.Kind != hokusai.RuntimeLinear && man.Runtime.Kind != hokusai.RuntimeSoftmax {
		return fmt.Errorf("head %s runs on %s, which the evaluator does not retrain", head.Version, man.Runtime.Kind)
	}
	entry := man.Runtime.Entrypoint
	if entry == "" {
		entry = "model.json"
	}
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
	man.Version = next
	man.Files = nil
	man.Runtime.Entrypoint = entry
	man.Parent = &hokusai.Lineage{ModelID: ev.ModelID, Version: head.Version}
	metrics := map[string]float64{}
	for k, v := range man.Metrics {
		metrics[k] = v
	}
	if r, err := parseReceiptMetric(ev); err == nil {
		metrics[r] = ev.CandidateScore
	}
	man.Metrics = metrics
	man.Training.Methodology = strings.TrimSpace(fmt.Sprintf("%s Retrained by the evaluator with accepted contributions %v (evaluation %d, receipt %s).",
		man.Training.Methodology, ev.Contributions, ev.ID, ev.ReceiptHash))
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
