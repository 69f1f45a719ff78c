package chain_test

import (
	"context"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// Receipt latency on the embedded dev chain: chain.Client.Send (estimate,
// sign, send, poll every 100 ms) against the same send followed by
// go-ethereum's bind.WaitMined (polls every second). Run:
//
//	go test -run '^$' -bench 'DevChain' -benchtime 20x ./chain/
func BenchmarkSendDevChain(b *testing.B) {
	n, c := benchDev(b)
	defer n.Close()
	ctx := context.Background()
	to := common.Address{7}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := c.Send(ctx, devchain.DevKey(6), chain.Tx{To: &to, Value: big.NewInt(1)}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSendBindWaitMinedDevChain(b *testing.B) {
	n, c := benchDev(b)
	defer n.Close()
	ctx := context.Background()
	to := common.Address{7}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tx, err := c.SignAndBroadcast(ctx, devchain.DevKey(6), chain.Tx{To: &to, Value: big.NewInt(1)})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := bind.WaitMined(ctx, c.Backend, tx.Hash()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSendConcurrentDevChain sends from 8 goroutines sharing one key:
// the per-key lock serialises nonces while receipts are awaited in parallel.
func BenchmarkSendConcurrentDevChain(b *testing.B) {
	n, c := benchDev(b)
	defer n.Close()
	ctx := context.Background()
	to := common.Address{7}
	b.ResetTimer()
	var wg sync.WaitGroup
	work := make(chan struct{})
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range work {
				if _, err := c.Send(ctx, devchain.DevKey(6), chain.Tx{To: &to, Value: big.NewInt(1)}); err != nil {
					b.Error(err)
				}
			}
		}()
	}
	for i := 0; i < b.N; i++ {
		work <- struct{}{}
	}
	close(work)
	wg.Wait()
}

func benchDev(b *testing.B) (*devchain.Node, *chain.Client) {
	n, err := devchain.Start(context.Background(), devchain.Config{DataDir: b.TempDir(), RPCAddr: "127.0.0.1:0"})
	if err != nil {
		b.Fatal(err)
	}
	c, err := chain.Dial(context.Background(), n.RPCURL())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(c.Close)
	return n, c
}
