package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// DevUSDCPerAccount is the MockUSDC (in micro-USDC) each dev account gets
// once on the dev chain: 1,000,000 USDC.
var DevUSDCPerAccount = big.NewInt(1_000_000_000_000)

// Protocol says where the protocol's contracts live on one chain. It is
// saved as JSON in the data directory so later starts find it again.
type Protocol struct {
	ChainID     uint64         `json:"chain_id"`
	Dev         bool           `json:"dev"`
	GenesisHash common.Hash    `json:"genesis_hash"` // tells a new chain from the recorded one
	Registry    common.Address `json:"registry"`
	Factory     common.Address `json:"factory"`
	USDC        common.Address `json:"usdc"`
	Treasury    common.Address `json:"treasury"`
	TokenImpl   common.Address `json:"token_impl"`
	PoolImpl    common.Address `json:"pool_impl"`
	VestingImpl common.Address `json:"vesting_impl"`
	// AgentImpl, GovernorImpl, TimelockImpl and Market are zero in records
	// written before models had Agents.
	AgentImpl    common.Address `json:"agent_impl,omitempty"`
	GovernorImpl common.Address `json:"governor_impl,omitempty"`
	TimelockImpl common.Address `json:"timelock_impl,omitempty"`
	Market       common.Address `json:"market,omitempty"`
	DeployBlock  uint64         `json:"deploy_block"` // indexers start here
	// DevFunded lists the dev accounts already given MockUSDC, so restarts
	// never mint twice.
	DevFunded []int `json:"dev_funded,omitempty"`
	// Mint holds the DeltaOne verifier, token manager, credit vault and fee
	// router (issue 3); nil in records written before they existed.
	Mint *MintDeployment `json:"mint,omitempty"`
}

// Contract names in hokusai.ChainInfo.Contracts.
const (
	ContractRegistry = "ModelRegistry"
	ContractFactory  = "ModelFactory"
	ContractUSDC     = "USDC"
	ContractTreasury = "Treasury"
	ContractMarket   = "ModelMarket"
)

// Info describes the protocol for clients: GET /v1/chain.
func (p *Protocol) Info(rpcURL string) hokusai.ChainInfo {
	info := hokusai.ChainInfo{
		ChainID: p.ChainID,
		RPCURL:  rpcURL,
		Dev:     p.Dev,
		Contracts: map[string]string{
			ContractRegistry: p.Registry.Hex(),
			ContractFactory:  p.Factory.Hex(),
			ContractUSDC:     p.USDC.Hex(),
			ContractTreasury: p.Treasury.Hex(),
		},
	}
	if p.Market != (common.Address{}) {
		info.Contracts[ContractMarket] = p.Market.Hex()
	}
	if p.Mint != nil {
		info.Contracts[ContractVerifier] = p.Mint.Verifier.Hex()
		info.Contracts[ContractTokenManager] = p.Mint.TokenManager.Hex()
		info.Contracts[ContractVault] = p.Mint.Vault.Hex()
		info.Contracts[ContractRouter] = p.Mint.Router.Hex()
	}
	return info
}

// ProtocolFromInfo reads contract addresses back from a hokusai.ChainInfo
// (what the CLI gets from the server), checking every one is present.
func ProtocolFromInfo(info hokusai.ChainInfo) (*Protocol, error) {
	p := &Protocol{ChainID: info.ChainID, Dev: info.Dev}
	for name, dst := range map[string]*common.Address{
		ContractRegistry: &p.Registry, ContractFactory: &p.Factory, ContractUSDC: &p.USDC, ContractTreasury: &p.Treasury,
	} {
		s := info.Contracts[name]
		if !common.IsHexAddress(s) {
			return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server's chain info has no valid %s address (%q); is the server fully started?", name, s)
		}
		*dst = common.HexToAddress(s)
	}
	p.Mint = mintFromInfo(info.Contracts)
	if s := info.Contracts[ContractMarket]; common.IsHexAddress(s) {
		p.Market = common.HexToAddress(s) // absent on deployments that predate the market
	}
	return p, nil
}

