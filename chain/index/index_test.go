package index_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/index"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// env is the protocol (registry and credit vault) on a simulated chain,
// and a database (SQLite or PostgreSQL) holding the models, the ledger,
// the indexer's blocks and its lease.
type env struct {
	t      *testing.T
	ctx    context.Context
	sim    *chain.Simulated
	c      *chain.Client
	p      *chain.Protocol
	models hokusai.ModelService
	blocks hokusai.BlockService
	leases hokusai.LeaseService
	l      *ledger.Service
}

// backends are the stores the indexer's tests run on.
var backends = []string{"sqlite", "postgres"}

func newEnv(t *testing.T) *env { return newEnvOn(t, "sqlite") }

func newEnvOn(t *testing.T, backend string) *env {
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
	txmgrtest.Attach(t, c)
	p, err := chain.EnsureProtocolWith(ctx, c, devchain.DevKey(0), filepath.Join(t.TempDir(), "protocol.json"), chain.EnsureOptions{Dev: true})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, sim: sim, c: c, p: p}
	var store hokusai.LedgerStore
	switch backend {
	case "sqlite":
		db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		if store, err = sqlite.NewLedgerStore(ctx, db); err != nil {
			t.Fatal(err)
		}
		e.models, e.blocks, e.leases = sqlite.NewModelService(db), sqlite.NewBlockService(db), sqlite.NewLeaseService(db)
	case "postgres":
		db := postgres.NewDB(pgtest.NewDatabase(t))
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		store = postgres.NewLedgerStore(db)
		e.models, e.blocks, e.leases = postgres.NewModelService(db), postgres.NewBlockService(db), postgres.NewLeaseService(db)
	default:
		t.Fatalf("unknown backend %q", backend)
	}
	e.l = ledger.NewService(store)
	t.Cleanup(func() { e.l.Close() })
	return e
}

// indexer is the server's indexer: models, their owners and the vault,
// over backend.
func (e *env) indexer(backend index.Chain) *index.Indexer {
	return &index.Indexer{
		Chain:  backend,
		Blocks: e.blocks,
		Handlers: []index.Handler{
			&index.Models{Client: e.c, Protocol: e.p, Models: e.models},
			&index.Owners{Client: e.c, Registry: e.p.Registry, Models: e.models},
			&ledger.VaultHandler{Ledger: e.l, Client: e.c, Vault: e.p.Mint.Vault, FromBlock: e.p.Mint.Block},
		},
		Name:      "chain:" + e.p.Registry.Hex(),
		FromBlock: e.p.DeployBlock,
	}
}

