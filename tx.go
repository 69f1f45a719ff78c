package hokusai

import (
	"context"
	"math"
	"math/big"
	"strings"
	"time"
)

// TxState is where a transaction the platform sends stands. The states run
// unstarted → in_progress → unconfirmed → confirmed | fatal_error.
type TxState string

// Transaction states, in the order a transaction passes through them.
const (
	// TxUnstarted: written down, no nonce yet, nothing signed.
	TxUnstarted TxState = "unstarted"
	// TxInProgress: a nonce is assigned and the first attempt is written,
	// but its broadcast is not known to have been accepted (a crash here
	// is finished by re-broadcasting the written attempt).
	TxInProgress TxState = "in_progress"
	// TxUnconfirmed: the node accepted an attempt; not yet mined and
	// deep enough.
	TxUnconfirmed TxState = "unconfirmed"
	// TxConfirmed: an attempt is mined, successful, and the configured
	// number of blocks deep.
	TxConfirmed TxState = "confirmed"
	// TxFatalError: the transaction will never succeed (the node refused
	// it, or it was mined and reverted); Error says why.
	TxFatalError TxState = "fatal_error"
)

// Tx is one transaction the platform sends, written down before anything
// is signed so that a crash, a retry or a second replica never sends the
// same work twice. Addresses and hashes are 0x-hex strings.
type Tx struct {
	ID int64
	// IdempotencyKey is unique per sender and chain: enqueueing a key
	// again returns the first transaction instead of a second one.
	IdempotencyKey string
	ChainID        uint64
	From           string
	// To is "" for a contract creation.
	To       string
	Data     []byte
	Value    *big.Int // wei; never nil once stored
	GasLimit uint64
	State    TxState
	// Nonce is nil until the broadcaster assigns one.
	Nonce *uint64
	// Error says why a fatal_error transaction failed.
	Error string
	// Receipt is set once an attempt is confirmed (or mined and reverted).
	Receipt   *TxReceipt
	CreatedAt time.Time
	UpdatedAt time.Time
}

// TxReceipt is the outcome of the attempt that was mined.
type TxReceipt struct {
	Hash        string
	BlockNumber uint64
	BlockHash   string
	// Status is 1 for success and 0 for a revert, as on the chain.
	Status  uint64
	GasUsed uint64
}

// TxAttemptState says whether an attempt is known to have reached a node.
type TxAttemptState string

// Attempt states.
const (
	// TxAttemptInProgress: signed and written, broadcast not yet accepted.
	TxAttemptInProgress TxAttemptState = "in_progress"
	// TxAttemptBroadcast: a node accepted it.
	TxAttemptBroadcast TxAttemptState = "broadcast"
)

// TxAttempt is one signed version of a Tx: the first, and one more per gas
// bump, all with the Tx's nonce. Whichever is mined settles the Tx.
type TxAttempt struct {
	ID        int64
	TxID      int64
	Hash      string
	GasTipCap *big.Int
	GasFeeCap *big.Int
	// Raw is the signed transaction's binary encoding, broadcast again
	// as it is after a restart.
	Raw   []byte
	State TxAttemptState
	// BroadcastBlock is the chain head when a node accepted it; a bump is
	// due when the head has moved on long enough without a receipt.
	BroadcastBlock uint64
	CreatedAt      time.Time
}

// TxStore keeps the transactions the platform sends and their attempts,
// shared by every replica on one database.
type TxStore interface {
	// CreateTx stores tx in state unstarted and fills in its ID and times,
	// unless tx.From already has a transaction on tx.ChainID with the same
	// IdempotencyKey: then it returns that one and created is false.
	// EINVALID when the key, sender or chain id is missing.
	CreateTx(ctx context.Context, tx *Tx) (stored *Tx, created bool, err error)
	// FindTxByID returns the transaction with id; ENOTFOUND when none.
	FindTxByID(ctx context.Context, id int64) (*Tx, error)
	// FindTxByKey returns the sender's transaction with the idempotency
	// key on the chain; ENOTFOUND when none.
	FindTxByKey(ctx context.Context, chainID uint64, from, key string) (*Tx, error)
	// StartTx assigns an unstarted transaction its sender's next nonce —
	// one more than the highest of the sender's transactions in flight on
	// the chain, or what floor returns (the node's pending nonce) if that
	// is higher — and stores the attempt sign returns for that nonce,
	// moving the transaction to in_progress. The read of the store's next
	// nonce, then floor, and both writes happen under a per-sender lock
	// that holds across every process sharing the database, so no nonce is
	// given twice (floor is read after the store, so a transaction that
	// finishes meanwhile is already counted by the node). A transaction
	// already started is returned as it is, without calling floor or
	// sign. ENOTFOUND when there is no such transaction; an error from
	// floor or sign is returned and nothing is written.
	StartTx(ctx context.Context, id int64, floor func() (uint64, error), sign func(nonce uint64) (*TxAttempt, error)) (*Tx, error)
	// CreateTxAttempt stores another attempt (a gas bump) for a started
	// transaction and fills in its ID.
	CreateTxAttempt(ctx context.Context, a *TxAttempt) error
	// MarkTxAttemptBroadcast records that a node accepted the attempt at
	// head block, and moves its transaction from in_progress to
	// unconfirmed.
	MarkTxAttemptBroadcast(ctx context.Context, attemptID int64, block uint64) error
	// TxAttempts lists a transaction's attempts, oldest first.
	TxAttempts(ctx context.Context, txID int64) ([]*TxAttempt, error)
	// ConfirmTx records the receipt of the attempt that was mined deep
	// enough: confirmed when r.Status is 1, fatal_error ("reverted")
	// otherwise. Finished transactions are left as they are.
	ConfirmTx(ctx context.Context, id int64, r TxReceipt) error
	// FailTx moves a transaction that is not finished to fatal_error with
	// msg. A transaction that no node accepted gives its nonce back when
	// no later nonce was given out.
	FailTx(ctx context.Context, id int64, msg string) error
	// RestartTx returns a started transaction that no node accepted (its
	// nonce was taken outside the store) to unstarted: its nonce is
	// cleared and its attempts deleted, so StartTx gives it a fresh one.
	// A transaction that has a broadcast attempt is left as it is.
	RestartTx(ctx context.Context, id int64) error
	// UnfinishedTxs lists the transactions on the chain that are not
	// confirmed or failed, by sender, then nonce (unstarted last), then
	// id: what a restart resumes.
	UnfinishedTxs(ctx context.Context, chainID uint64) ([]*Tx, error)
}

// Validate reports the first field a store refuses in a new Tx.
func (tx *Tx) Validate() error {
	switch {
	case strings.TrimSpace(tx.IdempotencyKey) == "":
		return FieldErrorf("idempotency_key", "A transaction needs an idempotency key, so that sending it again cannot send it twice.")
	case tx.From == "":
		return FieldErrorf("from", "A transaction needs its sender's address.")
	case tx.ChainID == 0:
		return FieldErrorf("chain_id", "A transaction needs the id of the chain it is for.")
	case tx.ChainID > math.MaxInt64 || tx.GasLimit > math.MaxInt64:
		return FieldErrorf("chain_id", "A transaction's chain id and gas limit must be below 2^63.")
	case tx.Value != nil && tx.Value.Sign() < 0:
		return FieldErrorf("value", "A transaction's value cannot be negative; got %s wei.", tx.Value)
	}
	return nil
}
