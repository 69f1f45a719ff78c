package evaluator

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// Worker evaluates received contributions and mints their rewards.
type Worker struct {
	Store     *contrib.Store
	Client    *chain.Client
	Mint      *chain.MintDeployment
	Sender    *ecdsa.PrivateKey // pays for mint transactions
	Evaluator *ecdsa.PrivateKey // signs receipts
	Attesters []Attester        // attesters this process holds (their keys sign here)
	// Mailbox, when set, lets registered attesters this process does not
	// hold sign remotely (`hokusai attest --server`); see API.
	Mailbox *Mailbox
	// AttestTimeout bounds the wait for k signatures; 0 means two minutes.
	AttestTimeout time.Duration
	Log           *slog.Logger

	// Batch is the most contributions of one model evaluated together
	// (their reward is split by Shapley or leave-one-out weights); 0 means 1.
	Batch int
	// Deadline is how long a signed request stays valid; 0 means one hour.
	Deadline time.Duration
	// Poll is how often Run looks for work when idle; 0 means 200ms.
	Poll time.Duration
	// ClaimDir, when set, receives each mint's claim as <evaluation id>.json
	// (mode 0600: it holds the hidden test split) for independent attesters
	// (`hokusai attest --bundle FILE`).
	ClaimDir string
	// Publish, when set, is given each minted candidate (retrained from the
	// training data, which now holds the batch, and checked against the
	// evaluation's candidate digest) to register as the model's new head
	// version. Its errors are logged: the mint is final either way.
	Publish func(ctx context.Context, ev *contrib.Evaluation, m *linear.Model) error
	// AfterBroadcast, when set, runs after a mint is journaled and sent
	// but before its receipt is awaited: crash tests stop the process here.
	AfterBroadcast func(evaluationID int64)

	// Workers is how many models Run evaluates at once, each model one
	// batch at a time, so one model's slow evaluation does not hold up
	// another's; 0 means DefaultWorkers.
	Workers int
	// EvalTimeout is each evaluation's time budget (training, scoring and
	// the bootstrap); a batch that runs past it is rejected (TIMEOUT) and
	// its model's next batch proceeds. 0 means DefaultEvalTimeout.
	EvalTimeout time.Duration
	// MaxCells and MaxOps bound an evaluation's estimated work (Work),
	// checked before anything is trained: a batch over either is rejected
	// (TOO_LARGE). 0 means DefaultMaxCells and DefaultMaxOps.
	MaxCells, MaxOps float64
	// BeforeTrain, when set, runs inside each evaluation's time budget
	// before anything is trained, with the budget's context: tests make
	// an evaluation slow here.
	BeforeTrain func(ctx context.Context, modelID uint64)

	mintMu sync.Mutex // one mint at a time: each is journaled, sent and confirmed in turn

	sched  sync.Mutex // guards parked, busy and served
	parked map[uint64]time.Time
	busy   map[uint64]bool      // models with a batch in evaluation or minting
	served map[uint64]time.Time // when each waiting model was last taken, for round-robin
	wake   chan struct{}
	once   sync.Once
}

// Scheduling defaults.
const (
	DefaultWorkers     = 4
	DefaultEvalTimeout = 2 * time.Minute
)

// parkFor is how long a model whose batch could not be evaluated waits
// before the worker tries it again.
const parkFor = 5 * time.Second

// Wake tells a running worker that new work has arrived.
func (w *Worker) Wake() {
	w.once.Do(func() { w.wake = make(chan struct{}, 1) })
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

func (w *Worker) log() *slog.Logger {
	if w.Log == nil {
		return slog.Default()
	}
	return w.Log
}

// Run recovers journaled mints, then evaluates contributions until ctx
// ends, on Workers goroutines: each takes the waiting model served least
// recently (round-robin), one batch per model at a time; mints are sent
// one at a time.
func (w *Worker) Run(ctx context.Context) error {
	w.once.Do(func() { w.wake = make(chan struct{}, 1) })
	if err := w.Recover(ctx); err != nil {
		w.log().Error("evaluator recovery", "err", err)
	}
	n := w.Workers
	if n <= 0 {
		n = DefaultWorkers
	}
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { w.loop(ctx) })
	}
	wg.Wait()
	return ctx.Err()
}

// loop is one of Run's workers.
func (w *Worker) loop(ctx context.Context) {
	poll := w.Poll
	if poll == 0 {
		poll = 200 * time.Millisecond
	}
	for {
		did, err := w.ProcessNext(ctx)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			w.log().Error("evaluator", "err", err)
		}
		if did && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-w.wake:
		case <-time.After(poll):
		}
	}
}

