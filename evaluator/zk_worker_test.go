package evaluator_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/zk"
)

// lineData is a separable benchmark small enough for a ceremony in
// seconds: y is "b" exactly when x > 0, for 100 evenly spaced x in [-1, 1).
func lineData() *eval.Dataset {
	d := &eval.Dataset{Columns: []eval.Column{{Name: "x", Type: eval.TypeNumber}, {Name: "y", Type: eval.TypeString}}}
	for i := 0; i < 100; i++ {
		x := float64(i-50) / 50
		y := "a"
		if x > 0 {
			y = "b"
		}
		d.Rows = append(d.Rows, []any{x, y})
	}
	return d
}

func csvOf(t *testing.T, d *eval.Dataset) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestZkWorkerMintsOnProof runs the evaluator's zkProof path on the
// simulated chain: the owner's two rows put the head's boundary near
// x = −0.85; two contributed rows near it move few hidden rows and are
// refused by the sign test; the public rows fix the boundary, and the worker
// stores the key, sets the commitments, proves, mints through the
// transaction manager with the 70/30 split, and leaves a bundle that checks
// offline; replaying its proof reverts StaleRequest.
func TestZkWorkerMintsOnProof(t *testing.T) {
	e, sh, near, all := newZkEnv(t)
	c1 := e.submit(2, "near", csvOf(t, near))
	e.process()
	got := e.contribution(c1.ID)
	if got.Status != contrib.StatusRejected || got.ReasonCode != contrib.ReasonNotSignificant || !strings.Contains(got.Reason, "sign test") {
		t.Fatalf("useless rows: %s %s %s", got.Status, got.ReasonCode, got.Reason)
	}
	t.Logf("useless: %s", got.Reason)

	// Useful: every public row.
	before := e.balance(devchain.DevAddress(1))
	c2 := e.submit(3, "all", csvOf(t, all))
	e.process()
	got = e.contribution(c2.ID)
	if got.Status != contrib.StatusAccepted || got.MintTx == "" {
		t.Fatalf("useful rows: %s %s %s", got.Status, got.ReasonCode, got.Reason)
	}
	b := readBundle(t, e.worker.ProofDir)
	if _, err := b.Check(); err != nil {
		t.Fatalf("bundle: %v", err)
	}
	zkCheckReward(t, e, sh, b, before, got)

	// A bundle of the five-input circuit is named as such.
	old := *b
	old.Format = evaluator.ZkBundlePrefix + "1"
	if _, err := old.Check(); err == nil || !strings.Contains(err.Error(), "another zk circuit version") {
		t.Fatalf("a version 1 bundle: %v", err)
	}
	// A forged count does not check offline.
	forged := *b
	forged.Proof.Public[2] = new(big.Int).Add(b.Proof.Public[2], big.NewInt(1))
	fr := *b.Request
	fr.B++
	forged.Request = &fr
	if _, err := forged.Check(); err == nil {
		t.Fatal("a forged count checks")
	}
	// Replays revert: the same request is stale (the nonce moved on); the
	// same proof under the current nonce and a new key does not verify.
	var re *chain.RevertError
	if _, err := e.c.SubmitZkMint(e.ctx, devchain.DevKey(5), e.mint.Verifier, b.Request, b.Proof.Words); !errors.As(err, &re) || re.Name != "StaleRequest" {
		t.Fatalf("replay: %v", err)
	}
	again := *b.Request
	again.Nonce++
	again.IdempotencyKey = crypto.Keccak256Hash([]byte("again"))
	if _, err := e.c.SubmitZkMint(e.ctx, devchain.DevKey(5), e.mint.Verifier, &again, b.Proof.Words); !errors.As(err, &re) || re.Name != "InvalidProof" {
		t.Fatalf("replay under a new key: %v", err)
	}
}

// A zkProof mint whose evaluator crashed after broadcasting it is found
// after a restart by its DeltaOneVerified event (the verifier keeps no
// keyUsed slot for zk mints) and confirmed once; recovering again mints
// nothing more.
func TestZkCrashBetweenSendAndConfirmMintsOnce(t *testing.T) {
	e, sh, _, all := newZkEnv(t)
	before := e.balance(devchain.DevAddress(1))
	c := e.submit(3, "all", csvOf(t, all))
	e.worker.AfterBroadcast = func(int64) { panic("crash") }
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the worker did not reach the crash point")
			}
		}()
		_, _ = e.worker.ProcessNext(e.ctx)
	}()
	if st := e.contribution(c.ID).Status; st != contrib.StatusEvaluating {
		t.Fatalf("after the crash: %s; want evaluating", st)
	}
	b := readBundle(t, e.worker.ProofDir)
	if used, err := e.c.MintKeyUsed(e.ctx, e.mint.Verifier, b.Request.IdempotencyKey); err != nil || used {
		t.Fatalf("keyUsed for a zk mint: %v %v; the zk path keeps no key slot", used, err)
	}
	paid := e.balance(devchain.DevAddress(3))
	if paid.Sign() == 0 {
		t.Fatal("the broadcast mint did not land")
	}
	// A fresh worker on a fresh store handle, with a transaction manager
	// that never saw the mint (a lost journal of sent transactions): only
	// the chain's event can tell it landed; sending it again would revert
	// StaleRequest.
	e.store = e.openStore()
	w := e.newWorker(e.attesters...)
	w.Txs = txmgrtest.Attach(t, e.c)
	if err := w.Recover(e.ctx); err != nil {
		t.Fatal(err)
	}
	got := e.contribution(c.ID)
	if got.Status != contrib.StatusAccepted || got.MintTx == "" || got.Reward != paid.String() {
		t.Fatalf("after recovery: %s %s %s, mint tx %q, reward %s (paid %s)", got.Status, got.ReasonCode, got.Reason, got.MintTx, got.Reward, paid)
	}
	zkCheckReward(t, e, sh, b, before, got)
	if err := w.Recover(e.ctx); err != nil {
		t.Fatal(err)
	}
	if did, err := w.ProcessNext(e.ctx); did || err != nil {
		t.Fatalf("more work after recovery: %v %v", did, err)
	}
	if e.balance(devchain.DevAddress(3)).Cmp(paid) != 0 {
		t.Fatal("minted twice")
	}
}

