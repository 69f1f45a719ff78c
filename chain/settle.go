package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// Limits of one packed settlement entry (UsageFeeRouter.sol): consumer
// (bits 96–255) | model id (72–95) | amount (24–71) | calls (0–23).
const (
	MaxEntryModelID = 1<<24 - 1
	MaxEntryAmount  = 1<<48 - 1 // micro-USDC, about 281 million USDC
	MaxEntryCalls   = 1<<24 - 1
)

// UsageEntry is metered usage of one consumer on one model: what the vault
// debits and the router pays out.
type UsageEntry struct {
	Consumer common.Address
	ModelID  uint64
	Amount   uint64 // micro-USDC
	Calls    uint64
}

// Settlement is a settled batch: its receipt and decoded events.
type Settlement struct {
	Receipt  *types.Receipt
	Batch    *bindings.UsageFeeRouterBatchSettled
	Models   []*bindings.UsageFeeRouterModelFeesSettled
	Deposits []*bindings.UsageFeeRouterReserveDeposited
}

// PackUsageEntries packs entries into the router's one-word format. An
// entry whose amount or calls exceed one word's fields is split into several
// words for the same consumer and model (their sum is unchanged).
func PackUsageEntries(entries []UsageEntry) ([]*big.Int, error) {
	out := make([]*big.Int, 0, len(entries))
	for i, e := range entries {
		if e.ModelID == 0 || e.ModelID > MaxEntryModelID {
			return nil, hokusai.FieldErrorf("model_id", "Entry %d: model_id must be between 1 and %d; got %d.", i, MaxEntryModelID, e.ModelID)
		}
		if e.Consumer == (common.Address{}) {
			return nil, hokusai.FieldErrorf("consumer", "Entry %d: the consumer address is zero.", i)
		}
		amount, calls := e.Amount, e.Calls
		for first := true; first || amount > 0 || calls > 0; first = false {
			a, n := min(amount, MaxEntryAmount), min(calls, MaxEntryCalls)
			out = append(out, packEntry(e.Consumer, e.ModelID, a, n))
			amount -= a
			calls -= n
		}
	}
	return out, nil
}

func packEntry(consumer common.Address, modelID, amount, calls uint64) *big.Int {
	w := new(big.Int).SetBytes(consumer[:])
	w.Lsh(w, 96)
	w.Or(w, new(big.Int).Lsh(new(big.Int).SetUint64(modelID), 72))
	w.Or(w, new(big.Int).Lsh(new(big.Int).SetUint64(amount), 24))
	return w.Or(w, new(big.Int).SetUint64(calls))
}

// UnpackUsageEntry reverses the packing of one word.
func UnpackUsageEntry(w *big.Int) UsageEntry {
	b := common.LeftPadBytes(w.Bytes(), 32)
	field := func(shift uint, mask uint64) uint64 {
		return new(big.Int).Rsh(w, shift).Uint64() & mask
	}
	return UsageEntry{
		Consumer: common.BytesToAddress(b[:20]),
		ModelID:  field(72, MaxEntryModelID),
		Amount:   field(24, MaxEntryAmount),
		Calls:    field(0, MaxEntryCalls),
	}
}

