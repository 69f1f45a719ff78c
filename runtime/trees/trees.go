// Package trees runs XGBoost and LightGBM models in pure Go with
// github.com/dmitryikh/leaves (MIT).
package trees

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/dmitryikh/leaves"
	"github.com/dmitryikh/leaves/transformation"
	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/internal/tabular"
)

// Version identifies this runtime's code in evaluation receipts.
const Version = "leaves v0.0.0-20230708180554-25d19a787328"

// Model is a loaded tree ensemble.
type Model struct {
	ens      *leaves.Ensemble
	post     postprocess
	info     hokusai.PredictorInfo
	classify bool
}

// Load reads a model. kind is hokusai.RuntimeXGBoost (XGBoost's binary
// format, gbtree, dart or gblinear) or hokusai.RuntimeLightGBM (LightGBM's
// text or JSON dump). Features name the model's columns in order (default
// f0, f1, …); classes name its outputs (default "0", "1", …). It returns
// ENOTFOUND for a missing file and EINVALID for one leaves cannot read.
func Load(kind, path string, opts hokusai.RuntimeOptions) (*Model, error) {
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model file %s does not exist; fix runtime.entrypoint.", path)
	}
	if kind != hokusai.RuntimeXGBoost && kind != hokusai.RuntimeLightGBM {
		return nil, hokusai.FieldErrorf("runtime.kind", "The trees runtime serves xgboost and lightgbm, not %q.", kind)
	}
	ens, post, err := readEnsemble(kind, path)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "%s cannot read %s as a %s model: %v. XGBoost models must be in the binary format (save_model with a .model/.bin name), LightGBM models in the text format.", Version, path, kind, err)
	}

	m := &Model{ens: ens, post: post}
	t := ens.Transformation().Type()
	m.classify = t == transformation.Logistic || t == transformation.Softmax || post == postSoftmax
	task := hokusai.TaskRegression
	if m.classify {
		task = hokusai.TaskClassification
	}
	if opts.Task != "" && opts.Task != task {
		return nil, hokusai.FieldErrorf("runtime.options.task", "The model's objective (%s) makes it a %s model, but runtime.options.task says %s.", ens.Transformation().Name(), task, opts.Task)
	}
	features := opts.Features
	if len(features) == 0 {
		features = tabular.DefaultNames(ens.NFeatures())
	} else if len(features) < ens.NFeatures() {
		return nil, hokusai.FieldErrorf("runtime.options.features", "The model reads %d features but runtime.options.features names %d.", ens.NFeatures(), len(features))
	}
	var classes []string
	if m.classify {
		n := ens.NOutputGroups()
		if n == 1 {
			n = 2
		}
		classes = opts.Classes
		if len(classes) == 0 {
			classes = tabular.DefaultClasses(n)
		} else if len(classes) != n {
			return nil, hokusai.FieldErrorf("runtime.options.classes", "The model has %d classes but runtime.options.classes names %d.", n, len(classes))
		}
	}
	m.info = hokusai.PredictorInfo{Runtime: kind, Version: Version, Task: task, Classes: classes, Features: features, Target: opts.Target}
	return m, nil
}

// Info describes the model.
func (m *Model) Info() hokusai.PredictorInfo {
	return m.info.Clone()
}

// Close does nothing; the ensemble lives in Go memory.
func (m *Model) Close() error { return nil }

// Predict scores rows; a missing feature goes down the tree's default
// branch, as in XGBoost and LightGBM.
func (m *Model) Predict(ctx context.Context, rows []hokusai.Row) ([]hokusai.Prediction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return []hokusai.Prediction{}, nil
	}
	cols := len(m.info.Features)
	x, err := tabular.Dense(rows, m.info.Features)
	if err != nil {
		return nil, err
	}
	groups := m.ens.NOutputGroups()
	raw := make([]float64, len(rows)*groups)
	if err := m.ens.PredictDense(x, len(rows), cols, raw, 0, runtime.GOMAXPROCS(0)); err != nil {
		return nil, fmt.Errorf("trees predict: %w", err)
	}
	out := make([]hokusai.Prediction, len(rows))
	for i := range rows {
		r := raw[i*groups : (i+1)*groups]
		switch {
		case !m.classify:
			out[i] = hokusai.Prediction{Value: r[0]}
		case groups == 1:
			out[i] = tabular.Classify(m.info.Classes, []float64{1 - r[0], r[0]})
		case m.post == postSoftmax:
			out[i] = tabular.Classify(m.info.Classes, softmax(r))
		default:
			out[i] = tabular.Classify(m.info.Classes, r)
		}
	}
	return out, nil
}

