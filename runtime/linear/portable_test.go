package linear

import (
	"math"
	"testing"

	"pgregory.net/rapid"
)

// The portable exp and log must agree with the math package to within an
// ulp or two (they are the same algorithm; math may use FMA or assembly).
func TestPortableMathMatchesStdlib(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		x := rapid.Float64Range(-745, 709).Draw(t, "x")
		if got, want := exp(x), math.Exp(x); !close(got, want) {
			t.Fatalf("exp(%v) = %v, math.Exp = %v", x, got, want)
		}
		y := rapid.Float64Range(1e-300, 1e300).Draw(t, "y")
		if got, want := log(y), math.Log(y); !close(got, want) {
			t.Fatalf("log(%v) = %v, math.Log = %v", y, got, want)
		}
	})
	for _, c := range []struct{ x, want float64 }{{0, 1}, {1, math.E}, {-1000, 0}, {1000, math.Inf(1)}} {
		if got := exp(c.x); got != c.want && !close(got, c.want) {
			t.Errorf("exp(%v) = %v, want %v", c.x, got, c.want)
		}
	}
	if !math.IsInf(log(0), -1) || !math.IsNaN(log(-1)) || log(1) != 0 {
		t.Errorf("log special cases: %v %v %v", log(0), log(-1), log(1))
	}
}

func close(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 4e-16*math.Max(math.Abs(a), math.Abs(b))
}

func TestSoftplusAndSigmoidAreStable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		z := rapid.Float64Range(-800, 800).Draw(t, "z")
		s := sigmoid(z)
		if s < 0 || s > 1 || math.IsNaN(s) {
			t.Fatalf("sigmoid(%v) = %v", z, s)
		}
		sp := softplus(z)
		if math.IsInf(sp, 0) || math.IsNaN(sp) || sp < 0 || sp < z {
			t.Fatalf("softplus(%v) = %v", z, sp)
		}
	})
}