// take claims the waiting model to evaluate next: of the models with
// received contributions that are neither busy nor parked, the one served
// least recently, the oldest waiting first among equals. It returns 0
// when there is none. release gives the model back.
func (w *Worker) take(ctx context.Context) (uint64, error) {
	waiting, err := w.Store.WaitingModels(ctx)
	if err != nil {
		return 0, err
	}
	w.sched.Lock()
	defer w.sched.Unlock()
	if w.busy == nil {
		w.busy, w.served, w.parked = map[uint64]bool{}, map[uint64]time.Time{}, map[uint64]time.Time{}
	}
	now := time.Now()
	model, last := uint64(0), time.Time{}
	isWaiting := make(map[uint64]bool, len(waiting))
	for _, m := range waiting {
		isWaiting[m] = true
		if w.busy[m] {
			continue
		}
		if until, ok := w.parked[m]; ok && now.Before(until) {
			continue
		}
		if s := w.served[m]; model == 0 || s.Before(last) {
			model, last = m, s
		}
	}
	// Forget models with nothing waiting: the maps stay as small as the queue.
	for m := range w.served {
		if !isWaiting[m] && !w.busy[m] {
			delete(w.served, m)
		}
	}
	for m, until := range w.parked {
		if !isWaiting[m] && now.After(until) {
			delete(w.parked, m)
		}
	}
	if model != 0 {
		w.busy[model] = true
		w.served[model] = now
	}
	return model, nil
}

func (w *Worker) isBusy(model uint64) bool {
	w.sched.Lock()
	defer w.sched.Unlock()
	return w.busy[model]
}

func (w *Worker) release(model uint64) {
	w.sched.Lock()
	defer w.sched.Unlock()
	delete(w.busy, model)
}

func (w *Worker) park(model uint64, until time.Time) {
	w.sched.Lock()
	defer w.sched.Unlock()
	if w.parked == nil {
		w.parked = map[uint64]time.Time{}
	}
	w.parked[model] = until
}

func (w *Worker) unpark(model uint64) {
	w.sched.Lock()
	defer w.sched.Unlock()
	delete(w.parked, model)
}

// ProcessNext evaluates the next waiting batch (one model's received
// contributions, up to Batch; the model is chosen by take) and mints when
// it earns DeltaOnes. It reports whether there was work. Calls may run
// concurrently: each takes a different model.
func (w *Worker) ProcessNext(ctx context.Context) (bool, error) {
	// A model that cannot be evaluated now (verifier not configured, chain
	// unreachable) is parked, and a model being evaluated is busy: neither
	// holds up the others.
	model, err := w.take(ctx)
	if err != nil {
		return false, err
	}
	if model != 0 {
		defer w.release(model)
	}
	// A mint left pending (its receipt not seen, a transient chain error)
	// is finished before anything else is evaluated against the head.
	// Mints hold mintMu from journal to confirmation, so what is pending
	// here was left by an earlier run or a failed send; a busy model's
	// are left to the worker that took it, which finishes them here
	// before it evaluates.
	w.mintMu.Lock()
	err = w.finishPending(ctx, model)
	w.mintMu.Unlock()
	if err != nil || model == 0 {
		return false, err
	}
	w.Wake() // another worker may take another model meanwhile
	now := time.Now()
	batchSize := max(w.Batch, 1)
	batch, err := w.Store.FindContributions(ctx, contrib.ContributionFilter{ModelID: model, Status: []contrib.Status{contrib.StatusReceived}, Limit: batchSize})
	if err != nil {
		return true, err
	}
	// A contribution with its own model version is evaluated alone.
	for i, c := range batch {
		if c.CandidateDigest != "" {
			if i == 0 {
				batch = batch[:1]
			} else {
				batch = batch[:i]
			}
			break
		}
	}
	if len(batch) == 0 {
		return false, nil // taken by an earlier pass meanwhile
	}
	ev, claim, err := w.evaluate(ctx, batch)
	if err != nil {
		// Leave them for a later try; park the model meanwhile.
		w.park(model, now.Add(parkFor))
		for _, c := range batch {
			if c2, err2 := w.Store.FindContribution(ctx, c.ID); err2 == nil && (c2.Status == contrib.StatusEvaluating || c2.Status == contrib.StatusReceived) {
				_ = w.Store.SetOutcome(ctx, c.ID, contrib.Outcome{Status: contrib.StatusReceived, Reason: "Waiting: " + hokusai.ErrorMessage(err)})
			}
		}
		return false, fmt.Errorf("model %d parked for %s: %w", model, parkFor, err)
	}
	w.unpark(model)
	if ev == nil || ev.Decision != contrib.DecisionMint {
		return true, nil
	}
	w.mintMu.Lock()
	defer w.mintMu.Unlock()
	return true, w.mint(ctx, ev, claim)
}

