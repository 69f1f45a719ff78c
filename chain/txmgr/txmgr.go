// Package txmgr is the one transaction manager: every transaction the
// platform sends (deploys, mints, settlements, and the CLI's own) is
// written down in a hokusai.TxStore before anything is signed, given its
// nonce under a per-sender lock that holds across replicas, written again
// as a signed attempt before it is broadcast, re-sent with a gas bump when
// it is stuck, and confirmed once it is the configured number of blocks
// deep. A restart resumes from the table. The design follows Chainlink's
// transaction manager (broadcaster, confirmer, attempts).
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
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

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// DefaultReplaceAfter is how long an attempt may stay unmined before the
// Manager signs a replacement with higher fees.
const DefaultReplaceAfter = time.Minute

// DefaultRebroadcastAfter is how often the latest attempt of an unmined
// transaction is broadcast again (a no-op for a node that has it; a node
// that restarted or dropped it takes it back).
const DefaultRebroadcastAfter = 5 * time.Second

// Manager sends transactions through a TxStore. One Manager serves a
// process; any number of them (replicas) may share one store and chain.
type Manager struct {
	client *chain.Client
	store  hokusai.TxStore

	// ReplaceAfter is how long an attempt may stay unmined before it is
	// replaced by one with fees 12.5% higher (the least geth accepts as a
	// replacement); DefaultReplaceAfter when 0, never when negative.
	ReplaceAfter time.Duration
	// RebroadcastAfter is how often an unmined attempt is broadcast
	// again; DefaultRebroadcastAfter when 0.
	RebroadcastAfter time.Duration
	// Logger receives bumps and broadcast failures; nil: slog.Default().
	Logger *slog.Logger

	mu   sync.Mutex
	keys map[common.Address]*ecdsa.PrivateKey
	sent map[string]time.Time // attempt hash → when this process last rebroadcast it
}

// New returns a Manager that sends on c and keeps its records in store.
// It waits for c.Confirmations blocks before calling a transaction
// confirmed. Make it c's sender (c.Txs = m) so c.Send goes through it.
func New(c *chain.Client, store hokusai.TxStore) *Manager {
	return &Manager{client: c, store: store, keys: map[common.Address]*ecdsa.PrivateKey{}}
}

var _ chain.Sender = (*Manager)(nil)

// Send enqueues tx from key's account and waits until it is confirmed:
// Enqueue then Wait. With tx.IdempotencyKey set, calling it again — after
// a crash, or from another replica — returns the first transaction's
// receipt instead of sending a second one.
func (m *Manager) Send(ctx context.Context, key *ecdsa.PrivateKey, tx chain.Tx) (*types.Receipt, error) {
	stored, err := m.Enqueue(ctx, key, tx)
	if err != nil {
		return nil, err
	}
	return m.Wait(ctx, stored.ID, tx.ABIs...)
}

// Enqueue writes tx down as unstarted from key's account and returns the
// stored record; it signs and sends nothing (Wait or Run does). A repeated
// idempotency key returns the transaction already stored. An empty key
// gets a random one (the caller does not retry). A zero gas limit is
// estimated first, and a revert in the estimate is returned decoded with
// tx.ABIs before anything is written.
func (m *Manager) Enqueue(ctx context.Context, key *ecdsa.PrivateKey, tx chain.Tx) (*hokusai.Tx, error) {
	from := m.AddKey(key)
	idem := tx.IdempotencyKey
	if idem == "" {
		var b [16]byte
		rand.Read(b[:])
		idem = "random:" + hex.EncodeToString(b[:])
	}
	if old, err := m.store.FindTxByKey(ctx, m.client.ChainID, from.Hex(), idem); err == nil {
		return old, nil
	} else if hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		return nil, err
	}
	value := tx.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := tx.Gas
	if gas == 0 {
		est, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: tx.To, Data: tx.Data, Value: value})
		if err != nil {
			if _, isRevert := ethclient.RevertErrorData(err); !isRevert && isRejected(err) {
				return nil, rejected(from, err) // e.g. no ETH for gas or value
			}
			return nil, chain.DecodeCallError(err, tx.Data, tx.ABIs...)
		}
		gas = chain.GasLimit(est)
	}
	rec := &hokusai.Tx{IdempotencyKey: idem, ChainID: m.client.ChainID, From: from.Hex(), Data: tx.Data, Value: value, GasLimit: gas}
	if tx.To != nil {
		rec.To = tx.To.Hex()
	}
	stored, _, err := m.store.CreateTx(ctx, rec)
	if err != nil {
		return nil, fmt.Errorf("enqueue: %w", err)
	}
	return stored, nil
}

