package ledger

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/txmgr"
)

// DefaultMaxEntries bounds a batch's (consumer, model) entries: 100 entries
// settle in well under a block's gas.
const DefaultMaxEntries = 100

var (
	routerB    = bindings.NewUsageFeeRouter()
	routerABI  = mustABI(&bindings.UsageFeeRouterMetaData)
	vaultABI   = mustABI(&bindings.CreditVaultMetaData)
	settleABIs = []*abi.ABI{routerABI, vaultABI}
	// batchSettledTopic is the BatchSettled event's id.
	batchSettledTopic = routerABI.Events["BatchSettled"].ID
)

func mustABI(m interface{ ParseABI() (*abi.ABI, error) }) *abi.ABI {
	a, err := m.ParseABI()
	if err != nil {
		panic(err)
	}
	return a
}

// Settler moves metered usage onto the chain. Each round it first resumes
// the batches journaled but not yet marked settled (one the router already
// settled is marked without sending anything), then journals new batches
// and sends them through the transaction manager under the batch id, and
// the router refuses a batch id twice, so every usage record settles
// exactly once across crashes and restarts.
type Settler struct {
	Ledger *Service
	Client *chain.Client
	Key    *ecdsa.PrivateKey // an allowed settler on the router
	Router common.Address
	// FromBlock is where to look for BatchSettled events (the router's
	// deployment block).
	FromBlock uint64
	// Interval between rounds; default 2 s. The ledger's Kick starts one early.
	Interval time.Duration
	// MaxEntries bounds a batch; default DefaultMaxEntries.
	MaxEntries int
	// Txs sends the settlements, each under its batch id; it waits for
	// Client.Confirmations blocks before a settlement counts.
	Txs *txmgr.Manager
	// ReceiptTimeout bounds the wait for one settlement's receipt (default
	// 2 min); the batch then stays pending and the next round sends it
	// again if the router has not settled it (a second transaction for a
	// settled id reverts harmlessly).
	ReceiptTimeout time.Duration
	Logger         *slog.Logger
	// Pause, when set, runs at the points "journaled" (the batch is on
	// record, nothing sent) and "broadcast" (the transaction is sent and
	// its attempt recorded, the receipt not yet seen); crash drills use it.
	Pause func(point string, b *Batch)
}

