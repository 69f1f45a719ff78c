package eval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

func mustExpr(t testing.TB, src string) *Expr {
	t.Helper()
	e, err := ParseExpr(src)
	if err != nil {
		t.Fatalf("ParseExpr(%q): %v", src, err)
	}
	return e
}

func TestParseExprCanonical(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"(tp+tn)/(tp+tn+fp+fn)", "(tp + tn) / (tp + tn + fp + fn)"},
		{"2*tp/(2*tp+fp+fn)", "2 * tp / (2 * tp + fp + fn)"},
		{"sqrt(mean((y-p)^2))", "sqrt(mean((y - p)^2))"},
		{"mean(abs(y − p))", "mean(abs(y - p))"},
		{"tp × 2 ÷ n", "tp * 2 / n"},
		{"-tp^2", "-tp^2"},
		{"(-tp)^2", "(-tp)^2"},
		{"tp^fp^2", "tp^fp^2"},
		{"(tp^fp)^2", "(tp^fp)^2"},
		{"tp - (fp - fn)", "tp - (fp - fn)"},
		{"(tp - fp) - fn", "tp - fp - fn"},
		{"tp / (fp * fn)", "tp / (fp * fn)"},
		{"TP * -1.50e1", "tp * -15"},
		{"max(tp, fp, 0.5) + min(fn, tn)", "max(tp, fp, 0.5) + min(fn, tn)"},
		{"sum(log(max(p, 1e-15)) * y) / 3", "sum(log(max(p, 1e-15)) * y) / 3"},
	} {
		e := mustExpr(t, c.src)
		if e.String() != c.want {
			t.Errorf("%q: canonical %q, want %q", c.src, e.String(), c.want)
		}
		if again := mustExpr(t, e.String()); again.String() != e.String() {
			t.Errorf("%q: reparsed %q", e.String(), again.String())
		}
	}
}

// Every refusal is EINVALID on "expression" and names the byte where the
// problem is.
func TestParseExprErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"", "At byte 0 of the expression: expected a number"},
		{"tp +", "At byte 4 of the expression: expected a number"},
		{"tp + * fp", "At byte 5 of the expression: expected a number"},
		{"(tp + fp", "At byte 8 of the expression: expected ) to close"},
		{"tp fp", "At byte 3 of the expression: expected an operator"},
		{"tp + foo", `At byte 5 of the expression: unknown name "foo"`},
		{"os.exit(1)", `At byte 0 of the expression: unknown name "os"`},
		{"tp; fp", `At byte 2 of the expression: expected an operator or the end of the expression, found ";"`},
		{"sqrt(tp, fp)", "At byte 0 of the expression: sqrt takes one argument, got 2"},
		{"max(tp)", "At byte 0 of the expression: max takes two or more arguments"},
		{"sqrt tp", "At byte 5 of the expression: expected ( after the function sqrt"},
		{"tp(1)", "At byte 2 of the expression: tp is a variable, not a function"},
		{"y - p", "At byte 0 of the expression: y is a per-row value"},
		{"mean(tp)", "At byte 5 of the expression: tp is a confusion-matrix count"},
		{"mean(mean(y))", "At byte 5 of the expression: mean(...) inside another mean"},
		{"tp + mean(y)", "the expression mixes confusion-matrix counts"},
		{"1 + 2", "At byte 0 of the expression: the expression uses no variable"},
		{"1e999 * tp", `"1e999" is not a finite decimal number`},
		{"1.2.3 * tp", `"1.2.3" is not a finite decimal number`},
		{strings.Repeat("(", 40) + "tp" + strings.Repeat(")", 40), "nests deeper than 32 levels"},
		{strings.Repeat("-", 40) + "tp", "nests deeper than 32 levels"},
		{strings.Repeat("tp+", 129) + "tp", "more than 256 terms"},
		{strings.Repeat(" ", 513) + "tp", "is 515 bytes long; the limit is 512"},
	} {
		_, err := ParseExpr(c.src)
		if err == nil || hokusai.ErrorCode(err) != hokusai.EINVALID || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseExpr(%q) = %v; want EINVALID containing %q", c.src, err, c.want)
			continue
		}
		if e, ok := err.(*hokusai.Error); !ok || e.Field != "expression" {
			t.Errorf("ParseExpr(%q): error %#v does not name the field expression", c.src, err)
		}
	}
}