// FindByKey returns key's account's transaction with the idempotency key,
// or nil when there is none. The Manager keeps key to finish it.
func (m *Manager) FindByKey(ctx context.Context, key *ecdsa.PrivateKey, idempotencyKey string) (*hokusai.Tx, error) {
	tx, err := m.store.FindTxByKey(ctx, m.client.ChainID, m.AddKey(key).Hex(), idempotencyKey)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil, nil
	}
	return tx, err
}

// AddKey lets the Manager sign for key's account (Run and Wait resume only
// the transactions of accounts it has a key for) and returns the address.
func (m *Manager) AddKey(key *ecdsa.PrivateKey) common.Address {
	from := crypto.PubkeyToAddress(key.PublicKey)
	m.mu.Lock()
	m.keys[from] = key
	m.mu.Unlock()
	return from
}

func (m *Manager) key(from string) *ecdsa.PrivateKey {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.keys[common.HexToAddress(from)]
}

// Wait drives the transaction with id until it is confirmed or failed —
// starting it, broadcasting, re-broadcasting, bumping its gas — and
// returns its receipt. A reverted transaction's error is decoded with
// abis. When ctx ends after a broadcast the error is a *chain.PendingError
// carrying the latest attempt's hash: the record stays, and Run (or the
// next Wait) finishes it.
func (m *Manager) Wait(ctx context.Context, id int64, abis ...*abi.ABI) (*types.Receipt, error) {
	delay := time.Millisecond
	for {
		tx, err := m.store.FindTxByID(ctx, id)
		if err != nil {
			return nil, m.pending(ctx, id, err)
		}
		progressed, err := m.step(ctx, tx)
		if err != nil {
			return nil, m.pending(ctx, id, err)
		}
		switch tx.State {
		case hokusai.TxConfirmed, hokusai.TxFatalError:
			return m.outcome(ctx, tx, abis)
		}
		if progressed {
			delay = time.Millisecond
			continue
		}
		// The dev chain seals a block per transaction within milliseconds:
		// poll fast first, then back off to the client's interval.
		select {
		case <-ctx.Done():
			return nil, m.pending(ctx, id, ctx.Err())
		case <-time.After(delay):
		}
		delay = min(2*delay, m.client.PollEvery())
	}
}

// Broadcast drives the transaction with id until a node has accepted it
// (or it is finished) and returns without waiting for the receipt: for
// callers that do something between sending and waiting.
func (m *Manager) Broadcast(ctx context.Context, id int64) error {
	for {
		tx, err := m.store.FindTxByID(ctx, id)
		if err != nil {
			return err
		}
		if tx.State != hokusai.TxUnstarted && tx.State != hokusai.TxInProgress {
			return nil
		}
		if _, err := m.step(ctx, tx); err != nil {
			return m.pending(ctx, id, err)
		}
	}
}

