package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Contract names of the money paths (issue 3) in hokusai.ChainInfo.Contracts.
const (
	ContractVerifier     = "DeltaOneVerifier"
	ContractTokenManager = "TokenManager"
	ContractVault        = "CreditVault"
	ContractRouter       = "UsageFeeRouter"
)

// ensureMint deploys the mint and settlement contracts onto p once (the
// platform key is their admin and the settler) and records them; a record
// that already has them is checked for code and kept.
func ensureMint(ctx context.Context, c *Client, key *ecdsa.PrivateKey, p *Protocol, statePath string, logf func(string, ...any)) error {
	if p.Mint != nil {
		for name, a := range map[string]common.Address{ContractVerifier: p.Mint.Verifier, ContractTokenManager: p.Mint.TokenManager, ContractVault: p.Mint.Vault, ContractRouter: p.Mint.Router} {
			ok, err := c.HasCode(ctx, a)
			if err != nil {
				return unavailable("code", err)
			}
			if !ok {
				return fmt.Errorf("no contract code at the recorded %s %s; move %s away to deploy afresh", name, a.Hex(), statePath)
			}
		}
		return nil
	}
	d := &Deployment{
		Registry: p.Registry, Factory: p.Factory, USDC: p.USDC, Treasury: p.Treasury,
		TokenImpl: p.TokenImpl, PoolImpl: p.PoolImpl, VestingImpl: p.VestingImpl, Block: p.DeployBlock,
	}
	platform := crypto.PubkeyToAddress(key.PublicKey)
	logf("deploying the mint and settlement contracts", "admin", platform)
	m, err := DeployMintProtocol(ctx, c, key, d, MintDeployConfig{Settlers: []common.Address{platform}})
	if err != nil {
		return fmt.Errorf("deploy mint contracts: %w", err)
	}
	p.Mint = m
	if err := p.Save(statePath); err != nil {
		return err
	}
	logf("mint and settlement contracts deployed", "verifier", m.Verifier, "token_manager", m.TokenManager, "vault", m.Vault, "router", m.Router)
	return nil
}

// mintFromInfo reads the money-path addresses back from chain info; nil
// when the server does not report all four.
func mintFromInfo(contracts map[string]string) *MintDeployment {
	m := &MintDeployment{}
	for name, dst := range map[string]*common.Address{ContractVerifier: &m.Verifier, ContractTokenManager: &m.TokenManager, ContractVault: &m.Vault, ContractRouter: &m.Router} {
		s := contracts[name]
		if !common.IsHexAddress(s) {
			return nil
		}
		*dst = common.HexToAddress(s)
	}
	return m
}
