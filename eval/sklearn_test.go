package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// skPython is Debian's interpreter, which has python3-sklearn (1.2.1).
const skPython = "/usr/bin/python3"

// skCase is one metric call, computed by Go (run) and by scikit-learn
// (eval/sklearn/check.py reads the JSON fields).
type skCase struct {
	ID       string   `json:"id"`
	Metric   string   `json:"metric"`
	Average  string   `json:"average,omitempty"`
	PosLabel int      `json:"pos_label"`
	MultiCls string   `json:"multi_class,omitempty"`
	YTrue    any      `json:"y_true"`
	YPred    any      `json:"y_pred"`
	YScore   any      `json:"y_score"`
	TTrue    []string `json:"t_true,omitempty"`
	TPred    []string `json:"t_pred,omitempty"`
	stricter string   // why Go refuses what scikit-learn accepts, if it does
	run      func() (float64, error)
}

// nf encodes floats for JSON with NaN as null and infinities as "inf".
func nf(xs []float64) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		switch {
		case math.IsNaN(x):
			out[i] = nil
		case math.IsInf(x, 0):
			out[i] = fmt.Sprint(x) // "+Inf" or "-Inf"; Python's float() reads both
		default:
			out[i] = x
		}
	}
	return out
}

func nf2(rows [][]float64) [][]any {
	out := make([][]any, len(rows))
	for i, r := range rows {
		out[i] = nf(r)
	}
	return out
}

// requireSklearn skips only when HOKUSAI_SKIP_SKLEARN=1; otherwise a
// missing scikit-learn fails the test with the command that installs it.
func requireSklearn(t *testing.T) {
	t.Helper()
	if os.Getenv("HOKUSAI_SKIP_SKLEARN") == "1" {
		t.Skip("HOKUSAI_SKIP_SKLEARN=1: scikit-learn cross-check skipped")
	}
	if out, err := exec.Command(skPython, "-c", "import sklearn").CombinedOutput(); err != nil {
		t.Fatalf("the metric cross-check needs scikit-learn for %s: run `apt-get install -y python3-sklearn` (or set HOKUSAI_SKIP_SKLEARN=1 to skip): %v\n%s", skPython, err, out)
	}
}

// runSklearn writes the cases, runs check.py and returns its results by id.
func runSklearn(t *testing.T, cases []skCase) map[string]skResult {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "cases.json"), filepath.Join(dir, "results.json")
	b, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(skPython, filepath.Join("sklearn", "check.py"), in, out).CombinedOutput(); err != nil {
		t.Fatalf("check.py: %v\n%s", err, msg)
	}
	var res struct {
		Version string              `json:"sklearn_version"`
		Results map[string]skResult `json:"results"`
	}
	b, err = os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatal(err)
	}
	t.Logf("scikit-learn %s computed %d cases", res.Version, len(res.Results))
	return res.Results
}

type skResult struct {
	Value   *float64 `json:"value"`
	Error   string   `json:"error"`
	Warning string   `json:"warning"`
}

// compareSklearn checks every case: where scikit-learn raises or returns a
// non-finite value Go must return an EINVALID error; elsewhere Go's value
// must be within 1e-9 of scikit-learn's, unless the case documents why Go
// is stricter.
func compareSklearn(t *testing.T, cases []skCase, wantErrors bool) {
	t.Helper()
	res := runSklearn(t, cases)
	var agree, errBoth, stricter int
	var maxDiff float64
	for _, c := range cases {
		r, ok := res[c.ID]
		if !ok {
			t.Fatalf("%s: no result from scikit-learn", c.ID)
		}
		got, err := c.run()
		switch {
		case r.Error != "":
			if err == nil {
				t.Errorf("%s: scikit-learn fails (%s) but Go returns %v", c.ID, r.Error, got)
			} else if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Errorf("%s: Go error %v is not EINVALID", c.ID, err)
			} else {
				errBoth++
			}
		case err != nil:
			if c.stricter == "" {
				t.Errorf("%s: Go fails (%v) but scikit-learn returns %v", c.ID, err, *r.Value)
			} else {
				stricter++
			}
		default:
			if c.stricter != "" {
				t.Errorf("%s: Go should refuse this (%s) but returns %v", c.ID, c.stricter, got)
			}
			maxDiff = math.Max(maxDiff, math.Abs(got-*r.Value))
			if math.Abs(got-*r.Value) > 1e-9 {
				t.Errorf("%s: Go %.17g, scikit-learn %.17g (diff %.3g)", c.ID, got, *r.Value, got-*r.Value)
			} else {
				agree++
			}
		}
	}
	t.Logf("%d equal to 1e-9 (largest difference %.3g), %d errors on both sides, %d refused by Go only (documented)", agree, maxDiff, errBoth, stricter)
	if agree == 0 || (wantErrors && errBoth == 0) {
		t.Fatalf("the cross-check compared nothing of one kind: %d equal, %d errors", agree, errBoth)
	}
}