// Run resumes every unfinished transaction of the accounts the Manager
// has keys for, every interval, until ctx ends: what a crash or another
// replica left in flight is broadcast again, bumped and confirmed. Errors
// are logged and retried.
func (m *Manager) Run(ctx context.Context, interval time.Duration) {
	for {
		if err := m.Resume(ctx); err != nil && ctx.Err() == nil {
			m.logger().Warn("resume transactions", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

// Resume takes one step on every unfinished transaction of the accounts
// the Manager has keys for, oldest nonce first.
func (m *Manager) Resume(ctx context.Context) error {
	txs, err := m.store.UnfinishedTxs(ctx, m.client.ChainID)
	if err != nil {
		return err
	}
	var errs []error
	for _, tx := range txs {
		if m.key(tx.From) == nil {
			continue
		}
		if _, err := m.step(ctx, tx); err != nil {
			errs = append(errs, fmt.Errorf("tx %d: %w", tx.ID, err))
		}
	}
	return errors.Join(errs...)
}

// step moves tx one state forward where it can, updating *tx, and
// reports whether anything changed.
func (m *Manager) step(ctx context.Context, tx *hokusai.Tx) (bool, error) {
	switch tx.State {
	case hokusai.TxUnstarted:
		return true, m.start(ctx, tx)
	case hokusai.TxInProgress:
		return true, m.broadcastFirst(ctx, tx)
	case hokusai.TxUnconfirmed:
		return m.confirm(ctx, tx)
	}
	return false, nil
}

// start gives tx its nonce and writes its first signed attempt, under the
// store's per-sender lock. The floor is the node's pending nonce, read
// under that lock, so a key also used outside the store does not collide.
func (m *Manager) start(ctx context.Context, tx *hokusai.Tx) error {
	key := m.key(tx.From)
	if key == nil {
		return hokusai.Errorf(hokusai.EINTERNAL, "The transaction manager has no key for sender %s of transaction %d.", tx.From, tx.ID)
	}
	floor := func() (uint64, error) {
		n, err := m.client.Backend.PendingNonceAt(ctx, common.HexToAddress(tx.From))
		if err != nil {
			return 0, chain.Unavailable("nonce", err)
		}
		return n, nil
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return err
	}
	started, err := m.store.StartTx(ctx, tx.ID, floor, func(nonce uint64) (*hokusai.TxAttempt, error) {
		return m.sign(key, tx, nonce, tip, feeCap)
	})
	if err != nil {
		return fmt.Errorf("start tx %d: %w", tx.ID, err)
	}
	*tx = *started
	return nil
}

// broadcastFirst sends the written first attempt of a started transaction.
func (m *Manager) broadcastFirst(ctx context.Context, tx *hokusai.Tx) error {
	atts, err := m.store.TxAttempts(ctx, tx.ID)
	if err != nil {
		return err
	}
	if len(atts) == 0 {
		return hokusai.Errorf(hokusai.EINTERNAL, "Transaction %d is in progress but has no attempt.", tx.ID)
	}
	a := atts[len(atts)-1]
	signed, err := decode(a)
	if err != nil {
		return err
	}
	err = m.client.Backend.SendTransaction(ctx, signed)
	switch {
	case err == nil, isAlreadyKnown(err):
		return m.markBroadcast(ctx, tx, a)
	case isNonceTooLow(err), isReplacementUnderpriced(err):
		// Either this very attempt went out before a crash (then its
		// receipt is there), or the nonce was used outside the store.
		if r, rerr := m.client.Receipt(ctx, signed.Hash()); rerr == nil && r != nil {
			return m.markBroadcast(ctx, tx, a)
		}
		m.logger().Warn("nonce taken outside the transaction store; assigning another", "tx", tx.ID, "nonce", signed.Nonce())
		if err := m.store.RestartTx(ctx, tx.ID); err != nil {
			return err
		}
		tx.State, tx.Nonce = hokusai.TxUnstarted, nil
		return nil
	case isRejected(err):
		refusal := rejected(common.HexToAddress(tx.From), err)
		if ferr := m.store.FailTx(ctx, tx.ID, refusal.Message); ferr != nil {
			return ferr
		}
		return refusal
	default:
		// The node may or may not have it (a dropped connection): the
		// attempt stays written, and the next step sends it again.
		return chain.Unavailable("broadcast", err)
	}
}

func (m *Manager) markBroadcast(ctx context.Context, tx *hokusai.Tx, a *hokusai.TxAttempt) error {
	head, err := m.client.Backend.BlockNumber(ctx)
	if err != nil {
		return chain.Unavailable("head", err)
	}
	if err := m.store.MarkTxAttemptBroadcast(ctx, a.ID, head); err != nil {
		return err
	}
	if tx.State == hokusai.TxInProgress {
		tx.State = hokusai.TxUnconfirmed
	}
	return nil
}

// confirm looks for a receipt of any attempt of an unconfirmed
// transaction. One deep enough on the canonical chain settles it; with
// none, the latest attempt is broadcast again now and then, and replaced
// by a bumped one once it has waited ReplaceAfter.
func (m *Manager) confirm(ctx context.Context, tx *hokusai.Tx) (bool, error) {
	atts, err := m.store.TxAttempts(ctx, tx.ID)
	if err != nil {
		return false, err
	}
	for _, a := range atts {
		r, err := m.client.Receipt(ctx, common.HexToHash(a.Hash))
		if err != nil {
			return false, chain.Unavailable("receipt", err)
		}
		if r == nil {
			continue
		}
		final, err := m.client.IsFinal(ctx, r)
		if err != nil {
			return false, chain.Unavailable("head", err)
		}
		if !final {
			return false, nil // mined: wait for depth, never bump
		}
		rec := hokusai.TxReceipt{Hash: a.Hash, BlockNumber: r.BlockNumber.Uint64(), BlockHash: r.BlockHash.Hex(), Status: r.Status, GasUsed: r.GasUsed}
		if err := m.store.ConfirmTx(ctx, tx.ID, rec); err != nil {
			return false, err
		}
		updated, err := m.store.FindTxByID(ctx, tx.ID)
		if err != nil {
			return false, err
		}
		*tx = *updated
		return true, nil
	}
	latest := atts[len(atts)-1]
	if latest.State == hokusai.TxAttemptInProgress {
		// A bump written but not known to be sent (a crash, or another
		// replica sending it right now): send it.
		signed, err := decode(latest)
		if err != nil {
			return false, err
		}
		if err := m.client.Backend.SendTransaction(ctx, signed); err != nil && !isAlreadyKnown(err) && !isNonceTooLow(err) {
			return false, chain.Unavailable("broadcast", err)
		}
		return true, m.markBroadcast(ctx, tx, latest)
	}
	replaceAfter := m.ReplaceAfter
	if replaceAfter == 0 {
		replaceAfter = DefaultReplaceAfter
	}
	if replaceAfter > 0 && time.Since(latest.CreatedAt) >= replaceAfter {
		return true, m.bump(ctx, tx, latest)
	}
	every := m.RebroadcastAfter
	if every <= 0 {
		every = DefaultRebroadcastAfter
	}
	if time.Since(latest.CreatedAt) >= every && m.due(latest.Hash, every) {
		signed, err := decode(latest)
		if err != nil {
			return false, err
		}
		if err := m.client.Backend.SendTransaction(ctx, signed); err != nil && !isAlreadyKnown(err) && !isNonceTooLow(err) {
			m.logger().Warn("rebroadcast", "tx", tx.ID, "hash", latest.Hash, "err", err)
		}
	}
	return false, nil
}

// due reports whether hash was not rebroadcast by this process within
// every, and notes that it is now.
func (m *Manager) due(hash string, every time.Duration) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sent == nil {
		m.sent = map[string]time.Time{}
	}
	if t, ok := m.sent[hash]; ok && time.Since(t) < every {
		return false
	}
	for h, t := range m.sent {
		if time.Since(t) > time.Hour {
			delete(m.sent, h)
		}
	}
	m.sent[hash] = time.Now()
	return true
}

// bump writes and sends a replacement of prev with the same nonce and fees
// at least 12.5% higher (and no lower than the market's now).
func (m *Manager) bump(ctx context.Context, tx *hokusai.Tx, prev *hokusai.TxAttempt) error {
	key := m.key(tx.From)
	if key == nil || tx.Nonce == nil {
		return nil // another replica's sender: it bumps its own
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return err
	}
	tip = maxBig(tip, raise(prev.GasTipCap))
	feeCap = maxBig(feeCap, raise(prev.GasFeeCap))
	if feeCap.Cmp(tip) < 0 {
		feeCap = new(big.Int).Set(tip)
	}
	a, err := m.sign(key, tx, *tx.Nonce, tip, feeCap)
	if err != nil {
		return err
	}
	a.TxID = tx.ID
	if err := m.store.CreateTxAttempt(ctx, a); err != nil {
		if hokusai.ErrorCode(err) == hokusai.ECONFLICT {
			return nil // another replica wrote the same bump
		}
		return err
	}
	signed, err := decode(a)
	if err != nil {
		return err
	}
	if err := m.client.Backend.SendTransaction(ctx, signed); err != nil && !isAlreadyKnown(err) {
		// Typically the previous attempt was just mined; the next step
		// finds its receipt.
		m.logger().Warn("gas bump refused", "tx", tx.ID, "hash", a.Hash, "err", err)
		return nil
	}
	m.logger().Info("gas bumped", "tx", tx.ID, "replaces", prev.Hash, "hash", a.Hash, "nonce", *tx.Nonce, "fee_cap", feeCap)
	return m.markBroadcast(ctx, tx, a)
}

// raise returns v·9/8 + 1: a replacement geth accepts (it requires +10%
// by default, other nodes +12.5%).
func raise(v *big.Int) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(9))
	out.Div(out, big.NewInt(8))
	return out.Add(out, big.NewInt(1))
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// fees returns the tip the node suggests and a fee cap of tip plus twice
// the head's base fee.
func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = m.client.Backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, chain.Unavailable("gas tip", err)
	}
	head, err := m.client.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, chain.Unavailable("head", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	return tip, new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2))), nil
}

