package finetune

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/pack"
)

// Publisher registers a succeeded job's result as the next version of
// the job's fork: the base version's manifest (schemas, runtime) with the
// fine-tuned model file, the base recorded as its parent, the benchmark
// score in its metrics, signed by the server's key; the version becomes
// the fork's head, so the gateway serves it.
type Publisher struct {
	Registry hokusai.RegistryService
	Blobs    blob.Store
	Key      *ecdsa.PrivateKey
	// Score scores a package archive on a model's benchmark (its hidden
	// test split) and names the metric; nil, or ENOTFOUND (the model has
	// no benchmark), publishes without a score.
	Score func(ctx context.Context, modelID uint64, archive []byte) (metric string, score float64, err error)
	Tmp   string
}

// Publish implements Worker.Publish.
func (p *Publisher) Publish(ctx context.Context, j *hokusai.FineTuneJob, res *hokusai.FineTuneResult) (*Published, error) {
	if j.BaseModelID == 0 && strings.HasPrefix(j.Base, "hf:") {
		return p.publishHF(ctx, j, res)
	}
	base, err := p.Registry.FindVersion(ctx, j.BaseModelID, j.BaseVersion)
	if err != nil {
		return nil, fmt.Errorf("base version: %w", err)
	}
	man := *base.Manifest
	entry := man.Runtime.Entrypoint
	if entry == "" {
		entry = "model.json"
	}
	if err := os.MkdirAll(p.Tmp, 0o700); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(p.Tmp, "finetune-publish-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	b, err := os.ReadFile(filepath.Join(res.Dir, res.Entry))
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, entry)), 0o700); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, entry), b, 0o600); err != nil {
		return nil, err
	}
	version, err := p.nextVersion(ctx, j.ResultModelID)
	if err != nil {
		return nil, err
	}
	man.Runtime.Entrypoint = entry
	man.Version = version
	man.Files = nil
	man.Parent = &hokusai.Lineage{ModelID: j.BaseModelID, Version: j.BaseVersion}
	if j.Suffix != "" {
		man.Name = man.Name + "-" + j.Suffix
	}
	man.Training.Methodology = strings.TrimSpace(fmt.Sprintf("%s Fine-tuned from %s by %s (%s): %d epochs of mini-batch gradient descent from the parent's weights, batch %d, learning rate %g, seed %d, on %d rows.",
		man.Training.Methodology, j.Base, hokusai.FineTuneJobName(j.ID), j.Owner, j.Hyper.Epochs, j.Hyper.BatchSize, j.Hyper.LearningRate, j.Seed, j.TrainingRows))
	metrics := map[string]float64{}
	for k, v := range man.Metrics {
		metrics[k] = v
	}
	man.Metrics = metrics

	out := &Published{Version: version}
	metric := ""
	if p.Score != nil {
		baseArchive, err := readBlob(ctx, p.Blobs, base.Digest, MaxPackageBytes)
		if err != nil {
			return nil, err
		}
		metric, out.BaseScore, err = p.Score(ctx, j.BaseModelID, baseArchive)
		switch {
		case hokusai.ErrorCode(err) == hokusai.ENOTFOUND:
			metric = ""
		case err != nil:
			return nil, fmt.Errorf("score the base: %w", err)
		}
	}
	pkg, archive, err := p.pack(dir, man)
	if err != nil {
		return nil, err
	}
	if metric != "" {
		// The score is measured on the packaged model, then recorded in a
		// manifest that differs only in its metrics.
		if _, out.ResultScore, err = p.Score(ctx, j.BaseModelID, archive); err != nil {
			return nil, fmt.Errorf("score the result: %w", err)
		}
		man.Metrics[metric] = out.ResultScore
		man.Metrics["parent_"+metric] = out.BaseScore
		if pkg, archive, err = p.pack(dir, man); err != nil {
			return nil, err
		}
	}
	if err := p.register(ctx, j, version, pkg, archive, out.ResultScore); err != nil {
		return nil, err
	}
	return out, nil
}

// register stores a result's package and makes it the fork's head.
func (p *Publisher) register(ctx context.Context, j *hokusai.FineTuneJob, version string, pkg *hokusai.Package, archive []byte, result float64) error {
	if _, err := p.Blobs.Put(ctx, bytes.NewReader(archive), pkg.Digest); err != nil {
		return err
	}
	mv := &hokusai.ModelVersion{
		ModelID: j.ResultModelID, Version: version, Digest: pkg.Digest, ManifestDigest: pkg.ManifestDigest, Size: pkg.Size,
		Manifest: pkg.Manifest, Metrics: pkg.Manifest.Metrics, Signer: pkg.Signer, Signature: pkg.Signature, Parent: pkg.Manifest.Parent,
	}
	if err := p.Registry.CreateVersion(ctx, mv); err != nil {
		return err
	}
	score, err := hokusai.ParseWad("score", strconv.FormatFloat(result, 'f', 18, 64))
	if err != nil {
		return err
	}
	if err := p.Registry.SetHead(ctx, j.ResultModelID, version, score); err != nil {
		return err
	}
	return nil
}

func (p *Publisher) pack(dir string, man hokusai.Manifest) (*hokusai.Package, []byte, error) {
	var buf bytes.Buffer
	pkg, err := pack.Package(dir, man, pack.Options{Key: p.Key, Out: &buf})
	if err != nil {
		return nil, nil, err
	}
	return pkg, buf.Bytes(), nil
}

// nextVersion is 1.0.0 for a fork without versions, else the next minor
// version after its highest.
func (p *Publisher) nextVersion(ctx context.Context, modelID uint64) (string, error) {
	vs, err := p.Registry.FindVersions(ctx, modelID)
	if err != nil {
		return "", err
	}
	if len(vs) == 0 {
		return "1.0.0", nil
	}
	sv, err := hokusai.ParseSemver(vs[len(vs)-1].Version)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%d.%d.0", sv.Major, sv.Minor+1), nil
}