func (st *Settler) log() *slog.Logger {
	if st.Logger != nil {
		return st.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func (st *Settler) pause(point string, b *Batch) {
	if st.Pause != nil {
		st.Pause(point, b)
	}
}

// RewindDepth is how many of the newest blocks Recover checks: a
// settlement deeper than that is past any reorganisation we undo.
const RewindDepth = 64

// Recover checks the batches marked settled in the newest RewindDepth
// blocks (and any above the head) against the router: one the router does
// not know — its block was lost to a reorganisation or a dev chain that
// restarted behind — goes back to pending, to be sent again under its id.
// Run calls it once before its first round.
func (st *Settler) Recover(ctx context.Context) (int, error) {
	head, err := st.Client.Backend.BlockNumber(ctx)
	if err != nil {
		return 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain did not answer with its head block: %v.", err)
	}
	since := int64(head) - RewindDepth
	recent, err := st.Ledger.recentSettled(ctx, since)
	if err != nil {
		return 0, fmt.Errorf("recover: %w", err)
	}
	n := 0
	for _, r := range recent {
		done, err := IsBatchSettled(ctx, st.Client, st.Router, r.BatchID)
		if err != nil {
			return n, err
		}
		if done {
			continue
		}
		st.log().Warn("settlement lost from the chain; sending it again", "batch", r.BatchID.Hex())
		if err := st.Ledger.Unsettle(ctx, r.ID); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Run settles every Interval (or when kicked) until ctx ends.
func (st *Settler) Run(ctx context.Context) error {
	if _, err := st.Recover(ctx); err != nil && ctx.Err() == nil {
		st.log().Warn("settler recover", "err", err)
	}
	every := st.Interval
	if every <= 0 {
		every = 2 * time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for first := true; ; first = false {
		n, err := st.SettleOnce(ctx)
		if err != nil && ctx.Err() == nil {
			st.log().Warn("settler", "err", err)
		}
		if first && ctx.Err() == nil {
			// Said once, so an operator (and a test) knows when usage
			// charged from now on waits for the next round.
			st.log().Info("settler: start-up round done", "settled", n, "next_in", every)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-st.Ledger.Kick():
		}
	}
}

// SettleOnce resumes pending batches, then journals and settles new ones
// until no usage is left unbatched. It returns how many batches it marked
// settled.
func (st *Settler) SettleOnce(ctx context.Context) (int, error) {
	n := 0
	pending, err := st.Ledger.Batches(ctx, StatusPending)
	if err != nil {
		return n, err
	}
	for _, b := range pending {
		ok, err := st.settle(ctx, b)
		if err != nil {
			return n, err
		}
		if ok {
			n++
		}
	}
	for ctx.Err() == nil {
		b, err := st.Ledger.Journal(ctx, st.Client.ChainID, st.Router, st.MaxEntries)
		if err != nil {
			return n, err
		}
		if b == nil {
			return n, nil
		}
		st.log().Info("settlement journaled", "batch", b.BatchID.Hex(), "entries", len(b.Entries), "calls", b.Calls, "total", b.Total)
		st.pause("journaled", b)
		ok, err := st.settle(ctx, b)
		if err != nil {
			return n, err
		}
		if ok {
			n++
		}
	}
	return n, ctx.Err()
}

// IsBatchSettled asks the router whether batchID is settled.
func IsBatchSettled(ctx context.Context, c *chain.Client, router common.Address, batchID common.Hash) (bool, error) {
	out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &router, Data: routerB.PackBatchSettled(batchID)}, nil)
	if err != nil {
		return false, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading batchSettled(%s) from the router failed: %v.", batchID.Hex(), err)
	}
	return routerB.UnpackBatchSettled(out)
}

// findSettlement looks up the BatchSettled event of batchID.
func (st *Settler) findSettlement(ctx context.Context, batchID common.Hash) (Settlement, error) {
	logs, err := st.Client.Backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(st.FromBlock),
		Addresses: []common.Address{st.Router},
		Topics:    [][]common.Hash{{batchSettledTopic}, {batchID}},
	})
	if err != nil {
		return Settlement{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "Looking up the settlement of batch %s failed: %v.", batchID.Hex(), err)
	}
	for _, l := range logs {
		if l.Removed {
			continue
		}
		rc, err := st.Client.Backend.TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return Settlement{TxHash: l.TxHash, Block: l.BlockNumber}, nil
		}
		return Settlement{TxHash: l.TxHash, Block: l.BlockNumber, GasUsed: rc.GasUsed}, nil
	}
	return Settlement{}, nil
}

// settle brings one journaled batch to settled (true) or leaves it pending
// for a later round (false with a nil error when the chain cannot be
// reached).
func (st *Settler) settle(ctx context.Context, b *Batch) (bool, error) {
	log := st.log().With("batch", b.BatchID.Hex())
	done, err := IsBatchSettled(ctx, st.Client, st.Router, b.BatchID)
	if err != nil {
		return false, err
	}
	if done {
		return st.markFromChain(ctx, b, "found settled on-chain; not resent")
	}
	if len(b.Entries) == 0 {
		return false, st.Ledger.Abandon(ctx, b.ID, "no usage left in the batch", nil)
	}
	words, err := chain.PackUsageEntries(b.Entries)
	if err != nil {
		return false, err
	}
	data := routerB.PackSettle(b.BatchID, words)
	tx, key, err := st.settleTx(ctx, b)
	if err != nil {
		return false, err
	}
	if tx == nil {
		from := crypto.PubkeyToAddress(st.Key.PublicKey)
		gas, err := st.Client.Backend.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &st.Router, Data: data})
		if err != nil {
			derr := chain.DecodeError(err, settleABIs...)
			var re *chain.RevertError
			if errors.As(derr, &re) {
				switch re.Name {
				case "BatchAlreadySettled":
					return st.markFromChain(ctx, b, "the router says it is already settled")
				case "InsufficientCredit":
					return false, st.abandonUnpayable(ctx, b, derr)
				}
			}
			return false, fmt.Errorf("settle %s: %w", b.BatchID.Hex(), derr)
		}
		tx, err = st.Txs.Enqueue(ctx, st.Key, chain.Tx{To: &st.Router, Data: data, Gas: 2 * gas, IdempotencyKey: key, ABIs: settleABIs})
		if err != nil {
			return false, fmt.Errorf("settle %s: %w", b.BatchID.Hex(), err)
		}
	}
	if err := st.Txs.Broadcast(ctx, tx.ID); err != nil {
		// A *chain.PendingError may have reached the node; the next round
		// finds the transaction by its key and waits for it.
		return false, fmt.Errorf("settle %s: %w", b.BatchID.Hex(), err)
	}
	log.Info("settlement sent", "tx", tx.ID, "key", tx.IdempotencyKey)
	st.pause("broadcast", b)
	timeout := st.ReceiptTimeout
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	waitCtx, cancel := context.WithTimeout(ctx, timeout)
	rc, err := st.Txs.Wait(waitCtx, tx.ID, settleABIs...)
	cancel()
	if err != nil {
		// A revert may be the router refusing a batch another transaction
		// settled; the view says which.
		if done, verr := IsBatchSettled(ctx, st.Client, st.Router, b.BatchID); verr == nil && done {
			return st.markFromChain(ctx, b, "settled by another transaction")
		}
		return false, fmt.Errorf("settle %s: %w", b.BatchID.Hex(), err)
	}
	if err := st.Ledger.MarkSettled(ctx, b.ID, Settlement{TxHash: rc.TxHash, Block: rc.BlockNumber.Uint64(), GasUsed: rc.GasUsed}); err != nil {
		return false, err
	}
	log.Info("settlement confirmed", "tx", rc.TxHash.Hex(), "block", rc.BlockNumber, "gas", rc.GasUsed, "calls", b.Calls, "total", b.Total)
	return true, nil
}

