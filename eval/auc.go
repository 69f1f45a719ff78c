package eval

import (
	"math"

	"github.com/hokusai-protocol/hokusai"
)

// AUCBinary returns the area under the ROC curve, equal to scikit-learn's
// roc_auc_score for binary y_true: y_true must hold exactly two distinct
// labels and the larger one is the positive class. Tied scores count one
// half, which is what scikit-learn's trapezoidal area gives. A y_true with
// one class is an error, as in scikit-learn ("Only one class present").
func AUCBinary(yTrue []int, score []float64) (float64, error) {
	if len(yTrue) == 0 {
		return 0, hokusai.FieldErrorf("y_true", "y_true is empty: an evaluation needs at least one row.")
	}
	if len(score) != len(yTrue) {
		return 0, hokusai.FieldErrorf("y_score", "y_score has %d rows but y_true has %d: give one score per row.", len(score), len(yTrue))
	}
	if err := checkFinite("y_score", score); err != nil {
		return 0, err
	}
	lo, hi := yTrue[0], yTrue[0]
	for _, v := range yTrue {
		if v != lo && v != hi {
			if lo != hi {
				return 0, hokusai.FieldErrorf("y_true", "y_true has more than two classes: binary AUC-ROC needs exactly two (use the one-vs-rest AUC for more).")
			}
			if v < lo {
				lo = v
			} else {
				hi = v
			}
		}
	}
	if lo == hi {
		return 0, hokusai.FieldErrorf("y_true", "Only one class (%d) is present in y_true: AUC-ROC is not defined then (scikit-learn raises too); evaluate on rows of both classes.", lo)
	}
	return aucOf(func(i int) bool { return yTrue[i] == hi }, score), nil
}

// MultiClass selects how AUC-ROC extends to more than two classes, with
// scikit-learn's meaning of multi_class=.
type MultiClass uint8

// Multi-class strategies, as in scikit-learn's multi_class= parameter.
const (
	MultiClassOvR MultiClass = iota // each class against the rest
	MultiClassOvO                   // each pair of classes (Hand & Till 2001)
)

var multiClassNames = [...]string{"ovr", "ovo"}

// String returns the scikit-learn name, "ovr" or "ovo".
func (m MultiClass) String() string {
	if int(m) < len(multiClassNames) {
		return multiClassNames[m]
	}
	return "unknown"
}

// ParseMultiClass accepts ovr|ovo ("" is ovr, the platform's default).
func ParseMultiClass(s string) (MultiClass, error) {
	switch s {
	case "", "ovr":
		return MultiClassOvR, nil
	case "ovo":
		return MultiClassOvO, nil
	}
	return 0, hokusai.FieldErrorf("multi_class", "Unknown multi_class %q; use ovr (one-vs-rest) or ovo (one-vs-one).", s)
}

// CheckAUCAverage refuses the combinations scikit-learn's roc_auc_score
// refuses for more than two classes: ovr takes macro, weighted or micro;
// ovo takes macro or weighted. AverageBinary stands for scikit-learn's
// default (macro) there, so it passes.
func CheckAUCAverage(mc MultiClass, avg Average) error {
	switch {
	case mc > MultiClassOvO:
		return hokusai.FieldErrorf("multi_class", "Unknown multi_class %d; use ovr or ovo.", mc)
	case avg > AverageWeighted:
		return hokusai.FieldErrorf("average", "Unknown average %d; AUC-ROC takes macro or weighted (or micro with ovr).", avg)
	case mc == MultiClassOvO && avg == AverageMicro:
		return hokusai.FieldErrorf("average", "AUC-ROC with multi_class ovo takes average macro or weighted, not micro (scikit-learn refuses it too); use ovr for micro.")
	}
	return nil
}

// AUCOvR returns scikit-learn's roc_auc_score(y_true, probs,
// multi_class="ovr", average="macro", labels=range(K)): AUC with
// MultiClassOvR and AverageMacro.
func AUCOvR(yTrue []int, probs [][]float64) (float64, error) {
	return AUC(yTrue, probs, MultiClassOvR, AverageMacro)
}

