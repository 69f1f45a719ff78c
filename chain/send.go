package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
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
}

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

// maxNonceRetries bounds how often one send re-picks its nonce after a
// collision with another sender of the same key.
const maxNonceRetries = 64

// account is the sender's state for one address: the mutex serialises
// nonce assignment so concurrent sends get consecutive nonces.
type account struct {
	mu   sync.Mutex
	next uint64 // the next nonce this process will use; 0 = unknown
	used bool
}

func (c *Client) account(addr common.Address) *account {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.accounts == nil {
		c.accounts = map[common.Address]*account{}
	}
	a, ok := c.accounts[addr]
	if !ok {
		a = &account{}
		c.accounts[addr] = a
	}
	return a
}

// Send signs tx with key, sends it and waits for its receipt. The order is:
// estimate gas (a revert is decoded and returned, nothing is sent), assign
// the next nonce under the account's lock (from the node's pending state,
// re-synced on "nonce too low"), sign, broadcast, then poll for the receipt
// every PollInterval, re-broadcasting the same signed bytes now and then. A
// failed receipt is decoded into a *hokusai.Error. When ctx ends after the
// broadcast, the error is a *PendingError carrying the hash.
func (c *Client) Send(ctx context.Context, key *ecdsa.PrivateKey, tx Tx) (*types.Receipt, error) {
	signed, err := c.SignAndBroadcast(ctx, key, tx)
	if err != nil {
		return nil, err
	}
	if c.BumpAfter <= 0 {
		return c.WaitMined(ctx, signed, tx.ABIs...)
	}
	// A transaction still unmined after BumpAfter is signed again with the
	// same nonce and 12.5% higher fees (the least a node accepts as a
	// replacement); whichever version is mined ends the wait.
	attempts := []*types.Transaction{signed}
	for {
		wctx, cancel := context.WithTimeout(ctx, c.BumpAfter)
		r, err := c.waitAny(wctx, attempts, tx.ABIs)
		cancel()
		var pe *PendingError
		if !errors.As(err, &pe) {
			return r, err // mined (or reverted), or a failure that is not a timeout
		}
		if ctx.Err() != nil {
			return nil, &PendingError{Hash: attempts[len(attempts)-1].Hash(), Err: ctx.Err()}
		}
		bumped, berr := c.bump(ctx, key, attempts[len(attempts)-1])
		if berr != nil {
			c.logger().Warn("gas bump", "tx", attempts[len(attempts)-1].Hash(), "err", berr)
			continue
		}
		attempts = append(attempts, bumped)
	}
}