// FuzzParseExpr: no input panics or runs unbounded; an accepted expression
// prints a canonical form that parses back to itself, and evaluates
// without panicking.
func FuzzParseExpr(f *testing.F) {
	for _, s := range []string{
		"(tp+tn)/(tp+tn+fp+fn)", "2*tp/(2*tp+fp+fn)", "mean(abs(y - p))", "sqrt(mean((y-p)^2))",
		"-tp^-fp^2", "max(tp, fp, fn) - min(tn, n)", "sum(exp(y) * log(p)) / 1e3", "tp ÷ (fp × −2)",
		"((((tp))))", "1.5e-3*tp", "mean(", "tp)", "y", "𝔱𝔭", "tp\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		e, err := ParseExpr(src)
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("%q: %v is not EINVALID", src, err)
			}
			return
		}
		again, err := ParseExpr(e.String())
		if err != nil {
			t.Fatalf("%q: canonical %q does not parse: %v", src, e.String(), err)
		}
		if again.String() != e.String() || again.Kind() != e.Kind() {
			t.Fatalf("%q: canonical %q reparses as %q", src, e.String(), again.String())
		}
		y := []int{0, 1, 1, 0, 1}
		probs := [][]float64{{.8, .2}, {.3, .7}, {.6, .4}, {.5, .5}, {0, 1}}
		_, _ = Custom(e, AverageMacro, 1, Truth{Labels: y}, Predictions{Probs: probs})
		_, _ = Custom(e, AverageBinary, 1, Truth{Values: []float64{1, 2, 3}}, Predictions{Values: []float64{1, 2.5, 2}})
	})
}

// A custom expression that restates a built-in metric equals it, on random
// labels and values, for every average.
func TestCustomRestatesBuiltins(t *testing.T) {
	acc := mustExpr(t, "(tp+tn)/(tp+tn+fp+fn)")
	f1 := mustExpr(t, "2*tp/(2*tp+fp+fn)")
	prec := mustExpr(t, "tp/(tp+fp)")
	rec := mustExpr(t, "tp/(tp+fn)")
	mae := mustExpr(t, "mean(abs(y - p))")
	mse := mustExpr(t, "mean((y-p)^2)")
	rmse := mustExpr(t, "sqrt(mean((y-p)^2))")
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 60).Draw(t, "n")
		k := rapid.IntRange(1, 4).Draw(t, "k")
		y := rapid.SliceOfN(rapid.IntRange(0, k-1), n, n).Draw(t, "y")
		yp := rapid.SliceOfN(rapid.IntRange(0, k-1), n, n).Draw(t, "yp")
		tr, pr := Truth{Labels: y}, Predictions{Labels: yp}
		eq := func(name string, got, want float64, gerr, werr error) {
			if (gerr == nil) != (werr == nil) {
				t.Fatalf("%s: custom err %v, built-in err %v", name, gerr, werr)
			}
			if gerr == nil && math.Abs(got-want) > 1e-12 {
				t.Fatalf("%s: custom %v, built-in %v", name, got, want)
			}
		}
		if k <= 2 {
			got, gerr := Custom(acc, AverageBinary, 1, tr, pr)
			want, werr := Accuracy(y, yp)
			eq("accuracy", got, want, gerr, werr)
		}
		got, gerr := Custom(prec, AverageMicro, 1, tr, pr)
		want, werr := Accuracy(y, yp)
		eq("micro precision = accuracy", got, want, gerr, werr)
		for _, avg := range []Average{AverageBinary, AverageMacro, AverageMicro, AverageWeighted} {
			for _, c := range []struct {
				e  *Expr
				fn func([]int, []int, Average, int) (float64, error)
			}{{f1, F1}, {prec, Precision}, {rec, Recall}} {
				got, gerr := Custom(c.e, avg, 1, tr, pr)
				want, werr := c.fn(y, yp, avg, 1)
				eq(c.e.String()+" "+avg.String(), got, want, gerr, werr)
			}
		}
		v := rapid.SliceOfN(rapid.Float64Range(-100, 100), n, n).Draw(t, "v")
		vp := rapid.SliceOfN(rapid.Float64Range(-100, 100), n, n).Draw(t, "vp")
		rt, rp := Truth{Values: v}, Predictions{Values: vp}
		for _, c := range []struct {
			e  *Expr
			fn func(a, b []float64) (float64, error)
		}{{mae, MAE}, {mse, MSE}, {rmse, RMSE}} {
			got, gerr := Custom(c.e, AverageBinary, 0, rt, rp)
			want, werr := c.fn(v, vp)
			if gerr != nil || werr != nil {
				t.Fatalf("%s: %v %v", c.e, gerr, werr)
			}
			if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
				t.Fatalf("%s: custom %v, built-in %v", c.e, got, want)
			}
		}
	})
}