// MaxModelSize bounds a model file, so a hostile package cannot make the
// parser read without end.
const MaxModelSize = 1 << 30

// readEnsemble parses a model file.
func readEnsemble(kind, path string) (*leaves.Ensemble, postprocess, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	return parseEnsemble(kind, b, strings.HasSuffix(path, ".json"))
}

// parseEnsemble parses a model. leaves panics on some malformed input (it
// trusts lengths it reads), and a package is untrusted, so a panic becomes
// an error.
func parseEnsemble(kind string, b []byte, isJSON bool) (ens *leaves.Ensemble, post postprocess, err error) {
	defer func() {
		if r := recover(); r != nil {
			ens, err = nil, fmt.Errorf("malformed model (%v)", r)
		}
	}()
	if len(b) > MaxModelSize {
		return nil, 0, fmt.Errorf("model file is %d bytes, over the %d limit", len(b), MaxModelSize)
	}
	if kind == hokusai.RuntimeXGBoost {
		// XGBoost 1.x writes the magic "binf" before the binary layout
		// that earlier versions wrote bare.
		b = bytes.TrimPrefix(b, xgMagic)
	}
	rd := func() *bufio.Reader { return bufio.NewReader(bytes.NewReader(b)) }
	if kind == hokusai.RuntimeXGBoost {
		h, err := checkXGBinary(b)
		if err != nil {
			return nil, 0, err
		}
		if h.booster != "gblinear" && binary.LittleEndian.Uint32(b[h.groupsAt:]) == 0 {
			// XGBoost 1.x leaves num_output_group 0 (deprecated) and
			// keeps the class count in the learner's header only.
			b = slices.Clone(b)
			binary.LittleEndian.PutUint32(b[h.groupsAt:], uint32(max(h.numClass, 1)))
		}
		// leaves applies only binary:logistic itself; other objectives load
		// raw and are finished here.
		post, ok := xgObjectives[h.objective]
		if !ok {
			return nil, 0, fmt.Errorf("XGBoost objective %q is not supported; use binary:logistic, multi:softprob, multi:softmax or a reg: objective with an identity link", h.objective)
		}
		if h.booster == "gblinear" {
			ens, err = xgbLinear(rd(), post == postNone)
		} else {
			ens, err = leaves.XGEnsembleFromReader(rd(), post == postNone)
		}
		return ens, post, err
	}
	if err := checkLightGBM(b); err != nil {
		return nil, 0, err
	}
	if isJSON {
		ens, err = leaves.LGEnsembleFromJSON(bytes.NewReader(b), true)
	} else {
		ens, err = leaves.LGEnsembleFromReader(rd(), true)
	}
	return ens, postNone, err
}

// xgMagic starts the binary model files of XGBoost 1.0 and later.
var xgMagic = []byte("binf")

// postprocess is what Predict does to raw ensemble outputs.
type postprocess int

const (
	postNone     postprocess = iota // leaves already transformed them
	postSoftmax                     // multi-class margins → probabilities
	postIdentity                    // regression values
)

var xgObjectives = map[string]postprocess{
	"binary:logistic":      postNone,
	"multi:softprob":       postSoftmax,
	"multi:softmax":        postSoftmax,
	"reg:squarederror":     postIdentity,
	"reg:linear":           postIdentity,
	"reg:absoluteerror":    postIdentity,
	"reg:pseudohubererror": postIdentity,
	"reg:quantileerror":    postIdentity,
}

func xgbLinear(r *bufio.Reader, transform bool) (ens *leaves.Ensemble, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			ens, err = nil, fmt.Errorf("malformed model (%v)", rec)
		}
	}()
	return leaves.XGBLinearFromReader(r, transform)
}

// softmax turns margins into probabilities.
func softmax(z []float64) []float64 {
	mx := math.Inf(-1)
	for _, v := range z {
		mx = max(mx, v)
	}
	p := make([]float64, len(z))
	var s float64
	for k, v := range z {
		p[k] = math.Exp(v - mx)
		s += p[k]
	}
	for k := range p {
		p[k] /= s
	}
	return p
}
