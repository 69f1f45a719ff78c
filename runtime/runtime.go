// Package runtime loads the Predictor a package manifest asks for: it maps
// the manifest's runtime kind (linear, softmax, onnx, xgboost, lightgbm,
// remote-openai, remote-json) and a model directory to the right runtime.
// Import it under another name, e.g. hkruntime, to keep Go's runtime
// package in reach.
package runtime

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/runtime/onnx"
	"github.com/hokusai-protocol/hokusai/runtime/remote"
	"github.com/hokusai-protocol/hokusai/runtime/trees"
)

// Config holds process-level settings; its zero value works.
type Config struct {
	ONNXLib    string       // libonnxruntime.so.1; default $HOKUSAI_ONNXRUNTIME_LIB, then runtime/onnx/lib
	HTTPClient *http.Client // for remote runtimes; default http.DefaultClient
}

// DefaultEntrypoints are the model files each runtime looks for, in order,
// when the manifest names none.
var DefaultEntrypoints = map[string][]string{
	hokusai.RuntimeLinear:   {"model.json"},
	hokusai.RuntimeSoftmax:  {"model.json"},
	hokusai.RuntimeONNX:     {"model.onnx"},
	hokusai.RuntimeXGBoost:  {"model.bin", "model.model", "model.xgb"},
	hokusai.RuntimeLightGBM: {"model.txt", "model.json"},
}

// Open loads the model in dir that spec describes. It returns EINVALID
// naming the manifest field that is wrong, ENOTFOUND when the model file is
// missing, and EUNAVAILABLE when a native library is missing.
func Open(spec hokusai.RuntimeSpec, dir string, cfg Config) (hokusai.Predictor, error) {
	opts, err := hokusai.ParseRuntimeOptions(spec)
	if err != nil {
		return nil, err
	}
	switch spec.Kind {
	case hokusai.RuntimeRemoteJSON:
		return remote.NewJSON(opts, cfg.HTTPClient)
	case hokusai.RuntimeRemoteOpenAI:
		return remote.NewOpenAI(opts, cfg.HTTPClient)
	}
	path, err := entrypoint(spec, dir)
	if err != nil {
		return nil, err
	}
	switch spec.Kind {
	case hokusai.RuntimeLinear, hokusai.RuntimeSoftmax:
		m, err := linear.Load(path)
		if err != nil {
			return nil, err
		}
		if got := m.Info().Runtime; got != spec.Kind {
			return nil, hokusai.FieldErrorf("runtime.kind", "%s holds a %s model, which the %s runtime serves; set runtime.kind to %q.", path, m.Kind, got, got)
		}
		if len(opts.Classes) > 0 && strings.Join(opts.Classes, "\x00") != strings.Join(m.Classes, "\x00") {
			return nil, hokusai.FieldErrorf("runtime.options.classes", "runtime.options.classes %v differ from the classes the model was trained on, %v; drop the option or fix it.", opts.Classes, m.Classes)
		}
		return m, nil
	case hokusai.RuntimeONNX:
		m, err := onnx.Load(path, onnx.Options{Lib: cfg.ONNXLib, RuntimeOptions: opts})
		if err != nil {
			return nil, err
		}
		return m, nil
	case hokusai.RuntimeXGBoost, hokusai.RuntimeLightGBM:
		return trees.Load(spec.Kind, path, opts)
	}
	return nil, hokusai.FieldErrorf("runtime.kind", "Runtime %q has no loader in this build.", spec.Kind)
}

// entrypoint resolves the model file inside dir.
func entrypoint(spec hokusai.RuntimeSpec, dir string) (string, error) {
	if spec.Entrypoint != "" {
		p := filepath.Join(dir, filepath.FromSlash(spec.Entrypoint))
		if _, err := os.Stat(p); err != nil {
			return "", hokusai.Errorf(hokusai.ENOTFOUND, "The model file %s named by runtime.entrypoint does not exist in %s.", spec.Entrypoint, dir)
		}
		return p, nil
	}
	cands := DefaultEntrypoints[spec.Kind]
	for _, c := range cands {
		p := filepath.Join(dir, c)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", hokusai.Errorf(hokusai.ENOTFOUND, "%s holds none of %s; name the model file in runtime.entrypoint.", dir, strings.Join(cands, ", "))
}

// Train fits a built-in model (recipe.Runtime linear or softmax) to rows,
// writes it to dir/model.json, and returns what a package manifest records
// about it: the runtime section and the replayable recipe. Retraining with
// the returned recipe on the same rows writes the same bytes.
func Train(recipe hokusai.TrainingRecipe, rows []hokusai.Row, dir string) (hokusai.RuntimeSpec, hokusai.Recipe, error) {
	m, err := linear.Train(rows, recipe)
	if err != nil {
		return hokusai.RuntimeSpec{}, hokusai.Recipe{}, err
	}
	if err := m.Save(filepath.Join(dir, "model.json")); err != nil {
		return hokusai.RuntimeSpec{}, hokusai.Recipe{}, err
	}
	r, err := m.Recipe.ManifestRecipe()
	if err != nil {
		return hokusai.RuntimeSpec{}, hokusai.Recipe{}, err
	}
	spec := hokusai.RuntimeSpec{Kind: m.Info().Runtime, Entrypoint: "model.json", Options: map[string]any{"target": m.Target}}
	if len(m.Classes) > 0 {
		spec.Options["classes"] = append([]string(nil), m.Classes...)
	}
	return spec, r, nil
}

// Version returns the version string of a runtime kind's code, for
// evaluation receipts written before a model is loaded.
func Version(kind string) string {
	switch kind {
	case hokusai.RuntimeLinear, hokusai.RuntimeSoftmax:
		return linear.Version
	case hokusai.RuntimeONNX:
		return onnx.Version
	case hokusai.RuntimeXGBoost, hokusai.RuntimeLightGBM:
		return trees.Version
	case hokusai.RuntimeRemoteJSON:
		return remote.JSONVersion
	case hokusai.RuntimeRemoteOpenAI:
		return remote.OpenAIVersion
	}
	return fmt.Sprintf("unknown runtime %q", kind)
}

// Every runtime is a Predictor.
var (
	_ hokusai.Predictor = (*linear.Model)(nil)
	_ hokusai.Predictor = (*onnx.Model)(nil)
	_ hokusai.Predictor = (*trees.Model)(nil)
	_ hokusai.Predictor = (*remote.JSONModel)(nil)
	_ hokusai.Predictor = (*remote.OpenAIModel)(nil)
)
