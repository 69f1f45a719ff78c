package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// test_model_integration through the real binary: the owner's cases run
// on the served version (packaged with the seed's performance_metrics
// metadata key), a failing case comes back with the model's actual
// output, and another address's key is refused; the CLI and the Go SDK
// agree.
func TestModelIntegrationEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	srv := startLive(t, t.TempDir())
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "House votes", "--ticker", "VOTE",
		"--metric", "accuracy", "--baseline", "0.904", "--direction", "max", "--preset", "growth")
	dir := t.TempDir()
	model, err := os.ReadFile("../../testdata/models/house-votes-84-linear/model.json")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "m"), 0o755)
	os.WriteFile(filepath.Join(dir, "m", "model.json"), model, 0o644)
	meta := `{"name": "house-votes", "version": "1.0.0", "description": "Party from 16 votes.", "architecture": "logistic regression",
 "training": {"methodology": "L-BFGS", "recipe": {"runtime": "linear", "seed": 1}},
 "input_schema": {"type": "object"}, "output_schema": {"type": "object"},
 "runtime": {"kind": "linear", "entrypoint": "model.json"}, "performance_metrics": {"accuracy": 0.926}}`
	os.WriteFile(filepath.Join(dir, "meta.json"), []byte(meta), 0o644)
	pkg := filepath.Join(dir, "p.hkpkg")
	srv.cli(t, "package", filepath.Join(dir, "m"), "--metadata", filepath.Join(dir, "meta.json"), "--version", "1.0.0", "--dev-account", "1", "-o", pkg)
	srv.cli(t, "model", "register", "VOTE", "--package", pkg, "--dev-account", "1")
	if out := srv.cli(t, "model", "versions", "VOTE", "1.0.0"); !strings.Contains(out, "accuracy 0.926") {
		t.Fatalf("performance_metrics did not become the version's metrics:\n%s", out)
	}
	ownerKey := strings.TrimSpace(srv.cli(t, "keys", "create", "--dev-account", "1", "--scopes", "call"))
	otherKey := strings.TrimSpace(srv.cli(t, "keys", "create", "--dev-account", "2", "--scopes", "call"))

	input := map[string]any{"physician-fee-freeze": "y", "el-salvador-aid": "y", "crime": "y"}
	writeCases := func(name string, cases []map[string]any) string {
		b, _ := json.Marshal(cases)
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	both := writeCases("both.json", []map[string]any{
		{"name": "expects democrat", "input": input, "expected_output": "democrat"},
		{"name": "expects republican", "input": input, "expected_output": "republican"},
	})
	out, errOut, code := srv.cliCode(t, "test_model_integration", "VOTE", "--cases", both, "--key", ownerKey, "--json")
	var rep api.IntegrationTestResponse
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("exit %d: %v\n%s\n%s", code, err, out, errOut)
	}
	if code != 1 || rep.Status != "failed" || rep.Score != 0.5 || rep.Passed != 1 || rep.Total != 2 || len(rep.FailedCases) != 1 || rep.Version != "1.0.0" {
		t.Fatalf("one passing and one failing case: exit %d %+v", code, rep)
	}
	f := rep.FailedCases[0]
	if f.ActualOutput == f.ExpectedOutput || (f.ActualOutput != "democrat" && f.ActualOutput != "republican") {
		t.Fatalf("failed case %+v", f)
	}
	pass := writeCases("pass.json", []map[string]any{{"input": input, "expected_output": f.ActualOutput}})
	if out := srv.cli(t, "test_model_integration", "VOTE", "--cases", pass, "--key", ownerKey); !strings.Contains(out, "passed, score 1.0000 (1 of 1 cases passed)") {
		t.Fatalf("passing case: %s", out)
	}
	// Another address's key is refused; so are too many cases.
	if _, errOut, code := srv.cliCode(t, "test_model_integration", "VOTE", "--cases", pass, "--key", otherKey); code != 5 || !strings.Contains(errOut, "FORBIDDEN") {
		t.Fatalf("another address's key: exit %d %s", code, errOut)
	}
	many := make([]map[string]any, 101)
	for i := range many {
		many[i] = map[string]any{"input": input, "expected_output": "democrat"}
	}
	if _, errOut, code := srv.cliCode(t, "test_model_integration", "VOTE", "--cases", writeCases("many.json", many), "--key", ownerKey); code != 2 || !strings.Contains(errOut, "at most 100") {
		t.Fatalf("101 cases: exit %d %s", code, errOut)
	}

	// The Go SDK gives the same report.
	got, err := sdk.New(srv.apiURL, sdk.WithAPIKey(ownerKey)).TestModelIntegration(context.Background(), "VOTE", []api.IntegrationTestCase{
		{Input: input, ExpectedOutput: "democrat"}, {Input: input, ExpectedOutput: "republican"},
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != "failed" || got.Score != 0.5 || len(got.FailedCases) != 1 || got.FailedCases[0].ActualOutput != f.ActualOutput || got.FailedCases[0].Index != f.Index {
		t.Fatalf("SDK report %+v", got)
	}
}
