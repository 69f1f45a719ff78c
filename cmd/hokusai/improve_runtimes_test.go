package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/onnx"
)

// penguinsDir holds the penguins benchmark and the ONNX and XGBoost
// models fitted on its public rows (its README.md).
var penguinsDir = filepath.Join("..", "..", "testdata", "models", "penguins-improve")

var penguinsOptions = map[string]any{
	"features": []string{"bill_length", "bill_depth", "flipper_length", "body_mass"},
	"classes":  []string{"Adelie", "Chinstrap", "Gentoo"}, "target": "species",
}

// packageFixture packages a fixture model with `hokusai package`, signed
// by a dev account, and returns the archive's path.
func packageFixture(t *testing.T, srv *liveServer, kind, name string, account int) string {
	t.Helper()
	file := name + ".bin"
	if kind == hokusai.RuntimeONNX {
		file = name + ".onnx"
	}
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join(penguinsDir, file))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "m"), 0o755)
	if err := os.WriteFile(filepath.Join(dir, "m", file), b, 0o644); err != nil {
		t.Fatal(err)
	}
	meta, _ := json.Marshal(map[string]any{
		"name": "penguins", "version": "1.0.0", "description": "Penguin species from four body measures.", "architecture": name + " " + kind,
		"training":     map[string]any{"methodology": "train.py in testdata/models/penguins-improve.", "recipe": map[string]any{"runtime": kind, "seed": 0}},
		"input_schema": map[string]any{"type": "object"}, "output_schema": map[string]any{"type": "object"},
		"runtime": map[string]any{"kind": kind, "entrypoint": file, "options": penguinsOptions},
	})
	if err := os.WriteFile(filepath.Join(dir, "meta.json"), meta, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, name+".hkpkg")
	srv.cli(t, "package", filepath.Join(dir, "m"), "--metadata", filepath.Join(dir, "meta.json"), "--version", "1.0.0",
		"--dev-account", fmt.Sprint(account), "-o", out)
	return out
}

// writeRows writes rows [from, to) of the penguins pool as CSV.
func writeRows(t *testing.T, pool *eval.Dataset, from, to int) string {
	t.Helper()
	idx := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		idx = append(idx, i)
	}
	var b bytes.Buffer
	if err := pool.Subset(idx).WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "rows.csv")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestImproveONNXAndXGBoostModels runs the real binary on the embedded
