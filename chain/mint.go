package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// Verification methods (DeltaOneVerifier.Method).
const (
	MethodOracle  uint8 = 0
	MethodZkProof uint8 = 1
)

var (
	verifierBinding = bindings.NewDeltaOneVerifier()
	managerBinding  = bindings.NewTokenManager()
	vaultBinding    = bindings.NewCreditVault()
	routerBinding   = bindings.NewUsageFeeRouter()

	verifierABI = mustParse(&bindings.DeltaOneVerifierMetaData)
	managerABI  = mustParse(&bindings.TokenManagerMetaData)
	vaultABI    = mustParse(&bindings.CreditVaultMetaData)
	routerABI   = mustParse(&bindings.UsageFeeRouterMetaData)
	tokenABI    = mustParse(&bindings.ModelTokenMetaData)
	poolABI     = mustParse(&bindings.ModelPoolMetaData)

	// mintABIs decode the custom errors a mint or a settlement can revert with.
	mintABIs = []*abi.ABI{verifierABI, managerABI, vaultABI, routerABI, tokenABI, poolABI}
)

func mustParse(m *bind.MetaData) *abi.ABI {
	a, err := m.ParseABI()
	if err != nil {
		panic(err)
	}
	return a
}

// VerifierSettings is what ConfigureVerifier sets; the metric, direction
// and DeltaOne size come from the registry, the head from CommitBenchmark.
type VerifierSettings struct {
	Method    uint8 // MethodOracle (SubmitMint) or MethodZkProof (ConfigureZk, SubmitZkMint)
	K         uint8 // signatures required
	Attesters []common.Address
}

// RewardSettings is what ConfigureTokenManager sets (configure_token_manager),
// in the contract's integer units; hokusai.TokenManagerSettings.Apply makes
// one from the seed's settings.
type RewardSettings = hokusai.TokenManagerConfig

// MintResult is a verified mint: its receipt and decoded events.
type MintResult struct {
	Receipt  *types.Receipt
	Verified *bindings.DeltaOneVerifierDeltaOneVerified
	Reward   *bindings.TokenManagerRewardMinted
}

// ConfigureVerifier sets a model's verification method and k-of-n attesters;
// key is the model's owner or the protocol admin.
func (c *Client) ConfigureVerifier(ctx context.Context, key *ecdsa.PrivateKey, verifier common.Address, modelID uint64, s VerifierSettings) (*types.Receipt, error) {
	data := verifierBinding.PackConfigureVerifier(new(big.Int).SetUint64(modelID), bindings.DeltaOneVerifierVerifierConfig{
		Method: s.Method, K: s.K, Attesters: s.Attesters,
	})
	return c.Send(ctx, key, Tx{To: &verifier, Data: data, ABIs: mintABIs})
}

// BenchmarkCommit is what CommitBenchmark writes: the benchmark
// specification's hash and the head the evaluator measured on it.
type BenchmarkCommit struct {
	BenchmarkHash common.Hash
	HeadScore     *big.Int    // wad
	HeadDigest    common.Hash // the measured head version's model digest
}

// CommitBenchmark commits a model's benchmark hash with its measured head
// and resets the verifier's head to it; key is the protocol admin (the
// platform whose evaluator measured the head). Sending it twice writes the
// same state twice, so it needs no idempotency key.
func (c *Client) CommitBenchmark(ctx context.Context, key *ecdsa.PrivateKey, verifier common.Address, modelID uint64, b BenchmarkCommit) (*types.Receipt, error) {
	if b.BenchmarkHash == (common.Hash{}) || b.HeadScore == nil {
		return nil, hokusai.FieldErrorf("benchmark_hash", "A benchmark commit needs a non-zero benchmark hash and a head score.")
	}
	return c.Send(ctx, key, CommitBenchmarkTx(verifier, modelID, b))
}

// CommitBenchmarkTx is the transaction by which the verifier's admin
// commits a model's benchmark and measured head.
func CommitBenchmarkTx(verifier common.Address, modelID uint64, b BenchmarkCommit) Tx {
	data := verifierBinding.PackCommitBenchmark(new(big.Int).SetUint64(modelID), b.BenchmarkHash, b.HeadScore, b.HeadDigest)
	return Tx{To: &verifier, Data: data, ABIs: mintABIs}
}

// CommittedBenchmark reads a model's committed benchmark hash; zero when
// none is committed yet.
func (c *Client) CommittedBenchmark(ctx context.Context, verifier common.Address, modelID uint64) (common.Hash, error) {
	out, err := c.call(ctx, verifier, verifierBinding.PackBenchmark(new(big.Int).SetUint64(modelID)))
	if err != nil {
		return common.Hash{}, fmt.Errorf("committed benchmark: %w", err)
	}
	h, err := verifierBinding.UnpackBenchmark(out)
	if err != nil {
		return common.Hash{}, fmt.Errorf("committed benchmark: %w", err)
	}
	return h, nil
}

