// Package eval is Hokusai's evaluation engine: metrics that equal
// scikit-learn's, datasets with content digests, benchmarks with a public dev
// split and a hidden test split, a seeded paired bootstrap of the
// improvement between two models, and signed evaluation receipts.
//
// Metrics work on plain slices. Class labels are small non-negative integers
// (class indices); LabelEncoder maps any string labels to them in sorted
// order, as scikit-learn does, so "the positive class is the larger label"
// means the same thing on both sides.
package eval

import (
	"math"

	"github.com/hokusai-protocol/hokusai"
)

// Average selects how precision, recall and F1 combine per-class values,
// with scikit-learn's meaning of each.
type Average uint8

// Averages, as in scikit-learn's average= parameter.
const (
	AverageBinary   Average = iota // only the positive class (PosLabel)
	AverageMacro                   // unweighted mean over the labels present in y_true or y_pred
	AverageMicro                   // from global true/false positive counts
	AverageWeighted                // mean weighted by each label's support in y_true
)

var averageNames = [...]string{"binary", "macro", "micro", "weighted"}

// String returns the scikit-learn name of the average, e.g. "macro".
func (a Average) String() string {
	if int(a) < len(averageNames) {
		return averageNames[a]
	}
	return "unknown"
}

// ParseAverage accepts binary|macro|micro|weighted.
func ParseAverage(s string) (Average, error) {
	for i, n := range averageNames {
		if n == s {
			return Average(i), nil
		}
	}
	return 0, hokusai.FieldErrorf("average", "Unknown average %q; use binary, macro, micro or weighted.", s)
}

// PRF says which of precision, recall and F1 a call computes.
type prfKind uint8

const (
	kindPrecision prfKind = iota
	kindRecall
	kindF1
)

func checkLabels(yTrue, yPred []int) (nLabels int, err error) {
	if len(yTrue) == 0 {
		return 0, hokusai.FieldErrorf("y_true", "y_true is empty: an evaluation needs at least one row.")
	}
	if len(yTrue) != len(yPred) {
		return 0, hokusai.FieldErrorf("y_pred", "y_pred has %d rows but y_true has %d: give one prediction per row.", len(yPred), len(yTrue))
	}
	maxL := -1
	for i, v := range yTrue {
		if v < 0 {
			return 0, hokusai.FieldErrorf("y_true", "y_true[%d] is %d: class labels are indices ≥ 0 (use LabelEncoder for names).", i, v)
		}
		if v > maxL {
			maxL = v
		}
	}
	for i, v := range yPred {
		if v < 0 {
			return 0, hokusai.FieldErrorf("y_pred", "y_pred[%d] is %d: class labels are indices ≥ 0 (use LabelEncoder for names).", i, v)
		}
		if v > maxL {
			maxL = v
		}
	}
	return maxL + 1, nil
}

// Accuracy returns the fraction of rows whose predicted label equals the
// true label (scikit-learn accuracy_score).
func Accuracy(yTrue, yPred []int) (float64, error) {
	if _, err := checkLabels(yTrue, yPred); err != nil {
		return 0, err
	}
	return float64(countEqual(yTrue, yPred)) / float64(len(yTrue)), nil
}

func countEqual(a, b []int) int {
	n := 0
	b = b[:len(a)]
	for i, v := range a {
		if v == b[i] {
			n++
		}
	}
	return n
}

// ExactMatch returns the fraction of rows whose predicted text equals the
// expected text byte for byte (scikit-learn accuracy_score on strings).
func ExactMatch(want, got []string) (float64, error) {
	if len(want) == 0 {
		return 0, hokusai.FieldErrorf("y_true", "y_true is empty: an evaluation needs at least one row.")
	}
	if len(want) != len(got) {
		return 0, hokusai.FieldErrorf("y_pred", "y_pred has %d rows but y_true has %d: give one prediction per row.", len(got), len(want))
	}
	n := 0
	for i, w := range want {
		if got[i] == w {
			n++
		}
	}
	return float64(n) / float64(len(want)), nil
}

// Precision returns scikit-learn's precision_score with the given average
// (pos is pos_label, used only by AverageBinary). A label that is never
// predicted has precision 0, as scikit-learn's zero_division="warn" gives.
func Precision(yTrue, yPred []int, avg Average, pos int) (float64, error) {
	return prf(yTrue, yPred, avg, pos, kindPrecision)
}

