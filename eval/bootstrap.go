package eval

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/hokusai-protocol/hokusai"
)

// DefaultResamples is the bootstrap's default number of resamples.
const DefaultResamples = 1000

// bootstrapStream is the second PCG word of the bootstrap's generator.
const bootstrapStream = 0xb007_57a9

// BootstrapOptions configures PairedBootstrap.
type BootstrapOptions struct {
	Resamples int               // B; 0 means DefaultResamples
	Seed      uint64            // seeds math/rand/v2's PCG: same seed, same interval
	Direction hokusai.Direction // Maximize: improvement = candidate − baseline; Minimize: baseline − candidate
	// Progress, when set, is called after each resample with the number done.
	Progress func(done, total int)
}

// Comparison is the paired bootstrap's result: both models' scores on all
// rows, the improvement (signed by direction, so positive is better) and
// percentile intervals of the improvement over the resamples. When no
// baseline was given (Paired false) the intervals are of the candidate's
// score and BaselineScore and Improvement are 0.
type Comparison struct {
	Paired         bool    `json:"paired"`
	CandidateScore float64 `json:"candidate_score"`
	BaselineScore  float64 `json:"baseline_score"`
	Improvement    float64 `json:"improvement"`
	Lower95        float64 `json:"lower95"` // one-sided 95% lower bound: the 5th percentile
	Low95          float64 `json:"low95"`   // two-sided 95% interval: 2.5th percentile…
	High95         float64 `json:"high95"`  // …and 97.5th percentile
	Rows           int     `json:"rows"`
	Resamples      int     `json:"resamples"`
	Seed           uint64  `json:"seed"`
	Redrawn        int     `json:"redrawn,omitempty"` // resamples drawn again because the metric was undefined on them
}

// PairedBootstrap compares a candidate's and a baseline's predictions on
// the same rows (with an empty baseline it bootstraps the candidate's score
// alone): each of B resamples draws n row indices with replacement
// (math/rand/v2 PCG seeded with Seed) and scores both models on the same
// rows, so the interval reflects the paired difference. Percentiles use
// linear interpolation between order statistics (numpy's default). A
// resample on which the metric is undefined (AUC-ROC with one class) is
// drawn again and counted in Redrawn. It honours ctx between resamples.
func PairedBootstrap(ctx context.Context, spec MetricSpec, t Truth, cand, base Predictions, opt BootstrapOptions) (Comparison, error) {
	n := t.Len()
	if cand.Len() != n || (base.Len() != n && base.Len() != 0) {
		return Comparison{}, hokusai.FieldErrorf("predictions", "The candidate has %d predictions and the baseline %d, but the benchmark has %d rows: both must score every row.", cand.Len(), base.Len(), n)
	}
	single := base.Len() == 0
	if single {
		base = cand // scored but unused: keeps both paths simple
	}
	cs, err := Score(spec, t, cand)
	if err != nil {
		return Comparison{}, err
	}
	bs, err := Score(spec, t, base)
	if err != nil {
		return Comparison{}, err
	}
	B := opt.Resamples
	if B == 0 {
		B = DefaultResamples
	}
	if B < 100 {
		return Comparison{}, hokusai.FieldErrorf("resamples", "%d resamples are too few for a 95%% interval; use at least 100 (default %d).", B, DefaultResamples)
	}
	sign := 1.0
	if opt.Direction == hokusai.Minimize {
		sign = -1
	}
	res := Comparison{Paired: !single, CandidateScore: cs, BaselineScore: bs, Improvement: sign * (cs - bs), Rows: n, Resamples: B, Seed: opt.Seed}
	if single {
		res.BaselineScore, res.Improvement = 0, 0
	}

	r := rand.New(rand.NewPCG(opt.Seed, bootstrapStream))
	imps := make([]float64, 0, B)
	idx := make([]int, n)
	draw := func() {
		for i := range idx {
			idx[i] = r.IntN(n)
		}
	}
	// score returns the resample's value (improvement, or the candidate's
	// score when single) and false when the metric is undefined on it.
	var score func(idx []int) (float64, bool, error)
	cl, ok, err := rowLosses(spec, t, cand)
	if err != nil {
		return Comparison{}, err
	}
	switch {
	case ok:
		// The metric is a mean over rows: resample the per-row differences.
		bl, _, err := rowLosses(spec, t, base)
		if err != nil {
			return Comparison{}, err
		}
		diff := make([]float64, n)
		for i := range diff {
			if single {
				diff[i] = cl[i]
			} else {
				diff[i] = sign * (cl[i] - bl[i])
			}
		}
		score = func(idx []int) (float64, bool, error) {
			var s float64
			for _, j := range idx {
				s += diff[j]
			}
			return s / float64(n), true, nil
		}
	case spec.Metric == hokusai.MetricAUCROC && resampleAUC(spec, cand.Probs) && !disableWeightedAUC:
		// AUC: sort once, then score each resample by row multiplicities.
		weighted := spec.Average == AverageWeighted
		ca, ba := newWeightedAUC(t.Labels, cand.Probs, weighted), (*weightedAUC)(nil)
		if !single {
			ba = newWeightedAUC(t.Labels, base.Probs, weighted)
		}
		w := make([]int32, n)
		score = func(idx []int) (float64, bool, error) {
			clear(w)
			for _, j := range idx {
				w[j]++
			}
			c, ok := ca.score(w)
			if !ok {
				return 0, false, nil
			}
			if single {
				return c, true, nil
			}
			b, _ := ba.score(w)
			return sign * (c - b), true, nil
		}
	default:
		score = func(idx []int) (float64, bool, error) {
			ts := t.Subset(idx)
			c, err := Score(spec, ts, cand.Subset(idx))
			if err != nil {
				return 0, false, err
			}
			if single {
				return c, true, nil
			}
			b, err := Score(spec, ts, base.Subset(idx))
			if err != nil {
				return 0, false, err
			}
			return sign * (c - b), true, nil
		}
	}
	for len(imps) < B {
		if len(imps)%16 == 0 && ctx.Err() != nil {
			return Comparison{}, ctx.Err()
		}
		draw()
		v, ok, err := score(idx)
		if !ok {
			res.Redrawn++
			if res.Redrawn > B {
				if err == nil {
					err = hokusai.FieldErrorf("y_true", "a resample holds one class only")
				}
				return Comparison{}, hokusai.FieldErrorf("predictions", "The metric is undefined on most resamples of these %d rows (%v); evaluate on more rows.", n, err)
			}
			continue
		}
		imps = append(imps, v)
		if opt.Progress != nil {
			opt.Progress(len(imps), B)
		}
	}
	slices.Sort(imps)
	res.Lower95 = quantile(imps, 0.05)
	res.Low95 = quantile(imps, 0.025)
	res.High95 = quantile(imps, 0.975)
	return res, nil
}

