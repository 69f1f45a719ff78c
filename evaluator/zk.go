package evaluator

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/zk"
)

// zkRun is a zkProof model's evaluation under the fixed-point
// specification: the head's and the candidate's quantised weights, the
// quantised hidden split and the counts the proof states.
type zkRun struct {
	Head, Cand zk.Weights
	Split      zk.Split
	Classes    int
	Shape      zk.Shape
	B, C       int
}

// deltaOnes is what mintWithProof computes: improvement = (b−c)·1e18/rows
// (floor), DeltaOnes = improvement·1e18/size; negative when c > b.
func (z *zkRun) deltaOnes(size *big.Int) *big.Int {
	d := big.NewInt(int64(z.B - z.C))
	neg := d.Sign() < 0
	d.Abs(d)
	imp := new(big.Int).Quo(new(big.Int).Mul(d, hokusai.WAD), big.NewInt(int64(z.Shape.Rows)))
	out := new(big.Int).Quo(new(big.Int).Mul(imp, hokusai.WAD), size)
	if neg {
		out.Neg(out)
	}
	return out
}

// signTestReason says why (b, c) is noise, or "" when it passes.
func (z *zkRun) signTestReason() string {
	if zk.SignTestPasses(z.B, z.C) {
		return ""
	}
	m := z.B + z.C
	return fmt.Sprintf("The improvement is not significant: on the hidden test split %d rows are right only for the candidate and %d only for the head; the exact one-sided sign test at 95%% needs b ≥ %d for %d such rows (P(Binomial(%d, 1/2) ≥ b) ≤ 5%%), so the gain may be noise.",
		z.B, z.C, zk.CriticalValue(m), m, m)
}

// ZkSplitSalt is the salt that hides a model's test split inside its
// commitment: derived from the evaluator's key, so only the evaluator (who
// holds the split anyway) can recompute it, and it changes with the
// committed benchmark.
func ZkSplitSalt(evaluator []byte, modelID uint64, benchmark common.Hash) []byte {
	h := crypto.Keccak256([]byte("hokusai/zk-split-salt"), evaluator, new(big.Int).SetUint64(modelID).Bytes(), benchmark[:])
	return h[:zk.SaltBytes]
}

// ZkProvable says whether a model's setup can be verified by zkProof, and
// why not: the circuit proves the accuracy of built-in logistic and softmax
// models retrained by the evaluator, on at most zk.MaxRows hidden rows.
func ZkProvable(ctx context.Context, st *contrib.Setup) (zk.Shape, error) {
	refuse := func(format string, args ...any) (zk.Shape, error) {
		return zk.Shape{}, &hokusai.Error{Code: hokusai.EINVALID, Field: "verification_method", Message: fmt.Sprintf(format, args...)}
	}
	switch {
	case st.ScoredAsSubmitted():
		return refuse("Model %d's candidates are %s packages scored as submitted; the zkProof circuit proves only built-in linear (logistic or softmax) models. Use verification_method oracle.", st.ModelID, st.Recipe.Runtime)
	case !st.Classification():
		return refuse("Model %d is a regression; the zkProof circuit proves classification accuracy only. Use verification_method oracle.", st.ModelID)
	case st.Metric != hokusai.MetricAccuracy || st.Direction != hokusai.Maximize:
		return refuse("Model %d is scored on %s; the zkProof circuit proves accuracy (maximized) only. Use verification_method oracle.", st.ModelID, st.Metric)
	}
	b, err := st.Bench()
	if err != nil {
		return zk.Shape{}, err
	}
	if len(b.Test) > zk.MaxRows {
		return refuse("Model %d's hidden test split has %d rows; a zkProof split holds at most %d. Use a larger dev percentage or verification_method oracle.", st.ModelID, len(b.Test), zk.MaxRows)
	}
	eng, err := NewEngine(st)
	if err != nil {
		return zk.Shape{}, err
	}
	base, err := eng.Train(ctx, st.Training)
	if err != nil {
		return zk.Shape{}, err
	}
	if err := zk.Provable(base.Model); err != nil {
		return refuse("Model %d cannot be verified by zkProof: %s", st.ModelID, hokusai.ErrorMessage(err))
	}
	head, _, err := zkCommon(st, base.Model, base.Model)
	if err != nil {
		return refuse("Model %d cannot be verified by zkProof: %s", st.ModelID, hokusai.ErrorMessage(err))
	}
	if err := zk.Provable(head); err != nil {
		return refuse("Model %d cannot be verified by zkProof: %s", st.ModelID, hokusai.ErrorMessage(err))
	}
	return zk.Shape{Rows: len(b.Test), Inputs: head.Dim(), Classes: len(head.Classes), Outputs: len(head.Weights)}, nil
}

