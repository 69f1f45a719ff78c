package hokusai

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
)

// Decimal is a decimal number as the seed writes it (0.01, "0.7", 100000),
// kept as its text so that it is converted to an integer unit exactly, never
// through a float. It unmarshals from a JSON number or a JSON string.
type Decimal string

// maxDecimalLen bounds a Decimal's text before it is parsed.
const maxDecimalLen = 48

// decimalSyntax is a plain decimal with an optional small exponent: no
// fractions ("1/3"), hexadecimal or exponents that would make big.Rat
// allocate without bound.
var decimalSyntax = regexp.MustCompile(`^[+-]?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]{1,2})?$`)

// UnmarshalJSON accepts a JSON number or a string holding one.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > maxDecimalLen+2 {
		return fmt.Errorf("a decimal is at most %d characters", maxDecimalLen)
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*d = Decimal(s)
		return nil
	}
	if !json.Valid(b) || len(b) == 0 || !(b[0] == '-' || (b[0] >= '0' && b[0] <= '9')) {
		return fmt.Errorf("a decimal must be a JSON number or a string holding one, got %s", Excerpt(string(b)))
	}
	*d = Decimal(b)
	return nil
}

// MarshalJSON writes the decimal as a JSON number, as the seed writes it.
func (d Decimal) MarshalJSON() ([]byte, error) {
	if !decimalSyntax.MatchString(string(d)) {
		return json.Marshal(string(d))
	}
	return []byte(d), nil
}

// Rat parses d exactly; field names it in the error.
func (d Decimal) Rat(field string) (*big.Rat, error) {
	s := string(d)
	if len(s) > maxDecimalLen || !decimalSyntax.MatchString(s) {
		return nil, FieldErrorf(field, "%s must be a decimal number such as 0.01 (at most %d characters), got %q.", field, maxDecimalLen, Excerpt(s))
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil, FieldErrorf(field, "%s must be a decimal number such as 0.01, got %q.", field, s)
	}
	return r, nil
}

// exactIn converts r to an integer count of units, each unit being
// 1/scale, and refuses a value that is not a whole number of units.
func exactIn(field string, r *big.Rat, scale *big.Int, unit string) (*big.Int, error) {
	v := new(big.Rat).Mul(r, new(big.Rat).SetInt(scale))
	if !v.IsInt() {
		return nil, FieldErrorf(field, "%s = %s is not a whole number of %s, the unit it is stored in; give a value that is (it is never rounded).", field, r.RatString(), unit)
	}
	return new(big.Int).Set(v.Num()), nil
}

// Bounds of the token manager's stored fields.
var (
	maxUint128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	maxUint96  = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	microUSDC  = big.NewInt(1_000_000)
	bpsScale   = big.NewInt(10_000)
)

// MaxAPIFeeRate bounds api_fee_rate: 1,000 USDC per call, in micro-USDC.
const MaxAPIFeeRate = 1_000 * 1_000_000

// RewardDistribution is the seed's split of each reward: the contributors'
// and the model owner's fractions, which sum to exactly 1.
type RewardDistribution struct {
	Contributors Decimal `json:"contributors"`
	ModelOwner   Decimal `json:"model_owner"`
}

// TokenManagerSettings are the seed's register_model and
// configure_token_manager settings in the seed's units: reward_rate and
// max_rewards in tokens, min_improvement (or its other name mint_threshold)
// in the model's metric units (0.01 is one percentage point of a
// proportion, one DeltaOne), api_fee_rate in USDC per call and
// reward_distribution as fractions. Absent fields keep their current value.
type TokenManagerSettings struct {
	RewardRate         *Decimal            `json:"reward_rate,omitempty"`
	MaxRewards         *Decimal            `json:"max_rewards,omitempty"`
	MinImprovement     *Decimal            `json:"min_improvement,omitempty"`
	MintThreshold      *Decimal            `json:"mint_threshold,omitempty"`
	APIFeeRate         *Decimal            `json:"api_fee_rate,omitempty"`
	RewardDistribution *RewardDistribution `json:"reward_distribution,omitempty"`
}

