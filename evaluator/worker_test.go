package evaluator_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/attest"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// expectedReward is F13: tokensPerDeltaOne × DeltaOnes (pro rata), capped.
func expectedReward(deltaOnes *big.Int) *big.Int {
	r := new(big.Int).Quo(new(big.Int).Mul(tokens(100_000), deltaOnes), hokusai.WAD)
	if r.Cmp(tokens(2_000_000)) > 0 {
		return tokens(2_000_000)
	}
	return r
}

func TestUsefulContributionMintsAndOthersAreRejected(t *testing.T) {
	e := newEnv(t)
	contributor, owner := devchain.DevAddress(5), devchain.DevAddress(1)
	head0 := e.head()
	owner0, contrib0 := e.balance(owner), e.balance(contributor)

	// A useful contribution: 150 public dev rows.
	useful := e.rows(0, 150, false)
	c := e.submit(5, "useful-1", useful)
	if c.Status != contrib.StatusReceived {
		t.Fatalf("status %s, want received", c.Status)
	}
	// Resubmission with the same key and body: the same contribution.
	again, created, err := e.store.Submit(e.ctx, contrib.Submission{ModelID: e.model.ID, Contributor: contributor.Hex(), IdempotencyKey: "useful-1", Body: useful})
	if err != nil || created || again.ID != c.ID {
		t.Fatalf("resubmission: %+v created %v err %v; want id %d, not created", again, created, err, c.ID)
	}
	// The same key with another body is a conflict.
	_, _, err = e.store.Submit(e.ctx, contrib.Submission{ModelID: e.model.ID, Contributor: contributor.Hex(), IdempotencyKey: "useful-1", Body: e.rows(0, 10, false)})
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("same key, other body: %v; want CONFLICT", err)
	}

	e.process()
	got := e.contribution(c.ID)
	if got.Status != contrib.StatusAccepted || got.MintTx == "" {
		t.Fatalf("contribution %+v; want accepted with a mint tx", got)
	}
	ev, err := e.store.FindEvaluation(e.ctx, got.EvaluationID)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("baseline %.4f → candidate %.4f, lower95 %.4f, DeltaOnes %s, reward %s", ev.BaselineScore, ev.CandidateScore, ev.Lower95, ev.DeltaOnes, ev.Reward)
	if ev.BaselineScore != e.baseline || ev.CandidateScore <= ev.BaselineScore+0.01 || ev.Lower95 <= 0 {
		t.Fatalf("evaluation %+v", ev)
	}
	// F12/F13: DeltaOnes from the head, reward pro rata, 70/30.
	candWad := new(big.Int).Sub(e.head(), big.NewInt(0))
	deltaOnes := new(big.Int).Quo(new(big.Int).Mul(new(big.Int).Sub(candWad, head0), hokusai.WAD), new(big.Int).Quo(hokusai.WAD, big.NewInt(100)))
	if hokusai.FormatWad(deltaOnes) != ev.DeltaOnes {
		t.Fatalf("DeltaOnes %s recorded, %s from the head's move", ev.DeltaOnes, hokusai.FormatWad(deltaOnes))
	}
	reward := expectedReward(deltaOnes)
	if ev.Reward != reward.String() {
		t.Fatalf("reward %s, want %s", ev.Reward, reward)
	}
	toContrib := new(big.Int).Quo(new(big.Int).Mul(reward, big.NewInt(7000)), big.NewInt(10_000))
	gotContrib := new(big.Int).Sub(e.balance(contributor), contrib0)
	gotOwner := new(big.Int).Sub(e.balance(owner), owner0)
	if gotContrib.Cmp(toContrib) != 0 || new(big.Int).Add(gotContrib, gotOwner).Cmp(reward) != 0 {
		t.Fatalf("contributor got %s (want %s), owner %s; reward %s", gotContrib, toContrib, gotOwner, reward)
	}
	if got.Reward != toContrib.String() {
		t.Fatalf("recorded reward %s, want %s", got.Reward, toContrib)
	}
	// The head ratchets to the candidate's score.
	if want := ev.CandidateScore; e.head().Cmp(headOf(want)) != 0 {
		t.Fatalf("head %s, want the candidate score %v", e.head(), want)
	}
	head1 := e.head()

	// A useless one: four more rows barely move the model.
	useless := e.submit(6, "", e.rows(150, 153, false))
	e.process()
	// A poisoned one: the remaining rows with the parties flipped.
	poisoned := e.submit(7, "", e.rows(153, 199, true))
	e.process()
	for _, id := range []int64{useless.ID, poisoned.ID} {
		c := e.contribution(id)
		if c.Status != contrib.StatusRejected || c.Reason == "" || c.MintTx != "" {
			t.Fatalf("contribution %d: %+v; want rejected with a reason and no mint", id, c)
		}
		t.Logf("contribution %d rejected: %s %s", id, c.ReasonCode, c.Reason)
	}
	if c := e.contribution(poisoned.ID); c.ReasonCode != contrib.ReasonWorse && c.ReasonCode != contrib.ReasonNoImprovement {
		t.Fatalf("poisoned contribution: %s", c.ReasonCode)
	}
	if e.head().Cmp(head1) != 0 {
		t.Fatal("a rejected contribution moved the head")
	}
	for _, i := range []int{6, 7} {
		if e.balance(devchain.DevAddress(i)).Sign() != 0 {
			t.Fatalf("dev account %d was paid for a rejected contribution", i)
		}
	}

	// Leakage: rows of the hidden test split.
	bench, _ := e.setup.Bench()
	leak := e.setup.Benchmark.Subset(bench.Test[:5])
	var b strings.Builder
	if err := leak.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	lc := e.submit(8, "", []byte(b.String()))
	if lc.Status != contrib.StatusRejected || lc.ReasonCode != contrib.ReasonLeakage {
		t.Fatalf("leaking contribution: %+v", lc)
	}
	if did, err := e.worker.ProcessNext(e.ctx); did || err != nil {
		t.Fatalf("the worker took a rejected contribution: %v %v", did, err)
	}
}

