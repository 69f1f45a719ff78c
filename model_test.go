package hokusai_test

import (
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// FormatInt64Units writes what FormatUnits writes, for every int64.
func TestFormatInt64UnitsAgreesWithFormatUnits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.OneOf(rapid.Int64(), rapid.Int64Range(-10_000_000, 10_000_000),
			rapid.SampledFrom([]int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1_000_000, 2_000})).Draw(t, "v")
		d := rapid.IntRange(0, 18).Draw(t, "decimals")
		if got, want := hokusai.FormatInt64Units(v, d), hokusai.FormatUnits(big.NewInt(v), d); got != want {
			t.Fatalf("FormatInt64Units(%d, %d) = %q, FormatUnits = %q", v, d, got, want)
		}
	})
}