// TokenManagerConfig is a model's token manager configuration in the exact
// integer units the contract stores.
type TokenManagerConfig struct {
	TokensPerDeltaOne *big.Int // token wei per whole DeltaOne
	MaxReward         *big.Int // token wei cap per improvement
	MintThreshold     *big.Int // DeltaOnes, in wad, an improvement must reach
	ContributorBps    uint16   // contributors' share of each reward, in basis points
	APIFeeRate        uint64   // price per call in micro-USDC; 0 keeps the current price
}

// DefaultContributorBps is the contributors' share when none is set (70%).
const DefaultContributorBps = 7_000

// EffectiveDeltaOne is the size of one DeltaOne in m's metric units (wad):
// 0.01 for a proportion, the registry's value otherwise.
func (m *Model) EffectiveDeltaOne() (*big.Int, error) {
	if m.Metric.IsProportion() {
		return new(big.Int).Div(WAD, big.NewInt(100)), nil
	}
	if m.DeltaOne == nil || m.DeltaOne.Sign() <= 0 {
		return nil, Errorf(EINVALID, "Model %d (%s) has no DeltaOne size, so an improvement in its metric's units cannot be converted; the registry should hold one.", m.ID, m.Metric)
	}
	return m.DeltaOne, nil
}

// ThresholdDeltaOnes converts an improvement in m's metric units into
// DeltaOnes (wad): value ÷ the model's DeltaOne size, exactly.
func ThresholdDeltaOnes(field string, m *Model, value *big.Rat) (*big.Int, error) {
	d1, err := m.EffectiveDeltaOne()
	if err != nil {
		return nil, err
	}
	if value.Sign() <= 0 {
		return nil, FieldErrorf(field, "%s must be a positive improvement in %s's units (0.01 is one DeltaOne for a proportion), got %s.", field, m.Metric, value.RatString())
	}
	// DeltaOnes = value / (d1 / 1e18); in wad: value * 1e36 / d1.
	deltaOnes := new(big.Rat).Quo(value, new(big.Rat).SetFrac(d1, WAD))
	t, err := exactIn(field, deltaOnes, WAD, "1e-18 DeltaOne")
	if err != nil {
		return nil, FieldErrorf(field, "%s = %s is %s DeltaOnes of %s (one DeltaOne is %s), which is not a whole number of 1e-18 DeltaOne; give a value that is (it is never rounded).",
			field, value.RatString(), deltaOnes.RatString(), m.Metric, FormatWad(d1))
	}
	if t.Cmp(maxUint96) > 0 {
		return nil, FieldErrorf(field, "%s = %s is %s DeltaOnes, more than the token manager can store; give a smaller value.", field, value.RatString(), FormatWad(t))
	}
	return t, nil
}

// ThresholdInMetric is ThresholdDeltaOnes's inverse, for display: the
// improvement in m's metric units that a threshold in DeltaOnes means.
func ThresholdInMetric(m *Model, deltaOnes *big.Int) string {
	d1, err := m.EffectiveDeltaOne()
	if err != nil || deltaOnes == nil {
		return "?"
	}
	v := new(big.Rat).Mul(new(big.Rat).SetFrac(deltaOnes, WAD), new(big.Rat).SetFrac(d1, WAD))
	return v.FloatString(18)
}

// positiveUnits parses a positive amount with the given decimals and an
// upper bound.
func positiveUnits(field string, d Decimal, scale *big.Int, unit string, max *big.Int) (*big.Int, error) {
	r, err := d.Rat(field)
	if err != nil {
		return nil, err
	}
	if r.Sign() <= 0 {
		return nil, FieldErrorf(field, "%s must be greater than zero, got %s.", field, string(d))
	}
	v, err := exactIn(field, r, scale, unit)
	if err != nil {
		return nil, err
	}
	if v.Cmp(max) > 0 {
		return nil, FieldErrorf(field, "%s = %s is more than the largest value stored (%s %s); give a smaller value.", field, string(d), max, unit)
	}
	return v, nil
}

