package sdk

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// registryContract is the ChainInfo.Contracts entry that names the model
// registry, the EIP-712 verifying contract of signed requests (the name
// chain.ContractRegistry gives it on the server).
const registryContract = "ModelRegistry"

// Domain returns the EIP-712 domain the server checks signed requests
// against: its chain id and model registry, from GET /v1/chain. The first
// answer is kept for the client's life.
func (c *Client) Domain(ctx context.Context) (signreq.Domain, error) {
	c.domMu.Lock()
	defer c.domMu.Unlock()
	if c.dom != nil {
		return *c.dom, nil
	}
	info, err := c.ChainInfo(ctx)
	if err != nil {
		return signreq.Domain{}, err
	}
	reg := info.Contracts[registryContract]
	if !common.IsHexAddress(reg) {
		return signreq.Domain{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server at %s names no %s address in GET /v1/chain, so requests cannot be signed for it.", c.baseURL, registryContract)
	}
	c.dom = &signreq.Domain{ChainID: info.ChainID, Platform: common.HexToAddress(reg)}
	return *c.dom, nil
}

// Sign writes into h the headers of a request for action on model (0 for
// none) with exactly body, signed by key for this server's domain.
func (c *Client) Sign(ctx context.Context, h http.Header, action string, model uint64, body []byte, key *ecdsa.PrivateKey) error {
	return c.signRequest(ctx, h, signreq.NewRequest(action, model, body, time.Now()), key)
}

func (c *Client) signRequest(ctx context.Context, h http.Header, r signreq.Request, key *ecdsa.PrivateKey) error {
	if key == nil {
		return hokusai.FieldErrorf("key", "This request must be signed: give the wallet key (--keystore FILE or --dev-account N).")
	}
	d, err := c.Domain(ctx)
	if err != nil {
		return err
	}
	return d.SetHeaders(h, r, key)
}

// SignedBy returns a request editor for the generated client that signs
// the request it is given, body and all, by key for action on model (0 for
// none). The signature is the request's credential, so any API key the
// client would send is left off.
func (c *Client) SignedBy(action string, model uint64, key *ecdsa.PrivateKey) api.RequestEditorFn {
	return func(ctx context.Context, req *http.Request) error {
		var body []byte
		if req.Body != nil && req.Body != http.NoBody {
			if req.GetBody == nil {
				return fmt.Errorf("sign %s: the request body cannot be read twice", action)
			}
			rc, err := req.GetBody()
			if err != nil {
				return fmt.Errorf("sign %s: %w", action, err)
			}
			body, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return fmt.Errorf("sign %s: %w", action, err)
			}
		}
		req.Header.Del("Authorization")
		return c.Sign(ctx, req.Header, action, model, body, key)
	}
}

// signedDigest is SignedBy for a streamed body whose sha256 is known
// beforehand (a package archive read from a file).
func (c *Client) signedDigest(r signreq.Request, size int64, key *ecdsa.PrivateKey) api.RequestEditorFn {
	return func(ctx context.Context, req *http.Request) error {
		req.ContentLength = size
		req.Header.Del("Authorization")
		return c.signRequest(ctx, req.Header, r, key)
	}
}

// ModelID resolves a model id ("1") or ticker to the numeric id that
// signed requests name.
func (c *Client) ModelID(ctx context.Context, ref string) (uint64, error) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseUint(ref, 10, 64); err == nil && id > 0 {
		return id, nil
	}
	m, err := c.GetModelRaw(ctx, ref)
	if err != nil {
		return 0, err
	}
	return uint64(m.Id), nil
}

// Caller is who a request that the server may restrict comes from: a
// wallet key (the request is signed) or an API key. The zero Caller is
// anonymous.
type Caller struct {
	Key    *ecdsa.PrivateKey
	APIKey string // hk_…
}

// editor returns the request editor that proves who is calling about
// model (already resolved to its id when who signs).
func (c *Client) editor(action string, model uint64, who Caller) api.RequestEditorFn {
	switch {
	case who.Key != nil:
		return c.SignedBy(action, model, who.Key)
	case who.APIKey != "":
		key := who.APIKey
		return func(_ context.Context, req *http.Request) error {
			req.Header.Set("Authorization", "Bearer "+key)
			return nil
		}
	}
	return func(context.Context, *http.Request) error { return nil }
}