// zkCommon re-expresses the head and the candidate over the encoding fitted
// to the whole benchmark, so both read the same quantised inputs whatever
// rows each was trained on (a category only the candidate's training data
// holds, another mean): the circuit scores both models on one split.
func zkCommon(st *contrib.Setup, head, cand *linear.Model) (*linear.Model, *linear.Model, error) {
	if !slices.Equal(head.Classes, cand.Classes) || head.Kind != cand.Kind {
		return nil, nil, hokusai.Errorf(hokusai.EINVALID, "The candidate's classes %v differ from the head's %v; a zkProof compares models of one set of classes.", cand.Classes, head.Classes)
	}
	names := make([]string, len(st.Benchmark.Columns))
	for i, c := range st.Benchmark.Columns {
		names[i] = c.Name
	}
	feats, err := linear.FitFeatures(hokusai.RowsFromTable(names, st.Benchmark.Rows), st.Recipe)
	if err != nil {
		return nil, nil, err
	}
	h, err := head.Reencode(feats)
	if err != nil {
		return nil, nil, err
	}
	c, err := cand.Reencode(feats)
	if err != nil {
		return nil, nil, err
	}
	return h, c, nil
}

// zkEvaluate scores the head and the candidate of a retrained evaluation
// under the fixed-point specification on the hidden split.
func (w *Worker) zkEvaluate(st *contrib.Setup, eng *Engine, res *Result, committed common.Hash) (*zkRun, error) {
	if res.Path != eval.PathRetrained || res.Base.Model == nil || res.Candidate.Model == nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Model %d's candidates are scored as submitted; zkProof proves only retrained built-in linear models.", st.ModelID)
	}
	head, cand, err := zkCommon(st, res.Base.Model, res.Candidate.Model)
	if err != nil {
		return nil, err
	}
	split, err := zk.EncodeSplit(head, eng.test, ZkSplitSalt(crypto.FromECDSA(w.Evaluator), st.ModelID, committed))
	if err != nil {
		return nil, err
	}
	z := &zkRun{Split: split, Classes: len(head.Classes)}
	if z.Head, err = zk.Quantise(head); err != nil {
		return nil, err
	}
	if z.Cand, err = zk.Quantise(cand); err != nil {
		return nil, err
	}
	if z.Shape, err = zk.ShapeOf(z.Head, split, z.Classes); err != nil {
		return nil, err
	}
	z.B, z.C = zk.Counts(z.Head, z.Cand, split)
	return z, nil
}

// zkKeys returns the keys of a shape, keeping the last shape's in memory
// (loading them compiles the circuit).
func (w *Worker) zkKeysFor(sh zk.Shape) (*zk.Keys, error) {
	if w.ZkKeys == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This evaluator has no zkProof ceremony keys; on an external chain give it a finished ceremony transcript.")
	}
	if w.zkKeys != nil && w.zkKeys.Shape == sh {
		return w.zkKeys, nil
	}
	start := time.Now()
	k, err := w.ZkKeys(sh)
	if err != nil {
		return nil, fmt.Errorf("zk keys for %s: %w", sh, err)
	}
	w.log().Info("zk keys ready", "shape", sh.String(), "took", time.Since(start).Round(time.Millisecond))
	w.zkKeys = k
	return k, nil
}

// zkJournaled is what the mint journal stores for a zkProof mint: the
// request, the verifying key's words (for the bundle; the verifier holds
// them) and the proof.
type zkJournaled struct {
	Request *chain.ZkMintRequest `json:"request"`
	VK      []*big.Int           `json:"vk"`
	Proof   zk.Proof             `json:"proof"`
}

// ZkBundle is a zkProof mint as anyone can check it offline (`hokusai eval
// verify`): the signed receipt, the request the proof is bound to, the
// verifying key words and the proof with its public inputs.
type ZkBundle struct {
	Format   string               `json:"format"` // ZkBundleFormat
	ChainID  uint64               `json:"chain_id"`
	Verifier common.Address       `json:"verifier"`
	Shape    zk.Shape             `json:"shape"`
	Receipt  json.RawMessage      `json:"receipt"`
	Request  *chain.ZkMintRequest `json:"request"`
	VK       []*big.Int           `json:"vk"`
	Proof    zk.Proof             `json:"proof"`
}

// ZkBundleFormat names ZkBundle files; its version is the circuit's
// (zk.CircuitVersion), whose public inputs the bundle carries.
const ZkBundleFormat = ZkBundlePrefix + "2"

