package sdk

import (
	"context"
	"net/http"

	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// Benchmark returns the public part of a model's benchmark: metric, label,
// columns, the digests and sizes of the dev and hidden test splits, and the
// head as measured on the hidden split (score, 95% interval, the declared
// value) with the benchmark hash committed on-chain.
func (c *Client) Benchmark(ctx context.Context, model string) (*api.BenchmarkInfo, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetBenchmarkWithResponse(ctx, model, &api.GetBenchmarkParams{})
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// DevSplit returns a model's public dev split as CSV (with a header): the
// rows contributors may look at and build on.
func (c *Client) DevSplit(ctx context.Context, model string) ([]byte, error) {
	if c.err != nil {
		return nil, c.err
	}
	csv := api.GetBenchmarkParamsFormatCsv
	r, err := c.gen.GetBenchmarkWithResponse(ctx, model, &api.GetBenchmarkParams{Format: &csv})
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.StatusCode() != http.StatusOK {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.Body, nil
}
