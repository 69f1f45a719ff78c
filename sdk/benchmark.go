package sdk

import (
	"context"
	"encoding/json"
	"net/url"

	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// Benchmark returns the public part of a model's benchmark: metric, label,
// columns, and the digests and sizes of the dev and hidden test splits.
func (c *Client) Benchmark(ctx context.Context, model string) (*oapi.BenchmarkInfo, error) {
	var b oapi.BenchmarkInfo
	if _, err := c.do(ctx, "GET", "/v1/models/"+url.PathEscape(model)+"/benchmark", nil, nil, &b, 200); err != nil {
		return nil, err
	}
	return &b, nil
}

// DevSplit returns a model's public dev split as CSV (with a header): the
// rows contributors may look at and build on.
func (c *Client) DevSplit(ctx context.Context, model string) ([]byte, error) {
	var raw json.RawMessage
	if _, err := c.do(ctx, "GET", "/v1/models/"+url.PathEscape(model)+"/benchmark?format=csv", nil, nil, &raw, 200); err != nil {
		return nil, err
	}
	return raw, nil
}