func headOf(score float64) *big.Int {
	return evaluatorScoreWad(score)
}

func TestAttestersKOfN(t *testing.T) {
	e := newEnv(t)
	// Only one of the two attesters the model requires.
	e.worker = e.newWorker(e.attesters[0])
	c := e.submit(5, "", e.rows(0, 150, false))
	ev, claim, err := e.worker.Evaluate(e.ctx, c.ID)
	if err != nil || claim == nil {
		t.Fatalf("evaluate: %v (decision %v)", err, ev)
	}
	// The chain refuses one signature.
	one, err := chain.SignMintRequestBy(claim.Domain, claim.Request, e.attesters[0])
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.c.SubmitMint(e.ctx, e.admin, e.mint.Verifier, claim.Request, one)
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "NotEnoughSignatures" {
		t.Fatalf("one signature: %v; want NotEnoughSignatures", err)
	}
	// The worker will not send it either.
	if err := e.worker.MintEvaluation(e.ctx, ev, claim); err != nil {
		t.Fatal(err)
	}
	if got := e.contribution(c.ID); got.Status != contrib.StatusRejected || !strings.Contains(got.Reason, "Only 1 of the 2") {
		t.Fatalf("contribution %+v", got)
	}
	if e.balance(devchain.DevAddress(5)).Sign() != 0 {
		t.Fatal("minted with one attester")
	}

	// Both attesters: the same request mints.
	two, err := chain.SignMintRequestBy(claim.Domain, claim.Request, e.attesters...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.mint.Verifier, claim.Request, two); err != nil {
		t.Fatalf("two signatures: %v", err)
	}
}

