package finetune

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
)

// Text classification rows for a Hugging Face base: a text column and a
// label column.
const (
	TextColumn  = "text"
	LabelColumn = "label"
	// MaxTextLen bounds one text, in bytes.
	MaxTextLen = 4096
)

// transformerRunner is a runner that fine-tunes Hugging Face bases.
type transformerRunner interface {
	TrainsTransformers() bool
}

// createHF checks a request whose base is a Hugging Face model: cached
// here, a runner that trains transformers, text classification rows.
func (s *Service) createHF(ctx context.Context, owner string, ref hokusai.BaseRef, req *Request, hyper hokusai.HyperParameters, runner hokusai.FineTuneRunner, res hokusai.FineTuneResources) (*hokusai.FineTuneJob, error) {
	if s.HF.Snapshot(ref) == "" {
		return nil, s.HF.Check(ref)
	}
	if tr, ok := runner.(transformerRunner); !ok || !tr.TrainsTransformers() {
		return nil, s.HF.Check(ref)
	}
	method := hokusai.FineTuneMethod(req.Method)
	if method == "" {
		method = hokusai.FineTuneLoRA
	}
	train, err := textRows(req.TrainingFile, req.Format, "training_file")
	if err != nil {
		return nil, err
	}
	labels := map[string]bool{}
	for _, r := range train.Rows {
		labels[r[1].(string)] = true
	}
	if len(labels) < 2 {
		return nil, hokusai.FieldErrorf("training_file", "training_file has one label; a classifier needs rows of at least two labels in column %q.", LabelColumn)
	}
	var valid *eval.Dataset
	if strings.TrimSpace(req.ValidationFile) != "" {
		if valid, err = textRows(req.ValidationFile, req.Format, "validation_file"); err != nil {
			return nil, err
		}
		for _, r := range valid.Rows {
			if l := r[1].(string); !labels[l] {
				return nil, hokusai.FieldErrorf("validation_file", "validation_file has the label %q, which no training row has.", hokusai.Excerpt(l))
			}
		}
	}
	fork, err := s.fork(ctx, owner, req.Fork, 0, ref)
	if err != nil {
		return nil, err
	}
	j := &hokusai.FineTuneJob{
		Owner: owner, Base: ref.String(), Method: method, Hyper: hyper, Suffix: req.Suffix, Runner: runner.Name(), Resources: res,
		ResultModelID: fork, Status: hokusai.FineTuneQueued,
	}
	return s.store(ctx, j, req, train, valid)
}

// textRows parses body as contribution rows are parsed and keeps the text
// and label columns, each a non-empty string, scanned for personal data.
func textRows(body, format, field string) (*eval.Dataset, error) {
	d, _, err := contrib.Parse([]byte(body), format, contrib.DefaultMaxRows)
	if err != nil {
		if e, ok := err.(*hokusai.Error); ok && e.Code == hokusai.EINVALID {
			return nil, hokusai.FieldErrorf(field, "%s: %s", field, e.Message)
		}
		return nil, err
	}
	idx := make([]int, 2)
	for i, name := range []string{TextColumn, LabelColumn} {
		k := slices.IndexFunc(d.Columns, func(c eval.Column) bool { return c.Name == name })
		if k < 0 {
			return nil, hokusai.FieldErrorf(field, "%s has no column %q; a Hugging Face base is fine-tuned for text classification on rows with columns %q and %q.", field, name, TextColumn, LabelColumn)
		}
		idx[i] = k
	}
	out := &eval.Dataset{Columns: []eval.Column{{Name: TextColumn, Type: eval.TypeString}, {Name: LabelColumn, Type: eval.TypeString}}}
	for n, r := range d.Rows {
		row := make([]any, 2)
		for i, k := range idx {
			v := r[k]
			if f, ok := v.(float64); ok && i == 1 {
				v = fmt.Sprint(f) // numeric class labels are labels too
			}
			str, ok := v.(string)
			if !ok || strings.TrimSpace(str) == "" {
				return nil, hokusai.FieldErrorf(field, "%s row %d: %q must be a non-empty string.", field, n+1, out.Columns[i].Name)
			}
			if len(str) > MaxTextLen || !utf8.ValidString(str) {
				return nil, hokusai.FieldErrorf(field, "%s row %d: %q must be UTF-8 text of at most %d bytes.", field, n+1, out.Columns[i].Name, MaxTextLen)
			}
			row[i] = str
		}
		out.Rows = append(out.Rows, row)
	}
	if err := contrib.RejectPII(out); err != nil {
		if e, ok := err.(*hokusai.Error); ok && e.Code == hokusai.EINVALID {
			return nil, hokusai.FieldErrorf(field, "%s: %s", field, e.Message)
		}
		return nil, err
	}
	return out, nil
}
