package eval

import (
	"math"

	"github.com/hokusai-protocol/hokusai"
)

// Custom computes a custom metric: e's value on the truth and predictions.
//
// A confusion-matrix expression sees, for a class c against the rest,
// tp (rows of c predicted c), fp (other rows predicted c), fn (rows of c
// predicted otherwise), tn (the rest) and n (all rows), and is combined
// over classes with scikit-learn's averages: binary evaluates the class
// pos; macro averages the values of the classes present in y_true or
// y_pred; weighted weights them by support in y_true; micro sums the
// counts over classes first. So 2*tp/(2*tp+fp+fn) with average a equals
// F1 with average a, and tp/(tp+fp) with micro equals accuracy.
//
// A row expression sees per row y and p: regression targets and
// predictions, or for two classes y = 1 when the row is of class pos (else
// 0) and p = the predicted probability of pos (the predicted label's 0 or 1
// when there are no probabilities). mean(abs(y - p)) is MAE and
// mean((y - p)^2) with classes is the Brier score.
//
// A non-finite value (log of 0, sqrt of a negative) is an EINVALID error.
func Custom(e *Expr, avg Average, pos int, t Truth, p Predictions) (float64, error) {
	if e == nil {
		return 0, hokusai.FieldErrorf("expression", "The custom metric needs its expression, e.g. (tp+tn)/(tp+tn+fp+fn) or mean(abs(y-p)).")
	}
	var v float64
	var err error
	if e.kind == ExprConfusion {
		v, err = customConfusion(e, avg, pos, t, p)
	} else {
		v, err = customRows(e, pos, t, p)
	}
	if err != nil {
		return 0, err
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, hokusai.FieldErrorf("expression", "The custom metric %s is %v on these rows, not a finite number (a log of 0, a square root of a negative…); guard the expression, e.g. with max(…, 1e-15).", e, v)
	}
	return v, nil
}

func customConfusion(e *Expr, avg Average, pos int, t Truth, p Predictions) (float64, error) {
	if t.Labels == nil {
		return 0, hokusai.FieldErrorf("expression", "The custom metric %s counts a confusion matrix, which needs class labels; this benchmark is scored on numbers or texts: use mean(...) over y and p instead.", e)
	}
	labels, err := predictedLabels(p)
	if err != nil {
		return 0, err
	}
	nLabels, err := checkLabels(t.Labels, labels)
	if err != nil {
		return 0, err
	}
	tp, pred, truth := confusion(t.Labels, labels, nLabels)
	env := &exprEnv{vars: map[string]float64{"n": float64(len(t.Labels))}}
	return averageConfusion(avg, pos, int64(len(t.Labels)), tp, pred, truth, func(tpc, predc, truthc, tnc int64) float64 {
		env.vars["tp"] = float64(tpc)
		env.vars["fp"] = float64(predc - tpc)
		env.vars["fn"] = float64(truthc - tpc)
		env.vars["tn"] = float64(tnc)
		return e.root.eval(env, 0)
	})
}

func customRows(e *Expr, pos int, t Truth, p Predictions) (float64, error) {
	env := &exprEnv{}
	switch {
	case t.Values != nil:
		if err := checkRegression(t.Values, p.Values); err != nil {
			return 0, err
		}
		env.y, env.p = t.Values, p.Values
	case t.Labels != nil:
		n := len(t.Labels)
		if n == 0 {
			return 0, hokusai.FieldErrorf("y_true", "y_true is empty: an evaluation needs at least one row.")
		}
		env.y, env.p = make([]float64, n), make([]float64, n)
		var labels []int
		if p.Probs != nil {
			k, err := checkProbs(t.Labels, p.Probs, true)
			if err != nil {
				return 0, err
			}
			if pos < 0 || pos >= k {
				return 0, hokusai.FieldErrorf("pos_label", "The positive class %d is not one of the %d classes.", pos, k)
			}
			if k != 2 {
				return 0, hokusai.FieldErrorf("expression", "The custom metric %s reads per-row y and p, which are defined for two classes; this benchmark has %d: use a confusion-matrix expression (tp, fp, tn, fn) instead.", e, k)
			}
		} else {
			var err error
			if labels, err = predictedLabels(p); err != nil {
				return 0, err
			}
			k, err := checkLabels(t.Labels, labels)
			if err != nil {
				return 0, err
			}
			if k > 2 {
				return 0, hokusai.FieldErrorf("expression", "The custom metric %s reads per-row y and p, which are defined for two classes; these rows have %d: use a confusion-matrix expression (tp, fp, tn, fn) instead.", e, k)
			}
		}
		for i, l := range t.Labels {
			if l == pos {
				env.y[i] = 1
			}
			switch {
			case p.Probs != nil:
				env.p[i] = p.Probs[i][pos]
			case labels[i] == pos:
				env.p[i] = 1
			}
		}
	default:
		return 0, hokusai.FieldErrorf("expression", "The custom metric %s reads numbers per row (y and p); this benchmark is scored on texts.", e)
	}
	return e.root.eval(env, 0), nil
}
