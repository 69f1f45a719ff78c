package chain

import (
	"context"
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"

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
// registry makes the token manager a minter and the router a usage recorder, the token manager and the vault
// accept only the verifier and the router, and cfg.Settlers may settle.
// key's account must be the registry's admin and becomes the admin of all
// four. Every transaction goes through c.Send, each confirmed before the
// next is sent.
func DeployMintProtocol(ctx context.Context, c *Client, key *ecdsa.PrivateKey, d *Deployment, cfg MintDeployConfig) (*MintDeployment, error) {
	dp := newDeployer(ctx, c, key)
	o := dp
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
	if err := transact("tokenManager.setVerifier", m.TokenManager, tm.PackSetVerifier(m.Verifier)); err != nil {
		return nil, err
	}
	if err := transact("vault.setRouter", m.Vault, vault.PackSetRouter(m.Router)); err != nil {
		return nil, err
	}
	reg := bindings.NewModelRegistry()
	if err := transact("registry.setMinter", d.Registry, reg.PackSetMinter(m.TokenManager, true)); err != nil {
		return nil, err
	}
	if err := transact("registry.setUsageRecorder", d.Registry, reg.PackSetUsageRecorder(m.Router, true)); err != nil {
		return nil, err
	}
	for _, s := range cfg.Settlers {
		if err := transact("router.setSettler", m.Router, router.PackSetSettler(s, true)); err != nil {
			return nil, err
		}
	}
	m.Block = dp.block
	return m, nil
}
