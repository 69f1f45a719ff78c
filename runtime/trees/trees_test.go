package trees_test

import (
	"bufio"
	"context"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/runtimetest"
	"github.com/hokusai-protocol/hokusai/runtime/trees"
)

// leaves' own tests compare with this absolute tolerance.
const tolerance = 1e-7

var models = filepath.Join("..", "..", "testdata", "models")

// readLibsvm reads "label i:v i:v …" lines into rows keyed f<i>.
func readLibsvm(t testing.TB, path string) []hokusai.Row {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []hokusai.Row
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		r := hokusai.Row{}
		for _, kv := range fields[1:] {
			k, v, _ := strings.Cut(kv, ":")
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			r["f"+k] = x
		}
		rows = append(rows, r)
	}
	return rows
}

// readFloats reads whitespace-separated numbers, one row per line.
func readFloats(t testing.TB, path string, skipFirst bool) [][]float64 {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]float64
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		fields := strings.Fields(line)
		if skipFirst {
			fields = fields[1:]
		}
		row := make([]float64, len(fields))
		for i, s := range fields {
			if row[i], err = strconv.ParseFloat(s, 64); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, row)
	}
	return out
}

func TestAgaricusMatchesXGBoost(t *testing.T) {
	rows := readLibsvm(t, filepath.Join(models, "agaricus", "agaricus_test.libsvm"))
	for _, tc := range []struct {
		name string
		tol  float64
	}{{"xgagaricus", tolerance}} {
		name := tc.name
		t.Run(name, func(t *testing.T) {
			m, err := trees.Load(hokusai.RuntimeXGBoost, filepath.Join(models, "agaricus", name+".model"), hokusai.RuntimeOptions{Classes: []string{"edible", "poisonous"}})
			if err != nil {
				t.Fatal(err)
			}
			want := readFloats(t, filepath.Join(models, "agaricus", name+"_true_predictions.txt"), false)
			if len(want) != len(rows) || len(rows) != 1611 {
				t.Fatalf("%d expected predictions for %d rows", len(want), len(rows))
			}
			preds := runtimetest.Check(t, m, rows)
			for i, p := range preds {
				w := want[i][0]
				if math.Abs(p.Value-w) > tc.tol {
					t.Fatalf("row %d: P(poisonous) = %.9f, XGBoost says %.9f", i, p.Value, w)
				}
			}
			if info := m.Info(); info.Task != hokusai.TaskClassification || info.Features[0] != "f0" {
				t.Errorf("Info() = %+v", info)
			}
		})
	}
}