// bump re-signs prev with the same nonce and fees raised by 12.5% (plus one
// wei) and broadcasts it, recording it in the journal first.
func (c *Client) bump(ctx context.Context, key *ecdsa.PrivateKey, prev *types.Transaction) (*types.Transaction, error) {
	raise := func(v *big.Int) *big.Int {
		out := new(big.Int).Mul(v, big.NewInt(9))
		out.Div(out, big.NewInt(8))
		return out.Add(out, big.NewInt(1))
	}
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(c.chainIDBig()), &types.DynamicFeeTx{
		ChainID: c.chainIDBig(), Nonce: prev.Nonce(), GasTipCap: raise(prev.GasTipCap()), GasFeeCap: raise(prev.GasFeeCap()),
		Gas: prev.Gas(), To: prev.To(), Value: prev.Value(), Data: prev.Data(),
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if err := c.journal(ctx, signed, TxPending, 0); err != nil {
		return nil, err
	}
	if err := c.Backend.SendTransaction(ctx, signed); err != nil && !isAlreadyKnown(err) {
		// Refused (typically: the previous version was just mined).
		if jerr := c.journal(ctx, signed, TxDropped, 0); jerr != nil {
			return nil, jerr
		}
		return nil, err
	}
	c.logger().Info("gas bumped", "tx", prev.Hash(), "replacement", signed.Hash(), "nonce", signed.Nonce())
	return signed, nil
}

// SignAndBroadcast does Send's work up to and including the broadcast and
// returns the signed transaction without waiting for it.
func (c *Client) SignAndBroadcast(ctx context.Context, key *ecdsa.PrivateKey, tx Tx) (*types.Transaction, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	value := tx.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := tx.Gas
	if gas == 0 {
		est, err := c.estimateGas(ctx, ethereum.CallMsg{From: from, To: tx.To, Data: tx.Data, Value: value})
		if err != nil {
			if _, isRevert := ethclient.RevertErrorData(err); !isRevert && isRejected(err) {
				return nil, rejected(from, err) // e.g. no ETH for gas or value
			}
			return nil, decodeError(err, tx.Data, tx.ABIs)
		}
		gas = est + est/5 + 10_000 // headroom for state that moves between estimate and inclusion
	}
	tip, err := c.Backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, unavailable("gas tip", err)
	}
	head, err := c.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, unavailable("head", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	signer := types.LatestSignerForChainID(c.chainIDBig())

	a := c.account(from)
	a.mu.Lock()
	defer a.mu.Unlock()
	pending, err := c.Backend.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, unavailable("nonce", err)
	}
	nonce := max(pending, a.next)
	for attempt := 0; ; attempt++ {
		signed, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: c.chainIDBig(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: tx.To, Value: value, Data: tx.Data,
		})
		if err != nil {
			return nil, fmt.Errorf("sign: %w", err)
		}
		// Written down before it can reach the chain, so a crash between
		// here and the receipt leaves a record Resume can finish.
		if err := c.journal(ctx, signed, TxPending, 0); err != nil {
			return nil, err
		}
		err = c.Backend.SendTransaction(ctx, signed)
		if err != nil && (isNonceTooLow(err) || isReplacementUnderpriced(err) || isAlreadyKnown(err) || isRejected(err)) {
			if jerr := c.journal(ctx, signed, TxDropped, 0); jerr != nil {
				return nil, jerr
			}
		}
		switch {
		case err == nil:
			a.next = nonce + 1
			return signed, nil
		case attempt < maxNonceRetries && (isNonceTooLow(err) || isReplacementUnderpriced(err) || isAlreadyKnown(err)):
			// Another process sharing this key (or a lost local record)
			// took this nonce, mined or still pending: take the node's
			// pending view again, and never go backwards. "Already known"
			// on a first broadcast means another sender signed the very same
			// bytes: that transaction is theirs, not a second one of ours.
			p, perr := c.Backend.PendingNonceAt(ctx, from)
			if perr != nil {
				return nil, unavailable("nonce", perr)
			}
			nonce = max(p, nonce+1)
			continue
		case isRejected(err):
			return nil, rejected(from, err)
		default:
			// The node may or may not have taken it (a dropped connection
			// after the request was written). Forget our nonce so the next
			// send re-reads it, and report the hash.
			a.next = 0
			return nil, &PendingError{Hash: signed.Hash(), Err: err}
		}
	}
}

// estimateGas estimates against the pending block where the node can: its
// timestamp is now, while the latest block's can be old on the dev chain
// (blocks come only with transactions), which would make time-dependent
// checks such as the pools' launch window or a deadline answer for the past.
func (c *Client) estimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	type atBlock interface {
		EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
	}
	if b, ok := c.Backend.(atBlock); ok {
		return b.EstimateGasAtBlock(ctx, msg, big.NewInt(int64(rpc.PendingBlockNumber)))
	}
	return c.Backend.EstimateGas(ctx, msg)
}

// WaitMined polls for tx's receipt every PollInterval until it is mined
// (and Confirmations blocks deep) or ctx ends, re-broadcasting the signed
// bytes every RebroadcastAfter. A reverted receipt becomes a decoded
// *hokusai.Error (ECHAIN unless the revert maps to something more
// precise). Its signature fits DeployProtocol's wait argument.
func (c *Client) WaitMined(ctx context.Context, tx *types.Transaction, abis ...*abi.ABI) (*types.Receipt, error) {
	return c.waitAny(ctx, []*types.Transaction{tx}, abis)
}

