package chain_test

import (
	"context"
	"errors"
	"math/big"
	"sort"
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
)

func startDev(t *testing.T, dir string) *devchain.Node {
	t.Helper()
	n, err := devchain.Start(context.Background(), devchain.Config{DataDir: dir, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func dialDev(t *testing.T, n *devchain.Node) *chain.Client {
	t.Helper()
	c, err := chain.Dial(context.Background(), n.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func devAlloc() types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for i := 0; i < devchain.DevAccounts; i++ {
		alloc[devchain.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(devchain.DevBalance)}
	}
	return alloc
}

// sendConcurrently sends n value transfers from one key through each of the
// clients at once and checks every one is mined with a distinct nonce.
func sendConcurrently(t *testing.T, clients []*chain.Client, n int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	key := devchain.DevKey(5)
	from := devchain.DevAddress(5)
	start, err := clients[0].Backend.NonceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x0000000000000000000000000000000000c0ffee")
	before, _ := clients[0].Backend.BalanceAt(ctx, to, nil)
	var (
		mu     sync.Mutex
		nonces []uint64
		wg     sync.WaitGroup
		errs   = make(chan error, n*len(clients))
	)
	for _, c := range clients {
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(c *chain.Client) {
				defer wg.Done()
				r, err := c.Send(ctx, key, chain.Tx{To: &to, Value: big.NewInt(1)})
				if err != nil {
					errs <- err
					return
				}
				tx, _, err := c.Backend.(interface {
					TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
				}).TransactionByHash(ctx, r.TxHash)
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				nonces = append(nonces, tx.Nonce())
				mu.Unlock()
			}(c)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent send: %v", err)
	}
	total := n * len(clients)
	sort.Slice(nonces, func(i, j int) bool { return nonces[i] < nonces[j] })
	for i, nc := range nonces {
		if nc != start+uint64(i) {
			t.Fatalf("nonces %v are not consecutive from %d", nonces, start)
		}
	}
	after, _ := clients[0].Backend.BalanceAt(ctx, to, nil)
	if got := new(big.Int).Sub(after, before); got.Int64() != int64(total) {
		t.Fatalf("recipient got %v wei, want %d", got, total)
	}
	end, _ := clients[0].Backend.NonceAt(ctx, from, nil)
	if end != start+uint64(total) {
		t.Fatalf("account nonce %d, want %d", end, start+uint64(total))
	}
}

func TestSendConcurrentDevChain(t *testing.T) {
	n := startDev(t, t.TempDir())
	defer n.Close()
	// Two clients model two processes sharing a key: each has its own nonce
	// state, so they collide and must recover ("nonce too low",
	// "replacement underpriced").
	sendConcurrently(t, []*chain.Client{dialDev(t, n), dialDev(t, n)}, 12)
}

func TestSendConcurrentSimulated(t *testing.T) {
	sim := chain.NewSimulated(devAlloc())
	defer sim.Close()
	c, err := sim.Client(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sendConcurrently(t, []*chain.Client{c}, 20)
}

func TestWaitMinedTimeoutIsPending(t *testing.T) {
	sim := chain.NewSimulated(devAlloc())
	defer sim.Close()
	c, err := sim.Client(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// A signed transaction the chain never saw: waiting for it ends with
	// the context and reports "maybe sent", with its hash.
	to := common.Address{1}
	tx := types.MustSignNewTx(devchain.DevKey(1), types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: 999, Gas: 21000, GasFeeCap: big.NewInt(1e9), GasTipCap: big.NewInt(1), To: &to,
	})
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err = c.WaitMined(ctx, tx)
	var pe *chain.PendingError
	if !errors.As(err, &pe) || pe.Hash != tx.Hash() {
		t.Fatalf("WaitMined = %v, want a PendingError for %s", err, tx.Hash())
	}
	if chain.IsNotSent(err) {
		t.Fatal("IsNotSent is true for a transaction that may have been sent")
	}
	if !errors.Is(err, context.DeadlineExceeded) || hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(hokusai.ErrorMessage(err), tx.Hash().Hex()) {
		t.Fatalf("PendingError %v: code %s, message %q", err, hokusai.ErrorCode(err), hokusai.ErrorMessage(err))
	}
}

func TestSendInsufficientFundsNotSent(t *testing.T) {
	sim := chain.NewSimulated(devAlloc())
	defer sim.Close()
	ctx := context.Background()
	c, err := sim.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	poor, _ := crypto.GenerateKey()
	to := common.Address{2}
	_, err = c.Send(ctx, poor, chain.Tx{To: &to, Value: big.NewInt(1)})
	if err == nil || !chain.IsNotSent(err) || hokusai.ErrorCode(err) != hokusai.EINVALID || !strings.Contains(hokusai.ErrorMessage(err), "too little ETH") {
		t.Fatalf("Send from an empty account = %v; want a not-sent EINVALID naming the missing ETH", err)
	}
	if n, _ := c.Backend.PendingNonceAt(ctx, crypto.PubkeyToAddress(poor.PublicKey)); n != 0 {
		t.Fatalf("nonce moved to %d after a refused send", n)
	}
}
