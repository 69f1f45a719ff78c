package eval

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// TestBootstrapCoverage checks that the interval is honest: in 1,000 seeded
// trials, each a fresh sample of rows from a population where the candidate
// is right with probability 0.75 and the baseline with 0.65 (correlated:
// P(both right) = 0.6), the two-sided 95% interval of the accuracy
// improvement covers the true improvement, 0.10, in 93–97% of trials.
func TestBootstrapCoverage(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000 bootstraps")
	}
	const (
		trials = 1000
		rows   = 300
		truth  = 0.75 - 0.65
	)
	r := rand.New(rand.NewPCG(2026, 11))
	y := make([]int, rows)
	for i := range y {
		y[i] = 1
	}
	var covered, lowerOK int
	for trial := 0; trial < trials; trial++ {
		cand, base := make([]int, rows), make([]int, rows)
		for i := range cand {
			switch u := r.Float64(); {
			case u < 0.60: // both right
				cand[i], base[i] = 1, 1
			case u < 0.75: // only the candidate
				cand[i] = 1
			case u < 0.80: // only the baseline
				base[i] = 1
			}
		}
		c, err := PairedBootstrap(context.Background(), DefaultSpec(hokusai.MetricAccuracy, 2), Truth{Labels: y},
			Predictions{Labels: cand}, Predictions{Labels: base}, BootstrapOptions{Seed: uint64(trial)})
		if err != nil {
			t.Fatal(err)
		}
		if c.Low95 <= truth && truth <= c.High95 {
			covered++
		}
		if c.Lower95 <= truth {
			lowerOK++
		}
	}
	t.Logf("two-sided 95%% interval covered %d/%d; one-sided lower bound held %d/%d", covered, trials, lowerOK, trials)
	if covered < 930 || covered > 970 {
		t.Fatalf("two-sided coverage %d/1000, want 930–970", covered)
	}
	if lowerOK < 930 || lowerOK > 970 {
		t.Fatalf("one-sided coverage %d/1000, want 930–970", lowerOK)
	}
}

// The per-row fast path (accuracy) and the general path (micro F1, which
// equals accuracy on every resample) draw the same resamples.
func TestBootstrapPathsAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(5, 60).Draw(t, "n")
		y := rapid.SliceOfN(rapid.IntRange(0, 2), n, n).Draw(t, "y")
		a := rapid.SliceOfN(rapid.IntRange(0, 2), n, n).Draw(t, "a")
		b := rapid.SliceOfN(rapid.IntRange(0, 2), n, n).Draw(t, "b")
		seed := rapid.Uint64().Draw(t, "seed")
		opt := BootstrapOptions{Seed: seed, Resamples: 200}
		acc, err := PairedBootstrap(context.Background(), MetricSpec{Metric: hokusai.MetricAccuracy}, Truth{Labels: y}, Predictions{Labels: a}, Predictions{Labels: b}, opt)
		if err != nil {
			t.Fatal(err)
		}
		f1, err := PairedBootstrap(context.Background(), MetricSpec{Metric: hokusai.MetricF1, Average: AverageMicro}, Truth{Labels: y}, Predictions{Labels: a}, Predictions{Labels: b}, opt)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range [][2]float64{{acc.Improvement, f1.Improvement}, {acc.Lower95, f1.Lower95}, {acc.Low95, f1.Low95}, {acc.High95, f1.High95}} {
			if math.Abs(p[0]-p[1]) > 1e-12 {
				t.Fatalf("accuracy path %+v, micro-F1 path %+v", acc, f1)
			}
		}
		if !(acc.Low95 <= acc.Lower95 && acc.Lower95 <= acc.High95) {
			t.Fatalf("percentiles out of order: %+v", acc)
		}
	})
}