func TestLightGBMMulticlassMatchesLightGBM(t *testing.T) {
	dir := filepath.Join(models, "lgmulticlass")
	x := readFloats(t, filepath.Join(dir, "multiclass_test.tsv"), true)
	want := readFloats(t, filepath.Join(dir, "lgmulticlass_true_predictions.txt"), false)
	rows := make([]hokusai.Row, len(x))
	for i, xs := range x {
		rows[i] = hokusai.Row{}
		for j, v := range xs {
			rows[i]["f"+strconv.Itoa(j)] = strconv.FormatFloat(v, 'g', -1, 64) // numbers as CSV text work too
		}
	}
	m, err := trees.Load(hokusai.RuntimeLightGBM, filepath.Join(dir, "lgmulticlass.model"), hokusai.RuntimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	preds := runtimetest.Check(t, m, rows)
	classes := m.Info().Classes
	if len(classes) != 5 {
		t.Fatalf("classes = %v, want 5", classes)
	}
	for i, p := range preds {
		for k, c := range classes {
			if math.Abs(p.Probabilities[c]-want[i][k]) > tolerance {
				t.Fatalf("row %d class %s: %.9f, LightGBM says %.9f", i, c, p.Probabilities[c], want[i][k])
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	ctx := context.Background()
	_, err := trees.Load(hokusai.RuntimeXGBoost, filepath.Join(models, "agaricus", "nope.model"), hokusai.RuntimeOptions{})
	if hokusai.ErrorCode(err) != hokusai.ENOTFOUND || !strings.Contains(err.Error(), "nope.model") {
		t.Errorf("missing file: %v", err)
	}
	_, err = trees.Load(hokusai.RuntimeXGBoost, filepath.Join(models, "agaricus", "README.md"), hokusai.RuntimeOptions{})
	if hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Errorf("not a model: %v", err)
	}
	_, err = trees.Load(hokusai.RuntimeXGBoost, filepath.Join(models, "agaricus", "xgagaricus.model"), hokusai.RuntimeOptions{Classes: []string{"a", "b", "c"}})
	if hokusai.ErrorField(err) != "runtime.options.classes" {
		t.Errorf("wrong class count: %v", err)
	}
	m, err := trees.Load(hokusai.RuntimeXGBoost, filepath.Join(models, "agaricus", "xgagaricus.model"), hokusai.RuntimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Predict(ctx, []hokusai.Row{{"f1": 1}, {"f3": "yes"}})
	if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "f3" || !strings.Contains(err.Error(), "Row 1") {
		t.Errorf("text in a numeric feature: %v", err)
	}
}

// leaves loads multi:softmax models raw; the runtime adds the softmax, so its
// probabilities must be the softmax of XGBoost's own margins.
func TestDermatologyMatchesXGBoost(t *testing.T) {
	dir := filepath.Join(models, "dermatology")
	rows := readLibsvm(t, filepath.Join(dir, "dermatology_test.libsvm"))
	margins := readFloats(t, filepath.Join(dir, "xgdermatology_true_predictions.txt"), false)
	m, err := trees.Load(hokusai.RuntimeXGBoost, filepath.Join(dir, "xgdermatology.model"), hokusai.RuntimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	preds := runtimetest.Check(t, m, rows)
	classes := m.Info().Classes
	if len(classes) != 6 || len(margins) != len(rows) {
		t.Fatalf("%d classes, %d expected rows for %d rows", len(classes), len(margins), len(rows))
	}
	labels := lines(t, filepath.Join(dir, "dermatology_test.libsvm"))
	correct := 0
	for i, p := range preds {
		var s float64
		for _, z := range margins[i] {
			s += math.Exp(z)
		}
		for k, c := range classes {
			if want := math.Exp(margins[i][k]) / s; math.Abs(p.Probabilities[c]-want) > 1e-6 {
				t.Fatalf("row %d class %s: %.9f, XGBoost's margins give %.9f", i, c, p.Probabilities[c], want)
			}
		}
		if strings.Fields(labels[i])[0] == p.Label {
			correct++
		}
	}
	t.Logf("dermatology: accuracy %.4f on %d test rows", float64(correct)/float64(len(rows)), len(rows))
}

func lines(t testing.TB, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

// XGBoost 1.x writes "binf" before the binary layout and leaves
// num_output_group 0; the runtime reads such files as XGBoost does
// (testdata/models/penguins-improve/train.py wrote the probabilities).
func TestXGBoost1BinaryMatchesXGBoost(t *testing.T) {
	dir := filepath.Join(models, "penguins-improve")
	f, err := os.Open(filepath.Join(dir, "dev.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	features := recs[0][1:]
	var rows []hokusai.Row
	for _, r := range recs[1:] {
		row := hokusai.Row{}
		for j, name := range features {
			row[name] = r[j+1]
		}
		rows = append(rows, row)
	}
	classes := []string{"Adelie", "Chinstrap", "Gentoo"}
	m, err := trees.Load(hokusai.RuntimeXGBoost, filepath.Join(dir, "better.bin"), hokusai.RuntimeOptions{Features: features, Classes: classes})
	if err != nil {
		t.Fatal(err)
	}
	want := readFloats(t, filepath.Join(dir, "better.bin.predictions.txt"), false)
	if len(want) != len(rows) || len(rows) != 205 {
		t.Fatalf("%d expected predictions for %d rows", len(want), len(rows))
	}
	preds := runtimetest.Check(t, m, rows)
	for i, p := range preds {
		for k, c := range classes {
			if math.Abs(p.Probabilities[c]-want[i][k]) > 1e-6 {
				t.Fatalf("row %d: P(%s) = %.9f, XGBoost says %.9f", i, c, p.Probabilities[c], want[i][k])
			}
		}
	}
}
