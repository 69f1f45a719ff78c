package gateway

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

const alphabet = "abcdefghijklmnopqrstuvwxyz234567"

// Every key NewSecret makes checks out; every single-character change and
// every swap of two different adjacent characters is caught by the
// checksum (CRC32 catches every burst of up to 32 bits), before any lookup.
func TestSecretTyposAreCaught(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		prefix := rapid.SampledFrom([]string{PrefixLive, PrefixDev}).Draw(t, "prefix")
		s, err := NewSecret(prefix)
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckSecret(s); err != nil {
			t.Fatalf("fresh key refused: %v", err)
		}
		if len(s) != len(prefix)+bodyLen+sumLen || !strings.HasPrefix(Hint(s), prefix) {
			t.Fatalf("shape of %q", s)
		}
		i := rapid.IntRange(len(prefix), len(s)-1).Draw(t, "pos")
		c := alphabet[rapid.IntRange(0, 31).Draw(t, "char")]
		if c != s[i] {
			typo := s[:i] + string(c) + s[i+1:]
			if CheckSecret(typo) == nil {
				t.Fatalf("typo at %d accepted", i)
			}
		}
		if i+1 < len(s) && s[i] != s[i+1] {
			swapped := s[:i] + string(s[i+1]) + string(s[i]) + s[i+2:]
			if CheckSecret(swapped) == nil {
				t.Fatalf("swap at %d accepted", i)
			}
		}
		if got := Redact("token=" + s + " end"); strings.Contains(got, s[len(prefix):len(prefix)+8]) {
			t.Fatalf("Redact left the secret: %q", got)
		}
		if sum := sha256.Sum256([]byte(s)); HashSecret(s) != hex.EncodeToString(sum[:]) {
			t.Fatal("HashSecret is not the hex sha256 of the key")
		}
		if KeyID(HashSecret(s)) == KeyID(HashSecret(s[:len(s)-1])) {
			t.Fatal("ids collide")
		}
	})
}

// FuzzCheckSecret: never panics; what it accepts has a known prefix, the
// right length, the key alphabet and a matching checksum; its messages
// never repeat the input.
func FuzzCheckSecret(f *testing.F) {
	s, _ := NewSecret(PrefixDev)
	for _, seed := range []string{s, PrefixLive, "hk_dev_", "", "Bearer " + s, s + "a", strings.ToUpper(s)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		err := CheckSecret(in)
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EUNAUTHORIZED || (len(in) > 12 && strings.Contains(err.Error(), in)) {
				t.Fatalf("error %v", err)
			}
			return
		}
		p := PrefixDev
		if strings.HasPrefix(in, PrefixLive) {
			p = PrefixLive
		}
		body := in[len(p):]
		if len(body) != bodyLen+sumLen || strings.Trim(body, alphabet) != "" || checksum(in[:len(p)+bodyLen]) != body[bodyLen:] {
			t.Fatalf("accepted %q", in)
		}
	})
}

// FuzzParseRows: any request body is either refused with INVALID_INPUT
// naming a field, or gives 1..MaxRows rows, none nil.
func FuzzParseRows(f *testing.F) {
	for _, seed := range []string{
		`{"inputs": [{"a": 1}, {"b": "x"}]}`, `{"inputs": {"a": 1}}`, `{"input": {"a": 1}}`, `{"inputs": []}`,
		`{"inputs": [null]}`, `{"inputs": 3}`, `{"inputs": [{"a": 1}], "input": {"a": 2}}`, `{}`, `[]`, `{"inputs": [[1]]}`,
		`{"inputs": [{"a": 1e400}]}`, `{"extra": 1}`,
	} {
		f.Add([]byte(seed))
	}
	g := New(Config{MaxRows: 50})
	f.Fuzz(func(t *testing.T, body []byte) {
		var req PredictRequest
		err := decodeStrict(body, &req, "request body")
		var rows []hokusai.Row
		if err == nil {
			rows, err = g.parseRows(req.Inputs, req.Input)
		}
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("code %s: %v", hokusai.ErrorCode(err), err)
			}
			return
		}
		if len(rows) == 0 || len(rows) > 50 {
			t.Fatalf("%d rows", len(rows))
		}
		for _, r := range rows {
			if r == nil {
				t.Fatal("nil row")
			}
		}
		if !json.Valid(body) {
			t.Fatalf("accepted invalid JSON %q", body)
		}
	})
}