// Evaluate evaluates a batch against the current head and records the
// evaluation (and, for a rejection, the contributions' outcome) without
// minting; Mint finishes an evaluation that earned a mint. Tests use the
// two halves to interleave evaluations. A batch refused before it was
// evaluated (over its time or work budget) gives a nil evaluation.
func (w *Worker) Evaluate(ctx context.Context, ids ...int64) (*contrib.Evaluation, *Claim, error) {
	var batch []*contrib.Contribution
	for _, id := range ids {
		c, err := w.Store.FindContribution(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		batch = append(batch, c)
	}
	return w.evaluate(ctx, batch)
}

// MintEvaluation sends an evaluation's mint (see Evaluate).
func (w *Worker) MintEvaluation(ctx context.Context, ev *contrib.Evaluation, claim *Claim) error {
	w.mintMu.Lock()
	defer w.mintMu.Unlock()
	return w.mint(ctx, ev, claim)
}

// training returns the model's training data: the setup's rows plus every
// accepted contribution's new rows, in acceptance order (Union).
func (w *Worker) training(ctx context.Context, st *contrib.Setup) (*eval.Dataset, error) {
	acc, err := w.Store.Accepted(ctx, st.ModelID)
	if err != nil {
		return nil, err
	}
	return trainingOf(st, acc)
}

// trainingOf is the training data of st with the accepted contributions acc.
func trainingOf(st *contrib.Setup, acc []*contrib.Contribution) (*eval.Dataset, error) {
	parts := make([]*eval.Dataset, 0, len(acc))
	for _, c := range acc {
		d, err := c.Dataset()
		if err != nil {
			return nil, err
		}
		parts = append(parts, d)
	}
	return contrib.Union(st.Training, parts...)
}

// compute trains and scores a batch within ctx, the evaluation's time
// budget: every training and the bootstrap stop when it ends.
func (w *Worker) compute(ctx context.Context, st *contrib.Setup, acc, batch []*contrib.Contribution) (*Result, *Engine, *eval.Dataset, error) {
	if w.BeforeTrain != nil {
		w.BeforeTrain(ctx, st.ModelID)
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	eng, err := NewEngine(st)
	if err != nil {
		return nil, nil, nil, err
	}
	training, err := trainingOf(st, acc)
	if err != nil {
		return nil, nil, nil, err
	}
	var sets []*eval.Dataset
	for _, c := range batch {
		d, err := c.Dataset()
		if err != nil {
			return nil, nil, nil, err
		}
		sets = append(sets, d)
	}
	res, err := eng.Evaluate(ctx, training, sets)
	if err != nil {
		return nil, nil, nil, err
	}
	return res, eng, training, nil
}

// overBudget says why work exceeds the worker's budget, or "".
func (w *Worker) overBudget(work Work) string {
	maxCells, maxOps := w.MaxCells, w.MaxOps
	if maxCells <= 0 {
		maxCells = DefaultMaxCells
	}
	if maxOps <= 0 {
		maxOps = DefaultMaxOps
	}
	switch {
	case work.Cells() > maxCells:
		return fmt.Sprintf("Training on %d rows of %d columns (%.3g cells) exceeds the evaluator's budget of %.3g cells per model; contribute fewer rows at a time.",
			work.TrainingRows, work.Columns, work.Cells(), maxCells)
	case work.Ops() > maxOps:
		return fmt.Sprintf("The evaluation would take about %.3g operations (%d trainings of %d rows × %d columns × %d iterations, %d resamples of %d test rows), over the evaluator's budget of %.3g; contribute fewer rows at a time, or the model's owner may lower resamples or recipe.max_iterations.",
			work.Ops(), work.Trainings, work.TrainingRows, work.Columns, work.Iterations, work.Resamples, work.TestRows, maxOps)
	}
	return ""
}

// refuse rejects a batch that was not evaluated (over its time or work
// budget): no evaluation is recorded, and the model's next batch proceeds.
func (w *Worker) refuse(ctx context.Context, batch []*contrib.Contribution, code, reason string) error {
	w.log().Warn("evaluation refused", "model", batch[0].ModelID, "reason", code, "detail", reason)
	for _, c := range batch {
		if err := w.Store.SetOutcome(ctx, c.ID, contrib.Outcome{Status: contrib.StatusRejected, ReasonCode: code, Reason: reason}); err != nil {
			return err
		}
	}
	return nil
}

func (w *Worker) verifierConfig(ctx context.Context, modelID uint64) (bindings.DeltaOneVerifierConfig, error) {
	v := bindings.NewDeltaOneVerifier()
	out, err := w.Client.Backend.CallContract(ctx, ethereum.CallMsg{To: &w.Mint.Verifier, Data: v.PackConfig(new(big.Int).SetUint64(modelID))}, nil)
	if err != nil {
		return bindings.DeltaOneVerifierConfig{}, chain.DecodeError(err)
	}
	return v.UnpackConfig(out)
}

func (w *Worker) evaluate(ctx context.Context, batch []*contrib.Contribution) (*contrib.Evaluation, *Claim, error) {
	if len(batch) == 0 {
		return nil, nil, hokusai.Errorf(hokusai.EINVALID, "Nothing to evaluate.")
	}
	modelID := batch[0].ModelID
	st, err := w.Store.FindSetup(ctx, modelID)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := w.verifierConfig(ctx, modelID)
	if err != nil {
		return nil, nil, fmt.Errorf("verifier config: %w", err)
	}
	if !cfg.Configured {
		return nil, nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d's verifier is not configured yet; run configure_verifier first.", modelID)
	}
	rc, err := w.Client.RewardConfig(ctx, w.Mint.TokenManager, modelID)
	if err != nil {
		return nil, nil, err
	}
	head, _, err := w.Client.VerifierHead(ctx, w.Mint.Verifier, modelID)
	if err != nil {
		return nil, nil, err
	}
	var ids []int64
	for _, c := range batch {
		if err := w.Store.SetOutcome(ctx, c.ID, contrib.Outcome{Status: contrib.StatusEvaluating}); err != nil {
			return nil, nil, err
		}
		ids = append(ids, c.ID)
	}
	// The work budget is checked from row counts, before the rows are
	// decoded or anything is trained.
	acc, err := w.Store.Accepted(ctx, modelID)
	if err != nil {
		return nil, nil, err
	}
	trainingRows := st.Training.Len()
	for _, c := range acc {
		trainingRows += c.Rows
	}
	batchRows := make([]int, len(batch))
	for i, c := range batch {
		batchRows[i] = c.Rows
	}
	work := EstimateWork(st, trainingRows, batchRows)
	if reason := w.overBudget(work); reason != "" {
		return nil, nil, w.refuse(ctx, batch, contrib.ReasonTooLarge, reason)
	}
	budget := w.EvalTimeout
	if budget <= 0 {
		budget = DefaultEvalTimeout
	}
	ectx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	res, eng, training, err := w.compute(ectx, st, acc, batch)
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			reason := fmt.Sprintf("The evaluation ran past its time budget of %s (%d training rows with the batch, %d test rows, %d resamples) and was stopped so that other contributions are not held up; contribute fewer rows at a time, or ask the evaluator's operator to raise the budget.",
				budget, work.TrainingRows, work.TestRows, work.Resamples)
			return nil, nil, w.refuse(ctx, batch, contrib.ReasonTimeout, reason)
		}
		return nil, nil, err
	}
	threshold := rc.MintThreshold
	if threshold == nil || threshold.Sign() == 0 {
		threshold = new(big.Int).Set(hokusai.WAD)
	}
	cmp := res.Comparison
	candWad := ScoreWad(cmp.CandidateScore)
	claimed := new(big.Int).Sub(candWad, head)
	if st.Direction == hokusai.Minimize {
		claimed.Neg(claimed)
	}
	size := cfg.DeltaOneSize
	deltaOnes := new(big.Int).Quo(new(big.Int).Mul(claimed, hokusai.WAD), size)
	measured := new(big.Int).Quo(new(big.Int).Mul(ScoreWad(cmp.Improvement), hokusai.WAD), size)
	ev := &contrib.Evaluation{
		ModelID: modelID, Contributions: ids, HeadScore: head.String(),
		BaselineScore: cmp.BaselineScore, CandidateScore: cmp.CandidateScore, Improvement: cmp.Improvement, Lower95: cmp.Lower95,
		DeltaOnes: hokusai.FormatWad(deltaOnes), Threshold: hokusai.FormatWad(threshold),
		Method: res.Method, TrainingRows: res.TrainingRows, TestRows: cmp.Rows,
		BaselineDigest: res.Base.Digest, CandidateDigest: res.Candidate.Digest,
	}
	for _, k := range res.NewRows {
		ev.NewRows += k
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	submitted := ""
	if len(batch) == 1 {
		submitted = batch[0].CandidateDigest
	}
	switch {
	case submitted != "" && submitted != res.Candidate.Digest:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonNotReproduced
		ev.Reason = fmt.Sprintf("The submitted model version %s is not what the package's recipe gives on the training data plus these rows (%s); submit the rows alone, or the version the recipe produces.", submitted, res.Candidate.Digest)
	case ev.NewRows == 0:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonDuplicate
		ev.Reason = "Every row is already in the model's training data; nothing new to learn from."
	case cmp.Improvement < 0:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonWorse
		ev.Reason = fmt.Sprintf("The retrained model scores %s %s on the hidden test split against the head's %s: these rows make the model worse (are labels wrong or flipped?).", f(cmp.CandidateScore), eng.bench.Metric, f(cmp.BaselineScore))
	case deltaOnes.Cmp(threshold) < 0 || measured.Cmp(threshold) < 0:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonNoImprovement
		ev.Reason = fmt.Sprintf("The retrained model scores %s %s against the head's %s: %s DeltaOnes, below the %s needed to mint.", f(cmp.CandidateScore), eng.bench.Metric, f(cmp.BaselineScore), hokusai.FormatWad(minBig(deltaOnes, measured)), hokusai.FormatWad(threshold))
	case rewardFor(rc, deltaOnes).Cmp(orZero(rc.Budget)) > 0:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonBudget
		ev.Reason = fmt.Sprintf("The improvement earns %s DeltaOnes, a reward of %s tokens, but model %d's mint budget has only %s tokens left; the protocol admin must raise it.", ev.DeltaOnes, hokusai.FormatWad(rewardFor(rc, deltaOnes)), modelID, hokusai.FormatWad(orZero(rc.Budget)))
	case cmp.Lower95 <= 0:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonNotSignificant
		ev.Reason = fmt.Sprintf("The improvement of %s is not significant: the one-sided 95%% lower bound of a paired bootstrap (%d resamples) is %s, not above 0.", f(cmp.Improvement), cmp.Resamples, f(cmp.Lower95))
	default:
		ev.Decision = contrib.DecisionMint
	}
	// Weights among the batch's contributors, merged by address.
	bps := WeightsBps(res.Values)
	for i, c := range batch {
		ev.Weights = append(ev.Weights, contrib.Weight{Contribution: c.ID, Contributor: c.Contributor, Bps: bps[i], Value: res.Values[i]})
	}
	bench := eng.Bench()
	rcpt := eval.NewReceipt(eval.ReceiptSubject{
		Model: strconv.FormatUint(modelID, 10), BaselineDigest: res.Base.Digest, CandidateDigest: res.Candidate.Digest,
		DatasetDigest: bench.DatasetDigest, Split: "test", SplitDigest: bench.TestDigest, Metric: bench.Metric,
		Direction: st.Direction, RuntimeVersion: eng.RuntimeVersion(),
	}, cmp, time.Now())
	if err := rcpt.Sign(w.Evaluator); err != nil {
		return nil, nil, err
	}
	ev.Receipt = rcpt.MarshalIndent()
	ev.ReceiptHash = rcpt.Hash().Hex()
	if err := w.Store.CreateEvaluation(ctx, ev); err != nil {
		return nil, nil, err
	}
	w.log().Info("evaluated", "model", modelID, "contributions", ids, "baseline", cmp.BaselineScore, "candidate", cmp.CandidateScore,
		"lower95", cmp.Lower95, "delta_ones", ev.DeltaOnes, "decision", ev.Decision, "reason", ev.ReasonCode)
	if ev.Decision != contrib.DecisionMint {
		for _, c := range batch {
			if err := w.Store.SetOutcome(ctx, c.ID, contrib.Outcome{Status: contrib.StatusRejected, ReasonCode: ev.ReasonCode, Reason: ev.Reason, EvaluationID: ev.ID, DeltaOnes: ev.DeltaOnes}); err != nil {
				return nil, nil, err
			}
		}
		return ev, nil, nil
	}
	claim, err := w.buildClaim(ctx, st, training, batch, ev, rcpt, head, candWad, res)
	if err != nil {
		return nil, nil, err
	}
	return ev, claim, nil
}

// MintKey is the idempotency key of a batch's mint: it names the model,
// the verifier and the batch's contributions, so a batch mints at most once
// whatever happens to this server.
func MintKey(d chain.MintDomain, modelID uint64, batch []*contrib.Contribution) common.Hash {
	parts := [][]byte{[]byte("hokusai/contribution-mint"), new(big.Int).SetUint64(d.ChainID).Bytes(), d.Verifier[:], new(big.Int).SetUint64(modelID).Bytes()}
	for _, c := range batch {
		parts = append(parts, []byte(fmt.Sprintf("%d|%s|%s", c.ID, c.Contributor, c.Digest)))
	}
	return crypto.Keccak256Hash(parts...)
}

func (w *Worker) domain() chain.MintDomain {
	return chain.MintDomain{ChainID: w.Client.ChainID, Verifier: w.Mint.Verifier}
}

func (w *Worker) buildClaim(ctx context.Context, st *contrib.Setup, training *eval.Dataset, batch []*contrib.Contribution, ev *contrib.Evaluation, rcpt *eval.Receipt, head, candWad *big.Int, res *Result) (*Claim, error) {
	// Contributors sorted by address, weights merged, zero weights dropped.
	merged := map[common.Address]int{}
	for _, wt := range ev.Weights {
		merged[common.HexToAddress(wt.Contributor)] += int(wt.Bps)
	}
	var cs []chain.Contributor
	for a, b := range merged {
		if b > 0 {
			cs = append(cs, chain.Contributor{Account: a, WeightBps: uint16(b)})
		}
	}
	chain.SortContributors(cs)
	now, err := w.chainTime(ctx)
	if err != nil {
		return nil, err
	}
	dl := w.Deadline
	if dl == 0 {
		dl = time.Hour
	}
	bench, _ := st.Bench()
	req := &chain.MintRequest{
		ModelID: st.ModelID, BaselineScore: head, CandidateScore: candWad,
		CandidateDigest: DigestHash(res.Candidate.Digest), DatasetDigest: DigestHash(bench.TestDigest),
		ReceiptHash: rcpt.Hash(), SampleCount: uint64(res.Comparison.Rows), LowerBound: ScoreWad(res.Comparison.Lower95),
		Contributors: cs, IdempotencyKey: MintKey(w.domain(), st.ModelID, batch), Deadline: now + uint64(dl/time.Second),
	}
	if req.LowerBound.Sign() <= 0 {
		req.LowerBound = big.NewInt(1) // a positive float below 1e-18
	}
	c := &Claim{
		Domain: w.domain(), Request: req, Receipt: ev.Receipt, Evaluator: crypto.PubkeyToAddress(w.Evaluator.PublicKey),
		Setup: *st, Benchmark: contrib.CanonicalJSONL(st.Benchmark), Training: contrib.CanonicalJSONL(training),
	}
	for _, b := range batch {
		c.Contributions = append(c.Contributions, ClaimRows{ID: b.ID, Contributor: b.Contributor, Rows: b.Data})
	}
	return c, nil
}

func (w *Worker) chainTime(ctx context.Context) (uint64, error) {
	h, err := w.Client.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chain time: %w", err)
	}
	return h.Time, nil
}

