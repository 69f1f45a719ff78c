package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

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
	// AgentImpl, GovernorImpl and TimelockImpl are cloned for each model's
	// Agent and DAO.
	AgentImpl    common.Address
	GovernorImpl common.Address
	TimelockImpl common.Address
	// Market sells models outright (F28); the registry lets it move owners.
	Market   common.Address
	Treasury common.Address
	// Block is the block of the first deployment transaction: indexers start there.
	Block uint64
}

// DeployProtocol deploys the protocol in a fixed order — MockUSDC (when cfg.USDC is zero),
// ModelRegistry, the ModelToken, ModelPool, OwnerVesting, ModelAgent, ModelGovernor and
// ModelTimelock implementations, ModelFactory with the standard pool defaults, ModelMarket —
// and lets the factory register models and the market move them. opts.From becomes
// key's account becomes the admin of the registry
// and the factory. Every transaction goes through c.Send (the transaction manager), each
// confirmed before the next is sent.
func DeployProtocol(ctx context.Context, c *Client, key *ecdsa.PrivateKey, cfg DeployConfig) (*Deployment, error) {
	dp := newDeployer(ctx, c, key)
	o := dp
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
	if d.AgentImpl, err = deploy("ModelAgent", &bindings.ModelAgentMetaData, bindings.NewModelAgent().PackConstructor(d.Registry)); err != nil {
		return nil, err
	}
	if d.TimelockImpl, err = deploy("ModelTimelock", &bindings.ModelTimelockMetaData, nil); err != nil {
		return nil, err
	}
	if d.GovernorImpl, err = deploy("ModelGovernor", &bindings.ModelGovernorMetaData, bindings.NewModelGovernor().PackConstructor(d.TimelockImpl)); err != nil {
		return nil, err
	}
	factory := bindings.NewModelFactory()
	hexs := bindings.ModelFactoryHexsImplementations{Agent: d.AgentImpl, Governor: d.GovernorImpl, Timelock: d.TimelockImpl}
	input := factory.PackConstructor(o.From, d.Registry, d.USDC, d.TokenImpl, d.PoolImpl, d.VestingImpl, hexs, d.Treasury, StandardPoolDefaults())
	if d.Factory, err = deploy("ModelFactory", &bindings.ModelFactoryMetaData, input); err != nil {
		return nil, err
	}
	if d.Market, err = deploy("ModelMarket", &bindings.ModelMarketMetaData, bindings.NewModelMarket().PackConstructor(d.Registry, d.USDC)); err != nil {
		return nil, err
	}
	registry := bindings.NewModelRegistry()
	if err := dp.transact("registry.setFactory", d.Registry, registry.PackSetFactory(d.Factory)); err != nil {
		return nil, err
	}
	if err := dp.transact("registry.setMarket", d.Registry, registry.PackSetMarket(d.Market)); err != nil {
		return nil, err
	}
	d.Block = dp.block
	return d, nil
}

// deployer sends a deployment's transactions one at a time, each
// confirmed before the next, and remembers the first one's block (where
// indexers start).
type deployer struct {
	ctx   context.Context
	c     *Client
	key   *ecdsa.PrivateKey
	From  common.Address
	block uint64 // of the first transaction; 0 until one is mined
}

func newDeployer(ctx context.Context, c *Client, key *ecdsa.PrivateKey) *deployer {
	return &deployer{ctx: ctx, c: c, key: key, From: crypto.PubkeyToAddress(key.PublicKey)}
}

// send sends tx and waits until it is confirmed.
func (dp *deployer) send(what string, tx Tx) (*types.Receipt, error) {
	tx.ABIs = append(protocolABIs, mintABIs...)
	r, err := dp.c.Send(dp.ctx, dp.key, tx)
	if err != nil {
		return nil, fmt.Errorf("deploy %s: %w", what, err)
	}
	if dp.block == 0 {
		dp.block = r.BlockNumber.Uint64()
	}
	return r, nil
}

// deploy creates a contract from its metadata and constructor input.
func (dp *deployer) deploy(what string, meta *bind.MetaData, input []byte) (common.Address, error) {
	code := append(common.FromHex(meta.Bin), input...)
	r, err := dp.send(what, Tx{Data: code})
	if err != nil {
		return common.Address{}, err
	}
	return r.ContractAddress, nil
}

// transact calls the contract at to and waits for the call to be confirmed.
func (dp *deployer) transact(what string, to common.Address, data []byte) error {
	_, err := dp.send(what, Tx{To: &to, Data: data})
	return err
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
