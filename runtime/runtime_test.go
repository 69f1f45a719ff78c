package runtime_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/runtime/onnx"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
)

var models = filepath.Join("..", "testdata", "models")

func TestOpenEveryRuntime(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/chat/completions") {
			io.WriteString(w, `{"choices":[{"message":{"content":"democrat"}}]}`)
			return
		}
		var req struct{ Inputs []any }
		json.NewDecoder(r.Body).Decode(&req)
		out := make([]float64, len(req.Inputs))
		json.NewEncoder(w).Encode(map[string]any{"predictions": out})
	}))
	defer srv.Close()

	votes := runtimetest.ReadCSV(t, filepath.Join("..", "testdata", "datasets", "house-votes-84.csv"))[:20]
	iris := runtimetest.ReadCSV(t, filepath.Join("..", "testdata", "datasets", "iris.csv"))
	agaricus := []hokusai.Row{{"f1": 1, "f9": 1, "f19": 1}, {"f3": 1, "f9": 1}}
	lg := []hokusai.Row{{"f0": 0.1, "f1": 1.2}, {}}

	softmaxDir := t.TempDir()
	sm, err := linear.Train(iris, hokusai.TrainingRecipe{Runtime: "softmax", Target: "species", L2: 0.001})
	if err != nil {
		t.Fatal(err)
	}
	if err := sm.Save(filepath.Join(softmaxDir, "model.json")); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name string
		spec hokusai.RuntimeSpec
		dir  string
		rows []hokusai.Row
		task hokusai.Task
		cgo  bool
	}{
		{"linear", hokusai.RuntimeSpec{Kind: "linear"}, "house-votes-84-linear", votes, hokusai.TaskClassification, false},
		{"softmax", hokusai.RuntimeSpec{Kind: "softmax"}, softmaxDir, iris, hokusai.TaskClassification, false},
		{"onnx", hokusai.RuntimeSpec{Kind: "onnx", Entrypoint: "sklearn_randomforest.onnx", Options: map[string]any{
			"features": []string{"sepal_length", "sepal_width", "petal_length", "petal_width"},
			"classes":  []string{"setosa", "versicolor", "virginica"}, "target": "species"}}, "iris-rf", iris, hokusai.TaskClassification, true},
		{"xgboost", hokusai.RuntimeSpec{Kind: "xgboost", Entrypoint: "xgagaricus.model"}, "agaricus", agaricus, hokusai.TaskClassification, false},
		{"lightgbm", hokusai.RuntimeSpec{Kind: "lightgbm", Entrypoint: "lgmulticlass.model"}, "lgmulticlass", lg, hokusai.TaskClassification, false},
		{"remote-json", hokusai.RuntimeSpec{Kind: "remote-json", Options: map[string]any{"endpoint": map[string]any{"url": srv.URL, "timeout": "2s"}}}, "", votes, hokusai.TaskRegression, false},
		{"remote-openai", hokusai.RuntimeSpec{Kind: "remote-openai", Options: map[string]any{"classes": []string{"democrat", "republican"}, "endpoint": map[string]any{"url": srv.URL + "/v1", "model": "m", "attempts": 2}}}, "", votes[:3], hokusai.TaskClassification, false},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			seen[c.spec.Kind] = true
			if c.cgo && onnxMissing() {
				t.Skip("ONNX Runtime is not installed; run " + onnx.InstallScript)
			}
			dir := c.dir
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(models, dir)
			}
			p, err := hkruntime.Open(c.spec, dir, hkruntime.Config{})
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			if info := p.Info(); info.Runtime != c.spec.Kind || info.Task != c.task {
				t.Errorf("Info() = %+v", info)
			}
			if !strings.HasPrefix(p.Info().Version, hkruntime.Version(c.spec.Kind)) {
				t.Errorf("version %q does not start with %q", p.Info().Version, hkruntime.Version(c.spec.Kind))
			}
			runtimetest.Check(t, p, c.rows)
		})
	}
	for _, n := range hokusai.RuntimeNames() {
		if !seen[n] {
			t.Errorf("runtime %s is not exercised", n)
		}
	}
}

func onnxMissing() bool {
	if !onnx.Native {
		return true
	}
	_, err := os.Stat(onnx.LibPath(""))
	return err != nil && os.Getenv("HOKUSAI_REQUIRE_ORT") != "1"
}

