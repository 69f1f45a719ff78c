package http

import (
	"net/url"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// checkChunks runs utf8Check over b cut at the given points, as a body
// arrives in reads of any size.
func checkChunks(b []byte, cuts []int) error {
	var u utf8Check
	prev := 0
	for _, c := range cuts {
		if c < prev || c > len(b) {
			continue
		}
		if err := u.check(b[prev:c], false); err != nil {
			return err
		}
		prev = c
	}
	return u.check(b[prev:], true)
}

// However a body is cut into reads, the streaming check refuses it exactly
// when the whole is not UTF-8.
func TestUTF8CheckAgreesWithValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var b []byte
		if rapid.Bool().Draw(t, "text") {
			b = []byte(rapid.String().Draw(t, "s"))
			if n := len(b); n > 0 && rapid.Bool().Draw(t, "break") {
				b[rapid.IntRange(0, n-1).Draw(t, "at")] = rapid.Byte().Draw(t, "junk")
			}
		} else {
			b = rapid.SliceOf(rapid.Byte()).Draw(t, "bytes")
		}
		cuts := rapid.SliceOf(rapid.IntRange(0, len(b))).Draw(t, "cuts")
		if err := checkChunks(b, cuts); (err == nil) != utf8.Valid(b) {
			t.Fatalf("check %v, utf8.Valid %v for %q cut at %v", err, utf8.Valid(b), b, cuts)
		}
	})
}

// FuzzUTF8Check: the streaming UTF-8 check of request bodies agrees with
// utf8.Valid for any bytes and any cut into reads.
func FuzzUTF8Check(f *testing.F) {
	f.Add([]byte(`{"a": "é€😀"}`), []byte{3, 9})
	f.Add([]byte("\xff\xfe{\x00}\x00"), []byte{1})
	f.Add([]byte("\xe2\x82"), []byte{1})
	f.Fuzz(func(t *testing.T, b, cutBytes []byte) {
		cuts := make([]int, 0, len(cutBytes))
		sum := 0
		for _, c := range cutBytes {
			sum += int(c % 8)
			cuts = append(cuts, sum)
		}
		if err := checkChunks(b, cuts); (err == nil) != utf8.Valid(b) {
			t.Fatalf("check %v, utf8.Valid %v for %q cut at %v", err, utf8.Valid(b), b, cuts)
		}
	})
}

// FuzzCheckURL: any path and query either passes with UTF-8 everywhere or
// is refused with an error that names a field and quotes at most an
// excerpt; it never panics.
func FuzzCheckURL(f *testing.F) {
	f.Add("/v1/models/%FF/predict")
	f.Add("/v1/usage?to=9999-12-31T23:30:00Z&from=%zz")
	f.Add("/v1/models?ticker=%C3%28;x=1")
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := url.ParseRequestURI(raw)
		if err != nil {
			return
		}
		err = checkURL(u)
		if err == nil {
			if !utf8.ValidString(u.Path) {
				t.Fatalf("%q passed with a path that is not UTF-8", raw)
			}
			q, _ := url.ParseQuery(u.RawQuery)
			for k, vs := range q {
				for _, v := range append(vs, k) {
					if !utf8.ValidString(v) {
						t.Fatalf("%q passed with a query that is not UTF-8", raw)
					}
				}
			}
			return
		}
		if e := err.Error(); len(e) > 600 {
			t.Fatalf("error of %d bytes for %d bytes of input", len(e), len(raw))
		}
	})
}