// readBundle reads the one proof bundle in dir.
func readBundle(t *testing.T, dir string) *evaluator.ZkBundle {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) != 1 {
		t.Fatalf("bundles %v", files)
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var b evaluator.ZkBundle
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	return &b
}

// zkCheckReward checks the reward as the verifier computes it from the
// bundle's counts, split 70/30 between contributor 3 and the owner (whose
// balance was before), and the contribution's recorded share.
func zkCheckReward(t *testing.T, e *env, sh zk.Shape, b *evaluator.ZkBundle, before *big.Int, got *contrib.Contribution) {
	t.Helper()
	imp := new(big.Int).Quo(new(big.Int).Mul(big.NewInt(int64(b.Request.B-b.Request.C)), hokusai.WAD), big.NewInt(int64(sh.Rows)))
	deltaOnes := new(big.Int).Quo(new(big.Int).Mul(imp, hokusai.WAD), new(big.Int).Quo(hokusai.WAD, big.NewInt(100)))
	reward := new(big.Int).Quo(new(big.Int).Mul(tokens(100_000), deltaOnes), hokusai.WAD)
	if cap := tokens(2_000_000); reward.Cmp(cap) > 0 {
		reward = cap
	}
	contributor := new(big.Int).Quo(new(big.Int).Mul(reward, big.NewInt(7_000)), big.NewInt(10_000))
	if bal := e.balance(devchain.DevAddress(3)); bal.Cmp(contributor) != 0 {
		t.Fatalf("contributor holds %s, want 70%% of %s", bal, reward)
	}
	if gain := new(big.Int).Sub(e.balance(devchain.DevAddress(1)), before); gain.Cmp(new(big.Int).Sub(reward, contributor)) != 0 {
		t.Fatalf("owner gained %s, want 30%% of %s", gain, reward)
	}
	if got.Reward != contributor.String() {
		t.Fatalf("recorded reward %s, want %s", got.Reward, contributor)
	}
	t.Logf("minted on a proof: b=%d c=%d of %d rows, reward %s", b.Request.B, b.Request.C, sh.Rows, hokusai.FormatWad(reward))
}

// newZkEnv is a zkProof model on the line data whose head boundary sits
// near x = −0.85, with a dev ceremony and a proof directory; it returns the
// two public rows nearest that boundary (useless) and every public row
// (useful).
func newZkEnv(t *testing.T) (*env, zk.Shape, *eval.Dataset, *eval.Dataset) {
	recipe := hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "y", Features: []string{"x"}, L2: 0.01, Seed: 1}
	e := newEnvWith(t, func(e *env) {
		var err error
		e.setup, e.pool, err = evaluator.SplitSetup(0, lineData(), recipe, hokusai.MetricAccuracy, eval.MetricOptions{}, hokusai.Maximize, 5, 84, 2)
		if err != nil {
			t.Fatal(err)
		}
		e.setup.Training = &eval.Dataset{Columns: lineData().Columns, Rows: [][]any{{-0.9, "a"}, {-0.8, "b"}}}
		e.setup.Resamples = 200
		if e.baseline, err = evaluator.BaselineScore(e.ctx, e.setup); err != nil {
			t.Fatal(err)
		}
	})
	st, err := e.store.FindSetup(e.ctx, e.model.ID)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := evaluator.ZkProvable(e.ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("shape %s, head accuracy %.3f", sh, e.baseline)
	if _, err := e.c.ConfigureVerifier(e.ctx, e.owner, e.mint.Verifier, e.model.ID, chain.VerifierSettings{
		Method: chain.MethodZkProof, K: 1, Attesters: []common.Address{e.attesterAddr(0)},
	}); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	e.worker.ZkKeys = func(sh zk.Shape) (*zk.Keys, error) { return zk.DevCeremony(root, sh) }
	e.worker.ProofDir = t.TempDir()

	// Useless: the two public rows nearest the head's boundary.
	near := &eval.Dataset{Columns: e.pool.Columns}
	all := &eval.Dataset{Columns: e.pool.Columns}
	for _, r := range e.pool.Rows {
		if x := r[0].(float64); x > -0.86 && x < -0.78 && len(near.Rows) < 2 {
			near.Rows = append(near.Rows, r)
		}
		all.Rows = append(all.Rows, r)
	}
	return e, sh, near, all
}
