package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// DeployConfig says what DeployProtocol reuses.
type DeployConfig struct {
	// USDC is the reserve token's address; zero deploys a MockUSDC (dev chain only).
	USDC common.Address
	// Treasury receives the pools' trade fees; zero uses the deployer.
	Treasury common.Address
}

// Deployment is where the protocol's contracts live.
type Deployment struct {
	Registry    common.Address
	Factory     common.Address
	USDC        common.Address
	TokenImpl   common.Address
	PoolImpl    common.Address
	VestingImpl common.Address
	Treasury    common.Address
	// Block is the block of the first deployment transaction: indexers start there.
	Block uint64
}

// DeployProtocol deploys the protocol in a fixed order — MockUSDC (when cfg.USDC is zero),
// ModelRegistry, the ModelToken, ModelPool and OwnerVesting implementations, ModelFactory
// with the standard pool defaults — and lets the factory register models. opts.From becomes
// the admin of the registry and the factory. wait must return the mined receipt of tx (and an
// error for a reverted one); each transaction is waited for before the next is sent.
func DeployProtocol(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, cfg DeployConfig, wait func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)) (*Deployment, error) {
	dp := newDeployer(ctx, backend, opts, wait)
	o := &dp.opts
	d := &Deployment{USDC: cfg.USDC, Treasury: cfg.Treasury}
	if d.Treasury == (common.Address{}) {
		d.Treasury = o.From
	}
	deploy := dp.deploy

	var err error
	if d.USDC == (common.Address{}) {
		if d.USDC, err = deploy("MockUSDC", &bindings.MockUSDCMetaData, nil); err != nil {
			return nil, err
		}
	}
	if d.Registry, err = deploy("ModelRegistry", &bindings.ModelRegistryMetaData, bindings.NewModelRegistry().PackConstructor(o.From)); err != nil {
		return nil, err
	}
	if d.TokenImpl, err = deploy("ModelToken", &bindings.ModelTokenMetaData, nil); err != nil {
		return nil, err
	}
	if d.PoolImpl, err = deploy("ModelPool", &bindings.ModelPoolMetaData, nil); err != nil {
		return nil, err
	}
	if d.VestingImpl, err = deploy("OwnerVesting", &bindings.OwnerVestingMetaData, nil); err != nil {
		return nil, err
	}
	factory := bindings.NewModelFactory()
	input := factory.PackConstructor(o.From, d.Registry, d.USDC, d.TokenImpl, d.PoolImpl, d.VestingImpl, d.Treasury, StandardPoolDefaults())
	if d.Factory, err = deploy("ModelFactory", &bindings.ModelFactoryMetaData, input); err != nil {
		return nil, err
	}
	registry := bindings.NewModelRegistry()
	if err := dp.transact("registry.setFactory", registry.Instance(backend, d.Registry), registry.PackSetFactory(d.Factory)); err != nil {
		return nil, err
	}
	d.Block = dp.block
	return d, nil
}

// deployer sends a deployment's transactions one at a time, waiting for
// each to be mined before the next, and remembers the first one's block
// (where indexers start).
type deployer struct {
	ctx     context.Context
	backend bind.ContractBackend
	opts    bind.TransactOpts
	wait    func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)
	block   uint64 // of the first transaction; 0 until one is mined
}

func newDeployer(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, wait func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)) *deployer {
	dp := &deployer{ctx: ctx, backend: backend, opts: *opts, wait: wait}
	dp.opts.Context = ctx
	return dp
}

// mined waits for tx (sent with err) and checks it succeeded.
func (dp *deployer) mined(what string, tx *types.Transaction, err error) error {
	if err != nil {
		return fmt.Errorf("deploy %s: %w", what, err)
	}
	r, err := dp.wait(dp.ctx, tx)
	if err != nil {
		return fmt.Errorf("deploy %s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("deploy %s: transaction %s reverted", what, tx.Hash())
	}
	if dp.block == 0 {
		dp.block = r.BlockNumber.Uint64()
	}
	return nil
}

// deploy creates a contract from its metadata and constructor input.
func (dp *deployer) deploy(what string, meta *bind.MetaData, input []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(&dp.opts, common.FromHex(meta.Bin), dp.backend, input)
	return addr, dp.mined(what, tx, err)
}

// transact calls a contract and waits for the call to be mined.
func (dp *deployer) transact(what string, c *bind.BoundContract, data []byte) error {
	tx, err := bind.Transact(c, &dp.opts, data)
	return dp.mined(what, tx, err)
}

// StandardPoolDefaults are F17's pool settings, as ModelFactory.standardPoolDefaults returns
// them: flat price 0.01 USDC, reserve ratio 10%, fee 0.30%, max trade 20% of max(reserve,
// 1,000 USDC), buy-only launch window of 7 days.
func StandardPoolDefaults() bindings.ModelFactoryPoolDefaults {
	return bindings.ModelFactoryPoolDefaults{
		FlatPrice:     10_000,
		Crr:           100_000_000_000_000_000,
		FeeBps:        30,
		MaxTradeBps:   2000,
		BuyOnlyWindow: 7 * 24 * 3600,
		MaxTradeFloor: 1_000_000_000,
	}
}
