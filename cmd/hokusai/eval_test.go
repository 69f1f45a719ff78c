package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

const votes = "../../testdata/datasets/house-votes-84.csv"

// writeVotePredictions writes two rule-based models' predictions for
// house-votes-84: the candidate reads physician-fee-freeze, the baseline
// el-salvador-aid; rows restricts them to the given row numbers (nil: all).
func writeVotePredictions(t *testing.T, rows []int) (cand, base string) {
	t.Helper()
	f, err := os.Open(votes)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, n := range recs[0] {
		col[n] = i
	}
	recs = recs[1:]
	if rows != nil {
		var sub [][]string
		for _, i := range rows {
			sub = append(sub, recs[i])
		}
		recs = sub
	}
	dir := t.TempDir()
	var c, b strings.Builder
	c.WriteString("prediction,p_democrat,p_republican\n")
	for _, r := range recs {
		p := map[string]float64{"y": 0.9, "n": 0.05, "?": 0.5}[r[col["physician-fee-freeze"]]]
		q := map[string]float64{"y": 0.7, "n": 0.2, "?": 0.5}[r[col["el-salvador-aid"]]]
		fmt.Fprintf(&c, "%s,%v,%v\n", party(p), 1-p, p)
		fmt.Fprintf(&b, "{\"prediction\": %q, \"score\": %v}\n", party(q), q)
	}
	cand, base = filepath.Join(dir, "cand.csv"), filepath.Join(dir, "base.jsonl")
	os.WriteFile(cand, []byte(c.String()), 0o644)
	os.WriteFile(base, []byte(b.String()), 0o644)
	return cand, base
}

func party(p float64) string {
	if p > 0.5 {
		return "republican"
	}
	return "democrat"
}

