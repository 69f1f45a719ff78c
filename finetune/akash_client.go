package finetune

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// AkashClient speaks the Akash Console managed-wallet API
// (https://console-api.akash.network, x-api-key; every answer wrapped in
// {"data": …}): deployments, bids, leases, deposits and the GPU market,
// and the provider API's lease status and logs at a provider's host URI.
type AkashClient struct {
	URL  string // the Console API's base URL
	Key  string // the API key (x-api-key)
	HTTP *http.Client
}

// AkashBidID names a bid (and the lease made from it).
type AkashBidID struct {
	Owner    string `json:"owner,omitempty"`
	DSeq     string `json:"dseq"`
	GSeq     int    `json:"gseq"`
	OSeq     int    `json:"oseq"`
	Provider string `json:"provider"`
	BSeq     int    `json:"bseq,omitempty"`
}

// AkashCoin is an amount in a denom; Akash writes prices as decimals
// ("1200.000000000000000000").
type AkashCoin struct {
	Denom  string `json:"denom"`
	Amount string `json:"amount"`
}

// Units is the amount in the denom's smallest unit, rounded up (a price)
// — money stays integer.
func (c AkashCoin) Units() (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(c.Amount))
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("amount %q is not a non-negative decimal", hokusai.Excerpt(c.Amount))
	}
	q, m := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q, nil
}

// AkashAttribute is a key/value attribute.
type AkashAttribute struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// AkashBid is a provider's bid on a deployment's order.
type AkashBid struct {
	Bid struct {
		ID             AkashBidID   `json:"id"`
		State          string       `json:"state"`
		Price          AkashCoin    `json:"price"`
		ResourcesOffer []AkashOffer `json:"resources_offer"`
	} `json:"bid"`
}

// AkashOffer is what a bid offers for a group's resources (the GPU part,
// which screening reads).
type AkashOffer struct {
	Resources struct {
		GPU struct {
			Units struct {
				Val string `json:"val"`
			} `json:"units"`
			Attributes []AkashAttribute `json:"attributes"`
		} `json:"gpu"`
	} `json:"resources"`
	Count int `json:"count"`
}

// GPUModels are the GPU models a bid offers, as "vendor/model" (from
// attributes keyed vendor/nvidia/model/h100/…).
func (b AkashBid) GPUModels() []string {
	var out []string
	for _, o := range b.Bid.ResourcesOffer {
		for _, a := range o.Resources.GPU.Attributes {
			p := strings.Split(a.Key, "/")
			if len(p) >= 4 && p[0] == "vendor" && p[2] == "model" {
				out = append(out, p[1]+"/"+p[3])
			}
		}
	}
	return out
}

// AkashLease is a lease as a deployment lists it.
type AkashLease struct {
	ID    AkashBidID `json:"id"`
	State string     `json:"state"` // active, insufficient_funds, closed
	Price AkashCoin  `json:"price"`
}

// AkashDeployment is a deployment with its leases and escrow account.
type AkashDeployment struct {
	Deployment struct {
		State string `json:"state"` // active, closed
	} `json:"deployment"`
	Leases        []AkashLease `json:"leases"`
	EscrowAccount struct {
		State struct {
			State       string      `json:"state"` // open, closed, overdrawn
			Funds       []AkashCoin `json:"funds"`
			Transferred []AkashCoin `json:"transferred"`
		} `json:"state"`
	} `json:"escrow_account"`
}

// AkashGPUModel is one GPU model on the market with its availability and
// its price range in USD per hour.
type AkashGPUModel struct {
	Vendor       string `json:"vendor"`
	Model        string `json:"model"`
	Availability struct {
		Total     int `json:"total"`
		Available int `json:"available"`
	} `json:"availability"`
	Price *struct {
		Min float64 `json:"min"`
		Max float64 `json:"max"`
	} `json:"price"`
}

// AkashLeaseStatus is the provider's view of a lease's services.
type AkashLeaseStatus struct {
	Services map[string]struct {
		Name      string `json:"name"`
		Available int    `json:"available"`
		Total     int    `json:"total"`
	} `json:"services"`
}

func (c *AkashClient) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.URL, "/")+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-api-key", c.Key)
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("Akash Console %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		var e struct{ Error, Message string }
		_ = json.Unmarshal(b, &e)
		if e.Message == "" {
			e.Message = hokusai.Excerpt(string(b))
		}
		code := hokusai.EUNAVAILABLE
		switch resp.StatusCode {
		case http.StatusUnauthorized:
			code = hokusai.EUNAUTHORIZED
		case http.StatusNotFound:
			code = hokusai.ENOTFOUND
		}
		return hokusai.Errorf(code, "Akash Console %s %s answered %s: %s", method, path, resp.Status, e.Message)
	}
	if out == nil {
		return nil
	}
	env := struct {
		Data json.RawMessage `json:"data"`
	}{}
	if err := json.Unmarshal(b, &env); err != nil || len(env.Data) == 0 {
		return fmt.Errorf("Akash Console %s %s: no data in %s", method, path, hokusai.Excerpt(string(b)))
	}
	return json.Unmarshal(env.Data, out)
}