func TestAttesterRefusesAlteredReceipt(t *testing.T) {
	e := newEnv(t)
	c := e.submit(5, "", e.rows(0, 150, false))
	_, claim, err := e.worker.Evaluate(e.ctx, c.ID)
	if err != nil || claim == nil {
		t.Fatal(err)
	}
	a := attest.New(e.attesters[0], crypto.PubkeyToAddress(e.evalKey.PublicKey))
	if _, err := a.Attest(e.ctx, claim); err != nil {
		t.Fatalf("honest claim refused: %v", err)
	}
	r, err := eval.ParseReceipt(claim.Receipt)
	if err != nil {
		t.Fatal(err)
	}

	// The score edited after signing: the signature no longer verifies.
	edited := *r
	edited.CandidateScore = "0.99"
	forged := *claim
	forged.Receipt, _ = json.Marshal(&edited)
	if _, err := a.Attest(e.ctx, &forged); err == nil || hokusai.ErrorField(err) != "receipt" {
		t.Fatalf("edited receipt: %v; want a refusal naming receipt", err)
	}

	// A dishonest evaluator re-signs an inflated score and a matching request.
	edited = *r
	edited.CandidateScore = "0.99"
	edited.Digests, edited.Signature = nil, ""
	if err := edited.Sign(e.evalKey); err != nil {
		t.Fatal(err)
	}
	forged = *claim
	forged.Receipt = edited.MarshalIndent()
	req := *claim.Request
	req.ReceiptHash = edited.Hash()
	req.CandidateScore = evaluatorScoreWad(0.99)
	forged.Request = &req
	_, err = a.Attest(e.ctx, &forged)
	if err == nil || hokusai.ErrorField(err) != "candidate_score" {
		t.Fatalf("inflated score: %v; want a refusal naming candidate_score", err)
	}
	t.Logf("refusal: %v", err)
}

func TestStaleBaselineIsReevaluated(t *testing.T) {
	e := newEnv(t)
	c1 := e.submit(5, "", e.rows(0, 90, false))
	c2 := e.submit(6, "", e.rows(90, 199, false))
	head0 := e.head()
	ev1, claim1, err := e.worker.Evaluate(e.ctx, c1.ID)
	if err != nil || claim1 == nil {
		t.Fatalf("first: %v %+v", err, ev1)
	}
	ev2, claim2, err := e.worker.Evaluate(e.ctx, c2.ID)
	if err != nil || claim2 == nil {
		t.Fatalf("second: %v %+v", err, ev2)
	}
	if claim1.Request.BaselineScore.Cmp(head0) != 0 || claim2.Request.BaselineScore.Cmp(head0) != 0 {
		t.Fatal("both should be evaluated against the same head")
	}
	if err := e.worker.MintEvaluation(e.ctx, ev1, claim1); err != nil {
		t.Fatal(err)
	}
	head1 := e.head()
	if head1.Cmp(head0) == 0 || e.contribution(c1.ID).Status != contrib.StatusAccepted {
		t.Fatal("the first did not mint")
	}
	// The second's request names the old head: the worker does not send it.
	if err := e.worker.MintEvaluation(e.ctx, ev2, claim2); err != nil {
		t.Fatal(err)
	}
	if st := e.contribution(c2.ID).Status; st != contrib.StatusReceived {
		t.Fatalf("second after the head moved: %s; want received (queued again)", st)
	}
	// Even sent directly, the chain refuses the stale baseline.
	sigs, _ := chain.SignMintRequestBy(claim2.Domain, claim2.Request, e.attesters...)
	_, err = e.c.SubmitMint(e.ctx, e.admin, e.mint.Verifier, claim2.Request, sigs)
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "BaselineNotHead" {
		t.Fatalf("stale request sent directly: %v; want BaselineNotHead", err)
	}
	// Re-evaluated against the new head (with c1 in the training data).
	e.process()
	got := e.contribution(c2.ID)
	ev, err := e.store.FindEvaluation(e.ctx, got.EvaluationID)
	if err != nil {
		t.Fatal(err)
	}
	if ev.ID == ev2.ID || ev.HeadScore != head1.String() {
		t.Fatalf("second re-evaluated against head %s, want %s", ev.HeadScore, head1)
	}
	if ev.BaselineScore != ev1.CandidateScore {
		t.Fatalf("re-evaluation baseline %v, want the first's candidate %v", ev.BaselineScore, ev1.CandidateScore)
	}
	t.Logf("second re-evaluated: %s (%s DeltaOnes) %s", got.Status, ev.DeltaOnes, got.Reason)
}