// journaled is what the mint journal stores.
type journaled struct {
	Request    *chain.MintRequest    `json:"request"`
	Signatures []chain.MintSignature `json:"signatures"`
}

// ErrStaleHead says the head moved after the evaluation: the batch goes
// back to the queue to be evaluated against the new head.
var ErrStaleHead = errors.New("the head moved since the evaluation")

func (w *Worker) mint(ctx context.Context, ev *contrib.Evaluation, claim *Claim) error {
	head, _, err := w.Client.VerifierHead(ctx, w.Mint.Verifier, ev.ModelID)
	if err != nil {
		return err
	}
	if head.Cmp(claim.Request.BaselineScore) != 0 {
		w.log().Info("head moved; re-queueing for a fresh evaluation", "evaluation", ev.ID, "evaluated_head", claim.Request.BaselineScore, "head", head)
		return w.requeue(ctx, ev, ErrStaleHead)
	}
	cfg, err := w.verifierConfig(ctx, ev.ModelID)
	if err != nil {
		return err
	}
	if w.ClaimDir != "" {
		if err := writeClaim(w.ClaimDir, ev.ID, claim); err != nil {
			w.log().Warn("write claim", "evaluation", ev.ID, "err", err)
		}
	}
	attesters, err := w.attestersFor(ctx, ev.ModelID)
	if err != nil {
		return err
	}
	sigs, refusals := w.collect(ctx, claim, attesters, int(cfg.K))
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if len(sigs) < int(cfg.K) {
		reason := fmt.Sprintf("Only %d of the %d attester signatures the model requires were given; refusals: %v.", len(sigs), cfg.K, refusals)
		return w.reject(ctx, ev, contrib.ReasonMintFailed, reason)
	}
	body, _ := json.Marshal(journaled{Request: claim.Request, Signatures: sigs})
	rec := &contrib.MintRecord{EvaluationID: ev.ID, ModelID: ev.ModelID, IdempotencyKey: claim.Request.IdempotencyKey.Hex(), Request: body}
	if err := w.Store.JournalMint(ctx, rec); err != nil {
		return err
	}
	return w.send(ctx, rec, claim.Request, sigs)
}

