//go:build cgo

package onnx

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/internal/tabular"
	ort "github.com/yalue/onnxruntime_go"
)

// Native reports whether this build can load ONNX Runtime (it needs cgo).
const Native = true

// Version identifies this runtime's code in evaluation receipts; the loaded
// library's own version is added in Info.
const Version = "onnxruntime_go v1.27.0"

// ONNX Runtime's environment is process-wide: it is created once, from the
// first library path asked for, and lives until the process exits.
var env struct {
	sync.Mutex
	lib string
	err error
}

func initEnv(lib string) error {
	env.Lock()
	defer env.Unlock()
	if env.lib != "" {
		if env.lib != lib {
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "ONNX Runtime is already loaded from %s in this process; it cannot also load %s. Use one library path.", env.lib, lib)
		}
		return env.err
	}
	if _, err := os.Stat(lib); err != nil {
		return unavailable(lib, "the file does not exist")
	}
	env.lib = lib
	ort.SetSharedLibraryPath(lib)
	if err := ort.InitializeEnvironment(ort.WithLogLevelError()); err != nil {
		env.err = unavailable(lib, fmt.Sprintf("it could not be loaded (%v)", err))
	}
	return env.err
}

// outKind says how an output is read.
type outKind int

const (
	outIgnore   outKind = iota
	outProbMaps         // sequence of maps: class → probability (scikit-learn's ZipMap)
	outScores           // float tensor [N, K]: class probabilities or scores
	outValue            // float tensor [N] or [N, 1]: regression value
)

// session owns a native ONNX Runtime session and frees it once.
type session struct {
	s      *ort.DynamicAdvancedSession
	once   sync.Once
	closed atomic.Bool
	err    error
}

func (x *session) destroy() error {
	x.once.Do(func() {
		x.closed.Store(true)
		x.err = x.s.Destroy()
	})
	return x.err
}

// Model is a loaded ONNX model with one float input of shape [N, features].
type Model struct {
	sess      *session
	input     ort.InputOutputInfo
	outputs   []ort.InputOutputInfo
	read      int // index of the output that gives predictions
	kind      outKind
	info      hokusai.PredictorInfo
	classIdx  map[string]int // class name → index in info.Classes
	intLabels bool           // map keys are int64 class numbers
	// text is set for a text model (inputs input_ids and attention_mask).
	text *textInput
}