func (e *env) sync(ix *index.Indexer) {
	e.t.Helper()
	if err := ix.SyncOnce(e.ctx); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) createModel(c *chain.Client, key int, ticker string) *chain.CreatedModel {
	e.t.Helper()
	s := &chain.Session{Client: c, Protocol: e.p}
	m, err := s.CreateModel(e.ctx, devchain.DevKey(key), chain.CreateModelParams{
		Name: "Iris classifier", Ticker: ticker, Description: "Logistic regression on iris", Category: "Other", Tags: []string{"t" + ticker},
		Metric: hokusai.MetricAccuracy, Direction: hokusai.Maximize, Baseline: wad("0.884"),
		License: hokusai.LicenseDecentralized, Supply: hokusai.SupplyPresets["growth"],
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return m
}

// deposit has dev account key deposit amount micro-USDC of credit for who.
func (e *env) deposit(c *chain.Client, key int, who common.Address, amount int64) {
	e.t.Helper()
	if _, err := c.DepositCredits(e.ctx, devchain.DevKey(key), e.p.USDC, e.p.Mint.Vault, who, big.NewInt(amount)); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) deposited(who common.Address) int64 {
	e.t.Helper()
	c, err := e.l.Credits(e.ctx, who.Hex())
	if err != nil {
		e.t.Fatal(err)
	}
	return c.Deposited
}

func (e *env) tickers() []string {
	e.t.Helper()
	list, _, err := e.models.FindModels(e.ctx, hokusai.ModelFilter{Limit: 100})
	if err != nil {
		e.t.Fatal(err)
	}
	out := []string{}
	for _, m := range list {
		out = append(out, m.Ticker)
	}
	return out
}

func (e *env) head() *types.Header {
	e.t.Helper()
	h, err := e.c.Backend.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

func wad(s string) *big.Int {
	v, err := hokusai.ParseWad("baseline", s)
	if err != nil {
		panic(err)
	}
	return v
}

func addr(n int64) common.Address { return common.BigToAddress(big.NewInt(0xC0FFEE00 + n)) }

// TestIndexModelsAndDeposits: one indexer reads models and deposits; a
// restarted one resumes from the recorded block and, in Run, picks up what
// came meanwhile.
func TestIndexModelsAndDeposits(t *testing.T) {
	e := newEnv(t)
	var created []*chain.CreatedModel
	for i, tk := range []string{"ONE", "TWO", "THREE"} {
		created = append(created, e.createModel(e.c, i+1, tk))
	}
	e.deposit(e.c, 4, addr(1), 70_000)
	ix := e.indexer(e.c.Backend)
	e.sync(ix)
	list, n, err := e.models.FindModels(e.ctx, hokusai.ModelFilter{Limit: 10})
	if err != nil || n != 3 {
		t.Fatalf("indexed %d models (%v), want 3", n, err)
	}
	m := list[1]
	if m.ID != 2 || m.Ticker != "TWO" || m.Description != "Logistic regression on iris" || m.Category != "Other" ||
		!reflect.DeepEqual(m.Tags, []string{"tTWO"}) || m.TxHash != created[1].TxHash.Hex() || m.BlockNumber != created[1].Block ||
		m.Pool != created[1].Pool.Hex() || m.Owner != devchain.DevAddress(2).Hex() || m.Baseline.Cmp(wad("0.884")) != 0 {
		t.Fatalf("indexed model 2 = %+v", m)
	}
	if got := e.deposited(addr(1)); got != 70_000 {
		t.Fatalf("deposited %d, want 70000", got)
	}
	last, ok, err := ix.LastBlock(e.ctx)
	if head := e.head(); err != nil || !ok || last.Number != head.Number.Uint64() || last.Hash != head.Hash().Hex() {
		t.Fatalf("last block %+v %v %v; want the head %d %s", last, ok, err, head.Number, head.Hash().Hex())
	}
	// Syncing again applies nothing twice.
	e.sync(ix)
	if got := e.deposited(addr(1)); got != 70_000 {
		t.Fatalf("deposited %d after a second sync, want 70000", got)
	}

	// A restarted indexer resumes from the recorded block and picks up a
	// model and a deposit made meanwhile, from Run's polling.
	e.createModel(e.c, 4, "FOUR")
	e.deposit(e.c, 4, addr(1), 5_000)
	ix2 := e.indexer(e.c.Backend)
	ix2.Interval = 20 * time.Millisecond
	if got, _, _ := ix2.LastBlock(e.ctx); got != last {
		t.Fatalf("restarted indexer starts at %+v, want the recorded %+v", got, last)
	}
	runCtx, stop := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- ix2.Run(runCtx) }()
	deadline := time.After(20 * time.Second)
	for e.deposited(addr(1)) != 75_000 {
		select {
		case <-deadline:
			t.Fatal("Run did not index the second deposit")
		case <-time.After(20 * time.Millisecond):
		}
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if m, err := e.models.FindModelByTicker(e.ctx, "FOUR"); err != nil || m.ID != 4 {
		t.Fatalf("FOUR = %+v, %v", m, err)
	}
}

// rangeLimited refuses log queries over more than 3 blocks, like public
// RPC providers with their own limits.
type rangeLimited struct {
	index.Chain
	refused int
}

func (r *rangeLimited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if new(big.Int).Sub(q.ToBlock, q.FromBlock).Int64() >= 3 {
		r.refused++
		return nil, errors.New("query exceeds max block range 3")
	}
	return r.Chain.FilterLogs(ctx, q)
}

func TestIndexHalvesRefusedRanges(t *testing.T) {
	e := newEnv(t)
	for i, tk := range []string{"AAA", "BBB", "CCC", "DDD"} {
		e.createModel(e.c, i+1, tk)
	}
	e.deposit(e.c, 5, addr(1), 1_000)
	lim := &rangeLimited{Chain: e.c.Backend}
	ix := e.indexer(lim)
	ix.BatchBlocks = 1000
	e.sync(ix)
	if got := e.tickers(); len(got) != 4 || lim.refused == 0 || e.deposited(addr(1)) != 1_000 {
		t.Fatalf("indexed %v and %d micro-USDC after %d refused queries; want 4 models and 1000 after at least one", got, e.deposited(addr(1)), lim.refused)
	}
}

// fork makes the chain's block at number the head of a new branch, with
// the transactions of the lost blocks dropped, as a reorganisation to a
// branch that never had them; it returns a client for the new branch
// (whose nonces are the branch's).
func (e *env) fork(number uint64) *chain.Client {
	e.t.Helper()
	h, err := e.c.Backend.HeaderByNumber(e.ctx, new(big.Int).SetUint64(number))
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.sim.Backend.Fork(h.Hash()); err != nil {
		e.t.Fatal(err)
	}
	e.sim.Backend.Rollback()
	c, err := e.sim.Client(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	txmgrtest.Attach(e.t, c) // a transaction record of the new branch's own
	return c
}

// TestReorgUndoesAndRereads: a model and a deposit on branch A are indexed;
// the chain reorganises to a longer branch B from before them, with
// another model (taking the same id) and another deposit. The indexer
// undoes A's model and deposit and comes out with exactly B's.
func TestReorgUndoesAndRereads(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) { testReorgUndoesAndRereads(t, newEnvOn(t, backend)) })
	}
}

func testReorgUndoesAndRereads(t *testing.T, e *env) {
	e.createModel(e.c, 1, "BASE")
	e.deposit(e.c, 1, addr(0), 10_000)
	ix := e.indexer(e.c.Backend)
	e.sync(ix)
	forkAt := e.head().Number.Uint64()

	// Branch A.
	a := e.createModel(e.c, 2, "ALPHA")
	e.deposit(e.c, 2, addr(1), 50_000)
	e.sync(ix)
	if got := e.tickers(); !reflect.DeepEqual(got, []string{"BASE", "ALPHA"}) || e.deposited(addr(1)) != 50_000 {
		t.Fatalf("branch A indexed as %v, %d", got, e.deposited(addr(1)))
	}
	headA := e.head().Number.Uint64()

	// Branch B, longer than A.
	cb := e.fork(forkAt)
	b := e.createModel(cb, 3, "BRAVO")
	e.deposit(cb, 3, addr(2), 20_000)
	for e.head().Number.Uint64() <= headA+1 {
		e.sim.Backend.Commit()
	}
	if bal, err := cb.CreditBalance(e.ctx, e.p.Mint.Vault, addr(1)); err != nil || bal.Sign() != 0 {
		t.Fatalf("branch B holds A's deposit: %v %v", bal, err)
	}
	if b.ID != a.ID {
		t.Fatalf("B's model has id %d, A's had %d; the test wants the id taken over", b.ID, a.ID)
	}

	last, _, gone, err := ix.Check(e.ctx)
	if err != nil || gone == 0 || last.Number != headA {
		t.Fatalf("Check = %+v, %d gone, %v; want blocks up to %d to undo", last, gone, err, headA)
	}
	e.sync(ix)
	if got := e.tickers(); !reflect.DeepEqual(got, []string{"BASE", "BRAVO"}) {
		t.Fatalf("models after the reorganisation: %v, want BASE, BRAVO", got)
	}
	m, err := e.models.FindModelByID(e.ctx, b.ID)
	if err != nil || m.Owner != devchain.DevAddress(3).Hex() || m.TxHash != b.TxHash.Hex() || m.BlockNumber != b.Block {
		t.Fatalf("model %d after the reorganisation: %+v %v; want B's", b.ID, m, err)
	}
	for who, want := range map[common.Address]int64{addr(0): 10_000, addr(1): 0, addr(2): 20_000} {
		if got := e.deposited(who); got != want {
			t.Fatalf("%s deposited %d after the reorganisation, want %d", who.Hex(), got, want)
		}
	}
	head := e.head()
	if n, err := e.l.VaultEvents(e.ctx, "deposit", head.Number.Uint64()); err != nil || n != 2 {
		t.Fatalf("%d deposit events after the reorganisation (%v), want 2", n, err)
	}
	if last, _, _ := ix.LastBlock(e.ctx); last.Number != head.Number.Uint64() || last.Hash != head.Hash().Hex() {
		t.Fatalf("last block %+v, want B's head %d %s", last, head.Number, head.Hash().Hex())
	}
	if _, _, gone, err := ix.Check(e.ctx); gone != 0 || err != nil {
		t.Fatalf("Check after the sync: %d gone, %v", gone, err)
	}
}

// TestReorgDeeperThanWindow: a reorganisation below every block the
// indexer remembers is refused with ECONFLICT, and nothing is undone.
func TestReorgDeeperThanWindow(t *testing.T) {
	e := newEnv(t)
	forkAt := e.head().Number.Uint64()
	e.createModel(e.c, 1, "DEEP")
	e.deposit(e.c, 1, addr(1), 10_000)
	ix := e.indexer(e.c.Backend)
	ix.Window = 2
	e.sync(ix)
	if recent, _ := e.blocks.RecentBlocks(e.ctx, ix.Key()); len(recent) != 2 {
		t.Fatalf("%d blocks remembered, want the window's 2", len(recent))
	}

	e.fork(forkAt)
	for range 8 {
		e.sim.Backend.Commit()
	}
	if _, _, _, err := ix.Check(e.ctx); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("Check = %v; want %s", err, hokusai.ECONFLICT)
	}
	err := ix.SyncOnce(e.ctx)
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("SyncOnce = %v; want %s", err, hokusai.ECONFLICT)
	}
	t.Log(err)
	if got := e.tickers(); !reflect.DeepEqual(got, []string{"DEEP"}) || e.deposited(addr(1)) != 10_000 {
		t.Fatalf("a refused reorganisation changed the index: %v, %d", got, e.deposited(addr(1)))
	}
}