func TestBatchShapleyWeights(t *testing.T) {
	e := newEnv(t)
	e.worker.Batch = 3
	a := e.submit(5, "", e.rows(0, 70, false))
	b := e.submit(6, "", e.rows(70, 140, false))
	c := e.submit(7, "", e.rows(140, 143, false))
	e.process()
	var sum int
	ev, err := e.store.FindEvaluation(e.ctx, e.contribution(a.ID).EvaluationID)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Method != "shapley" || len(ev.Weights) != 3 {
		t.Fatalf("evaluation %+v", ev)
	}
	for _, w := range ev.Weights {
		sum += int(w.Bps)
	}
	if sum != 10_000 {
		t.Fatalf("weights sum to %d", sum)
	}
	t.Logf("weights: %+v", ev.Weights)
	// Contributors' balances follow the weights, summing to 70% of the reward.
	reward, _ := new(big.Int).SetString(ev.Reward, 10)
	total := new(big.Int)
	for i, w := range ev.Weights {
		bal := e.balance(devchain.DevAddress(5 + i))
		total.Add(total, bal)
		exact := new(big.Int).Quo(new(big.Int).Mul(reward, big.NewInt(int64(w.Bps)*7000)), big.NewInt(100_000_000))
		if d := new(big.Int).Sub(bal, exact); d.CmpAbs(big.NewInt(1)) > 0 {
			t.Fatalf("contributor %d: %s, exact share %s", i, bal, exact)
		}
	}
	if want := new(big.Int).Quo(new(big.Int).Mul(reward, big.NewInt(7000)), big.NewInt(10_000)); total.Cmp(want) != 0 {
		t.Fatalf("contributors got %s, want %s", total, want)
	}
	_ = b
	_ = c
}

func TestCrashBetweenSendAndConfirmMintsOnce(t *testing.T) {
	e := newEnv(t)
	c := e.submit(5, "", e.rows(0, 150, false))
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
	paid := e.balance(devchain.DevAddress(5))
	// A fresh worker on a fresh store handle: recovery confirms from the chain.
	e.store = e.openStore()
	w := e.newWorker(e.attesters...)
	if err := w.Recover(e.ctx); err != nil {
		t.Fatal(err)
	}
	got := e.contribution(c.ID)
	if got.Status != contrib.StatusAccepted || got.MintTx == "" || got.Reward != paid.String() {
		t.Fatalf("after recovery: %+v (paid %s)", got, paid)
	}
	// Running again mints nothing more.
	if err := w.Recover(e.ctx); err != nil {
		t.Fatal(err)
	}
	if did, err := w.ProcessNext(e.ctx); did || err != nil {
		t.Fatalf("more work after recovery: %v %v", did, err)
	}
	if e.balance(devchain.DevAddress(5)).Cmp(paid) != 0 {
		t.Fatal("minted twice")
	}
}

// TestUnconfiguredModelDoesNotBlockOthers: a model whose verifier is not
// configured yet is parked; other models' contributions go ahead.
func TestUnconfiguredModelDoesNotBlockOthers(t *testing.T) {
	e := newEnv(t)
	supply, _ := hokusai.ParsePreset("growth")
	other, err := e.sess.CreateModel(e.ctx, e.owner, chain.CreateModelParams{Name: "Other", Ticker: "OTHER", Metric: hokusai.MetricAccuracy,
		Direction: hokusai.Maximize, Baseline: evaluatorScoreWad(e.baseline), License: hokusai.LicenseDecentralized, Supply: supply})
	if err != nil {
		t.Fatal(err)
	}
	st := *e.setup
	st.ModelID = other.ID
	if err := e.store.PutSetup(e.ctx, &st); err != nil {
		t.Fatal(err)
	}
	blocked, _, err := e.store.Submit(e.ctx, contrib.Submission{ModelID: other.ID, Contributor: devchain.DevAddress(6).Hex(), Body: e.rows(0, 150, false)})
	if err != nil {
		t.Fatal(err)
	}
	c := e.submit(5, "", e.rows(0, 150, false))
	// By hand, the unconfigured model (waiting longest) is refused and its
	// contribution says why it waits.
	if did, err := e.worker.ProcessNext(e.ctx); did || err == nil || !strings.Contains(err.Error(), "not configured") {
		t.Fatalf("first pass: did %v, err %v; want the unconfigured model refused", did, err)
	}
	// The running worker retries the unconfigured model's job with a
	// backoff while it evaluates the configured model's contribution.
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- e.worker.Run(ctx) }()
	if got := e.settled(c.ID); got.Status != contrib.StatusAccepted {
		cancel()
		t.Fatalf("the configured model's contribution: %s %s", got.Status, got.Reason)
	}
	cancel()
	<-done
	if got := e.contribution(blocked.ID); got.Status != contrib.StatusReceived || !strings.Contains(got.Reason, "configure_verifier") {
		t.Fatalf("the waiting contribution: %s %q", got.Status, got.Reason)
	}
}

