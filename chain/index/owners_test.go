package index_test

import (
	"context"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/index"
)

// sell lists model id for 25 USDC from dev account seller and has dev
// account buyer buy it, on c's branch; it returns the purchase's block.
func (e *env) sell(c *chain.Client, id uint64, seller, buyer int) uint64 {
	e.t.Helper()
	s := &chain.Session{Client: c, Protocol: e.p}
	if _, err := s.ListModel(e.ctx, devchain.DevKey(seller), id, big.NewInt(25_000_000)); err != nil {
		e.t.Fatal(err)
	}
	r, err := s.BuyModel(e.ctx, devchain.DevKey(buyer), id, big.NewInt(25_000_000))
	if err != nil {
		e.t.Fatal(err)
	}
	if owner := e.chainOwner(c, id); owner != devchain.DevAddress(buyer) {
		e.t.Fatalf("after the purchase the registry names %s, want the buyer %s", owner.Hex(), devchain.DevAddress(buyer).Hex())
	}
	return r.BlockNumber.Uint64()
}

func (e *env) chainOwner(c *chain.Client, id uint64) common.Address {
	e.t.Helper()
	m, err := (&chain.Session{Client: c, Protocol: e.p}).GetModel(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return common.HexToAddress(m.Owner)
}

// stored checks the indexed model id: owned by owner as of ownerBlock,
// and with the creation's data (description, category, tags, tx hash,
// block) untouched.
func (e *env) stored(step string, created *chain.CreatedModel, owner common.Address, ownerBlock uint64) {
	e.t.Helper()
	m, err := e.models.FindModelByID(e.ctx, created.ID)
	if err != nil {
		e.t.Fatalf("%s: %v", step, err)
	}
	if m.Owner != owner.Hex() || m.OwnerBlock != ownerBlock {
		e.t.Fatalf("%s: the index names %s as owner as of block %d; want %s as of %d", step, m.Owner, m.OwnerBlock, owner.Hex(), ownerBlock)
	}
	if m.Description != "Logistic regression on iris" || m.Category != "Other" || !reflect.DeepEqual(m.Tags, []string{"tSOLD"}) ||
		m.TxHash != created.TxHash.Hex() || m.BlockNumber != created.Block || m.Pool != created.Pool.Hex() {
		e.t.Fatalf("%s: the creation's data changed: %+v; created in %s at block %d", step, m, created.TxHash.Hex(), created.Block)
	}
	o := strings.ToLower(owner.Hex())
	if list, _, err := e.models.FindModels(e.ctx, hokusai.ModelFilter{Owner: &o}); err != nil || len(list) != 1 || list[0].ID != created.ID {
		e.t.Fatalf("%s: models of %s: %v %v", step, owner.Hex(), len(list), err)
	}
}

// TestIndexSaleThroughAReorg: a sale on branch A moves the indexed owner
// to the buyer; the chain reorganises to a branch B from before the
// listing, and the indexer puts the seller back (read from the registry
// at the common block); a sale on B to another buyer then applies on top.
// The creation's data (description, tags, tx hash, block) never changes.
func TestIndexSaleThroughAReorg(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) { testIndexSaleThroughAReorg(t, newEnvOn(t, backend)) })
	}
}

func testIndexSaleThroughAReorg(t *testing.T, e *env) {
	created := e.createModel(e.c, 1, "SOLD")
	other := e.createModel(e.c, 2, "KEPT")
	ix := e.indexer(e.c.Backend)
	e.sync(ix)
	seller := devchain.DevAddress(1)
	e.stored("created", created, seller, created.Block)
	forkAt := e.head().Number.Uint64()

	// Branch A: dev account 3 buys the model.
	saleA := e.sell(e.c, created.ID, 1, 3)
	e.sync(ix)
	e.stored("sold on branch A", created, devchain.DevAddress(3), saleA)
	if m, _ := e.models.FindModelByID(e.ctx, other.ID); m.Owner != devchain.DevAddress(2).Hex() || m.OwnerBlock != other.Block {
		t.Fatalf("the unsold model's owner: %s as of %d", m.Owner, m.OwnerBlock)
	}
	e.sync(ix) // nothing new: the sale is not applied twice
	e.stored("synced again", created, devchain.DevAddress(3), saleA)
	headA := e.head().Number.Uint64()

	// Branch B, from before the listing and longer than A: no sale.
	cb := e.fork(forkAt)
	for e.head().Number.Uint64() <= headA+1 {
		e.sim.Backend.Commit()
	}
	if owner := e.chainOwner(cb, created.ID); owner != seller {
		t.Fatalf("branch B's registry names %s", owner.Hex())
	}
	e.sync(ix)
	e.stored("after the reorganisation", created, seller, forkAt)
	if _, _, gone, err := ix.Check(e.ctx); gone != 0 || err != nil {
		t.Fatalf("Check after the sync: %d gone, %v", gone, err)
	}

	// On B, dev account 4 buys it: B's own sale applies on top.
	saleB := e.sell(cb, created.ID, 1, 4)
	e.sync(ix)
	e.stored("sold on branch B", created, devchain.DevAddress(4), saleB)
}