// failingBlocks is a BlockService whose next AddBlocks fails, as a crash
// between applying a range and recording it leaves things.
type failingBlocks struct {
	hokusai.BlockService
	fail bool
}

func (f *failingBlocks) AddBlocks(ctx context.Context, indexer string, blocks []hokusai.Block, keep uint64) error {
	if f.fail {
		f.fail = false
		return errors.New("disk full")
	}
	return f.BlockService.AddBlocks(ctx, indexer, blocks, keep)
}

// TestUnrecordedRangeUndoneOnRestart: a range applied but never recorded
// (the process died in between) is undone when the indexer starts again,
// so if the chain reorganised meanwhile nothing of the lost blocks stays.
func TestUnrecordedRangeUndoneOnRestart(t *testing.T) {
	e := newEnv(t)
	ix := e.indexer(e.c.Backend)
	e.sync(ix)
	forkAt := e.head().Number.Uint64()

	e.createModel(e.c, 1, "GHOST")
	e.deposit(e.c, 1, addr(1), 30_000)
	crashing := e.indexer(e.c.Backend)
	crashing.Blocks = &failingBlocks{BlockService: crashing.Blocks, fail: true}
	if err := crashing.SyncOnce(e.ctx); err == nil {
		t.Fatal("SyncOnce recorded a range its store refused")
	}
	if got := e.tickers(); !reflect.DeepEqual(got, []string{"GHOST"}) || e.deposited(addr(1)) != 30_000 {
		t.Fatalf("before the crash the handlers applied %v, %d", got, e.deposited(addr(1)))
	}

	cb := e.fork(forkAt)
	e.deposit(cb, 2, addr(2), 5_000)
	restarted := e.indexer(e.c.Backend)
	e.sync(restarted)
	if got := e.tickers(); len(got) != 0 {
		t.Fatalf("models after the restart: %v; the chain has none", got)
	}
	if a, b := e.deposited(addr(1)), e.deposited(addr(2)); a != 0 || b != 5_000 {
		t.Fatalf("deposited %d and %d after the restart, want 0 and 5000", a, b)
	}
}