// TestExpiredRequestIsReevaluatedUnderTheSameKey: a signed request that
// expires before it is mined is abandoned; the batch is evaluated again,
// journaled again under the same idempotency key, and minted once.
func TestExpiredRequestIsReevaluatedUnderTheSameKey(t *testing.T) {
	e := newEnv(t)
	e.worker.Deadline = time.Minute
	c := e.submit(5, "", e.rows(0, 150, false))
	ev, claim, err := e.worker.Evaluate(e.ctx, c.ID)
	if err != nil || claim == nil {
		t.Fatal(err)
	}
	if err := e.sim.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := e.worker.MintEvaluation(e.ctx, ev, claim); err != nil {
		t.Fatal(err)
	}
	if got := e.contribution(c.ID); got.Status != contrib.StatusReceived {
		t.Fatalf("after expiry: %s %q; want received again", got.Status, got.Reason)
	}
	if m, err := e.store.FindMint(e.ctx, ev.ID); err != nil || m.State != contrib.MintAbandoned {
		t.Fatalf("journal: %+v %v", m, err)
	}
	e.process()
	got := e.contribution(c.ID)
	if got.Status != contrib.StatusAccepted || got.EvaluationID == ev.ID {
		t.Fatalf("after re-evaluation: %s (evaluation %d)", got.Status, got.EvaluationID)
	}
	m, err := e.store.FindMint(e.ctx, got.EvaluationID)
	if err != nil || m.IdempotencyKey != claim.Request.IdempotencyKey.Hex() || m.State != contrib.MintConfirmed {
		t.Fatalf("second journal entry %+v %v; want the same key, confirmed", m, err)
	}
}

