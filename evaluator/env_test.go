package evaluator_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/attest"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

var votesCSV = filepath.Join("..", "testdata", "datasets", "house-votes-84.csv")

var votesFeatures = []string{"handicapped-infants", "water-project-cost-sharing", "adoption-of-the-budget-resolution", "physician-fee-freeze",
	"el-salvador-aid", "religious-groups-in-schools", "anti-satellite-test-ban", "aid-to-nicaraguan-contras", "mx-missile", "immigration",
	"synfuels-corporation-cutback", "education-spending", "superfund-right-to-sue", "crime", "duty-free-exports", "export-administration-act-south-africa"}

// votesRecipe is the house-votes-84 logistic regression recipe.
var votesRecipe = hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "party",
	Features: votesFeatures, Categorical: votesFeatures, L2: 0.01, Seed: 84}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), hokusai.WAD) }

// env is the protocol and mint contracts on a simulated chain, one
// house-votes-84 model set up for contributions with 2-of-2 attesters, a
// contribution store and a worker.
type env struct {
	t         testing.TB
	ctx       context.Context
	c         *chain.Client
	sim       *chain.Simulated
	sess      *chain.Session
	mint      *chain.MintDeployment
	admin     *ecdsa.PrivateKey
	owner     *ecdsa.PrivateKey
	attesters []*ecdsa.PrivateKey
	evalKey   *ecdsa.PrivateKey
	store     *contrib.Store
	worker    *evaluator.Worker
	model     *chain.CreatedModel
	setup     *contrib.Setup
	pool      *eval.Dataset // public dev rows contributors draw from
	baseline  float64
	// headPackage is the head version's archive of a model whose
	// candidates are scored as submitted (its head is measured from it).
	headPackage []byte
	dbPath      string
	db          *sqlite.DB
	txs         *txmgr.Manager
}

func newEnv(t testing.TB) *env {
	t.Helper()
	return newEnvMetric(t, hokusai.MetricAccuracy, eval.MetricOptions{})
}