// contributorBps converts the seed's reward_distribution to the
// contributors' share in basis points.
func (rd *RewardDistribution) contributorBps() (uint16, error) {
	const field = "reward_distribution"
	if rd.Contributors == "" || rd.ModelOwner == "" {
		return 0, FieldErrorf(field, "reward_distribution needs both contributors and model_owner, fractions summing to 1 (e.g. {\"contributors\": 0.7, \"model_owner\": 0.3}).")
	}
	c, err := rd.Contributors.Rat(field + ".contributors")
	if err != nil {
		return 0, err
	}
	o, err := rd.ModelOwner.Rat(field + ".model_owner")
	if err != nil {
		return 0, err
	}
	one := big.NewRat(1, 1)
	if c.Sign() < 0 || o.Sign() < 0 || c.Cmp(one) > 0 || o.Cmp(one) > 0 {
		return 0, FieldErrorf(field, "reward_distribution's fractions lie between 0 and 1, got contributors %s and model_owner %s.", rd.Contributors, rd.ModelOwner)
	}
	if new(big.Rat).Add(c, o).Cmp(one) != 0 {
		return 0, FieldErrorf(field, "reward_distribution's fractions must sum to exactly 1, got contributors %s + model_owner %s = %s.", rd.Contributors, rd.ModelOwner, new(big.Rat).Add(c, o).RatString())
	}
	bps, err := exactIn(field+".contributors", c, bpsScale, "basis points (0.0001)")
	if err != nil {
		return 0, err
	}
	if bps.Sign() == 0 {
		return 0, FieldErrorf(field, "reward_distribution contributors 0 cannot be stored: the token manager reads a zero share as its 70%% default. Give contributors at least 0.0001.")
	}
	return uint16(bps.Uint64()), nil
}

// Apply converts s to the token manager's units for model m and applies
// it over cur, the model's current configuration (nil when the model has
// none yet: then reward_rate and max_rewards are required, and the
// threshold and split take their defaults, one DeltaOne and 70%). Every
// value is converted exactly; one that is not a whole number of its stored
// unit, out of range or inconsistent is an EINVALID error naming the field.
func (s TokenManagerSettings) Apply(m *Model, cur *TokenManagerConfig) (TokenManagerConfig, error) {
	var out TokenManagerConfig
	if cur != nil {
		out = *cur
		out.APIFeeRate = 0 // keep the current price unless a new one is given
	} else {
		if s.RewardRate == nil || s.MaxRewards == nil {
			return out, FieldErrorf("reward_rate", "Model %d has no reward configuration yet: give reward_rate (tokens per DeltaOne) and max_rewards (tokens per improvement), as register_model does.", m.ID)
		}
		out.MintThreshold = new(big.Int).Set(WAD)
		out.ContributorBps = DefaultContributorBps
	}
	var err error
	if s.RewardRate != nil {
		if out.TokensPerDeltaOne, err = positiveUnits("reward_rate", *s.RewardRate, WAD, "token wei", maxUint128); err != nil {
			return out, err
		}
	}
	if s.MaxRewards != nil {
		if out.MaxReward, err = positiveUnits("max_rewards", *s.MaxRewards, WAD, "token wei", maxUint128); err != nil {
			return out, err
		}
	}
	var thresholds []*big.Int
	for _, t := range []struct {
		field string
		v     *Decimal
	}{{"min_improvement", s.MinImprovement}, {"mint_threshold", s.MintThreshold}} {
		if t.v == nil {
			continue
		}
		r, err := t.v.Rat(t.field)
		if err != nil {
			return out, err
		}
		v, err := ThresholdDeltaOnes(t.field, m, r)
		if err != nil {
			return out, err
		}
		thresholds = append(thresholds, v)
	}
	if len(thresholds) == 2 && thresholds[0].Cmp(thresholds[1]) != 0 {
		return out, FieldErrorf("mint_threshold", "min_improvement (%s) and mint_threshold (%s) name the same setting, the improvement needed to mint; give one, or the same value twice.", *s.MinImprovement, *s.MintThreshold)
	}
	if len(thresholds) > 0 {
		out.MintThreshold = thresholds[0]
	}
	if s.APIFeeRate != nil {
		v, err := positiveUnits("api_fee_rate", *s.APIFeeRate, microUSDC, "micro-USDC (0.000001 USDC)", big.NewInt(MaxAPIFeeRate))
		if err != nil {
			return out, err
		}
		out.APIFeeRate = v.Uint64()
	}
	if s.RewardDistribution != nil {
		if out.ContributorBps, err = s.RewardDistribution.contributorBps(); err != nil {
			return out, err
		}
	}
	return out, nil
}