func TestCustomErrors(t *testing.T) {
	logp := mustExpr(t, "mean(log(p))")
	if _, err := Custom(logp, AverageBinary, 1, Truth{Labels: []int{0, 1}}, Predictions{Probs: [][]float64{{1, 0}, {0, 1}}}); err == nil || !strings.Contains(err.Error(), "not a finite number") {
		t.Fatalf("log(0): %v", err)
	}
	rows := mustExpr(t, "mean(y)")
	if _, err := Custom(rows, AverageBinary, 1, Truth{Labels: []int{0, 1, 2}}, Predictions{Labels: []int{0, 1, 2}}); err == nil || !strings.Contains(err.Error(), "defined for two classes") {
		t.Fatalf("three classes: %v", err)
	}
	conf := mustExpr(t, "tp/n")
	if _, err := Custom(conf, AverageBinary, 1, Truth{Values: []float64{1}}, Predictions{Values: []float64{1}}); err == nil || !strings.Contains(err.Error(), "needs class labels") {
		t.Fatalf("confusion on numbers: %v", err)
	}
	for _, c := range []struct {
		m    hokusai.Metric
		o    MetricOptions
		k    int
		want string
	}{
		{hokusai.MetricCustom, MetricOptions{}, 2, "needs its expression"},
		{hokusai.MetricAccuracy, MetricOptions{Expression: "tp/n"}, 2, "set the metric to custom"},
		{hokusai.MetricAccuracy, MetricOptions{Average: "macro"}, 3, "accuracy takes no average"},
		{hokusai.MetricF1, MetricOptions{MultiClass: "ovo"}, 3, "f1 does not take it"},
		{hokusai.MetricAUCROC, MetricOptions{MultiClass: "ovo", Average: "micro"}, 3, "ovo takes average macro or weighted"},
		{hokusai.MetricAUCROC, MetricOptions{Average: "binary"}, 3, "Average binary scores one class"},
		{hokusai.MetricAUCROC, MetricOptions{MultiClass: "ovx"}, 3, `Unknown multi_class "ovx"`},
		{hokusai.MetricCustom, MetricOptions{Expression: "mean(y)", Average: "macro"}, 2, "takes no average"},
	} {
		_, err := NewMetricSpec(c.m, c.o, c.k)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || !strings.Contains(err.Error(), c.want) {
			t.Errorf("NewMetricSpec(%s, %+v): %v; want %q", c.m, c.o, err, c.want)
		}
	}
	s, err := NewMetricSpec(hokusai.MetricAUCROC, MetricOptions{MultiClass: "ovo", Average: "weighted"}, 3)
	if err != nil || s.String() != "auc_roc_ovo_weighted" {
		t.Fatalf("ovo weighted: %v %q", err, s)
	}
}

// customCases restates scikit-learn metrics as expressions: the Brier
// score, balanced accuracy, Matthews' correlation and Jaccard (every
// average), on seeded random labels and probabilities.
func customCases(seed uint64) []skCase {
	r := rand.New(rand.NewPCG(seed, 0xc057))
	var cases []skCase
	add := func(c skCase) {
		c.ID = fmt.Sprintf("seed%d/custom_%s#%d", seed, c.Metric, len(cases))
		cases = append(cases, c)
	}
	brier := mustExprP("mean((y - p)^2)")
	bal := mustExprP("(tp/(tp+fn) + tn/(tn+fp)) / 2")
	mcc := mustExprP("(tp*tn - fp*fn) / sqrt((tp+fp)*(tp+fn)*(tn+fp)*(tn+fn))")
	jac := mustExprP("tp / (tp + fp + fn)")
	for trial := 0; trial < 40; trial++ {
		n := 2 + r.IntN(300)
		k := 2 + trial%3
		y, yp := make([]int, n), make([]int, n)
		p1 := make([]float64, n)
		for i := range y {
			y[i] = r.IntN(k)
			yp[i] = r.IntN(k)
			if r.IntN(3) > 0 {
				yp[i] = y[i]
			}
			p1[i] = float64(r.IntN(11)) / 10
		}
		if k == 2 {
			y[0], y[1] = 0, 1 // both classes present, as balanced accuracy's restatement needs
			probs := make([][]float64, n)
			for i, x := range p1 {
				probs[i] = []float64{1 - x, x}
			}
			for _, pos := range []int{0, 1} {
				add(skCase{Metric: "brier", PosLabel: pos, YTrue: y, YScore: nf(p1),
					run: func() (float64, error) {
						// brier_score_loss reads p as the probability of pos_label.
						q := probs
						if pos == 0 {
							q = make([][]float64, n)
							for i, x := range p1 {
								q[i] = []float64{x, 1 - x}
							}
						}
						return Custom(brier, AverageBinary, pos, Truth{Labels: y}, Predictions{Probs: q})
					}})
			}
			add(skCase{Metric: "balanced_accuracy", YTrue: y, YPred: yp,
				run: func() (float64, error) {
					return Custom(bal, AverageBinary, 1, Truth{Labels: y}, Predictions{Labels: yp})
				}})
			add(skCase{Metric: "mcc", YTrue: y, YPred: yp,
				run: func() (float64, error) {
					return Custom(mcc, AverageBinary, 1, Truth{Labels: y}, Predictions{Labels: yp})
				}})
		}
		avgs := []Average{AverageMacro, AverageMicro, AverageWeighted}
		if k == 2 {
			avgs = append(avgs, AverageBinary)
		}
		for _, avg := range avgs {
			add(skCase{Metric: "jaccard", Average: avg.String(), PosLabel: 1, YTrue: y, YPred: yp,
				run: func() (float64, error) { return Custom(jac, avg, 1, Truth{Labels: y}, Predictions{Labels: yp}) }})
		}
	}
	return cases
}

func TestCustomEqualsSklearn(t *testing.T) {
	requireSklearn(t)
	var cases []skCase
	for seed := uint64(1); seed <= 3; seed++ {
		cases = append(cases, customCases(seed)...)
	}
	compareSklearn(t, cases, false)
}

func mustExprP(src string) *Expr {
	e, err := ParseExpr(src)
	if err != nil {
		panic(err)
	}
	return e
}
