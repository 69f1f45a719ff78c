package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// Sender addresses the transaction suite sends from.
const (
	txSenderA = "0x00000000000000000000000000000000000000aA"
	txSenderB = "0x00000000000000000000000000000000000000bB"
)

// newTx returns an unsaved transaction from from with the idempotency key.
func newTx(from, key string) *hokusai.Tx {
	return &hokusai.Tx{IdempotencyKey: key, ChainID: 1337, From: from, To: "0x000000000000000000000000000000000000c0Fe",
		Data: []byte{0xa9, 0x05, 0x9c, 0xbb}, Value: big.NewInt(7), GasLimit: 21_000}
}

// attemptFor returns an attempt whose hash names the transaction and nonce.
func attemptFor(tag string, nonce uint64) *hokusai.TxAttempt {
	return &hokusai.TxAttempt{Hash: fmt.Sprintf("0x%s-%d", tag, nonce), GasTipCap: big.NewInt(1_000_000_000),
		GasFeeCap: big.NewInt(3_000_000_000), Raw: []byte(fmt.Sprintf("signed %s %d", tag, nonce))}
}

// start creates a transaction and starts it with floor, returning it.
func start(t *testing.T, s hokusai.TxStore, from, key string, floor uint64) *hokusai.Tx {
	t.Helper()
	ctx := context.Background()
	tx, _, err := s.CreateTx(ctx, newTx(from, key))
	if err != nil {
		t.Fatal(err)
	}
	tx, err = s.StartTx(ctx, tx.ID, fixed(floor), func(n uint64) (*hokusai.TxAttempt, error) { return attemptFor(key, n), nil })
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// fixed is a floor that is always n.
func fixed(n uint64) func() (uint64, error) { return func() (uint64, error) { return n, nil } }

func nonceOf(tx *hokusai.Tx) string {
	if tx.Nonce == nil {
		return "none"
	}
	return fmt.Sprint(*tx.Nonce)
}

// TestTxStore runs the transaction store suite. open returns two handles
// (separate connection pools, as two replicas have) on one fresh, empty
// database.
func TestTxStore(t *testing.T, open func(t *testing.T) (hokusai.TxStore, hokusai.TxStore)) {
	ctx := context.Background()

	t.Run("CreateIsIdempotentPerSender", func(t *testing.T) {
		s, _ := open(t)
		first, created, err := s.CreateTx(ctx, newTx(txSenderA, "settle-1"))
		if err != nil || !created {
			t.Fatalf("first create: created=%v err=%v", created, err)
		}
		if first.State != hokusai.TxUnstarted || first.Nonce != nil || first.Value.Cmp(big.NewInt(7)) != 0 || first.GasLimit != 21_000 ||
			!slices.Equal(first.Data, []byte{0xa9, 0x05, 0x9c, 0xbb}) || first.To != newTx("", "").To {
			t.Fatalf("stored %+v", first)
		}
		other := newTx(txSenderA, "settle-1")
		other.Data = []byte{1}
		again, created, err := s.CreateTx(ctx, other)
		if err != nil || created {
			t.Fatalf("repeat create: created=%v err=%v", created, err)
		}
		if again.ID != first.ID || !slices.Equal(again.Data, first.Data) {
			t.Fatalf("repeat create returned %+v, want the first transaction %+v", again, first)
		}
		b, created, err := s.CreateTx(ctx, newTx(txSenderB, "settle-1"))
		if err != nil || !created || b.ID == first.ID {
			t.Fatalf("another sender's key: created=%v id=%d err=%v", created, b.ID, err)
		}
		got, err := s.FindTxByKey(ctx, 1337, txSenderA, "settle-1")
		if err != nil || got.ID != first.ID {
			t.Fatalf("FindTxByKey = %v, %v", got, err)
		}
		if _, err := s.FindTxByKey(ctx, 1, txSenderA, "settle-1"); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("key on another chain: %v, want NOT_FOUND", err)
		}
		if _, err := s.FindTxByID(ctx, 1<<40); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("missing id: %v, want NOT_FOUND", err)
		}
		for _, bad := range []*hokusai.Tx{newTx(txSenderA, ""), newTx("", "k"), {IdempotencyKey: "k", From: txSenderA}} {
			if _, _, err := s.CreateTx(ctx, bad); code(err) != hokusai.EINVALID {
				t.Errorf("CreateTx(%+v) = %v, want INVALID_INPUT", bad, err)
			}
		}
	})

	t.Run("StartAssignsNonceAndWritesAttempt", func(t *testing.T) {
		s, _ := open(t)
		a := start(t, s, txSenderA, "a", 5)
		if a.State != hokusai.TxInProgress || nonceOf(a) != "5" {
			t.Fatalf("first start: state %s nonce %s, want in_progress 5 (the floor)", a.State, nonceOf(a))
		}
		b := start(t, s, txSenderA, "b", 0)
		if nonceOf(b) != "6" {
			t.Fatalf("second start: nonce %s, want 6 (one past the store's highest)", nonceOf(b))
		}
		c := start(t, s, txSenderA, "c", 10)
		if nonceOf(c) != "10" {
			t.Fatalf("third start: nonce %s, want 10 (the chain's floor is higher)", nonceOf(c))
		}
		if other := start(t, s, txSenderB, "a", 0); nonceOf(other) != "0" {
			t.Fatalf("another sender: nonce %s, want 0", nonceOf(other))
		}
		// Starting again neither signs nor moves the nonce.
		again, err := s.StartTx(ctx, a.ID, func() (uint64, error) {
			t.Fatal("floor read for a started transaction")
			return 0, nil
		}, func(uint64) (*hokusai.TxAttempt, error) {
			t.Fatal("sign called for a started transaction")
			return nil, nil
		})
		if err != nil || nonceOf(again) != "5" {
			t.Fatalf("restart: nonce %s err %v", nonceOf(again), err)
		}
		atts, err := s.TxAttempts(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(atts) != 1 || atts[0].Hash != "0xa-5" || atts[0].State != hokusai.TxAttemptInProgress || atts[0].TxID != a.ID ||
			string(atts[0].Raw) != "signed a 5" || atts[0].GasFeeCap.Cmp(big.NewInt(3_000_000_000)) != 0 {
			t.Fatalf("attempts %+v", atts)
		}
	})

	t.Run("SignErrorWritesNothing", func(t *testing.T) {
		s, _ := open(t)
		tx, _, err := s.CreateTx(ctx, newTx(txSenderA, "x"))
		if err != nil {
			t.Fatal(err)
		}
		boom := errors.New("no key")
		if _, err := s.StartTx(ctx, tx.ID, fixed(0), func(uint64) (*hokusai.TxAttempt, error) { return nil, boom }); !errors.Is(err, boom) {
			t.Fatalf("StartTx = %v, want the sign error", err)
		}
		got, _ := s.FindTxByID(ctx, tx.ID)
		if got.State != hokusai.TxUnstarted || got.Nonce != nil {
			t.Fatalf("after a sign error: %s nonce %s", got.State, nonceOf(got))
		}
		if atts, _ := s.TxAttempts(ctx, tx.ID); len(atts) != 0 {
			t.Fatalf("attempts written: %d", len(atts))
		}
		if _, err := s.StartTx(ctx, 1<<40, fixed(0), nil); code(err) != hokusai.ENOTFOUND {
			t.Fatalf("start missing: %v", err)
		}
	})

	t.Run("NoncesGapFreeAcrossTwoHandles", func(t *testing.T) {
		s1, s2 := open(t)
		const per = 15
		var wg sync.WaitGroup
		nonces := make(chan uint64, 2*per)
		errs := make(chan error, 2*per)
		for h, s := range []hokusai.TxStore{s1, s2} {
			for i := range per {
				wg.Add(1)
				go func() {
					defer wg.Done()
					key := fmt.Sprintf("h%d-%d", h, i)
					tx, _, err := s.CreateTx(ctx, newTx(txSenderA, key))
					if err != nil {
						errs <- err
						return
					}
					tx, err = s.StartTx(ctx, tx.ID, fixed(3), func(n uint64) (*hokusai.TxAttempt, error) { return attemptFor(key, n), nil })
					if err != nil {
						errs <- err
						return
					}
					nonces <- *tx.Nonce
				}()
			}
		}
		wg.Wait()
		close(errs)
		close(nonces)
		for err := range errs {
			t.Fatal(err)
		}
		var got []uint64
		for n := range nonces {
			got = append(got, n)
		}
		slices.Sort(got)
		for i, n := range got {
			if n != uint64(3+i) {
				t.Fatalf("nonces %v: want 3..%d with no gap or repeat", got, 3+2*per-1)
			}
		}
	})

	t.Run("OnlyNoncesInFlightCount", func(t *testing.T) {
		s, _ := open(t)
		old := start(t, s, txSenderA, "old", 7)
		if err := s.ConfirmTx(ctx, old.ID, hokusai.TxReceipt{Hash: "0xold", Status: 1}); err != nil {
			t.Fatal(err)
		}
		// A dev chain that was reset: the node's pending nonce is 0 again,
		// and the finished transaction's nonce 7 must not push past it.
		fresh := start(t, s, txSenderA, "fresh", 0)
		if nonceOf(fresh) != "0" {
			t.Fatalf("after a finished nonce 7 the chain's floor 0 gave %s, want 0", nonceOf(fresh))
		}
		// The same signed bytes on the reset chain: one hash, two transactions.
		same := attemptFor("old", 7)
		same.TxID = fresh.ID
		if err := s.CreateTxAttempt(ctx, same); err != nil {
			t.Fatalf("an attempt whose hash another transaction has: %v", err)
		}
	})

	t.Run("BroadcastBumpConfirm", func(t *testing.T) {
		s, _ := open(t)
		tx := start(t, s, txSenderA, "m", 0)
		atts, _ := s.TxAttempts(ctx, tx.ID)
		if err := s.MarkTxAttemptBroadcast(ctx, atts[0].ID, 41); err != nil {
			t.Fatal(err)
		}
		got, _ := s.FindTxByID(ctx, tx.ID)
		if got.State != hokusai.TxUnconfirmed {
			t.Fatalf("after broadcast: %s, want unconfirmed", got.State)
		}
		bump := attemptFor("m-bump", 0)
		bump.TxID = tx.ID
		if err := s.CreateTxAttempt(ctx, bump); err != nil || bump.ID == 0 {
			t.Fatalf("bump: id %d err %v", bump.ID, err)
		}
		dup := attemptFor("m-bump", 0)
		dup.TxID = tx.ID
		if err := s.CreateTxAttempt(ctx, dup); code(err) != hokusai.ECONFLICT {
			t.Fatalf("same attempt twice: %v, want CONFLICT", err)
		}
		if err := s.MarkTxAttemptBroadcast(ctx, bump.ID, 45); err != nil {
			t.Fatal(err)
		}
		atts, _ = s.TxAttempts(ctx, tx.ID)
		if len(atts) != 2 || atts[0].BroadcastBlock != 41 || atts[1].Hash != bump.Hash || atts[1].BroadcastBlock != 45 || atts[1].State != hokusai.TxAttemptBroadcast {
			t.Fatalf("attempts %+v", atts)
		}
		r := hokusai.TxReceipt{Hash: bump.Hash, BlockNumber: 46, BlockHash: "0xb46", Status: 1, GasUsed: 21_000}
		if err := s.ConfirmTx(ctx, tx.ID, r); err != nil {
			t.Fatal(err)
		}
		// A second outcome for a finished transaction changes nothing.
		if err := s.ConfirmTx(ctx, tx.ID, hokusai.TxReceipt{Hash: atts[0].Hash, BlockNumber: 47, Status: 0}); err != nil {
			t.Fatal(err)
		}
		if err := s.FailTx(ctx, tx.ID, "late"); err != nil {
			t.Fatal(err)
		}
		got, _ = s.FindTxByID(ctx, tx.ID)
		if got.State != hokusai.TxConfirmed || got.Receipt == nil || *got.Receipt != r || got.Error != "" || nonceOf(got) != "0" {
			t.Fatalf("confirmed tx: %+v receipt %+v", got, got.Receipt)
		}

		rev := start(t, s, txSenderA, "r", 0)
		if err := s.ConfirmTx(ctx, rev.ID, hokusai.TxReceipt{Hash: "0xr", BlockNumber: 50, BlockHash: "0xb50", Status: 0, GasUsed: 30_000}); err != nil {
			t.Fatal(err)
		}
		got, _ = s.FindTxByID(ctx, rev.ID)
		if got.State != hokusai.TxFatalError || got.Error != "reverted" || got.Receipt == nil || got.Receipt.Status != 0 {
			t.Fatalf("reverted tx: %+v", got)
		}
	})

	t.Run("FailGivesBackOnlyAnUnusedLastNonce", func(t *testing.T) {
		s, _ := open(t)
		a := start(t, s, txSenderA, "a", 0)
		if err := s.FailTx(ctx, a.ID, "The chain refused it."); err != nil {
			t.Fatal(err)
		}
		got, _ := s.FindTxByID(ctx, a.ID)
		if got.State != hokusai.TxFatalError || got.Error != "The chain refused it." || got.Nonce != nil {
			t.Fatalf("failed tx: %s %q nonce %s, want fatal_error with its nonce given back", got.State, got.Error, nonceOf(got))
		}
		b := start(t, s, txSenderA, "b", 0)
		c := start(t, s, txSenderA, "c", 0)
		if nonceOf(b) != "0" || nonceOf(c) != "1" {
			t.Fatalf("nonces after give-back: %s %s, want 0 1", nonceOf(b), nonceOf(c))
		}
		if err := s.FailTx(ctx, b.ID, "refused"); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.FindTxByID(ctx, b.ID); nonceOf(got) != "0" {
			t.Fatalf("failed tx below a later nonce: nonce %s, want 0 kept", nonceOf(got))
		}
		atts, _ := s.TxAttempts(ctx, c.ID)
		if err := s.MarkTxAttemptBroadcast(ctx, atts[0].ID, 1); err != nil {
			t.Fatal(err)
		}
		if err := s.FailTx(ctx, c.ID, "gone"); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.FindTxByID(ctx, c.ID); nonceOf(got) != "1" || got.State != hokusai.TxFatalError {
			t.Fatalf("failed broadcast tx: %s nonce %s, want fatal_error with nonce 1 kept", got.State, nonceOf(got))
		}
	})

	t.Run("RestartClearsAnUnsentStart", func(t *testing.T) {
		s, _ := open(t)
		a := start(t, s, txSenderA, "a", 0)
		if err := s.RestartTx(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		got, _ := s.FindTxByID(ctx, a.ID)
		if got.State != hokusai.TxUnstarted || got.Nonce != nil {
			t.Fatalf("restarted: %s nonce %s", got.State, nonceOf(got))
		}
		if atts, _ := s.TxAttempts(ctx, a.ID); len(atts) != 0 {
			t.Fatalf("restarted tx keeps %d attempts", len(atts))
		}
		again, err := s.StartTx(ctx, a.ID, fixed(4), func(n uint64) (*hokusai.TxAttempt, error) { return attemptFor("a2", n), nil })
		if err != nil || nonceOf(again) != "4" {
			t.Fatalf("start after restart: nonce %s err %v", nonceOf(again), err)
		}
		atts, _ := s.TxAttempts(ctx, a.ID)
		if err := s.MarkTxAttemptBroadcast(ctx, atts[0].ID, 9); err != nil {
			t.Fatal(err)
		}
		if err := s.RestartTx(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.FindTxByID(ctx, a.ID); got.State != hokusai.TxUnconfirmed || nonceOf(got) != "4" {
			t.Fatalf("a broadcast tx was restarted: %s nonce %s", got.State, nonceOf(got))
		}
	})

	t.Run("UnfinishedListsWhatToResume", func(t *testing.T) {
		s, _ := open(t)
		b1 := start(t, s, txSenderB, "b1", 0)
		a2 := start(t, s, txSenderA, "a2", 2)
		a1 := start(t, s, txSenderA, "a1", 0) // nonce 3
		un, _, err := s.CreateTx(ctx, newTx(txSenderA, "a-unstarted"))
		if err != nil {
			t.Fatal(err)
		}
		done := start(t, s, txSenderA, "done", 0)
		if err := s.ConfirmTx(ctx, done.ID, hokusai.TxReceipt{Hash: "0xd", Status: 1}); err != nil {
			t.Fatal(err)
		}
		failed := start(t, s, txSenderA, "failed", 0)
		if err := s.FailTx(ctx, failed.ID, "no"); err != nil {
			t.Fatal(err)
		}
		other := newTx(txSenderA, "elsewhere")
		other.ChainID = 1
		if _, _, err := s.CreateTx(ctx, other); err != nil {
			t.Fatal(err)
		}
		list, err := s.UnfinishedTxs(ctx, 1337)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, tx := range list {
			ids = append(ids, tx.ID)
		}
		// Addresses sort as stored: "...aA" before "...bB".
		want := []int64{a2.ID, a1.ID, un.ID, b1.ID}
		if !slices.Equal(ids, want) {
			t.Fatalf("unfinished = %v, want %v (by sender, nonce, unstarted last)", ids, want)
		}
	})
}
