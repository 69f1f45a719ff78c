package hokusai_test

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func decodeSettings(t *testing.T, body string) hokusai.TokenManagerSettings {
	t.Helper()
	var s hokusai.TokenManagerSettings
	if err := json.Unmarshal([]byte(body), &s); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	return s
}

// The seed's snippets, as written, give the intended integers.
func TestTokenManagerSettingsSeedForms(t *testing.T) {
	acc := &hokusai.Model{ID: 1, Metric: hokusai.MetricAccuracy}
	reg := decodeSettings(t, `{"reward_rate": 100000, "min_improvement": 0.01, "max_rewards": 400000}`)
	got, err := reg.Apply(acc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.TokensPerDeltaOne.Cmp(wei("100000000000000000000000")) != 0 || got.MaxReward.Cmp(wei("400000000000000000000000")) != 0 ||
		got.MintThreshold.Cmp(hokusai.WAD) != 0 || got.ContributorBps != 7000 || got.APIFeeRate != 0 {
		t.Fatalf("register_model settings = %+v", got)
	}
	tm := decodeSettings(t, `{"mint_threshold": 0.015, "api_fee_rate": 0.001, "reward_distribution": {"contributors": 0.7, "model_owner": 0.3}}`)
	got2, err := tm.Apply(acc, &got)
	if err != nil {
		t.Fatal(err)
	}
	if got2.MintThreshold.Cmp(wei("1500000000000000000")) != 0 || got2.APIFeeRate != 1000 || got2.ContributorBps != 7000 ||
		got2.TokensPerDeltaOne.Cmp(got.TokensPerDeltaOne) != 0 || got2.MaxReward.Cmp(got.MaxReward) != 0 {
		t.Fatalf("configure_token_manager settings = %+v", got2)
	}
	// Strings are accepted too, and a non-proportion metric uses the
	// model's own DeltaOne size: RMSE with one DeltaOne = 0.05.
	rmse := &hokusai.Model{ID: 2, Metric: hokusai.MetricRMSE, DeltaOne: wei("50000000000000000")}
	got3, err := decodeSettings(t, `{"mint_threshold": "0.125", "reward_distribution": {"contributors": "0.85", "model_owner": "0.15"}}`).Apply(rmse, &got)
	if err != nil {
		t.Fatal(err)
	}
	if got3.MintThreshold.Cmp(wei("2500000000000000000")) != 0 || got3.ContributorBps != 8500 {
		t.Fatalf("rmse settings = %+v", got3)
	}
	if s := hokusai.ThresholdInMetric(rmse, got3.MintThreshold); !strings.HasPrefix(s, "0.125") {
		t.Fatalf("ThresholdInMetric = %s", s)
	}
}

// Values that are not whole numbers of the stored unit, out of range or
// inconsistent are refused with the field named, never rounded.
func TestTokenManagerSettingsRefused(t *testing.T) {
	acc := &hokusai.Model{ID: 1, Metric: hokusai.MetricAccuracy}
	cur := &hokusai.TokenManagerConfig{TokensPerDeltaOne: hokusai.WAD, MaxReward: hokusai.WAD, MintThreshold: hokusai.WAD, ContributorBps: 7000}
	noDeltaOne := &hokusai.Model{ID: 3, Metric: hokusai.MetricRMSE}
	for _, c := range []struct {
		name, body, field string
		m                 *hokusai.Model
		cur               *hokusai.TokenManagerConfig
	}{
		{"fee below a micro-USDC", `{"api_fee_rate": 0.0000005}`, "api_fee_rate", acc, cur},
		{"fee zero", `{"api_fee_rate": 0}`, "api_fee_rate", acc, cur},
		{"fee huge", `{"api_fee_rate": 5000}`, "api_fee_rate", acc, cur},
		{"threshold below 1e-18 DeltaOne", `{"mint_threshold": 1e-21}`, "mint_threshold", acc, cur},
		{"threshold zero", `{"min_improvement": 0}`, "min_improvement", acc, cur},
		{"threshold negative", `{"min_improvement": -0.01}`, "min_improvement", acc, cur},
		{"threshold and min_improvement differ", `{"min_improvement": 0.01, "mint_threshold": 0.02}`, "mint_threshold", acc, cur},
		{"no DeltaOne size", `{"mint_threshold": 0.5}`, "", noDeltaOne, cur},
		{"reward below a wei", `{"reward_rate": 1e-19}`, "reward_rate", acc, cur},
		{"reward too many digits", `{"reward_rate": "0.0000000000000000001"}`, "reward_rate", acc, cur},
		{"reward fraction syntax", `{"reward_rate": "1/3"}`, "reward_rate", acc, cur},
		{"reward hex", `{"reward_rate": "0x10"}`, "reward_rate", acc, cur},
		{"reward huge exponent", `{"reward_rate": "1e999"}`, "reward_rate", acc, cur},
		{"reward above uint128", `{"reward_rate": "1e30"}`, "reward_rate", acc, cur},
		{"max rewards missing on first configuration", `{"reward_rate": 10}`, "reward_rate", acc, nil},
		{"split not summing to 1", `{"reward_distribution": {"contributors": 0.7, "model_owner": 0.2}}`, "reward_distribution", acc, cur},
		{"split finer than a basis point", `{"reward_distribution": {"contributors": 0.70005, "model_owner": 0.29995}}`, "reward_distribution.contributors", acc, cur},
		{"split zero contributors", `{"reward_distribution": {"contributors": 0, "model_owner": 1}}`, "reward_distribution", acc, cur},
		{"split negative", `{"reward_distribution": {"contributors": 1.5, "model_owner": -0.5}}`, "reward_distribution", acc, cur},
		{"split missing owner", `{"reward_distribution": {"contributors": 1}}`, "reward_distribution", acc, cur},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s hokusai.TokenManagerSettings
			if err := json.Unmarshal([]byte(c.body), &s); err != nil {
				return // refused while decoding is refused too
			}
			_, err := s.Apply(c.m, c.cur)
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("Apply(%s) = %v, want EINVALID", c.body, err)
			}
			if c.field != "" && hokusai.ErrorField(err) != c.field {
				t.Fatalf("Apply(%s) field = %q, want %q (%v)", c.body, hokusai.ErrorField(err), c.field, err)
			}
		})
	}
}

