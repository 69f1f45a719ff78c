// Package attest is an independent attester (F14 oracle): before it signs
// a mint request it checks the evaluator's receipt signature, retrains the
// baseline and the candidate from the claim's recipe and data (or, for a
// model whose candidates are scored as submitted, verifies and loads the
// head and candidate packages the claim carries), re-scores both on the
// benchmark's hidden test split, re-runs the paired bootstrap, and
// compares every number and digest with the receipt and the request; it
// re-attributes the improvement too (each contribution's marginal gain
// and weight). Any difference is a refusal naming the field.
package attest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// Attester signs mint requests it has re-checked.
type Attester struct {
	Key *ecdsa.PrivateKey
	// Evaluators, when set, are the receipt signers this attester trusts
	// to have run the evaluation; others are refused.
	Evaluators []common.Address
}

// New returns an attester with key that trusts receipts from evaluators
// (any signer when none are given; the numbers are re-checked either way).
func New(key *ecdsa.PrivateKey, evaluators ...common.Address) *Attester {
	return &Attester{Key: key, Evaluators: evaluators}
}

// Address is the attester's signing address.
func (a *Attester) Address() common.Address { return crypto.PubkeyToAddress(a.Key.PublicKey) }

func refuse(field, format string, args ...any) error {
	return &hokusai.Error{Code: hokusai.EFORBIDDEN, Field: field, Message: "Attester refuses: " + fmt.Sprintf(format, args...)}
}