// EnsureOptions tune EnsureProtocolWith.
type EnsureOptions struct {
	Dev bool // the embedded dev chain: deploy MockUSDC and fund the dev accounts
	// USDC is the reserve token on a non-dev chain (required there to deploy).
	USDC common.Address
	// Treasury receives trade fees; zero uses the platform key's address.
	Treasury common.Address
	// BuyOnlyWindow replaces F17's 7-day buy-only launch window for pools
	// created on this deployment (set right after the deploy). nil means
	// DevBuyOnlyWindow on the dev chain, so a local user can sell a minute
	// after buying, and the contracts' 7 days elsewhere.
	BuyOnlyWindow *time.Duration
	// Log reports deployments; nil is silent.
	Log func(msg string, args ...any)
}

// EnsureProtocol finds the protocol recorded at statePath on c's chain, or
// deploys it there once with platformKey and records it (on the dev chain
// it also gives every dev account 1,000,000 MockUSDC, once). On a non-dev
// chain whose contracts do not match the record it refuses, and it never
// deploys there without a USDC address (use EnsureProtocolWith).
func EnsureProtocol(ctx context.Context, c *Client, platformKey *ecdsa.PrivateKey, statePath string, dev bool) (*Protocol, error) {
	return EnsureProtocolWith(ctx, c, platformKey, statePath, EnsureOptions{Dev: dev})
}

// DevBuyOnlyWindow is the buy-only launch window EnsureProtocol gives pools
// on the dev chain, instead of F17's 7 days.
const DevBuyOnlyWindow = time.Minute