func TestEvalRunAndVerify(t *testing.T) {
	cand, base := writeVotePredictions(t, nil)
	receipt := filepath.Join(t.TempDir(), "receipt.json")
	_, err := runCLI(t, "eval", "run", "--dataset", votes, "--label", "party", "--predictions", cand,
		"--baseline-predictions", base, "--metric", "auc_roc", "--dev-account", "2", "--model", "votes", "--out", receipt, "--seed", "7")
	if err != nil {
		t.Fatal(err)
	}
	out, err := runCLI(t, "eval", "verify", receipt)
	if err != nil || strings.TrimSpace(out) != "valid, signed by "+devchain.DevAddress(2).Hex() {
		t.Fatalf("verify: %q %v", out, err)
	}
	b, _ := os.ReadFile(receipt)
	for _, want := range []string{`"metric": "auc_roc"`, `"rows": 435`, `"seed": "7"`, `"dataset_digest": "sha256:8c5835178ec754fc858b56798ead1d91527e9a02a439361c316b248fc5dc3a6b"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("receipt lacks %s", want)
		}
	}
	// The same inputs and seed give the same numbers.
	again := filepath.Join(t.TempDir(), "again.json")
	runCLI(t, "eval", "run", "--dataset", votes, "--label", "party", "--predictions", cand,
		"--baseline-predictions", base, "--metric", "auc_roc", "--dev-account", "2", "--model", "votes", "--out", again, "--seed", "7")
	b2, _ := os.ReadFile(again)
	if field(string(b), "low95") != field(string(b2), "low95") || field(string(b), "low95") == "" {
		t.Fatalf("low95 %s then %s", field(string(b), "low95"), field(string(b2), "low95"))
	}

	// A changed score fails, exits 2 (EINVALID) and names the field.
	tampered := filepath.Join(t.TempDir(), "tampered.json")
	os.WriteFile(tampered, []byte(strings.Replace(string(b), `"rows": 435`, `"rows": 4350`, 1)), 0o644)
	_, err = runCLI(t, "eval", "verify", tampered)
	if exitCode(err) != 2 || hokusai.ErrorField(err) != "rows" || !strings.Contains(userMessage(err), "rows (now 4350)") {
		t.Fatalf("tampered receipt: exit %d, %v", exitCode(err), err)
	}
}

func field(receipt, name string) string {
	_, rest, ok := strings.Cut(receipt, `"`+name+`": `)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, ",")
	return v
}

func TestEvalRunOnTestSplit(t *testing.T) {
	// Predictions for the hidden test split only: the split is the
	// benchmark's (seed 3, 30% dev), reproduced here from the library.
	out, err := runCLI(t, "eval", "run", "--dataset", votes, "--label", "party", "--predictions", "x.csv", "--metric", "accuracy", "--split", "sideways")
	if hokusai.ErrorField(err) != "split" {
		t.Fatalf("bad split: %q %v", out, err)
	}
	cand, _ := writeVotePredictions(t, nil)
	_, err = runCLI(t, "eval", "run", "--dataset", votes, "--label", "party", "--predictions", cand, "--metric", "accuracy", "--split", "test", "--split-seed", "3")
	if hokusai.ErrorField(err) != "predictions" || !strings.Contains(err.Error(), "435 rows but 304 rows") {
		t.Fatalf("all-row predictions on the test split: %v", err)
	}
}

func TestEvalRunErrors(t *testing.T) {
	cand, _ := writeVotePredictions(t, nil)
	for _, tc := range []struct {
		args  []string
		field string
	}{
		{[]string{"--metric", "bleu"}, "metric"},
		{[]string{"--metric", "mse"}, "label"},
		{[]string{"--metric", "f1", "--average", "sideways"}, "average"},
		{[]string{"--metric", "f1", "--pos-label", "whig"}, "pos-label"},
		{[]string{"--metric", "accuracy", "--resamples", "10"}, "resamples"},
	} {
		args := append([]string{"eval", "run", "--dataset", votes, "--label", "party", "--predictions", cand, "--progress", "never"}, tc.args...)
		_, err := runCLI(t, args...)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field {
			t.Errorf("%v: got %v, want EINVALID on %s", tc.args, err, tc.field)
		}
	}
}

func TestEvalBenchmarkSplitsAndScores(t *testing.T) {
	dir := t.TempDir()
	dev, test := filepath.Join(dir, "dev.csv"), filepath.Join(dir, "test.jsonl")
	out, err := runCLI(t, "eval", "benchmark", "--dataset", votes, "--label", "party", "--metric", "accuracy",
		"--seed", "3", "--dev-out", dev, "--test-out", test)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"dev_rows": 131`, `"test_rows": 304`, `"test_digest": "sha256:`} {
		if !strings.Contains(out, want) {
			t.Fatalf("benchmark output lacks %s:\n%s", want, out)
		}
	}
	again, _ := runCLI(t, "eval", "benchmark", "--dataset", votes, "--label", "party", "--metric", "accuracy", "--seed", "3")
	if again != out {
		t.Fatalf("same seed, different benchmark:\n%s\n%s", out, again)
	}
	// The written test split scores like --split test on the whole dataset.
	recs := readLines(t, test)
	var preds strings.Builder
	preds.WriteString("prediction\n")
	for _, l := range recs {
		if strings.Contains(l, `"physician-fee-freeze":"y"`) {
			preds.WriteString("republican\n")
		} else {
			preds.WriteString("democrat\n")
		}
	}
	pf := filepath.Join(dir, "preds.csv")
	os.WriteFile(pf, []byte(preds.String()), 0o644)
	a, err := runCLI(t, "eval", "run", "--dataset", test, "--label", "party", "--predictions", pf, "--metric", "accuracy")
	if err != nil {
		t.Fatal(err)
	}
	b, err := runCLI(t, "eval", "run", "--dataset", votes, "--label", "party", "--predictions", pf, "--metric", "accuracy", "--split", "test", "--split-seed", "3")
	if err != nil {
		t.Fatal(err)
	}
	if field(a, "candidate_score") != field(b, "candidate_score") || field(a, "candidate_score") == "" {
		t.Fatalf("test file scores %s, --split test scores %s", field(a, "candidate_score"), field(b, "candidate_score"))
	}
	if field(a, "dataset_digest") != field(b, "split_digest") {
		t.Fatalf("the written split's digest %s ≠ the split digest %s", field(a, "dataset_digest"), field(b, "split_digest"))
	}
}

