package chain_test

import (
	"context"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
)

// Receipt latency on the embedded dev chain: chain.Client.Send through the
// transaction manager (estimate, write, sign, send, poll from 1 ms). Run:
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

// BenchmarkSendConcurrentDevChain sends from 8 goroutines sharing one key:
// the store's per-sender lock serialises nonces while receipts are awaited
// in parallel.
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
	txmgrtest.Attach(b, c)
	return n, c
}