// waitAny waits until one of txs (versions of one transaction with the same
// nonce) is mined and final.
func (c *Client) waitAny(ctx context.Context, txs []*types.Transaction, abis []*abi.ABI) (*types.Receipt, error) {
	tick := time.NewTicker(c.pollInterval())
	defer tick.Stop()
	every := c.RebroadcastAfter
	if every <= 0 {
		every = 5 * time.Second
	}
	last := time.Now()
	latest := txs[len(txs)-1]
	for {
		for _, tx := range txs {
			r, err := c.receiptOrNil(ctx, tx.Hash())
			if err != nil && ctx.Err() == nil {
				c.logger().Warn("receipt poll", "tx", tx.Hash(), "err", err)
			}
			if r == nil {
				continue
			}
			final, err := c.isFinal(ctx, r)
			if err != nil && ctx.Err() == nil {
				c.logger().Warn("finality check", "tx", tx.Hash(), "err", err)
			}
			if !final {
				continue
			}
			if r.Status != types.ReceiptStatusSuccessful {
				if err := c.journal(ctx, tx, TxFailed, r.BlockNumber.Uint64()); err != nil {
					return r, err
				}
				for _, other := range txs {
					if other.Hash() != tx.Hash() {
						if err := c.journal(ctx, other, TxDropped, 0); err != nil {
							return r, err
						}
					}
				}
				return r, c.revertReason(ctx, tx, r, abis)
			}
			if err := c.journal(ctx, tx, TxConfirmed, r.BlockNumber.Uint64()); err != nil {
				return r, err
			}
			for _, other := range txs {
				if other.Hash() != tx.Hash() {
					if err := c.journal(ctx, other, TxDropped, 0); err != nil {
						return r, err
					}
				}
			}
			return r, nil
		}
		if time.Since(last) >= every {
			last = time.Now()
			err := c.Backend.SendTransaction(ctx, latest)
			if err != nil && !isAlreadyKnown(err) && !isNonceTooLow(err) {
				c.logger().Warn("rebroadcast", "tx", latest.Hash(), "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return nil, &PendingError{Hash: latest.Hash(), Err: ctx.Err()}
		case <-tick.C:
		}
	}
}

// isFinal reports whether r is Confirmations blocks deep and still on the
// canonical chain. Even with no confirmations the head must have reached
// r's block: a node may serve the receipt a moment before it moves its
// head, and a caller reading "latest" state right after would not yet see
// the transaction's effects.
func (c *Client) isFinal(ctx context.Context, r *types.Receipt) (bool, error) {
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

// revertReason replays a failed transaction as a call to learn why it
// reverted: first on the state after its block (a reverted transaction
// changed nothing, and the block's timestamp is the one it saw), then on
// the state before it.
func (c *Client) revertReason(ctx context.Context, tx *types.Transaction, r *types.Receipt, abis []*abi.ABI) error {
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

func unavailable(what string, err error) error {
	if e := new(hokusai.Error); errors.As(err, &e) {
		return err
	}
	return &hokusai.Error{Code: hokusai.EUNAVAILABLE, Message: fmt.Sprintf("The chain did not answer (%s): %v. Try again.", what, err)}
}

func rejected(from common.Address, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "insufficient funds"):
		return hokusai.Errorf(hokusai.EINVALID, "Account %s has too little ETH to pay for gas. Fund it and try again.", from.Hex())
	case strings.Contains(msg, "exceeds block gas limit"), strings.Contains(msg, "intrinsic gas too low"):
		return hokusai.Errorf(hokusai.EINVALID, "The transaction's gas limit is not acceptable to the chain: %s.", msg)
	}
	return hokusai.Errorf(hokusai.ECHAIN, "The chain refused the transaction from %s: %s.", from.Hex(), msg)
}

func isNotYet(err error) bool {
	if errors.Is(err, ethereum.NotFound) {
		return true
	}
	m := err.Error()
	return strings.Contains(m, "not found") || strings.Contains(m, "indexing is in progress")
}

func isAlreadyKnown(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "already known") || strings.Contains(m, "known transaction")
}

func isNonceTooLow(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}

func isReplacementUnderpriced(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "replacement transaction underpriced")
}

// isRejected reports node answers that prove the transaction was not taken.
func isRejected(err error) bool {
	m := strings.ToLower(err.Error())
	for _, s := range []string{"insufficient funds", "gas limit", "intrinsic gas", "underpriced", "fee cap", "tip", "invalid sender", "nonce too high", "exceeds", "txpool is full", "oversized"} {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}
