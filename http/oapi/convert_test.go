package oapi_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// FuzzWadText: any decimal the API accepts as a wad formats back to a
// string that parses to the same wad.
func FuzzWadText(f *testing.F) {
	for _, s := range []string{"0.884", "-1.5e-3", "0", "1e18", "0.000000000000000001", "123456789.123456789"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 64 {
			return // huge exponents make big.Rat slow, not wrong
		}
		v, err := hokusai.ParseWad("baseline", s)
		if err != nil {
			return
		}
		back, err := hokusai.ParseWad("baseline", hokusai.FormatWad(v))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("%q → %s → %v, %v", s, hokusai.FormatWad(v), back, err)
		}
	})
}
