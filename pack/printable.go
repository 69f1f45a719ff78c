package pack

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Printable returns s safe to print on a terminal: control characters (C0,
// DEL, C1), Unicode format characters such as the bidirectional overrides
// U+202E and U+2066–U+2069, line and paragraph separators, and bytes that
// are not UTF-8 are written as Go escapes (\x1b, \u202e). Printable ASCII
// and ordinary letters pass unchanged, so a file name shows as typed unless
// it could move the cursor, recolour the terminal or reorder what follows.
// Every file or path name that reaches a person goes through it.
func Printable(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || unsafeRune(r) {
			return true
		}
		i += n
	}
	return false
}

// unsafeRune reports whether r must not reach a terminal as itself.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || // C0, DEL, C1
		unicode.Is(unicode.Cf, r) || // format: bidi embeddings, overrides and isolates, zero-width joiners, BOM
		unicode.Is(unicode.Zl, r) || unicode.Is(unicode.Zp, r) ||
		r == utf8.RuneError
}
