package eval

import (
	"sort"

	"github.com/hokusai-protocol/hokusai"
)

// Truth is what a benchmark's rows should yield: class indices for
// classification, numbers for regression, or texts for exact match. Exactly
// one of the three is set.
type Truth struct {
	Labels []int     // class indices in [0, NumClasses)
	Values []float64 // regression targets
	Texts  []string  // expected texts
}

// Len returns the number of rows.
func (t Truth) Len() int { return max(len(t.Labels), len(t.Values), len(t.Texts)) }

// Predictions are one model's outputs for a benchmark's rows, as plain data,
// so the evaluator needs no runtime: predicted class indices, per-class
// probabilities (each row sums to 1), regression values, or texts. Set what
// the metric needs: labels for accuracy/precision/recall/F1 (derived from
// Probs by arg-max when only Probs is set), Probs for AUC-ROC and log loss,
// Values for regression metrics, Texts for exact match.
type Predictions struct {
	Labels []int
	Probs  [][]float64
	Values []float64
	Texts  []string
}

// Len returns the number of rows.
func (p Predictions) Len() int { return max(len(p.Labels), len(p.Probs), len(p.Values), len(p.Texts)) }

// Subset returns the predictions for rows idx (repeats allowed), sharing
// the probability rows with p.
func (p Predictions) Subset(idx []int) Predictions {
	var q Predictions
	if p.Labels != nil {
		q.Labels = gather(p.Labels, idx)
	}
	if p.Probs != nil {
		q.Probs = gather(p.Probs, idx)
	}
	if p.Values != nil {
		q.Values = gather(p.Values, idx)
	}
	if p.Texts != nil {
		q.Texts = gather(p.Texts, idx)
	}
	return q
}

// Subset returns the truth for rows idx (repeats allowed).
func (t Truth) Subset(idx []int) Truth {
	var q Truth
	if t.Labels != nil {
		q.Labels = gather(t.Labels, idx)
	}
	if t.Values != nil {
		q.Values = gather(t.Values, idx)
	}
	if t.Texts != nil {
		q.Texts = gather(t.Texts, idx)
	}
	return q
}

func gather[T any](xs []T, idx []int) []T {
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}

// MetricSpec is a metric with its options: for precision, recall and F1 the
// average and the positive class (a class index, used by AverageBinary).
type MetricSpec struct {
	Metric   hokusai.Metric
	Average  Average
	PosLabel int
}

// DefaultSpec returns the metric with the platform's defaults: binary
// average on the larger class index (scikit-learn's pos_label=1) when there
// are two classes, macro average otherwise.
func DefaultSpec(m hokusai.Metric, numClasses int) MetricSpec {
	s := MetricSpec{Metric: m, Average: AverageMacro}
	if numClasses == 2 {
		s.Average, s.PosLabel = AverageBinary, 1
	}
	return s
}

// String names the metric with its average, e.g. "f1_macro" or "accuracy".
func (s MetricSpec) String() string {
	switch s.Metric {
	case hokusai.MetricPrecision, hokusai.MetricRecall, hokusai.MetricF1:
		return s.Metric.String() + "_" + s.Average.String()
	}
	return s.Metric.String()
}

// Score computes the metric of predictions p against truth t.
func Score(s MetricSpec, t Truth, p Predictions) (float64, error) {
	switch s.Metric {
	case hokusai.MetricAccuracy, hokusai.MetricPrecision, hokusai.MetricRecall, hokusai.MetricF1:
		if t.Texts != nil && s.Metric == hokusai.MetricAccuracy {
			return ExactMatch(t.Texts, p.Texts)
		}
		labels, err := predictedLabels(p)
		if err != nil {
			return 0, err
		}
		switch s.Metric {
		case hokusai.MetricAccuracy:
			return Accuracy(t.Labels, labels)
		case hokusai.MetricPrecision:
			return Precision(t.Labels, labels, s.Average, s.PosLabel)
		case hokusai.MetricRecall:
			return Recall(t.Labels, labels, s.Average, s.PosLabel)
		}
		return F1(t.Labels, labels, s.Average, s.PosLabel)
	case hokusai.MetricAUCROC:
		if p.Probs == nil {
			return 0, hokusai.FieldErrorf("predictions", "AUC-ROC needs per-class probabilities: give the model's scores, not only its labels.")
		}
		return AUCOvR(t.Labels, p.Probs)
	case hokusai.MetricLogLoss:
		if p.Probs == nil {
			return 0, hokusai.FieldErrorf("predictions", "Log loss needs per-class probabilities: give the model's probabilities, not only its labels.")
		}
		return LogLoss(t.Labels, p.Probs)
	case hokusai.MetricMSE:
		return MSE(t.Values, p.Values)
	case hokusai.MetricRMSE:
		return RMSE(t.Values, p.Values)
	case hokusai.MetricMAE:
		return MAE(t.Values, p.Values)
	case hokusai.MetricR2:
		return R2(t.Values, p.Values)
	}
	return 0, hokusai.FieldErrorf("metric", "The evaluator cannot compute %s; use accuracy, precision, recall, f1, auc_roc, log_loss, mse, rmse, mae or r2.", s.Metric)
}

