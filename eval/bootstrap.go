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
	cl, ok, err := rowLosses(spec, t, cand)
	if err != nil {
		return Comparison{}, err
	}
	if ok {
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
		for b := 0; b < B; b++ {
			if b%64 == 0 && ctx.Err() != nil {
				return Comparison{}, ctx.Err()
			}
			draw()
			var s float64
			for _, j := range idx {
				s += diff[j]
			}
			imps = append(imps, s/float64(n))
			if opt.Progress != nil {
				opt.Progress(b+1, B)
			}
		}
	} else {
		for len(imps) < B {
			if ctx.Err() != nil {
				return Comparison{}, ctx.Err()
			}
			draw()
			ts := t.Subset(idx)
			c, err1 := Score(spec, ts, cand.Subset(idx))
			b, err2 := Score(spec, ts, base.Subset(idx))
			if err1 != nil || err2 != nil {
				res.Redrawn++
				if res.Redrawn > B {
					return Comparison{}, hokusai.FieldErrorf("predictions", "The metric is undefined on most resamples of these %d rows (%v); evaluate on more rows.", n, firstErr(err1, err2))
				}
				continue
			}
			if single {
				imps = append(imps, c)
			} else {
				imps = append(imps, sign*(c-b))
			}
			if opt.Progress != nil {
				opt.Progress(len(imps), B)
			}
		}
	}
	slices.Sort(imps)
	res.Lower95 = quantile(imps, 0.05)
	res.Low95 = quantile(imps, 0.025)
	res.High95 = quantile(imps, 0.975)
	return res, nil
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
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
