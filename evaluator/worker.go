package evaluator

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
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
	"github.com/hokusai-protocol/hokusai/chain/txmgr"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/zk"
)

// Worker evaluates received contributions and mints their rewards. Any
// number of servers may run one on a shared database: each model's batch
// is evaluated under the job queue's per-model job and a claim in the
// store, so it is evaluated once and minted once.
type Worker struct {
	Store  *contrib.Store
	Jobs   hokusai.JobQueue // where Run takes evaluation jobs from
	Client *chain.Client
	Mint   *chain.MintDeployment
	Sender *ecdsa.PrivateKey // pays for mint transactions
	// Txs sends the mint transactions, each under its MintKey.
	Txs       *txmgr.Manager
	Evaluator *ecdsa.PrivateKey // signs receipts
	Attesters []Attester        // attesters this process holds (their keys sign here)
	// Mailbox, when set, lets registered attesters this process does not
	// hold sign remotely (`hokusai attest --server`); see API.
	Mailbox *Mailbox
	// AttestTimeout bounds the wait for k signatures; 0 means two minutes.
	AttestTimeout time.Duration
	Log           *slog.Logger

	// Batch is the most contributions of one model evaluated together
	// (their reward is split by Shapley weights, shares.go); 0 means 1.
	Batch int
	// BatchWindow is how long a model's job waits, from the arrival of
	// its oldest waiting contribution, for more to arrive (up to Batch)
	// before it evaluates them together; 0 means it takes what waits.
	BatchWindow time.Duration
	// Deadline is how long a signed request stays valid; 0 means one hour.
	Deadline time.Duration
	// Poll is how often Run's sweeper looks for models with work to
	// enqueue; 0 means one second.
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
	// HeadPackage returns the archive of a model's head version: the
	// baseline a candidate scored as submitted (ONNX, XGBoost, LightGBM
	// models) is compared with. Without it such models wait.
	HeadPackage func(ctx context.Context, modelID uint64) ([]byte, error)
	// PublishPackage, when set, is given each minted candidate package
	// scored as submitted (checked against the evaluation's candidate
	// digest) to register as the model's new head version.
	PublishPackage func(ctx context.Context, ev *contrib.Evaluation, archive []byte) error
	// Runtime loads the packages scored as submitted (the ONNX library path).
	Runtime hkruntime.Config
	// AfterBroadcast, when set, runs after a mint is journaled and sent
	// but before its receipt is awaited: crash tests stop the process here.
	AfterBroadcast func(evaluationID int64)

	// Workers is how many models Run evaluates at once (jobs worked at a
	// time), each model one batch at a time, so one model's slow
	// evaluation does not hold up another's; 0 means DefaultWorkers.
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
	// ZkKeys returns the Groth16 keys of a circuit shape (a local ceremony
	// on the dev chain, a finished transcript elsewhere); without it the
	// mints of zkProof models wait.
	ZkKeys func(sh zk.Shape) (*zk.Keys, error)
	// ProofDir, when set, receives each zkProof mint's bundle as
	// <evaluation id>.json, for anyone to check offline (`hokusai eval verify`).
	ProofDir string

	mintMu sync.Mutex // one mint at a time: each is journaled, sent and confirmed in turn
	zkKeys *zk.Keys   // the last shape's keys (under mintMu)

	wakeOnce sync.Once
	wake     chan struct{} // asks the sweeper to look for work now

	headMu sync.Mutex
	heads  map[uint64]headScore // per model, its head package as last scored (scoreHead)

	batchMu   sync.Mutex
	firstSeen map[uint64]time.Time // per model whose batch is filling, when this worker first found it waiting (batchDue)
}

// Scheduling defaults.
const (
	DefaultWorkers     = 4
	DefaultEvalTimeout = 2 * time.Minute
)

// JobEvaluate is the job kind of a model's evaluation: its key names the
// model, so one server at a time evaluates a model's batch, whichever
// server took the submission.
const JobEvaluate = "evaluate"

func evaluateKey(modelID uint64) string { return "model:" + strconv.FormatUint(modelID, 10) }

