package onnx_test

import (
	"context"
	"os"
	"path/filepath"
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