func TestOpenErrors(t *testing.T) {
	cases := []struct {
		name  string
		spec  hokusai.RuntimeSpec
		dir   string
		code  string
		field string
		says  string
	}{
		{"unknown kind", hokusai.RuntimeSpec{Kind: "pickle"}, "agaricus", hokusai.EINVALID, "runtime.kind", "use one of linear, softmax"},
		{"escaping entrypoint", hokusai.RuntimeSpec{Kind: "xgboost", Entrypoint: "../agaricus/xgagaricus.model"}, "agaricus", hokusai.EINVALID, "runtime.entrypoint", "inside the model directory"},
		{"missing entrypoint", hokusai.RuntimeSpec{Kind: "xgboost", Entrypoint: "nope.bin"}, "agaricus", hokusai.ENOTFOUND, "", "nope.bin"},
		{"no default file", hokusai.RuntimeSpec{Kind: "xgboost"}, "agaricus", hokusai.ENOTFOUND, "", "model.bin, model.model, model.xgb"},
		{"unknown option", hokusai.RuntimeSpec{Kind: "xgboost", Options: map[string]any{"colour": "red"}}, "agaricus", hokusai.EINVALID, "runtime.options", "colour"},
		{"remote without url", hokusai.RuntimeSpec{Kind: "remote-json"}, "", hokusai.EINVALID, "runtime.options.endpoint.url", "needs runtime.options.endpoint.url"},
		{"bad timeout", hokusai.RuntimeSpec{Kind: "remote-json", Options: map[string]any{"endpoint": map[string]any{"url": "http://x", "timeout": "soon"}}}, "", hokusai.EINVALID, "runtime.options", "500ms"},
		{"ftp url", hokusai.RuntimeSpec{Kind: "remote-json", Options: map[string]any{"endpoint": map[string]any{"url": "ftp://x"}}}, "", hokusai.EINVALID, "runtime.options.endpoint.url", "http://"},
		{"linear model as softmax", hokusai.RuntimeSpec{Kind: "softmax"}, "house-votes-84-linear", hokusai.EINVALID, "runtime.kind", `set runtime.kind to "linear"`},
		{"linear with other classes", hokusai.RuntimeSpec{Kind: "linear", Options: map[string]any{"classes": []string{"whig", "tory"}}}, "house-votes-84-linear", hokusai.EINVALID, "runtime.options.classes", "democrat"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := hkruntime.Open(c.spec, filepath.Join(models, c.dir), hkruntime.Config{})
			if hokusai.ErrorCode(err) != c.code || hokusai.ErrorField(err) != c.field || !strings.Contains(err.Error(), c.says) {
				t.Fatalf("err = %v\nwant %s, field %q, saying %q", err, c.code, c.field, c.says)
			}
		})
	}
}

func TestRecipeRoundTripsThroughTheManifest(t *testing.T) {
	r := hokusai.TrainingRecipe{Runtime: "linear", Objective: "logistic", Target: "party", L2: 0.01, Seed: 84, Features: []string{"crime"}}
	m, err := r.ManifestRecipe()
	if err != nil {
		t.Fatal(err)
	}
	if m.Runtime != "linear" || m.Seed != 84 || m.Hyperparameters["l2"] != 0.01 || m.Hyperparameters["target"] != "party" {
		t.Fatalf("manifest recipe = %+v", m)
	}
	b, _ := json.Marshal(m) // as stored in manifest.json
	var stored hokusai.Recipe
	json.Unmarshal(b, &stored)
	back, err := hokusai.ParseTrainingRecipe(stored)
	if err != nil {
		t.Fatal(err)
	}
	if back.L2 != 0.01 || back.Target != "party" || back.Seed != 84 || back.Features[0] != "crime" || back.Objective != "logistic" {
		t.Errorf("round trip = %+v", back)
	}
	stored.Hyperparameters["learning_rate"] = 0.1
	if _, err := hokusai.ParseTrainingRecipe(stored); hokusai.ErrorField(err) != "training.recipe.hyperparameters" || !strings.Contains(err.Error(), "learning_rate") {
		t.Errorf("unknown hyper-parameter: %v", err)
	}
}

func TestTrainWritesAModelOpenCanServe(t *testing.T) {
	rows := runtimetest.ReadCSV(t, filepath.Join("..", "testdata", "datasets", "iris.csv"))
	dir := t.TempDir()
	spec, recipe, err := hkruntime.Train(hokusai.TrainingRecipe{Runtime: "softmax", Target: "species", L2: 0.01, Seed: 3}, rows, dir)
	if err != nil {
		t.Fatal(err)
	}
	if spec.Kind != "softmax" || spec.Entrypoint != "model.json" || recipe.Seed != 3 || recipe.Runtime != "softmax" {
		t.Fatalf("spec %+v, recipe %+v", spec, recipe)
	}
	// The manifest is JSON: its options come back as plain JSON values.
	b, _ := json.Marshal(spec)
	var stored hokusai.RuntimeSpec
	json.Unmarshal(b, &stored)
	p, err := hkruntime.Open(stored, dir, hkruntime.Config{})
	if err != nil {
		t.Fatal(err)
	}
	preds := runtimetest.Check(t, p, rows)
	if acc := runtimetest.Accuracy(rows, preds, "species"); acc < 0.95 {
		t.Errorf("training accuracy %.3f", acc)
	}
	first, _ := os.ReadFile(filepath.Join(dir, "model.json"))
	replay, err := hokusai.ParseTrainingRecipe(recipe)
	if err != nil {
		t.Fatal(err)
	}
	dir2 := t.TempDir()
	if _, _, err := hkruntime.Train(replay, rows, dir2); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(filepath.Join(dir2, "model.json"))
	if string(first) != string(second) {
		t.Error("replaying the manifest's recipe gave a different model")
	}
}
