// Package index is the one chain event indexer. It follows the chain's
// head (less the confirmations an external chain needs), reads the logs
// every handler wants in one eth_getLogs range, and hands each handler its
// logs block by block. It remembers the hash of each block it processed in
// a recent window (hokusai.BlockService), so when the chain reorganises
// under it, it finds the newest block both histories share, has every
// handler undo what came after it, and reads the new history from there.
// Models, credit-vault deposits and withdrawals, and later agents and
// DAOs, are handlers.
package index

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
)

// Defaults for the Indexer's zero fields.
const (
	DefaultWindow      = 128
	DefaultBatchBlocks = 2000
	DefaultInterval    = 250 * time.Millisecond
	DefaultLeaseTTL    = 15 * time.Second
)

// Filter says which logs a handler wants: those emitted by one of
// Addresses whose first topic (the event's id) is one of Topics, or any
// event of those addresses when Topics is empty.
type Filter struct {
	Addresses []common.Address
	Topics    []common.Hash
	// AnyAddress takes the Topics' events from any contract, for contracts
	// created as the chain goes (each model's Agent): the handler checks
	// each log's address itself.
	AnyAddress bool
}

func (f Filter) match(l *types.Log) bool {
	if !f.AnyAddress && !slices.Contains(f.Addresses, l.Address) {
		return false
	}
	return len(f.Topics) == 0 || (len(l.Topics) > 0 && slices.Contains(f.Topics, l.Topics[0]))
}

// Handler turns one kind of chain event into state. Apply and Rewind may
// run again after a crash or on another replica, so both must be
// idempotent, or atomic with a cursor of the handler's own.
type Handler interface {
	// Name names the handler in logs and in the indexer's key.
	Name() string
	// Filter is the logs the handler wants.
	Filter() Filter
	// Apply applies a block's logs. The indexer calls it in block order
	// for every block holding logs the handler wants, and for the last
	// block of every range it reads (often with no logs), so a handler
	// that keeps its own cursor sees it advance.
	Apply(ctx context.Context, block hokusai.Block, logs []types.Log) error
	// Rewind undoes everything applied for blocks above after: the chain
	// reorganised past it.
	Rewind(ctx context.Context, after uint64) error
}

// Chain is what the indexer needs from a node; chain.Backend, an
// *ethclient.Client and the simulated chain all have it.
type Chain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Indexer feeds chain events to its handlers; see the package comment.
// Fill its fields, then call SyncOnce or Run; it is safe for concurrent
// use.
type Indexer struct {
	Chain    Chain
	Blocks   hokusai.BlockService
	Handlers []Handler
	// Name names the indexed deployment (e.g. its registry address); with
	// the handlers' names it keys the recorded blocks and the lease, so a
	// new deployment or a new handler starts reading from FromBlock.
	Name string
	// FromBlock is the first block read (the contracts' deploy block).
	FromBlock uint64
	// Confirmations keeps this many newest blocks unread (reorganisation
	// safety on external chains); 0 on the dev chain.
	Confirmations uint64
	// Window is how many blocks below the newest keep their hash, the
	// deepest reorganisation the indexer can undo; DefaultWindow when 0.
	Window uint64
	// BatchBlocks bounds one eth_getLogs range; DefaultBatchBlocks when 0.
	// A range the node refuses is halved until it passes.
	BatchBlocks uint64
	// Interval between syncs in Run; DefaultInterval when 0.
	Interval time.Duration
	// Leases, when set, lets one replica at a time index: Sync (and Run,
	// which calls it) reads the chain only while this process holds the
	// lease named Key(), renewing it as it goes. Nil means this process
	// always indexes.
	Leases hokusai.LeaseService
	// Holder names this process to Leases; hostname, pid and a random
	// suffix when empty.
	Holder string
	// LeaseTTL is how long the lease lasts unrenewed; DefaultLeaseTTL
	// when 0.
	LeaseTTL time.Duration
	Logger   *slog.Logger

	mu         sync.Mutex
	holderOnce sync.Once
	holder     string
	leading    bool // this process held the lease at the last look
	// settled is set once the handlers are known to hold nothing above
	// the newest recorded block: a range applied but not recorded (a
	// crash, or an error half way) is undone before reading on, since the
	// chain may have changed under it since.
	settled bool
}