// Whatever exact value is stored, its decimal written in the seed's unit
// converts back to exactly that value.
func TestTokenManagerSettingsRoundTrip(t *testing.T) {
	acc := &hokusai.Model{ID: 1, Metric: hokusai.MetricF1}
	rapid.Check(t, func(t *rapid.T) {
		rate := new(big.Int).SetUint64(rapid.Uint64Range(1, 1<<62).Draw(t, "rate"))
		rate.Mul(rate, big.NewInt(rapid.Int64Range(1, 1_000_000).Draw(t, "mul")))
		threshold := new(big.Int).SetUint64(rapid.Uint64Range(1, 1<<63).Draw(t, "threshold"))
		fee := rapid.Uint64Range(1, hokusai.MaxAPIFeeRate).Draw(t, "fee")
		bps := rapid.IntRange(1, 10_000).Draw(t, "bps")
		dec := func(s string) *hokusai.Decimal { d := hokusai.Decimal(s); return &d }
		// A threshold of k DeltaOnes (wad) is k × 0.01 / 1e18 of an F1 score.
		thr := new(big.Rat).SetFrac(threshold, new(big.Int).Mul(hokusai.WAD, big.NewInt(100)))
		s := hokusai.TokenManagerSettings{
			RewardRate:     dec(hokusai.FormatUnits(rate, 18)),
			MaxRewards:     dec(hokusai.FormatUnits(rate, 18)),
			MinImprovement: dec(thr.FloatString(20)),
			APIFeeRate:     dec(hokusai.FormatUnits(new(big.Int).SetUint64(fee), 6)),
			RewardDistribution: &hokusai.RewardDistribution{
				Contributors: hokusai.Decimal(hokusai.FormatUnits(big.NewInt(int64(bps)), 4)),
				ModelOwner:   hokusai.Decimal(hokusai.FormatUnits(big.NewInt(int64(10_000-bps)), 4)),
			},
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back hokusai.TokenManagerSettings
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		got, err := back.Apply(acc, nil)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if got.TokensPerDeltaOne.Cmp(rate) != 0 || got.MaxReward.Cmp(rate) != 0 || got.MintThreshold.Cmp(threshold) != 0 ||
			got.APIFeeRate != fee || int(got.ContributorBps) != bps {
			t.Fatalf("%s gave %+v", b, got)
		}
	})
}

// Whatever text arrives, a Decimal is refused with EINVALID or parsed to
// the exact value of its text, and Apply never panics.
func FuzzDecimal(f *testing.F) {
	for _, s := range []string{"0.01", "0.7", "1e-21", "1e999", "1/3", "0x10", "-0", "100000", "0.0000001", " 1", "1e+05", "9999999999999999999999999999999999999999999999999"} {
		f.Add(s)
	}
	acc := &hokusai.Model{ID: 1, Metric: hokusai.MetricAccuracy}
	f.Fuzz(func(t *testing.T, s string) {
		d := hokusai.Decimal(s)
		r, err := d.Rat("x")
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("%q: %v", s, err)
			}
		} else if want, ok := new(big.Rat).SetString(s); !ok || want.Cmp(r) != 0 {
			t.Fatalf("%q parsed to %v", s, r)
		}
		set := hokusai.TokenManagerSettings{RewardRate: &d, MaxRewards: &d, MintThreshold: &d, APIFeeRate: &d,
			RewardDistribution: &hokusai.RewardDistribution{Contributors: d, ModelOwner: d}}
		if _, err := set.Apply(acc, nil); err != nil && hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Fatalf("%q: Apply error %v", s, err)
		}
	})
}
