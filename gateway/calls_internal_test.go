package gateway

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// An answer encoded before its charge, with the usage id filled in after,
// is the answer encoded with that usage id.
func TestWithUsageIDMatchesEncoding(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		resp := PredictResponse{
			ModelID: rapid.Uint64().Draw(t, "model"), Ticker: rapid.String().Draw(t, "ticker"),
			Version: rapid.String().Draw(t, "version"), Tier: Tier(rapid.SampledFrom([]string{"basic", "batch"}).Draw(t, "tier")),
			LatencyMS: rapid.Float64Range(0, 1e6).Draw(t, "latency"), FeeCharged: rapid.String().Draw(t, "fee"),
			FeeMicros: rapid.Int64().Draw(t, "micros"),
		}
		for range rapid.IntRange(0, 3).Draw(t, "rows") {
			resp.Predictions = append(resp.Predictions, hokusai.Prediction{Label: rapid.String().Draw(t, "label"),
				Value: rapid.Float64Range(-1e9, 1e9).Draw(t, "value"), Probabilities: map[string]float64{rapid.String().Draw(t, "class"): 0.5}})
		}
		id := rapid.Int64().Draw(t, "usage_id")
		uncharged, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		got, err := withUsageID(uncharged, id)
		if err != nil {
			t.Fatal(err)
		}
		resp.UsageID = id
		want, _ := json.Marshal(resp)
		if string(got) != string(want)+"\n" {
			t.Fatalf("withUsageID:\n%s\nencoding:\n%s", got, want)
		}
	})
}

func TestWithUsageIDRefusesOtherBodies(t *testing.T) {
	if _, err := withUsageID([]byte(`{"usage_id":7}`), 8); err == nil {
		t.Fatal("a body whose usage id is not 0 was accepted")
	}
}
