package signreq_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

var (
	dom = signreq.Domain{ChainID: 1337, Platform: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	now = time.Unix(1_800_000_000, 0)
)

func verifier(t *testing.T) *signreq.Verifier {
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "h.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &signreq.Verifier{Domain: dom, Nonces: sqlite.NewNonceService(db), Now: func() time.Time { return now }}
}

func signed(t *testing.T, d signreq.Domain, r signreq.Request, body []byte) *http.Request {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	req := httptest.NewRequest(http.MethodPut, "/v1/models/7/setup", bytes.NewReader(body))
	if err := d.SetHeaders(req.Header, r, key); err != nil {
		t.Fatal(err)
	}
	return req
}

// TestRefusals: each way a signature can be misused is refused with its
// own error code, and the good request passes once.
func TestRefusals(t *testing.T) {
	body := []byte(`{"seed":1}`)
	good := signreq.NewRequest(signreq.ActionSetupModel, 7, body, now)
	v := verifier(t)
	cases := []struct {
		name string
		req  *http.Request
		code string
	}{
		{"unsigned", httptest.NewRequest(http.MethodPut, "/", nil), hokusai.EUNAUTHORIZED},
		{"other chain", signed(t, signreq.Domain{ChainID: 1, Platform: dom.Platform}, good, body), hokusai.EUNAUTHORIZED},
		{"other platform", signed(t, signreq.Domain{ChainID: dom.ChainID}, good, body), hokusai.EUNAUTHORIZED},
		{"other action", signed(t, dom, withAction(good, signreq.ActionContribute), body), hokusai.EFORBIDDEN},
		{"other model", signed(t, dom, withModel(good, 8), body), hokusai.EFORBIDDEN},
		{"expired", signed(t, dom, withExpiry(good, now.Unix()-1), body), hokusai.EUNAUTHORIZED},
		{"far expiry", signed(t, dom, withExpiry(good, now.Add(2*time.Hour).Unix()), body), hokusai.EINVALID},
	}
	for _, c := range cases {
		if _, _, err := v.Authenticate(c.req, signreq.ActionSetupModel, 7); hokusai.ErrorCode(err) != c.code {
			t.Errorf("%s: got %v, want %s", c.name, err, c.code)
		}
	}
	req := signed(t, dom, good, body)
	signer, s, err := v.Authenticate(req, signreq.ActionSetupModel, 7)
	if err != nil {
		t.Fatal(err)
	}
	if want := common.HexToAddress("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"); signer != want {
		t.Fatalf("signer %s, want %s", signer, want)
	}
	if b, err := io.ReadAll(s.Body(req.Body)); err != nil || !bytes.Equal(b, body) {
		t.Fatalf("body: %q %v", b, err)
	}
	if _, _, err := v.Authenticate(signed(t, dom, good, body), signreq.ActionSetupModel, 7); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("replay: got %v, want %s", err, hokusai.ECONFLICT)
	}
	// Another body under a fresh nonce: the headers check, the body does not.
	other := signreq.NewRequest(signreq.ActionSetupModel, 7, body, now)
	req = signed(t, dom, other, body)
	req.Body = io.NopCloser(bytes.NewReader([]byte(`{"seed":2}`)))
	_, s, err = v.Authenticate(req, signreq.ActionSetupModel, 7)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(s.Body(req.Body)); hokusai.ErrorField(err) != signreq.HeaderBodyDigest {
		t.Fatalf("altered body: got %v", err)
	}
	if err := v.Sweep(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// TestAnyChangeBreaksTheSignature: a signature checks only for the exact
// request signed (property over random requests and one changed field).
func TestAnyChangeBreaksTheSignature(t *testing.T) {
	key, _ := crypto.GenerateKey()
	rapid.Check(t, func(t *rapid.T) {
		r := signreq.Request{
			Action: rapid.SampledFrom([]string{signreq.ActionSetupModel, signreq.ActionContribute, signreq.ActionCreateKey}).Draw(t, "action"),
			Model:  rapid.Uint64().Draw(t, "model"),
			Expiry: now.Unix() + rapid.Int64Range(0, 3600).Draw(t, "ttl"),
		}
		copy(r.BodyDigest[:], rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(t, "body"))
		copy(r.Nonce[:], rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(t, "nonce"))
		h := http.Header{}
		if err := dom.SetHeaders(h, r, key); err != nil {
			t.Fatal(err)
		}
		s, err := signreq.Parse(h)
		if err != nil {
			t.Fatal(err)
		}
		if err := dom.Check(s, r.Action, r.Model, now); err != nil {
			t.Fatalf("good request refused: %v", err)
		}
		switch rapid.IntRange(0, 3).Draw(t, "field") {
		case 0:
			s.BodyDigest[rapid.IntRange(0, 31).Draw(t, "i")] ^= 1
		case 1:
			s.Nonce[rapid.IntRange(0, 31).Draw(t, "i")] ^= 1
		case 2:
			s.Expiry--
		case 3:
			s.Signature[rapid.IntRange(0, 63).Draw(t, "i")] ^= 1
		}
		if err := dom.Check(s, r.Action, r.Model, now.Add(-time.Second)); err == nil {
			t.Fatal("a changed request was accepted")
		}
	})
}

func withAction(r signreq.Request, a string) signreq.Request { r.Action = a; return r }
func withModel(r signreq.Request, m uint64) signreq.Request  { r.Model = m; return r }
func withExpiry(r signreq.Request, e int64) signreq.Request  { r.Expiry = e; return r }

// FuzzParse: no header set makes Parse panic, and what it accepts
// round-trips through SetHeaders' form.
func FuzzParse(f *testing.F) {
	f.Add("setup_model", "7", "sha256:"+string(bytes.Repeat([]byte("a"), 64)), "0x"+string(bytes.Repeat([]byte("b"), 64)), "1800000000", "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", "0x"+string(bytes.Repeat([]byte("c"), 130)))
	f.Fuzz(func(t *testing.T, action, model, body, nonce, expiry, signer, sig string) {
		h := http.Header{}
		for k, v := range map[string]string{signreq.HeaderAction: action, signreq.HeaderModel: model, signreq.HeaderBodyDigest: body,
			signreq.HeaderNonce: nonce, signreq.HeaderExpiry: expiry, signreq.HeaderSigner: signer, signreq.HeaderSignature: sig} {
			h.Set(k, v)
		}
		s, err := signreq.Parse(h)
		if err != nil {
			if hokusai.ErrorCode(err) == hokusai.EINTERNAL {
				t.Fatalf("internal error for client input: %v", err)
			}
			return
		}
		_ = dom.Check(s, s.Action, s.Model, now)
	})
}

// ReadBody refuses a body over its limit and one that is not the signed
// body, and a nil Verifier refuses every request as unavailable.
func TestReadBody(t *testing.T) {
	s := &signreq.Signed{Request: signreq.NewRequest(signreq.ActionContribute, 1, []byte("abc"), time.Now())}
	if b, err := s.ReadBody(bytes.NewReader([]byte("abc")), 3); err != nil || string(b) != "abc" {
		t.Fatalf("signed body: %q %v", b, err)
	}
	if _, err := s.ReadBody(bytes.NewReader([]byte("abd")), 3); hokusai.ErrorField(err) != signreq.HeaderBodyDigest {
		t.Fatalf("changed body: %v", err)
	}
	if _, err := s.ReadBody(bytes.NewReader([]byte("abcd")), 3); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("body over the limit: %v", err)
	}
	var v *signreq.Verifier
	if _, _, err := v.Authenticate(httptest.NewRequest("GET", "/", nil), signreq.ActionContribute, 1); hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE {
		t.Fatalf("nil verifier: %v", err)
	}
}

// TypedData, hashed by go-ethereum's eth_signTypedData_v4 implementation,
// gives the digest Sign signs: a browser wallet's signature is accepted.
func TestTypedDataMatchesDigest(t *testing.T) {
	d := signreq.Domain{ChainID: 31337, Platform: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	r := signreq.NewRequest(signreq.ActionSetupModel, 7, []byte(`{"a":1}`), time.Unix(1_700_000_000, 0))
	b, err := json.Marshal(d.TypedData(r))
	if err != nil {
		t.Fatal(err)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(b, &td); err != nil {
		t.Fatal(err)
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if want := d.Digest(r); common.BytesToHash(h) != want {
		t.Fatalf("typed data hashes to %x, Digest is %s", h, want)
	}
}

// failingReader fails like the server's guard does when a body is over its
// limit: with a domain error that carries its own status.
type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error) { return 0, f.err }

// TestReadBodyKeepsTheGuardsError: a refusal raised while the body is read
// (413, 408) reaches the client as it was raised, not re-wrapped as a 400.
func TestReadBodyKeepsTheGuardsError(t *testing.T) {
	want := hokusai.FieldErrorf("body", "too large")
	s := &signreq.Signed{}
	if _, err := s.ReadBody(failingReader{want}, 10); err != error(want) {
		t.Fatalf("got %v, want the reader's own error", err)
	}
}