// settleTx returns the batch's transaction still in flight, or nil and
// the idempotency key for the new one to send. The keys
// are "settle <batch id>", then "… #2", "… #3": a batch that comes back
// after its confirmed transaction was lost to a reorganisation, or whose
// transaction failed, walks on to the first key not yet finished — the
// same key on every replica.
func (st *Settler) settleTx(ctx context.Context, b *Batch) (*hokusai.Tx, string, error) {
	for n := 1; ; n++ {
		key := "settle " + b.BatchID.Hex()
		if n > 1 {
			key += fmt.Sprintf(" #%d", n)
		}
		tx, err := st.Txs.FindByKey(ctx, st.Key, key)
		if err != nil {
			return nil, "", err
		}
		if tx == nil {
			return nil, key, nil
		}
		if tx.State != hokusai.TxConfirmed && tx.State != hokusai.TxFatalError {
			return tx, key, nil
		}
	}
}

// markFromChain marks a batch the router already settled, with the
// settling transaction when its event is found.
func (st *Settler) markFromChain(ctx context.Context, b *Batch, why string) (bool, error) {
	s, err := st.findSettlement(ctx, b.BatchID)
	if err != nil {
		return false, err
	}
	if s.Block != 0 && st.Client.Confirmations > 0 {
		head, err := st.Client.Backend.BlockNumber(ctx)
		if err != nil {
			return false, hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain did not answer with its head block: %v.", err)
		}
		if head < s.Block+st.Client.Confirmations {
			return false, nil // not deep enough yet: a later round marks it
		}
	}
	if err := st.Ledger.MarkSettled(ctx, b.ID, s); err != nil {
		return false, err
	}
	st.log().Info("settlement confirmed", "batch", b.BatchID.Hex(), "tx", s.TxHash.Hex(), "note", why)
	return true, nil
}

// abandonUnpayable handles a batch the vault refuses because a consumer's
// credit no longer covers their usage (they withdrew before it settled):
// that consumer's usage in the batch is written off and the rest goes back
// to be batched again under a new id.
func (st *Settler) abandonUnpayable(ctx context.Context, b *Batch, cause error) error {
	per := map[common.Address]uint64{}
	for _, e := range b.Entries {
		per[e.Consumer] += e.Amount
	}
	var drop []common.Address
	for c, amt := range per {
		bal, err := VaultBalance(ctx, st.Client, st.Router, c)
		if err != nil {
			return err
		}
		if bal.Cmp(new(big.Int).SetUint64(amt)) < 0 {
			drop = append(drop, c)
		}
	}
	st.log().Warn("settlement refused: usage written off", "batch", b.BatchID.Hex(), "consumers", len(drop), "err", cause)
	return st.Ledger.Abandon(ctx, b.ID, cause.Error(), drop)
}

// VaultBalance reads consumer's credit in the vault behind router.
func VaultBalance(ctx context.Context, c *chain.Client, router, consumer common.Address) (*big.Int, error) {
	out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &router, Data: routerB.PackVault()}, nil)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading the router's vault failed: %v.", err)
	}
	vault, err := routerB.UnpackVault(out)
	if err != nil {
		return nil, fmt.Errorf("router vault: %w", err)
	}
	return c.CreditBalance(ctx, vault, consumer)
}