// Enqueue asks for model's waiting contributions (and journaled mints) to
// be handled; a job already waiting for the model absorbs the request.
func (w *Worker) Enqueue(ctx context.Context, modelID uint64) error {
	if w.Jobs == nil {
		w.Wake()
		return nil
	}
	_, err := w.Jobs.EnqueueJob(ctx, JobEvaluate, evaluateKey(modelID), []byte(strconv.FormatUint(modelID, 10)))
	return err
}

// Wake tells a running worker's sweeper to look for work now.
func (w *Worker) Wake() {
	w.wakeOnce.Do(func() { w.wake = make(chan struct{}, 1) })
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

// Run works evaluation jobs from Jobs until ctx ends, Workers at a time,
// so one model's slow evaluation does not hold up another's. Beside it a
// sweeper enqueues a job for every model with waiting contributions or a
// journaled mint every Poll: work submitted to another server, or left
// by a server that stopped, is picked up here too; so is a model with a
// batch left evaluating.
func (w *Worker) Run(ctx context.Context) error {
	if w.Jobs == nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "The evaluator has no job queue.")
	}
	w.wakeOnce.Do(func() { w.wake = make(chan struct{}, 1) })
	n := w.Workers
	if n <= 0 {
		n = DefaultWorkers
	}
	var wg sync.WaitGroup
	wg.Go(func() { w.sweep(ctx) })
	err := w.Jobs.WorkJobs(ctx, JobEvaluate, n, w.runJob)
	wg.Wait()
	return err
}