// CreateDeployment creates a deployment from sdl with a deposit in USD
// (a decimal string, e.g. "5.00"), returning its dseq and manifest.
func (c *AkashClient) CreateDeployment(ctx context.Context, sdl []byte, depositUSD string) (dseq, manifest string, err error) {
	var out struct {
		DSeq     string `json:"dseq"`
		Manifest string `json:"manifest"`
	}
	in := map[string]any{"data": map[string]any{"sdl": string(sdl), "deposit": depositUSD}}
	if err := c.do(ctx, http.MethodPost, "/v1/deployments", in, &out); err != nil {
		return "", "", err
	}
	if out.DSeq == "" {
		return "", "", fmt.Errorf("Akash Console created a deployment without a dseq")
	}
	return out.DSeq, out.Manifest, nil
}

// Bids lists the bids on deployment dseq.
func (c *AkashClient) Bids(ctx context.Context, dseq string) ([]AkashBid, error) {
	var out []AkashBid
	return out, c.do(ctx, http.MethodGet, "/v1/bids?dseq="+url.QueryEscape(dseq), nil, &out)
}

// CreateLease accepts bid and sends the deployment's manifest to its
// provider.
func (c *AkashClient) CreateLease(ctx context.Context, manifest string, bid AkashBidID) error {
	in := map[string]any{"manifest": manifest, "leases": []map[string]any{{"dseq": bid.DSeq, "gseq": bid.GSeq, "oseq": bid.OSeq, "provider": bid.Provider}}}
	return c.do(ctx, http.MethodPost, "/v1/leases", in, nil)
}

// Deployment reads deployment dseq with its leases and escrow.
func (c *AkashClient) Deployment(ctx context.Context, dseq string) (*AkashDeployment, error) {
	var out AkashDeployment
	return &out, c.do(ctx, http.MethodGet, "/v1/deployments/"+url.PathEscape(dseq), nil, &out)
}

// CloseDeployment closes deployment dseq (and its leases); the rest of
// its escrow returns to the wallet.
func (c *AkashClient) CloseDeployment(ctx context.Context, dseq string) error {
	return c.do(ctx, http.MethodDelete, "/v1/deployments/"+url.PathEscape(dseq), nil, nil)
}

// GPUModels lists the GPU models on the market with availability and
// price.
func (c *AkashClient) GPUModels(ctx context.Context) ([]AkashGPUModel, error) {
	var out struct {
		Models []AkashGPUModel `json:"models"`
	}
	return out.Models, c.do(ctx, http.MethodGet, "/v1/gpu-prices", nil, &out)
}

// ProviderHost is the host URI of provider's API (from the Console API's
// provider list).
func (c *AkashClient) ProviderHost(ctx context.Context, provider string) (string, error) {
	var out struct {
		HostURI string `json:"hostUri"`
	}
	if err := c.do(ctx, http.MethodGet, "/v1/providers/"+url.PathEscape(provider), nil, &out); err != nil {
		return "", err
	}
	return out.HostURI, nil
}

func (c *AkashClient) provider(ctx context.Context, l AkashBidID, what string) ([]byte, error) {
	host, err := c.ProviderHost(ctx, l.Provider)
	if err != nil {
		return nil, err
	}
	u := fmt.Sprintf("%s/lease/%s/%d/%d/%s", strings.TrimRight(host, "/"), url.PathEscape(l.DSeq), l.GSeq, l.OSeq, what)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("provider %s: %s: %s", l.Provider, resp.Status, hokusai.Excerpt(string(b)))
	}
	return b, err
}

// LeaseStatus asks the lease's provider how its services run.
func (c *AkashClient) LeaseStatus(ctx context.Context, l AkashBidID) (*AkashLeaseStatus, error) {
	b, err := c.provider(ctx, l, "status")
	if err != nil {
		return nil, err
	}
	var s AkashLeaseStatus
	return &s, json.Unmarshal(b, &s)
}

// LeaseLogs asks the lease's provider for its services' last log lines.
func (c *AkashClient) LeaseLogs(ctx context.Context, l AkashBidID, tail int) (string, error) {
	b, err := c.provider(ctx, l, fmt.Sprintf("logs?follow=false&tail=%d", tail))
	return string(b), err
}