// genCases builds seeded random cases for every metric: ties, one class
// present, empty and mismatched inputs, NaN.
func genCases(seed uint64) []skCase {
	r := rand.New(rand.NewPCG(seed, 0xe7a1))
	var cases []skCase
	add := func(c skCase) {
		c.ID = fmt.Sprintf("seed%d/%s#%d", seed, c.Metric, len(cases))
		cases = append(cases, c)
	}
	labels := func(n, k int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = r.IntN(k)
		}
		return out
	}
	// Labels with a given number of classes; k = 1 makes one class.
	classify := func(y, yp []int, stricter string) {
		for _, m := range []string{"precision", "recall", "f1"} {
			for _, avg := range []Average{AverageBinary, AverageMacro, AverageMicro, AverageWeighted} {
				for _, pos := range []int{0, 1} {
					if avg != AverageBinary && pos == 0 {
						continue
					}
					fn := map[string]func([]int, []int, Average, int) (float64, error){"precision": Precision, "recall": Recall, "f1": F1}[m]
					y, yp, avg, pos := y, yp, avg, pos
					add(skCase{Metric: m, Average: avg.String(), PosLabel: pos, YTrue: y, YPred: yp, stricter: stricter,
						run: func() (float64, error) { return fn(y, yp, avg, pos) }})
				}
			}
		}
		add(skCase{Metric: "accuracy", YTrue: y, YPred: yp, run: func() (float64, error) { return Accuracy(y, yp) }})
	}
	for trial := 0; trial < 40; trial++ {
		n := 1 + r.IntN(200)
		k := []int{1, 2, 2, 3, 5}[trial%5]
		y := labels(n, k)
		yp := labels(n, max(k, 2))
		if trial%7 == 0 {
			copy(yp, y) // perfect
		}
		classify(y, yp, "")
	}
	classify([]int{1, 1, 1}, []int{1, 1, 1}, "")       // one class, the positive
	classify([]int{0, 0, 0}, []int{0, 0, 0}, "")       // one class, not the positive
	classify([]int{0, 0, 2, 2}, []int{0, 2, 2, 0}, "") // binary labels 0 and 2
	classify([]int{}, []int{}, "no rows: scikit-learn returns 0 with a warning, Go refuses")
	classify([]int{0, 1, 1}, []int{0, 1}, "") // mismatched

	// Binary AUC with heavy ties, continuous scores, one class, NaN.
	scores := func(n, levels int) []float64 {
		out := make([]float64, n)
		for i := range out {
			if levels == 0 {
				out[i] = r.NormFloat64()
			} else {
				out[i] = float64(r.IntN(levels)) / float64(levels)
			}
		}
		return out
	}
	aucBin := func(y []int, s []float64) {
		add(skCase{Metric: "auc_binary", YTrue: y, YScore: nf(s), run: func() (float64, error) { return AUCBinary(y, s) }})
	}
	for trial := 0; trial < 30; trial++ {
		n := 1 + r.IntN(3000)
		k := 2
		if trial%10 == 0 {
			k = 1
		}
		aucBin(labels(n, k), scores(n, []int{0, 2, 5, 50}[trial%4]))
	}
	aucBin([]int{0, 1, 1, 0}, []float64{0.5, -0.0, 0.0, 0.5})
	aucBin([]int{0, 1, 2}, []float64{0.1, 0.2, 0.3})
	aucBin([]int{0, 1}, []float64{0.1, math.NaN()})
	aucBin([]int{}, []float64{})
	aucBin([]int{0, 1, 1}, []float64{0.1, 0.2})

	// Class probabilities with ties, exact 0s and 1s.
	probRows := func(n, k int, exact bool) [][]float64 {
		out := make([][]float64, n)
		for i := range out {
			row := make([]float64, k)
			if exact && r.IntN(3) == 0 {
				row[r.IntN(k)] = 1
			} else {
				s := 0.0
				for c := range row {
					row[c] = float64(r.IntN(4))
					s += row[c]
				}
				if s == 0 {
					row[0], s = 1, 1
				}
				for c := range row {
					row[c] /= s
				}
			}
			out[i] = row
		}
		return out
	}
	multi := func(y []int, p [][]float64, stricter string) {
		add(skCase{Metric: "auc_ovr", YTrue: y, YScore: nf2(p), stricter: stricter, run: func() (float64, error) { return AUCOvR(y, p) }})
		add(skCase{Metric: "log_loss", YTrue: y, YScore: nf2(p), stricter: stricter, run: func() (float64, error) { return LogLoss(y, p) }})
		for _, mc := range []MultiClass{MultiClassOvR, MultiClassOvO} {
			for _, avg := range []Average{AverageMacro, AverageWeighted, AverageMicro} {
				why := stricter
				if why == "" && mc == MultiClassOvO && avg == AverageMicro && len(p) > 0 && len(p[0]) == 2 {
					why = "ovo with micro: scikit-learn scores two classes as binary and ignores both, Go refuses the combination for any number of classes"
				}
				add(skCase{Metric: "auc_multi", MultiCls: mc.String(), Average: avg.String(), YTrue: y, YScore: nf2(p), stricter: why,
					run: func() (float64, error) { return AUC(y, p, mc, avg) }})
			}
		}
	}
	for trial := 0; trial < 60; trial++ {
		k := 2 + trial%5
		n := 1 + r.IntN(500)
		y := labels(n, k)
		if trial%6 == 5 {
			y = labels(n, k-1) // a class never occurs
		}
		if trial%10 == 9 {
			y = labels(n, 1) // one class only
		}
		multi(y, probRows(n, k, trial%2 == 0), "")
	}
	multi([]int{0, 1, 2}, [][]float64{{0.5, 0.5, 0.5}, {0.2, 0.3, 0.5}, {0, 0, 1}}, "row 0 sums to 1.5; scikit-learn 1.2.1 renormalises, Go refuses")
	multi([]int{0, 1}, [][]float64{{0.2, 0.5}, {0.4, 0.6}}, "row 0 sums to 0.7; scikit-learn 1.2.1 renormalises, Go refuses")
	multi([]int{0, 1, 2}, [][]float64{{math.NaN(), 0.5, 0.5}, {0.2, 0.3, 0.5}, {0, 0, 1}}, "")
	multi([]int{0, 1, 0}, [][]float64{{1, 0}, {0, 1}}, "")
	for trial := 0; trial < 10; trial++ {
		n := 1 + r.IntN(300)
		y := labels(n, 2)
		p := scores(n, []int{0, 2, 10}[trial%3])
		for i := range p {
			p[i] = math.Abs(p[i]) / (1 + math.Abs(p[i]))
			if trial%3 == 1 {
				p[i] = math.Round(p[i]) // exact 0 and 1: clipping
			}
		}
		add(skCase{Metric: "log_loss_binary", YTrue: y, YScore: nf(p), run: func() (float64, error) { return LogLossBinary(y, p) }})
	}
	add(skCase{Metric: "log_loss_binary", YTrue: []int{}, YScore: nf(nil), run: func() (float64, error) { return LogLossBinary(nil, nil) }})

	// Regression: ties, constant y_true, one row, NaN, empty, mismatched.
	reg := func(y, yp []float64) {
		for _, m := range []struct {
			name string
			fn   func(a, b []float64) (float64, error)
		}{{"mse", MSE}, {"rmse", RMSE}, {"mae", MAE}, {"r2", R2}} {
			fn := m.fn
			add(skCase{Metric: m.name, YTrue: nf(y), YPred: nf(yp), run: func() (float64, error) { return fn(y, yp) }})
		}
	}
	for trial := 0; trial < 20; trial++ {
		n := 2 + r.IntN(500)
		y, yp := make([]float64, n), make([]float64, n)
		for i := range y {
			y[i] = math.Round(r.NormFloat64()*3) * 1.5
			yp[i] = y[i] + r.NormFloat64()
			if trial%4 == 0 {
				yp[i] = math.Round(yp[i])
			}
		}
		reg(y, yp)
	}
	reg([]float64{3, 3, 3}, []float64{3, 3, 3})
	reg([]float64{3, 3, 3}, []float64{3, 2, 3})
	reg([]float64{0.5}, []float64{0.25})
	reg([]float64{1, math.NaN()}, []float64{1, 2})
	reg([]float64{1, 2}, []float64{1, math.Inf(1)})
	reg([]float64{}, []float64{})
	reg([]float64{1, 2, 3}, []float64{1, 2})

	// Exact match on text.
	text := func(want, got []string) {
		add(skCase{Metric: "exact_match", TTrue: want, TPred: got, YTrue: []int{}, run: func() (float64, error) { return ExactMatch(want, got) }})
	}
	text([]string{"Paris", "paris", "Rome", ""}, []string{"Paris", "Paris", "Rome", ""})
	text([]string{"a", "b"}, []string{"a"})
	return cases
}