// Load opens an ONNX model. The model must take one float (or double)
// tensor of shape [N, F]; it may return scikit-learn's label plus
// probability maps, a [N, K] tensor of class probabilities, or a [N] / [N, 1]
// tensor of values. Classes default to what the model's probability maps
// name. EUNAVAILABLE when the library is missing, ENOTFOUND when the model
// is, EINVALID when its shape is not one of those.
func Load(path string, opts Options) (*Model, error) {
	lib := LibPath(opts.Lib)
	if err := initEnv(lib); err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err != nil {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "ONNX model file %s does not exist; fix runtime.entrypoint.", path)
	}
	ins, outs, err := ort.GetInputOutputInfo(path)
	if err != nil {
		return nil, openError(path, err)
	}
	if isTextModel(ins) {
		return loadText(path, ins, outs, opts)
	}
	if len(ins) != 1 || ins[0].OrtValueType != ort.ONNXTypeTensor || len(ins[0].Dimensions) != 2 ||
		(ins[0].DataType != ort.TensorElementDataTypeFloat && ins[0].DataType != ort.TensorElementDataTypeDouble) {
		return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX model %s must take one float tensor of shape [rows, features]; it takes %v.", path, ins)
	}
	m := &Model{input: ins[0], outputs: outs, read: -1}
	for i, o := range outs {
		var k outKind
		switch {
		case o.OrtValueType == ort.ONNXTypeSequence:
			k = outProbMaps
		case o.OrtValueType == ort.ONNXTypeTensor && (o.DataType == ort.TensorElementDataTypeFloat || o.DataType == ort.TensorElementDataTypeDouble):
			if len(o.Dimensions) == 1 || (len(o.Dimensions) == 2 && o.Dimensions[1] == 1) {
				k = outValue
			} else if len(o.Dimensions) == 2 {
				k = outScores
			}
		}
		if k != outIgnore && (m.read < 0 || k == outProbMaps) {
			m.read, m.kind = i, k
		}
	}
	if m.read < 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX model %s has no output this runtime can read (a sequence of probability maps, or a float tensor); its outputs are %v.", path, outs)
	}

	nf := int(m.input.Dimensions[1])
	features := opts.Features
	switch {
	case len(features) == 0 && nf > 0:
		features = tabular.DefaultNames(nf)
	case len(features) == 0:
		return nil, hokusai.FieldErrorf("runtime.options.features", "ONNX model %s has a dynamic feature count; name the features in runtime.options.features.", path)
	case nf > 0 && len(features) != nf:
		return nil, hokusai.FieldErrorf("runtime.options.features", "ONNX model %s reads %d features but runtime.options.features names %d.", path, nf, len(features))
	}
	names := make([]string, len(outs))
	for i, o := range outs {
		names[i] = o.Name
	}
	sess, err := ort.NewDynamicAdvancedSession(path, []string{m.input.Name}, names, nil)
	if err != nil {
		return nil, openError(path, err)
	}
	m.sess = &session{s: sess}
	// A model dropped without Close still frees its native session.
	runtime.AddCleanup(m, func(s *session) { s.destroy() }, m.sess)
	task := hokusai.TaskClassification
	if m.kind == outValue {
		task = hokusai.TaskRegression
	}
	if opts.Task != "" && opts.Task != task {
		m.sess.destroy()
		return nil, hokusai.FieldErrorf("runtime.options.task", "ONNX model %s's output %s makes it a %s model, but runtime.options.task says %s.", path, outs[m.read].Name, task, opts.Task)
	}
	m.info = hokusai.PredictorInfo{Runtime: hokusai.RuntimeONNX, Version: Version + ", onnxruntime " + ort.GetVersion(), Task: task, Features: features, Target: opts.Target}

	if task == hokusai.TaskClassification {
		classes := opts.Classes
		if m.kind == outProbMaps {
			// The class labels live in the ZipMap node; one probe row reveals them.
			keys, isInt, err := m.probeKeys()
			if err != nil {
				m.sess.destroy()
				return nil, err
			}
			m.intLabels = isInt
			switch {
			case len(classes) == 0:
				classes = keys
			case len(classes) != len(keys):
				m.sess.destroy()
				return nil, hokusai.FieldErrorf("runtime.options.classes", "ONNX model %s has %d classes but runtime.options.classes names %d.", path, len(keys), len(classes))
			}
		} else if k := int(outs[m.read].Dimensions[1]); len(classes) == 0 {
			if k <= 0 {
				m.sess.destroy()
				return nil, hokusai.FieldErrorf("runtime.options.classes", "ONNX model %s has a dynamic class count; name the classes in runtime.options.classes.", path)
			}
			classes = tabular.DefaultClasses(k)
		}
		m.info.Classes = classes
		m.classIdx = make(map[string]int, len(classes))
		for i, c := range classes {
			m.classIdx[c] = i
		}
	}
	return m, nil
}

// openError explains why ONNX Runtime could not open a model. String
// operators need the en_US.UTF-8 locale, which minimal systems lack.
func openError(path string, err error) error {
	if strings.Contains(err.Error(), "locale") {
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "ONNX Runtime cannot open %s: the model uses string operators, which need the en_US.UTF-8 locale. Install it (Debian: apt-get install -y locales && echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen && locale-gen) and retry.", path)
	}
	return hokusai.Errorf(hokusai.EINVALID, "ONNX Runtime cannot open %s: %v.", path, err)
}

