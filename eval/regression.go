package eval

import (
	"math"

	"github.com/hokusai-protocol/hokusai"
)

// logLossEps is scikit-learn 1.2.1's default clipping bound for log loss:
// numpy.finfo(float64).eps. Probabilities are clipped to [eps, 1 − eps]
// before each row is renormalised to sum to 1.
const logLossEps = 2.220446049250313e-16

// LogLoss returns scikit-learn 1.2.1's log_loss(y_true, probs,
// labels=range(K)): the mean negative natural log of the probability given
// to the true class, after clipping to [eps, 1 − eps] and renormalising each
// row. Rows must sum to 1 within numpy.allclose's tolerance; scikit-learn
// 1.2.1 silently renormalises rows that do not (1.5 makes it an error), and
// we refuse them, because such rows are almost always raw scores.
func LogLoss(yTrue []int, probs [][]float64) (float64, error) {
	if _, err := checkProbs(yTrue, probs, true); err != nil {
		return 0, err
	}
	losses := make([]float64, len(yTrue))
	logLossRows(yTrue, probs, losses)
	return sum(losses) / float64(len(losses)), nil
}

// logLossRows writes each row's loss into out.
func logLossRows(yTrue []int, probs [][]float64, out []float64) {
	for i, p := range probs {
		s := 0.0
		for _, x := range p {
			s += clipProb(x)
		}
		out[i] = -math.Log(clipProb(p[yTrue[i]]) / s)
	}
}

func clipProb(x float64) float64 {
	if x < logLossEps {
		return logLossEps
	}
	if x > 1-logLossEps {
		return 1 - logLossEps
	}
	return x
}

// LogLossBinary returns scikit-learn 1.2.1's log_loss(y_true, p,
// labels=[0, 1]) where p is each row's probability of class 1: p is clipped
// to [eps, 1 − eps] and the row is [1 − p, p].
func LogLossBinary(yTrue []int, p []float64) (float64, error) {
	if len(yTrue) == 0 {
		return 0, hokusai.FieldErrorf("y_true", "y_true is empty: an evaluation needs at least one row.")
	}
	if len(p) != len(yTrue) {
		return 0, hokusai.FieldErrorf("y_score", "y_score has %d rows but y_true has %d: give one probability per row.", len(p), len(yTrue))
	}
	for i, x := range p {
		if math.IsNaN(x) || x < 0 || x > 1 {
			return 0, hokusai.FieldErrorf("y_score", "y_score[%d] is %v: a probability lies in [0, 1].", i, x)
		}
		if yTrue[i] != 0 && yTrue[i] != 1 {
			return 0, hokusai.FieldErrorf("y_true", "y_true[%d] is %d: binary log loss needs labels 0 and 1.", i, yTrue[i])
		}
	}
	losses := make([]float64, len(p))
	for i, x := range p {
		c := clipProb(x)
		q := 1 - c
		s := q + c
		if yTrue[i] == 1 {
			losses[i] = -math.Log(c / s)
		} else {
			losses[i] = -math.Log(q / s)
		}
	}
	return sum(losses) / float64(len(losses)), nil
}

func checkRegression(yTrue, yPred []float64) error {
	if len(yTrue) == 0 {
		return hokusai.FieldErrorf("y_true", "y_true is empty: an evaluation needs at least one row.")
	}
	if len(yTrue) != len(yPred) {
		return hokusai.FieldErrorf("y_pred", "y_pred has %d rows but y_true has %d: give one prediction per row.", len(yPred), len(yTrue))
	}
	if err := checkFinite("y_true", yTrue); err != nil {
		return err
	}
	return checkFinite("y_pred", yPred)
}

// MSE returns the mean squared error (scikit-learn mean_squared_error).
func MSE(yTrue, yPred []float64) (float64, error) {
	if err := checkRegression(yTrue, yPred); err != nil {
		return 0, err
	}
	return mse(yTrue, yPred), nil
}

func mse(yTrue, yPred []float64) float64 {
	var s, c float64
	for i, t := range yTrue {
		d := t - yPred[i]
		s, c = neumaier(s, c, d*d)
	}
	return (s + c) / float64(len(yTrue))
}

// RMSE returns the root mean squared error (scikit-learn
// mean_squared_error(squared=False)).
func RMSE(yTrue, yPred []float64) (float64, error) {
	v, err := MSE(yTrue, yPred)
	return math.Sqrt(v), err
}

// MAE returns the mean absolute error (scikit-learn mean_absolute_error).
func MAE(yTrue, yPred []float64) (float64, error) {
	if err := checkRegression(yTrue, yPred); err != nil {
		return 0, err
	}
	var s, c float64
	for i, t := range yTrue {
		s, c = neumaier(s, c, math.Abs(yPred[i]-t))
	}
	return (s + c) / float64(len(yTrue)), nil
}

// R2 returns the coefficient of determination with scikit-learn's
// conventions (force_finite=True): when y_true is constant it is 1 for a
// perfect prediction and 0 otherwise. scikit-learn returns NaN with a
// warning for fewer than two rows; that is an error here.
func R2(yTrue, yPred []float64) (float64, error) {
	if err := checkRegression(yTrue, yPred); err != nil {
		return 0, err
	}
	if len(yTrue) < 2 {
		return 0, hokusai.FieldErrorf("y_true", "R² needs at least two rows (scikit-learn returns NaN for one); evaluate on more rows.")
	}
	return r2(yTrue, yPred), nil
}

func r2(yTrue, yPred []float64) float64 {
	constant := true
	for _, t := range yTrue {
		if t != yTrue[0] {
			constant = false
			break
		}
	}
	if constant {
		// Decided on the values, not on a rounded variance: scikit-learn's
		// float mean of e.g. three 0.1s is not exactly 0.1, which makes its
		// R² a huge negative number there instead of 0 or 1.
		for i, t := range yTrue {
			if yPred[i] != t {
				return 0
			}
		}
		return 1
	}
	mean := sum(yTrue) / float64(len(yTrue))
	var num, nc, den, dc float64
	for i, t := range yTrue {
		d := t - yPred[i]
		num, nc = neumaier(num, nc, d*d)
		m := t - mean
		den, dc = neumaier(den, dc, m*m)
	}
	num += nc
	den += dc
	if den == 0 {
		if num == 0 {
			return 1
		}
		return 0
	}
	return 1 - num/den
}

// sum adds xs with Neumaier's compensated summation, so long sums agree
// with numpy's pairwise sums to far better than 1e-9.
func sum(xs []float64) float64 {
	var s, c float64
	for _, x := range xs {
		s, c = neumaier(s, c, x)
	}
	return s + c
}

func neumaier(s, c, x float64) (float64, float64) {
	t := s + x
	if math.Abs(s) >= math.Abs(x) {
		c += (s - t) + x
	} else {
		c += (x - t) + s
	}
	return t, c
}