// ConfigureTokenManager sets a model's reward configuration and API fee rate;
// key is the model's owner or the protocol admin.
func (c *Client) ConfigureTokenManager(ctx context.Context, key *ecdsa.PrivateKey, manager common.Address, modelID uint64, s RewardSettings) (*types.Receipt, error) {
	data, err := ConfigureTokenManagerCalldata(modelID, s)
	if err != nil {
		return nil, err
	}
	return c.Send(ctx, key, Tx{To: &manager, Data: data, ABIs: mintABIs})
}

// ConfigureTokenManagerCalldata is the call data of configureTokenManager
// for s, checked first, for a wallet that signs and sends it itself.
func ConfigureTokenManagerCalldata(modelID uint64, s RewardSettings) ([]byte, error) {
	if s.TokensPerDeltaOne == nil || s.TokensPerDeltaOne.Sign() <= 0 {
		return nil, hokusai.FieldErrorf("tokens_per_deltaone", "tokens_per_deltaone must be a positive number of token wei.")
	}
	if s.MaxReward == nil || s.MaxReward.Sign() <= 0 {
		return nil, hokusai.FieldErrorf("max_reward", "max_reward must be a positive number of token wei.")
	}
	if s.ContributorBps > 10_000 {
		return nil, hokusai.FieldErrorf("contributor_bps", "contributor_bps is at most 10,000 (100%%); got %d.", s.ContributorBps)
	}
	return managerBinding.PackConfigureTokenManager(new(big.Int).SetUint64(modelID), bindings.TokenManagerManagerConfig{
		TokensPerDeltaOne: s.TokensPerDeltaOne,
		MaxReward:         s.MaxReward,
		MintThreshold:     orZero(s.MintThreshold),
		ContributorBps:    s.ContributorBps,
		ApiFeeRate:        s.APIFeeRate,
	}), nil
}

// SetMintBudget sets how many token wei a model may still mint as rewards;
// key is the protocol admin.
func (c *Client) SetMintBudget(ctx context.Context, key *ecdsa.PrivateKey, manager common.Address, modelID uint64, budget *big.Int) (*types.Receipt, error) {
	data := managerBinding.PackSetBudget(new(big.Int).SetUint64(modelID), budget)
	return c.Send(ctx, key, Tx{To: &manager, Data: data, ABIs: mintABIs})
}

// SetPricePerCall starts a 30-day ramp of a model's price per call to price
// micro-USDC; key is the model's owner (until the DAO) or the admin.
func (c *Client) SetPricePerCall(ctx context.Context, key *ecdsa.PrivateKey, manager common.Address, modelID uint64, price uint64) (*types.Receipt, error) {
	if price == 0 {
		return nil, hokusai.FieldErrorf("price", "The price per call must be above 0 micro-USDC.")
	}
	data := managerBinding.PackSetPricePerCall(new(big.Int).SetUint64(modelID), price)
	return c.Send(ctx, key, Tx{To: &manager, Data: data, ABIs: mintABIs})
}

// PricePerCall reads a model's price per call now, in micro-USDC.
func (c *Client) PricePerCall(ctx context.Context, manager common.Address, modelID uint64) (*big.Int, error) {
	out, err := c.call(ctx, manager, managerBinding.PackPricePerCall(new(big.Int).SetUint64(modelID)))
	if err != nil {
		return nil, fmt.Errorf("price per call: %w", err)
	}
	return managerBinding.UnpackPricePerCall(out)
}

// PriceRamp reads a model's price ramp: the price per call it ramps from
// and to (micro-USDC) and when; To is the price api_fee_rate last set.
func (c *Client) PriceRamp(ctx context.Context, manager common.Address, modelID uint64) (bindings.TokenManagerPriceRamp, error) {
	out, err := c.call(ctx, manager, managerBinding.PackPriceRamp(new(big.Int).SetUint64(modelID)))
	if err != nil {
		return bindings.TokenManagerPriceRamp{}, fmt.Errorf("price ramp: %w", err)
	}
	return managerBinding.UnpackPriceRamp(out)
}

// MintRequestDigestOnChain asks the verifier for the digest of r (the view
// hashMintRequest); it must equal MintRequestDigest.
func (c *Client) MintRequestDigestOnChain(ctx context.Context, verifier common.Address, r *MintRequest) (common.Hash, error) {
	out, err := c.call(ctx, verifier, verifierBinding.PackHashMintRequest(r.toBinding()))
	if err != nil {
		return common.Hash{}, fmt.Errorf("hash mint request: %w", err)
	}
	h, err := verifierBinding.UnpackHashMintRequest(out)
	return common.Hash(h), err
}

