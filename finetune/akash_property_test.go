package finetune_test

import (
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/finetune"
)

// TestTrainerSDLRoundTrip: for any valid resources, attributes, denom
// and price, the trainer's SDL marshals to YAML that parses and validates
// back to the same SDL, and carries the price, GPU model and spec URL.
func TestTrainerSDLRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		res := hokusai.FineTuneResources{
			CPUMillis: rapid.IntRange(0, hokusai.MaxFineTuneCPUMillis).Draw(t, "cpu"),
			MemoryMiB: rapid.IntRange(0, hokusai.MaxFineTuneMemoryMiB).Draw(t, "mem"),
			GPUs:      rapid.IntRange(0, hokusai.MaxFineTuneGPUs).Draw(t, "gpus"),
		}
		if res.GPUs > 0 {
			res.GPUModel = rapid.StringMatching(`[a-z0-9][a-z0-9-]{0,10}`).Draw(t, "model")
		}
		attrs := rapid.MapOf(rapid.StringMatching(`[a-z]{1,8}`), rapid.StringMatching(`[a-z0-9-]{1,8}`)).Draw(t, "attrs")
		denom := rapid.SampledFrom([]string{finetune.DenomAKT, finetune.DenomUSDC, finetune.DenomACT}).Draw(t, "denom")
		price := rapid.Int64Range(1, 1<<40).Draw(t, "price")
		url := "https://h.example/runs/" + rapid.StringMatching(`[0-9a-f]{48}`).Draw(t, "token") + "/spec"
		s, err := finetune.TrainerSDL("img:1", nil, url, res, attrs, denom, price)
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		back, err := finetune.ParseSDL(b)
		if err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		if len(attrs) == 0 {
			p := back.Profiles.Placement["akash"]
			p.Attributes = nil
			back.Profiles.Placement["akash"] = p
			p = s.Profiles.Placement["akash"]
			p.Attributes = nil
			s.Profiles.Placement["akash"] = p
		}
		if !reflect.DeepEqual(s, back) {
			t.Fatalf("round trip changed the SDL:\n%s", b)
		}
		if back.Profiles.Placement["akash"].Pricing["trainer"].Amount != price || back.Services["trainer"].Args[1] != url {
			t.Fatalf("price or spec URL lost:\n%s", b)
		}
		if g := back.Profiles.Compute["trainer"].Resources.GPU; (g != nil) != (res.GPUs > 0) || g != nil && (g.Units != res.GPUs || g.Attributes.Vendor["nvidia"][0].Model != res.GPUModel) {
			t.Fatalf("GPU profile for %+v:\n%s", res, b)
		}
	})
}

// TestAkashCoinUnits: a decimal amount is read as the smallest whole
// number of units not below it (a price is never rounded down).
func TestAkashCoinUnits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		whole := rapid.Int64Range(0, 1<<50).Draw(t, "whole")
		frac := rapid.StringMatching(`[0-9]{0,18}`).Draw(t, "frac")
		amount := fmt.Sprint(whole)
		if frac != "" {
			amount += "." + frac
		}
		got, err := finetune.AkashCoin{Denom: "uakt", Amount: amount}.Units()
		if err != nil {
			t.Fatal(err)
		}
		r, _ := new(big.Rat).SetString(amount)
		lo := new(big.Rat).SetInt(new(big.Int).Sub(got, big.NewInt(1)))
		if new(big.Rat).SetInt(got).Cmp(r) < 0 || lo.Cmp(r) >= 0 {
			t.Fatalf("%s read as %s", amount, got)
		}
	})
	for _, bad := range []string{"", "-1", "1e3x", "abc"} {
		if _, err := (finetune.AkashCoin{Amount: bad}).Units(); err == nil {
			t.Errorf("%q read as an amount", bad)
		}
	}
}