// newEnvMetric is newEnv with the model scored on metric with options.
func newEnvMetric(t testing.TB, metric hokusai.Metric, opts eval.MetricOptions) *env {
	t.Helper()
	return newEnvWith(t, func(e *env) {
		data, err := eval.LoadFile(votesCSV, eval.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		e.setup, e.pool, err = evaluator.SplitSetup(0, data, votesRecipe, metric, opts, hokusai.Maximize, 84, 60, 12)
		if err != nil {
			t.Fatal(err)
		}
		e.setup.Resamples = 1000
		if e.baseline, err = evaluator.BaselineScore(e.ctx, e.setup); err != nil {
			t.Fatal(err)
		}
	})
}

// newEnvWith is newEnv with the model's setup, pool and baseline made by
// prepare (on e's context, before the model is created on the chain).
func newEnvWith(t testing.TB, prepare func(e *env)) *env {
	t.Helper()
	ctx := context.Background()
	alloc := types.GenesisAlloc{}
	for i := 0; i < devchain.DevAccounts; i++ {
		alloc[devchain.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(devchain.DevBalance)}
	}
	sim := chain.NewSimulated(alloc)
	t.Cleanup(func() { sim.Close() })
	c, err := sim.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, c: c, sim: sim, admin: devchain.DevKey(0), owner: devchain.DevKey(1), txs: txmgrtest.Attach(t, c)}
	d, err := chain.DeployProtocol(ctx, c, e.admin, chain.DeployConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if e.mint, err = chain.DeployMintProtocol(ctx, c, e.admin, d, chain.MintDeployConfig{}); err != nil {
		t.Fatal(err)
	}
	e.sess = &chain.Session{Client: c, Protocol: &chain.Protocol{ChainID: c.ChainID, Registry: d.Registry, Factory: d.Factory, USDC: d.USDC, Treasury: d.Treasury, Mint: e.mint}}
	for i := 0; i < 2; i++ {
		k, _ := crypto.GenerateKey()
		e.attesters = append(e.attesters, k)
	}
	e.evalKey, _ = crypto.GenerateKey()

	prepare(e)
	supply, _ := hokusai.ParsePreset("growth")
	var deltaOne *big.Int // commitBenchmark commits DeltaOnes of 0.01, the proportions' size
	if !e.setup.Metric.IsProportion() {
		deltaOne = new(big.Int).Quo(hokusai.WAD, big.NewInt(100))
	}
	e.model, err = e.sess.CreateModel(ctx, e.owner, chain.CreateModelParams{
		Name: "House votes", Ticker: "VOTES", Metric: e.setup.Metric, Direction: hokusai.Maximize,
		Baseline: evaluator.ScoreWad(e.baseline), License: hokusai.LicenseDecentralized, Supply: supply, DeltaOne: deltaOne,
	})
	if err != nil {
		t.Fatal(err)
	}
	e.setup.ModelID = e.model.ID
	if _, err := c.ConfigureVerifier(ctx, e.owner, e.mint.Verifier, e.model.ID, chain.VerifierSettings{
		Method: chain.MethodOracle, K: 2, Attesters: []common.Address{e.attesterAddr(0), e.attesterAddr(1)},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ConfigureTokenManager(ctx, e.owner, e.mint.TokenManager, e.model.ID, chain.RewardSettings{
		TokensPerDeltaOne: tokens(100_000), MaxReward: tokens(2_000_000),
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.SetMintBudget(ctx, e.admin, e.mint.TokenManager, e.model.ID, tokens(10_000_000)); err != nil {
		t.Fatal(err)
	}
	e.dbPath = filepath.Join(t.TempDir(), "hokusai.db")
	e.store = e.openStore()
	if err := e.store.PutSetup(ctx, e.setup); err != nil {
		t.Fatal(err)
	}
	e.commitBenchmark(e.model.ID, e.setup)
	e.worker = e.newWorker(e.attesters...)
	return e
}

// commitBenchmark commits st's benchmark for model with the head the
// evaluator measures on it, as the setup route does.
func (e *env) commitBenchmark(model uint64, st *contrib.Setup) {
	e.t.Helper()
	measure := func() (*evaluator.HeadMeasure, error) { return evaluator.MeasureHead(e.ctx, st, st.Training) }
	if st.ScoredAsSubmitted() {
		measure = func() (*evaluator.HeadMeasure, error) {
			return evaluator.MeasureHeadPackage(e.ctx, st, e.headPackage, hkruntime.Config{})
		}
	}
	h, err := measure()
	if err != nil {
		e.t.Fatal(err)
	}
	spec, err := evaluator.SpecOf(st, new(big.Int).Quo(hokusai.WAD, big.NewInt(100)))
	if err != nil {
		e.t.Fatal(err)
	}
	hash, err := spec.Hash()
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.CommitBenchmark(e.ctx, e.admin, e.mint.Verifier, model, chain.BenchmarkCommit{
		BenchmarkHash: hash, HeadScore: evaluator.ScoreWad(h.Score), HeadDigest: evaluator.DigestHash(h.Digest),
	}); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) openStore() *contrib.Store {
	db := sqlite.NewDB(e.dbPath)
	if err := db.Open(); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { db.Close() })
	e.db = db
	return contrib.New(sqlite.NewContributionService(db))
}

func (e *env) newWorker(attesters ...*ecdsa.PrivateKey) *evaluator.Worker {
	jobs := sqlite.NewJobQueue(e.db)
	jobs.Poll, jobs.Backoff = 20*time.Millisecond, 200*time.Millisecond
	w := &evaluator.Worker{Store: e.store, Jobs: jobs, Client: e.c, Mint: e.mint, Sender: e.admin, Evaluator: e.evalKey, Txs: e.txs, Poll: 50 * time.Millisecond}
	for _, k := range attesters {
		w.Attesters = append(w.Attesters, attest.New(k, crypto.PubkeyToAddress(e.evalKey.PublicKey)))
	}
	return w
}

func (e *env) attesterAddr(i int) common.Address {
	return crypto.PubkeyToAddress(e.attesters[i].PublicKey)
}

// rows returns pool rows [from, to) as CSV; flip swaps the two parties.
func (e *env) rows(from, to int, flip bool) []byte {
	d := e.pool.Subset(seq(from, to))
	if flip {
		label, _ := d.ColumnIndex("party")
		cp := &eval.Dataset{Columns: d.Columns}
		for _, r := range d.Rows {
			nr := append([]any(nil), r...)
			if nr[label] == "democrat" {
				nr[label] = "republican"
			} else {
				nr[label] = "democrat"
			}
			cp.Rows = append(cp.Rows, nr)
		}
		d = cp
	}
	var b bytes.Buffer
	if err := d.WriteCSV(&b); err != nil {
		e.t.Fatal(err)
	}
	return b.Bytes()
}

func seq(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

func (e *env) submit(who int, key string, body []byte) *contrib.Contribution {
	e.t.Helper()
	c, _, err := e.store.Submit(e.ctx, contrib.Submission{ModelID: e.model.ID, Contributor: devchain.DevAddress(who).Hex(), IdempotencyKey: key, Body: body})
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *env) process() {
	e.t.Helper()
	did, err := e.worker.ProcessNext(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	if !did {
		e.t.Fatal("ProcessNext found no work")
	}
}

func (e *env) contribution(id int64) *contrib.Contribution {
	e.t.Helper()
	c, err := e.store.FindContribution(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *env) balance(who common.Address) *big.Int {
	e.t.Helper()
	b, err := e.sess.TokenBalance(e.ctx, e.model.Token, who)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) head() *big.Int {
	e.t.Helper()
	h, _, err := e.c.VerifierHead(e.ctx, e.mint.Verifier, e.model.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

func evaluatorScoreWad(x float64) *big.Int { return evaluator.ScoreWad(x) }

// serveAPI runs the evaluator's API over HTTP as `hokusai serve` wires it:
// GET /v1/chain names the chain and registry that signed requests are
// checked against, and each signed request's nonce is spent in SQLite.
// indexVotes puts e's model into a model index under the ticker VOTES.
func (e *env) indexVotes() (hokusai.ModelService, *hokusai.Model) {
	e.t.Helper()
	models := sqlite.NewModelService(e.db)
	m, err := e.sess.GetModel(e.ctx, e.model.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	m.Ticker = "VOTES"
	if err := models.UpsertModel(e.ctx, m); err != nil {
		e.t.Fatal(err)
	}
	return models, m
}

func (e *env) serveAPI(models hokusai.ModelService) *httptest.Server {
	e.t.Helper()
	info := e.sess.Protocol.Info("")
	srv := hhttp.NewServer(hhttp.Config{ModelService: models, ChainInfo: func() hokusai.ChainInfo { return info }})
	(&evaluator.API{Store: e.store, Worker: e.worker, Models: models, Client: e.c, Mint: e.mint, Platform: e.admin, Signed: &signreq.Verifier{
		Domain: e.domain(), Nonces: sqlite.NewNonceService(e.db),
	}}).Register(srv)
	ts := httptest.NewServer(srv.Handler())
	e.t.Cleanup(ts.Close)
	return ts
}

// domain is the EIP-712 domain of the simulated chain's platform.
func (e *env) domain() signreq.Domain {
	return signreq.Domain{ChainID: e.c.ChainID, Platform: e.sess.Protocol.Registry}
}