// Key is the name the indexer's blocks and lease are kept under.
func (ix *Indexer) Key() string {
	names := make([]string, len(ix.Handlers))
	for i, h := range ix.Handlers {
		names[i] = h.Name()
	}
	return ix.Name + "/" + strings.Join(names, "+")
}

// LastBlock is the newest block fully indexed; ok is false before the
// first.
func (ix *Indexer) LastBlock(ctx context.Context) (hokusai.Block, bool, error) {
	return ix.Blocks.LastBlock(ctx, ix.Key())
}

// Check holds the newest indexed block against the chain, for a server's
// start-up check. It returns that block (ok false when none is indexed)
// and how many recorded blocks the chain no longer has (0 when it still
// has the newest); the next sync undoes them. ECONFLICT when the chain
// changed below every recorded block: a reorganisation deeper than the
// window, or another chain's database.
func (ix *Indexer) Check(ctx context.Context) (last hokusai.Block, ok bool, gone int, err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	last, ok, err = ix.Blocks.LastBlock(ctx, ix.Key())
	if err != nil || !ok {
		return last, ok, 0, err
	}
	_, gone, err = ix.ancestor(ctx, last)
	return last, ok, gone, err
}

// SyncOnce undoes what a reorganisation took away, then indexes every
// block from the last one indexed up to the head less Confirmations. It
// ignores Leases: a process alone on its database, or a test, calls it;
// replicas call Sync.
func (ix *Indexer) SyncOnce(ctx context.Context) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.sync(ctx, nil)
}

// Sync is SyncOnce for a replica. With Leases set, it first takes or
// renews the lease and returns (false, nil) without reading anything when
// another replica holds it; between ranges it renews the lease and stops
// if it was lost, so a long catch-up keeps it. Without Leases it is
// SyncOnce. It reports whether this process indexed.
func (ix *Indexer) Sync(ctx context.Context) (bool, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.Leases == nil {
		return true, ix.sync(ctx, nil)
	}
	held, err := ix.renew(ctx)
	if err != nil || !held {
		return false, err
	}
	return true, ix.sync(ctx, ix.renew)
}

// renew takes or renews the lease and reports whether this process has it.
func (ix *Indexer) renew(ctx context.Context) (bool, error) {
	held, err := ix.Leases.AcquireLease(ctx, ix.Key(), ix.holderName(), cmp.Or(ix.LeaseTTL, DefaultLeaseTTL))
	if err != nil {
		return false, fmt.Errorf("indexer lease: %w", err)
	}
	if held != ix.leading {
		ix.logger().Info("chain indexer lease", "indexer", ix.Key(), "holder", ix.holderName(), "held", held)
		ix.leading = held
		// The replica that held it may have died between applying a range
		// and recording it.
		ix.settled = false
	}
	return held, nil
}

// sync is SyncOnce under ix.mu; renew, when set, is called between ranges
// and ends the sync when it reports the lease lost.
func (ix *Indexer) sync(ctx context.Context, renew func(context.Context) (bool, error)) error {
	key := ix.Key()
	head, err := ix.Chain.BlockNumber(ctx)
	if err != nil {
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain did not answer with its head block: %v.", err)
	}
	if head < ix.Confirmations {
		return nil
	}
	target := head - ix.Confirmations
	from := ix.FromBlock
	last, ok, err := ix.Blocks.LastBlock(ctx, key)
	if err != nil {
		return err
	}
	if ok {
		shared, gone, err := ix.ancestor(ctx, last)
		if err != nil {
			return err
		}
		switch {
		case gone > 0:
			if err := ix.rewind(ctx, key, last, shared); err != nil {
				return err
			}
		case !ix.settled:
			for _, h := range ix.Handlers {
				if err := h.Rewind(ctx, last.Number); err != nil {
					return fmt.Errorf("index %s: undo blocks after %d: %w", h.Name(), last.Number, err)
				}
			}
		}
		ix.settled = true
		from = max(from, shared.Number+1)
	}
	batch := cmp.Or(ix.BatchBlocks, DefaultBatchBlocks)
	renewed := time.Now()
	for from <= target {
		if renew != nil && time.Since(renewed) > cmp.Or(ix.LeaseTTL, DefaultLeaseTTL)/3 {
			held, err := renew(ctx)
			if err != nil || !held {
				return err
			}
			renewed = time.Now()
		}
		to := min(from+batch-1, target)
		err := ix.readRange(ctx, key, from, to)
		var refused *refusedRange
		if errors.As(err, &refused) && to > from && ctx.Err() == nil {
			// Public RPC providers cap a log query's range or result
			// count: halve the range and try again.
			batch = max(1, (to-from+1)/2)
			continue
		}
		if err != nil {
			ix.settled = false
			return err
		}
		from = to + 1
	}
	return nil
}

