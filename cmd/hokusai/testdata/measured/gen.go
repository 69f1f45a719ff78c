//go:build ignore

// gen writes the measured-baseline test data: `go run gen.go` in this
// directory. It prints the head and candidate scores the evaluator gets.
//
// A model predicts y (yes/no) from a categorical key and a noise number x.
// The owner trains on the N (no) and Y (yes) keys; the R keys (yes) are
// unseen, so the head predicts "no" for them (the intercept's majority) and
// misses every hidden test row of an R key. A contribution of rows for R
// keys teaches them: it gains exactly the hidden rows of those keys. The
// contributions are chosen from the split (seed 84, 50% dev) so that
// small.csv gains 2 of the 400 hidden rows (0.5 DeltaOne) and lift.csv
// gains 6 (1.5 DeltaOnes).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

const (
	seed       = 84
	devPercent = 50
)

type row struct {
	y, key string
	x      int
}

func write(path string, rows []row) {
	var b strings.Builder
	b.WriteString("y,key,x\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s,%s,%d\n", r.y, r.key, r.x)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		panic(err)
	}
}

func main() {
	rng := rand.New(rand.NewPCG(7, 7))
	var bench []row
	add := func(prefix string, keys, each int, y string) {
		for k := 0; k < keys; k++ {
			for i := 0; i < each; i++ {
				bench = append(bench, row{y, fmt.Sprintf("%s%02d", prefix, k), rng.IntN(1_000_000)})
			}
		}
	}
	add("N", 30, 20, "no")
	add("Y", 10, 16, "yes")
	add("R", 8, 5, "yes")
	rng.Shuffle(len(bench), func(i, j int) { bench[i], bench[j] = bench[j], bench[i] })
	var training []row
	for k := 0; k < 30; k++ {
		for i := 0; i < 5; i++ {
			training = append(training, row{"no", fmt.Sprintf("N%02d", k), rng.IntN(1_000_000)})
		}
	}
	for k := 0; k < 10; k++ {
		for i := 0; i < 5; i++ {
			training = append(training, row{"yes", fmt.Sprintf("Y%02d", k), rng.IntN(1_000_000)})
		}
	}
	_, test, err := eval.Split(len(bench), seed, devPercent)
	if err != nil {
		panic(err)
	}
	inTest := map[string]int{}
	for _, i := range test {
		if strings.HasPrefix(bench[i].key, "R") {
			inTest[bench[i].key]++
		}
	}
	keys := make([]string, 0, len(inTest))
	for k := range inTest {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("hidden rows per R key:", inTest)
	// The first subset (in key order) of unused keys whose hidden rows sum to want.
	used := map[string]bool{}
	pick := func(want int) []string {
		for mask := 1; mask < 1<<len(keys); mask++ {
			sum, ok := 0, true
			var got []string
			for i, k := range keys {
				if mask&(1<<i) != 0 {
					ok = ok && !used[k]
					sum += inTest[k]
					got = append(got, k)
				}
			}
			if ok && sum == want {
				for _, k := range got {
					used[k] = true
				}
				return got
			}
		}
		panic(fmt.Sprintf("no keys with %d hidden rows", want))
	}
	contribution := func(ks []string) []row {
		var out []row
		for _, k := range ks {
			for i := 0; i < 4; i++ {
				out = append(out, row{"yes", k, rng.IntN(1_000_000)})
			}
		}
		return out
	}
	small, lift := contribution(pick(2)), contribution(pick(6))
	write("benchmark.csv", bench)
	write("training.csv", training)
	write("small.csv", small)
	write("lift.csv", lift)
	recipe := hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "y", Features: []string{"key"}, Categorical: []string{"key"}, L2: 0.0001, Seed: seed}
	rb, _ := json.MarshalIndent(recipe, "", "  ")
	if err := os.WriteFile("recipe.json", append(rb, '\n'), 0o644); err != nil {
		panic(err)
	}

	// What the evaluator measures.
	load := func(p string) *eval.Dataset {
		d, err := eval.LoadFile(p, eval.LoadOptions{})
		if err != nil {
			panic(err)
		}
		return d
	}
	st := &contrib.Setup{ModelID: 1, Recipe: recipe, Metric: hokusai.MetricAccuracy, Direction: hokusai.Maximize, Seed: seed, DevPercent: devPercent,
		Benchmark: load("benchmark.csv"), Training: load("training.csv")}
	ctx := context.Background()
	h, err := evaluator.MeasureHead(ctx, st, st.Training)
	if err != nil {
		panic(err)
	}
	fmt.Printf("head %v (95%% %v–%v)\n", h.Score, h.Low95, h.High95)
	eng, err := evaluator.NewEngine(st)
	if err != nil {
		panic(err)
	}
	for _, f := range []string{"small.csv", "lift.csv"} {
		res, err := eng.Evaluate(ctx, st.Training, []*eval.Dataset{load(f)})
		if err != nil {
			panic(err)
		}
		c := res.Comparison
		fmt.Printf("%s: %v -> %v (+%v, lower95 %v); wad %s -> %s\n", f, c.BaselineScore, c.CandidateScore, c.Improvement, c.Lower95,
			evaluator.ScoreWad(c.BaselineScore), evaluator.ScoreWad(c.CandidateScore))
	}
}
