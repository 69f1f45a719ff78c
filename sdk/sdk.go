// Package sdk is the Go SDK for a Hokusai server: the client generated from
// the OpenAPI document (package sdk/api) plus thin helpers that sign
// wallet-signed requests (EIP-712, package signreq), speak in the domain's
// types where the root package has them, and turn every error body into a
// *hokusai.Error, so callers see the server's own code and sentence. It
// imports no server package and no go-ethereum node: TestDependencies
// keeps it that way.
package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// Client talks to one Hokusai server.
type Client struct {
	baseURL string
	http    *http.Client
	apiKey  string
	gen     *api.ClientWithResponses // the generated client
	err     error                    // a bad base URL, reported by every call

	domMu sync.Mutex
	dom   *signreq.Domain // the server's signing domain, once fetched
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient makes the client send requests through hc.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.http = hc } }

// WithTimeout bounds each request (default 30 seconds).
func WithTimeout(d time.Duration) Option {
	return func(c *Client) { c.http = &http.Client{Timeout: d, Transport: c.http.Transport} }
}

// WithAPIKey sends key (hk_…) as the bearer token of every request that
// names no other, for the metered model API and key management.
func WithAPIKey(key string) Option { return func(c *Client) { c.apiKey = strings.TrimSpace(key) } }

// New returns a client for the server at baseURL, e.g.
// "http://127.0.0.1:8080". A malformed URL is reported by the first call.
func New(baseURL string, opts ...Option) *Client {
	c := &Client{baseURL: strings.TrimRight(strings.TrimSpace(baseURL), "/"), http: &http.Client{Timeout: 30 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	u, err := url.Parse(c.baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		c.err = hokusai.FieldErrorf("server", "Server URL %q must look like http://127.0.0.1:8080.", baseURL)
		return c
	}
	opt := []api.ClientOption{api.WithHTTPClient(c.http)}
	if c.apiKey != "" {
		opt = append(opt, api.WithRequestEditorFn(bearer(c.apiKey)))
	}
	c.gen, c.err = api.NewClientWithResponses(c.baseURL, opt...)
	return c
}

// bearer returns an editor that authorizes a request with an API key
// unless it already carries one.
func bearer(key string) api.RequestEditorFn {
	return func(_ context.Context, req *http.Request) error {
		if req.Header.Get("Authorization") == "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		return nil
	}
}

// BaseURL returns the server URL the client talks to.
func (c *Client) BaseURL() string { return c.baseURL }

// API returns the generated client, for operations without a helper here
// (API keys, predictions, usage, credits): every operation in the document
// has a method there.
func (c *Client) API() *api.ClientWithResponses { return c.gen }

// Health returns nil when the server answers its liveness check.
func (c *Client) Health(ctx context.Context) error {
	if c.err != nil {
		return c.err
	}
	r, err := c.gen.GetHealthWithResponse(ctx)
	if err != nil {
		return c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return c.statusError(r.HTTPResponse, r.Body)
	}
	return nil
}

// ChainInfo returns the server's chain id, RPC URL and contract addresses.
func (c *Client) ChainInfo(ctx context.Context) (hokusai.ChainInfo, error) {
	if c.err != nil {
		return hokusai.ChainInfo{}, c.err
	}
	r, err := c.gen.GetChainWithResponse(ctx)
	if err != nil {
		return hokusai.ChainInfo{}, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return hokusai.ChainInfo{}, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200.ToChainInfo(), nil
}

// ListModels returns one page of models matching f and the total that match.
func (c *Client) ListModels(ctx context.Context, f hokusai.ModelFilter) ([]*hokusai.Model, int, error) {
	page, err := c.ListModelsRaw(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	models := make([]*hokusai.Model, 0, len(page.Data))
	for _, a := range page.Data {
		m, err := a.ToModel()
		if err != nil {
			return nil, 0, err
		}
		models = append(models, m)
	}
	return models, int(page.Total), nil
}

// ListModelsRaw is ListModels returning the API's JSON form unchanged.
func (c *Client) ListModelsRaw(ctx context.Context, f hokusai.ModelFilter) (*api.ModelList, error) {
	if c.err != nil {
		return nil, c.err
	}
	p := &api.ListModelsParams{Ticker: f.Ticker, Owner: f.Owner, Category: f.Category, Tag: f.Tag}
	if f.License != nil {
		l := api.ListModelsParamsLicense(f.License.String())
		p.License = &l
	}
	if f.Metric != nil {
		m := f.Metric.String()
		p.Metric = &m
	}
	if f.Limit != 0 {
		l := int64(f.Limit)
		p.Limit = &l
	}
	if f.Offset != 0 {
		o := int64(f.Offset)
		p.Offset = &o
	}
	r, err := c.gen.ListModelsWithResponse(ctx, p)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// GetModel returns the model with the given on-chain id ("1") or ticker
// (case-insensitive).
func (c *Client) GetModel(ctx context.Context, idOrTicker string) (*hokusai.Model, error) {
	a, err := c.GetModelRaw(ctx, idOrTicker)
	if err != nil {
		return nil, err
	}
	return a.ToModel()
}

// GetModelRaw is GetModel returning the API's JSON form unchanged.
func (c *Client) GetModelRaw(ctx context.Context, idOrTicker string) (*api.Model, error) {
	if c.err != nil {
		return nil, c.err
	}
	ref := strings.TrimSpace(idOrTicker)
	if ref == "" {
		return nil, hokusai.FieldErrorf("id", "A model id or ticker is required.")
	}
	r, err := c.gen.GetModelWithResponse(ctx, ref)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// transportError explains a request that got no HTTP answer.
func (c *Client) transportError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ue *url.Error
	var ne net.Error
	if errors.As(err, &ue) || errors.As(err, &ne) {
		return hokusai.Errorf(hokusai.EUNAVAILABLE,
			"The Hokusai server at %s is not reachable (%s); start one with `hokusai serve`, or point --server (env HOKUSAI_SERVER) at a running server.",
			c.baseURL, shortCause(err))
	}
	return hokusai.Errorf(hokusai.EINTERNAL, "The answer from %s could not be read: %v.", c.baseURL, err)
}

// statusError turns an answer that is not the expected success into a
// *hokusai.Error: the server's own error body when there is one.
func (c *Client) statusError(resp *http.Response, body []byte) error {
	var eb api.ErrorBody
	if json.Unmarshal(body, &eb) == nil && eb.Error.Code != "" {
		return eb.ToError()
	}
	status := "no status"
	code := hokusai.EINTERNAL
	if resp != nil {
		status = resp.Status
		if resp.StatusCode >= 300 {
			code = hokusai.ErrorCodeForStatus(resp.StatusCode)
		}
	}
	return hokusai.Errorf(code, "The server at %s answered %s without the expected Hokusai JSON; is --server pointing at a Hokusai server?", c.baseURL, status)
}

// shortCause reduces a transport error to its innermost message, e.g.
// "connection refused".
func shortCause(err error) string {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			break
		}
		err = u
	}
	return fmt.Sprint(err)
}
