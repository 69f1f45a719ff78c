package remote_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/remote"
)

// BenchmarkJSONLoopback sends 1,000 rows in batches of 64 to a loopback
// server that answers at once: the runtime's own overhead per row.
func BenchmarkJSONLoopback(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Inputs []json.RawMessage }
		json.NewDecoder(r.Body).Decode(&req)
		out := make([]float64, len(req.Inputs))
		json.NewEncoder(w).Encode(map[string]any{"predictions": out})
	}))
	defer srv.Close()
	m, err := remote.NewJSON(hokusai.RuntimeOptions{Endpoint: &hokusai.EndpointSpec{URL: srv.URL}}, nil)
	if err != nil {
		b.Fatal(err)
	}
	rows := make([]hokusai.Row, 1000)
	for i := range rows {
		rows[i] = hokusai.Row{"a": float64(i), "b": "x"}
	}
	for b.Loop() {
		if _, err := m.Predict(context.Background(), rows); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(rows))*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