// sweep enqueues the models that have work, every Poll or when woken.
func (w *Worker) sweep(ctx context.Context) {
	poll := w.Poll
	if poll <= 0 {
		poll = time.Second
	}
	for {
		if err := w.enqueueWaiting(ctx); err != nil && ctx.Err() == nil {
			w.log().Error("evaluator sweep", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-w.wake:
		case <-time.After(poll):
		}
	}
}

func (w *Worker) enqueueWaiting(ctx context.Context) error {
	models, err := w.Store.WaitingModels(ctx)
	if err != nil {
		return err
	}
	pending, err := w.Store.PendingMints(ctx, 0)
	if err != nil {
		return err
	}
	for _, m := range pending {
		if !slices.Contains(models, m.ModelID) {
			models = append(models, m.ModelID)
		}
	}
	// A batch left evaluating by a job the queue gave up on (its attempts
	// ran out) is returned to the queue by the model's next job.
	stuck, err := w.Store.FindContributions(ctx, contrib.ContributionFilter{Status: []contrib.Status{contrib.StatusEvaluating}, Limit: 1000})
	if err != nil {
		return err
	}
	for _, c := range stuck {
		if !slices.Contains(models, c.ModelID) {
			models = append(models, c.ModelID)
		}
	}
	for _, m := range models {
		if err := w.Enqueue(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// runJob handles one model's evaluation job: one batch, then the job is
// done (the sweeper enqueues the model again while work waits). An error
// makes the queue retry the job after a backoff, so a model that cannot
// be evaluated now (verifier not configured, chain unreachable) waits
// without holding up the others.
func (w *Worker) runJob(ctx context.Context, j *hokusai.Job) error {
	model, err := strconv.ParseUint(string(j.Payload), 10, 64)
	if err != nil || model == 0 {
		w.log().Error("evaluation job without a model", "job", j.ID, "payload", string(j.Payload))
		return nil
	}
	// A batch still filling does not hold a worker slot: the job ends,
	// and the sweeper enqueues the model again when the batch is due.
	if due, err := w.batchDue(ctx, model); err != nil || !due {
		return err
	}
	_, err = w.processModel(ctx, model, false)
	return err
}

// ProcessNext handles the model whose contributions have waited longest
// (see ProcessModel) and reports whether there was work. It is for tools
// and tests that drive one worker by hand; servers use Run.
func (w *Worker) ProcessNext(ctx context.Context) (bool, error) {
	models, err := w.Store.WaitingModels(ctx)
	if err != nil || len(models) == 0 {
		if err == nil {
			w.mintMu.Lock()
			err = w.finishPending(ctx, 0)
			w.mintMu.Unlock()
		}
		return false, err
	}
	return w.ProcessModel(ctx, models[0])
}

// ProcessModel finishes the model's journaled mints, returns the batches
// of an evaluator that died to the queue, waits up to BatchWindow for the
// model's batch to fill, then evaluates it (its received contributions,
// up to Batch) and mints when it earns
// DeltaOnes. It reports whether there was a batch. The caller must be the
// only one working on the model (Run holds the model's job).
func (w *Worker) ProcessModel(ctx context.Context, model uint64) (bool, error) {
	return w.processModel(ctx, model, true)
}

// processModel is ProcessModel; await says whether it waits for the
// batch to fill (runJob has checked that it is due).
func (w *Worker) processModel(ctx context.Context, model uint64, await bool) (bool, error) {
	// A mint left pending (its receipt not seen, a transient chain error,
	// a server that stopped) is finished before anything else is
	// evaluated against the head.
	w.mintMu.Lock()
	err := w.finishPending(ctx, model)
	w.mintMu.Unlock()
	if err != nil {
		return false, err
	}
	if n, err := w.Store.ReleaseClaims(ctx, model); err != nil {
		return false, err
	} else if n > 0 {
		w.log().Info("re-queued contributions an evaluator left unfinished", "model", model, "contributions", n)
	}
	batchSize := max(w.Batch, 1)
	if await {
		if err := w.awaitBatch(ctx, model, batchSize); err != nil {
			return false, err
		}
	}
	batch, err := w.Store.FindContributions(ctx, contrib.ContributionFilter{ModelID: model, Status: []contrib.Status{contrib.StatusReceived}, Limit: batchSize})
	if err != nil {
		return false, err
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
		return false, nil
	}
	ev, claim, err := w.evaluate(ctx, batch)
	if err != nil {
		// A batch this evaluation claimed stays evaluating: the job's
		// retry returns it to the queue (ReleaseClaims) before anything
		// else, whereas releasing it here could take it from an evaluator
		// that took over from this one. Contributions still waiting say why.
		bg := context.WithoutCancel(ctx)
		for _, c := range batch {
			if c2, err2 := w.Store.FindContribution(bg, c.ID); err2 == nil && c2.Status == contrib.StatusReceived {
				_ = w.Store.SetOutcome(bg, c.ID, contrib.Outcome{Status: contrib.StatusReceived, Reason: "Waiting: " + hokusai.ErrorMessage(err)})
			}
		}
		return false, fmt.Errorf("model %d waits: %w", model, err)
	}
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
	acc, err := w.Store.AcceptedContributions(ctx, st.ModelID)
	if err != nil {
		return nil, err
	}
	return trainingOf(st, acc)
}

// trainingOf is the training data of st with the accepted contributions acc.
func trainingOf(st *contrib.Setup, acc []*contrib.Contribution) (*eval.Dataset, error) {
	parts := make([]*eval.Dataset, 0, len(acc))
	for _, c := range acc {
		d, err := contrib.Dataset(c)
		if err != nil {
			return nil, err
		}
		parts = append(parts, d)
	}
	return contrib.Union(st.Training, parts...)
}

// compute trains and scores a batch within ctx, the evaluation's time
// budget: every training and the bootstrap stop when it ends.
func (w *Worker) compute(ctx context.Context, st *contrib.Setup, spec *BenchmarkSpec, acc, batch []*contrib.Contribution) (*Result, *Engine, *eval.Dataset, error) {
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
	eng.Runtime = w.Runtime
	recipe, err := json.Marshal(st.Recipe)
	if err != nil {
		return nil, nil, nil, err
	}
	eng.trainBase = func(ctx context.Context, training *eval.Dataset) (*Scored, error) {
		// The retrained head is named by the recipe and the training data.
		h := sha256.New()
		h.Write(recipe)
		h.Write([]byte{0})
		h.Write(contrib.CanonicalJSONL(training))
		return w.scoreHead(st.ModelID, spec, [32]byte(h.Sum(nil)), func() (*Scored, error) { return eng.Train(ctx, training) })
	}
	var sets []*eval.Dataset
	for _, c := range batch {
		d, err := contrib.Dataset(c)
		if err != nil {
			return nil, nil, nil, err
		}
		sets = append(sets, d)
	}
	var res *Result
	if st.ScoredAsSubmitted() {
		res, err = w.evaluateSubmitted(ctx, eng, spec, training, sets, batch)
	} else {
		res, err = eng.Evaluate(ctx, training, sets)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	return res, eng, training, nil
}

// evaluateSubmitted scores a contribution's candidate package against the
// model's head package (a model the evaluator cannot retrain).
func (w *Worker) evaluateSubmitted(ctx context.Context, eng *Engine, spec *BenchmarkSpec, training *eval.Dataset, sets []*eval.Dataset, batch []*contrib.Contribution) (*Result, error) {
	if len(batch) != 1 || len(batch[0].Candidate) == 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Model %d's candidates are scored as submitted: each contribution is evaluated alone, with its candidate package.", eng.Setup.ModelID)
	}
	if w.HeadPackage == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The evaluator cannot read model %d's head package; candidates scored as submitted wait until it can.", eng.Setup.ModelID)
	}
	head, err := w.HeadPackage(ctx, eng.Setup.ModelID)
	if err != nil {
		return nil, fmt.Errorf("head package: %w", err)
	}
	base, err := w.headPackageScore(ctx, eng, spec, head)
	if err != nil {
		return nil, fmt.Errorf("head package: %w", err)
	}
	res, err := eng.evaluateAgainst(ctx, training, sets[0], base, batch[0].Candidate)
	if err != nil {
		return nil, err
	}
	res.BasePackage, res.CandidatePackage = head, batch[0].Candidate
	return res, nil
}

// headScore is a model's head as last scored on the hidden test split:
// what it was scored from (the sha256 of its package, or of the training
// data it is retrained on), the benchmark (its spec hash), and the result.
type headScore struct {
	input, spec [32]byte
	scored      *Scored
}

// scoreHead scores a model's head on the hidden test split with score,
// reusing the last score while neither input (the head package or the
// training data, whose sha256 names it) nor the benchmark has changed:
// the head is the same for every candidate until one is minted, and
// scoring it again would double each single contribution's evaluation.
// One entry is kept per model.
func (w *Worker) scoreHead(model uint64, spec *BenchmarkSpec, input [32]byte, score func() (*Scored, error)) (*Scored, error) {
	specHash, err := spec.Hash()
	if err != nil {
		return nil, err
	}
	key := headScore{input: input, spec: specHash}
	w.headMu.Lock()
	h, ok := w.heads[model]
	w.headMu.Unlock()
	if ok && h.input == key.input && h.spec == key.spec {
		return h.scored, nil
	}
	s, err := score()
	if err != nil {
		return nil, err
	}
	key.scored = s
	w.headMu.Lock()
	if w.heads == nil {
		w.heads = map[uint64]headScore{}
	}
	w.heads[model] = key
	w.headMu.Unlock()
	return s, nil
}

// headPackageScore scores a model's head package, once per package
// (scoreHead).
func (w *Worker) headPackageScore(ctx context.Context, eng *Engine, spec *BenchmarkSpec, head []byte) (*Scored, error) {
	return w.scoreHead(eng.Setup.ModelID, spec, sha256.Sum256(head), func() (*Scored, error) { return eng.ScorePackage(ctx, head) })
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
	committed, err := w.Client.CommittedBenchmark(ctx, w.Mint.Verifier, modelID)
	if err != nil {
		return nil, nil, err
	}
	if committed == (common.Hash{}) {
		return nil, nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d has no committed benchmark yet: its owner sets it up with register_model --benchmark, which measures and commits the head.", modelID)
	}
	spec, err := SpecOf(st, cfg.DeltaOneSize)
	if err != nil {
		return nil, nil, err
	}
	// The work budget is checked from row counts, before the rows are
	// decoded or anything is trained. A batch over it is cut to the
	// contributions that fit (the rest wait for the next batch); one that
	// does not fit alone is refused.
	acc, err := w.Store.AcceptedContributions(ctx, modelID)
	if err != nil {
		return nil, nil, err
	}
	trainingRows := st.Training.Len()
	for _, c := range acc {
		trainingRows += c.Rows
	}
	batch = w.fitBudget(st, trainingRows, batch)
	var ids []int64
	for _, c := range batch {
		ids = append(ids, c.ID)
	}
	// The batch is held under a claim of this evaluation's own: if another
	// evaluator takes it over (this one was counted dead), nothing this one
	// records afterwards is stored.
	hold := newHold()
	if err := w.Store.ClaimContributions(ctx, hold, ids); err != nil {
		return nil, nil, err
	}
	work := EstimateWork(st, trainingRows, batchRows(batch))
	if reason := w.overBudget(work); reason != "" {
		return nil, nil, w.refuse(ctx, batch, contrib.ReasonTooLarge, reason)
	}
	budget := w.EvalTimeout
	if budget <= 0 {
		budget = DefaultEvalTimeout
	}
	ectx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	res, eng, training, err := w.compute(ectx, st, spec, acc, batch)
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
	// A zkProof model mints on what the proof states: the fixed-point
	// counts, their DeltaOnes as the verifier computes them, and the exact
	// sign test instead of the bootstrap.
	var zr *zkRun
	worse, noise := cmp.Improvement < 0, ""
	if cmp.Lower95 <= 0 {
		noise = fmt.Sprintf("The improvement of %s is not significant: the one-sided 95%% lower bound of a paired bootstrap (%d resamples) is %s, not above 0.", strconv.FormatFloat(cmp.Improvement, 'f', 4, 64), cmp.Resamples, strconv.FormatFloat(cmp.Lower95, 'f', 4, 64))
	}
	if cfg.Method == chain.MethodZkProof {
		if zr, err = w.zkEvaluate(st, eng, res, committed); err != nil {
			return nil, nil, w.refuse(ctx, batch, contrib.ReasonMintFailed, "This model is verified by zkProof, which cannot prove this evaluation: "+hokusai.ErrorMessage(err))
		}
		deltaOnes = zr.deltaOnes(size)
		measured, worse, noise = deltaOnes, zr.B < zr.C, zr.signTestReason()
	}
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
	what := "The retrained model"
	if res.Path == eval.PathScoredAsSubmitted {
		what = "The submitted candidate"
	}
	switch {
	case res.Path == eval.PathRetrained && submitted != "" && submitted != res.Candidate.Digest:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonNotReproduced
		ev.Reason = fmt.Sprintf("The submitted model version %s is not what the package's recipe gives on the training data plus these rows (%s); submit the rows alone, or the version the recipe produces.", submitted, res.Candidate.Digest)
	case ev.NewRows == 0:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonDuplicate
		ev.Reason = "Every row is already in the model's training data; nothing new to learn from."
	case worse:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonWorse
		ev.Reason = fmt.Sprintf("%s scores %s %s on the hidden test split against the head's %s: it makes the model worse (are labels wrong or flipped, or is the model fitted to the public rows only?).", what, f(cmp.CandidateScore), eng.bench.Metric, f(cmp.BaselineScore))
	case zr != nil && noise != "":
		// The verifier applies the sign test before the threshold, and so
		// does the evaluator of a zkProof model.
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonNotSignificant
		ev.Reason = noise
	case deltaOnes.Cmp(threshold) < 0 || measured.Cmp(threshold) < 0:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonNoImprovement
		ev.Reason = fmt.Sprintf("%s scores %s %s on the hidden test split against the head's %s: %s DeltaOnes, below the %s needed to mint.", what, f(cmp.CandidateScore), eng.bench.Metric, f(cmp.BaselineScore), hokusai.FormatWad(minBig(deltaOnes, measured)), hokusai.FormatWad(threshold))
	case rewardFor(rc, deltaOnes).Cmp(orZero(rc.Budget)) > 0:
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonBudget
		ev.Reason = fmt.Sprintf("The improvement earns %s DeltaOnes, a reward of %s tokens, but model %d's mint budget has only %s tokens left; the protocol admin must raise it.", ev.DeltaOnes, hokusai.FormatWad(rewardFor(rc, deltaOnes)), modelID, hokusai.FormatWad(orZero(rc.Budget)))
	case noise != "":
		ev.Decision, ev.ReasonCode = contrib.DecisionReject, contrib.ReasonNotSignificant
		ev.Reason = noise
	default:
		ev.Decision = contrib.DecisionMint
	}
	// Each contribution's marginal gain and weight; the request merges
	// the weights by address.
	bps := WeightsBps(res.Values)
	for i, c := range batch {
		ev.Weights = append(ev.Weights, contrib.Weight{Contribution: c.ID, Contributor: c.Contributor, Bps: bps[i], Value: res.Values[i]})
	}
	bench := eng.Bench()
	rcpt := eval.NewReceipt(eval.ReceiptSubject{
		Model: strconv.FormatUint(modelID, 10), BaselineDigest: res.Base.Digest, CandidateDigest: res.Candidate.Digest,
		DatasetDigest: bench.DatasetDigest, Split: "test", SplitDigest: bench.TestDigest, Metric: bench.Metric,
		Direction: st.Direction, RuntimeVersion: res.Candidate.Runtime, Path: res.Path,
	}, cmp, time.Now())
	rcpt.Attribution, rcpt.Weights = res.Method, ReceiptWeights(ev.Weights)
	if err := rcpt.Sign(w.Evaluator); err != nil {
		return nil, nil, err
	}
	ev.Receipt = rcpt.MarshalIndent()
	ev.ReceiptHash = rcpt.Hash().Hex()
	if err := w.Store.CreateEvaluation(ctx, hold, ev); err != nil {
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
	claim, err := w.buildClaim(ctx, st, spec, training, batch, ev, rcpt, head, candWad, res)
	if err != nil {
		return nil, nil, err
	}
	claim.hold, claim.zk = hold, zr
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

func (w *Worker) buildClaim(ctx context.Context, st *contrib.Setup, spec *BenchmarkSpec, training *eval.Dataset, batch []*contrib.Contribution, ev *contrib.Evaluation, rcpt *eval.Receipt, head, candWad *big.Int, res *Result) (*Claim, error) {
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
	specHash, err := spec.Hash()
	if err != nil {
		return nil, err
	}
	req := &chain.MintRequest{
		ModelID: st.ModelID, BaselineScore: head, CandidateScore: candWad,
		CandidateDigest: DigestHash(res.Candidate.Digest), DatasetDigest: DigestHash(bench.TestDigest), BenchmarkHash: specHash,
		ReceiptHash: rcpt.Hash(), SampleCount: uint64(res.Comparison.Rows), LowerBound: ScoreWad(res.Comparison.Lower95),
		Contributors: cs, IdempotencyKey: MintKey(w.domain(), st.ModelID, batch), Deadline: now + uint64(dl/time.Second),
	}
	if req.LowerBound.Sign() <= 0 {
		req.LowerBound = big.NewInt(1) // a positive float below 1e-18
	}
	c := &Claim{
		Domain: w.domain(), Request: req, Receipt: ev.Receipt, Evaluator: crypto.PubkeyToAddress(w.Evaluator.PublicKey),
		Setup: *st, Spec: spec, Benchmark: contrib.CanonicalJSONL(st.Benchmark), Training: contrib.CanonicalJSONL(training),
	}
	for _, b := range batch {
		c.Contributions = append(c.Contributions, ClaimRows{ID: b.ID, Contributor: b.Contributor, Rows: b.Data})
	}
	c.BaselinePackage, c.CandidatePackage = res.BasePackage, res.CandidatePackage
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
	Request    *chain.MintRequest    `json:"request,omitempty"`
	Signatures []chain.MintSignature `json:"signatures,omitempty"`
	Zk         *zkJournaled          `json:"zk,omitempty"` // a zkProof mint
	// FromBlock is the lowest block the mint can have landed in: the head
	// when it was journaled (before it was sent), less a reorganisation
	// margin. Recovery searches the verifier's events from there, not from
	// the deployment (0 in journals written before: from the deployment).
	FromBlock uint64 `json:"from_block,omitempty"`
}

// journalFromMargin is how many blocks below the head at journaling time
// recovery also searches, in case a reorganisation put the mint lower.
const journalFromMargin = 128

// journalFrom is journaled.FromBlock for a mint journaled now.
func (w *Worker) journalFrom(ctx context.Context) (uint64, error) {
	n, err := w.Client.Backend.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain head: %w", err)
	}
	if n < journalFromMargin {
		return 0, nil
	}
	return n - journalFromMargin, nil
}

// calldata is the journaled mint's transaction data.
func (j *journaled) calldata() []byte {
	if j.Zk != nil {
		return chain.PackZkMint(j.Zk.Request, j.Zk.Proof.Words)
	}
	return bindings.NewDeltaOneVerifier().PackMint(toBindingRequest(j.Request), toBindingSigs(j.Signatures))
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
	if claim.zk != nil {
		return w.mintZk(ctx, ev, claim)
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
	from, err := w.journalFrom(ctx)
	if err != nil {
		return err
	}
	body, _ := json.Marshal(journaled{Request: claim.Request, Signatures: sigs, FromBlock: from})
	rec := &contrib.MintRecord{EvaluationID: ev.ID, ModelID: ev.ModelID, IdempotencyKey: claim.Request.IdempotencyKey.Hex(), Request: body}
	if err := w.Store.JournalMint(ctx, claim.hold, rec); err != nil {
		return err
	}
	return w.send(ctx, rec, bindings.NewDeltaOneVerifier().PackMint(toBindingRequest(claim.Request), toBindingSigs(sigs)))
}

// send hands a journaled mint to the transaction manager under the
// mint's idempotency key (sending it again after a crash finds the same
// transaction) and records its outcome.
func (w *Worker) send(ctx context.Context, rec *contrib.MintRecord, data []byte) error {
	if w.Txs == nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "The evaluator has no transaction manager to send mints with.")
	}
	// The verifier refuses a key twice; the evaluation id lets a batch
	// evaluated again after a refused mint send a new transaction.
	tx := chain.Tx{To: &w.Mint.Verifier, Data: data, IdempotencyKey: fmt.Sprintf("mint %d %s", rec.EvaluationID, rec.IdempotencyKey), ABIs: mintABIs}
	stored, err := w.Txs.FindByKey(ctx, w.Sender, tx.IdempotencyKey)
	if err != nil {
		return err
	}
	if stored == nil {
		from := crypto.PubkeyToAddress(w.Sender.PublicKey)
		gas, err := w.Client.Backend.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &w.Mint.Verifier, Data: data})
		if err != nil {
			return w.sendFailed(ctx, rec, chain.DecodeError(err, mintABIs...))
		}
		tx.Gas = 2 * gas
		if stored, err = w.Txs.Enqueue(ctx, w.Sender, tx); err != nil {
			return err
		}
	}
	if err := w.Txs.Broadcast(ctx, stored.ID); err != nil {
		if chain.IsNotSent(err) {
			return w.sendFailed(ctx, rec, err)
		}
		return err // maybe sent: recovery finds the transaction by its key
	}
	if w.AfterBroadcast != nil {
		w.AfterBroadcast(rec.EvaluationID)
	}
	r, err := w.Txs.Wait(ctx, stored.ID, mintABIs...)
	if err != nil {
		if chain.IsNotSent(err) && r == nil {
			return w.sendFailed(ctx, rec, err)
		}
		if r != nil {
			return w.sendFailed(ctx, rec, err) // mined and reverted
		}
		return err
	}
	return w.confirm(ctx, rec, r)
}

// sendFailed handles a mint the chain refused before or at execution.
func (w *Worker) sendFailed(ctx context.Context, rec *contrib.MintRecord, cause error) error {
	used, err := w.landed(ctx, rec)
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
	if errors.As(cause, &re) && (re.Name == "BaselineNotHead" || re.Name == "StaleRequest") {
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
	if w.Publish != nil || w.PublishPackage != nil {
		if err := w.publish(ctx, ev); err != nil {
			w.log().Warn("publish the new head version", "evaluation", ev.ID, "err", err)
		}
	}
	return nil
}

// publish hands the minted candidate to Publish (retrained) or
// PublishPackage (scored as submitted).
func (w *Worker) publish(ctx context.Context, ev *contrib.Evaluation) error {
	st, err := w.Store.FindSetup(ctx, ev.ModelID)
	if err != nil {
		return err
	}
	if st.ScoredAsSubmitted() {
		if w.PublishPackage == nil || len(ev.Contributions) != 1 {
			return nil
		}
		c, err := w.Store.FindContribution(ctx, ev.Contributions[0])
		if err != nil {
			return err
		}
		if c.CandidateDigest != ev.CandidateDigest {
			return fmt.Errorf("contribution %d's candidate %s differs from the evaluated %s", c.ID, c.CandidateDigest, ev.CandidateDigest)
		}
		return w.PublishPackage(ctx, ev, c.Candidate)
	}
	if w.Publish == nil {
		return nil
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

// landed reports whether a journaled mint was accepted on-chain: an
// attested mint by the verifier's keyUsed; a zkProof mint, which uses no
// storage slot per key (its model's nonce refuses a replay), by the
// DeltaOneVerified event naming its model and key.
func (w *Worker) landed(ctx context.Context, rec *contrib.MintRecord) (bool, error) {
	var j journaled
	if err := json.Unmarshal(rec.Request, &j); err != nil {
		return false, fmt.Errorf("journal %d: %w", rec.EvaluationID, err)
	}
	if j.Zk == nil {
		return w.keyUsed(ctx, common.HexToHash(rec.IdempotencyKey))
	}
	logs, err := w.verifiedLogs(ctx, rec)
	if err != nil {
		return false, err
	}
	return len(logs) > 0, nil
}

// verifiedLogs are the verifier's DeltaOneVerified events for the journaled
// mint's model and idempotency key, from the journal's FromBlock.
func (w *Worker) verifiedLogs(ctx context.Context, rec *contrib.MintRecord) ([]types.Log, error) {
	var j journaled
	if err := json.Unmarshal(rec.Request, &j); err != nil {
		return nil, fmt.Errorf("journal %d: %w", rec.EvaluationID, err)
	}
	topic := verifierABI().Events["DeltaOneVerified"].ID
	logs, err := w.Client.Backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(max(w.Mint.Block, j.FromBlock)),
		Addresses: []common.Address{w.Mint.Verifier},
		Topics:    [][]common.Hash{{topic}, {common.BigToHash(new(big.Int).SetUint64(rec.ModelID))}, {common.HexToHash(rec.IdempotencyKey)}},
	})
	if err != nil {
		return nil, fmt.Errorf("find mint: %w", err)
	}
	return logs, nil
}

func (w *Worker) keyUsed(ctx context.Context, key common.Hash) (bool, error) {
	v := bindings.NewDeltaOneVerifier()
	out, err := w.Client.Backend.CallContract(ctx, ethereum.CallMsg{To: &w.Mint.Verifier, Data: v.PackKeyUsed(key)}, nil)
	if err != nil {
		return false, fmt.Errorf("key used: %w", err)
	}
	return v.UnpackKeyUsed(out)
}

// recoverUsed finds the mined transaction of a journaled mint that landed
// (landed), and confirms it.
func (w *Worker) recoverUsed(ctx context.Context, rec *contrib.MintRecord) error {
	v := bindings.NewDeltaOneVerifier()
	logs, err := w.verifiedLogs(ctx, rec)
	if err != nil {
		return err
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

// Recover finishes every journaled mint — one whose key the verifier has
// used is confirmed from its event; one not yet mined is sent again with
// the same signatures (the key makes a double mint impossible), unless the
// head moved or the request expired, when its batch is queued again — and
// returns batches left evaluating without a mint to the queue. It is for a
// server that works alone (tools, tests); Run does the same per model
// inside each model's job, where no other server works on the model.
func (w *Worker) Recover(ctx context.Context) error {
	w.mintMu.Lock()
	defer w.mintMu.Unlock()
	if err := w.finishPending(ctx, 0); err != nil {
		return err
	}
	stuck, err := w.Store.FindContributions(ctx, contrib.ContributionFilter{Status: []contrib.Status{contrib.StatusEvaluating}, Limit: 1000})
	if err != nil {
		return err
	}
	done := map[uint64]bool{}
	for _, c := range stuck {
		if done[c.ModelID] {
			continue
		}
		done[c.ModelID] = true
		if _, err := w.Store.ReleaseClaims(ctx, c.ModelID); err != nil {
			return err
		}
	}
	return nil
}

// finishPending confirms or resends the journaled mints not yet finished
// of model (0: of every model).
func (w *Worker) finishPending(ctx context.Context, model uint64) error {
	pending, err := w.Store.PendingMints(ctx, model)
	if err != nil {
		return err
	}
	for _, rec := range pending {
		used, err := w.landed(ctx, rec)
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
		if j.Request == nil && j.Zk == nil {
			return fmt.Errorf("journal %d: no request", rec.EvaluationID)
		}
		if err := w.send(ctx, rec, j.calldata()); err != nil {
			return err
		}
	}
	return nil
}

// newHold makes up the claim under which one evaluation holds its batch.
func newHold() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
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
		CandidateDigest: r.CandidateDigest, DatasetDigest: r.DatasetDigest, BenchmarkHash: r.BenchmarkHash, ReceiptHash: r.ReceiptHash, SampleCount: r.SampleCount,
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