// VerifierHead reads a model's current head score (wad) and package digest.
func (c *Client) VerifierHead(ctx context.Context, verifier common.Address, modelID uint64) (*big.Int, common.Hash, error) {
	out, err := c.call(ctx, verifier, verifierBinding.PackHead(new(big.Int).SetUint64(modelID)))
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("verifier head: %w", err)
	}
	h, err := verifierBinding.UnpackHead(out)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("verifier head: %w", err)
	}
	return h.Score, h.Digest, nil
}

// RewardConfig reads a model's reward configuration and remaining budget.
func (c *Client) RewardConfig(ctx context.Context, manager common.Address, modelID uint64) (bindings.TokenManagerRewardConfig, error) {
	out, err := c.call(ctx, manager, managerBinding.PackRewardConfig(new(big.Int).SetUint64(modelID)))
	if err != nil {
		return bindings.TokenManagerRewardConfig{}, fmt.Errorf("reward config: %w", err)
	}
	return managerBinding.UnpackRewardConfig(out)
}

// SubmitMint sends a signed mint request to the verifier. Any key may send
// it (the signatures carry the authority). A revert comes back as a
// *hokusai.Error naming the verifier's custom error (KeyAlreadyUsed,
// NotAttester, BaselineNotHead, …); errors.As finds the *RevertError.
func (c *Client) SubmitMint(ctx context.Context, key *ecdsa.PrivateKey, verifier common.Address, r *MintRequest, sigs []MintSignature) (*MintResult, error) {
	data := verifierBinding.PackMint(r.toBinding(), sigsToBinding(sigs))
	rc, err := c.sendEstimated(ctx, key, verifier, data, 1_000_000+250_000*uint64(len(r.Contributors)))
	if err != nil {
		return nil, err
	}
	res := &MintResult{Receipt: rc}
	for _, l := range rc.Logs {
		if ev, err := verifierBinding.UnpackDeltaOneVerifiedEvent(l); err == nil {
			res.Verified = ev
		}
		if ev, err := managerBinding.UnpackRewardMintedEvent(l); err == nil {
			res.Reward = ev
		}
	}
	if res.Verified == nil || res.Reward == nil {
		return res, hokusai.Errorf(hokusai.EINTERNAL, "The mint in transaction %s succeeded but its events are missing.", rc.TxHash.Hex())
	}
	return res, nil
}

// maxTxGas is the per-transaction gas limit cap since Osaka (EIP-7825).
const maxTxGas = 1 << 24

// estimateWithMargin returns a gas limit for a call: twice the node's
// estimate. The margin matters on chains with EIP-8037 state gas (go-ethereum's
// dev and simulated chains enable Amsterdam): there a transaction can need a
// limit well above the gas it uses, and the estimator sometimes refuses calls
// that succeed. When the estimate fails but the call succeeds with fallback gas,
// fallback is the limit; when the call fails too, its revert is the error.
// sendEstimated sends data to a mint-side contract with the gas
// estimateWithMargin gives, and waits for the receipt.
func (c *Client) sendEstimated(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte, fallback uint64) (*types.Receipt, error) {
	gas, err := c.estimateWithMargin(ctx, crypto.PubkeyToAddress(key.PublicKey), to, data, fallback)
	if err != nil {
		return nil, err
	}
	return c.Send(ctx, key, Tx{To: &to, Data: data, Gas: gas, ABIs: mintABIs})
}

func (c *Client) estimateWithMargin(ctx context.Context, from, to common.Address, data []byte, fallback uint64) (uint64, error) {
	msg := ethereum.CallMsg{From: from, To: &to, Data: data}
	gas, err := c.Backend.EstimateGas(ctx, msg)
	if err == nil {
		return min(2*gas, max(gas, maxTxGas)), nil
	}
	fallback = min(fallback, maxTxGas)
	msg.Gas = fallback
	if _, callErr := c.Backend.CallContract(ctx, msg, nil); callErr != nil {
		return 0, DecodeError(callErr, mintABIs...)
	}
	return fallback, nil
}

// call runs a read-only call against the latest block and decodes a revert.
func (c *Client) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, DecodeError(err, mintABIs...)
	}
	return out, nil
}

// MintKeyUsed reports whether a mint request with this idempotency key was
// accepted; a minter that crashed after sending checks it before resending.
func (c *Client) MintKeyUsed(ctx context.Context, verifier common.Address, key common.Hash) (bool, error) {
	out, err := c.call(ctx, verifier, verifierBinding.PackKeyUsed(key))
	if err != nil {
		return false, fmt.Errorf("mint key used: %w", err)
	}
	return verifierBinding.UnpackKeyUsed(out)
}

// SendVerifierCall sends call data to the verifier (a configuration an
// owner signs from a server's plan), decoding its reverts.
func (c *Client) SendVerifierCall(ctx context.Context, key *ecdsa.PrivateKey, verifier common.Address, data []byte) (*types.Receipt, error) {
	return c.Send(ctx, key, Tx{To: &verifier, Data: data, ABIs: mintABIs})
}
