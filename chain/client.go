// Package chain is Hokusai's go-ethereum adapter: it connects to an EVM
// chain, deploys and finds the protocol contracts, sends transactions
// through its transaction manager (chain/txmgr), turns reverts into
// sentences a user reads, indexes the model registry, and carries out the
// user operations the CLI signs (create a model, buy, sell, balances).
package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hokusai-protocol/hokusai"
)

// Backend is what the chain layer needs from a node. *ethclient.Client and
// the simulated backend's client both satisfy it, so the same code runs on
// the dev chain, any EVM JSON-RPC endpoint and in tests.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// DefaultPollInterval is how often a Client polls for a receipt.
const DefaultPollInterval = 100 * time.Millisecond

// Client is a connection to one chain with its chain id, and the
// transaction manager that sends on it.
type Client struct {
	Backend      Backend
	ChainID      uint64
	RPCURL       string        // the endpoint dialled, "" for an in-process backend
	PollInterval time.Duration // receipt polling; DefaultPollInterval when 0
	Logger       *slog.Logger  // nil: slog.Default()
	// Confirmations is how many blocks must follow a transaction's block
	// before it counts as confirmed (reorg safety on external chains); 0
	// on the dev chain.
	Confirmations uint64
	// Txs sends the Client's transactions (Send); a chain/txmgr.Manager.
	Txs Sender

	closer func()
	also   []func()
}

// Dial connects to the JSON-RPC endpoint at rpcURL and reads its chain id.
// An unreachable node is an EUNAVAILABLE error that names the URL.
func Dial(ctx context.Context, rpcURL string) (*Client, error) {
	ec, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Cannot connect to the chain at %s: %v. Check the RPC URL, or start the server with `hokusai serve`.", rpcURL, err)
	}
	c, err := NewClient(ctx, ec)
	if err != nil {
		ec.Close()
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain at %s does not answer: %v. Check the RPC URL, or start the server with `hokusai serve`.", rpcURL, err)
	}
	c.RPCURL = rpcURL
	c.closer = ec.Close
	return c, nil
}

// NewClient wraps a backend that is already connected.
func NewClient(ctx context.Context, b Backend) (*Client, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	return &Client{Backend: b, ChainID: id.Uint64()}, nil
}

// Close releases the connection when the Client dialled it, and what
// AlsoClose added.
func (c *Client) Close() {
	if c.closer != nil {
		c.closer()
	}
	for _, f := range c.also {
		f()
	}
	c.also = nil
}

// AlsoClose adds f to what Close releases, such as the store of the
// Client's transaction manager.
func (c *Client) AlsoClose(f func()) { c.also = append(c.also, f) }

// TransactOpts returns go-ethereum binding options that sign with key on
// this chain; nonce and gas are left to the binding (estimated, pending).
func (c *Client) TransactOpts(ctx context.Context, key *ecdsa.PrivateKey) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(key, new(big.Int).SetUint64(c.ChainID))
	o.Context = ctx
	return o
}

// CallOpts returns read options bound to ctx at the latest block.
func (c *Client) CallOpts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// HasCode reports whether a contract is deployed at addr.
func (c *Client) HasCode(ctx context.Context, addr common.Address) (bool, error) {
	code, err := c.Backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, fmt.Errorf("code at %s: %w", addr, err)
	}
	return len(code) > 0, nil
}

func (c *Client) logger() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.Default()
}

// PollEvery is how often to poll for a receipt: PollInterval, or
// DefaultPollInterval when that is 0.
func (c *Client) PollEvery() time.Duration {
	if c.PollInterval > 0 {
		return c.PollInterval
	}
	return DefaultPollInterval
}

func (c *Client) chainIDBig() *big.Int { return new(big.Int).SetUint64(c.ChainID) }

// Receipt fetches a receipt, mapping "not mined yet" answers to nil.
func (c *Client) Receipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	r, err := c.Backend.TransactionReceipt(ctx, h)
	if err == nil {
		return r, nil
	}
	if isNotYet(err) {
		return nil, nil
	}
	return nil, err
}
