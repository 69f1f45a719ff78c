package eval

import (
	"context"
	"errors"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// voteRule is a one-feature classifier over house-votes-84 rows: the
// integration test needs a Predictor, and this one's answers are known.
type voteRule struct{ fail error }

func (voteRule) Info() hokusai.PredictorInfo {
	return hokusai.PredictorInfo{Runtime: "rule", Task: hokusai.TaskClassification, Classes: []string{"democrat", "republican"}}
}

func (v voteRule) Predict(_ context.Context, rows []hokusai.Row) ([]hokusai.Prediction, error) {
	if v.fail != nil {
		return nil, v.fail
	}
	out := make([]hokusai.Prediction, len(rows))
	for i, r := range rows {
		p := map[any]float64{"y": 0.9, "n": 0.05}[r["physician-fee-freeze"]]
		label := "democrat"
		if p > 0.5 {
			label = "republican"
		}
		out[i] = hokusai.Prediction{Label: label, Confidence: max(p, 1-p), Value: p,
			Probabilities: map[string]float64{"democrat": 1 - p, "republican": p}}
	}
	return out, nil
}

func (voteRule) Close() error { return nil }

func TestModelIntegrationReport(t *testing.T) {
	cases := []TestCase{
		{Name: "fee freeze yes", Input: hokusai.Row{"physician-fee-freeze": "y"}, Expected: "republican"},
		{Input: hokusai.Row{"physician-fee-freeze": "n"}, Expected: "democrat"},
		{Input: hokusai.Row{"physician-fee-freeze": "n"}, Expected: "republican"},
	}
	rep, err := TestModelIntegration(context.Background(), voteRule{}, cases, 0)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status != "failed" || rep.Passed != 2 || rep.Score != 2.0/3 || len(rep.FailedCases) != 1 || rep.FailedCases[0].Actual != "democrat" ||
		rep.FailedCases[0].Name != "case 3" || rep.FailedCases[0].Index != 2 || rep.FailedCases[0].Expected != "republican" {
		t.Fatalf("%+v", rep)
	}
	rep, _ = TestModelIntegration(context.Background(), voteRule{}, cases[:2], 0)
	if rep.Status != "passed" || rep.Score != 1 || len(rep.FailedCases) != 0 {
		t.Fatalf("%+v", rep)
	}
	rep, _ = TestModelIntegration(context.Background(), voteRule{fail: hokusai.Errorf(hokusai.EUNAVAILABLE, "The endpoint is down.")}, cases, 0)
	if rep.Status != "error" || rep.Error != "The endpoint is down." {
		t.Fatalf("%+v", rep)
	}
	rep, _ = TestModelIntegration(context.Background(), voteRule{fail: errors.New("boom")}, cases, 0)
	if rep.Status != "error" || rep.Error != "boom" {
		t.Fatalf("%+v", rep)
	}
	if _, err := TestModelIntegration(context.Background(), voteRule{}, nil, 0); hokusai.ErrorField(err) != "test_cases" {
		t.Fatalf("no cases: %v", err)
	}
	many := make([]TestCase, MaxIntegrationCases+1)
	for i := range many {
		many[i] = cases[0]
	}
	if _, err := TestModelIntegration(context.Background(), voteRule{}, many, 0); hokusai.ErrorField(err) != "test_cases" {
		t.Fatalf("%d cases: %v", len(many), err)
	}
	if _, err := TestModelIntegration(context.Background(), voteRule{}, []TestCase{{Input: cases[0].Input}}, 0); hokusai.ErrorField(err) != "test_cases" {
		t.Fatalf("no expected_output: %v", err)
	}
	if _, err := TestModelIntegration(context.Background(), voteRule{}, cases, -1); hokusai.ErrorField(err) != "tolerance" {
		t.Fatalf("negative tolerance: %v", err)
	}
}

// A runtime's predictions on house-votes-84 score like the same numbers
// given as plain data.
func TestFromRuntime(t *testing.T) {
	d, err := LoadFile(datasets+"house-votes-84.csv", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	truth, enc, err := d.Truth("party", hokusai.MetricAUCROC, false)
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(d.Columns))
	for i, c := range d.Columns {
		names[i] = c.Name
	}
	preds, _ := voteRule{}.Predict(context.Background(), hokusai.RowsFromTable(names, d.Rows))
	p, err := FromRuntime(preds, truth, enc)
	if err != nil {
		t.Fatal(err)
	}
	auc, err := Score(MetricSpec{Metric: hokusai.MetricAUCROC}, truth, p)
	if err != nil {
		t.Fatal(err)
	}
	score := make([]float64, len(preds))
	for i, x := range preds {
		score[i] = x.Value
	}
	want, _ := AUCBinary(truth.Labels, score)
	if auc != want || auc < 0.9 {
		t.Fatalf("AUC %v via FromRuntime, %v from values", auc, want)
	}
	acc, _ := Score(DefaultSpec(hokusai.MetricAccuracy, 2), truth, p)
	if acc < 0.9 {
		t.Fatalf("accuracy %v", acc)
	}
}