func readLines(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

// writeIrisPredictions writes class probabilities for iris from petal
// length alone: informative but imperfect, with tied scores.
func writeIrisPredictions(t *testing.T) string {
	t.Helper()
	lines := readLines(t, "../../testdata/datasets/iris.csv")
	var b strings.Builder
	b.WriteString("p_setosa,p_versicolor,p_virginica\n")
	for _, l := range lines[1:] {
		var sl, sw, pl, pw float64
		fmt.Sscanf(strings.ReplaceAll(l, ",", " "), "%g %g %g %g", &sl, &sw, &pl, &pw)
		switch {
		case pl < 2.5:
			b.WriteString("0.8,0.1,0.1\n")
		case pl < 4.8:
			b.WriteString("0.1,0.6,0.3\n")
		case pl < 5.2:
			b.WriteString("0.1,0.5,0.4\n")
		default:
			b.WriteString("0.1,0.2,0.7\n")
		}
	}
	p := filepath.Join(t.TempDir(), "iris-preds.csv")
	os.WriteFile(p, []byte(b.String()), 0o644)
	return p
}

// The AUC-ROC average and multi-class strategy given are the ones computed
// and named in the receipt; combinations scikit-learn refuses are refused.
func TestEvalRunMulticlassAUC(t *testing.T) {
	const iris = "../../testdata/datasets/iris.csv"
	preds := writeIrisPredictions(t)
	scores := map[string]string{}
	for _, tc := range []struct{ args []string }{
		{nil},
		{[]string{"--average", "weighted"}},
		{[]string{"--average", "micro"}},
		{[]string{"--multi-class", "ovo"}},
		{[]string{"--multi-class", "ovo", "--average", "weighted"}},
	} {
		args := append([]string{"eval", "run", "--dataset", iris, "--label", "species", "--predictions", preds, "--metric", "auc_roc", "--progress", "never"}, tc.args...)
		out, err := runCLI(t, args...)
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		metric := strings.Trim(field(out, "metric"), `"`)
		if _, dup := scores[metric]; dup {
			t.Fatalf("%v: metric name %s repeats", tc.args, metric)
		}
		scores[metric] = field(out, "candidate_score")
	}
	want := []string{"auc_roc", "auc_roc_ovr_weighted", "auc_roc_ovr_micro", "auc_roc_ovo_macro", "auc_roc_ovo_weighted"}
	seen := map[string]bool{}
	for _, m := range want {
		s, ok := scores[m]
		if !ok {
			t.Fatalf("no receipt named %s: %v", m, scores)
		}
		seen[s] = true
	}
	if len(seen) < 4 {
		t.Fatalf("the averages give only %d distinct scores: %v", len(seen), scores)
	}
	for _, tc := range []struct {
		args  []string
		field string
	}{
		{[]string{"--metric", "auc_roc", "--multi-class", "ovo", "--average", "micro"}, "average"},
		{[]string{"--metric", "auc_roc", "--average", "binary"}, "average"},
		{[]string{"--metric", "auc_roc", "--multi-class", "ovx"}, "multi_class"},
		{[]string{"--metric", "log_loss", "--average", "weighted"}, "average"},
		{[]string{"--metric", "accuracy", "--multi-class", "ovo"}, "multi_class"},
	} {
		args := append([]string{"eval", "run", "--dataset", iris, "--label", "species", "--predictions", preds, "--progress", "never"}, tc.args...)
		_, err := runCLI(t, args...)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field {
			t.Errorf("%v: got %v, want EINVALID on %s", tc.args, err, tc.field)
		}
	}
}

// A custom metric restating accuracy scores what accuracy scores, and the
// receipt names its expression.
func TestEvalRunCustomMetric(t *testing.T) {
	cand, _ := writeVotePredictions(t, nil)
	base := []string{"eval", "run", "--dataset", votes, "--label", "party", "--predictions", cand, "--progress", "never"}
	acc, err := runCLI(t, append(base, "--metric", "accuracy")...)
	if err != nil {
		t.Fatal(err)
	}
	custom, err := runCLI(t, append(base, "--metric", "custom", "--expression", "(tp+tn)/(tp+tn+fp+fn)", "--direction", "max")...)
	if err != nil {
		t.Fatal(err)
	}
	if field(custom, "candidate_score") != field(acc, "candidate_score") || field(acc, "candidate_score") == "" {
		t.Fatalf("custom accuracy %s, accuracy %s", field(custom, "candidate_score"), field(acc, "candidate_score"))
	}
	if m := field(custom, "metric"); m != `"custom_binary:(tp + tn) / (tp + tn + fp + fn)"` {
		t.Fatalf("receipt metric %s", m)
	}
	for _, tc := range []struct {
		args  []string
		field string
	}{
		{[]string{"--metric", "custom", "--expression", "tp/n"}, "direction"},
		{[]string{"--metric", "custom", "--direction", "max"}, "expression"},
		{[]string{"--metric", "custom", "--expression", "tp/(fp", "--direction", "max"}, "expression"},
		{[]string{"--metric", "accuracy", "--expression", "tp/n"}, "expression"},
	} {
		_, err := runCLI(t, append(base, tc.args...)...)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field {
			t.Errorf("%v: got %v, want EINVALID on %s", tc.args, err, tc.field)
		}
	}
}
