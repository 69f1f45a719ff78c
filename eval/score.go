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
	// LogProbs are each row's token log-probabilities of the expected
	// text, for perplexity.
	LogProbs [][]float64
}

// Len returns the number of rows.
func (p Predictions) Len() int {
	return max(len(p.Labels), len(p.Probs), len(p.Values), len(p.Texts), len(p.LogProbs))
}

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
	if p.LogProbs != nil {
		q.LogProbs = gather(p.LogProbs, idx)
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
// average and the positive class (a class index, used by AverageBinary);
// for AUC-ROC the multi-class strategy and the average (AverageBinary
// stands for scikit-learn's default, macro, when there are more than two
// classes); for a custom metric its expression.
type MetricSpec struct {
	Metric     hokusai.Metric
	Average    Average
	PosLabel   int
	MultiClass MultiClass
	Custom     *Expr
	// Regression makes a custom row expression read regression targets
	// and predicted numbers as y and p, rather than the positive class.
	Regression bool
}

// MetricOptions are a metric's options by name, as a benchmark setup, the
// CLI (eval run --average, --multi-class, --expression) and the REST API
// give them; "" keeps the default.
type MetricOptions struct {
	Average    string `json:"average,omitempty"`     // binary|macro|micro|weighted
	MultiClass string `json:"multi_class,omitempty"` // ovr|ovo (AUC-ROC)
	Expression string `json:"expression,omitempty"`  // the custom metric
}

// NewMetricSpec returns the spec of metric m with options o on a benchmark
// of numClasses classes (0 for regression or text), refusing an option the
// metric does not take or a combination scikit-learn refuses, with an
// EINVALID error naming the option.
func NewMetricSpec(m hokusai.Metric, o MetricOptions, numClasses int) (MetricSpec, error) {
	s := DefaultSpec(m, numClasses)
	if o.Average != "" {
		switch m {
		case hokusai.MetricPrecision, hokusai.MetricRecall, hokusai.MetricF1, hokusai.MetricAUCROC, hokusai.MetricCustom:
		default:
			return s, hokusai.FieldErrorf("average", "%s takes no average; average applies to precision, recall, f1, auc_roc and custom confusion-matrix metrics.", m)
		}
		avg, err := ParseAverage(o.Average)
		if err != nil {
			return s, err
		}
		if avg == AverageBinary && numClasses > 2 {
			return s, hokusai.FieldErrorf("average", "Average binary scores one class, but the benchmark has %d classes: choose macro, weighted or micro.", numClasses)
		}
		s.Average = avg
	}
	if o.MultiClass != "" {
		if m != hokusai.MetricAUCROC {
			return s, hokusai.FieldErrorf("multi_class", "multi_class chooses how AUC-ROC treats more than two classes; %s does not take it.", m)
		}
		mc, err := ParseMultiClass(o.MultiClass)
		if err != nil {
			return s, err
		}
		s.MultiClass = mc
	}
	if o.Expression != "" {
		e, err := ParseExpr(o.Expression)
		if err != nil {
			return s, err
		}
		s.Custom = e
		if o.Average != "" && e.Kind() == ExprRows {
			return s, hokusai.FieldErrorf("average", "The custom metric %s reduces rows, so it takes no average; averages apply to confusion-matrix expressions.", e)
		}
	}
	s.Regression = m == hokusai.MetricCustom && numClasses == 0
	return s, s.Validate()
}

// truthMetric is the metric whose truth (labels or numbers) s scores.
func (s MetricSpec) truthMetric() hokusai.Metric {
	if s.Metric == hokusai.MetricCustom && s.Regression {
		return hokusai.MetricMSE
	}
	return s.Metric
}

// Validate refuses options the metric does not take, before any data is
// read: a multi-class strategy on a metric other than AUC-ROC, an
// AUC-ROC average scikit-learn refuses, a custom metric without its
// expression or an expression on another metric.
func (s MetricSpec) Validate() error {
	if s.Metric == hokusai.MetricCustom {
		if s.Custom == nil {
			return hokusai.FieldErrorf("expression", "The custom metric needs its expression, e.g. (tp+tn)/(tp+tn+fp+fn) or mean(abs(y-p)).")
		}
	} else if s.Custom != nil {
		return hokusai.FieldErrorf("expression", "An expression defines a custom metric, but the metric is %s: set the metric to custom or drop the expression.", s.Metric)
	}
	if s.Metric == hokusai.MetricAUCROC {
		return CheckAUCAverage(s.MultiClass, s.Average)
	}
	if s.MultiClass != MultiClassOvR {
		return hokusai.FieldErrorf("multi_class", "multi_class chooses how AUC-ROC treats more than two classes; %s does not take it.", s.Metric)
	}
	return nil
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

// String names the metric with its options, e.g. "f1_macro", "accuracy",
// "auc_roc_ovo_weighted", "custom_binary:2 * tp / (2 * tp + fp + fn)" or
// "custom:mean(abs(y - p))": the metric, then "_" and Options, or ":" and
// the expression for a custom row metric, which takes no average.
func (s MetricSpec) String() string {
	o := s.Options()
	switch {
	case o == "":
		return s.Metric.String()
	case s.Metric == hokusai.MetricCustom && s.Custom != nil && s.Custom.Kind() == ExprRows:
		return s.Metric.String() + ":" + o
	}
	return s.Metric.String() + "_" + o
}

// Options names what the spec chooses beyond its metric, so two specs
// that score differently are named differently: the average of precision,
// recall and F1 ("macro"); AUC-ROC's strategy and average when not the
// default binary or one-vs-rest macro ("ovo_weighted"); a custom metric's
// average and canonical expression ("binary:2 * tp / (2 * tp + fp + fn)"),
// or only the expression for a row metric; "" for the rest.
func (s MetricSpec) Options() string {
	switch s.Metric {
	case hokusai.MetricPrecision, hokusai.MetricRecall, hokusai.MetricF1:
		return s.Average.String()
	case hokusai.MetricAUCROC:
		if s.MultiClass == MultiClassOvR && (s.Average == AverageBinary || s.Average == AverageMacro) {
			return ""
		}
		avg := s.Average
		if avg == AverageBinary {
			avg = AverageMacro
		}
		return s.MultiClass.String() + "_" + avg.String()
	case hokusai.MetricCustom:
		switch {
		case s.Custom == nil:
			return ""
		case s.Custom.Kind() == ExprRows:
			return s.Custom.String()
		}
		return s.Average.String() + ":" + s.Custom.String()
	}
	return ""
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
		return AUC(t.Labels, p.Probs, s.MultiClass, s.Average)
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
	case hokusai.MetricCustom:
		return Custom(s.Custom, s.Average, s.PosLabel, t, p)
	case hokusai.MetricPerplexity:
		if p.LogProbs == nil {
			return 0, hokusai.FieldErrorf("predictions", "Perplexity needs each row's token log-probabilities of the expected text: score the rows with an endpoint that reports logprobs.")
		}
		if t.Len() != 0 && t.Len() != len(p.LogProbs) {
			return 0, hokusai.FieldErrorf("predictions", "There are %d rows of log-probabilities for %d rows: give one per row.", len(p.LogProbs), t.Len())
		}
		return Perplexity(p.LogProbs)
	}
	return 0, hokusai.FieldErrorf("metric", "The evaluator cannot compute %s; use accuracy, precision, recall, f1, auc_roc, log_loss, mse, rmse, mae, r2, perplexity or custom.", s.Metric)
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
