package hokusai_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// The precedence example from semver.org §11, in ascending order.
func TestSemverPrecedence(t *testing.T) {
	order := []string{"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
		"1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0", "10.0.0"}
	for i := range order {
		for j := range order {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := hokusai.CompareVersions(order[i], order[j]); got != want {
				t.Errorf("CompareVersions(%s, %s) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
	shuffled := slices.Clone(order)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, hokusai.CompareVersions)
	if !slices.Equal(shuffled, order) {
		t.Fatalf("sorted %v", shuffled)
	}
}

func TestParseSemver(t *testing.T) {
	for _, ok := range []string{"0.0.0", "1.2.3", "1.2.3-rc.1", "1.2.3+build.5", "1.2.3-0.a-b.c+x-y", "18446744073709551615.0.0"} {
		if _, err := hokusai.ParseSemver(ok); err != nil {
			t.Errorf("ParseSemver(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "1", "1.2", "v1.2.3", "01.2.3", "1.02.3", "1.2.3-", "1.2.3-01", "1.2.3+", "1.2.3 ", "1.2.3-rc..1", "18446744073709551616.0.0"} {
		_, err := hokusai.ParseSemver(bad)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "version" {
			t.Errorf("ParseSemver(%q) = %v, want EINVALID naming version", bad, err)
		}
	}
	if err := hokusai.CheckDigest("digest", "sha256:"+strings.Repeat("0a", 32)); err != nil {
		t.Error(err)
	}
	if err := hokusai.CheckDigest("digest", "sha256:"+strings.Repeat("0A", 32)); hokusai.ErrorField(err) != "digest" {
		t.Errorf("upper-case digest: %v", err)
	}
}

// CompareVersions is a total order consistent with the parsed fields.
func TestSemverOrderProperty(t *testing.T) {
	ident := rapid.SampledFrom([]string{"0", "1", "2", "10", "alpha", "beta", "rc", "a-1", "x"})
	version := rapid.Custom(func(t *rapid.T) string {
		v := fmt.Sprintf("%d.%d.%d", rapid.IntRange(0, 3).Draw(t, "maj"), rapid.IntRange(0, 3).Draw(t, "min"), rapid.IntRange(0, 3).Draw(t, "pat"))
		if n := rapid.IntRange(0, 3).Draw(t, "pre"); n > 0 {
			v += "-" + strings.Join(rapid.SliceOfN(ident, n, n).Draw(t, "ids"), ".")
		}
		return v
	})
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := version.Draw(t, "a"), version.Draw(t, "b"), version.Draw(t, "c")
		ab, ba := hokusai.CompareVersions(a, b), hokusai.CompareVersions(b, a)
		if ab != -ba {
			t.Fatalf("not antisymmetric: %s vs %s", a, b)
		}
		if (ab == 0) != (a == b) {
			t.Fatalf("%s and %s compare equal: %d", a, b, ab)
		}
		if ab <= 0 && hokusai.CompareVersions(b, c) <= 0 && hokusai.CompareVersions(a, c) > 0 {
			t.Fatalf("not transitive: %s ≤ %s ≤ %s", a, b, c)
		}
		// A release outranks its pre-releases.
		va, _ := hokusai.ParseSemver(a)
		if len(va.Pre) > 0 {
			rel := fmt.Sprintf("%d.%d.%d", va.Major, va.Minor, va.Patch)
			if hokusai.CompareVersions(a, rel) >= 0 {
				t.Fatalf("pre-release %s not below %s", a, rel)
			}
		}
	})
}
