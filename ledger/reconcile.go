package ledger

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// Difference is one disagreement between the database and the chain.
type Difference struct {
	Kind     string         // "batch", "entry", "consumer" or "vault"
	Batch    common.Hash    // for batch and entry differences
	Consumer common.Address // for entry, consumer and vault differences
	ModelID  uint64         // for entry differences
	DB       int64          // micro-USDC the database says
	Chain    int64          // micro-USDC the chain says
	Detail   string         // a sentence saying what differs
}

// Report is the outcome of Reconcile.
type Report struct {
	ChainBatches   int   // BatchSettled events found
	DBBatches      int   // batches the database marks settled
	PendingBatches int   // journaled, not yet settled
	Consumers      int   // consumers compared
	ChainSettled   int64 // micro-USDC settled according to the chain
	DBSettled      int64 // micro-USDC settled according to the database
	Unsettled      int64 // micro-USDC charged but not yet settled
	Differences    []Difference
}

// OK reports whether the database and the chain agree.
func (r *Report) OK() bool { return len(r.Differences) == 0 }

// chainBatch is a settlement as the chain recorded it: the entries decoded
// from the settle call of the transaction that emitted BatchSettled.
type chainBatch struct {
	tx      common.Hash
	total   int64
	entries map[entryKey]int64
}

type entryKey struct {
	consumer common.Address
	model    uint64
}

// Reconcile compares what the database says was settled with what the
// router settled on-chain: per batch (each BatchSettled event's entries,
// decoded from its transaction, against the batch's usage rows), per
// consumer (the sums of both, and the running totals), and each consumer's
// vault balance against deposits − withdrawals − settled usage. It reads
// only; fromBlock is the router's deployment block.
func Reconcile(ctx context.Context, l *Service, c *chain.Client, router common.Address, fromBlock uint64) (*Report, error) {
	rep := &Report{}
	diff := func(d Difference) { rep.Differences = append(rep.Differences, d) }

	// The chain's side.
	logs, err := settledLogs(ctx, c, router, fromBlock, nil)
	if err != nil {
		return nil, err
	}
	onChain := map[common.Hash]*chainBatch{}
	chainPer := map[common.Address]int64{}
	for _, lg := range logs {
		id, total, entries, err := readSettlement(ctx, c, lg)
		if err != nil {
			return nil, err
		}
		cb := &chainBatch{tx: lg.TxHash, total: total, entries: map[entryKey]int64{}}
		for _, e := range entries {
			cb.entries[entryKey{e.Consumer, e.ModelID}] += int64(e.Amount)
			chainPer[e.Consumer] += int64(e.Amount)
		}
		onChain[id] = cb
		rep.ChainSettled += cb.total
	}
	rep.ChainBatches = len(onChain)

	// The database's side: usage rows, not the batch row's cached totals.
	batches, err := l.Batches(ctx, "")
	if err != nil {
		return nil, err
	}
	inDB := map[common.Hash]bool{}
	for _, b := range batches {
		inDB[b.BatchID] = true
		cb := onChain[b.BatchID]
		switch b.Status {
		case StatusPending:
			rep.PendingBatches++
			if cb != nil {
				diff(Difference{Kind: "batch", Batch: b.BatchID, Chain: cb.total, Detail: fmt.Sprintf(
					"Batch %s is settled on-chain (tx %s) but still pending in the database; the settler marks it on its next round.", b.BatchID.Hex(), cb.tx.Hex())})
			}
			continue
		case StatusAbandoned:
			if cb != nil {
				diff(Difference{Kind: "batch", Batch: b.BatchID, Chain: cb.total, Detail: fmt.Sprintf(
					"Batch %s was abandoned in the database but is settled on-chain (tx %s).", b.BatchID.Hex(), cb.tx.Hex())})
			}
			continue
		}
		rep.DBBatches++
		var total int64
		mine := map[entryKey]int64{}
		for _, e := range b.Entries {
			mine[entryKey{e.Consumer, e.ModelID}] += int64(e.Amount)
			total += int64(e.Amount)
		}
		rep.DBSettled += total
		if cb == nil {
			diff(Difference{Kind: "batch", Batch: b.BatchID, DB: total, Detail: fmt.Sprintf(
				"Batch %s is settled in the database (%s USDC) but the router has no such batch.", b.BatchID.Hex(), usdc(total))})
			continue
		}
		if total != cb.total {
			diff(Difference{Kind: "batch", Batch: b.BatchID, DB: total, Chain: cb.total, Detail: fmt.Sprintf(
				"Batch %s totals %s USDC in the database but %s USDC on-chain.", b.BatchID.Hex(), usdc(total), usdc(cb.total))})
		}
		for _, k := range sortedKeys(mine, cb.entries) {
			if mine[k] != cb.entries[k] {
				diff(Difference{Kind: "entry", Batch: b.BatchID, Consumer: k.consumer, ModelID: k.model, DB: mine[k], Chain: cb.entries[k], Detail: fmt.Sprintf(
					"Batch %s: %s on model %d is %s USDC in the database but %s USDC on-chain.", b.BatchID.Hex(), k.consumer.Hex(), k.model, usdc(mine[k]), usdc(cb.entries[k]))})
			}
		}
	}
	for id, cb := range onChain {
		if !inDB[id] {
			diff(Difference{Kind: "batch", Batch: id, Chain: cb.total, Detail: fmt.Sprintf(
				"The router settled batch %s (tx %s, %s USDC) that the database does not know.", id.Hex(), cb.tx.Hex(), usdc(cb.total))})
		}
	}

	// Per consumer: settled usage rows, the running totals, the chain.
	audit, err := l.store.AuditAccounts(ctx)
	if err != nil {
		return nil, fmt.Errorf("reconcile: %w", err)
	}
	type acct struct {
		who                                                    common.Address
		deposited, withdrawn, settled, unsettled, rows, unrows int64
	}
	var accts []acct
	for _, a := range audit {
		accts = append(accts, acct{who: common.HexToAddress(a.Consumer), deposited: a.Deposited, withdrawn: a.Withdrawn,
			settled: a.Settled, unsettled: a.Unsettled, rows: a.UsageSettled, unrows: a.UsageOpen})
	}
	seen := map[common.Address]bool{}
	for _, a := range accts {
		seen[a.who] = true
		rep.Consumers++
		rep.Unsettled += a.unsettled
		if a.rows != chainPer[a.who] {
			diff(Difference{Kind: "consumer", Consumer: a.who, DB: a.rows, Chain: chainPer[a.who], Detail: fmt.Sprintf(
				"%s: settled usage is %s USDC in the database but %s USDC on-chain.", a.who.Hex(), usdc(a.rows), usdc(chainPer[a.who]))})
		}
		if a.settled != a.rows || a.unsettled != a.unrows {
			diff(Difference{Kind: "consumer", Consumer: a.who, DB: a.settled, Chain: chainPer[a.who], Detail: fmt.Sprintf(
				"%s: the running totals (settled %s, unsettled %s USDC) disagree with the usage rows (%s, %s USDC).",
				a.who.Hex(), usdc(a.settled), usdc(a.unsettled), usdc(a.rows), usdc(a.unrows))})
		}
		bal, err := VaultBalance(ctx, c, router, a.who)
		if err != nil {
			return nil, err
		}
		if want := a.deposited - a.withdrawn - chainPer[a.who]; bal.Int64() != want {
			diff(Difference{Kind: "vault", Consumer: a.who, DB: want, Chain: bal.Int64(), Detail: fmt.Sprintf(
				"%s: the vault holds %s USDC but deposits − withdrawals − settlements in the database come to %s USDC (is the vault indexer behind?).",
				a.who.Hex(), usdc(bal.Int64()), usdc(want))})
		}
	}
	for who, amt := range chainPer {
		if !seen[who] {
			diff(Difference{Kind: "consumer", Consumer: who, Chain: amt, Detail: fmt.Sprintf(
				"%s: %s USDC settled on-chain for a consumer the database does not know.", who.Hex(), usdc(amt))})
		}
	}
	sort.SliceStable(rep.Differences, func(i, j int) bool { return rep.Differences[i].Kind < rep.Differences[j].Kind })
	return rep, nil
}