// refusedRange is a log query the node refused.
type refusedRange struct{ err error }

func (e *refusedRange) Error() string { return e.err.Error() }

// readRange reads blocks from..to, applies their logs and records them.
func (ix *Indexer) readRange(ctx context.Context, key string, from, to uint64) error {
	end, err := ix.header(ctx, to)
	if err != nil {
		return err
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)}
	var anyTopic, anyAddress bool
	for _, h := range ix.Handlers {
		f := h.Filter()
		q.Addresses = append(q.Addresses, f.Addresses...)
		anyAddress = anyAddress || f.AnyAddress
		anyTopic = anyTopic || len(f.Topics) == 0
		if len(q.Topics) == 0 {
			q.Topics = [][]common.Hash{nil}
		}
		q.Topics[0] = append(q.Topics[0], f.Topics...)
	}
	if anyTopic {
		q.Topics = nil
	}
	if anyAddress {
		q.Addresses = nil
	}
	logs, err := ix.Chain.FilterLogs(ctx, q)
	if err != nil {
		return &refusedRange{hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading chain events in blocks %d–%d failed: %v.", from, to, err)}
	}
	// The node answers a range from its canonical chain at that moment;
	// if the range's last block changed meanwhile, the logs may come from
	// two histories. The next sync sorts it out.
	if again, err := ix.header(ctx, to); err != nil {
		return err
	} else if again.Hash() != end.Hash() {
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain reorganised while blocks %d–%d were read; they are read again.", from, to)
	}

	// Every block in the window gets its hash recorded; blocks below it
	// only when they hold logs (their hash comes with the logs).
	hashes := map[uint64]common.Hash{to: end.Hash()}
	window := cmp.Or(ix.Window, DefaultWindow)
	for n := max(from, to-min(to, window-1)); n < to; n++ {
		h, err := ix.header(ctx, n)
		if err != nil {
			return err
		}
		hashes[n] = h.Hash()
	}
	byBlock := map[uint64][]types.Log{}
	for _, l := range logs {
		if l.Removed || l.BlockNumber < from || l.BlockNumber > to {
			continue
		}
		if h, ok := hashes[l.BlockNumber]; ok && h != l.BlockHash {
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain reorganised while blocks %d–%d were read (block %d's hash changed); they are read again.", from, to, l.BlockNumber)
		}
		hashes[l.BlockNumber] = l.BlockHash
		byBlock[l.BlockNumber] = append(byBlock[l.BlockNumber], l)
	}
	numbers := make([]uint64, 0, len(hashes))
	for n := range hashes {
		numbers = append(numbers, n)
	}
	slices.Sort(numbers)
	record := make([]hokusai.Block, len(numbers))
	for i, n := range numbers {
		record[i] = hokusai.Block{Number: n, Hash: hashes[n].Hex()}
		blockLogs := byBlock[n]
		slices.SortFunc(blockLogs, func(a, b types.Log) int { return cmp.Compare(a.Index, b.Index) })
		for _, h := range ix.Handlers {
			f := h.Filter()
			var mine []types.Log
			for j := range blockLogs {
				if f.match(&blockLogs[j]) {
					mine = append(mine, blockLogs[j])
				}
			}
			if len(mine) == 0 && n != to {
				continue
			}
			if err := h.Apply(ctx, record[i], mine); err != nil {
				return fmt.Errorf("index %s: block %d: %w", h.Name(), n, err)
			}
		}
	}
	if err := ix.Blocks.AddBlocks(ctx, key, record, window); err != nil {
		return err
	}
	if len(logs) > 0 {
		ix.logger().Debug("indexed", "from", from, "to", to, "logs", len(logs))
	}
	return nil
}

// ancestor finds the newest recorded block the chain still has, starting
// from last, and how many recorded blocks above it the chain lost.
func (ix *Indexer) ancestor(ctx context.Context, last hokusai.Block) (hokusai.Block, int, error) {
	if same, err := ix.onChain(ctx, last); err != nil || same {
		return last, 0, err
	}
	recent, err := ix.Blocks.RecentBlocks(ctx, ix.Key())
	if err != nil {
		return hokusai.Block{}, 0, err
	}
	for i, b := range recent {
		if b.Number >= last.Number {
			continue
		}
		same, err := ix.onChain(ctx, b)
		if err != nil {
			return hokusai.Block{}, 0, err
		}
		if same {
			return b, i, nil
		}
	}
	oldest := last
	if len(recent) > 0 {
		oldest = recent[len(recent)-1]
	}
	return hokusai.Block{}, 0, hokusai.Errorf(hokusai.ECONFLICT,
		"The chain no longer has block %d (hash %s), the oldest of the %d blocks the indexer %s remembers: it reorganised deeper than the indexer's window of %d blocks, or this database was indexed from another chain. "+
			"What was indexed from the lost blocks cannot be undone safely; rebuild the database from the chain (--rebuild-from-chain with a fresh database), and on an external chain raise --confirmations.",
		oldest.Number, oldest.Hash, len(recent), ix.Key(), cmp.Or(ix.Window, DefaultWindow))
}

// onChain reports whether the chain's block at b's height is b.
func (ix *Indexer) onChain(ctx context.Context, b hokusai.Block) (bool, error) {
	h, err := ix.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
	switch {
	case errors.Is(err, ethereum.NotFound) || (err == nil && h == nil):
		return false, nil // the chain is now shorter
	case err != nil:
		return false, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading block %d failed: %v.", b.Number, err)
	}
	return h.Hash() == common.HexToHash(b.Hash), nil
}

// rewind has every handler undo what came after shared, then forgets the
// blocks above it; a crash in between rewinds again on the next sync.
func (ix *Indexer) rewind(ctx context.Context, key string, last, shared hokusai.Block) error {
	ix.logger().Warn("the chain reorganised: undoing the blocks it lost and reading the new ones",
		"indexer", key, "last", last.Number, "common_ancestor", shared.Number)
	for _, h := range ix.Handlers {
		if err := h.Rewind(ctx, shared.Number); err != nil {
			return fmt.Errorf("index %s: rewind to block %d: %w", h.Name(), shared.Number, err)
		}
	}
	return ix.Blocks.RemoveBlocksAfter(ctx, key, shared.Number)
}

func (ix *Indexer) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := ix.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err == nil && h == nil {
		err = ethereum.NotFound
	}
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading block %d failed: %v.", n, err)
	}
	return h, nil
}

// Run calls Sync every Interval until ctx ends, and releases the lease
// (when Leases is set) on the way out; failures are logged once and
// retried.
func (ix *Indexer) Run(ctx context.Context) error {
	t := time.NewTicker(cmp.Or(ix.Interval, DefaultInterval))
	defer t.Stop()
	if ix.Leases != nil {
		defer func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = ix.Leases.ReleaseLease(ctx, ix.Key(), ix.holderName())
		}()
	}
	failing := false
	for {
		_, err := ix.Sync(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			if !failing {
				ix.logger().Warn("chain indexer", "indexer", ix.Key(), "err", err)
			}
			failing = true
		default:
			failing = false
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (ix *Indexer) holderName() string {
	ix.holderOnce.Do(func() {
		ix.holder = ix.Holder
		if ix.holder == "" {
			host, _ := os.Hostname()
			var b [4]byte
			_, _ = rand.Read(b[:])
			ix.holder = fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b[:]))
		}
	})
	return ix.holder
}

func (ix *Indexer) logger() *slog.Logger {
	if ix.Logger != nil {
		return ix.Logger
	}
	return slog.Default()
}
