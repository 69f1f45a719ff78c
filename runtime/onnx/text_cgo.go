//go:build cgo

package onnx

import (
	"fmt"
	"path/filepath"
	"runtime"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/internal/tabular"
	"github.com/hokusai-protocol/hokusai/runtime/wordpiece"
	ort "github.com/yalue/onnxruntime_go"
)

// TextFeature is the input a text model reads from each row.
const TextFeature = "text"

// DefaultMaxLength is the most tokens a text model is fed per text when
// runtime.options.max_length is not set.
const DefaultMaxLength = 128

// textInput turns rows' text into the input_ids and attention_mask
// tensors of an exported transformer encoder (BERT WordPiece).
type textInput struct {
	tok       *wordpiece.Tokenizer
	maxLength int
	names     []string // the session's input names, in order
}

// isTextModel reports whether a model takes input_ids and attention_mask
// (int64, [batch, sequence]).
func isTextModel(ins []ort.InputOutputInfo) bool {
	if len(ins) != 2 {
		return false
	}
	seen := map[string]bool{}
	for _, in := range ins {
		if in.OrtValueType != ort.ONNXTypeTensor || in.DataType != ort.TensorElementDataTypeInt64 || len(in.Dimensions) != 2 {
			return false
		}
		seen[in.Name] = true
	}
	return seen["input_ids"] && seen["attention_mask"]
}

// loadText opens a text classifier: its tokenizer (runtime.options.tokenizer,
// default tokenizer.json beside the model) and one [N, K] float output of
// class probabilities.
func loadText(path string, ins, outs []ort.InputOutputInfo, opts Options) (*Model, error) {
	tokPath := opts.Tokenizer
	if tokPath == "" {
		tokPath = "tokenizer.json"
	}
	tok, err := wordpiece.Load(filepath.Join(filepath.Dir(path), filepath.FromSlash(tokPath)))
	if err != nil {
		return nil, err
	}
	read := -1
	for i, o := range outs {
		if o.OrtValueType == ort.ONNXTypeTensor && o.DataType == ort.TensorElementDataTypeFloat && len(o.Dimensions) == 2 {
			read = i
			break
		}
	}
	if read < 0 {
		return nil, hokusai.Errorf(hokusai.EINVALID, "ONNX text model %s must return a float tensor [batch, classes] of class probabilities; its outputs are %v.", path, outs)
	}
	if opts.Task != "" && opts.Task != hokusai.TaskClassification {
		return nil, hokusai.FieldErrorf("runtime.options.task", "ONNX text model %s classifies texts; runtime.options.task says %s.", path, opts.Task)
	}
	classes := opts.Classes
	if k := int(outs[read].Dimensions[1]); len(classes) == 0 {
		if k <= 0 {
			return nil, hokusai.FieldErrorf("runtime.options.classes", "ONNX text model %s has a dynamic class count; name the classes in runtime.options.classes.", path)
		}
		classes = tabular.DefaultClasses(k)
	} else if k > 0 && k != len(classes) {
		return nil, hokusai.FieldErrorf("runtime.options.classes", "ONNX text model %s has %d classes but runtime.options.classes names %d.", path, k, len(classes))
	}
	maxLen := opts.MaxLength
	if maxLen == 0 {
		maxLen = DefaultMaxLength
	}
	names := []string{ins[0].Name, ins[1].Name}
	onames := make([]string, len(outs))
	for i, o := range outs {
		onames[i] = o.Name
	}
	sess, err := ort.NewDynamicAdvancedSession(path, names, onames, nil)
	if err != nil {
		return nil, openError(path, err)
	}
	m := &Model{outputs: outs, read: read, kind: outScores, sess: &session{s: sess},
		text: &textInput{tok: tok, maxLength: maxLen, names: names}}
	runtime.AddCleanup(m, func(s *session) { s.destroy() }, m.sess)
	m.info = hokusai.PredictorInfo{Runtime: hokusai.RuntimeONNX, Version: Version + ", onnxruntime " + ort.GetVersion() + ", " + tok.String(),
		Task: hokusai.TaskClassification, Features: []string{TextFeature}, Target: opts.Target, Classes: classes}
	m.classIdx = make(map[string]int, len(classes))
	for i, c := range classes {
		m.classIdx[c] = i
	}
	return m, nil
}

// tensors tokenizes each row's text and pads the batch to its longest.
func (t *textInput) tensors(rows []hokusai.Row) ([]ort.Value, error) {
	seqs := make([][]int64, len(rows))
	longest := 0
	for i, r := range rows {
		s, ok := r[TextFeature].(string)
		if !ok {
			return nil, hokusai.FieldErrorf("inputs", "Row %d needs %q, a string: this model classifies text.", i, TextFeature)
		}
		seqs[i] = t.tok.Encode(s, t.maxLength)
		longest = max(longest, len(seqs[i]))
	}
	ids := make([]int64, len(rows)*longest)
	mask := make([]int64, len(rows)*longest)
	for i, s := range seqs {
		for j := range longest {
			if j < len(s) {
				ids[i*longest+j], mask[i*longest+j] = s[j], 1
			} else {
				ids[i*longest+j] = t.tok.PadID()
			}
		}
	}
	shape := ort.NewShape(int64(len(rows)), int64(longest))
	byName := map[string][]int64{"input_ids": ids, "attention_mask": mask}
	out := make([]ort.Value, 0, 2)
	for _, n := range t.names {
		v, err := ort.NewTensor(shape, byName[n])
		if err != nil {
			destroy(out)
			return nil, fmt.Errorf("onnx input %s: %w", n, err)
		}
		out = append(out, v)
	}
	return out, nil
}