// EnsureProtocolWith is EnsureProtocol with options.
func EnsureProtocolWith(ctx context.Context, c *Client, platformKey *ecdsa.PrivateKey, statePath string, opt EnsureOptions) (*Protocol, error) {
	logf := opt.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	genesis, err := c.Backend.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return nil, unavailable("genesis", err)
	}
	rec, err := LoadProtocol(statePath)
	if err != nil {
		return nil, err
	}
	if rec != nil {
		ok, why, err := rec.matches(ctx, c, genesis.Hash())
		if err != nil {
			return nil, err
		}
		switch {
		case ok:
			if err := ensureMint(ctx, c, platformKey, rec, statePath, logf); err != nil {
				return nil, err
			}
			if opt.Dev {
				if err := fundDevAccounts(ctx, c, platformKey, rec, statePath); err != nil {
					return nil, err
				}
			}
			return rec, nil
		case !opt.Dev:
			return nil, hokusai.Errorf(hokusai.ECONFLICT, "The protocol recorded in %s does not match the chain at %s: %s. Point --rpc at the chain it was deployed on, or move the file away to deploy afresh.", statePath, c.RPCURL, why)
		}
		logf("the dev chain does not hold the recorded protocol; deploying it afresh", "reason", why, "record", statePath)
	}
	if rec == nil && opt.Dev {
		if n, err := c.Backend.BlockNumber(ctx); err == nil && n > 0 {
			logf("the chain already has blocks but no protocol is recorded; deploying a new protocol (models of an earlier one will not be listed)", "blocks", n, "record", statePath)
		}
	}
	if !opt.Dev && opt.USDC == (common.Address{}) {
		return nil, hokusai.Errorf(hokusai.EINVALID, "No protocol is recorded in %s for chain %d, and deploying one on a non-dev chain needs the USDC token's address.", statePath, c.ChainID)
	}
	if opt.Dev && c.ChainID != devchain.ChainID {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The dev chain must have chain id %d; this one has %d.", devchain.ChainID, c.ChainID)
	}
	logf("deploying the protocol contracts", "chain_id", c.ChainID, "deployer", crypto.PubkeyToAddress(platformKey.PublicKey))
	d, err := DeployProtocol(ctx, c, platformKey, DeployConfig{USDC: opt.USDC, Treasury: opt.Treasury})
	if err != nil {
		return nil, fmt.Errorf("deploy protocol: %w", err)
	}
	if opt.BuyOnlyWindow == nil && opt.Dev {
		w := DevBuyOnlyWindow
		opt.BuyOnlyWindow = &w
	}
	if opt.BuyOnlyWindow != nil {
		defaults := StandardPoolDefaults()
		defaults.BuyOnlyWindow = uint32(opt.BuyOnlyWindow.Seconds())
		to := d.Factory
		if _, err := c.Send(ctx, platformKey, Tx{To: &to, Data: bindings.NewModelFactory().PackSetPoolDefaults(defaults), ABIs: protocolABIs}); err != nil {
			return nil, fmt.Errorf("set pool defaults: %w", err)
		}
	}
	p := &Protocol{
		ChainID: c.ChainID, Dev: opt.Dev, GenesisHash: genesis.Hash(),
		Registry: d.Registry, Factory: d.Factory, USDC: d.USDC, Treasury: d.Treasury,
		TokenImpl: d.TokenImpl, PoolImpl: d.PoolImpl, VestingImpl: d.VestingImpl,
		AgentImpl: d.AgentImpl, GovernorImpl: d.GovernorImpl, TimelockImpl: d.TimelockImpl, Market: d.Market,
		DeployBlock: d.Block,
	}
	if err := p.Save(statePath); err != nil {
		return nil, err
	}
	logf("protocol deployed", "registry", p.Registry, "factory", p.Factory, "usdc", p.USDC, "block", p.DeployBlock)
	if err := ensureMint(ctx, c, platformKey, p, statePath, logf); err != nil {
		return nil, err
	}
	if opt.Dev {
		if err := fundDevAccounts(ctx, c, platformKey, p, statePath); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// matches checks the record against the chain: same chain id, same genesis
// and code at every recorded contract.
func (p *Protocol) matches(ctx context.Context, c *Client, genesis common.Hash) (bool, string, error) {
	if p.ChainID != c.ChainID {
		return false, fmt.Sprintf("the record is for chain id %d, the chain's id is %d", p.ChainID, c.ChainID), nil
	}
	if p.GenesisHash != (common.Hash{}) && p.GenesisHash != genesis {
		return false, fmt.Sprintf("the record is for genesis %s, the chain's genesis is %s (a new chain)", p.GenesisHash.Hex(), genesis.Hex()), nil
	}
	if p.Market == (common.Address{}) {
		return false, "the record predates model Agents (no market recorded)", nil
	}
	for name, a := range map[string]common.Address{ContractRegistry: p.Registry, ContractFactory: p.Factory, ContractUSDC: p.USDC, ContractMarket: p.Market} {
		ok, err := c.HasCode(ctx, a)
		if err != nil {
			return false, "", unavailable("code", err)
		}
		if !ok {
			return false, fmt.Sprintf("no contract code at the recorded %s %s", name, a.Hex()), nil
		}
	}
	return true, "", nil
}

// fundDevAccounts mints DevUSDCPerAccount MockUSDC to each dev account not
// yet funded, recording each one as it goes.
func fundDevAccounts(ctx context.Context, c *Client, key *ecdsa.PrivateKey, p *Protocol, statePath string) error {
	done := map[int]bool{}
	for _, i := range p.DevFunded {
		done[i] = true
	}
	usdc := bindings.NewMockUSDC()
	for i := 0; i < devchain.DevAccounts; i++ {
		if done[i] {
			continue
		}
		to := p.USDC
		if _, err := c.Send(ctx, key, Tx{To: &to, Data: usdc.PackMint(devchain.DevAddress(i), DevUSDCPerAccount), ABIs: protocolABIs}); err != nil {
			return fmt.Errorf("fund dev account %d: %w", i, err)
		}
		p.DevFunded = append(p.DevFunded, i)
		if err := p.Save(statePath); err != nil {
			return err
		}
	}
	return nil
}

// LoadProtocol reads a protocol record; a missing file is (nil, nil).
func LoadProtocol(path string) (*Protocol, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read protocol record: %w", err)
	}
	var p Protocol
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The protocol record %s is not valid JSON (%v); move it away to deploy afresh.", path, err)
	}
	return &p, nil
}

// Save writes the record atomically (temp file, fsync, rename).
func (p *Protocol) Save(path string) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(b, '\n'), 0o644)
}

func writeFileAtomic(path string, data []byte, mode os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// protocolABIs are every protocol contract's ABI, for decoding reverts.
var protocolABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, m := range []*bind.MetaData{&bindings.ModelRegistryMetaData, &bindings.ModelFactoryMetaData, &bindings.ModelPoolMetaData, &bindings.ModelTokenMetaData, &bindings.OwnerVestingMetaData, &bindings.MockUSDCMetaData, &bindings.ModelAgentMetaData, &bindings.ModelGovernorMetaData, &bindings.ModelTimelockMetaData, &bindings.ModelMarketMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			panic(err)
		}
		out = append(out, a)
	}
	return out
}()

// ProtocolABIs returns the ABIs of every protocol contract, for DecodeError.
func ProtocolABIs() []*abi.ABI { return append([]*abi.ABI(nil), protocolABIs...) }
