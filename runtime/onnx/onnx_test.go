package onnx_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/onnx"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
)

var dir = filepath.Join("..", "..", "testdata", "models", "iris-rf")

var irisOpts = hokusai.RuntimeOptions{
	Features: []string{"sepal_length", "sepal_width", "petal_length", "petal_width"},
	Classes:  []string{"setosa", "versicolor", "virginica"},
	Target:   "species",
}

// needLib skips when the library is not installed, unless
// HOKUSAI_REQUIRE_ORT=1 (CI) makes that a failure.
func needLib(t *testing.T) {
	t.Helper()
	if !onnx.Native {
		t.Skip("built without cgo: ONNX Runtime cannot be loaded")
	}
	lib := onnx.LibPath("")
	if _, err := os.Stat(lib); err != nil {
		if os.Getenv("HOKUSAI_REQUIRE_ORT") == "1" {
			t.Fatalf("ONNX Runtime is not installed at %s; run %s", lib, onnx.InstallScript)
		}
		t.Skipf("ONNX Runtime is not installed at %s; run %s (HOKUSAI_REQUIRE_ORT=1 makes this a failure)", lib, onnx.InstallScript)
	}
}

func TestMissingLibraryIsAClearError(t *testing.T) {
	bogus := filepath.Join(t.TempDir(), "libonnxruntime.so.1")
	_, err := onnx.Load(filepath.Join(dir, "sklearn_randomforest.onnx"), onnx.Options{Lib: bogus})
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE {
		t.Fatalf("err = %v, want %s", err, hokusai.EUNAVAILABLE)
	}
	for _, want := range []string{bogus, onnx.InstallScript, onnx.LibEnv} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestLibPathPrefersExplicitThenEnv(t *testing.T) {
	t.Setenv(onnx.LibEnv, "/from/env.so")
	if got := onnx.LibPath("/explicit.so"); got != "/explicit.so" {
		t.Errorf("LibPath(explicit) = %s", got)
	}
	if got := onnx.LibPath(""); got != "/from/env.so" {
		t.Errorf("LibPath(\"\") with env = %s", got)
	}
	t.Setenv(onnx.LibEnv, "")
	if got := onnx.LibPath(""); !strings.HasSuffix(got, filepath.Join("runtime", "onnx", "lib", "libonnxruntime.so.1")) {
		t.Errorf("default LibPath = %s", got)
	}
}

func TestIrisRandomForestAccuracy(t *testing.T) {
	needLib(t)
	m, err := onnx.Load(filepath.Join(dir, "sklearn_randomforest.onnx"), onnx.Options{RuntimeOptions: irisOpts})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	rows := runtimetest.ReadCSV(t, filepath.Join("..", "..", "testdata", "datasets", "iris.csv"))
	preds := runtimetest.Check(t, m, rows)
	acc := runtimetest.Accuracy(rows, preds, "species")
	t.Logf("iris random forest (ONNX): accuracy %.4f on %d rows; %s", acc, len(rows), m.Info().Version)
	if acc < 0.98 {
		t.Errorf("accuracy %.4f < 0.98", acc)
	}
	// The first row of the model's own test (generate_sklearn_network.py):
	// [5.9, 3.0, 5.1, 1.8] → class 2 with probability 0.87.
	p, err := m.Predict(context.Background(), []hokusai.Row{{"sepal_length": 5.9, "sepal_width": 3.0, "petal_length": 5.1, "petal_width": 1.8}})
	if err != nil {
		t.Fatal(err)
	}
	if p[0].Label != "virginica" || p[0].Confidence < 0.86 || p[0].Confidence > 0.88 {
		t.Errorf("prediction = %+v, want virginica at 0.87", p[0])
	}
}

func TestIrisClassesFromTheModel(t *testing.T) {
	needLib(t)
	m, err := onnx.Load(filepath.Join(dir, "sklearn_randomforest.onnx"), onnx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	info := m.Info()
	if strings.Join(info.Classes, ",") != "0,1,2" || strings.Join(info.Features, ",") != "f0,f1,f2,f3" {
		t.Errorf("Info() = %+v; want classes 0,1,2 read from the ZipMap and features f0…f3", info)
	}
	_, err = m.Predict(context.Background(), []hokusai.Row{{"f0": "x"}})
	if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "f0" {
		t.Errorf("bad input: %v", err)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if err := m.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := m.Predict(context.Background(), []hokusai.Row{{"f0": 1.0}}); err == nil {
		t.Error("Predict after Close succeeded")
	}
	_, err = onnx.Load(filepath.Join(dir, "sklearn_randomforest.onnx"), onnx.Options{RuntimeOptions: hokusai.RuntimeOptions{Classes: []string{"a", "b"}}})
	if hokusai.ErrorField(err) != "runtime.options.classes" {
		t.Errorf("wrong class count: %v", err)
	}
	_, err = onnx.Load(filepath.Join(dir, "missing.onnx"), onnx.Options{})
	if hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Errorf("missing model: %v", err)
	}
	_, err = onnx.Load(filepath.Join(dir, "README.md"), onnx.Options{})
	if hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Errorf("not a model: %v", err)
	}
}

// A PyTorch export whose one output is a float per row is a regression model.
func TestTorchExportRegression(t *testing.T) {
	needLib(t)
	path := filepath.Join("..", "..", "testdata", "models", "onnx-torch-sum", "example_dynamic_axes.onnx")
	m, err := onnx.Load(path, onnx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if info := m.Info(); info.Task != hokusai.TaskRegression || len(info.Features) != 10 {
		t.Fatalf("Info() = %+v", info)
	}
	rows := make([]hokusai.Row, 7)
	for i := range rows {
		rows[i] = hokusai.Row{}
		for j := 0; j < 10; j++ {
			rows[i]["f"+strconv.Itoa(j)] = float64(i*10 + j)
		}
	}
	preds := runtimetest.Check(t, m, rows)
	for i, p := range preds {
		want := float64(100*i + 45) // Σ_j (10i + j)
		if p.Value != want {
			t.Errorf("row %d: %v, want %v", i, p.Value, want)
		}
	}
	if _, err := onnx.Load(path, onnx.Options{RuntimeOptions: hokusai.RuntimeOptions{Task: hokusai.TaskClassification}}); hokusai.ErrorField(err) != "runtime.options.task" {
		t.Errorf("wrong task: %v", err)
	}
}

// String operators need a locale; without it the error says how to install it.
func TestStringModelNeedsLocaleOrIsRefused(t *testing.T) {
	needLib(t)
	path := filepath.Join("..", "..", "testdata", "models", "onnx-torch-sum", "example_strings.onnx")
	_, err := onnx.Load(path, onnx.Options{})
	t.Logf("string model: %v", err)
	switch hokusai.ErrorCode(err) {
	case hokusai.EUNAVAILABLE:
		if !strings.Contains(err.Error(), "en_US.UTF-8") || !strings.Contains(err.Error(), "locale-gen") {
			t.Errorf("locale error is unclear: %v", err)
		}
	case hokusai.EINVALID: // the locale exists; a string input is still not a [rows, features] float tensor
		if !strings.Contains(err.Error(), "float tensor") {
			t.Errorf("err = %v", err)
		}
	default:
		t.Errorf("err = %v", err)
	}
}