// send broadcasts a journaled mint and records its outcome.
func (w *Worker) send(ctx context.Context, rec *contrib.MintRecord, req *chain.MintRequest, sigs []chain.MintSignature) error {
	v := bindings.NewDeltaOneVerifier()
	data := v.PackMint(toBindingRequest(req), toBindingSigs(sigs))
	from := crypto.PubkeyToAddress(w.Sender.PublicKey)
	gas, err := w.Client.Backend.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &w.Mint.Verifier, Data: data})
	if err != nil {
		return w.sendFailed(ctx, rec, chain.DecodeError(err, mintABIs...))
	}
	tx, err := w.Client.SignAndBroadcast(ctx, w.Sender, chain.Tx{To: &w.Mint.Verifier, Data: data, Gas: 2 * gas})
	if err != nil {
		if chain.IsNotSent(err) {
			return w.sendFailed(ctx, rec, err)
		}
		return err // maybe sent: recovery will look the key up
	}
	if w.AfterBroadcast != nil {
		w.AfterBroadcast(rec.EvaluationID)
	}
	r, err := w.Client.WaitMined(ctx, tx, mintABIs...)
	if err != nil {
		if chain.IsNotSent(err) && r == nil {
			return w.sendFailed(ctx, rec, err)
		}
		return err
	}
	return w.confirm(ctx, rec, r)
}

