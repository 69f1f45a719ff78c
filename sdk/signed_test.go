package sdk_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sdk"
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
		return hokusai.ChainInfo{ChainID: 1337, Contracts: map[string]string{"ModelRegistry": registry.Hex()}}
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