func TestMetricsEqualSklearn(t *testing.T) {
	requireSklearn(t)
	var cases []skCase
	for seed := uint64(1); seed <= 3; seed++ {
		cases = append(cases, genCases(seed)...)
	}
	compareSklearn(t, cases, true)
}

// shippedCases scores simple deterministic models on the shipped datasets:
// nearest-centroid classifiers with softmax probabilities (iris, penguin
// species), a one-vote rule (house-votes-84) and a least-squares line
// (penguin body mass from flipper length).
func shippedCases(t *testing.T) []skCase {
	t.Helper()
	var cases []skCase
	add := func(c skCase) {
		c.ID = fmt.Sprintf("shipped/%s#%d", c.Metric, len(cases))
		cases = append(cases, c)
	}
	classification := func(name string, y []int, probs [][]float64) {
		labels, _ := predictedLabels(Predictions{Probs: probs})
		k := len(probs[0])
		for _, m := range []string{"precision", "recall", "f1"} {
			fn := map[string]func([]int, []int, Average, int) (float64, error){"precision": Precision, "recall": Recall, "f1": F1}[m]
			avgs := []Average{AverageMacro, AverageMicro, AverageWeighted}
			if k == 2 {
				avgs = append(avgs, AverageBinary)
			}
			for _, avg := range avgs {
				for pos := range min(k, 2) {
					add(skCase{Metric: m, Average: avg.String(), PosLabel: pos, YTrue: y, YPred: labels,
						run: func() (float64, error) { return fn(y, labels, avg, pos) }})
				}
			}
		}
		add(skCase{Metric: "accuracy", YTrue: y, YPred: labels, run: func() (float64, error) { return Accuracy(y, labels) }})
		add(skCase{Metric: "auc_ovr", YTrue: y, YScore: nf2(probs), run: func() (float64, error) { return AUCOvR(y, probs) }})
		add(skCase{Metric: "log_loss", YTrue: y, YScore: nf2(probs), run: func() (float64, error) { return LogLoss(y, probs) }})
		if k == 2 {
			p1 := make([]float64, len(probs))
			for i, r := range probs {
				p1[i] = r[1]
			}
			add(skCase{Metric: "auc_binary", YTrue: y, YScore: nf(p1), run: func() (float64, error) { return AUCBinary(y, p1) }})
			add(skCase{Metric: "log_loss_binary", YTrue: y, YScore: nf(p1), run: func() (float64, error) { return LogLossBinary(y, p1) }})
		}
		_ = name
	}
	load := func(file string) *Dataset {
		d, err := LoadFile(datasets+file, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	num := func(d *Dataset, row int, col string) (float64, bool) {
		c, err := d.ColumnIndex(col)
		if err != nil {
			t.Fatal(err)
		}
		x, ok := d.Rows[row][c].(float64)
		return x, ok
	}

	// iris: nearest centroid on the four measurements.
	iris := load("iris.csv")
	feats := []string{"sepal_length", "sepal_width", "petal_length", "petal_width"}
	truth, _, err := iris.Truth("species", hokusai.MetricAccuracy, false)
	if err != nil {
		t.Fatal(err)
	}
	x := make([][]float64, iris.Len())
	for i := range x {
		for _, f := range feats {
			v, _ := num(iris, i, f)
			x[i] = append(x[i], v)
		}
	}
	classification("iris", truth.Labels, centroidProbs(x, truth.Labels, 3, 0.5))

	// house-votes-84: probability of republican from one vote.
	votes := load("house-votes-84.csv")
	vt, _, err := votes.Truth("party", hokusai.MetricAccuracy, false)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := votes.ColumnIndex("physician-fee-freeze")
	vp := make([][]float64, votes.Len())
	for i, row := range votes.Rows {
		p := map[string]float64{"y": 0.9, "n": 0.05, "?": 0.5}[row[c].(string)]
		vp[i] = []float64{1 - p, p}
	}
	classification("votes", vt.Labels, vp)

	// penguins: species from beak measures; body mass from flipper length.
	peng := load("penguins.jsonl")
	var rows []int
	for i := range peng.Rows {
		_, ok1 := num(peng, i, "Beak Length (mm)")
		_, ok2 := num(peng, i, "Flipper Length (mm)")
		_, ok3 := num(peng, i, "Body Mass (g)")
		if ok1 && ok2 && ok3 {
			rows = append(rows, i)
		}
	}
	complete := peng.Subset(rows)
	pt, _, err := complete.Truth("Species", hokusai.MetricAccuracy, false)
	if err != nil {
		t.Fatal(err)
	}
	px := make([][]float64, complete.Len())
	var fl, mass []float64
	for i := range px {
		a, _ := num(complete, i, "Beak Length (mm)")
		b, _ := num(complete, i, "Beak Depth (mm)")
		px[i] = []float64{a, b}
		f, _ := num(complete, i, "Flipper Length (mm)")
		m, _ := num(complete, i, "Body Mass (g)")
		fl, mass = append(fl, f), append(mass, m)
	}
	classification("penguins", pt.Labels, centroidProbs(px, pt.Labels, 3, 0.05))
	slope, icpt := leastSquares(fl, mass)
	pred := make([]float64, len(fl))
	for i, f := range fl {
		pred[i] = icpt + slope*f
	}
	for _, m := range []struct {
		name string
		fn   func(a, b []float64) (float64, error)
	}{{"mse", MSE}, {"rmse", RMSE}, {"mae", MAE}, {"r2", R2}} {
		fn := m.fn
		add(skCase{Metric: m.name, YTrue: nf(mass), YPred: nf(pred), run: func() (float64, error) { return fn(mass, pred) }})
	}
	return cases
}

// centroidProbs returns softmax(−scale·distance²) to each class centroid.
func centroidProbs(x [][]float64, y []int, k int, scale float64) [][]float64 {
	dim := len(x[0])
	cent := make([][]float64, k)
	count := make([]float64, k)
	for c := range cent {
		cent[c] = make([]float64, dim)
	}
	for i, row := range x {
		count[y[i]]++
		for j, v := range row {
			cent[y[i]][j] += v
		}
	}
	for c := range cent {
		for j := range cent[c] {
			cent[c][j] /= count[c]
		}
	}
	out := make([][]float64, len(x))
	for i, row := range x {
		p := make([]float64, k)
		var s float64
		for c := range cent {
			var d float64
			for j, v := range row {
				d += (v - cent[c][j]) * (v - cent[c][j])
			}
			p[c] = math.Exp(-scale * d)
			s += p[c]
		}
		for c := range p {
			p[c] /= s
		}
		out[i] = p
	}
	return out
}

func leastSquares(x, y []float64) (slope, intercept float64) {
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= float64(len(x))
	my /= float64(len(y))
	var sxy, sxx float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
	}
	slope = sxy / sxx
	return slope, my - slope*mx
}

func TestMetricsEqualSklearnOnShippedDatasets(t *testing.T) {
	requireSklearn(t)
	compareSklearn(t, shippedCases(t), false)
}
