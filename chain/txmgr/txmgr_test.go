package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

var recipient = common.HexToAddress("0x0000000000000000000000000000000000c0ffee")

func devAlloc() types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for i := 0; i < devchain.DevAccounts; i++ {
		alloc[devchain.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(devchain.DevBalance)}
	}
	return alloc
}

// openStore opens a SQLite transaction store at path (a new handle each
// call, as a restarted process has).
func openStore(t *testing.T, path string) hokusai.TxStore {
	t.Helper()
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return sqlite.NewTxStore(db)
}

// manualChain is a simulated chain that mines only when the test commits.
func manualChain(t *testing.T) (*simulatedChain, *chain.Client) {
	t.Helper()
	sim := chain.NewSimulated(devAlloc())
	t.Cleanup(func() { sim.Close() })
	c, err := chain.NewClient(context.Background(), sim.Backend.Client())
	if err != nil {
		t.Fatal(err)
	}
	return &simulatedChain{sim}, c
}

type simulatedChain struct{ *chain.Simulated }

func (s *simulatedChain) commit() { s.Backend.Commit() }

// autoChain is a simulated chain that seals a block per transaction.
func autoChain(t *testing.T) *chain.Client {
	t.Helper()
	sim := chain.NewSimulated(devAlloc())
	t.Cleanup(func() { sim.Close() })
	c, err := sim.Client(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func balance(t *testing.T, c *chain.Client, a common.Address) int64 {
	t.Helper()
	b, err := c.Backend.BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b.Int64()
}

// waitFor polls cond until it holds or 10 s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// A repeated idempotency key returns the first transaction: one transfer,
// one nonce, the same receipt.
func TestSendIsIdempotent(t *testing.T) {
	ctx := context.Background()
	c := autoChain(t)
	store := openStore(t, filepath.Join(t.TempDir(), "txs.db"))
	m := txmgr.New(c, store)
	key := devchain.DevKey(1)
	tx := chain.Tx{To: &recipient, Value: big.NewInt(1), IdempotencyKey: "pay-1"}
	r1, err := m.Send(ctx, key, tx)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := m.Send(ctx, key, tx)
	if err != nil {
		t.Fatal(err)
	}
	if r1.TxHash != r2.TxHash {
		t.Fatalf("second send mined %s, want the first %s", r2.TxHash, r1.TxHash)
	}
	if got := balance(t, c, recipient); got != 1 {
		t.Fatalf("recipient has %d wei, want 1 (sent once)", got)
	}
	rec, err := store.FindTxByKey(ctx, c.ChainID, devchain.DevAddress(1).Hex(), "pay-1")
	if err != nil || rec.State != hokusai.TxConfirmed || rec.Receipt == nil || rec.Receipt.Hash != r1.TxHash.Hex() {
		t.Fatalf("stored %+v (%v), want confirmed with the receipt", rec, err)
	}
}

// Two Managers on one database with two connections to one dev chain, as
// two replicas sharing the platform key: every send is mined, the nonces
// run on with no gap and no repeat.
func TestTwoManagersOneDatabase(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	n, err := devchain.Start(ctx, devchain.Config{DataDir: t.TempDir(), RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	url := pgtest.NewDatabase(t)
	var managers []*txmgr.Manager
	var clients []*chain.Client
	for range 2 {
		c, err := chain.Dial(ctx, n.RPCURL())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		db := postgres.NewDB(url)
		if err := db.Open(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		managers = append(managers, txmgr.New(c, postgres.NewTxStore(db)))
		clients = append(clients, c)
	}
	key, from := devchain.DevKey(5), devchain.DevAddress(5)
	start, err := clients[0].Backend.NonceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	const per = 12
	var (
		mu     sync.Mutex
		nonces []uint64
		wg     sync.WaitGroup
		errs   = make(chan error, 2*per)
	)
	for i, m := range managers {
		for range per {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := m.Send(ctx, key, chain.Tx{To: &recipient, Value: big.NewInt(1)})
				if err != nil {
					errs <- err
					return
				}
				tx, _, err := clients[i].Backend.(interface {
					TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
				}).TransactionByHash(ctx, r.TxHash)
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				nonces = append(nonces, tx.Nonce())
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("send: %v", err)
	}
	slices.Sort(nonces)
	for i, nc := range nonces {
		if nc != start+uint64(i) {
			t.Fatalf("mined nonces %v are not %d.. without gaps or repeats", nonces, start)
		}
	}
	if got := balance(t, clients[0], recipient); got != 2*per {
		t.Fatalf("recipient got %d wei, want %d", got, 2*per)
	}
	if end, _ := clients[0].Backend.NonceAt(ctx, from, nil); end != start+2*per {
		t.Fatalf("account nonce %d, want %d", end, start+2*per)
	}
}

// A transaction the chain holds but does not mine is replaced after
// ReplaceAfter by one with higher fees and the same nonce; the replacement is
// mined and the transaction confirms once.
func TestStuckTransactionIsBumped(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sim, c := manualChain(t)
	store := openStore(t, filepath.Join(t.TempDir(), "txs.db"))
	m := txmgr.New(c, store)
	m.ReplaceAfter = 50 * time.Millisecond
	key := devchain.DevKey(2)
	rec, err := m.Enqueue(ctx, key, chain.Tx{To: &recipient, Value: big.NewInt(1), IdempotencyKey: "stuck"})
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		r   *types.Receipt
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := m.Wait(ctx, rec.ID)
		done <- result{r, err}
	}()
	var atts []*hokusai.TxAttempt
	waitFor(t, "a bumped attempt", func() bool {
		atts, _ = store.TxAttempts(ctx, rec.ID)
		return len(atts) >= 2 && atts[1].State == hokusai.TxAttemptBroadcast
	})
	sim.commit()
	res := <-done
	if res.err != nil {
		t.Fatal(res.err)
	}
	atts, _ = store.TxAttempts(ctx, rec.ID)
	if res.r.TxHash.Hex() == atts[0].Hash {
		t.Fatalf("the first attempt was mined; want a bumped one (attempts %d)", len(atts))
	}
	var mined *hokusai.TxAttempt
	for _, a := range atts {
		if a.Hash == res.r.TxHash.Hex() {
			mined = a
		}
	}
	if mined == nil {
		t.Fatalf("mined %s is none of the attempts", res.r.TxHash)
	}
	// Each bump raises both fee caps by at least 12.5%.
	for i := 1; i < len(atts); i++ {
		min := new(big.Int).Div(new(big.Int).Mul(atts[i-1].GasFeeCap, big.NewInt(9)), big.NewInt(8))
		if atts[i].GasFeeCap.Cmp(min) < 0 {
			t.Fatalf("attempt %d fee cap %v, want at least %v", i, atts[i].GasFeeCap, min)
		}
	}
	if got := balance(t, c, recipient); got != 1 {
		t.Fatalf("recipient got %d wei, want 1", got)
	}
	stored, _ := store.FindTxByID(ctx, rec.ID)
	if stored.State != hokusai.TxConfirmed || stored.Receipt.Hash != mined.Hash {
		t.Fatalf("stored %s receipt %+v", stored.State, stored.Receipt)
	}
}

// failingSends refuses every broadcast as a dropped connection would: the
// process "crashes" with its attempt written but never sent.
type failingSends struct{ chain.Backend }

func (failingSends) SendTransaction(context.Context, *types.Transaction) error {
	return errors.New("connection reset by peer")
}

// A crash after the attempt is written and before the broadcast: a new
// Manager on the same database (the restarted process) broadcasts the
// written attempt and it confirms once.
func TestRestartBroadcastsWrittenAttempt(t *testing.T) {
	ctx := context.Background()
	c := autoChain(t)
	path := filepath.Join(t.TempDir(), "txs.db")
	key, from := devchain.DevKey(3), devchain.DevAddress(3)
	start, _ := c.Backend.NonceAt(ctx, from, nil)

	broken, err := chain.NewClient(ctx, failingSends{c.Backend})
	if err != nil {
		t.Fatal(err)
	}
	before := txmgr.New(broken, openStore(t, path))
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	_, err = before.Send(short, key, chain.Tx{To: &recipient, Value: big.NewInt(1), IdempotencyKey: "crash"})
	cancel()
	var pe *chain.PendingError
	if !errors.As(err, &pe) || chain.IsNotSent(err) {
		t.Fatalf("send over a dropped connection = %v, want a PendingError (maybe sent)", err)
	}
	store := openStore(t, path)
	rec, err := store.FindTxByKey(ctx, c.ChainID, from.Hex(), "crash")
	if err != nil || rec.State != hokusai.TxInProgress {
		t.Fatalf("after the crash: %+v (%v), want in_progress", rec, err)
	}
	atts, _ := store.TxAttempts(ctx, rec.ID)
	if len(atts) != 1 || atts[0].Hash != pe.Hash.Hex() {
		t.Fatalf("written attempts %+v, want one with hash %s", atts, pe.Hash)
	}

	after := txmgr.New(c, store)
	after.AddKey(key)
	if err := after.Resume(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := after.Wait(ctx, rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.TxHash != pe.Hash {
		t.Fatalf("mined %s, want the written attempt %s", r.TxHash, pe.Hash)
	}
	if end, _ := c.Backend.NonceAt(ctx, from, nil); end != start+1 {
		t.Fatalf("nonce moved %d → %d, want one transaction", start, end)
	}
	if got := balance(t, c, recipient); got != 1 {
		t.Fatalf("recipient got %d wei, want 1", got)
	}
}

// With Confirmations set a mined transaction stays unconfirmed until the
// head is that many blocks past its block.
func TestConfirmationDepth(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sim, c := manualChain(t)
	c.Confirmations = 2
	store := openStore(t, filepath.Join(t.TempDir(), "txs.db"))
	m := txmgr.New(c, store)
	rec, err := m.Enqueue(ctx, devchain.DevKey(4), chain.Tx{To: &recipient, Value: big.NewInt(1), IdempotencyKey: "deep"})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := m.Wait(ctx, rec.ID)
		done <- err
	}()
	state := func() hokusai.TxState {
		tx, _ := store.FindTxByID(ctx, rec.ID)
		return tx.State
	}
	waitFor(t, "the broadcast", func() bool { return state() == hokusai.TxUnconfirmed })
	for i := range 2 {
		sim.commit() // i=0 mines it; i=1 makes it one deep
		time.Sleep(50 * time.Millisecond)
		select {
		case err := <-done:
			t.Fatalf("Wait returned (%v) %d block(s) deep, want 2", err, i)
		default:
		}
		if s := state(); s != hokusai.TxUnconfirmed {
			t.Fatalf("%d block(s) deep: state %s, want unconfirmed", i, s)
		}
	}
	sim.commit()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if s := state(); s != hokusai.TxConfirmed {
		t.Fatalf("two blocks deep: state %s, want confirmed", s)
	}
}

// A sender with no ETH is refused at the estimate: nothing is written or
// sent, and the error names the missing ETH.
func TestInsufficientFundsNotSent(t *testing.T) {
	ctx := context.Background()
	c := autoChain(t)
	store := openStore(t, filepath.Join(t.TempDir(), "txs.db"))
	m := txmgr.New(c, store)
	poor, _ := crypto.GenerateKey()
	_, err := m.Send(ctx, poor, chain.Tx{To: &recipient, Value: big.NewInt(1), IdempotencyKey: "poor"})
	if err == nil || !chain.IsNotSent(err) || hokusai.ErrorCode(err) != hokusai.EINVALID || !strings.Contains(hokusai.ErrorMessage(err), "too little ETH") {
		t.Fatalf("Send from an empty account = %v; want a not-sent EINVALID naming the missing ETH", err)
	}
	if _, err := store.FindTxByKey(ctx, c.ChainID, crypto.PubkeyToAddress(poor.PublicKey).Hex(), "poor"); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("a refused estimate wrote a transaction: %v", err)
	}
	if n, _ := c.Backend.PendingNonceAt(ctx, crypto.PubkeyToAddress(poor.PublicKey)); n != 0 {
		t.Fatalf("nonce moved to %d after a refused send", n)
	}
}

// Waiting past the context for a transaction the chain holds but does not
// mine reports "maybe sent" with the attempt's hash.
func TestWaitTimeoutIsPending(t *testing.T) {
	ctx := context.Background()
	_, c := manualChain(t)
	m := txmgr.New(c, openStore(t, filepath.Join(t.TempDir(), "txs.db")))
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	_, err := m.Send(short, devchain.DevKey(6), chain.Tx{To: &recipient, Value: big.NewInt(1)})
	var pe *chain.PendingError
	if !errors.As(err, &pe) || pe.Hash == (common.Hash{}) {
		t.Fatalf("Send = %v, want a PendingError with a hash", err)
	}
	if chain.IsNotSent(err) {
		t.Fatal("IsNotSent is true for a transaction that may have been sent")
	}
	if !errors.Is(err, context.DeadlineExceeded) || hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(hokusai.ErrorMessage(err), pe.Hash.Hex()) {
		t.Fatalf("PendingError %v: code %s, message %q", err, hokusai.ErrorCode(err), hokusai.ErrorMessage(err))
	}
}
