// Command metricbench times Hokusai's accuracy, F1 and AUC-ROC against
// scikit-learn's on the same rows in one run and prints the ratio of the
// times (Go ÷ scikit-learn; the target is ≤ 0.5).
//
//	go run ./eval/internal/metricbench -rows 1000000 -repeats 5
//
// It writes the rows to a temporary directory, times the Go metrics, runs
// eval/sklearn/bench.py with /usr/bin/python3 on the same files (timing only
// the metric calls), checks that the values agree to 1e-9 and prints both
// times. Each side reports its best of -repeats runs.
package main

import (
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"github.com/hokusai-protocol/hokusai/eval"
)

func main() {
	rows := flag.Int("rows", 1_000_000, "rows to score")
	repeats := flag.Int("repeats", 5, "runs per metric; the best is reported")
	seed := flag.Uint64("seed", 1, "data seed")
	script := flag.String("script", "eval/sklearn/bench.py", "the scikit-learn timing script")
	python := flag.String("python", "/usr/bin/python3", "a Python with scikit-learn")
	flag.Parse()
	if err := run(*rows, *repeats, *seed, *script, *python); err != nil {
		fmt.Fprintln(os.Stderr, "metricbench:", err)
		os.Exit(1)
	}
}

func run(n, repeats int, seed uint64, script, python string) error {
	r := rand.New(rand.NewPCG(seed, 2))
	yTrue, yPred := make([]int, n), make([]int, n)
	score := make([]float64, n)
	for i := range yTrue {
		yTrue[i] = r.IntN(2)
		// A noisy but informative score, rounded to 1e-4 so ties occur.
		s := 1 / (1 + math.Exp(-(r.NormFloat64() + 1.5*float64(yTrue[i]) - 0.75)))
		score[i] = math.Round(s*1e4) / 1e4
		if score[i] >= 0.5 {
			yPred[i] = 1
		}
	}
	dir, err := os.MkdirTemp("", "metricbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := writeRaw(filepath.Join(dir, "y_true.i64"), yTrue, nil); err != nil {
		return err
	}
	if err := writeRaw(filepath.Join(dir, "y_pred.i64"), yPred, nil); err != nil {
		return err
	}
	if err := writeRaw(filepath.Join(dir, "score.f64"), nil, score); err != nil {
		return err
	}

	goTimes := map[string]float64{}
	goVals := map[string]float64{}
	for _, m := range []struct {
		name string
		fn   func() (float64, error)
	}{
		{"accuracy", func() (float64, error) { return eval.Accuracy(yTrue, yPred) }},
		{"f1", func() (float64, error) { return eval.F1(yTrue, yPred, eval.AverageBinary, 1) }},
		{"auc_roc", func() (float64, error) { return eval.AUCBinary(yTrue, score) }},
	} {
		best := math.Inf(1)
		for range repeats {
			runtime.GC()
			t0 := time.Now()
			v, err := m.fn()
			d := time.Since(t0).Seconds()
			if err != nil {
				return fmt.Errorf("%s: %w", m.name, err)
			}
			best = min(best, d)
			goVals[m.name] = v
		}
		goTimes[m.name] = best
	}

	out, err := exec.Command(python, script, dir, fmt.Sprint(repeats)).Output()
	if err != nil {
		return fmt.Errorf("run %s %s (needs python3-sklearn): %w", python, script, err)
	}
	var sk map[string]json.RawMessage
	if err := json.Unmarshal(out, &sk); err != nil {
		return fmt.Errorf("read bench.py output: %w", err)
	}
	var version string
	_ = json.Unmarshal(sk["sklearn_version"], &version)
	fmt.Printf("rows = %d, best of %d, scikit-learn %s, %s/%s, GOMAXPROCS %d\n", n, repeats, version, runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	var goSum, skSum float64
	for _, name := range []string{"accuracy", "f1", "auc_roc"} {
		var m struct {
			Seconds float64 `json:"seconds"`
			Value   float64 `json:"value"`
		}
		if err := json.Unmarshal(sk[name], &m); err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if math.Abs(m.Value-goVals[name]) > 1e-9 {
			return fmt.Errorf("%s: Go %.17g but scikit-learn %.17g", name, goVals[name], m.Value)
		}
		goSum += goTimes[name]
		skSum += m.Seconds
		fmt.Printf("%-9s value %.12f  go %8.3f ms  sklearn %8.3f ms  ratio %.4f\n", name, goVals[name], goTimes[name]*1e3, m.Seconds*1e3, goTimes[name]/m.Seconds)
	}
	fmt.Printf("total     go %.3f ms  sklearn %.3f ms\nratio = go/sklearn = %.4f (target ≤ 0.5)\n", goSum*1e3, skSum*1e3, goSum/skSum)
	return nil
}

func writeRaw(path string, ints []int, floats []float64) error {
	var b []byte
	for _, v := range ints {
		b = binary.LittleEndian.AppendUint64(b, uint64(int64(v)))
	}
	for _, v := range floats {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	return os.WriteFile(path, b, 0o644)
}
