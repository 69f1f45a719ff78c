package sdk_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// TestSignUsesTheServersDomain: the client signs for the chain and model
// registry the server announces, so the server's own check accepts the
// headers; a server that names no registry is an error, not a request
// signed for the wrong platform.
func TestSignUsesTheServersDomain(t *testing.T) {
	ctx := context.Background()
	registry := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0", ChainInfo: func() hokusai.ChainInfo {
		// The server's name for the registry, which the SDK spells without importing chain.
		return hokusai.ChainInfo{ChainID: 1337, Contracts: map[string]string{chain.ContractRegistry: registry.Hex()}}
	}})
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	c := sdk.New(s.URL())
	d, err := c.Domain(ctx)
	if err != nil || d != (signreq.Domain{ChainID: 1337, Platform: registry}) {
		t.Fatalf("domain %+v, %v", d, err)
	}
	key, _ := crypto.GenerateKey()
	h := http.Header{}
	if err := c.Sign(ctx, h, signreq.ActionSetupModel, 7, []byte("{}"), key); err != nil {
		t.Fatal(err)
	}
	sreq, err := signreq.Parse(h)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Check(sreq, signreq.ActionSetupModel, 7, time.Now()); err != nil || sreq.Signer != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("the server's check refuses the client's signature: %v", err)
	}
	if err := sreq.CheckBody([]byte("{}")); err != nil {
		t.Fatal(err)
	}
	// The chain info without a registry (serve's test server names only a factory).
	bare := sdk.New(serve(t, storetest.NewModel(1, "IRIS")).URL())
	if _, err := bare.Domain(ctx); hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE {
		t.Fatalf("no registry: %v", err)
	}
	if err := bare.Sign(ctx, http.Header{}, signreq.ActionContribute, 1, nil, key); hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE {
		t.Fatalf("sign without a registry: %v", err)
	}
}

// TestSignedByCoversTheBodyTheGeneratedClientSends: SignedBy signs the
// exact bytes a generated call marshals, for the action and model given,
// and drops the client's API key, since the signature is the credential;
// an unsigned call of the same client carries the key.
func TestSignedByCoversTheBodyTheGeneratedClientSends(t *testing.T) {
	ctx := context.Background()
	registry := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	dom := signreq.Domain{ChainID: 1337, Platform: registry}
	type seen struct {
		header http.Header
		body   []byte
	}
	got := make(chan seen, 2)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/v1/chain" {
			fmt.Fprintf(w, `{"chain_id":1337,"rpc_url":"","dev":true,"contracts":{"ModelRegistry":%q}}`, registry.Hex())
			return
		}
		b, _ := io.ReadAll(r.Body)
		got <- seen{r.Header.Clone(), b}
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, `{"error":{"code":"FORBIDDEN","message":"Not yours."}}`)
	}))
	defer ts.Close()
	c := sdk.New(ts.URL, sdk.WithAPIKey("hk_dev_test"))
	key, _ := crypto.GenerateKey()
	_, err := c.API().PutModelSetupWithResponse(ctx, "7", api.SetupRequest{Benchmark: "a,b\n1,2\n", DevPercent: 60}, c.SignedBy(signreq.ActionSetupModel, 7, key))
	if err != nil {
		t.Fatal(err)
	}
	s := <-got
	if s.header.Get("Authorization") != "" {
		t.Fatalf("a signed request also sent the API key: %q", s.header.Get("Authorization"))
	}
	sreq, err := signreq.Parse(s.header)
	if err != nil {
		t.Fatal(err)
	}
	if err := dom.Check(sreq, signreq.ActionSetupModel, 7, time.Now()); err != nil || sreq.Signer != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("the server's check refuses the signature: %v", err)
	}
	if err := sreq.CheckBody(s.body); err != nil || !strings.Contains(string(s.body), `"dev_percent":60`) {
		t.Fatalf("the signature does not cover the body sent (%s): %v", s.body, err)
	}
	// The same client unsigned: the API key goes, and the error body comes back as the server's.
	_, err = c.Contribution(ctx, 1)
	if s := <-got; s.header.Get("Authorization") != "Bearer hk_dev_test" {
		t.Fatalf("unsigned call: Authorization %q", s.header.Get("Authorization"))
	}
	if hokusai.ErrorCode(err) != hokusai.EFORBIDDEN || hokusai.ErrorMessage(err) != "Not yours." {
		t.Fatalf("got %v", err)
	}
}

// TestBareStatusBecomesItsCode: an error status without a Hokusai body (a
// proxy's 402 or 404) still comes back with the code that status means.
func TestBareStatusBecomesItsCode(t *testing.T) {
	for status, code := range map[int]string{402: hokusai.ECREDITS, 404: hokusai.ENOTFOUND, 429: hokusai.ERATELIMIT, 503: hokusai.EUNAVAILABLE} {
		ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "nope", status)
		}))
		_, err := sdk.New(ts.URL).Evaluation(context.Background(), 1)
		ts.Close()
		if hokusai.ErrorCode(err) != code {
			t.Errorf("%d: got %v, want %s", status, err, code)
		}
	}
}