// chain: for a scikit-learn model exported to ONNX and for an XGBoost
// model, a candidate fitted to the public dev rows only is refused on the
// hidden split, and a better candidate trained on every dev row is
// accepted, minted, published as the next version and served by the
// gateway with its own runtime.
func TestImproveONNXAndXGBoostModels(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	if _, err := os.Stat(onnx.LibPath("")); err != nil || !onnx.Native {
		if os.Getenv("HOKUSAI_REQUIRE_ORT") == "1" {
			t.Fatalf("ONNX Runtime is not installed at %s; run %s", onnx.LibPath(""), onnx.InstallScript)
		}
		t.Skipf("ONNX Runtime is not installed at %s (HOKUSAI_REQUIRE_ORT=1 makes this a failure)", onnx.LibPath(""))
	}
	t.Setenv("HOKUSAI_CONFIRMATIONS", "0")
	t.Setenv(onnx.LibEnv, onnx.LibPath(""))
	srv := startLive(t, t.TempDir())
	bench := filepath.Join(penguinsDir, "benchmark.csv")
	load := func(name string) *eval.Dataset {
		d, err := eval.LoadFile(filepath.Join(penguinsDir, name), eval.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	pool := load("pool.csv")
	apiKey := strings.TrimSpace(srv.cli(t, "keys", "create", "--dev-account", "4", "--scopes", "call", "--name", "penguins"))
	srv.cli(t, "credits", "deposit", "--usdc", "1", "--dev-account", "4")

	for i, kind := range []string{hokusai.RuntimeONNX, hokusai.RuntimeXGBoost} {
		ticker := map[string]string{hokusai.RuntimeONNX: "PONNX", hokusai.RuntimeXGBoost: "PXGB"}[kind]
		t.Run(kind, func(t *testing.T) {
			head := packageFixture(t, srv, kind, "head", 1)
			// The owner registers the head at its score on the hidden split.
			st := &contrib.Setup{ModelID: uint64(i + 1), Recipe: hokusai.TrainingRecipe{Runtime: kind, Target: "species"}, Metric: hokusai.MetricAccuracy,
				Direction: hokusai.Maximize, Seed: 7, DevPercent: 60, Benchmark: load("benchmark.csv"), Training: load("owner.csv")}
			headPkg, err := os.ReadFile(head)
			if err != nil {
				t.Fatal(err)
			}
			h, err := evaluator.MeasureHeadPackage(context.Background(), st, headPkg, hkruntime.Config{})
			if err != nil {
				t.Fatal(err)
			}
			base := h.Score
			srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Penguins "+kind, "--ticker", ticker, "--metric", "accuracy",
				"--baseline", hokusai.FormatWad(evaluator.ScoreWad(base)), "--direction", "max", "--license", "decentralized", "--preset", "growth")
			srv.cli(t, "model", "register", ticker, "--package", head, "--dev-account", "1")
			recipe := filepath.Join(t.TempDir(), "recipe.json")
			os.WriteFile(recipe, []byte(`{"runtime": "`+kind+`", "target": "species"}`), 0o644)
			out := srv.cli(t, "register_model", ticker, "--dev-account", "1", "--reward-rate", "100000", "--max-rewards", "400000",
				"--benchmark", bench, "--training", filepath.Join(penguinsDir, "owner.csv"), "--recipe", recipe, "--seed", "7", "--dev-percent", "60")
			if want := fmt.Sprintf("Measured head: %v ", base); !strings.Contains(out, "Benchmark set up") || !strings.Contains(out, want) {
				t.Fatalf("register_model: %s; want the head package's score %s", out, want)
			}
			srv.cli(t, "configure_verifier", ticker, "--dev-account", "1", "--performance-metrics", "accuracy")

			// Rows alone cannot improve a model the evaluator does not retrain.
			rows := writeRows(t, pool, 0, 90)
			if _, errOut, code := srv.cliCode(t, "contribute", ticker, "--file", rows, "--dev-account", "2"); code != 2 || !strings.Contains(errOut, "--candidate-package") {
				t.Fatalf("rows without a candidate: exit %d %s", code, errOut)
			}
			// Fitted to the public rows only: refused on the hidden split.
			overfit := packageFixture(t, srv, kind, "overfit", 2)
			out = srv.cli(t, "contribute", ticker, "--file", rows, "--candidate-package", overfit, "--dev-account", "2", "--wait", "90s")
			if !strings.Contains(out, "status           rejected") || !strings.Contains(out, "WORSE") || strings.Contains(out, "mint tx") ||
				!strings.Contains(out, "scored_as_submitted") {
				t.Fatalf("overfit candidate:\n%s", out)
			}
			// Trained on every dev row: accepted, minted, the new head.
			better := packageFixture(t, srv, kind, "better", 3)
			out = srv.cli(t, "contribute", ticker, "--file", writeRows(t, pool, 0, pool.Len()), "--candidate-package", better, "--dev-account", "3", "--wait", "90s")
			if !strings.Contains(out, "status           accepted") || !strings.Contains(out, "mint tx") || !strings.Contains(out, "scored_as_submitted") {
				t.Fatalf("better candidate:\n%s", out)
			}
			t.Logf("%s better candidate:\n%s", kind, out)
			var versions string
			for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
				if versions = srv.cli(t, "model", "versions", ticker); strings.Contains(versions, "1.1.0 (head") || time.Now().After(deadline) {
					break
				}
			}
			if !strings.Contains(versions, "1.1.0 (head") {
				t.Fatalf("versions after the mint:\n%s", versions)
			}
			// The gateway serves the candidate: the row where head and
			// candidate disagree gets the candidate's label and probabilities.
			row, want := disagreement(t, kind, load("dev.csv"))
			input, _ := json.Marshal(row)
			var res struct {
				Predictions []hokusai.Prediction `json:"predictions"`
				Version     string               `json:"version"`
			}
			if err := json.Unmarshal([]byte(srv.cli(t, "predict", ticker, "--input", string(input), "--key", apiKey)), &res); err != nil {
				t.Fatal(err)
			}
			if len(res.Predictions) != 1 || res.Predictions[0].Label != want.Label {
				t.Fatalf("gateway predicts %+v; the candidate says %+v", res, want)
			}
			for c, p := range want.Probabilities {
				if math.Abs(res.Predictions[0].Probabilities[c]-p) > 1e-6 {
					t.Fatalf("gateway P(%s) = %v; the candidate says %v", c, res.Predictions[0].Probabilities[c], p)
				}
			}
		})
	}
}

// disagreement finds a dev row on which the head and better fixtures
// predict different species, and returns it with better's prediction.
func disagreement(t *testing.T, kind string, dev *eval.Dataset) (hokusai.Row, hokusai.Prediction) {
	t.Helper()
	open := func(name string) hokusai.Predictor {
		file := name + ".bin"
		if kind == hokusai.RuntimeONNX {
			file = name + ".onnx"
		}
		p, err := hkruntime.Open(hokusai.RuntimeSpec{Kind: kind, Entrypoint: file, Options: penguinsOptions}, penguinsDir, hkruntime.Config{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Close() })
		return p
	}
	all := make([]string, 0, len(dev.Columns))
	for _, c := range dev.Columns {
		all = append(all, c.Name)
	}
	rows := hokusai.RowsFromTable(all, dev.Rows)
	for _, r := range rows {
		delete(r, "species")
	}
	hp, err := open("head").Predict(context.Background(), rows)
	if err != nil {
		t.Fatal(err)
	}
	bp, err := open("better").Predict(context.Background(), rows)
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		if hp[i].Label != bp[i].Label {
			return rows[i], bp[i]
		}
	}
	t.Fatal("head and better agree on every dev row")
	return nil, hokusai.Prediction{}
}