// probeKeys runs one all-zero row and returns the probability maps' keys,
// in key order, and whether they are int64 class numbers.
func (m *Model) probeKeys() ([]string, bool, error) {
	probe := make(hokusai.Row, len(m.info.Features))
	for _, f := range m.info.Features {
		probe[f] = 0.0
	}
	outs, err := m.run(context.Background(), []hokusai.Row{probe})
	if err != nil {
		return nil, false, err
	}
	defer destroy(outs)
	seq, ok := outs[m.read].(*ort.Sequence)
	if !ok {
		return nil, false, hokusai.Errorf(hokusai.EINVALID, "ONNX output %s is not a sequence of maps.", m.outputs[m.read].Name)
	}
	vals, err := seq.GetValues()
	if err != nil || len(vals) != 1 {
		return nil, false, hokusai.Errorf(hokusai.EINVALID, "ONNX output %s: cannot read the probability maps (%v).", m.outputs[m.read].Name, err)
	}
	keys, _, isInt, err := readMap(vals[0])
	return keys, isInt, err
}

// readMap returns a probability map's keys (int64 keys formatted) and values.
func readMap(v ort.Value) ([]string, []float64, bool, error) {
	mp, ok := v.(*ort.Map)
	if !ok {
		return nil, nil, false, hokusai.Errorf(hokusai.EINVALID, "ONNX probability output holds a %v, not a map.", v.GetONNXType())
	}
	kv, vv, err := mp.GetKeysAndValues()
	if err != nil {
		return nil, nil, false, fmt.Errorf("onnx map: %w", err)
	}
	var keys []string
	isInt := false
	switch k := kv.(type) {
	case *ort.Tensor[int64]:
		isInt = true
		for _, x := range k.GetData() {
			keys = append(keys, strconv.FormatInt(x, 10))
		}
	case *ort.StringTensor:
		if keys, err = k.GetContents(); err != nil {
			return nil, nil, false, fmt.Errorf("onnx map keys: %w", err)
		}
	default:
		return nil, nil, false, hokusai.Errorf(hokusai.EINVALID, "ONNX probability map keys must be int64 or string.")
	}
	var vals []float64
	switch t := vv.(type) {
	case *ort.Tensor[float32]:
		for _, x := range t.GetData() {
			vals = append(vals, float64(x))
		}
	case *ort.Tensor[float64]:
		vals = append(vals, t.GetData()...)
	default:
		return nil, nil, false, hokusai.Errorf(hokusai.EINVALID, "ONNX probability map values must be float or double.")
	}
	if len(keys) != len(vals) {
		return nil, nil, false, hokusai.Errorf(hokusai.EINVALID, "ONNX probability map has %d keys and %d values.", len(keys), len(vals))
	}
	return keys, vals, isInt, nil
}

func destroy(vs []ort.Value) {
	for _, v := range vs {
		if v != nil {
			v.Destroy()
		}
	}
}

// run feeds rows to the session and returns its outputs (caller destroys
// them). A cancelled ctx terminates a running session.
func (m *Model) run(ctx context.Context, rows []hokusai.Row) ([]ort.Value, error) {
	if m.text != nil {
		ins, err := m.text.tensors(rows)
		if err != nil {
			return nil, err
		}
		defer destroy(ins)
		return m.runInputs(ctx, ins)
	}
	x, err := tabular.Dense(rows, m.info.Features)
	if err != nil {
		return nil, err
	}
	shape := ort.NewShape(int64(len(rows)), int64(len(m.info.Features)))
	var in ort.Value
	if m.input.DataType == ort.TensorElementDataTypeDouble {
		in, err = ort.NewTensor(shape, x)
	} else {
		f := make([]float32, len(x))
		for i, v := range x {
			f[i] = float32(v)
		}
		in, err = ort.NewTensor(shape, f)
	}
	if err != nil {
		return nil, fmt.Errorf("onnx input: %w", err)
	}
	defer in.Destroy()
	return m.runInputs(ctx, []ort.Value{in})
}

// runInputs runs the session on ins; a cancelled ctx terminates it.
func (m *Model) runInputs(ctx context.Context, ins []ort.Value) ([]ort.Value, error) {
	ro, err := ort.NewRunOptions()
	if err != nil {
		return nil, fmt.Errorf("onnx run options: %w", err)
	}
	defer ro.Destroy()
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
			ro.Terminate()
		case <-done:
		}
	}()
	outs := make([]ort.Value, len(m.outputs))
	if err := m.sess.s.RunWithOptions(ins, outs, ro); err != nil {
		destroy(outs)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX Runtime could not run the model: %v.", err)
	}
	return outs, nil
}