// Recall returns scikit-learn's recall_score with the given average. A
// label absent from y_true has recall 0, as scikit-learn gives.
func Recall(yTrue, yPred []int, avg Average, pos int) (float64, error) {
	return prf(yTrue, yPred, avg, pos, kindRecall)
}

// F1 returns scikit-learn's f1_score with the given average. F1 is 0 where
// precision and recall are both 0, as scikit-learn gives.
func F1(yTrue, yPred []int, avg Average, pos int) (float64, error) {
	return prf(yTrue, yPred, avg, pos, kindF1)
}

// confusion counts, per label, true positives, predictions and true rows.
func confusion(yTrue, yPred []int, nLabels int) (tp, pred, truth []int64) {
	tp = make([]int64, nLabels)
	pred = make([]int64, nLabels)
	truth = make([]int64, nLabels)
	yPred = yPred[:len(yTrue)]
	for i, t := range yTrue {
		p := yPred[i]
		truth[t]++
		pred[p]++
		if t == p {
			tp[t]++
		}
	}
	return tp, pred, truth
}

func prfDivide(num, den int64) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

func fscore(p, r float64) float64 {
	den := p + r
	if den == 0 {
		den = 1
	}
	return 2 * p * r / den
}

func prf(yTrue, yPred []int, avg Average, pos int, kind prfKind) (float64, error) {
	nLabels, err := checkLabels(yTrue, yPred)
	if err != nil {
		return 0, err
	}
	tp, pred, truth := confusion(yTrue, yPred, nLabels)
	pick := func(t, p, tr, _ int64) float64 {
		prec, rec := prfDivide(t, p), prfDivide(t, tr)
		switch kind {
		case kindPrecision:
			return prec
		case kindRecall:
			return rec
		}
		return fscore(prec, rec)
	}
	return averageConfusion(avg, pos, int64(len(yTrue)), tp, pred, truth, pick)
}

// averageConfusion averages f of per-label confusion counts (true
// positives, predicted, true and true negatives) as scikit-learn's
// average does: binary takes label pos; micro sums the counts over labels
// (true negatives too: K·n − Σpred − Σtruth + Σtp); macro and weighted
// average the labels present in y_true or y_pred, in label order, weighted
// by support when weighted. n is the number of rows.
func averageConfusion(avg Average, pos int, n int64, tp, pred, truth []int64, f func(tp, pred, truth, tn int64) float64) (float64, error) {
	nLabels := len(tp)
	at := func(t, p, tr int64) float64 { return f(t, p, tr, n-(p+tr-t)) }
	switch avg {
	case AverageBinary:
		if err := checkBinary(pred, truth, pos); err != nil {
			return 0, err
		}
		if pos < 0 || pos >= nLabels {
			return at(0, 0, 0), nil
		}
		return at(tp[pos], pred[pos], truth[pos]), nil
	case AverageMicro:
		var t, p, tr int64
		for l := range tp {
			t += tp[l]
			p += pred[l]
			tr += truth[l]
		}
		return f(t, p, tr, int64(nLabels)*n-(p+tr-t)), nil
	case AverageMacro, AverageWeighted:
		var sum, wsum float64
		for l := range tp {
			if pred[l] == 0 && truth[l] == 0 {
				continue
			}
			w := 1.0
			if avg == AverageWeighted {
				w = float64(truth[l])
			}
			sum += at(tp[l], pred[l], truth[l]) * w
			wsum += w
		}
		if wsum == 0 {
			return 0, nil
		}
		return sum / wsum, nil
	}
	return 0, hokusai.FieldErrorf("average", "Unknown average %d; use binary, macro, micro or weighted.", avg)
}

// checkBinary refuses average binary, as scikit-learn does, when the
// labels present (predicted or true) are more than two, or are two
// without the positive label.
func checkBinary(pred, truth []int64, pos int) error {
	present := 0
	posPresent := false
	for l := range pred {
		if pred[l] > 0 || truth[l] > 0 {
			present++
			if l == pos {
				posPresent = true
			}
		}
	}
	if present > 2 {
		return hokusai.FieldErrorf("average", "The labels have %d classes but average is binary: choose macro, micro or weighted.", present)
	}
	if !posPresent && present >= 2 {
		return hokusai.FieldErrorf("pos_label", "The positive label %d is not among the labels present: set pos_label to one of them.", pos)
	}
	return nil
}

func checkFinite(field string, xs []float64) error {
	for i, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return hokusai.FieldErrorf(field, "%s[%d] is %v: every value must be a finite number.", field, i, x)
		}
	}
	return nil
}
