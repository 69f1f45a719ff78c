package ledger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
)

// ChainCheck is how the ledger compares with the chain when a server
// starts: the settlements the router recorded and the credit the vault
// holds, at the block the chain indexer has reached.
type ChainCheck struct {
	Block        uint64 // the block compared at (the vault cursor)
	ChainBatches int    // BatchSettled events up to Block
	Settled      int    // batches settled in the database
	Pending      int    // batches journaled and not yet marked settled
	Accounts     int    // consumers compared with the vault
	// Lost are batches the router settled that the database does not
	// know: the database lost writes (its journal is written before a
	// batch is sent).
	Lost []common.Hash
	// Over names consumers for whom the database holds more credit than
	// the vault (it misses settlements): serving them would let them
	// spend money the chain already paid out.
	Over []string
	// Warnings are differences that leave no one more credit than the
	// chain allows (a batch settled here but not on-chain: the settler
	// sends it again).
	Warnings []string
}

// OK reports whether the ledger may serve: it knows every settlement and
// holds no one more credit than the vault.
func (c *ChainCheck) OK() bool { return len(c.Lost) == 0 && len(c.Over) == 0 }

// CheckChain compares the ledger with the chain; call it after the indexer
// synced, so deposits and withdrawals are read up to the cursor. A consumer's credit
// here is deposits − withdrawals − settled usage − usage in batches sent
// but not yet marked; it must not exceed the vault's balance at the same
// block, which is deposits − withdrawals − every debit the router made.
func (ix *VaultHandler) CheckChain(ctx context.Context, router common.Address) (*ChainCheck, error) {
	l := ix.Ledger
	block, _, ok, err := l.cursor(ctx, ix.cursorName())
	if err != nil || !ok {
		return &ChainCheck{}, err
	}
	out := &ChainCheck{Block: block}
	at := new(big.Int).SetUint64(block)
	logs, err := settledLogs(ctx, ix.Client, router, ix.FromBlock, at)
	if err != nil {
		return nil, err
	}
	status := map[common.Hash]string{}
	batches, err := l.store.Batches(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("check batches: %w", err)
	}
	for _, b := range batches {
		status[common.HexToHash(b.BatchID)] = b.Status
		switch b.Status {
		case StatusSettled:
			out.Settled++
		case StatusPending:
			out.Pending++
		}
	}
	onChain := map[common.Hash]bool{}
	for _, lg := range logs {
		if len(lg.Topics) < 2 {
			continue
		}
		id := lg.Topics[1]
		onChain[id] = true
		if _, known := status[id]; !known {
			out.Lost = append(out.Lost, id)
		}
	}
	out.ChainBatches = len(onChain)
	for id, st := range status {
		if st == StatusSettled && !onChain[id] {
			out.Warnings = append(out.Warnings, fmt.Sprintf("batch %s is settled in the database but the router has no such batch up to block %d", id.Hex(), block))
		}
	}

	audit, err := l.store.AuditAccounts(ctx)
	if err != nil {
		return nil, fmt.Errorf("check accounts: %w", err)
	}
	type credit struct {
		who    common.Address
		amount int64
	}
	var credits []credit
	for _, a := range audit {
		credits = append(credits, credit{who: common.HexToAddress(a.Consumer), amount: a.Deposited - a.Withdrawn - a.Settled - a.UsageInFlight})
	}
	for _, c := range credits {
		bal, err := ix.balanceAt(ctx, c.who, at)
		if err != nil {
			return nil, err
		}
		out.Accounts++
		if big.NewInt(c.amount).Cmp(bal) > 0 {
			out.Over = append(out.Over, fmt.Sprintf("%s holds %s USDC here but %s USDC in the vault at block %d", c.who.Hex(), usdc(c.amount), usdc(bal.Int64()), block))
		}
	}
	return out, nil
}

// balanceAt is the vault's balance of who at block.
func (ix *VaultHandler) balanceAt(ctx context.Context, who common.Address, block *big.Int) (*big.Int, error) {
	out, err := ix.Client.Backend.CallContract(ctx, ethereum.CallMsg{To: &ix.Vault, Data: vaultB.PackBalanceOf(who)}, block)
	if err != nil {
		return nil, fmt.Errorf("vault balance of %s at block %s: %w", who.Hex(), block, err)
	}
	return vaultB.UnpackBalanceOf(out)
}

// RebuildSettlements copies every batch the router settled up to toBlock
// and the ledger does not know into it, each as a settled batch whose usage
// rows are the batch's entries (keyless: the calls' API keys are not
// on-chain), so each consumer's settled total is what the vault was
// debited. It is for a ledger rebuilt from the chain and must run before
// the settler starts. It returns the batches and micro-USDC copied.
func (s *Service) RebuildSettlements(ctx context.Context, ix *VaultHandler, router common.Address, toBlock uint64) (batches int, total int64, err error) {
	logs, err := settledLogs(ctx, ix.Client, router, ix.FromBlock, new(big.Int).SetUint64(toBlock))
	if err != nil {
		return 0, 0, err
	}
	for _, lg := range logs {
		id, sum, entries, err := readSettlement(ctx, ix.Client, lg)
		if err != nil {
			return batches, total, err
		}
		hentries := make([]hokusai.UsageEntry, len(entries))
		for i, e := range entries {
			hentries[i] = hokusai.UsageEntry{Consumer: e.Consumer.Hex(), ModelID: e.ModelID, Amount: e.Amount, Calls: e.Calls}
		}
		rowID, err := s.store.ImportSettledBatch(ctx, id.Hex(), hentries)
		if err != nil {
			return batches, total, fmt.Errorf("rebuild batch %s: %w", id.Hex(), err)
		}
		if rowID == 0 {
			continue
		}
		// A second write folds the rows into the running totals first, then
		// moves them to settled, as the settler does.
		if err := s.MarkSettled(ctx, rowID, Settlement{TxHash: lg.TxHash, Block: lg.BlockNumber}); err != nil {
			return batches, total, err
		}
		batches++
		total += sum
	}
	return batches, total, nil
}

// VaultEvents counts the vault events of kind ("deposit", "request",
// "cancel" or "withdraw") applied up to toBlock.
func (s *Service) VaultEvents(ctx context.Context, kind string, toBlock uint64) (int, error) {
	return s.store.CountVaultEvents(ctx, kind, toBlock)
}
