package sdk

import (
	"context"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// SearchMarket returns one page of the marketplace for p (nil for the
// first page of every model, by training score). Pass the page's
// NextCursor as p.Cursor, with the other parameters unchanged, for the
// next page.
func (c *Client) SearchMarket(ctx context.Context, p *api.SearchMarketParams) (*api.MarketPage, error) {
	if c.err != nil {
		return nil, c.err
	}
	if p == nil {
		p = &api.SearchMarketParams{}
	}
	r, err := c.gen.SearchMarketWithResponse(ctx, p)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// MarketModel returns a model page's data: its listing, market history
// and versions. idOrTicker is the model's on-chain id ("1") or ticker.
func (c *Client) MarketModel(ctx context.Context, idOrTicker string, p *api.GetMarketModelParams) (*api.MarketModel, error) {
	if c.err != nil {
		return nil, c.err
	}
	ref := strings.TrimSpace(idOrTicker)
	if ref == "" {
		return nil, hokusai.FieldErrorf("id", "A model id or ticker is required.")
	}
	if p == nil {
		p = &api.GetMarketModelParams{}
	}
	r, err := c.gen.GetMarketModelWithResponse(ctx, ref, p)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}