// ZkBundlePrefix starts the format of every version's bundle.
const ZkBundlePrefix = "hokusai-zk-proof/"

// Check verifies a bundle offline: the receipt's signature, that the
// request names the receipt and its candidate, that the proof's public
// inputs are the request's new state, counts and binding (nonce included),
// and the Groth16 proof under the bundled key. It returns the receipt's
// signer. The state before (public input 0) is the one the verifier held
// on-chain for the model at the request's nonce.
func (b *ZkBundle) Check() (common.Address, error) {
	bad := func(format string, args ...any) (common.Address, error) {
		return common.Address{}, hokusai.Errorf(hokusai.EINVALID, format, args...)
	}
	if strings.HasPrefix(b.Format, ZkBundlePrefix) && b.Format != ZkBundleFormat {
		return bad("The bundle is a %q proof, of another zk circuit version; this build checks %q (circuit version %d) proofs.", b.Format, ZkBundleFormat, zk.CircuitVersion)
	}
	if b.Format != ZkBundleFormat {
		return bad("The file is not a zkProof bundle (format %q, want %q).", b.Format, ZkBundleFormat)
	}
	if b.Request == nil || b.Request.NewState == nil {
		return bad("The bundle has no mint request.")
	}
	rc, signer, err := eval.VerifyReceipt(b.Receipt)
	if err != nil {
		return common.Address{}, err
	}
	if rc.Hash() != b.Request.ReceiptHash {
		return bad("The request names receipt %s but the bundled receipt hashes to %s.", b.Request.ReceiptHash.Hex(), rc.Hash().Hex())
	}
	if DigestHash(rc.CandidateDigest) != b.Request.CandidateDigest {
		return bad("The request's candidate digest is not the receipt's %s.", rc.CandidateDigest)
	}
	if rc.Model != strconv.FormatUint(b.Request.ModelID, 10) {
		return bad("The receipt is for model %s, the request for model %d.", rc.Model, b.Request.ModelID)
	}
	if gb, gc := b.Proof.Counts(); gb != b.Request.B || gc != b.Request.C {
		return bad("The proof states counts %d/%d, the request %d/%d.", gb, gc, b.Request.B, b.Request.C)
	}
	if b.Proof.Public[1] == nil || b.Proof.Public[1].Cmp(b.Request.NewState) != 0 {
		return bad("The proof is for another new state (candidate and split commitments) than the request's.")
	}
	if bind := chain.ZkBind(new(big.Int).SetUint64(b.ChainID), b.Verifier, b.Request); b.Proof.Bind().Cmp(bind) != 0 {
		return bad("The proof is bound to another request, nonce, chain or verifier.")
	}
	vk, err := zk.VKFromWords(b.VK)
	if err != nil {
		return common.Address{}, err
	}
	if err := zk.Verify(vk, b.Proof); err != nil {
		return common.Address{}, err
	}
	return signer, nil
}

