package bindings_test

import (
	"math"
	"math/big"
	"testing"
)

// The reference agrees with float64 math where float64 is accurate.
func TestReferenceSanity(t *testing.T) {
	for _, c := range []struct{ s, r, w, e float64 }{{1e24, 1e9, 0.1, 1e8}, {1e24, 1e9, 0.05, 2e8}, {5e23, 3e10, 0.5, 1e9}, {1e24, 1e9, 1, 1e8}} {
		s, _ := new(big.Float).SetFloat64(c.s).Int(nil)
		r, _ := new(big.Float).SetFloat64(c.r).Int(nil)
		w, _ := new(big.Float).SetFloat64(c.w * 1e18).Int(nil)
		e, _ := new(big.Float).SetFloat64(c.e).Int(nil)
		got, _ := refBuy(s, r, w, e).Float64()
		want := c.s * (math.Pow(1+c.e/c.r, c.w) - 1)
		if math.Abs(got-want) > 1e-12*want {
			t.Errorf("buy %v: got %g want %g", c, got, want)
		}
		tok, _ := new(big.Float).SetFloat64(c.s / 100).Int(nil)
		gotS, _ := refSell(s, r, w, tok).Float64()
		wantS := c.r * (1 - math.Pow(0.99, 1/c.w))
		if math.Abs(gotS-wantS) > 1e-9*wantS {
			t.Errorf("sell %v: got %g want %g", c, gotS, wantS)
		}
	}
}