// Info describes the model.
func (m *Model) Info() hokusai.PredictorInfo {
	return m.info.Clone()
}

// Close releases the native session; call it once no Predict is running.
func (m *Model) Close() error {
	return m.sess.destroy()
}

// Predict scores rows; a missing feature is NaN, which scikit-learn models
// exported with an imputer handle and others may not.
func (m *Model) Predict(ctx context.Context, rows []hokusai.Row) ([]hokusai.Prediction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return []hokusai.Prediction{}, nil
	}
	if m.sess.closed.Load() {
		return nil, errors.New("onnx: model is closed")
	}
	outs, err := m.run(ctx, rows)
	if err != nil {
		return nil, err
	}
	defer destroy(outs)
	preds := make([]hokusai.Prediction, len(rows))
	name := m.outputs[m.read].Name
	switch m.kind {
	case outProbMaps:
		seq, ok := outs[m.read].(*ort.Sequence)
		if !ok {
			return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX output %s is not a sequence.", name)
		}
		maps, err := seq.GetValues()
		if err != nil {
			return nil, fmt.Errorf("onnx output %s: %w", name, err)
		}
		if len(maps) != len(rows) {
			return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX output %s has %d maps for %d rows.", name, len(maps), len(rows))
		}
		k := len(m.info.Classes)
		for i, mv := range maps {
			keys, vals, _, err := readMap(mv)
			if err != nil {
				return nil, err
			}
			probs := make([]float64, k)
			for j, key := range keys {
				idx, ok := m.classIdx[key]
				if !ok && m.intLabels {
					n, _ := strconv.Atoi(key)
					idx, ok = n, n >= 0 && n < k
				}
				if !ok {
					return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX output %s names class %q, which is not in the model's classes %v.", name, key, m.info.Classes)
				}
				probs[idx] = vals[j]
			}
			preds[i] = tabular.Classify(m.info.Classes, normalise(probs))
		}
	default:
		vals, err := floats(outs[m.read])
		if err != nil {
			return nil, fmt.Errorf("onnx output %s: %w", name, err)
		}
		if m.kind == outValue {
			if len(vals) != len(rows) {
				return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX output %s has %d values for %d rows.", name, len(vals), len(rows))
			}
			for i := range rows {
				preds[i] = hokusai.Prediction{Value: vals[i]}
			}
			return preds, nil
		}
		k := len(m.info.Classes)
		if len(vals) != len(rows)*k {
			return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX output %s has %d values for %d rows of %d classes.", name, len(vals), len(rows), k)
		}
		for i := range rows {
			preds[i] = tabular.Classify(m.info.Classes, normalise(append([]float64(nil), vals[i*k:(i+1)*k]...)))
		}
	}
	return preds, nil
}

func floats(v ort.Value) ([]float64, error) {
	switch t := v.(type) {
	case *ort.Tensor[float32]:
		out := make([]float64, len(t.GetData()))
		for i, x := range t.GetData() {
			out[i] = float64(x)
		}
		return out, nil
	case *ort.Tensor[float64]:
		return t.GetData(), nil
	}
	return nil, fmt.Errorf("not a float tensor")
}

// normalise makes scores a distribution: probabilities that already sum to
// about 1 are rescaled exactly, anything else (logits) goes through softmax.
func normalise(p []float64) []float64 {
	var s float64
	ok := true
	for _, v := range p {
		if v < 0 || v > 1 || math.IsNaN(v) {
			ok = false
		}
		s += v
	}
	if ok && math.Abs(s-1) < 1e-3 && s > 0 {
		for i := range p {
			p[i] /= s
		}
		return p
	}
	mx := math.Inf(-1)
	for _, v := range p {
		mx = max(mx, v)
	}
	s = 0
	for i, v := range p {
		p[i] = math.Exp(v - mx)
		s += p[i]
	}
	for i := range p {
		p[i] /= s
	}
	return p
}
