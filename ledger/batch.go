package ledger

import (
	"context"
	"encoding/binary"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// Batch is a journaled settlement batch.
type Batch struct {
	ID      int64       // row id
	BatchID common.Hash // the id the router records
	Status  string      // pending, settled or abandoned
	Entries []chain.UsageEntry
	Calls   int64
	Total   int64 // micro-USDC
	TxHash  string
	Block   int64
	GasUsed int64
}

// Batch statuses.
const (
	StatusPending   = hokusai.BatchPending
	StatusSettled   = hokusai.BatchSettled
	StatusAbandoned = hokusai.BatchAbandoned
)

// batchDomain separates Hokusai batch ids from any other keccak input.
var batchDomain = []byte("hokusai.settlement.batch.v1")

// BatchID is the deterministic id of a batch: keccak256 of a domain tag,
// the chain id, the router, the batch's place in the journal (seq, its row
// id) and, per entry in (consumer, model) order, the consumer, model,
// amount, calls and the highest usage id it covers. seq makes the id of
// usage journaled again after its batch was abandoned differ from the
// abandoned one's.
func BatchID(chainID uint64, router common.Address, seq int64, entries []chain.UsageEntry, lastUsage []int64) common.Hash {
	idx := make([]int, len(entries))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		ea, eb := entries[idx[a]], entries[idx[b]]
		if c := ea.Consumer.Cmp(eb.Consumer); c != 0 {
			return c < 0
		}
		return ea.ModelID < eb.ModelID
	})
	buf := make([]byte, 0, len(batchDomain)+36+len(entries)*52)
	buf = append(buf, batchDomain...)
	buf = binary.BigEndian.AppendUint64(buf, chainID)
	buf = append(buf, router[:]...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(seq))
	for _, i := range idx {
		e := entries[i]
		buf = append(buf, e.Consumer[:]...)
		buf = binary.BigEndian.AppendUint64(buf, e.ModelID)
		buf = binary.BigEndian.AppendUint64(buf, e.Amount)
		buf = binary.BigEndian.AppendUint64(buf, e.Calls)
		buf = binary.BigEndian.AppendUint64(buf, uint64(lastUsage[i]))
	}
	return crypto.Keccak256Hash(buf)
}

// Journal takes up to maxEntries (consumer, model) groups of usage not yet
// in a batch, writes the batch row with its deterministic id (BatchID)
// and assigns the usage to it, all in one transaction: the batch is on
// record before anything is sent. It returns nil when there is nothing to
// settle.
func (s *Service) Journal(ctx context.Context, chainID uint64, router common.Address, maxEntries int) (*Batch, error) {
	if maxEntries <= 0 {
		maxEntries = DefaultMaxEntries
	}
	hb, err := s.store.JournalBatch(ctx, maxEntries, func(seq int64, entries []hokusai.UsageEntry, last []int64) string {
		return BatchID(chainID, router, seq, chainEntries(entries), last).Hex()
	})
	if err != nil || hb == nil {
		return nil, err
	}
	s.unbatched.Store(0)
	return batchOf(hb), nil
}

// chainEntries converts the store's entries to the router's.
func chainEntries(in []hokusai.UsageEntry) []chain.UsageEntry {
	out := make([]chain.UsageEntry, len(in))
	for i, e := range in {
		out[i] = chain.UsageEntry{Consumer: common.HexToAddress(e.Consumer), ModelID: e.ModelID, Amount: e.Amount, Calls: e.Calls}
	}
	return out
}

func batchOf(b *hokusai.UsageBatch) *Batch {
	return &Batch{ID: b.ID, BatchID: common.HexToHash(b.BatchID), Status: b.Status, Entries: chainEntries(b.Entries),
		Calls: b.Calls, Total: b.Total, TxHash: b.TxHash, Block: b.Block, GasUsed: b.GasUsed}
}

// Batches lists batches with the given status ("" for all), oldest first,
// with their entries.
func (s *Service) Batches(ctx context.Context, status string) ([]*Batch, error) {
	hbs, err := s.store.Batches(ctx, status)
	if err != nil {
		return nil, err
	}
	out := make([]*Batch, len(hbs))
	for i, b := range hbs {
		out[i] = batchOf(b)
	}
	return out, nil
}

// recentSettled lists the batches marked settled after block (or in an
// unknown block), without their entries.
func (s *Service) recentSettled(ctx context.Context, block int64) ([]*Batch, error) {
	hbs, err := s.store.SettledBatchesAfter(ctx, block)
	if err != nil {
		return nil, err
	}
	out := make([]*Batch, len(hbs))
	for i, b := range hbs {
		out[i] = batchOf(b)
	}
	return out, nil
}

// Settlement is what the chain says about a settled batch.
type Settlement struct {
	TxHash  common.Hash
	Block   uint64
	GasUsed uint64
}

// MarkSettled records that a batch is settled on-chain: in one transaction
// its usage rows become settled and each consumer's amount moves from
// unsettled to settled, so spendable never jumps in between. Marking a
// settled batch again changes nothing.
func (s *Service) MarkSettled(ctx context.Context, rowID int64, st Settlement) error {
	hs := hokusai.BatchSettlement{Block: st.Block, GasUsed: st.GasUsed}
	if st.TxHash != (common.Hash{}) {
		hs.TxHash = st.TxHash.Hex()
	}
	return s.store.MarkBatchSettled(ctx, rowID, hs)
}

// Unsettle returns a batch marked settled to pending (the chain lost the
// block that settled it), moving its usage back from settled to unsettled
// in one transaction; the settler then sends it again under the same id.
func (s *Service) Unsettle(ctx context.Context, rowID int64) error {
	return s.store.UnsettleBatch(ctx, rowID)
}

// Abandon releases a pending batch that the chain refused (and that the
// router confirms it never settled): its usage goes back to be batched
// again, except the usage of consumers in drop, which is written off (kept
// and removed from their unsettled total) because their vault credit
// cannot pay it.
func (s *Service) Abandon(ctx context.Context, rowID int64, reason string, drop []common.Address) error {
	ds := make([]string, len(drop))
	for i, d := range drop {
		ds[i] = d.Hex()
	}
	return s.store.AbandonBatch(ctx, rowID, reason, ds)
}