// sign returns tx signed with nonce and the fees as an attempt.
func (m *Manager) sign(key *ecdsa.PrivateKey, tx *hokusai.Tx, nonce uint64, tip, feeCap *big.Int) (*hokusai.TxAttempt, error) {
	chainID := new(big.Int).SetUint64(tx.ChainID)
	var to *common.Address
	if tx.To != "" {
		a := common.HexToAddress(tx.To)
		to = &a
	}
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: tx.GasLimit, To: to, Value: tx.Value, Data: tx.Data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return &hokusai.TxAttempt{TxID: tx.ID, Hash: signed.Hash().Hex(), GasTipCap: tip, GasFeeCap: feeCap, Raw: raw}, nil
}

func decode(a *hokusai.TxAttempt) (*types.Transaction, error) {
	signed := new(types.Transaction)
	if err := signed.UnmarshalBinary(a.Raw); err != nil {
		return nil, fmt.Errorf("attempt %s: %w", a.Hash, err)
	}
	return signed, nil
}

// outcome turns a finished transaction into Wait's answer: its receipt,
// and for a revert the decoded reason.
func (m *Manager) outcome(ctx context.Context, tx *hokusai.Tx, abis []*abi.ABI) (*types.Receipt, error) {
	if tx.Receipt == nil {
		msg := tx.Error
		if msg == "" {
			msg = fmt.Sprintf("Transaction %d failed.", tx.ID)
		}
		return nil, &hokusai.Error{Code: hokusai.ECHAIN, Message: msg}
	}
	r, err := m.client.Receipt(ctx, common.HexToHash(tx.Receipt.Hash))
	if err != nil || r == nil {
		return nil, chain.Unavailable("receipt", fmt.Errorf("receipt of %s: %v", tx.Receipt.Hash, err))
	}
	if tx.State == hokusai.TxConfirmed {
		return r, nil
	}
	atts, err := m.store.TxAttempts(ctx, tx.ID)
	if err != nil {
		return r, err
	}
	for _, a := range atts {
		if a.Hash == tx.Receipt.Hash {
			signed, err := decode(a)
			if err != nil {
				return r, err
			}
			return r, m.client.RevertReason(ctx, signed, r, abis)
		}
	}
	return r, hokusai.Errorf(hokusai.ECHAIN, "Transaction %s reverted.", tx.Receipt.Hash)
}

