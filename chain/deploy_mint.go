package chain

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// MintDeployConfig says how DeployMintProtocol wires the money paths.
type MintDeployConfig struct {
	// Settlers may call UsageFeeRouter.settle (the gateway's settler key).
	Settlers []common.Address
}

// MintDeployment is where the mint and settlement contracts live.
type MintDeployment struct {
	TokenManager common.Address
	Verifier     common.Address
	Vault        common.Address
	Router       common.Address
	// Block is the block of the first transaction: indexers start there.
	Block uint64
}

// DeployMintProtocol deploys TokenManager, DeltaOneVerifier, CreditVault and
// UsageFeeRouter onto an existing issue-2 deployment d and wires them: the
// registry makes the token manager a minter, the token manager and the vault
// accept only the verifier and the router, and cfg.Settlers may settle.
// opts.From must be the registry's admin and becomes the admin of all four.
// wait must return the mined receipt of tx; each transaction is waited for
// before the next is sent.
func DeployMintProtocol(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, d *Deployment, cfg MintDeployConfig, wait func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)) (*MintDeployment, error) {
	dp := newDeployer(ctx, backend, opts, wait)
	o := &dp.opts
	m := &MintDeployment{}
	deploy, transact := dp.deploy, dp.transact

	var err error
	tm, ver, vault, router := bindings.NewTokenManager(), bindings.NewDeltaOneVerifier(), bindings.NewCreditVault(), bindings.NewUsageFeeRouter()
	if m.TokenManager, err = deploy("TokenManager", &bindings.TokenManagerMetaData, tm.PackConstructor(d.Registry, o.From)); err != nil {
		return nil, err
	}
	if m.Verifier, err = deploy("DeltaOneVerifier", &bindings.DeltaOneVerifierMetaData, ver.PackConstructor(m.TokenManager, d.Registry, o.From)); err != nil {
		return nil, err
	}
	if m.Vault, err = deploy("CreditVault", &bindings.CreditVaultMetaData, vault.PackConstructor(d.USDC, o.From)); err != nil {
		return nil, err
	}
	if m.Router, err = deploy("UsageFeeRouter", &bindings.UsageFeeRouterMetaData, router.PackConstructor(m.Vault, d.Registry, m.TokenManager, o.From)); err != nil {
		return nil, err
	}
	if err := transact("tokenManager.setVerifier", tm.Instance(backend, m.TokenManager), tm.PackSetVerifier(m.Verifier)); err != nil {
		return nil, err
	}
	if err := transact("vault.setRouter", vault.Instance(backend, m.Vault), vault.PackSetRouter(m.Router)); err != nil {
		return nil, err
	}
	reg := bindings.NewModelRegistry()
	if err := transact("registry.setMinter", reg.Instance(backend, d.Registry), reg.PackSetMinter(m.TokenManager, true)); err != nil {
		return nil, err
	}
	for _, s := range cfg.Settlers {
		if err := transact("router.setSettler", router.Instance(backend, m.Router), router.PackSetSettler(s, true)); err != nil {
			return nil, err
		}
	}
	m.Block = dp.block
	return m, nil
}
