package pack

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// hasUnsafe reports a rune Printable must never let through.
func hasUnsafe(s string) bool {
	for _, r := range s {
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
			r == 0x200e || r == 0x200f || r == 0x061c || r == 0x2028 || r == 0x2029 || r == 0xfeff {
			return true
		}
	}
	return !utf8.ValidString(s)
}

// isOrdinary reports valid UTF-8 with no rune of the categories control,
// format or line/paragraph separator.
func isOrdinary(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp) || r == utf8.RuneError {
			return false
		}
	}
	return utf8.ValidString(s)
}

// Printable lets no control or bidirectional-formatting rune through, is
// valid UTF-8, and leaves printable ASCII and ordinary letters alone.
func TestPrintable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(
			rapid.String(),
			rapid.StringMatching(`[\x00-\x{10ffff}]{0,40}`),
			rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
			rapid.Map(rapid.SliceOf(rapid.SampledFrom([]string{"a", "\x1b[31m", "\u202e", "\u2066", "\x9b", "\x7f", "\xff", "é", "名", "\\", "\n", "\ufeff"})),
				func(p []string) string { return strings.Join(p, "") }),
		).Draw(t, "s")
		got := Printable(s)
		if hasUnsafe(got) {
			t.Fatalf("Printable(%q) = %q still holds a control or bidi rune", s, got)
		}
		if isOrdinary(s) && got != s {
			t.Fatalf("Printable changed a safe string %q to %q", s, got)
		}
	})
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringMatching(`[ -~]{0,60}`).Draw(t, "ascii")
		if Printable(s) != s {
			t.Fatalf("printable ASCII %q changed to %q", s, Printable(s))
		}
	})
	if got := Printable("a\x1b[31mb\u202ec\xff"); got != `a\x1b[31mb\u202ec\xff` {
		t.Fatalf("got %s", got)
	}
}

// A file name with terminal escapes or a right-to-left override used to
// reach the terminal raw through the error's field. Every name in an error
// is escaped now, and such names are refused as package paths.
func TestNamesEscapedInErrors(t *testing.T) {
	for _, name := range []string{"a\x1b]0;owned\x07b.bin", "invoice\u202egpj.exe", "c1\u009bname.bin", "iso\u2066late.bin"} {
		t.Run(Printable(name), func(t *testing.T) {
			dir := modelDir(t)
			if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
				t.Skipf("this file system refuses the name: %v", err)
			}
			_, err := Package(dir, testManifest(), Options{})
			if err == nil {
				t.Fatal("a name with control or bidi characters was packaged")
			}
			if hasUnsafe(err.Error()) || hasUnsafe(hokusai.ErrorField(err)) {
				t.Fatalf("raw control or bidi rune in %q (field %q)", err, hokusai.ErrorField(err))
			}
			good, _ := build(t, modelDir(t), testManifest(), nil)
			archive := makeArchive(t, append(readArchive(t, good), tarEntry{name: filesPrefix + name, body: []byte("x")}))
			_, err = Verify(bytes.NewReader(archive), VerifyOptions{})
			if err == nil || hasUnsafe(err.Error()) || hasUnsafe(hokusai.ErrorField(err)) {
				t.Fatalf("reader: %q (field %q)", err, hokusai.ErrorField(err))
			}
		})
	}
}

// Names taken from a manifest or signature (an unknown key, a signed field)
// reach errors escaped too.
func TestManifestNamesEscaped(t *testing.T) {
	for _, doc := range []string{`{"\u001b[31mevil\u202e": 1}`, `{"training": {"recipe": {"\u009bx": 1}}}`, `{"version": {"\u001b": 1}}`} {
		_, err := ParseManifest([]byte(doc))
		if err == nil || hasUnsafe(err.Error()) || hasUnsafe(hokusai.ErrorField(err)) {
			t.Fatalf("%s: %q (field %q)", doc, err, hokusai.ErrorField(err))
		}
	}
	// A signature whose field digests name a hostile key.
	good, _ := build(t, modelDir(t), testManifest(), testKey(t))
	es := readArchive(t, good)
	for i, e := range es {
		if e.name == signatureName {
			es[i].body = bytes.Replace(e.body, []byte(`"fields": {`), []byte(`"fields": {"\u001b]0;x\u0007": "00",`), 1)
		}
		if e.name == manifestName {
			es[i].body = bytes.Replace(e.body, []byte(`"description": "`), []byte(`"description": "changed `), 1)
		}
	}
	_, err := Verify(bytes.NewReader(makeArchive(t, es)), VerifyOptions{})
	if !strings.Contains(hokusai.ErrorField(err), `\x1b]0;x\x07`) {
		t.Fatalf("the hostile key is not the named field: %q", hokusai.ErrorField(err))
	}
	if err == nil || hasUnsafe(err.Error()) || hasUnsafe(hokusai.ErrorField(err)) {
		t.Fatalf("tampered signature: %q (field %q)", err, hokusai.ErrorField(err))
	}
}