func TestBootstrapSeededAndSigned(t *testing.T) {
	y := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	good := []float64{1.1, 2, 3.2, 4, 5, 6.1, 7, 8, 9.3, 10}
	bad := []float64{2, 1, 3, 5, 4, 6, 8, 7, 10, 9}
	opt := BootstrapOptions{Seed: 9, Direction: hokusai.Minimize}
	ctx := context.Background()
	c1, err := PairedBootstrap(ctx, MetricSpec{Metric: hokusai.MetricRMSE}, Truth{Values: y}, Predictions{Values: good}, Predictions{Values: bad}, opt)
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := PairedBootstrap(ctx, MetricSpec{Metric: hokusai.MetricRMSE}, Truth{Values: y}, Predictions{Values: good}, Predictions{Values: bad}, opt)
	if c1 != c2 {
		t.Fatalf("same seed, different results: %+v %+v", c1, c2)
	}
	if c1.Improvement <= 0 || c1.Improvement != c1.BaselineScore-c1.CandidateScore || c1.Lower95 <= 0 {
		t.Fatalf("a lower RMSE must be a positive improvement: %+v", c1)
	}
	opt.Seed = 10
	c3, _ := PairedBootstrap(ctx, MetricSpec{Metric: hokusai.MetricRMSE}, Truth{Values: y}, Predictions{Values: good}, Predictions{Values: bad}, opt)
	if c3.Low95 == c1.Low95 && c3.High95 == c1.High95 {
		t.Fatal("a different seed gave the same interval")
	}
	// AUC on tiny data: resamples with one class are drawn again.
	yl := []int{0, 1, 0, 1, 1, 0}
	pa := [][]float64{{.9, .1}, {.2, .8}, {.6, .4}, {.3, .7}, {.4, .6}, {.8, .2}}
	pb := [][]float64{{.5, .5}, {.5, .5}, {.4, .6}, {.6, .4}, {.5, .5}, {.5, .5}}
	c4, err := PairedBootstrap(ctx, MetricSpec{Metric: hokusai.MetricAUCROC}, Truth{Labels: yl}, Predictions{Probs: pa}, Predictions{Probs: pb}, BootstrapOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if c4.Redrawn == 0 || c4.CandidateScore != 1 || c4.Improvement != c4.CandidateScore-c4.BaselineScore {
		t.Fatalf("AUC bootstrap %+v", c4)
	}
	if _, err := PairedBootstrap(ctx, MetricSpec{Metric: hokusai.MetricAccuracy}, Truth{Labels: yl}, Predictions{Labels: yl[:5]}, Predictions{Labels: yl}, BootstrapOptions{}); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("mismatched rows: %v", err)
	}
}

func benchPair(n int) (Truth, Predictions, Predictions) {
	r := rand.New(rand.NewPCG(1, 2))
	y := make([]int, n)
	a, b := make([][]float64, n), make([][]float64, n)
	for i := range y {
		y[i] = r.IntN(2)
		pa := math.Min(1, math.Max(0, 0.5+0.3*float64(2*y[i]-1)+0.3*r.NormFloat64()))
		pb := math.Min(1, math.Max(0, 0.5+0.2*float64(2*y[i]-1)+0.3*r.NormFloat64()))
		a[i], b[i] = []float64{1 - pa, pa}, []float64{1 - pb, pb}
	}
	return Truth{Labels: y}, Predictions{Probs: a}, Predictions{Probs: b}
}

// BenchmarkBootstrapAccuracy10k: 1,000 resamples of 10,000 rows, per-row path.
func BenchmarkBootstrapAccuracy10k(b *testing.B) {
	t, c, base := benchPair(10_000)
	for b.Loop() {
		PairedBootstrap(context.Background(), MetricSpec{Metric: hokusai.MetricAccuracy}, t, c, base, BootstrapOptions{})
	}
}

// BenchmarkBootstrapAUC10k: 1,000 resamples of 10,000 rows, re-scoring AUC.
func BenchmarkBootstrapAUC10k(b *testing.B) {
	t, c, base := benchPair(10_000)
	for b.Loop() {
		PairedBootstrap(context.Background(), MetricSpec{Metric: hokusai.MetricAUCROC}, t, c, base, BootstrapOptions{})
	}
}

// The weighted AUC path gives exactly the intervals of re-scoring each
// resample with AUCOvR.
func TestWeightedAUCMatchesRescoring(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(2, 4).Draw(t, "k")
		n := rapid.IntRange(2*k, 40).Draw(t, "n")
		y := make([]int, n)
		for i := range y {
			y[i] = i % k // every class present
		}
		probs := func(name string) [][]float64 {
			out := make([][]float64, n)
			for i := range out {
				row := make([]float64, k)
				s := 0.0
				for c := range row {
					row[c] = float64(rapid.IntRange(0, 3).Draw(t, name)) + 0.5 // ties
					s += row[c]
				}
				for c := range row {
					row[c] /= s
				}
				out[i] = row
			}
			return out
		}
		a, b := Predictions{Probs: probs("a")}, Predictions{Probs: probs("b")}
		opt := BootstrapOptions{Seed: rapid.Uint64().Draw(t, "seed"), Resamples: 100}
		spec := MetricSpec{Metric: hokusai.MetricAUCROC, Average: rapid.SampledFrom([]Average{AverageBinary, AverageMacro, AverageWeighted}).Draw(t, "average")}
		fast, err := PairedBootstrap(context.Background(), spec, Truth{Labels: y}, a, b, opt)
		if err != nil {
			t.Fatal(err)
		}
		disableWeightedAUC = true
		slow, err := PairedBootstrap(context.Background(), spec, Truth{Labels: y}, a, b, opt)
		disableWeightedAUC = false
		if err != nil {
			t.Fatal(err)
		}
		if fast != slow {
			t.Fatalf("weighted %+v\nrescored %+v", fast, slow)
		}
	})
}