// prunedState answers calls only at the head block, like a node that no
// longer keeps older state.
type prunedState struct {
	chain.Backend
	refused int
}

func (p *prunedState) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if block != nil {
		head, err := p.Backend.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		if block.Uint64() < head {
			p.refused++
			return nil, errMissingTrieNode
		}
	}
	return p.Backend.CallContract(ctx, msg, block)
}

var errMissingTrieNode = &missingState{}

type missingState struct{}

func (*missingState) Error() string { return "missing trie node (path )" }

// TestOwnerRewindOnAPrunedNode: when the node cannot answer at the common
// block, the owner is re-read at the head and recorded as of the head; a
// sale then made on the new branch still applies on top.
func TestOwnerRewindOnAPrunedNode(t *testing.T) {
	e := newEnv(t)
	created := e.createModel(e.c, 1, "SOLD")
	ix := e.indexer(e.c.Backend)
	pruned := &prunedState{Backend: e.c.Backend}
	pc := *e.c
	pc.Backend = pruned
	ix.Handlers[1] = &index.Owners{Client: &pc, Registry: e.p.Registry, Models: e.models}
	e.sync(ix)
	forkAt := e.head().Number.Uint64()
	saleA := e.sell(e.c, created.ID, 1, 3)
	e.sync(ix)
	e.stored("sold on branch A", created, devchain.DevAddress(3), saleA)
	headA := e.head().Number.Uint64()

	cb := e.fork(forkAt)
	for e.head().Number.Uint64() <= headA+1 {
		e.sim.Backend.Commit()
	}
	pruned.Backend = cb.Backend
	e.sync(ix)
	if pruned.refused == 0 {
		t.Fatal("the owner was read at the common block; the test wants a node without that state")
	}
	m, err := e.models.FindModelByID(e.ctx, created.ID)
	if err != nil || m.Owner != devchain.DevAddress(1).Hex() || m.OwnerBlock <= forkAt {
		t.Fatalf("after the reorganisation on a pruned node: %+v %v; want the seller as of a block above %d", m, err, forkAt)
	}
	saleB := e.sell(cb, created.ID, 1, 4)
	e.sync(ix)
	e.stored("sold on branch B", created, devchain.DevAddress(4), saleB)
}

// TestOwnersCatchUpOnUpgrade: a database indexed before owners were
// followed holds the seller of a model sold meanwhile. The Owners handler
// changes the indexer's key, so the upgraded server's indexer reads again
// from the deploy block: the sale is applied, the creation's data kept,
// and the vault's deposit still counted once.
func TestOwnersCatchUpOnUpgrade(t *testing.T) {
	e := newEnv(t)
	created := e.createModel(e.c, 1, "SOLD")
	e.deposit(e.c, 2, addr(1), 40_000)
	sale := e.sell(e.c, created.ID, 1, 3)
	old := e.indexer(e.c.Backend)
	old.Handlers = append(old.Handlers[:1], old.Handlers[2:]...) // models and the vault, no owners
	e.sync(old)
	e.stored("indexed without owners", created, devchain.DevAddress(1), created.Block)

	upgraded := e.indexer(e.c.Backend)
	if upgraded.Key() == old.Key() {
		t.Fatalf("the upgraded indexer's key %q is the old one's: it would not read the sale again", upgraded.Key())
	}
	e.sync(upgraded)
	e.stored("after the upgrade", created, devchain.DevAddress(3), sale)
	if got := e.deposited(addr(1)); got != 40_000 {
		t.Fatalf("deposited %d after the upgraded indexer read again, want 40000", got)
	}
}
