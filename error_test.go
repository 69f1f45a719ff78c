package hokusai_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// Excerpt keeps an error short whatever the input: at most ExcerptLen
// characters of it, a prefix of it, and all of it when it is short.
func TestExcerpt(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.StringN(0, 300, -1),
			rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) })).Draw(t, "s")
		e := hokusai.Excerpt(s)
		cut, ok := strings.CutSuffix(e, "…")
		switch {
		case utf8.RuneCountInString(s) <= hokusai.ExcerptLen:
			if e != s {
				t.Fatalf("short input changed: %q → %q", s, e)
			}
		case !ok || !strings.HasPrefix(s, cut) || utf8.RuneCountInString(cut) != hokusai.ExcerptLen:
			t.Fatalf("Excerpt(%q) = %q", s, e)
		}
	})
	if got := hokusai.Excerpt(strings.Repeat("k", 1<<20)); len(got) > 4*hokusai.ExcerptLen+len("…") {
		t.Fatalf("a 1 MB string excerpted to %d bytes", len(got))
	}
}