// TestRemoteAttesterThroughMailbox: the worker holds one of the two
// registered attesters; the other re-checks the claim it finds in the
// mailbox and delivers its signature, and the mint goes through.
func TestRemoteAttesterThroughMailbox(t *testing.T) {
	e := newEnv(t)
	e.worker = e.newWorker(e.attesters[0])
	e.worker.Mailbox = evaluator.NewMailbox()
	c := e.submit(5, "", e.rows(0, 150, false))
	done := make(chan error, 1)
	go func() { _, err := e.worker.ProcessNext(e.ctx); done <- err }()
	remote := attest.New(e.attesters[1])
	var delivered bool
	for !delivered {
		select {
		case err := <-done:
			t.Fatalf("the worker finished before the remote attester signed: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
		for _, cl := range e.worker.Mailbox.Claims() {
			// A forged signature (wrong key) is refused.
			bad, _ := chain.SignMintRequest(cl.Domain, cl.Request, e.evalKey)
			bad.Signer = e.attesterAddr(1)
			if err := e.worker.Mailbox.Deliver(cl.Request.IdempotencyKey, bad); hokusai.ErrorField(err) != "signature" {
				t.Fatalf("forged signature: %v", err)
			}
			sig, err := remote.Attest(e.ctx, cl)
			if err != nil {
				t.Fatal(err)
			}
			if err := e.worker.Mailbox.Deliver(cl.Request.IdempotencyKey, sig); err != nil {
				t.Fatal(err)
			}
			delivered = true
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := e.contribution(c.ID); got.Status != contrib.StatusAccepted {
		t.Fatalf("%s %s", got.Status, got.Reason)
	}
	if n := len(e.worker.Mailbox.Claims()); n != 0 {
		t.Fatalf("%d claims left open", n)
	}
}

// TestRejectionReasons: rows already in the training data are DUPLICATE;
// a row that does not move the score is NO_IMPROVEMENT (or WORSE); nothing
// is minted for either.
func TestRejectionReasons(t *testing.T) {
	e := newEnv(t)
	// The owner's rows that are not also hidden test rows (house-votes-84
	// has identical voting records).
	bench, _ := e.setup.Bench()
	leak := map[int]bool{}
	for _, i := range bench.DuplicatesTest(e.setup.Training) {
		leak[i] = true
	}
	var keep []int
	for i := range e.setup.Training.Rows {
		if !leak[i] {
			keep = append(keep, i)
		}
	}
	var b strings.Builder
	if err := e.setup.Training.Subset(keep).WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	dup := e.submit(5, "", []byte(b.String()))
	e.process()
	if got := e.contribution(dup.ID); got.Status != contrib.StatusRejected || got.ReasonCode != contrib.ReasonDuplicate {
		t.Fatalf("training rows again: %s %s %s", got.Status, got.ReasonCode, got.Reason)
	}
	one := e.submit(6, "", e.rows(0, 1, false))
	e.process()
	got := e.contribution(one.ID)
	if got.Status != contrib.StatusRejected || (got.ReasonCode != contrib.ReasonNoImprovement && got.ReasonCode != contrib.ReasonWorse) {
		t.Fatalf("one row: %s %s %s", got.Status, got.ReasonCode, got.Reason)
	}
	t.Logf("one row: %s: %s", got.ReasonCode, got.Reason)
	for _, i := range []int{5, 6} {
		if e.balance(devchain.DevAddress(i)).Sign() != 0 {
			t.Fatalf("dev account %d was paid", i)
		}
	}
}

// TestSubmittedVersion: rows with the model version the recipe gives on
// them are evaluated like rows; a version trained otherwise is refused as
// not reproduced.
func TestSubmittedVersion(t *testing.T) {
	e := newEnv(t)
	eng, err := evaluator.NewEngine(e.setup)
	if err != nil {
		t.Fatal(err)
	}
	version := func(from, to int, l2 float64) []byte {
		d, err := contrib.Union(e.setup.Training, e.pool.Subset(seq(from, to)))
		if err != nil {
			t.Fatal(err)
		}
		st := *e.setup
		st.Recipe.L2 = l2
		eng2, _ := evaluator.NewEngine(&st)
		if l2 == e.setup.Recipe.L2 {
			eng2 = eng
		}
		sc, err := eng2.Train(e.ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := sc.Model.Marshal()
		return b
	}
	sub := func(who int, from, to int, cand []byte) *contrib.Contribution {
		c, _, err := e.store.Submit(e.ctx, contrib.Submission{ModelID: e.model.ID, Contributor: devchain.DevAddress(who).Hex(), Body: e.rows(from, to, false), Candidate: cand})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	other := sub(6, 0, 150, version(0, 150, 1.0))
	e.process()
	if got := e.contribution(other.ID); got.Status != contrib.StatusRejected || got.ReasonCode != contrib.ReasonNotReproduced {
		t.Fatalf("a version trained with another L2: %s %s", got.Status, got.ReasonCode)
	}
	good := sub(5, 0, 149, version(0, 149, e.setup.Recipe.L2))
	if good.CandidateDigest == "" {
		t.Fatal("no candidate digest recorded")
	}
	e.process()
	got := e.contribution(good.ID)
	ev, err := e.store.FindEvaluation(e.ctx, got.EvaluationID)
	if err != nil || got.Status != contrib.StatusAccepted || ev.CandidateDigest != good.CandidateDigest {
		t.Fatalf("the recipe's own version: %s %s (%v)", got.Status, got.Reason, err)
	}
	if _, _, err := e.store.Submit(e.ctx, contrib.Submission{ModelID: e.model.ID, Contributor: devchain.DevAddress(7).Hex(), Body: e.rows(150, 160, false), Candidate: []byte("{}")}); hokusai.ErrorField(err) != "candidate" {
		t.Fatalf("a broken model file: %v", err)
	}
}

func TestSetupFixedOnceAccepted(t *testing.T) {
	e := newEnv(t)
	if err := e.store.PutSetup(e.ctx, e.setup); err != nil {
		t.Fatalf("replacing the setup before any acceptance: %v", err)
	}
	e.submit(5, "", e.rows(0, 150, false))
	e.process()
	if err := e.store.PutSetup(e.ctx, e.setup); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("replacing the setup after a mint: %v; want CONFLICT", err)
	}
}