// TestOneReplicaIndexes: two indexers on one database share the lease.
// Only the holder reads the chain; when it lets go, the other takes over
// from the recorded block, and each event counts once.
func TestOneReplicaIndexes(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			e := newEnvOn(t, backend)
			e.createModel(e.c, 1, "ONE")
			e.deposit(e.c, 1, addr(1), 1_000)
			a, b := e.indexer(e.c.Backend), e.indexer(e.c.Backend)
			a.Leases, a.Holder = e.leases, "replica-a"
			b.Leases, b.Holder = e.leases, "replica-b"
			if ran, err := a.Sync(e.ctx); !ran || err != nil {
				t.Fatalf("a.Sync = %v, %v; want a to take the lease and index", ran, err)
			}
			e.createModel(e.c, 2, "TWO")
			e.deposit(e.c, 2, addr(1), 500)
			if ran, err := b.Sync(e.ctx); ran || err != nil {
				t.Fatalf("b.Sync = %v, %v while a holds the lease; want nothing read", ran, err)
			}
			if got := e.tickers(); !reflect.DeepEqual(got, []string{"ONE"}) {
				t.Fatalf("b indexed while a held the lease: %v", got)
			}
			if err := e.leases.ReleaseLease(e.ctx, a.Key(), "replica-a"); err != nil {
				t.Fatal(err)
			}
			if ran, err := b.Sync(e.ctx); !ran || err != nil {
				t.Fatalf("b.Sync = %v, %v after a let go; want b to index", ran, err)
			}
			if got := e.tickers(); !reflect.DeepEqual(got, []string{"ONE", "TWO"}) || e.deposited(addr(1)) != 1_500 {
				t.Fatalf("after b took over: %v, %d deposited; want ONE, TWO and 1500", got, e.deposited(addr(1)))
			}
			if ran, err := a.Sync(e.ctx); ran || err != nil {
				t.Fatalf("a.Sync = %v, %v while b holds the lease", ran, err)
			}
		})
	}
}
