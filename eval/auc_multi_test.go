package eval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// multiAUCCases draws seeded multiclass probability tables with heavy ties
// (scores on a coarse grid), exact 0s and 1s, absent classes and one class
// only, for every multi_class × average combination scikit-learn has.
func multiAUCCases(seed uint64) []skCase {
	r := rand.New(rand.NewPCG(seed, 0xa0c))
	var cases []skCase
	for trial := 0; trial < 80; trial++ {
		k := 3 + trial%4
		n := 2 + r.IntN(400)
		levels := []int{2, 3, 10, 1000}[trial%4]
		present := k
		switch trial % 9 {
		case 4:
			present = k - 1 // the last class never occurs
		case 8:
			present = 1
		}
		y := make([]int, n)
		p := make([][]float64, n)
		for i := range y {
			y[i] = r.IntN(present)
			row := make([]float64, k)
			s := 0.0
			for c := range row {
				row[c] = float64(r.IntN(levels))
				if c == y[i] {
					row[c] += float64(r.IntN(levels)) // informative, so AUCs spread
				}
				s += row[c]
			}
			if s == 0 {
				row[r.IntN(k)], s = 1, 1
			}
			for c := range row {
				row[c] /= s
			}
			p[i] = row
		}
		for _, mc := range []MultiClass{MultiClassOvR, MultiClassOvO} {
			for _, avg := range []Average{AverageMacro, AverageWeighted, AverageMicro} {
				cases = append(cases, skCase{ID: fmt.Sprintf("seed%d/auc_%s_%s#%d", seed, mc, avg, trial), Metric: "auc_multi",
					MultiCls: mc.String(), Average: avg.String(), YTrue: y, YScore: nf2(p),
					run: func() (float64, error) { return AUC(y, p, mc, avg) }})
			}
		}
	}
	return cases
}

// TestAUCMultiClassEqualsSklearn: ovr and ovo with macro, weighted and
// micro averages equal roc_auc_score(multi_class=…, average=…) to 1e-9 on
// tied scores; ovo+micro and undefined cases are errors on both sides.
func TestAUCMultiClassEqualsSklearn(t *testing.T) {
	requireSklearn(t)
	var cases []skCase
	for seed := uint64(1); seed <= 3; seed++ {
		cases = append(cases, multiAUCCases(seed)...)
	}
	compareSklearn(t, cases, true)
}

// TestAUCAveragesDiffer pins that the average chosen is the average
// computed: on unbalanced classes weighted, micro and ovo differ from the
// ovr macro value.
func TestAUCAveragesDiffer(t *testing.T) {
	y := []int{0, 0, 0, 0, 0, 0, 1, 1, 2}
	p := [][]float64{
		{.7, .2, .1}, {.5, .3, .2}, {.4, .4, .2}, {.3, .3, .4}, {.6, .1, .3}, {.2, .5, .3},
		{.2, .6, .2}, {.5, .4, .1}, {.1, .3, .6},
	}
	got := map[string]float64{}
	for _, mc := range []MultiClass{MultiClassOvR, MultiClassOvO} {
		for _, avg := range []Average{AverageMacro, AverageWeighted, AverageMicro} {
			v, err := AUC(y, p, mc, avg)
			if mc == MultiClassOvO && avg == AverageMicro {
				if hokusai.ErrorCode(err) != hokusai.EINVALID {
					t.Fatalf("ovo micro: %v, want EINVALID", err)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			got[mc.String()+"_"+avg.String()] = v
		}
	}
	macro := got["ovr_macro"]
	for name, v := range got {
		if name != "ovr_macro" && v == macro {
			t.Errorf("%s = %v equals ovr macro: the average is not applied", name, v)
		}
	}
	spec := MetricSpec{Metric: hokusai.MetricAUCROC, Average: AverageWeighted}
	s, err := Score(spec, Truth{Labels: y}, Predictions{Probs: p})
	if err != nil || s != got["ovr_weighted"] {
		t.Fatalf("Score with average weighted = %v, %v; want ovr weighted %v", s, err, got["ovr_weighted"])
	}
	if spec.String() != "auc_roc_ovr_weighted" {
		t.Fatalf("spec name %q", spec.String())
	}
}

// Relabelling the classes (permuting labels and columns together) leaves
// every multiclass AUC unchanged, and with equal supports the weighted
// averages equal the macro ones.
func TestAUCMultiClassProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(3, 5).Draw(t, "k")
		per := rapid.IntRange(1, 8).Draw(t, "per")
		n := k * per
		y := make([]int, n)
		p := make([][]float64, n)
		for i := range y {
			y[i] = i % k
			row := make([]float64, k)
			s := 0.0
			for c := range row {
				row[c] = float64(rapid.IntRange(0, 3).Draw(t, "x")) + 0.25
				s += row[c]
			}
			for c := range row {
				row[c] /= s
			}
			p[i] = row
		}
		perm := rapid.Permutation(func() []int {
			out := make([]int, k)
			for i := range out {
				out[i] = i
			}
			return out
		}()).Draw(t, "perm")
		y2 := make([]int, n)
		p2 := make([][]float64, n)
		for i := range y {
			y2[i] = perm[y[i]]
			p2[i] = make([]float64, k)
			for c := range p[i] {
				p2[i][perm[c]] = p[i][c]
			}
		}
		for _, mc := range []MultiClass{MultiClassOvR, MultiClassOvO} {
			for _, avg := range []Average{AverageMacro, AverageWeighted, AverageMicro} {
				if mc == MultiClassOvO && avg == AverageMicro {
					continue
				}
				a, err := AUC(y, p, mc, avg)
				if err != nil {
					t.Fatal(err)
				}
				b, err := AUC(y2, p2, mc, avg)
				if err != nil {
					t.Fatal(err)
				}
				if math.Abs(a-b) > 1e-12 {
					t.Fatalf("%s %s: %v relabelled %v", mc, avg, a, b)
				}
				if avg == AverageWeighted {
					m, _ := AUC(y, p, mc, AverageMacro)
					if math.Abs(a-m) > 1e-12 {
						t.Fatalf("%s: weighted %v macro %v with equal supports", mc, a, m)
					}
				}
			}
		}
	})
}
