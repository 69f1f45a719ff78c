package eval

import (
	"math"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

func TestMetricTable(t *testing.T) {
	near := func(t *testing.T, name string, got float64, err error, want float64) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if math.Abs(got-want) > 1e-12 {
			t.Fatalf("%s = %.17g, want %.17g", name, got, want)
		}
	}
	// scikit-learn's own docstring examples.
	yt := []int{0, 1, 2, 0, 1, 2}
	yp := []int{0, 2, 1, 0, 0, 1}
	v, err := F1(yt, yp, AverageMacro, 0)
	near(t, "f1 macro", v, err, 0.26666666666666666)
	v, err = F1(yt, yp, AverageMicro, 0)
	near(t, "f1 micro", v, err, 0.3333333333333333)
	v, err = F1(yt, yp, AverageWeighted, 0)
	near(t, "f1 weighted", v, err, 0.26666666666666666)
	v, err = AUCBinary([]int{0, 0, 1, 1}, []float64{0.1, 0.4, 0.35, 0.8})
	near(t, "auc", v, err, 0.75)
	v, err = LogLoss([]int{1, 0, 0, 1}, [][]float64{{.1, .9}, {.9, .1}, {.8, .2}, {.35, .65}})
	near(t, "log loss", v, err, 0.21616187468057912)
	v, err = R2([]float64{3, -0.5, 2, 7}, []float64{2.5, 0.0, 2, 8})
	near(t, "r2", v, err, 0.9486081370449679)
	v, err = MSE([]float64{3, -0.5, 2, 7}, []float64{2.5, 0.0, 2, 8})
	near(t, "mse", v, err, 0.375)
	v, err = MAE([]float64{3, -0.5, 2, 7}, []float64{2.5, 0.0, 2, 8})
	near(t, "mae", v, err, 0.5)
}

func TestMetricErrorsNameTheField(t *testing.T) {
	for _, tc := range []struct {
		name  string
		err   error
		field string
	}{
		{"empty", second(Accuracy(nil, nil)), "y_true"},
		{"mismatch", second(F1([]int{0, 1}, []int{0}, AverageMacro, 0)), "y_pred"},
		{"one class auc", second(AUCBinary([]int{1, 1}, []float64{0.2, 0.3})), "y_true"},
		{"nan score", second(AUCBinary([]int{0, 1}, []float64{0.2, math.NaN()})), "y_score"},
		{"sum", second(LogLoss([]int{0, 1}, [][]float64{{0.3, 0.3}, {0.5, 0.5}})), "y_score"},
		{"binary with 3 classes", second(Precision([]int{0, 1, 2}, []int{0, 1, 2}, AverageBinary, 1)), "average"},
		{"pos label absent", second(Recall([]int{0, 2}, []int{0, 2}, AverageBinary, 1)), "pos_label"},
		{"r2 one row", second(R2([]float64{1}, []float64{1})), "y_true"},
		{"inf", second(MAE([]float64{1, math.Inf(-1)}, []float64{1, 1})), "y_true"},
	} {
		if hokusai.ErrorCode(tc.err) != hokusai.EINVALID || hokusai.ErrorField(tc.err) != tc.field {
			t.Errorf("%s: got %v, want EINVALID on field %s", tc.name, tc.err, tc.field)
		}
	}
}

func second(_ float64, err error) error { return err }

// naiveAUC counts positive/negative pairs directly: O(n²), obviously right.
func naiveAUC(y []int, s []float64) float64 {
	var num, pairs float64
	for i := range y {
		for j := range y {
			if y[i] == 1 && y[j] == 0 {
				pairs++
				switch {
				case s[i] > s[j]:
					num++
				case s[i] == s[j]:
					num += 0.5
				}
			}
		}
	}
	return num / pairs
}

func TestAUCEqualsPairCount(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(2, 300).Draw(t, "n")
		y := rapid.SliceOfN(rapid.IntRange(0, 1), n, n).Draw(t, "y")
		y[0], y[1] = 0, 1
		levels := rapid.SampledFrom([]float64{2, 7, 1e6}).Draw(t, "levels")
		s := rapid.SliceOfN(rapid.Float64Range(-3, 3), n, n).Draw(t, "s")
		for i := range s {
			s[i] = math.Round(s[i]*levels) / levels
		}
		got, err := AUCBinary(y, s)
		if err != nil {
			t.Fatal(err)
		}
		if want := naiveAUC(y, s); math.Abs(got-want) > 1e-12 {
			t.Fatalf("AUC %v, pair count %v", got, want)
		}
	})
}

