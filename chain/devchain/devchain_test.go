package devchain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

func TestDevKeysDeterministicAndDistinct(t *testing.T) {
	seen := map[common.Address]bool{}
	for i := 0; i < devchain.DevAccounts; i++ {
		a := devchain.DevAddress(i)
		if seen[a] {
			t.Fatalf("dev account %d repeats address %s", i, a)
		}
		seen[a] = true
		if b := crypto.PubkeyToAddress(devchain.DevKey(i).PublicKey); a != b {
			t.Fatalf("dev key %d is not deterministic: %s then %s", i, a, b)
		}
	}
	want := common.BytesToAddress(crypto.Keccak256(crypto.FromECDSAPub(&devchain.DevKey(0).PublicKey)[1:])[12:])
	if devchain.DevAddress(0) != want {
		t.Fatalf("dev address 0 = %s, want %s", devchain.DevAddress(0), want)
	}
}

func TestRejectsNonLoopbackAddress(t *testing.T) {
	_, err := devchain.Start(context.Background(), devchain.Config{DataDir: t.TempDir(), RPCAddr: "0.0.0.0:0"})
	if err == nil {
		t.Fatal("Start on 0.0.0.0 succeeded; want a loopback-only error")
	}
}

// TestPersistence starts the chain, sends a transfer, closes it, starts it
// again on the same directory and sees the same height and balance.
func TestPersistence(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := t.TempDir()

	n, err := devchain.Start(ctx, devchain.Config{DataDir: dir, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.DialContext(ctx, n.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(ctx)
	if err != nil || id.Uint64() != devchain.ChainID {
		t.Fatalf("chain id %v, %v; want %d", id, err, devchain.ChainID)
	}
	for i := 0; i < devchain.DevAccounts; i++ {
		bal, err := c.BalanceAt(ctx, devchain.DevAddress(i), nil)
		if err != nil || bal.Cmp(devchain.DevBalance) != 0 {
			t.Fatalf("dev account %d balance %v, %v; want %v", i, bal, err, devchain.DevBalance)
		}
	}
	recipient := common.HexToAddress("0x00000000000000000000000000000000000abcde")
	amount := big.NewInt(123_456_789)
	rcpt := transfer(ctx, t, c, devchain.DevKey(3), recipient, amount)
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: status %d", rcpt.Status)
	}
	height, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if height == 0 {
		t.Fatal("no block was sealed for the transaction")
	}
	c.Close()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	n2, err := devchain.Start(ctx, devchain.Config{DataDir: dir, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer n2.Close()
	c2, err := ethclient.DialContext(ctx, n2.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	h2, err := c2.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if h2 != height {
		t.Fatalf("after restart the height is %d, want %d", h2, height)
	}
	bal, err := c2.BalanceAt(ctx, recipient, nil)
	if err != nil || bal.Cmp(amount) != 0 {
		t.Fatalf("after restart the recipient holds %v (%v), want %v", bal, err, amount)
	}
	// The restarted chain still seals blocks on demand.
	transfer(ctx, t, c2, devchain.DevKey(3), recipient, amount)
	bal, _ = c2.BalanceAt(ctx, recipient, nil)
	if want := new(big.Int).Mul(amount, big.NewInt(2)); bal.Cmp(want) != 0 {
		t.Fatalf("after a second transfer the recipient holds %v, want %v", bal, want)
	}
}

func transfer(ctx context.Context, t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, amount *big.Int) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(devchain.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(devchain.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: amount,
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		// A node may serve the receipt a moment before its head moves to
		// the receipt's block; wait for both, so "latest" reads see it.
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if head, herr := c.BlockNumber(ctx); herr == nil && head >= r.BlockNumber.Uint64() {
				return r
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", tx.Hash(), ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func TestGenesisOnOsaka(t *testing.T) {
	cfg := devchain.Genesis().Config
	if cfg.ChainID.Uint64() != devchain.ChainID || cfg.OsakaTime == nil || *cfg.OsakaTime != 0 {
		t.Fatalf("dev genesis config %v is not chain 1337 on Osaka from genesis", cfg)
	}
	if cfg.AmsterdamTime != nil || cfg.BogotaTime != nil {
		t.Fatal("dev genesis enables forks after Osaka")
	}
}

// TestAdvanceTime moves the dev chain's clock over JSON-RPC: the next block
// is stamped that much after the head, a later transaction's block after
// it, and out-of-range moves are refused.
func TestAdvanceTime(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n, err := devchain.Start(ctx, devchain.Config{DataDir: t.TempDir(), RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	c, err := ethclient.DialContext(ctx, n.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ts hexutil.Uint64
	if err := c.Client().CallContext(ctx, &ts, devchain.AdvanceTimeMethod, 15*86400); err != nil {
		t.Fatal(err)
	}
	now, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if now.Number.Uint64() != head.Number.Uint64()+1 || now.Time != head.Time+15*86400 || uint64(ts) != now.Time {
		t.Fatalf("head %d@%d → %d@%d (returned %d); want one block 15 days later", head.Number, head.Time, now.Number, now.Time, ts)
	}
	for _, bad := range []uint64{0, 10*365*86400 + 1} {
		if err := c.Client().CallContext(ctx, &ts, devchain.AdvanceTimeMethod, bad); err == nil {
			t.Fatalf("advance by %d s accepted", bad)
		}
	}
}
