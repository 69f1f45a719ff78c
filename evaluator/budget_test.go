package evaluator_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
)

// addModel creates a second house-votes-84 model on e's chain, configured
// like e's (2-of-2 attesters, rewards, budget) with the same setup.
func (e *env) addModel(ticker string) uint64 {
	e.t.Helper()
	supply, _ := hokusai.ParsePreset("growth")
	m, err := e.sess.CreateModel(e.ctx, e.owner, chain.CreateModelParams{Name: ticker, Ticker: ticker, Metric: hokusai.MetricAccuracy,
		Direction: hokusai.Maximize, Baseline: evaluatorScoreWad(e.baseline), License: hokusai.LicenseDecentralized, Supply: supply})
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.ConfigureVerifier(e.ctx, e.owner, e.mint.Verifier, m.ID, chain.VerifierSettings{
		Method: chain.MethodOracle, K: 2, Attesters: []common.Address{e.attesterAddr(0), e.attesterAddr(1)},
	}); err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.ConfigureTokenManager(e.ctx, e.owner, e.mint.TokenManager, m.ID, chain.RewardSettings{
		TokensPerDeltaOne: tokens(100_000), MaxReward: tokens(2_000_000),
	}); err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.SetMintBudget(e.ctx, e.admin, e.mint.TokenManager, m.ID, tokens(10_000_000)); err != nil {
		e.t.Fatal(err)
	}
	st := *e.setup
	st.ModelID = m.ID
	if err := e.store.PutSetup(e.ctx, &st); err != nil {
		e.t.Fatal(err)
	}
	e.commitBenchmark(m.ID, &st)
	return m.ID
}

func (e *env) submitTo(model uint64, who int, body []byte) *contrib.Contribution {
	e.t.Helper()
	c, _, err := e.store.Submit(e.ctx, contrib.Submission{ModelID: model, Contributor: devchain.DevAddress(who).Hex(), Body: body})
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

// settled waits (at most a minute) until contribution id is accepted or
// rejected and returns it.
func (e *env) settled(id int64) *contrib.Contribution {
	e.t.Helper()
	for end := time.Now().Add(time.Minute); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if c := e.contribution(id); c.Status == contrib.StatusAccepted || c.Status == contrib.StatusRejected {
			return c
		}
	}
	c := e.contribution(id)
	e.t.Fatalf("contribution %d is still %s after a minute: %s", id, c.Status, c.Reason)
	return nil
}

// TestSlowModelDoesNotDelayOthers: while one model's evaluation is stuck
// (held in its budget by the test), the running worker evaluates and mints
// another model's contribution. A serial evaluator would make every other
// model wait for the slow one.
func TestSlowModelDoesNotDelayOthers(t *testing.T) {
	e := newEnv(t)
	other := e.addModel("OTHER")
	release := make(chan struct{})
	started := make(chan struct{})
	var once atomic.Bool
	e.worker.Workers = 2
	e.worker.BeforeTrain = func(ctx context.Context, model uint64) {
		if model == e.model.ID && once.CompareAndSwap(false, true) {
			close(started)
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
	}
	slow := e.submit(5, "", e.rows(0, 150, false))
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- e.worker.Run(ctx) }()
	defer func() { cancel(); <-done }()
	select {
	case <-started:
	case <-time.After(time.Minute):
		t.Fatal("the slow model's evaluation did not start")
	}
	quick := e.submitTo(other, 6, e.rows(0, 150, false))
	e.worker.Wake()
	if c := e.settled(quick.ID); c.Status != contrib.StatusAccepted || c.Reward == "" {
		t.Fatalf("the other model's contribution: %s %s %q", c.Status, c.ReasonCode, c.Reason)
	}
	if c := e.contribution(slow.ID); c.Status != contrib.StatusEvaluating {
		t.Fatalf("the slow contribution should still be evaluating, is %s", c.Status)
	}
	close(release)
	if c := e.settled(slow.ID); c.Status != contrib.StatusAccepted {
		t.Fatalf("the slow contribution once released: %s %s %q", c.Status, c.ReasonCode, c.Reason)
	}
}

// TestEvaluationPastItsBudgetIsRejected: with one worker, an evaluation
// that runs past its time budget is stopped and rejected with TIMEOUT and a
// reason naming the budget, the other model's contribution waiting behind
// it is then taken, and the same model's next contribution is evaluated.
// Without a budget a stuck evaluation would hold every model's queue
// forever.
func TestEvaluationPastItsBudgetIsRejected(t *testing.T) {
	e := newEnv(t)
	other := e.addModel("OTHER")
	var once atomic.Bool
	e.worker.Workers = 1
	e.worker.EvalTimeout = 300 * time.Millisecond
	e.worker.BeforeTrain = func(ctx context.Context, model uint64) {
		if model == e.model.ID && once.CompareAndSwap(false, true) {
			<-ctx.Done() // stuck until the budget ends
		}
	}
	stuck := e.submit(5, "", e.rows(0, 150, false))
	quick := e.submitTo(other, 6, e.rows(0, 150, false))
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- e.worker.Run(ctx) }()
	c := e.settled(stuck.ID)
	if c.Status != contrib.StatusRejected || c.ReasonCode != contrib.ReasonTimeout || !strings.Contains(c.Reason, "time budget of 300ms") {
		t.Fatalf("the stuck contribution: %s %s %q", c.Status, c.ReasonCode, c.Reason)
	}
	// The other model's contribution is taken once the stuck one's budget
	// ends (on a loaded machine its own 300ms may run out too: either way
	// it is not left waiting).
	e.settled(quick.ID)
	cancel()
	<-done
	// The model's next contribution is evaluated, under the default budget.
	e.worker.EvalTimeout = 0
	next := e.submit(7, "", e.rows(0, 150, false))
	e.process()
	if c := e.contribution(next.ID); c.Status != contrib.StatusAccepted {
		t.Fatalf("the model's next contribution: %s %s %q", c.Status, c.ReasonCode, c.Reason)
	}
}

// TestEvaluationOverWorkBudgetIsRefusedBeforeTraining: a batch whose
// estimated work (rows × columns × trainings × iterations, resamples × test
// rows) exceeds the budget is rejected TOO_LARGE without training anything,
// so a huge setup or batch cannot allocate without bound.
func TestEvaluationOverWorkBudgetIsRefusedBeforeTraining(t *testing.T) {
	e := newEnv(t)
	e.worker.MaxOps = 1e6
	var trained atomic.Bool
	e.worker.BeforeTrain = func(context.Context, uint64) { trained.Store(true) }
	c := e.submit(5, "", e.rows(0, 150, false))
	e.process()
	got := e.contribution(c.ID)
	if got.Status != contrib.StatusRejected || got.ReasonCode != contrib.ReasonTooLarge || !strings.Contains(got.Reason, "budget") {
		t.Fatalf("over the work budget: %s %s %q", got.Status, got.ReasonCode, got.Reason)
	}
	if trained.Load() {
		t.Fatal("the evaluation trained before its work budget was checked")
	}
	e.worker.MaxOps, e.worker.MaxCells = 0, 100
	c = e.submit(6, "", e.rows(0, 150, false))
	e.process()
	if got := e.contribution(c.ID); got.ReasonCode != contrib.ReasonTooLarge || !strings.Contains(got.Reason, "cells") {
		t.Fatalf("over the cell budget: %s %s %q", got.Status, got.ReasonCode, got.Reason)
	}
}
