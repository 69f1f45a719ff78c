package sdk

import (
	"context"
	"crypto/ecdsa"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/signreq"
)

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
	reg := info.Contracts[chain.ContractRegistry]
	if !common.IsHexAddress(reg) {
		return signreq.Domain{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server at %s names no %s address in GET /v1/chain, so requests cannot be signed for it.", c.baseURL, chain.ContractRegistry)
	}
	c.dom = &signreq.Domain{ChainID: info.ChainID, Platform: common.HexToAddress(reg)}
	return *c.dom, nil
}

// Sign writes into h the headers of a request for action on model (0 for
// none) with exactly body, signed by key for this server's domain.
func (c *Client) Sign(ctx context.Context, h http.Header, action string, model uint64, body []byte, key *ecdsa.PrivateKey) error {
	return c.signDigest(ctx, h, signreq.NewRequest(action, model, body, time.Now()), key)
}

func (c *Client) signDigest(ctx context.Context, h http.Header, r signreq.Request, key *ecdsa.PrivateKey) error {
	if key == nil {
		return hokusai.FieldErrorf("key", "This request must be signed: give the wallet key (--keystore FILE or --dev-account N).")
	}
	d, err := c.Domain(ctx)
	if err != nil {
		return err
	}
	return d.SetHeaders(h, r, key)
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
