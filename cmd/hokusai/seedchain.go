package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// The seed's SDK calls that are transactions of the model's owner
// (register_model, configure_token_manager, configure_verifier): they go
// to the chain, not to a Hokusai server, so they live with the CLI that
// holds a chain session rather than in the Go SDK.

// applyTokenManagerSettings is the chain step of register_model and
// configure_token_manager: the server converts the seed's settings exactly
// (sdk.PlanTokenManagerSettings), and the owner's key sends the resulting
// configuration through the transaction manager. The call data is packed
// here from the returned integers and must equal the server's, so a server
// cannot slip the owner a different transaction.
func applyTokenManagerSettings(ctx context.Context, cli *sdk.Client, s *chain.Session, owner *ecdsa.PrivateKey, m *hokusai.Model, settings hokusai.TokenManagerSettings) (*api.TokenManagerPlan, common.Hash, error) {
	if s.Protocol.Mint == nil {
		return nil, common.Hash{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server's protocol has no token manager yet.")
	}
	plan, err := cli.PlanTokenManagerSettings(ctx, fmt.Sprint(m.ID), settings)
	if err != nil {
		return nil, common.Hash{}, err
	}
	if !common.IsHexAddress(plan.TokenManager) || common.HexToAddress(plan.TokenManager) != s.Protocol.Mint.TokenManager {
		return nil, common.Hash{}, hokusai.Errorf(hokusai.EINVALID, "The server names token manager %s but the chain's protocol has %s; check --server and --rpc point at the same deployment.", plan.TokenManager, s.Protocol.Mint.TokenManager.Hex())
	}
	cfg, err := rewardSettingsOf(plan.Config)
	if err != nil {
		return nil, common.Hash{}, err
	}
	data, err := chain.ConfigureTokenManagerCalldata(m.ID, cfg)
	if err != nil {
		return nil, common.Hash{}, err
	}
	if hexutil.Encode(data) != plan.Transaction.Data {
		return nil, common.Hash{}, hokusai.Errorf(hokusai.EINVALID, "The server's transaction for model %d does not match the configuration it reports; nothing was sent.", m.ID)
	}
	r, err := s.Client.ConfigureTokenManager(ctx, owner, s.Protocol.Mint.TokenManager, m.ID, cfg)
	if err != nil {
		return nil, common.Hash{}, err
	}
	return plan, r.TxHash, nil
}

// rewardSettingsOf reads the integers of a planned configuration.
func rewardSettingsOf(c api.TokenManagerConfig) (chain.RewardSettings, error) {
	var out chain.RewardSettings
	for _, f := range []struct {
		name string
		s    string
		dst  **big.Int
	}{{"tokens_per_deltaone", c.TokensPerDeltaone, &out.TokensPerDeltaOne}, {"max_reward", c.MaxReward, &out.MaxReward}, {"mint_threshold", c.MintThreshold, &out.MintThreshold}} {
		v, ok := new(big.Int).SetString(f.s, 10)
		if !ok || v.Sign() < 0 {
			return out, hokusai.Errorf(hokusai.EINTERNAL, "The server's %s %q is not a non-negative integer.", f.name, f.s)
		}
		*f.dst = v
	}
	if c.ContributorBps < 0 || c.ContributorBps > 10_000 || c.ApiFeeRate < 0 {
		return out, hokusai.Errorf(hokusai.EINTERNAL, "The server's contributor_bps %d or api_fee_rate %d is out of range.", c.ContributorBps, c.ApiFeeRate)
	}
	out.ContributorBps, out.APIFeeRate = uint16(c.ContributorBps), uint64(c.ApiFeeRate)
	return out, nil
}

// verifierParams are the seed's configure_verifier settings.
type verifierParams struct {
	PerformanceMetrics     []string // must include the model's metric
	VerificationMethod     string   // oracle; zkProof goes through the server's plan (sendVerifierPlan)
	ImprovementCalculation string   // deltaInBps
	Attesters              []common.Address
	K                      int
}

// configureVerifier is the seed's configure_verifier.
func configureVerifier(ctx context.Context, s *chain.Session, owner *ecdsa.PrivateKey, m *hokusai.Model, p verifierParams) (common.Hash, error) {
	if s.Protocol.Mint == nil {
		return common.Hash{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server's protocol has no verifier yet.")
	}
	switch strings.ToLower(p.VerificationMethod) {
	case "", "oracle":
	case "zkproof", "zk_proof", "zk":
		return common.Hash{}, hokusai.FieldErrorf("verification_method", "zkProof needs the server's check that the model can be proven: use configure_verifier --verification-method zkProof (POST /v1/models/%d/verifier_settings).", m.ID)
	default:
		return common.Hash{}, hokusai.FieldErrorf("verification_method", "verification_method must be oracle or zkProof, got %q.", p.VerificationMethod)
	}
	if p.ImprovementCalculation != "" && p.ImprovementCalculation != "deltaInBps" {
		return common.Hash{}, hokusai.FieldErrorf("improvement_calculation", "improvement_calculation must be deltaInBps, got %q.", p.ImprovementCalculation)
	}
	if len(p.PerformanceMetrics) > 0 {
		found := false
		for _, name := range p.PerformanceMetrics {
			found = found || strings.EqualFold(name, m.Metric.String())
		}
		if !found {
			return common.Hash{}, hokusai.FieldErrorf("performance_metrics", "Model %d is scored on %s; performance_metrics must include it (got %s).", m.ID, m.Metric, strings.Join(p.PerformanceMetrics, ", "))
		}
	}
	if len(p.Attesters) == 0 {
		return common.Hash{}, hokusai.FieldErrorf("attesters", "Name at least one attester address.")
	}
	k := p.K
	if k == 0 {
		k = len(p.Attesters)
	}
	if k < 1 || k > len(p.Attesters) {
		return common.Hash{}, hokusai.FieldErrorf("k", "k must lie between 1 and the %d attesters, got %d.", len(p.Attesters), k)
	}
	r, err := s.Client.ConfigureVerifier(ctx, owner, s.Protocol.Mint.Verifier, m.ID, chain.VerifierSettings{
		Method: chain.MethodOracle, K: uint8(k), Attesters: p.Attesters,
	})
	if err != nil {
		return common.Hash{}, err
	}
	return r.TxHash, nil
}