// predictedLabels returns p.Labels, or the arg-max of p.Probs (the first
// class on ties, as numpy.argmax).
func predictedLabels(p Predictions) ([]int, error) {
	if p.Labels != nil {
		return p.Labels, nil
	}
	if p.Probs == nil {
		return nil, hokusai.FieldErrorf("predictions", "The predictions hold no labels or probabilities: give one predicted class per row.")
	}
	out := make([]int, len(p.Probs))
	for i, row := range p.Probs {
		best := 0
		for c, x := range row {
			if x > row[best] {
				best = c
			}
		}
		out[i] = best
	}
	return out, nil
}

// rowLosses returns, for metrics that are a mean over rows (accuracy,
// exact match, MSE, MAE, log loss), each row's contribution, so a bootstrap
// can resample the rows without recomputing the metric; ok is false for
// the others. It validates like Score.
func rowLosses(s MetricSpec, t Truth, p Predictions) (vals []float64, ok bool, err error) {
	switch s.Metric {
	case hokusai.MetricAccuracy:
		if t.Texts != nil {
			if _, err := ExactMatch(t.Texts, p.Texts); err != nil {
				return nil, true, err
			}
			vals = make([]float64, len(t.Texts))
			for i, w := range t.Texts {
				if p.Texts[i] == w {
					vals[i] = 1
				}
			}
			return vals, true, nil
		}
		labels, err := predictedLabels(p)
		if err != nil {
			return nil, true, err
		}
		if _, err := Accuracy(t.Labels, labels); err != nil {
			return nil, true, err
		}
		vals = make([]float64, len(labels))
		for i, l := range labels {
			if l == t.Labels[i] {
				vals[i] = 1
			}
		}
		return vals, true, nil
	case hokusai.MetricMSE, hokusai.MetricMAE:
		if err := checkRegression(t.Values, p.Values); err != nil {
			return nil, true, err
		}
		vals = make([]float64, len(t.Values))
		for i, y := range t.Values {
			d := y - p.Values[i]
			if s.Metric == hokusai.MetricMSE {
				vals[i] = d * d
			} else if d < 0 {
				vals[i] = -d
			} else {
				vals[i] = d
			}
		}
		return vals, true, nil
	case hokusai.MetricLogLoss:
		if p.Probs == nil {
			return nil, true, hokusai.FieldErrorf("predictions", "Log loss needs per-class probabilities: give the model's probabilities, not only its labels.")
		}
		if _, err := checkProbs(t.Labels, p.Probs, true); err != nil {
			return nil, true, err
		}
		vals = make([]float64, len(t.Labels))
		logLossRows(t.Labels, p.Probs, vals)
		return vals, true, nil
	}
	return nil, false, nil
}

// LabelEncoder maps string class names to class indices in sorted order,
// as scikit-learn's LabelEncoder does.
type LabelEncoder struct {
	Classes []string // sorted, distinct
	index   map[string]int
}

// NewLabelEncoder returns an encoder for the distinct names in names.
func NewLabelEncoder(names []string) *LabelEncoder {
	seen := map[string]bool{}
	var cls []string
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			cls = append(cls, n)
		}
	}
	sort.Strings(cls)
	e := &LabelEncoder{Classes: cls, index: make(map[string]int, len(cls))}
	for i, c := range cls {
		e.index[c] = i
	}
	return e
}

// Index returns the class index of name and whether it is known.
func (e *LabelEncoder) Index(name string) (int, bool) {
	i, ok := e.index[name]
	return i, ok
}

// Encode maps names to class indices; an unknown name is an EINVALID error
// naming field and the row.
func (e *LabelEncoder) Encode(field string, names []string) ([]int, error) {
	out := make([]int, len(names))
	for i, n := range names {
		j, ok := e.index[n]
		if !ok {
			return nil, hokusai.FieldErrorf(field, "Row %d has class %q, which is not one of the benchmark's classes %q.", i, n, e.Classes)
		}
		out[i] = j
	}
	return out, nil
}