// Check re-runs the claim's evaluation and compares it with the receipt
// and the request; nil means the claim holds.
func Check(ctx context.Context, c *evaluator.Claim, trusted []common.Address) error {
	if c.Request == nil {
		return refuse("request", "the claim has no mint request.")
	}
	r, signer, err := eval.VerifyReceipt(c.Receipt)
	if err != nil {
		return refuse("receipt", "the receipt does not verify: %s", hokusai.ErrorMessage(err))
	}
	if signer != c.Evaluator {
		return refuse("receipt", "the receipt is signed by %s, not by the evaluator %s the claim names.", signer.Hex(), c.Evaluator.Hex())
	}
	if len(trusted) > 0 {
		ok := false
		for _, t := range trusted {
			ok = ok || t == signer
		}
		if !ok {
			return refuse("receipt", "the receipt's signer %s is not an evaluator this attester trusts.", signer.Hex())
		}
	}
	if c.Request.ReceiptHash != r.Hash() {
		return refuse("receipt_hash", "the request names receipt %s but the receipt hashes to %s.", c.Request.ReceiptHash.Hex(), r.Hash().Hex())
	}
	if err := chain.CheckMintRequest(c.Request); err != nil {
		return refuse(hokusai.ErrorField(err), "%s", hokusai.ErrorMessage(err))
	}
	st, training, batch, err := c.Datasets()
	if err != nil {
		return refuse("claim", "%v", err)
	}
	if st.ModelID != c.Request.ModelID || r.Model != strconv.FormatUint(c.Request.ModelID, 10) {
		return refuse("model_id", "the request is for model %d, the setup for %d and the receipt for %s.", c.Request.ModelID, st.ModelID, r.Model)
	}
	eng, err := evaluator.NewEngine(st)
	if err != nil {
		return refuse("setup", "%s", hokusai.ErrorMessage(err))
	}
	var res *evaluator.Result
	if st.ScoredAsSubmitted() {
		// The candidate package is scored as submitted against the head
		// package; both travel in the claim and are verified again here.
		if len(batch) != 1 {
			return refuse("contributions", "a candidate scored as submitted is evaluated alone, but the claim holds %d contributions.", len(batch))
		}
		res, err = eng.EvaluateSubmitted(ctx, training, batch[0], c.BaselinePackage, c.CandidatePackage)
	} else {
		res, err = eng.Evaluate(ctx, training, batch)
	}
	if err != nil {
		return refuse("evaluation", "re-running the evaluation failed: %s", hokusai.ErrorMessage(err))
	}
	bench := eng.Bench()
	if c.Spec == nil || c.Spec.DeltaOne == nil {
		return refuse("benchmark_spec", "the claim carries no benchmark specification.")
	}
	spec, err := evaluator.SpecOf(st, c.Spec.DeltaOne)
	if err != nil {
		return refuse("benchmark_spec", "%s", hokusai.ErrorMessage(err))
	}
	specHash, err := spec.Hash()
	if err != nil {
		return refuse("benchmark_spec", "%s", hokusai.ErrorMessage(err))
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	cmp := res.Comparison
	checks := []struct{ field, got, want string }{
		{"dataset_digest", r.DatasetDigest, bench.DatasetDigest},
		{"split_digest", r.SplitDigest, bench.TestDigest},
		{"metric", r.Metric, bench.Metric},
		{"path", r.Path, res.Path},
		{"baseline_digest", r.BaselineDigest, res.Base.Digest},
		{"candidate_digest", r.CandidateDigest, res.Candidate.Digest},
		{"baseline_score", r.BaselineScore, f(cmp.BaselineScore)},
		{"candidate_score", r.CandidateScore, f(cmp.CandidateScore)},
		{"improvement", r.Improvement, f(cmp.Improvement)},
		{"lower95", r.Lower95, f(cmp.Lower95)},
		{"rows", strconv.Itoa(r.Rows), strconv.Itoa(cmp.Rows)},
		{"seed", r.Seed, strconv.FormatUint(cmp.Seed, 10)},
		{"request.benchmark_hash", c.Request.BenchmarkHash.Hex(), specHash.Hex()},
		// One baseline: the head the verifier pays against is the
		// re-trained baseline the bootstrap compared with.
		{"request.baseline_score", c.Request.BaselineScore.String(), evaluator.ScoreWad(cmp.BaselineScore).String()},
		{"request.candidate_score", c.Request.CandidateScore.String(), evaluator.ScoreWad(cmp.CandidateScore).String()},
		{"request.candidate_digest", c.Request.CandidateDigest.Hex(), evaluator.DigestHash(res.Candidate.Digest).Hex()},
		{"request.dataset_digest", c.Request.DatasetDigest.Hex(), evaluator.DigestHash(bench.TestDigest).Hex()},
		{"request.sample_count", strconv.FormatUint(c.Request.SampleCount, 10), strconv.Itoa(cmp.Rows)},
	}
	for _, k := range checks {
		if k.got != k.want {
			return refuse(k.field, "%s is %s in the claim but %s when re-computed from the claim's recipe, data and packages on the benchmark.", k.field, k.got, k.want)
		}
	}
	if cmp.Lower95 <= 0 {
		return refuse("lower95", "the improvement's 95%% lower bound is %s, not above 0.", f(cmp.Lower95))
	}
	if lb := evaluator.ScoreWad(cmp.Lower95); lb.Sign() > 0 && c.Request.LowerBound.Cmp(lb) != 0 {
		return refuse("request.lower_bound", "lower_bound is %s in the request but %s re-computed.", c.Request.LowerBound, lb)
	}
	// The weights: re-attributed, each contribution's marginal gain and
	// bps as the receipt records them, then merged by address as the
	// request carries them.
	bps := evaluator.WeightsBps(res.Values)
	if r.Attribution != res.Method {
		return refuse("attribution", "the receipt attributes the improvement by %q but the batch of %d is attributed by %q.", r.Attribution, len(c.Contributions), res.Method)
	}
	want := make([]contrib.Weight, len(c.Contributions))
	merged := map[common.Address]int{}
	for i, cr := range c.Contributions {
		want[i] = contrib.Weight{Contribution: cr.ID, Contributor: cr.Contributor, Bps: bps[i], Value: res.Values[i]}
		merged[common.HexToAddress(cr.Contributor)] += int(bps[i])
	}
	wantW := evaluator.ReceiptWeights(want)
	if len(r.Weights) != len(wantW) {
		return refuse("weights", "the receipt has %d weights for a batch of %d contributions.", len(r.Weights), len(wantW))
	}
	for i, got := range r.Weights {
		if got != wantW[i] {
			return refuse("weights", "contribution %d of %s has gain %s and %d bps in the receipt but gain %s and %d bps re-computed.",
				wantW[i].Contribution, wantW[i].Contributor, got.Gain, got.Bps, wantW[i].Gain, wantW[i].Bps)
		}
	}
	n := 0
	for _, k := range merged {
		if k > 0 {
			n++
		}
	}
	if n != len(c.Request.Contributors) {
		return refuse("request.contributors", "the request names %d contributors; re-computed weights give %d.", len(c.Request.Contributors), n)
	}
	for _, rc := range c.Request.Contributors {
		if merged[rc.Account] != int(rc.WeightBps) {
			return refuse("request.contributors", "%s has %d bps in the request but %d re-computed.", rc.Account.Hex(), rc.WeightBps, merged[rc.Account])
		}
	}
	return nil
}

// Attest re-checks the claim and signs its request.
func (a *Attester) Attest(ctx context.Context, c *evaluator.Claim) (chain.MintSignature, error) {
	if err := Check(ctx, c, a.Evaluators); err != nil {
		return chain.MintSignature{}, err
	}
	return chain.SignMintRequest(c.Domain, c.Request, a.Key)
}

var _ evaluator.Attester = (*Attester)(nil)
