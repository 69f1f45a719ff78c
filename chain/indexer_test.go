package chain_test

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
	"github.com/hokusai-protocol/hokusai/sqlite"
)

func TestIndexerIntoSQLite(t *testing.T) {
	ctx := context.Background()
	e := newSimEnv(t)
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "index.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	models, cursors := sqlite.NewModelService(db), sqlite.NewCursorService(db)

	var created []*chain.CreatedModel
	for i, tk := range []string{"ONE", "TWO", "THREE"} {
		p := irisParams(tk)
		p.Tags = []string{"t" + tk}
		m, err := e.s.CreateModel(ctx, devchain.DevKey(i+1), p)
		if err != nil {
			t.Fatal(err)
		}
		created = append(created, m)
	}
	ix := &chain.Indexer{Client: e.c, Protocol: e.s.Protocol, Models: models, Cursors: cursors}
	if err := ix.SyncOnce(ctx); err != nil {
		t.Fatal(err)
	}
	list, n, err := models.FindModels(ctx, hokusai.ModelFilter{Limit: 10})
	if err != nil || n != 3 {
		t.Fatalf("indexed %d models (%v), want 3", n, err)
	}
	m := list[1]
	if m.ID != 2 || m.Ticker != "TWO" || m.Description != "Logistic regression on iris" || m.Category != "Other" ||
		!reflect.DeepEqual(m.Tags, []string{"tTWO"}) || m.TxHash != created[1].TxHash.Hex() || m.BlockNumber != created[1].Block ||
		m.Pool != created[1].Pool.Hex() || m.Owner != devchain.DevAddress(2).Hex() || m.Baseline.Cmp(mustWad("0.884")) != 0 {
		t.Fatalf("indexed model 2 = %+v", m)
	}
	last, _ := ix.LastIndexedBlock(ctx)
	if last < created[2].Block {
		t.Fatalf("cursor %d is behind the last creation block %d", last, created[2].Block)
	}

	// A restarted indexer resumes from the stored cursor and picks up a
	// model created meanwhile, from Run's polling.
	if _, err := e.s.CreateModel(ctx, devchain.DevKey(4), irisParams("FOUR")); err != nil {
		t.Fatal(err)
	}
	ix2 := &chain.Indexer{Client: e.c, Protocol: e.s.Protocol, Models: models, Cursors: cursors, Interval: 20 * time.Millisecond}
	if got, _ := ix2.LastIndexedBlock(ctx); got != last {
		t.Fatalf("restarted indexer starts at %d, want the stored %d", got, last)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- ix2.Run(runCtx) }()
	deadline := time.After(20 * time.Second)
	for {
		if m, err := models.FindModelByTicker(ctx, "FOUR"); err == nil {
			if m.ID != 4 {
				t.Fatalf("FOUR indexed with id %d", m.ID)
			}
			break
		}
		select {
		case <-deadline:
			t.Fatal("Run did not index FOUR")
		case <-time.After(20 * time.Millisecond):
		}
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, n, _ := models.FindModels(ctx, hokusai.ModelFilter{Limit: 10}); n != 4 {
		t.Fatalf("after the restart %d models are indexed, want 4", n)
	}
}

// rangeLimited refuses log queries over more than 3 blocks, like public
// RPC providers with their own limits.
type rangeLimited struct {
	chain.Backend
	refused int
}

func (r *rangeLimited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if new(big.Int).Sub(q.ToBlock, q.FromBlock).Int64() >= 3 {
		r.refused++
		return nil, errors.New("query exceeds max block range 3")
	}
	return r.Backend.FilterLogs(ctx, q)
}

func TestIndexerHalvesRefusedRanges(t *testing.T) {
	ctx := context.Background()
	e := newSimEnv(t)
	for i, tk := range []string{"AAA", "BBB", "CCC", "DDD"} {
		if _, err := e.s.CreateModel(ctx, devchain.DevKey(i+1), irisParams(tk)); err != nil {
			t.Fatal(err)
		}
	}
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "index.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	models := sqlite.NewModelService(db)
	lim := &rangeLimited{Backend: e.c.Backend}
	c, err := chain.NewClient(ctx, lim)
	if err != nil {
		t.Fatal(err)
	}
	ix := &chain.Indexer{Client: c, Protocol: e.s.Protocol, Models: models, BatchBlocks: 1000}
	if err := ix.SyncOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if _, n, _ := models.FindModels(ctx, hokusai.ModelFilter{Limit: 10}); n != 4 || lim.refused == 0 {
		t.Fatalf("indexed %d models after %d refused queries; want 4 after at least one", n, lim.refused)
	}
}

// TestIndexerCursorKeepsBlockHash: the cursor keeps its block's hash, and
// after the chain is reorganised under it CheckCursor refuses, instead of
// a restart trusting models indexed from a history that is gone.
func TestIndexerCursorKeepsBlockHash(t *testing.T) {
	ctx := context.Background()
	e := newSimEnv(t)
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "index.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := e.s.CreateModel(ctx, devchain.DevKey(1), irisParams("ONE")); err != nil {
		t.Fatal(err)
	}
	ix := &chain.Indexer{Client: e.c, Protocol: e.s.Protocol, Models: sqlite.NewModelService(db), Cursors: sqlite.NewCursorService(db)}
	if err := ix.SyncOnce(ctx); err != nil {
		t.Fatal(err)
	}
	block, hash, err := ix.CheckCursor(ctx)
	if err != nil || block == 0 || hash == (common.Hash{}) {
		t.Fatalf("CheckCursor = %d %s %v; want the indexed block and its hash", block, hash.Hex(), err)
	}
	parent, err := e.c.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(block-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sim.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		e.sim.Backend.Commit()
	}
	_, _, err = ix.CheckCursor(ctx)
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("CheckCursor after a reorganisation = %v; want CONFLICT", err)
	}
}