// mintZk proves a zkProof evaluation and sends its mintWithProof through
// the transaction manager, journaled like an attested mint.
func (w *Worker) mintZk(ctx context.Context, ev *contrib.Evaluation, claim *Claim) error {
	z := claim.zk
	committed, err := w.Client.CommittedBenchmark(ctx, w.Mint.Verifier, ev.ModelID)
	if err != nil {
		return err
	}
	if committed != claim.Request.BenchmarkHash {
		return w.requeue(ctx, ev, fmt.Errorf("the benchmark was committed anew since the evaluation"))
	}
	keys, err := w.zkKeysFor(z.Shape)
	if err != nil {
		return err
	}
	status, err := w.ensureZkConfig(ctx, ev.ModelID, keys, z, committed)
	if err != nil {
		return w.reject(ctx, ev, contrib.ReasonMintFailed, "The verifier's zkProof commitments could not be set: "+hokusai.ErrorMessage(err))
	}
	now, err := w.chainTime(ctx)
	if err != nil {
		return err
	}
	dl := w.Deadline
	if dl == 0 {
		dl = time.Hour
	}
	r := claim.Request
	req := &chain.ZkMintRequest{
		ModelID: r.ModelID, CandidateDigest: r.CandidateDigest,
		NewState: zk.StateOf(zk.CommitWeights(z.Cand), zk.CommitSplit(z.Split, z.Classes)),
		B:        uint64(z.B), C: uint64(z.C), ReceiptHash: r.ReceiptHash, Contributors: r.Contributors,
		IdempotencyKey: r.IdempotencyKey, Nonce: status.Nonce, Deadline: now + uint64(dl/time.Second),
	}
	start := time.Now()
	proof, err := zk.Prove(keys, zk.Assignment{Head: z.Head, Cand: z.Cand, Split: z.Split, Classes: z.Classes,
		Bind: chain.ZkBind(new(big.Int).SetUint64(w.Client.ChainID), w.Mint.Verifier, req)})
	if err != nil {
		return w.reject(ctx, ev, contrib.ReasonMintFailed, "The evaluator could not prove the evaluation: "+hokusai.ErrorMessage(err))
	}
	w.log().Info("proved", "evaluation", ev.ID, "shape", z.Shape.String(), "b", z.B, "c", z.C, "took", time.Since(start).Round(time.Millisecond))
	vk := zk.VKWords(keys.VK)
	from, err := w.journalFrom(ctx)
	if err != nil {
		return err
	}
	body, _ := json.Marshal(journaled{Zk: &zkJournaled{Request: req, VK: vk, Proof: proof}, FromBlock: from})
	rec := &contrib.MintRecord{EvaluationID: ev.ID, ModelID: ev.ModelID, IdempotencyKey: req.IdempotencyKey.Hex(), Request: body}
	if err := w.Store.JournalMint(ctx, claim.hold, rec); err != nil {
		return err
	}
	if w.ProofDir != "" {
		b := &ZkBundle{Format: ZkBundleFormat, ChainID: w.Client.ChainID, Verifier: w.Mint.Verifier, Shape: z.Shape,
			Receipt: ev.Receipt, Request: req, VK: vk, Proof: proof}
		if err := writeBundle(w.ProofDir, ev.ID, b); err != nil {
			w.log().Warn("write proof bundle", "evaluation", ev.ID, "err", err)
		}
	}
	return w.send(ctx, rec, chain.PackZkMint(req, proof.Words))
}

// ensureZkConfig sets the verifier's key hash and state for the model
// when they are not the ones this evaluation proves against (the first
// proof of a model, a new benchmark, a new ceremony) and returns what the
// verifier holds then, nonce included.
func (w *Worker) ensureZkConfig(ctx context.Context, modelID uint64, keys *zk.Keys, z *zkRun, committed common.Hash) (chain.ZkStatus, error) {
	head, split := zk.CommitWeights(z.Head), zk.CommitSplit(z.Split, z.Classes)
	want := chain.ZkSettings{VKHash: zk.VKHash(keys.VK), BenchmarkHash: committed, HeadCommit: head,
		DataCommit: split, State: zk.StateOf(head, split), Rows: uint32(z.Shape.Rows)}
	got, err := w.Client.ZkConfig(ctx, w.Mint.Verifier, modelID)
	if err != nil {
		return chain.ZkStatus{}, err
	}
	if got.VKHash == want.VKHash && got.BenchmarkHash == want.BenchmarkHash && got.Rows == want.Rows &&
		got.State != nil && got.State.Cmp(want.State) == 0 {
		return got, nil
	}
	stored, err := w.Client.VerifyingKeyStored(ctx, w.Mint.Verifier, want.VKHash)
	if err != nil {
		return chain.ZkStatus{}, err
	}
	if !stored {
		key := fmt.Sprintf("zk-vk %x", want.VKHash)
		if _, err := w.Client.Send(ctx, w.Sender, chain.Tx{To: &w.Mint.Verifier, Data: chain.StoreVerifyingKeyCalldata(zk.VKWords(keys.VK)), ABIs: mintABIs, IdempotencyKey: key}); err != nil {
			return chain.ZkStatus{}, fmt.Errorf("store verifying key: %w", err)
		}
	}
	data, err := chain.ConfigureZkCalldata(modelID, want)
	if err != nil {
		return chain.ZkStatus{}, err
	}
	// The nonce names the configuration too: configuring the same settings
	// again after proofs moved the state on is a new transaction.
	key := fmt.Sprintf("zk-config %d %d %x", modelID, got.Nonce, crypto.Keccak256(data))
	rc, err := w.Client.Send(ctx, w.Sender, chain.Tx{To: &w.Mint.Verifier, Data: data, ABIs: mintABIs, IdempotencyKey: key})
	if err != nil {
		return chain.ZkStatus{}, err
	}
	w.log().Info("zk configured", "model", modelID, "shape", z.Shape.String(), "tx", rc.TxHash.Hex())
	return w.Client.ZkConfig(ctx, w.Mint.Verifier, modelID)
}

func writeBundle(dir string, id int64, b *ZkBundle) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	out, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.json", id)), out, 0o644)
}