// settledLogs returns the router's BatchSettled events from fromBlock to
// toBlock (nil: the head), leaving out removed ones.
func settledLogs(ctx context.Context, c *chain.Client, router common.Address, fromBlock uint64, toBlock *big.Int) ([]types.Log, error) {
	logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock), ToBlock: toBlock, Addresses: []common.Address{router}, Topics: [][]common.Hash{{batchSettledTopic}},
	})
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading BatchSettled events from the router failed: %v.", err)
	}
	out := logs[:0]
	for _, lg := range logs {
		if !lg.Removed {
			out = append(out, lg)
		}
	}
	return out, nil
}

// readSettlement decodes a BatchSettled event and the entries of the
// settle call that emitted it.
func readSettlement(ctx context.Context, c *chain.Client, lg types.Log) (id common.Hash, total int64, entries []chain.UsageEntry, err error) {
	ev, err := routerB.UnpackBatchSettledEvent(&lg)
	if err != nil {
		return id, 0, nil, fmt.Errorf("settlement in tx %s: %w", lg.TxHash.Hex(), err)
	}
	tx, _, err := c.Backend.TransactionByHash(ctx, lg.TxHash)
	if err != nil {
		return id, 0, nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading settlement transaction %s failed: %v.", lg.TxHash.Hex(), err)
	}
	settle := routerABI.Methods["settle"]
	data := tx.Data()
	if len(data) < 4 || string(data[:4]) != string(settle.ID) {
		return id, 0, nil, fmt.Errorf("transaction %s emitted BatchSettled but is not a direct settle call", lg.TxHash.Hex())
	}
	args, err := settle.Inputs.Unpack(data[4:])
	if err != nil {
		return id, 0, nil, fmt.Errorf("decode %s: %w", lg.TxHash.Hex(), err)
	}
	for _, w := range args[1].([]*big.Int) {
		entries = append(entries, chain.UnpackUsageEntry(w))
	}
	return common.Hash(ev.BatchId), ev.Total.Int64(), entries, nil
}

func sortedKeys(a, b map[entryKey]int64) []entryKey {
	seen := map[entryKey]bool{}
	var out []entryKey
	for _, m := range []map[entryKey]int64{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if c := out[i].consumer.Cmp(out[j].consumer); c != 0 {
			return c < 0
		}
		return out[i].model < out[j].model
	})
	return out
}

func usdc(v int64) string { return hokusai.FormatUnits(big.NewInt(v), 6) }
