package chain

import (
	"context"
	"fmt"

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
	o := *opts
	o.Context = ctx
	m := &MintDeployment{}
	first := true
	mined := func(what string, tx *types.Transaction, err error) error {
		if err != nil {
			return fmt.Errorf("deploy %s: %w", what, err)
		}
		r, err := wait(ctx, tx)
		if err != nil {
			return fmt.Errorf("deploy %s: %w", what, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("deploy %s: transaction %s reverted", what, tx.Hash())
		}
		if first {
			m.Block, first = r.BlockNumber.Uint64(), false
		}
		return nil
	}
	deploy := func(what string, meta *bind.MetaData, input []byte) (common.Address, error) {
		addr, tx, err := bind.DeployContract(&o, common.FromHex(meta.Bin), backend, input)
		return addr, mined(what, tx, err)
	}
	transact := func(what string, c *bind.BoundContract, data []byte) error {
		tx, err := bind.Transact(c, &o, data)
		return mined(what, tx, err)
	}

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
	return m, nil
}
