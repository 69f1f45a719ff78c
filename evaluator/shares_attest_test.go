package evaluator_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/attest"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/eval"
)

// TestAttesterRechecksShares: the attester re-attributes a batch's
// improvement. A dishonest evaluator that moves bps from one contributor
// to another, or names another attribution method, and re-signs the
// receipt with a matching request is refused, naming the field.
func TestAttesterRechecksShares(t *testing.T) {
	e := newEnv(t)
	a1 := e.submit(5, "", e.rows(0, 70, false))
	a2 := e.submit(6, "", e.rows(70, 140, false))
	a3 := e.submit(7, "", e.rows(140, 150, false))
	_, claim, err := e.worker.Evaluate(e.ctx, a1.ID, a2.ID, a3.ID)
	if err != nil || claim == nil {
		t.Fatalf("evaluate: %v (claim %v)", err, claim)
	}
	a := attest.New(e.attesters[0], crypto.PubkeyToAddress(e.evalKey.PublicKey))
	if _, err := a.Attest(e.ctx, claim); err != nil {
		t.Fatalf("honest claim refused: %v", err)
	}
	honest, err := eval.ParseReceipt(claim.Receipt)
	if err != nil {
		t.Fatal(err)
	}
	if honest.Attribution != "shapley" || len(honest.Weights) != 3 {
		t.Fatalf("receipt: %q %+v", honest.Attribution, honest.Weights)
	}

	forge := func(edit func(r *eval.Receipt)) error {
		r := *honest
		r.Weights = append([]eval.ReceiptWeight(nil), honest.Weights...)
		edit(&r)
		r.Digests, r.Signature = nil, ""
		if err := r.Sign(e.evalKey); err != nil {
			t.Fatal(err)
		}
		forged := *claim
		forged.Receipt = r.MarshalIndent()
		req := *claim.Request
		req.ReceiptHash = r.Hash()
		merged := map[common.Address]int{}
		for _, w := range r.Weights {
			merged[common.HexToAddress(w.Contributor)] += w.Bps
		}
		if len(merged) > 0 {
			req.Contributors = nil
		}
		for addr, bps := range merged {
			if bps > 0 {
				req.Contributors = append(req.Contributors, chain.Contributor{Account: addr, WeightBps: uint16(bps)})
			}
		}
		chain.SortContributors(req.Contributors)
		forged.Request = &req
		_, err := a.Attest(e.ctx, &forged)
		return err
	}
	moved := forge(func(r *eval.Receipt) {
		r.Weights[0].Bps -= 100
		r.Weights[1].Bps += 100
	})
	if hokusai.ErrorField(moved) != "weights" {
		t.Fatalf("100 bps moved between contributors: %v; want a refusal naming weights", moved)
	}
	t.Logf("refusal: %v", moved)
	if err := forge(func(r *eval.Receipt) { r.Weights[2].Gain = "0.5" }); hokusai.ErrorField(err) != "weights" {
		t.Fatalf("inflated gain: %v; want a refusal naming weights", err)
	}
	if err := forge(func(r *eval.Receipt) { r.Attribution = "single" }); hokusai.ErrorField(err) != "attribution" {
		t.Fatalf("another attribution method: %v; want a refusal naming attribution", err)
	}
	if err := forge(func(r *eval.Receipt) { r.Weights = nil; r.Attribution = "shapley" }); hokusai.ErrorField(err) != "weights" {
		t.Fatalf("weights left out: %v; want a refusal naming weights", err)
	}
}
