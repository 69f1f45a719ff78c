package eval

import (
	"context"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/hokusai-protocol/hokusai"
)

// ProgressMode says when Evaluate draws a progress bar.
type ProgressMode uint8

// Progress modes.
const (
	ProgressAuto   ProgressMode = iota // when the writer is a terminal and the evaluation is long
	ProgressAlways                     // whenever a writer is given
	ProgressNever
)

// longEvaluation is the work (rows × resamples) above which ProgressAuto
// draws a bar: about a second of bootstrap on a slow machine.
const longEvaluation = 20_000_000

// Request is one evaluation: a benchmark's truth, a candidate's predictions
// and, for a comparison, a baseline's.
type Request struct {
	Spec      MetricSpec
	Direction hokusai.Direction
	Truth     Truth
	Candidate Predictions
	Baseline  *Predictions // nil: score the candidate alone
	Seed      uint64
	Resamples int // 0: DefaultResamples
	// ProgressTo receives the progress bar (usually os.Stderr); nil draws none.
	ProgressTo io.Writer
	Progress   ProgressMode
}

// Evaluate scores the candidate and, when a baseline is given, runs the
// paired bootstrap of the improvement; without one it bootstraps the
// candidate's score (Comparison.Paired false).
func Evaluate(ctx context.Context, req Request) (Comparison, error) {
	base := req.Baseline
	if base == nil {
		base = &Predictions{}
	}
	B := req.Resamples
	if B == 0 {
		B = DefaultResamples
	}
	opt := BootstrapOptions{Resamples: B, Seed: req.Seed, Direction: req.Direction}
	if bar := newBar(req, B); bar != nil {
		defer bar.Close()
		opt.Progress = func(done, _ int) { _ = bar.Set(done) }
	}
	return PairedBootstrap(ctx, req.Spec, req.Truth, req.Candidate, *base, opt)
}

func newBar(req Request, B int) *progressbar.ProgressBar {
	w := req.ProgressTo
	if w == nil || req.Progress == ProgressNever {
		return nil
	}
	if req.Progress == ProgressAuto {
		f, ok := w.(*os.File)
		if !ok || !(isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) || req.Truth.Len()*B < longEvaluation {
			return nil
		}
	}
	return progressbar.NewOptions(B,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("bootstrap"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100_000_000), // 100 ms
		progressbar.OptionOnCompletion(func() { _, _ = io.WriteString(w, "\n") }),
	)
}

// ReadPredictions reads a model's predictions from a table (a CSV or JSONL
// file loaded with LoadFile), one row per benchmark row, in order:
//   - column "prediction": the predicted class name (encoded with enc), the
//     regression value, or the text;
//   - columns "p_<class>" for every class: the class probabilities
//     (AUC-ROC, log loss; labels are their arg-max when "prediction" is
//     absent), or for two classes a single column "score": the probability
//     of the second class.
//
// truth says which kind of output is expected.
func ReadPredictions(d *Dataset, truth Truth, enc *LabelEncoder) (Predictions, error) {
	var p Predictions
	col := map[string]int{}
	for i, c := range d.Columns {
		col[c.Name] = i
	}
	predCol, hasPred := col["prediction"]
	switch {
	case truth.Values != nil:
		if !hasPred {
			return p, hokusai.FieldErrorf("predictions", "The predictions need a numeric column \"prediction\" for a regression metric.")
		}
		p.Values = make([]float64, d.Len())
		for i, row := range d.Rows {
			x, ok := row[predCol].(float64)
			if !ok {
				return p, hokusai.FieldErrorf("prediction", "Prediction row %d is %q, not a number; a regression metric needs numbers.", i+1, CellString(row[predCol]))
			}
			p.Values[i] = x
		}
		return p, nil
	case truth.Texts != nil:
		if !hasPred {
			return p, hokusai.FieldErrorf("predictions", "The predictions need a column \"prediction\" holding each row's text.")
		}
		p.Texts = make([]string, d.Len())
		for i, row := range d.Rows {
			p.Texts[i] = CellString(row[predCol])
		}
		return p, nil
	}
	if hasPred {
		names := make([]string, d.Len())
		for i, row := range d.Rows {
			if row[predCol] == nil {
				return p, hokusai.FieldErrorf("prediction", "Prediction row %d is empty; every row needs a predicted class.", i+1)
			}
			names[i] = CellString(row[predCol])
		}
		labels, err := enc.Encode("prediction", names)
		if err != nil {
			return p, err
		}
		p.Labels = labels
	}
	var probCols []int
	for _, c := range enc.Classes {
		if i, ok := col["p_"+c]; ok {
			probCols = append(probCols, i)
		}
	}
	scoreCol, hasScore := col["score"]
	switch {
	case len(probCols) == len(enc.Classes):
		p.Probs = make([][]float64, d.Len())
		for i, row := range d.Rows {
			r := make([]float64, len(probCols))
			for k, c := range probCols {
				x, ok := row[c].(float64)
				if !ok {
					return p, hokusai.FieldErrorf(d.Columns[c].Name, "Row %d of %s is %q, not a probability.", i+1, d.Columns[c].Name, CellString(row[c]))
				}
				r[k] = x
			}
			p.Probs[i] = r
		}
	case len(probCols) > 0:
		return p, hokusai.FieldErrorf("predictions", "The predictions have probability columns for some classes but not all: give p_<class> for each of %s.", "p_"+strings.Join(enc.Classes, ", p_"))
	case hasScore && len(enc.Classes) == 2:
		p.Probs = make([][]float64, d.Len())
		for i, row := range d.Rows {
			x, ok := row[scoreCol].(float64)
			if !ok {
				return p, hokusai.FieldErrorf("score", "Row %d of score is %q, not a probability.", i+1, CellString(row[scoreCol]))
			}
			p.Probs[i] = []float64{1 - x, x}
		}
	}
	if p.Labels == nil && p.Probs == nil {
		return p, hokusai.FieldErrorf("predictions", "The predictions have no column \"prediction\" and no probability columns (p_%s): give one or both.", strings.Join(enc.Classes, ", p_"))
	}
	return p, nil
}
