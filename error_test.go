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

// TestErrorStatus: every code maps to its status and back, so a client
// reading a bare status gets the code the server meant.
func TestErrorStatus(t *testing.T) {
	want := map[string]int{
		hokusai.EINVALID: 400, hokusai.ENOTFOUND: 404, hokusai.ECONFLICT: 409, hokusai.EUNAUTHORIZED: 401,
		hokusai.EFORBIDDEN: 403, hokusai.ECREDITS: 402, hokusai.ERATELIMIT: 429, hokusai.EUNAVAILABLE: 503,
		hokusai.ECHAIN: 422, hokusai.ENOTIMPLEMENTED: 501, hokusai.EINTERNAL: 500, "SOMETHING_ELSE": 500, "": 500,
	}
	for code, status := range want {
		if got := hokusai.ErrorStatus(code); got != status {
			t.Errorf("ErrorStatus(%q) = %d, want %d", code, got, status)
		}
		if code != "SOMETHING_ELSE" && code != "" {
			if got := hokusai.ErrorCodeForStatus(status); got != code {
				t.Errorf("ErrorCodeForStatus(%d) = %q, want %q", status, got, code)
			}
		}
	}
}