// sendFailed handles a mint the chain refused before or at execution.
func (w *Worker) sendFailed(ctx context.Context, rec *contrib.MintRecord, cause error) error {
	used, err := w.keyUsed(ctx, common.HexToHash(rec.IdempotencyKey))
	if err != nil {
		return err
	}
	if used {
		return w.recoverUsed(ctx, rec)
	}
	ev, err := w.Store.FindEvaluation(ctx, rec.EvaluationID)
	if err != nil {
		return err
	}
	if err := w.Store.FinishMint(ctx, rec.EvaluationID, contrib.MintAbandoned, "", ""); err != nil {
		return err
	}
	var re *chain.RevertError
	if errors.As(cause, &re) && re.Name == "BaselineNotHead" {
		return w.requeue(ctx, ev, ErrStaleHead)
	}
	if errors.As(cause, &re) && re.Name == "RequestExpired" {
		return w.requeue(ctx, ev, errors.New("the signed request expired before it was mined"))
	}
	return w.reject(ctx, ev, contrib.ReasonMintFailed, "The chain refused the mint: "+hokusai.ErrorMessage(cause))
}

func (w *Worker) requeue(ctx context.Context, ev *contrib.Evaluation, why error) error {
	for _, id := range ev.Contributions {
		if err := w.Store.SetOutcome(ctx, id, contrib.Outcome{Status: contrib.StatusReceived, Reason: "Re-queued: " + why.Error() + "."}); err != nil {
			return err
		}
	}
	return nil
}

