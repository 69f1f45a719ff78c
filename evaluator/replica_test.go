package evaluator_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai/attest"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
)

// replica is one server's evaluator on the shared PostgreSQL database:
// its own connection pool, contribution store, River queue and worker.
type replica struct {
	db     *postgres.DB
	store  *contrib.Store
	worker *evaluator.Worker
}

func (e *env) replica(url string) *replica {
	e.t.Helper()
	db := postgres.NewDB(url)
	if err := db.Open(); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { db.Close() })
	jobs := postgres.NewJobQueue(db)
	// A run ends after 6s; a job running 8s is counted dead.
	jobs.Timeout, jobs.RescueAfter, jobs.Backoff, jobs.Poll = 6*time.Second, 8*time.Second, 200*time.Millisecond, 100*time.Millisecond
	if err := jobs.Open(e.ctx); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { jobs.Close() })
	r := &replica{db: db, store: contrib.New(postgres.NewContributionService(db))}
	// Its own transaction manager on the shared database: the replicas'
	// mints share the platform key's nonces through the txs table.
	txs := txmgr.New(e.c, postgres.NewTxStore(db))
	r.worker = &evaluator.Worker{Store: r.store, Jobs: jobs, Client: e.c, Mint: e.mint, Sender: e.admin, Txs: txs, Evaluator: e.evalKey, Poll: 100 * time.Millisecond}
	for _, k := range e.attesters {
		r.worker.Attesters = append(r.worker.Attesters, attest.New(k, crypto.PubkeyToAddress(e.evalKey.PublicKey)))
	}
	return r
}

func (r *replica) count(t *testing.T, table string) int {
	t.Helper()
	var n int
	if err := r.db.SQL().QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestReplicaDiesMidEvaluationMintsOnce: two servers share one PostgreSQL
// database and one chain. A contribution submitted to the first is taken
// by the first's evaluator, which then stops answering mid-evaluation
// (its server is killed: no more work, its run never returns on time).
// The second server's evaluator takes the job over once River counts the
// first dead, evaluates and mints; when the first wakes up later its
// stale evaluation is refused. One evaluation, one mint, one payment.
func TestReplicaDiesMidEvaluationMintsOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for River's rescuer (up to ~40s)")
	}
	e := newEnv(t)
	url := pgtest.NewDatabase(t)
	a, b := e.replica(url), e.replica(url)
	if err := a.store.PutSetup(e.ctx, e.setup); err != nil {
		t.Fatal(err)
	}
	who := devchain.DevAddress(5)
	c, _, err := a.store.Submit(e.ctx, contrib.Submission{ModelID: e.model.ID, Contributor: who.Hex(), Body: e.rows(0, 150, false)})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.worker.Enqueue(e.ctx, e.model.ID); err != nil {
		t.Fatal(err)
	}

	frozen := make(chan struct{})
	wake := make(chan struct{})
	zombieDone := make(chan struct{})
	a.worker.BeforeTrain = func(ctx context.Context, model uint64) {
		close(frozen)
		<-wake // a killed server: its evaluation never notices the end of its context
	}
	actx, killA := context.WithCancel(e.ctx)
	go func() { a.worker.Run(actx); close(zombieDone) }()
	select {
	case <-frozen:
	case <-time.After(time.Minute):
		t.Fatal("the first server did not start evaluating")
	}
	killA()
	if got, _ := b.store.FindContribution(e.ctx, c.ID); got.Status != contrib.StatusEvaluating {
		t.Fatalf("while the first server holds it: %s; want evaluating", got.Status)
	}

	bctx, stopB := context.WithCancel(e.ctx)
	bDone := make(chan error, 1)
	go func() { bDone <- b.worker.Run(bctx) }()
	defer func() { stopB(); <-bDone }()
	var got *contrib.Contribution
	for end := time.Now().Add(2 * time.Minute); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if got, _ = b.store.FindContribution(e.ctx, c.ID); got.Status == contrib.StatusAccepted || got.Status == contrib.StatusRejected {
			break
		}
	}
	if got.Status != contrib.StatusAccepted || got.MintTx == "" {
		t.Fatalf("after the takeover: %s %s %q", got.Status, got.ReasonCode, got.Reason)
	}
	paid := e.balance(who)
	if paid.Sign() <= 0 || got.Reward != paid.String() {
		t.Fatalf("paid %s, recorded reward %q", paid, got.Reward)
	}

	// The first server's evaluation resumes and finishes: it is refused.
	close(wake)
	select {
	case <-zombieDone:
	case <-time.After(time.Minute):
		t.Fatal("the first server's evaluator did not stop")
	}
	if n := b.count(t, "evaluations"); n != 1 {
		t.Fatalf("%d evaluations recorded; want 1", n)
	}
	if n := b.count(t, "mints"); n != 1 {
		t.Fatalf("%d mints journaled; want 1", n)
	}
	if after, _ := b.store.FindContribution(e.ctx, c.ID); after.Status != contrib.StatusAccepted || after.EvaluationID != got.EvaluationID {
		t.Fatalf("after the first server woke: %+v", after)
	}
	if e.balance(who).Cmp(paid) != 0 {
		t.Fatalf("paid %s after the first server woke; was %s", e.balance(who), paid)
	}
	ev, err := b.store.FindEvaluation(e.ctx, got.EvaluationID)
	if err != nil || ev.MintState != contrib.MintConfirmed || ev.Reward == "" {
		t.Fatalf("evaluation %+v %v", ev, err)
	}
	if r, ok := new(big.Int).SetString(ev.Reward, 10); !ok || r.Cmp(paid) < 0 {
		t.Fatalf("minted %s in all, contributor paid %s", ev.Reward, paid)
	}
}
