package evaluator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/relay"
)

// NoDeclaration is the declared_baseline that declares nothing.
const NoDeclaration = "none"

// declaredOf is the head score the setup declares: the request's
// declared_baseline, or the baseline the model was created with; nil for
// "none".
func declaredOf(m *hokusai.Model, req *SetupRequest) (*big.Int, error) {
	switch d := strings.TrimSpace(req.DeclaredBaseline); d {
	case "":
		return m.Baseline, nil
	case NoDeclaration:
		return nil, nil
	default:
		return hokusai.ParseWad("declared_baseline", d)
	}
}

// measureAndCommit measures the head of st (its recipe on its training
// rows) on the hidden test split, refuses a
// declared baseline outside the measured interval, and has the platform
// commit the benchmark's hash with the measured head on-chain. A model
// whose committed benchmark or head differs needs req.ChangeBenchmark: that
// resets the head to the newly measured score. It records the result in
// st.Head.
func (a *API) measureAndCommit(ctx context.Context, m *hokusai.Model, st *contrib.Setup, req *SetupRequest) error {
	if a.Platform == nil {
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "This server holds no platform key, so it cannot commit model %d's benchmark and measured head on-chain; set the benchmark up on a server that runs the evaluator.", m.ID)
	}
	declared, err := declaredOf(m, req)
	if err != nil {
		return err
	}
	// A setup is fixed once contributions were accepted against it (the
	// store refuses to replace it): refuse before anything is committed.
	acc, err := a.Store.AcceptedContributions(ctx, m.ID)
	if err != nil {
		return err
	}
	if len(acc) > 0 {
		return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "benchmark", Message: fmt.Sprintf(
			"Model %d's benchmark and training data are fixed: %d contributions were accepted against them, and the head has moved with them.", m.ID, len(acc))}
	}
	h, err := a.measureHead(ctx, st)
	if err != nil {
		return err
	}
	b, err := st.Bench()
	if err != nil {
		return err
	}
	if err := CheckDeclared(b.Metric, h, declared); err != nil {
		return err
	}
	spec, err := SpecOf(st, DeltaOneSize(m))
	if err != nil {
		return err
	}
	hash, err := spec.Hash()
	if err != nil {
		return err
	}
	score := ScoreWad(h.Score)
	rec := &contrib.MeasuredHead{
		Score: hokusai.FormatWad(score), Low95: hokusai.FormatWad(ScoreWad(h.Low95)), High95: hokusai.FormatWad(ScoreWad(h.High95)),
		Resamples: h.Resamples, Digest: h.Digest, BenchmarkHash: hash.Hex(),
	}
	if declared != nil {
		rec.Declared = hokusai.FormatWad(declared)
	}
	committed, err := a.Client.CommittedBenchmark(ctx, a.Mint.Verifier, m.ID)
	if err != nil {
		return err
	}
	head, _, err := a.Client.VerifierHead(ctx, a.Mint.Verifier, m.ID)
	if err != nil {
		return err
	}
	switch {
	case committed == hash && head.Cmp(score) == 0:
		// Already committed (a repeated request): nothing to send.
	case committed != (common.Hash{}) && !req.ChangeBenchmark:
		return hokusai.Errorf(hokusai.ECONFLICT, "Model %d's committed benchmark is %s with head %s; this setup's benchmark is %s with a measured head of %s. Changing the benchmark resets the head to the newly measured score: repeat with change_benchmark true (register_model --change-benchmark).",
			m.ID, committed.Hex(), hokusai.FormatWad(head), hash.Hex(), rec.Score)
	default:
		// The owner asked; the platform pays: within the relay limits.
		tx := chain.CommitBenchmarkTx(a.Mint.Verifier, m.ID, chain.BenchmarkCommit{BenchmarkHash: hash, HeadScore: score, HeadDigest: DigestHash(h.Digest)})
		r, err := a.Relay.Send(ctx, a.Client, a.Platform, relay.RouteSetup, m.ID, "", tx)
		if err != nil {
			var re *chain.RevertError
			if errors.As(err, &re) && re.Name == "Unauthorized" {
				return hokusai.Errorf(hokusai.EUNAVAILABLE, "This server's platform key is not the verifier's admin, so it cannot commit model %d's benchmark; run the evaluator with the protocol admin's key.", m.ID)
			}
			return err
		}
		rec.CommitTx = r.TxHash.Hex()
	}
	st.Head = rec
	return nil
}

// measureHead measures the setup's head: the recipe retrained on the
// initial rows, or, for a model whose candidates are scored as submitted,
// the registry's head package.
func (a *API) measureHead(ctx context.Context, st *contrib.Setup) (*HeadMeasure, error) {
	if !st.ScoredAsSubmitted() {
		return MeasureHead(ctx, st, st.Training)
	}
	if a.Worker == nil || a.Worker.HeadPackage == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server cannot read model %d's head package to measure it; %s models are set up on a server that runs the evaluator.", st.ModelID, st.Recipe.Runtime)
	}
	head, err := a.Worker.HeadPackage(ctx, st.ModelID)
	if err != nil {
		return nil, err
	}
	return MeasureHeadPackage(ctx, st, head, a.Worker.Runtime)
}