// AUC returns scikit-learn's roc_auc_score(y_true, probs, multi_class=mc,
// average=avg, labels=range(K)). Each row of probs holds K class
// probabilities that must sum to 1 (numpy allclose). For K = 2 it is
// AUCBinary on the second column, whatever mc and avg (scikit-learn scores
// two classes as binary). For K > 2, AverageBinary means macro, and:
//
//   - ovr macro/weighted: each class's AUC against the rest, averaged
//     unweighted or weighted by the class's support in y_true; every class
//     must occur in y_true and not be the only one, else it is an error,
//     as in scikit-learn;
//   - ovr micro: one AUC over all (row, class) cells, the cell positive
//     when the row is of that class;
//   - ovo macro/weighted: over each pair (a, b) of the classes present in
//     y_true, the mean of the AUC of a against b on a's scores and of b
//     against a on b's scores, restricted to the rows of a or b; averaged
//     unweighted or weighted by the pair's share of the rows. Fewer than
//     two classes present is an error (scikit-learn returns NaN).
//
// Tied scores count one half, as in AUCBinary.
func AUC(yTrue []int, probs [][]float64, mc MultiClass, avg Average) (float64, error) {
	if err := CheckAUCAverage(mc, avg); err != nil {
		return 0, err
	}
	k, err := checkProbs(yTrue, probs, true)
	if err != nil {
		return 0, err
	}
	if k == 2 {
		col := make([]float64, len(probs))
		for i, p := range probs {
			col[i] = p[1]
		}
		return AUCBinary(yTrue, col)
	}
	support := make([]int, k)
	for _, v := range yTrue {
		support[v]++
	}
	switch {
	case mc == MultiClassOvO:
		return aucOvO(yTrue, probs, support, avg == AverageWeighted)
	case avg == AverageMicro:
		return aucMicro(yTrue, probs), nil
	}
	for c, n := range support {
		if n == 0 || n == len(yTrue) {
			return 0, hokusai.FieldErrorf("y_true", "Class %d never occurs in y_true (or is the only one): its one-vs-rest AUC-ROC is not defined (scikit-learn raises too); evaluate on rows of every class.", c)
		}
	}
	col := make([]float64, len(probs))
	var sum, wsum float64
	for c := 0; c < k; c++ {
		for i, p := range probs {
			col[i] = p[c]
		}
		cc := c
		a := aucOf(func(i int) bool { return yTrue[i] == cc }, col)
		w := 1.0
		if avg == AverageWeighted {
			w = float64(support[c])
		}
		sum += a * w
		wsum += w
	}
	return sum / wsum, nil
}

// aucMicro is the one-vs-rest micro average: the binary AUC of all
// (row, class) cells, a cell positive when the row is of that class.
func aucMicro(yTrue []int, probs [][]float64) float64 {
	k := len(probs[0])
	pos := make([]uint64, 0, len(probs))
	neg := make([]uint64, 0, len(probs)*(k-1))
	for i, p := range probs {
		for c, x := range p {
			if yTrue[i] == c {
				pos = append(pos, sortKey(x))
			} else {
				neg = append(neg, sortKey(x))
			}
		}
	}
	return aucSorted(radixSort(pos), radixSort(neg))
}

// aucOvO is Hand & Till's one-vs-one AUC over the classes present in yTrue,
// averaged unweighted or by each pair's prevalence, as scikit-learn's
// _average_multiclass_ovo_score.
func aucOvO(yTrue []int, probs [][]float64, support []int, weighted bool) (float64, error) {
	var present []int
	for c, n := range support {
		if n > 0 {
			present = append(present, c)
		}
	}
	if len(present) < 2 {
		return 0, hokusai.FieldErrorf("y_true", "Only one class (%d) is present in y_true: one-vs-one AUC-ROC needs rows of at least two classes (scikit-learn returns NaN); evaluate on rows of more classes.", present[0])
	}
	var sum, wsum float64
	var sa, sb []uint64 // class a's scores of a-rows and b-rows, reused
	var ta, tb []uint64 // class b's scores of a-rows and b-rows
	for x, a := range present {
		for _, b := range present[x+1:] {
			sa, sb, ta, tb = sa[:0], sb[:0], ta[:0], tb[:0]
			for i, y := range yTrue {
				switch y {
				case a:
					sa = append(sa, sortKey(probs[i][a]))
					ta = append(ta, sortKey(probs[i][b]))
				case b:
					sb = append(sb, sortKey(probs[i][a]))
					tb = append(tb, sortKey(probs[i][b]))
				}
			}
			ab := aucSorted(radixSort(sa), radixSort(sb)) // a positive, scored by p[a]
			ba := aucSorted(radixSort(tb), radixSort(ta)) // b positive, scored by p[b]
			w := 1.0
			if weighted {
				w = float64(support[a]+support[b]) / float64(len(yTrue))
			}
			sum += (ab + ba) / 2 * w
			wsum += w
		}
	}
	return sum / wsum, nil
}