// SettleUsage settles one batch of usage; key must be a settler. A batch id
// settles once: a replay reverts with BatchAlreadySettled, and any consumer
// whose credit does not cover their entries reverts the whole batch with
// InsufficientCredit.
func (c *Client) SettleUsage(ctx context.Context, key *ecdsa.PrivateKey, router common.Address, batchID common.Hash, entries []UsageEntry) (*Settlement, error) {
	if len(entries) == 0 {
		return nil, hokusai.FieldErrorf("entries", "A settlement batch needs at least one entry.")
	}
	words, err := PackUsageEntries(entries)
	if err != nil {
		return nil, err
	}
	data := routerBinding.PackSettle(batchID, words)
	rc, err := c.sendEstimated(ctx, key, router, data, 1_000_000+50_000*uint64(len(words)))
	if err != nil {
		return nil, err
	}
	s := &Settlement{Receipt: rc}
	for _, l := range rc.Logs {
		if ev, err := routerBinding.UnpackBatchSettledEvent(l); err == nil {
			s.Batch = ev
		} else if ev, err := routerBinding.UnpackModelFeesSettledEvent(l); err == nil {
			s.Models = append(s.Models, ev)
		} else if ev, err := routerBinding.UnpackReserveDepositedEvent(l); err == nil {
			s.Deposits = append(s.Deposits, ev)
		}
	}
	if s.Batch == nil {
		return s, hokusai.Errorf(hokusai.EINTERNAL, "Settlement transaction %s succeeded but emitted no BatchSettled event.", rc.TxHash.Hex())
	}
	return s, nil
}

// DepositCredits approves the vault and deposits amount micro-USDC of key's
// USDC for account (key's own address for itself).
func (c *Client) DepositCredits(ctx context.Context, key *ecdsa.PrivateKey, usdc, vault, account common.Address, amount *big.Int) (*types.Receipt, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, hokusai.FieldErrorf("amount", "The deposit must be above 0 micro-USDC.")
	}
	erc20 := bindings.NewMockUSDC()
	if _, err := c.Send(ctx, key, Tx{To: &usdc, Data: erc20.PackApprove(vault, amount), ABIs: mintABIs}); err != nil {
		return nil, fmt.Errorf("approve vault: %w", err)
	}
	return c.Send(ctx, key, Tx{To: &vault, Data: vaultBinding.PackDepositFor(account, amount), ABIs: mintABIs})
}

// RequestWithdrawal asks to withdraw amount micro-USDC of key's credit after
// the vault's delay.
func (c *Client) RequestWithdrawal(ctx context.Context, key *ecdsa.PrivateKey, vault common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.Send(ctx, key, Tx{To: &vault, Data: vaultBinding.PackRequestWithdrawal(amount), ABIs: mintABIs})
}

// Withdraw takes key's requested withdrawal once the delay has passed; before
// that it reverts with WithdrawalNotReady.
func (c *Client) Withdraw(ctx context.Context, key *ecdsa.PrivateKey, vault common.Address) (*types.Receipt, error) {
	return c.Send(ctx, key, Tx{To: &vault, Data: vaultBinding.PackWithdraw(), ABIs: mintABIs})
}

// CreditBalance reads account's credit in the vault, in micro-USDC.
func (c *Client) CreditBalance(ctx context.Context, vault, account common.Address) (*big.Int, error) {
	out, err := c.call(ctx, vault, vaultBinding.PackBalanceOf(account))
	if err != nil {
		return nil, fmt.Errorf("credit balance: %w", err)
	}
	return vaultBinding.UnpackBalanceOf(out)
}

// SetSettlementFees sets the protocol fee (at most 1,000 bps) and the
// infrastructure share (at most 5,000 bps) and who receives them; key is the
// admin.
func (c *Client) SetSettlementFees(ctx context.Context, key *ecdsa.PrivateKey, router, treasury common.Address, protocolFeeBps uint16, infra common.Address, infraBps uint16) (*types.Receipt, error) {
	data := routerBinding.PackSetFees(treasury, protocolFeeBps, infra, infraBps)
	return c.Send(ctx, key, Tx{To: &router, Data: data, ABIs: mintABIs})
}

// BatchSettled reports whether batchID was settled; a settler that crashed
// after sending checks it before sending the batch again.
func (c *Client) BatchSettled(ctx context.Context, router common.Address, batchID common.Hash) (bool, error) {
	out, err := c.call(ctx, router, routerBinding.PackBatchSettled(batchID))
	if err != nil {
		return false, fmt.Errorf("batch settled: %w", err)
	}
	return routerBinding.UnpackBatchSettled(out)
}