func (w *Worker) reject(ctx context.Context, ev *contrib.Evaluation, code, reason string) error {
	for _, id := range ev.Contributions {
		if err := w.Store.SetOutcome(ctx, id, contrib.Outcome{Status: contrib.StatusRejected, ReasonCode: code, Reason: reason, EvaluationID: ev.ID}); err != nil {
			return err
		}
	}
	return nil
}

// confirm records a mined mint: the journal, then each contribution with
// its share of the reward (read from the token's mint transfers).
func (w *Worker) confirm(ctx context.Context, rec *contrib.MintRecord, r *types.Receipt) error {
	var reward *big.Int
	var deltaOnes *big.Int
	paid := map[common.Address]*big.Int{}
	v := bindings.NewDeltaOneVerifier()
	transfer := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	for _, l := range r.Logs {
		if e, err := v.UnpackDeltaOneVerifiedEvent(l); err == nil && l.Address == w.Mint.Verifier {
			reward, deltaOnes = e.Reward, e.DeltaOnes
		}
		if len(l.Topics) == 3 && l.Topics[0] == transfer && l.Topics[1] == (common.Hash{}) {
			to := common.BytesToAddress(l.Topics[2][:])
			amt := new(big.Int).SetBytes(l.Data)
			if paid[to] == nil {
				paid[to] = new(big.Int)
			}
			paid[to].Add(paid[to], amt)
		}
	}
	if reward == nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "Mint transaction %s has no DeltaOneVerified event.", r.TxHash.Hex())
	}
	if err := w.Store.FinishMint(ctx, rec.EvaluationID, contrib.MintConfirmed, r.TxHash.Hex(), reward.String()); err != nil {
		return err
	}
	ev, err := w.Store.FindEvaluation(ctx, rec.EvaluationID)
	if err != nil {
		return err
	}
	// A contributor named in several contributions of the batch is paid
	// once; their reward is credited to their first contribution.
	credited := map[string]bool{}
	for _, wt := range ev.Weights {
		share := ""
		if !credited[wt.Contributor] {
			credited[wt.Contributor] = true
			share = contrib.WeiString(paid[common.HexToAddress(wt.Contributor)])
		}
		if err := w.Store.SetOutcome(ctx, wt.Contribution, contrib.Outcome{
			Status: contrib.StatusAccepted, EvaluationID: ev.ID, MintTx: r.TxHash.Hex(), DeltaOnes: hokusai.FormatWad(deltaOnes), Reward: share,
		}); err != nil {
			return err
		}
	}
	w.log().Info("minted", "evaluation", ev.ID, "tx", r.TxHash.Hex(), "delta_ones", hokusai.FormatWad(deltaOnes), "reward", reward)
	if w.Publish != nil {
		if err := w.publish(ctx, ev); err != nil {
			w.log().Warn("publish the new head version", "evaluation", ev.ID, "err", err)
		}
	}
	return nil
}

// publish retrains the minted candidate and hands it to Publish.
func (w *Worker) publish(ctx context.Context, ev *contrib.Evaluation) error {
	st, err := w.Store.FindSetup(ctx, ev.ModelID)
	if err != nil {
		return err
	}
	eng, err := NewEngine(st)
	if err != nil {
		return err
	}
	training, err := w.training(ctx, st)
	if err != nil {
		return err
	}
	sc, err := eng.Train(ctx, training)
	if err != nil {
		return err
	}
	if sc.Digest != ev.CandidateDigest {
		return fmt.Errorf("retrained candidate %s differs from the evaluated %s (later contributions accepted meanwhile?)", sc.Digest, ev.CandidateDigest)
	}
	return w.Publish(ctx, ev, sc.Model)
}

func (w *Worker) keyUsed(ctx context.Context, key common.Hash) (bool, error) {
	v := bindings.NewDeltaOneVerifier()
	out, err := w.Client.Backend.CallContract(ctx, ethereum.CallMsg{To: &w.Mint.Verifier, Data: v.PackKeyUsed(key)}, nil)
	if err != nil {
		return false, fmt.Errorf("key used: %w", err)
	}
	return v.UnpackKeyUsed(out)
}

// recoverUsed finds the mined transaction of a journaled mint whose key the
// verifier has used, and confirms it.
func (w *Worker) recoverUsed(ctx context.Context, rec *contrib.MintRecord) error {
	v := bindings.NewDeltaOneVerifier()
	topic := verifierABI().Events["DeltaOneVerified"].ID
	logs, err := w.Client.Backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.Mint.Block),
		Addresses: []common.Address{w.Mint.Verifier},
		Topics:    [][]common.Hash{{topic}, {common.BigToHash(new(big.Int).SetUint64(rec.ModelID))}, {common.HexToHash(rec.IdempotencyKey)}},
	})
	if err != nil {
		return fmt.Errorf("find mint: %w", err)
	}
	for _, l := range logs {
		if _, err := v.UnpackDeltaOneVerifiedEvent(&l); err != nil {
			continue
		}
		r, err := w.Client.Backend.TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return fmt.Errorf("find mint receipt: %w", err)
		}
		return w.confirm(ctx, rec, r)
	}
	return hokusai.Errorf(hokusai.EINTERNAL, "The verifier used key %s but no DeltaOneVerified event names it.", rec.IdempotencyKey)
}