// checkProbs validates per-row class probabilities against integer labels:
// K ≥ 2 columns, labels in [0, K), finite values, rows summing to 1 within
// numpy.allclose's tolerance (|s − 1| ≤ 1e-8 + 1e-5·|s|).
func checkProbs(yTrue []int, probs [][]float64, strictSum bool) (int, error) {
	if len(yTrue) == 0 {
		return 0, hokusai.FieldErrorf("y_true", "y_true is empty: an evaluation needs at least one row.")
	}
	if len(probs) != len(yTrue) {
		return 0, hokusai.FieldErrorf("y_score", "y_score has %d rows but y_true has %d: give one probability row per row.", len(probs), len(yTrue))
	}
	k := len(probs[0])
	if k < 2 {
		return 0, hokusai.FieldErrorf("y_score", "y_score rows have %d columns: give one probability per class, at least two.", k)
	}
	for i, p := range probs {
		if len(p) != k {
			return 0, hokusai.FieldErrorf("y_score", "y_score row %d has %d probabilities but row 0 has %d: every row needs one per class.", i, len(p), k)
		}
		s := 0.0
		for _, x := range p {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return 0, hokusai.FieldErrorf("y_score", "y_score row %d holds %v: every probability must be a finite number.", i, x)
			}
			if x < 0 || x > 1 {
				return 0, hokusai.FieldErrorf("y_score", "y_score row %d holds %v: probabilities lie in [0, 1].", i, x)
			}
			s += x
		}
		if strictSum && !(math.Abs(s-1) <= 1e-8+1e-5*math.Abs(s)) {
			return 0, hokusai.FieldErrorf("y_score", "y_score row %d sums to %v, not 1: give probabilities that sum to 1 over the classes (apply softmax to raw scores).", i, s)
		}
	}
	for i, v := range yTrue {
		if v < 0 || v >= k {
			return 0, hokusai.FieldErrorf("y_true", "y_true[%d] is %d but y_score has %d classes: labels must be class indices in [0, %d).", i, v, k, k)
		}
	}
	return k, nil
}

// aucOf computes the Mann–Whitney statistic: the probability that a random
// positive scores above a random negative, ties counting one half. It sorts
// the positives' and negatives' scores separately with a radix sort and
// merges them, so it runs in linear time.
func aucOf(isPos func(int) bool, score []float64) float64 {
	pos := make([]uint64, 0, len(score)/2)
	neg := make([]uint64, 0, len(score)/2)
	for i, s := range score {
		if isPos(i) {
			pos = append(pos, sortKey(s))
		} else {
			neg = append(neg, sortKey(s))
		}
	}
	return aucSorted(radixSort(pos), radixSort(neg))
}

// aucSorted returns the AUC from the sorted keys of positives and negatives.
func aucSorted(pos, neg []uint64) float64 {
	var u2 uint64 // twice the Mann–Whitney U: exact in integers
	j := 0
	for i := 0; i < len(pos); {
		k := pos[i]
		g := i
		for g < len(pos) && pos[g] == k {
			g++
		}
		for j < len(neg) && neg[j] < k {
			j++
		}
		e := j
		for e < len(neg) && neg[e] == k {
			e++
		}
		u2 += uint64(g-i) * uint64(2*j+(e-j))
		i = g
	}
	return float64(u2) / (2 * float64(len(pos)) * float64(len(neg)))
}

// sortKey maps a float64 to a uint64 with the same order (−0 equals +0).
func sortKey(x float64) uint64 {
	if x == 0 {
		x = 0 // −0 → +0: a tie
	}
	b := math.Float64bits(x)
	if b>>63 == 1 {
		return ^b
	}
	return b | 1<<63
}

// radixSort sorts keys in place with an LSD byte radix sort, skipping the
// byte positions where all keys agree (common for probabilities), and
// returns the sorted slice.
func radixSort(keys []uint64) []uint64 {
	if len(keys) < 64 {
		insertionSort(keys)
		return keys
	}
	var counts [8][256]int
	for _, k := range keys {
		for b := 0; b < 8; b++ {
			counts[b][byte(k>>(8*b))]++
		}
	}
	buf := make([]uint64, len(keys))
	src, dst := keys, buf
	n := len(keys)
	for b := 0; b < 8; b++ {
		c := &counts[b]
		if c[byte(keys[0]>>(8*b))] == n {
			continue // every key has the same byte here
		}
		var offs [256]int
		sum := 0
		for v := 0; v < 256; v++ {
			offs[v] = sum
			sum += c[v]
		}
		shift := uint(8 * b)
		for _, k := range src {
			d := byte(k >> shift)
			dst[offs[d]] = k
			offs[d]++
		}
		src, dst = dst, src
	}
	return src
}

func insertionSort(a []uint64) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i
		for j > 0 && a[j-1] > v {
			a[j] = a[j-1]
			j--
		}
		a[j] = v
	}
}