// pending wraps an error Wait ends on: after a broadcast it is a
// *chain.PendingError with the latest attempt's hash (the transaction may
// still be mined), before it the error itself.
func (m *Manager) pending(ctx context.Context, id int64, err error) error {
	if errors.As(err, new(*chain.PendingError)) {
		return err
	}
	atts, aerr := m.store.TxAttempts(context.WithoutCancel(ctx), id)
	if aerr != nil || len(atts) == 0 {
		return err
	}
	if tx, ferr := m.store.FindTxByID(context.WithoutCancel(ctx), id); ferr == nil && tx.State == hokusai.TxFatalError {
		return err
	}
	return &chain.PendingError{Hash: common.HexToHash(atts[len(atts)-1].Hash), Err: err}
}

func (m *Manager) logger() *slog.Logger {
	if m.Logger != nil {
		return m.Logger
	}
	return slog.Default()
}

func rejected(from common.Address, err error) *hokusai.Error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "insufficient funds"):
		return hokusai.Errorf(hokusai.EINVALID, "Account %s has too little ETH to pay for gas. Fund it and try again.", from.Hex())
	case strings.Contains(msg, "exceeds block gas limit"), strings.Contains(msg, "intrinsic gas too low"):
		return hokusai.Errorf(hokusai.EINVALID, "The transaction's gas limit is not acceptable to the chain: %s.", msg)
	}
	return hokusai.Errorf(hokusai.ECHAIN, "The chain refused the transaction from %s: %s.", from.Hex(), msg)
}

func isAlreadyKnown(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "already known") || strings.Contains(m, "known transaction")
}

func isReplacementUnderpriced(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "replacement transaction underpriced")
}

func isNonceTooLow(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "nonce too low")
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
