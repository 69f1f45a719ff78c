package pack

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// The seed's metadata key performance_metrics is metrics by another name:
// both give the same manifest; both at once must agree.
func TestParseMetadataPerformanceMetrics(t *testing.T) {
	base := `"schema": "hokusai.package/v1", "name": "m", "version": "1.0.0", "runtime": {"kind": "linear", "entrypoint": "model.json"}`
	seed, err := ParseMetadata([]byte(`{` + base + `, "performance_metrics": {"accuracy": 0.926, "f1": 0.91}}`))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := ParseMetadata([]byte(`{` + base + `, "metrics": {"accuracy": 0.926, "f1": 0.91}}`))
	if err != nil {
		t.Fatal(err)
	}
	if seed.Metrics["accuracy"] != 0.926 || seed.Metrics["f1"] != 0.91 || len(seed.Metrics) != len(plain.Metrics) {
		t.Fatalf("performance_metrics gave %v, metrics %v", seed.Metrics, plain.Metrics)
	}
	if _, err := ParseMetadata([]byte(`{` + base + `, "metrics": {"accuracy": 0.926}, "performance_metrics": {"accuracy": 0.926}}`)); err != nil {
		t.Fatalf("both, equal: %v", err)
	}
	for _, bad := range []string{
		`{` + base + `, "metrics": {"accuracy": 0.9}, "performance_metrics": {"accuracy": 0.926}}`,
		`{` + base + `, "performance_metrics": ["accuracy"]}`,
		`{` + base + `, "performance_metrics": {"accuracy": "high"}}`,
	} {
		if _, err := ParseMetadata([]byte(bad)); hokusai.ErrorField(err) != "performance_metrics" {
			t.Fatalf("%s: %v, want an error naming performance_metrics", bad, err)
		}
	}
	// Other unknown keys are still refused.
	if _, err := ParseMetadata([]byte(`{` + base + `, "performance_metricz": {}}`)); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("unknown key: %v", err)
	}
}
