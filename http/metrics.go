package http

import (
	"bytes"
	"context"
	"fmt"

	"github.com/prometheus/common/expfmt"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// GetMetrics writes the server's metrics in Prometheus's text format.
func (h apiHandler) GetMetrics(ctx context.Context, _ oapi.GetMetricsRequestObject) (oapi.GetMetricsResponseObject, error) {
	if h.s.Metrics == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server exports no metrics; `hokusai serve` does.")
	}
	families, err := h.s.Metrics.Gather()
	if err != nil && len(families) == 0 {
		return nil, fmt.Errorf("gather metrics: %w", err)
	}
	var buf bytes.Buffer
	enc := expfmt.NewEncoder(&buf, expfmt.NewFormat(expfmt.TypeTextPlain))
	for _, f := range families {
		if err := enc.Encode(f); err != nil {
			return nil, fmt.Errorf("encode metrics: %w", err)
		}
	}
	return oapi.GetMetrics200TextplainVersion004CharsetUtf8Response{Body: &buf, ContentLength: int64(buf.Len())}, nil
}
