package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hokusai-protocol/hokusai"
)

// Tx is one transaction to send: a call (To set) or a contract creation.
type Tx struct {
	To    *common.Address
	Data  []byte
	Value *big.Int // wei; nil is zero
	// Gas is the gas limit; 0 estimates it (and a revert in the estimate
	// is reported before anything is signed or sent).
	Gas uint64
	// ABIs decode this transaction's custom errors into sentences.
	ABIs []*abi.ABI
	// IdempotencyKey names the work this transaction does, unique per
	// sender: sending the same key again (after a crash, or from another
	// replica) returns the first transaction's outcome. Empty: a fresh
	// random key (the caller does not retry).
	IdempotencyKey string
}

// GasLimit is the gas limit a transaction is sent with when its gas was
// estimated at est: headroom for state that moves between the estimate and
// inclusion. It is the most gas the sender can pay for it.
func GasLimit(est uint64) uint64 { return est + est/5 + 10_000 }

// PendingError says a transaction may have reached the chain but was not
// seen mined before the context ended. Retrying with a new transaction could
// do the work twice: look the hash up first.
type PendingError struct {
	Hash common.Hash
	Err  error
}

// Error implements error.
func (e *PendingError) Error() string {
	return fmt.Sprintf("transaction %s sent but not confirmed: %v", e.Hash.Hex(), e.Err)
}

// Unwrap returns the cause (usually a context error) and an EUNAVAILABLE
// *hokusai.Error whose sentence tells a user what to do, so hokusai.ErrorCode
// and the CLI treat it like any other domain error.
func (e *PendingError) Unwrap() []error {
	return []error{e.Err, &hokusai.Error{Code: hokusai.EUNAVAILABLE, Message: fmt.Sprintf(
		"Transaction %s was sent but is not confirmed yet (%v). Look it up on the chain before trying again, or the work may be done twice.", e.Hash.Hex(), e.Err)}}
}

// IsNotSent reports whether err proves that the transaction never reached
// the chain, so retrying it cannot do the work twice.
func IsNotSent(err error) bool {
	var p *PendingError
	return err != nil && !errors.As(err, &p)
}

// Sender sends transactions and waits for them to be confirmed. The
// transaction manager (chain/txmgr.Manager) is the one implementation: it
// writes each transaction down before it is signed, so a crash or a retry
// never sends the work twice.
type Sender interface {
	// Send sends tx from key's account and returns its receipt once it is
	// confirmed; a revert is a decoded *hokusai.Error.
	Send(ctx context.Context, key *ecdsa.PrivateKey, tx Tx) (*types.Receipt, error)
}

// Send sends tx from key's account through the Client's transaction
// manager (Txs) and waits until it is confirmed. A revert in the gas
// estimate is decoded and returned before anything is written or sent; a
// failed receipt is decoded into a *hokusai.Error; when ctx ends after the
// broadcast, the error is a *PendingError carrying the hash.
func (c *Client) Send(ctx context.Context, key *ecdsa.PrivateKey, tx Tx) (*types.Receipt, error) {
	if c.Txs == nil {
		return nil, hokusai.Errorf(hokusai.EINTERNAL, "This chain client has no transaction manager to send with; set Client.Txs to a txmgr.Manager.")
	}
	return c.Txs.Send(ctx, key, tx)
}

// EstimateGas estimates against the pending block where the node can: its
// timestamp is now, while the latest block's can be old on the dev chain
// (blocks come only with transactions), which would make time-dependent
// checks such as the pools' launch window or a deadline answer for the past.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	type atBlock interface {
		EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
	}
	if b, ok := c.Backend.(atBlock); ok {
		return b.EstimateGasAtBlock(ctx, msg, big.NewInt(int64(rpc.PendingBlockNumber)))
	}
	return c.Backend.EstimateGas(ctx, msg)
}

// IsFinal reports whether r is Confirmations blocks deep and still on the
// canonical chain. Even with no confirmations the head must have reached
// r's block: a node may serve the receipt a moment before it moves its
// head, and a caller reading "latest" state right after would not yet see
// the transaction's effects.
func (c *Client) IsFinal(ctx context.Context, r *types.Receipt) (bool, error) {
	head, err := c.Backend.BlockNumber(ctx)
	if err != nil {
		return false, err
	}
	if head < r.BlockNumber.Uint64()+c.Confirmations {
		return false, nil
	}
	if c.Confirmations == 0 {
		return true, nil
	}
	h, err := c.Backend.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		return false, err
	}
	return h.Hash() == r.BlockHash, nil
}

// RevertReason replays a failed transaction as a call to learn why it
// reverted: first on the state after its block (a reverted transaction
// changed nothing, and the block's timestamp is the one it saw), then on
// the state before it.
func (c *Client) RevertReason(ctx context.Context, tx *types.Transaction, r *types.Receipt, abis []*abi.ABI) error {
	from, err := types.Sender(types.LatestSignerForChainID(c.chainIDBig()), tx)
	if err != nil {
		return hokusai.Errorf(hokusai.ECHAIN, "Transaction %s reverted.", tx.Hash().Hex())
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}
	blocks := []*big.Int{r.BlockNumber}
	if r.BlockNumber != nil && r.BlockNumber.Sign() > 0 {
		blocks = append(blocks, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	}
	for _, b := range blocks {
		if _, callErr := c.Backend.CallContract(ctx, msg, b); callErr != nil {
			return decodeError(callErr, tx.Data(), abis)
		}
	}
	if r.GasUsed >= tx.Gas() {
		return hokusai.Errorf(hokusai.ECHAIN, "Transaction %s ran out of gas (limit %d).", tx.Hash().Hex(), tx.Gas())
	}
	return hokusai.Errorf(hokusai.ECHAIN, "Transaction %s reverted, but replaying it succeeds: the state changed between estimate and inclusion. Try again.", tx.Hash().Hex())
}

// Unavailable wraps a node's failure to answer as an EUNAVAILABLE
// *hokusai.Error naming what was asked; a domain error passes unchanged.
func Unavailable(what string, err error) error { return unavailable(what, err) }

func unavailable(what string, err error) error {
	if e := new(hokusai.Error); errors.As(err, &e) {
		return err
	}
	return &hokusai.Error{Code: hokusai.EUNAVAILABLE, Message: fmt.Sprintf("The chain did not answer (%s): %v. Try again.", what, err)}
}

func isNotYet(err error) bool {
	if errors.Is(err, ethereum.NotFound) {
		return true
	}
	m := err.Error()
	return strings.Contains(m, "not found") || strings.Contains(m, "indexing is in progress")
}
