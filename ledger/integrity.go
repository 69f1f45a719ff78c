package ledger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// ChainCheck is how the ledger compares with the chain when a server
// starts: the settlements the router recorded and the credit the vault
// holds, at the block the vault indexer has reached.
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

// CheckChain compares the ledger with the chain; call it after SyncOnce, so
// deposits and withdrawals are read up to the cursor. A consumer's credit
// here is deposits − withdrawals − settled usage − usage in batches sent
// but not yet marked; it must not exceed the vault's balance at the same
// block, which is deposits − withdrawals − every debit the router made.
func (ix *VaultIndexer) CheckChain(ctx context.Context, router common.Address) (*ChainCheck, error) {
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
	rows, err := l.db.QueryContext(ctx, `SELECT batch_id, status FROM ledger_batches`)
	if err != nil {
		return nil, fmt.Errorf("check batches: %w", err)
	}
	for rows.Next() {
		var id, st string
		if err := rows.Scan(&id, &st); err != nil {
			rows.Close()
			return nil, fmt.Errorf("check batches: %w", err)
		}
		status[common.HexToHash(id)] = st
		switch st {
		case StatusSettled:
			out.Settled++
		case StatusPending:
			out.Pending++
		}
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("check batches: %w", err)
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

	rows, err = l.db.QueryContext(ctx, `SELECT a.consumer, a.deposited - a.withdrawn - a.settled - COALESCE(p.amount, 0)
		FROM ledger_accounts a LEFT JOIN (
			SELECT u.consumer, SUM(u.amount) AS amount FROM ledger_usage u JOIN ledger_batches b ON b.id = u.batch
			WHERE b.status = 'pending' AND u.settled = 0 GROUP BY u.consumer) p ON p.consumer = a.consumer
		ORDER BY a.consumer`)
	if err != nil {
		return nil, fmt.Errorf("check accounts: %w", err)
	}
	type credit struct {
		who    common.Address
		amount int64
	}
	var credits []credit
	for rows.Next() {
		var who string
		var c credit
		if err := rows.Scan(&who, &c.amount); err != nil {
			rows.Close()
			return nil, fmt.Errorf("check accounts: %w", err)
		}
		c.who = common.HexToAddress(who)
		credits = append(credits, c)
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("check accounts: %w", err)
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
func (ix *VaultIndexer) balanceAt(ctx context.Context, who common.Address, block *big.Int) (*big.Int, error) {
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
func (s *Service) RebuildSettlements(ctx context.Context, ix *VaultIndexer, router common.Address, toBlock uint64) (batches int, total int64, err error) {
	logs, err := settledLogs(ctx, ix.Client, router, ix.FromBlock, new(big.Int).SetUint64(toBlock))
	if err != nil {
		return 0, 0, err
	}
	for _, lg := range logs {
		id, sum, entries, err := readSettlement(ctx, ix.Client, lg)
		if err != nil {
			return batches, total, err
		}
		var rowID int64
		err = s.write(ctx, func(ctx context.Context, q querier) error {
			rowID = 0
			var n int
			if err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_batches WHERE batch_id = ?`, id.Hex()).Scan(&n); err != nil || n > 0 {
				return err
			}
			if err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_batches`).Scan(&rowID); err != nil {
				return err
			}
			var calls int64
			for _, e := range entries {
				calls += int64(e.Calls)
			}
			now := s.nowNanos()
			if _, err := q.ExecContext(ctx, `INSERT INTO ledger_batches (id, batch_id, status, entries, calls, total, created_at, note)
				VALUES (?, ?, 'pending', ?, ?, ?, ?, 'rebuilt from the chain')`, rowID, id.Hex(), len(entries), calls, sum, now); err != nil {
				return err
			}
			for _, e := range entries {
				if _, err := q.ExecContext(ctx, `INSERT INTO ledger_usage (consumer, model_id, key_id, calls, amount, created_at, batch, settled)
					VALUES (?, ?, '', ?, ?, ?, ?, 0)`, e.Consumer.Hex(), int64(e.ModelID), int64(max(e.Calls, 1)), int64(e.Amount), now, rowID); err != nil {
					return err
				}
			}
			return nil
		})
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
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM ledger_vault_events WHERE kind = ? AND block <= ?`, kind, int64(toBlock)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count vault events: %w", err)
	}
	return n, nil
}
