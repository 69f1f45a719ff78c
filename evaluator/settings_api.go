package evaluator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	hhttp "github.com/hokusai-protocol/hokusai/http"
)

// MaxSettingsBytes bounds the body of a token manager settings request.
const MaxSettingsBytes = 4 << 10

// TokenManagerConfigJSON is a token manager configuration twice: in the
// contract's integers and in the seed's units.
type TokenManagerConfigJSON struct {
	TokensPerDeltaOne string                       `json:"tokens_per_deltaone"` // token wei per DeltaOne
	MaxReward         string                       `json:"max_reward"`          // token wei per improvement
	MintThreshold     string                       `json:"mint_threshold"`      // DeltaOnes, in wad
	ContributorBps    int                          `json:"contributor_bps"`
	APIFeeRate        uint64                       `json:"api_fee_rate"` // micro-USDC per call; 0 keeps the price
	Seed              hokusai.TokenManagerSettings `json:"seed"`
}

// UnsignedTx is a transaction for the model's owner to sign and send.
type UnsignedTx struct {
	From string `json:"from"`
	To   string `json:"to"`
	Data string `json:"data"`
}

// TokenManagerPlan is the answer of POST
// /v1/models/{id}/token_manager_settings: the seed's settings converted
// exactly, over the model's current configuration, and the owner's
// transaction that stores them.
type TokenManagerPlan struct {
	ModelID      uint64                 `json:"model_id"`
	TokenManager string                 `json:"token_manager"`
	Configured   bool                   `json:"configured"` // the model had a configuration before
	Config       TokenManagerConfigJSON `json:"config"`
	Transaction  UnsignedTx             `json:"transaction"`
}

// ConfigJSON writes c in both units for model m.
func ConfigJSON(m *hokusai.Model, c hokusai.TokenManagerConfig) TokenManagerConfigJSON {
	dec := func(s string) *hokusai.Decimal { d := hokusai.Decimal(s); return &d }
	out := TokenManagerConfigJSON{
		TokensPerDeltaOne: c.TokensPerDeltaOne.String(), MaxReward: c.MaxReward.String(), MintThreshold: c.MintThreshold.String(),
		ContributorBps: int(c.ContributorBps), APIFeeRate: c.APIFeeRate,
		Seed: hokusai.TokenManagerSettings{
			RewardRate:     dec(hokusai.FormatWad(c.TokensPerDeltaOne)),
			MaxRewards:     dec(hokusai.FormatWad(c.MaxReward)),
			MinImprovement: dec(trimDecimal(hokusai.ThresholdInMetric(m, c.MintThreshold))),
			RewardDistribution: &hokusai.RewardDistribution{
				Contributors: hokusai.Decimal(hokusai.FormatUnits(big.NewInt(int64(c.ContributorBps)), 4)),
				ModelOwner:   hokusai.Decimal(hokusai.FormatUnits(big.NewInt(10_000-int64(c.ContributorBps)), 4)),
			},
		},
	}
	if c.APIFeeRate != 0 {
		out.Seed.APIFeeRate = dec(hokusai.FormatUnits(new(big.Int).SetUint64(c.APIFeeRate), 6))
	}
	return out
}

// trimDecimal drops the trailing zeros of a fixed-point decimal.
func trimDecimal(s string) string {
	if !bytes.ContainsRune([]byte(s), '.') {
		return s
	}
	b := bytes.TrimRight([]byte(s), "0")
	return string(bytes.TrimSuffix(b, []byte(".")))
}

// PlanTokenManager converts the seed's settings for model m over its
// current on-chain configuration.
func PlanTokenManager(m *hokusai.Model, cur bindings.TokenManagerRewardConfig, s hokusai.TokenManagerSettings) (hokusai.TokenManagerConfig, error) {
	var base *hokusai.TokenManagerConfig
	if cur.Configured {
		base = &hokusai.TokenManagerConfig{TokensPerDeltaOne: cur.TokensPerDeltaOne, MaxReward: cur.MaxReward,
			MintThreshold: thresholdOf(cur.MintThreshold), ContributorBps: cur.ContributorBps}
		if base.ContributorBps == 0 {
			base.ContributorBps = hokusai.DefaultContributorBps
		}
	}
	return s.Apply(m, base)
}

func (a *API) handleTokenManagerSettings(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, err := a.model(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxSettingsBytes+1))
	if err != nil {
		return fmt.Errorf("read settings: %w", err)
	}
	if len(body) > MaxSettingsBytes {
		return hokusai.Errorf(hokusai.EINVALID, "The settings are more than %d bytes; send only reward_rate, max_rewards, min_improvement, mint_threshold, api_fee_rate and reward_distribution.", MaxSettingsBytes)
	}
	var s hokusai.TokenManagerSettings
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return hokusai.Errorf(hokusai.EINVALID, "The settings must be a JSON object of reward_rate, max_rewards, min_improvement (or mint_threshold), api_fee_rate and reward_distribution {contributors, model_owner}: %v.", err)
	}
	rc, err := a.Client.RewardConfig(ctx, a.Mint.TokenManager, m.ID)
	if err != nil {
		return err
	}
	cfg, err := PlanTokenManager(m, rc, s)
	if err != nil {
		return err
	}
	data, err := chain.ConfigureTokenManagerCalldata(m.ID, cfg)
	if err != nil {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, TokenManagerPlan{
		ModelID: m.ID, TokenManager: a.Mint.TokenManager.Hex(), Configured: rc.Configured, Config: ConfigJSON(m, cfg),
		Transaction: UnsignedTx{From: m.Owner, To: a.Mint.TokenManager.Hex(), Data: hexutil.Encode(data)},
	})
}