// disableWeightedAUC lets tests compare the weighted AUC path with
// re-scoring every resample.
var disableWeightedAUC = false

// resampleAUC says whether weightedAUC computes spec's AUC-ROC: two
// classes, or one-vs-rest with a macro or weighted average.
func resampleAUC(spec MetricSpec, probs [][]float64) bool {
	if len(probs) > 0 && len(probs[0]) == 2 {
		return true
	}
	return spec.MultiClass == MultiClassOvR && spec.Average != AverageMicro
}

// weightedAUC scores AUC-ROC (binary on the second column, or one-vs-rest
// macro or weighted) on a resample given as row multiplicities, from score
// orders sorted once: the same integer Mann–Whitney sums as AUC, so the
// same values, in O(n) per resample instead of a sort.
type weightedAUC struct {
	y        []int
	classes  []int     // the columns scored: [1] for two classes, else all
	order    [][]int32 // per scored column: rows by ascending score
	tieEnd   [][]int32 // per column: for each position, the end of its tie group
	weighted bool      // weight each class's AUC by its support in the resample
}

func newWeightedAUC(y []int, probs [][]float64, weighted bool) *weightedAUC {
	k := len(probs[0])
	a := &weightedAUC{y: y, weighted: weighted && k > 2}
	if k == 2 {
		a.classes = []int{1}
	} else {
		for c := 0; c < k; c++ {
			a.classes = append(a.classes, c)
		}
	}
	n := len(y)
	for _, c := range a.classes {
		keys := make([]uint64, n)
		for i, p := range probs {
			keys[i] = sortKey(p[c])
		}
		ord := make([]int32, n)
		for i := range ord {
			ord[i] = int32(i)
		}
		slices.SortFunc(ord, func(x, y int32) int {
			switch {
			case keys[x] < keys[y]:
				return -1
			case keys[x] > keys[y]:
				return 1
			}
			return 0
		})
		ends := make([]int32, n)
		for i := n - 1; i >= 0; i-- {
			if i == n-1 || keys[ord[i]] != keys[ord[i+1]] {
				ends[i] = int32(i + 1)
			} else {
				ends[i] = ends[i+1]
			}
		}
		a.order = append(a.order, ord)
		a.tieEnd = append(a.tieEnd, ends)
	}
	return a
}

// score returns the AUC on the resample with multiplicities w, and false
// when a scored class is absent or is the only class present.
func (a *weightedAUC) score(w []int32) (float64, bool) {
	var sum, wsum float64
	for ci, c := range a.classes {
		ord, ends := a.order[ci], a.tieEnd[ci]
		var u2, negBelow, pos, neg uint64
		for i := 0; i < len(ord); {
			e := int(ends[i])
			var p, q uint64
			for _, r := range ord[i:e] {
				if a.y[r] == c {
					p += uint64(w[r])
				} else {
					q += uint64(w[r])
				}
			}
			u2 += p * (2*negBelow + q)
			negBelow += q
			pos += p
			neg += q
			i = e
		}
		if pos == 0 || neg == 0 {
			return 0, false
		}
		wc := 1.0
		if a.weighted {
			wc = float64(pos)
		}
		sum += float64(u2) / (2 * float64(pos) * float64(neg)) * wc
		wsum += wc
	}
	return sum / wsum, true
}

// quantile returns the q-quantile of sorted xs by linear interpolation
// between closest ranks (numpy.quantile's default, "type 7").
func quantile(xs []float64, q float64) float64 {
	h := float64(len(xs)-1) * q
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(xs) {
		return xs[len(xs)-1]
	}
	return xs[i] + (h-lo)*(xs[i+1]-xs[i])
}
