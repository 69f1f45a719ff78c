package finetune_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/finetune"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"

	"net/http/httptest"
)

var votesFeatures = []string{"handicapped-infants", "water-project-cost-sharing", "adoption-of-the-budget-resolution", "physician-fee-freeze",
	"el-salvador-aid", "religious-groups-in-schools", "anti-satellite-test-ban", "aid-to-nicaraguan-contras", "mx-missile", "immigration",
	"synfuels-corporation-cutback", "education-spending", "superfund-right-to-sue", "crime", "duty-free-exports", "export-administration-act-south-africa"}

var votesRecipe = hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "party", Features: votesFeatures, Categorical: votesFeatures, L2: 0.01, Seed: 84}

// env is a server's fine-tuning parts on one SQLite file and a blob
// directory: the house-votes model VOTE (model 1, owner dev account 1) at
// version 1.0.0, trained on 12 rows of its benchmark's public split, and
// an empty fork VOTEX (model 2, owner dev account 2).
type env struct {
	t        *testing.T
	ctx      context.Context
	dir      string
	db       *sqlite.DB
	jobs     *sqlite.FineTuneService
	queue    *sqlite.JobQueue
	registry hokusai.RegistryService
	blobs    blob.Store
	setup    *contrib.Setup
	pool     *eval.Dataset // the public rows the parent did not see
	engine   *evaluator.Engine
	svc      *finetune.Service
	local    *finetune.LocalRunner
	pub      *finetune.Publisher
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	e := &env{t: t, ctx: ctx, dir: t.TempDir()}
	e.open()
	models := sqlite.NewModelService(e.db)
	base, fork := storetest.NewModel(1, "VOTE"), storetest.NewModel(2, "VOTEX")
	base.Owner, fork.Owner = devchain.DevAddress(1).Hex(), devchain.DevAddress(2).Hex()
	for _, m := range []*hokusai.Model{base, fork} {
		if err := models.UpsertModel(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	data, err := eval.LoadFile(filepath.Join("..", "testdata", "datasets", "house-votes-84.csv"), eval.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if e.setup, e.pool, err = evaluator.SplitSetup(1, data, votesRecipe, hokusai.MetricAccuracy, eval.MetricOptions{}, hokusai.Maximize, 84, 60, 12); err != nil {
		t.Fatal(err)
	}
	if e.engine, err = evaluator.NewEngine(e.setup); err != nil {
		t.Fatal(err)
	}
	parent, err := e.engine.Train(ctx, e.setup.Training)
	if err != nil {
		t.Fatal(err)
	}
	e.registerBase(parent)
	e.wire(models)
	return e
}

func (e *env) open() {
	e.db = sqlite.NewDB(filepath.Join(e.dir, "hokusai.db"))
	if err := e.db.Open(); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { e.db.Close() })
	e.jobs = sqlite.NewFineTuneService(e.db)
	e.queue = sqlite.NewJobQueue(e.db)
	e.queue.Poll, e.queue.Backoff, e.queue.Lease = 20*time.Millisecond, 50*time.Millisecond, 2*time.Second
	e.registry = sqlite.NewRegistryService(e.db)
	var err error
	if e.blobs, err = blob.NewLocal(filepath.Join(e.dir, "blobs")); err != nil {
		e.t.Fatal(err)
	}
}

// registerBase packages the parent as VOTE 1.0.0, signed by its owner.
func (e *env) registerBase(parent *evaluator.Scored) {
	dir := e.t.TempDir()
	if err := parent.Model.Save(filepath.Join(dir, "model.json")); err != nil {
		e.t.Fatal(err)
	}
	mr, err := votesRecipe.ManifestRecipe()
	if err != nil {
		e.t.Fatal(err)
	}
	man := hokusai.Manifest{
		Schema: hokusai.ManifestSchema, Name: "house-votes-84", Version: "1.0.0", Description: "Party from 16 votes.",
		Architecture: "logistic regression", Training: hokusai.Training{Methodology: "L-BFGS on 12 rows.", Recipe: mr},
		InputSchema: map[string]any{"type": "object"}, OutputSchema: map[string]any{"type": "object"},
		Runtime: hokusai.RuntimeSpec{Kind: hokusai.RuntimeLinear, Entrypoint: "model.json"}, Metrics: map[string]float64{"accuracy": parent.Score},
	}
	var buf bytes.Buffer
	pkg, err := pack.Package(dir, man, pack.Options{Key: devchain.DevKey(1), Out: &buf})
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.blobs.Put(e.ctx, bytes.NewReader(buf.Bytes()), pkg.Digest); err != nil {
		e.t.Fatal(err)
	}
	if err := e.registry.CreateVersion(e.ctx, &hokusai.ModelVersion{ModelID: 1, Version: "1.0.0", Digest: pkg.Digest, ManifestDigest: pkg.ManifestDigest,
		Size: pkg.Size, Manifest: pkg.Manifest, Metrics: pkg.Manifest.Metrics, Signer: pkg.Signer, Signature: pkg.Signature}); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) wire(models hokusai.ModelService) {
	tmp := filepath.Join(e.dir, "tmp")
	e.local = &finetune.LocalRunner{Registry: e.registry, Blobs: e.blobs, Tmp: tmp}
	e.pub = &finetune.Publisher{Registry: e.registry, Blobs: e.blobs, Key: devchain.DevKey(0), Tmp: tmp,
		Score: func(ctx context.Context, modelID uint64, archive []byte) (string, float64, error) {
			if modelID != 1 {
				return "", 0, hokusai.Errorf(hokusai.ENOTFOUND, "no benchmark")
			}
			s, err := e.engine.ScorePackage(ctx, archive)
			if err != nil {
				return "", 0, err
			}
			return hokusai.MetricAccuracy.String(), s.Score, nil
		}}
	e.svc = &finetune.Service{Jobs: e.jobs, Queue: e.queue, Models: models, Registry: e.registry, Blobs: e.blobs,
		Setups: func(ctx context.Context, id uint64) (*contrib.Setup, error) {
			if id == 1 {
				return e.setup, nil
			}
			return nil, hokusai.Errorf(hokusai.ENOTFOUND, "no setup")
		},
		HF:      finetune.HFCache{Dir: filepath.Join(e.dir, "hf"), Offline: true},
		Runners: []hokusai.FineTuneRunner{e.local}, Tmp: tmp}
}

// worker starts a worker until the returned stop is called.
func (e *env) worker() (*finetune.Worker, func()) {
	w := &finetune.Worker{Jobs: e.jobs, Queue: e.queue, Runners: []hokusai.FineTuneRunner{e.local}, Publish: e.pub.Publish, Poll: 20 * time.Millisecond}
	e.svc.Worker = w
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = w.Run(ctx)
	}()
	return w, func() { cancel(); <-done }
}

// serve serves the API over HTTP with signed requests checked against
// a dev domain.
func (e *env) serve() *httptest.Server {
	info := hokusai.ChainInfo{ChainID: 1337, Contracts: map[string]string{"ModelRegistry": "0x00000000000000000000000000000000000000aa"}}
	srv := hhttp.NewServer(hhttp.Config{ChainInfo: func() hokusai.ChainInfo { return info }})
	(&finetune.API{Service: e.svc, Signed: &signreq.Verifier{
		Domain: signreq.Domain{ChainID: 1337, Platform: common.HexToAddress(info.Contracts["ModelRegistry"])}, Nonces: sqlite.NewNonceService(e.db),
	}}).Register(srv)
	ts := httptest.NewServer(srv.Handler())
	e.t.Cleanup(ts.Close)
	return ts
}

// rows returns n pool rows as CSV.
func (e *env) rows(n int) string {
	d := &eval.Dataset{Columns: e.pool.Columns, Rows: e.pool.Rows[:n]}
	var buf bytes.Buffer
	if err := d.WriteCSV(&buf); err != nil {
		e.t.Fatal(err)
	}
	return buf.String()
}

// wait polls job id until cond holds.
func (e *env) wait(id int64, what string, cond func(*hokusai.FineTuneJob) bool) *hokusai.FineTuneJob {
	e.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		j, err := e.jobs.FindFineTuneJob(e.ctx, id)
		if err != nil {
			e.t.Fatal(err)
		}
		if cond(j) {
			return j
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("job %d never %s: %+v", id, what, j)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