func TestMicroF1IsAccuracy(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 200).Draw(t, "n")
		yt := rapid.SliceOfN(rapid.IntRange(0, 5), n, n).Draw(t, "yt")
		yp := rapid.SliceOfN(rapid.IntRange(0, 5), n, n).Draw(t, "yp")
		acc, _ := Accuracy(yt, yp)
		f1, _ := F1(yt, yp, AverageMicro, 0)
		if math.Abs(acc-f1) > 1e-12 {
			t.Fatalf("micro F1 %v ≠ accuracy %v", f1, acc)
		}
	})
}

func FuzzRadixSort(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 128})
	f.Fuzz(func(t *testing.T, b []byte) {
		var keys []uint64
		var floats []float64
		for len(b) >= 8 {
			x := math.Float64frombits(uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56)
			b = b[8:]
			if math.IsNaN(x) {
				continue
			}
			floats = append(floats, x)
			keys = append(keys, sortKey(x))
		}
		// Repeat to exceed the insertion-sort cut-off.
		for len(keys) > 0 && len(keys) < 100 {
			keys = append(keys, keys...)
			floats = append(floats, floats...)
		}
		got := radixSort(keys)
		slices.Sort(floats)
		for i, x := range floats {
			if sortKey(x) != got[i] {
				t.Fatalf("position %d: key %x, want %x (%v)", i, got[i], sortKey(x), x)
			}
		}
	})
}

func benchData(n int) ([]int, []int, []float64) {
	yt, yp, s := make([]int, n), make([]int, n), make([]float64, n)
	for i := range yt {
		yt[i] = i * 7 % 3 % 2
		s[i] = float64(i*7919%10007) / 10007
		if s[i] > 0.5 {
			yp[i] = 1
		}
	}
	return yt, yp, s
}

func BenchmarkAccuracy1M(b *testing.B) {
	yt, yp, _ := benchData(1_000_000)
	for b.Loop() {
		Accuracy(yt, yp)
	}
}

func BenchmarkF11M(b *testing.B) {
	yt, yp, _ := benchData(1_000_000)
	for b.Loop() {
		F1(yt, yp, AverageBinary, 1)
	}
}

func BenchmarkAUC1M(b *testing.B) {
	yt, _, s := benchData(1_000_000)
	for b.Loop() {
		AUCBinary(yt, s)
	}
}

// FuzzMetrics feeds arbitrary labels and scores to every metric: no panics,
// errors are EINVALID, and proportions stay in [0, 1].
func FuzzMetrics(f *testing.F) {
	f.Add([]byte{0, 1, 1, 0, 2, 2}, []byte{10, 200, 30, 30, 0, 255})
	f.Fuzz(func(t *testing.T, labels, scores []byte) {
		n := min(len(labels), len(scores))
		yt, yp := make([]int, n), make([]int, n)
		s := make([]float64, len(scores))
		probs := make([][]float64, n)
		vals := make([]float64, n)
		for i := range n {
			yt[i] = int(labels[i] % 3)
			yp[i] = int(labels[i] / 3 % 3)
			p := float64(scores[i]) / 255
			probs[i] = []float64{(1 - p) / 2, (1 - p) / 2, p}
			vals[i] = float64(scores[i]) - 128
		}
		for i, b := range scores {
			s[i] = float64(b) / 7
		}
		check := func(name string, v float64, err error, proportion bool) {
			if err != nil {
				if hokusai.ErrorCode(err) != hokusai.EINVALID {
					t.Fatalf("%s: %v is not EINVALID", name, err)
				}
				return
			}
			if math.IsNaN(v) || (proportion && (v < 0 || v > 1)) {
				t.Fatalf("%s = %v", name, v)
			}
		}
		for _, avg := range []Average{AverageBinary, AverageMacro, AverageMicro, AverageWeighted} {
			v, err := F1(yt, yp, avg, 1)
			check("f1", v, err, true)
			v, err = Precision(yt, yp, avg, 0)
			check("precision", v, err, true)
			v, err = Recall(yt, yp, avg, 2)
			check("recall", v, err, true)
		}
		v, err := Accuracy(yt, yp)
		check("accuracy", v, err, true)
		v, err = AUCBinary(yt, s) // s may be longer: a length error
		check("auc", v, err, true)
		v, err = AUCOvR(yt, probs)
		check("auc ovr", v, err, true)
		v, err = LogLoss(yt, probs)
		check("log loss", v, err, false)
		v, err = R2(vals, s[:n])
		check("r2", v, err, false)
		v, err = MAE(vals, s[:n])
		check("mae", v, err, false)
	})
}
