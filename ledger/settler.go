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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
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
// and sends them. Every transaction is journaled (batch row, then each
// attempt) like Chainlink's transaction manager, and the router refuses a
// batch id twice, so every usage record settles exactly once across
// crashes and restarts.
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
	// Confirmations a settlement must have before its usage counts as
	// settled (0 on the dev chain).
	Confirmations uint64
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
	rows, err := st.Ledger.db.QueryContext(ctx, `SELECT id, batch_id FROM ledger_batches WHERE status = 'settled' AND (block IS NULL OR block > ?) ORDER BY id`, since)
	if err != nil {
		return 0, fmt.Errorf("recover: %w", err)
	}
	type rec struct {
		id      int64
		batchID common.Hash
	}
	var recent []rec
	for rows.Next() {
		var r rec
		var h string
		if err := rows.Scan(&r.id, &h); err != nil {
			rows.Close()
			return 0, fmt.Errorf("recover: %w", err)
		}
		r.batchID = common.HexToHash(h)
		recent = append(recent, r)
	}
	rows.Close()
	n := 0
	for _, r := range recent {
		done, err := IsBatchSettled(ctx, st.Client, st.Router, r.batchID)
		if err != nil {
			return n, err
		}
		if done {
			continue
		}
		st.log().Warn("settlement lost from the chain; sending it again", "batch", r.batchID.Hex())
		if err := st.Ledger.Unsettle(ctx, r.id); err != nil {
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
	for {
		if _, err := st.SettleOnce(ctx); err != nil && ctx.Err() == nil {
			st.log().Warn("settler", "err", err)
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
	// An earlier attempt whose nonce is still open is stuck (or still on
	// its way): replace it at the same nonce with higher fees, like
	// Chainlink's transaction manager, instead of queueing a second
	// transaction behind it.
	var signed *types.Transaction
	at, ok, err := st.Ledger.lastAttempt(ctx, b.ID)
	if err != nil {
		return false, err
	}
	if ok {
		confirmed, err := st.Client.Backend.NonceAt(ctx, from, nil)
		if err != nil {
			return false, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading the settler's nonce failed: %v.", err)
		}
		if confirmed <= at.nonce {
			if signed, err = st.replace(ctx, at, data, 2*gas); err != nil {
				return false, fmt.Errorf("settle %s: %w", b.BatchID.Hex(), err)
			}
		}
	}
	if signed == nil {
		signed, err = st.Client.SignAndBroadcast(ctx, st.Key, chain.Tx{To: &st.Router, Data: data, Gas: 2 * gas, ABIs: settleABIs})
	}
	if err != nil {
		// A *chain.PendingError may have reached the node; the next round
		// asks the router before sending again.
		return false, fmt.Errorf("settle %s: %w", b.BatchID.Hex(), err)
	}
	if err := st.Ledger.recordAttempt(ctx, b.ID, signed.Hash(), signed.Nonce()); err != nil {
		return false, err
	}
	log.Info("settlement sent", "tx", signed.Hash().Hex(), "nonce", signed.Nonce())
	st.pause("broadcast", b)
	timeout := st.ReceiptTimeout
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	waitCtx, cancel := context.WithTimeout(ctx, timeout)
	rc, err := st.Client.WaitMined(waitCtx, signed, settleABIs...)
	cancel()
	if err != nil {
		// A revert may be the router refusing a batch another attempt
		// settled; the view says which.
		if done, verr := IsBatchSettled(ctx, st.Client, st.Router, b.BatchID); verr == nil && done {
			return st.markFromChain(ctx, b, "settled by an earlier attempt")
		}
		return false, fmt.Errorf("settle %s: %w", b.BatchID.Hex(), err)
	}
	if err := st.waitConfirmations(ctx, rc); err != nil {
		return false, err
	}
	if err := st.Ledger.MarkSettled(ctx, b.ID, Settlement{TxHash: rc.TxHash, Block: rc.BlockNumber.Uint64(), GasUsed: rc.GasUsed}); err != nil {
		return false, err
	}
	log.Info("settlement confirmed", "tx", rc.TxHash.Hex(), "block", rc.BlockNumber, "gas", rc.GasUsed, "calls", b.Calls, "total", b.Total)
	return true, nil
}

// markFromChain marks a batch the router already settled, with the
// settling transaction when its event is found.
func (st *Settler) markFromChain(ctx context.Context, b *Batch, why string) (bool, error) {
	s, err := st.findSettlement(ctx, b.BatchID)
	if err != nil {
		return false, err
	}
	if s.Block != 0 {
		if err := st.waitConfirmations(ctx, &types.Receipt{BlockNumber: new(big.Int).SetUint64(s.Block)}); err != nil {
			return false, err
		}
	}
	if err := st.Ledger.MarkSettled(ctx, b.ID, s); err != nil {
		return false, err
	}
	st.log().Info("settlement confirmed", "batch", b.BatchID.Hex(), "tx", s.TxHash.Hex(), "note", why)
	return true, nil
}

// waitConfirmations waits until rc's block is Confirmations deep.
func (st *Settler) waitConfirmations(ctx context.Context, rc *types.Receipt) error {
	if st.Confirmations == 0 {
		return nil
	}
	want := rc.BlockNumber.Uint64() + st.Confirmations
	for {
		head, err := st.Client.Backend.BlockNumber(ctx)
		if err == nil && head >= want {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
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

// replace signs data again at the stuck attempt's nonce with fees at least
// 12.5% above the attempt's (nodes want 10% to replace) and at least what
// the chain asks now, and broadcasts it.
func (st *Settler) replace(ctx context.Context, at attempt, data []byte, gas uint64) (*types.Transaction, error) {
	tip, err := st.Client.Backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading the gas tip failed: %v.", err)
	}
	head, err := st.Client.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading the head block failed: %v.", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	bump := func(v *big.Int) *big.Int {
		b := new(big.Int).Mul(v, big.NewInt(9))
		return b.Add(b.Div(b, big.NewInt(8)), common.Big1)
	}
	if prev, _, err := st.Client.Backend.TransactionByHash(ctx, at.hash); err == nil && prev != nil {
		if t := bump(prev.GasTipCap()); t.Cmp(tip) > 0 {
			tip = t
		}
		if f := bump(prev.GasFeeCap()); f.Cmp(feeCap) > 0 {
			feeCap = f
		}
		gas = max(gas, prev.Gas())
	}
	if feeCap.Cmp(tip) < 0 {
		feeCap = new(big.Int).Set(tip)
	}
	id := new(big.Int).SetUint64(st.Client.ChainID)
	signed, err := types.SignNewTx(st.Key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: at.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &st.Router, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign replacement: %w", err)
	}
	if err := st.Client.Backend.SendTransaction(ctx, signed); err != nil {
		return nil, fmt.Errorf("replace %s at nonce %d: %w", at.hash.Hex(), at.nonce, err)
	}
	st.log().Info("settlement replaced", "old", at.hash.Hex(), "new", signed.Hash().Hex(), "nonce", at.nonce, "tip", tip, "fee_cap", feeCap)
	return signed, nil
}