// Recover finishes every journaled mint: one whose key the verifier has
// used is confirmed from its event; one not yet mined is sent again with
// the same signatures (the key makes a double mint impossible), unless the
// head moved or the request expired, when its batch is queued again.
func (w *Worker) Recover(ctx context.Context) error {
	w.mintMu.Lock()
	defer w.mintMu.Unlock()
	if err := w.finishPending(ctx, 0); err != nil {
		return err
	}
	// Contributions left evaluating without a pending mint were
	// interrupted before minting: evaluate them again.
	stuck, err := w.Store.FindContributions(ctx, contrib.ContributionFilter{Status: []contrib.Status{contrib.StatusEvaluating}, Limit: 1000})
	if err != nil {
		return err
	}
	for _, c := range stuck {
		if c.EvaluationID != 0 {
			if m, err := w.Store.FindMint(ctx, c.EvaluationID); err == nil && m.State == contrib.MintPending {
				continue
			}
		}
		if err := w.Store.SetOutcome(ctx, c.ID, contrib.Outcome{Status: contrib.StatusReceived}); err != nil {
			return err
		}
	}
	return nil
}

// finishPending confirms or resends every journaled mint not yet finished,
// except those of models another worker has taken (all but own).
func (w *Worker) finishPending(ctx context.Context, own uint64) error {
	pending, err := w.Store.PendingMints(ctx)
	if err != nil {
		return err
	}
	for _, rec := range pending {
		if rec.ModelID != own && w.isBusy(rec.ModelID) {
			continue
		}
		used, err := w.keyUsed(ctx, common.HexToHash(rec.IdempotencyKey))
		if err != nil {
			return err
		}
		if used {
			if err := w.recoverUsed(ctx, rec); err != nil {
				return err
			}
			continue
		}
		var j journaled
		if err := json.Unmarshal(rec.Request, &j); err != nil {
			return fmt.Errorf("journal %d: %w", rec.EvaluationID, err)
		}
		w.log().Info("resending journaled mint", "evaluation", rec.EvaluationID, "key", rec.IdempotencyKey)
		if err := w.send(ctx, rec, j.Request, j.Signatures); err != nil {
			return err
		}
	}
	return nil
}

func toBindingRequest(r *chain.MintRequest) bindings.DeltaOneVerifierMintRequest {
	cs := make([]bindings.Contributor, len(r.Contributors))
	for i, c := range r.Contributors {
		cs[i] = bindings.Contributor{Account: c.Account, WeightBps: c.WeightBps}
	}
	z := func(v *big.Int) *big.Int {
		if v == nil {
			return new(big.Int)
		}
		return v
	}
	return bindings.DeltaOneVerifierMintRequest{
		ModelId: new(big.Int).SetUint64(r.ModelID), BaselineScore: z(r.BaselineScore), CandidateScore: z(r.CandidateScore),
		CandidateDigest: r.CandidateDigest, DatasetDigest: r.DatasetDigest, ReceiptHash: r.ReceiptHash, SampleCount: r.SampleCount,
		LowerBound: z(r.LowerBound), Contributors: cs, IdempotencyKey: r.IdempotencyKey, Deadline: r.Deadline,
	}
}

func toBindingSigs(sigs []chain.MintSignature) []bindings.DeltaOneVerifierSignature {
	out := make([]bindings.DeltaOneVerifierSignature, len(sigs))
	for i, s := range sigs {
		out[i] = bindings.DeltaOneVerifierSignature{R: s.R, S: s.S, V: s.V}
	}
	return out
}

func verifierABI() *abi.ABI { return mintABIs[0] }

// mintABIs decode the verifier's and the token manager's custom errors.
var mintABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, m := range []*bind.MetaData{&bindings.DeltaOneVerifierMetaData, &bindings.TokenManagerMetaData, &bindings.ModelTokenMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			panic(err)
		}
		out = append(out, a)
	}
	return out
}()

// rewardFor is TokenManager.rewardFor: tokens per DeltaOne pro rata, capped.
func rewardFor(rc bindings.TokenManagerRewardConfig, deltaOnes *big.Int) *big.Int {
	r := new(big.Int).Quo(new(big.Int).Mul(orZero(rc.TokensPerDeltaOne), deltaOnes), hokusai.WAD)
	if rc.MaxReward != nil && r.Cmp(rc.MaxReward) > 0 {
		return new(big.Int).Set(rc.MaxReward)
	}
	return r
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}

func writeClaim(dir string, id int64, c *Claim) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.json", id)), b, 0o600)
}
