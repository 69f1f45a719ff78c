package chain_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// TestJournalResume models a crash after a transaction was written down
// but before it was broadcast, and one whose nonce another transaction
// took: a new process's Resume sends the first and drops the second.
func TestJournalResume(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n := startDev(t, t.TempDir())
	defer n.Close()
	j := &chain.FileJournal{Path: filepath.Join(t.TempDir(), "tx-journal.json")}
	c := dialDev(t, n)
	c.Journal = j

	// A send through the journal ends confirmed.
	to := common.Address{0x42}
	r, err := c.Send(ctx, devchain.DevKey(7), chain.Tx{To: &to, Value: big.NewInt(5)})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := j.PendingTxs(ctx); len(p) != 0 {
		t.Fatalf("after a mined send the journal still has pending %+v", p)
	}

	// Written down, never broadcast: the "crash".
	from := devchain.DevAddress(7)
	nonce, _ := c.Backend.PendingNonceAt(ctx, from)
	head, _ := c.Backend.HeaderByNumber(ctx, nil)
	signer := types.LatestSignerForChainID(big.NewInt(devchain.ChainID))
	mk := func(nonce uint64, value int64) *types.Transaction {
		return types.MustSignNewTx(devchain.DevKey(7), signer, &types.DynamicFeeTx{
			ChainID: big.NewInt(devchain.ChainID), Nonce: nonce, Gas: 21000, To: &to, Value: big.NewInt(value),
			GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		})
	}
	lost := mk(nonce, 11)
	stale := mk(nonce-1, 99) // its nonce was used by the first send
	for _, tx := range []*types.Transaction{lost, stale} {
		raw, _ := tx.MarshalBinary()
		if err := j.SaveTx(ctx, chain.TxRecord{Hash: tx.Hash(), From: from, Nonce: tx.Nonce(), Raw: raw, State: chain.TxPending, Updated: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := c.Backend.BalanceAt(ctx, to, nil)

	c2 := dialDev(t, n) // the restarted process
	c2.Journal = &chain.FileJournal{Path: j.Path}
	rs, err := c2.Resume(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].TxHash != lost.Hash() || rs[0].Status != types.ReceiptStatusSuccessful {
		t.Fatalf("Resume mined %v, want only %s", rs, lost.Hash())
	}
	after, _ := c.Backend.BalanceAt(ctx, to, nil)
	if got := new(big.Int).Sub(after, before); got.Int64() != 11 {
		t.Fatalf("the recipient got %v wei from Resume, want 11 (the stale record must not be sent)", got)
	}
	if p, _ := j.PendingTxs(ctx); len(p) != 0 {
		t.Fatalf("after Resume the journal still has pending %+v", p)
	}
	// Resuming again does nothing.
	if rs, err := c2.Resume(ctx); err != nil || len(rs) != 0 {
		t.Fatalf("a second Resume = %v, %v", rs, err)
	}
	_ = r
}

// TestGasBumpAndConfirmations holds blocks back on the simulated chain: Send
// re-signs the stuck transaction with higher fees, the bumped version is
// the one mined, and the receipt comes back only Confirmations deep.
func TestGasBumpAndConfirmations(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sim := chain.NewSimulated(devAlloc())
	defer sim.Close()
	c, err := chain.NewClient(ctx, sim.Backend.Client()) // no auto-commit: blocks only when the test says
	if err != nil {
		t.Fatal(err)
	}
	c.PollInterval = 10 * time.Millisecond
	c.BumpAfter = 50 * time.Millisecond
	c.Confirmations = 2
	j := &chain.FileJournal{Path: filepath.Join(t.TempDir(), "j.json")}
	c.Journal = j

	to := common.Address{0x43}
	type result struct {
		r   *types.Receipt
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := c.Send(ctx, devchain.DevKey(8), chain.Tx{To: &to, Value: big.NewInt(1)})
		done <- result{r, err}
	}()
	// Wait until the journal shows at least two versions of the nonce.
	for {
		p, _ := j.PendingTxs(ctx)
		if len(p) >= 2 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("no gas bump happened")
		case <-time.After(10 * time.Millisecond):
		}
	}
	pending, _ := j.PendingTxs(ctx)
	// The journal records a bump before broadcasting it: wait until the
	// node's pool holds the newest version, so the block takes that one.
	for {
		_, isPending, err := sim.Backend.Client().TransactionByHash(ctx, pending[len(pending)-1].Hash)
		if err == nil && isPending {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the bumped version never reached the pool")
		case <-time.After(10 * time.Millisecond):
		}
	}
	sim.Backend.Commit()
	sim.Backend.Commit()
	sim.Backend.Commit()
	res := <-done
	if res.err != nil {
		t.Fatal(res.err)
	}
	first := pending[0]
	if res.r.TxHash == first.Hash && len(pending) > 1 {
		// The mined version must be a replacement, not the first signature.
		t.Fatalf("the first version %s was mined despite %d bumps", first.Hash, len(pending)-1)
	}
	tx, _, err := sim.Backend.Client().TransactionByHash(ctx, res.r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	var orig types.Transaction
	orig.UnmarshalBinary(first.Raw)
	if tx.GasTipCap().Cmp(orig.GasTipCap()) <= 0 || tx.Nonce() != orig.Nonce() {
		t.Fatalf("mined tip %v nonce %d; first version tip %v nonce %d", tx.GasTipCap(), tx.Nonce(), orig.GasTipCap(), orig.Nonce())
	}
	head, _ := sim.Backend.Client().BlockNumber(ctx)
	if head < res.r.BlockNumber.Uint64()+2 {
		t.Fatalf("receipt at block %d returned at head %d, before 2 confirmations", res.r.BlockNumber, head)
	}
	if p, _ := j.PendingTxs(ctx); len(p) != 0 {
		t.Fatalf("after the mined bump the journal still has pending %+v", p)
	}
}
