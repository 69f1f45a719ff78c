package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
)

func startDev(t *testing.T, dir string) *devchain.Node {
	t.Helper()
	n, err := devchain.Start(context.Background(), devchain.Config{DataDir: dir, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// dialDev connects to n with a transaction manager of its own.
func dialDev(t *testing.T, n *devchain.Node) *chain.Client {
	t.Helper()
	c, err := chain.Dial(context.Background(), n.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	txmgrtest.Attach(t, c)
	return c
}

func devAlloc() types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for i := 0; i < devchain.DevAccounts; i++ {
		alloc[devchain.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(devchain.DevBalance)}
	}
	return alloc
}
