package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

func TestEvaluateProgressAndSingleModel(t *testing.T) {
	y := []int{0, 1, 1, 0, 1, 0, 1, 1}
	cand := Predictions{Labels: []int{0, 1, 1, 0, 1, 1, 1, 1}}
	base := Predictions{Labels: []int{1, 1, 0, 0, 1, 1, 0, 1}}
	var buf bytes.Buffer
	req := Request{Spec: MetricSpec{Metric: hokusai.MetricAccuracy}, Truth: Truth{Labels: y}, Candidate: cand, Baseline: &base,
		Seed: 3, ProgressTo: &buf, Progress: ProgressAlways}
	c, err := Evaluate(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Paired || c.CandidateScore != 7.0/8 || c.BaselineScore != 4.0/8 || !strings.Contains(buf.String(), "bootstrap") || !strings.Contains(buf.String(), "1000/1000") {
		t.Fatalf("%+v, progress %q", c, buf.String())
	}
	// Auto mode draws nothing on a non-terminal.
	buf.Reset()
	req.Progress = ProgressAuto
	if _, err := Evaluate(context.Background(), req); err != nil || buf.Len() != 0 {
		t.Fatalf("auto mode wrote %q (%v)", buf.String(), err)
	}
	// Without a baseline the interval is the candidate's score's.
	req.Baseline = nil
	s, err := Evaluate(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if s.Paired || s.Improvement != 0 || !(s.Low95 <= s.CandidateScore && s.CandidateScore <= s.High95) || s.High95 > 1 {
		t.Fatalf("single model: %+v", s)
	}
	// A cancelled context stops the bootstrap.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Evaluate(ctx, req); err == nil {
		t.Fatal("a cancelled evaluation succeeded")
	}
}

func TestReadPredictions(t *testing.T) {
	enc := NewLabelEncoder([]string{"b", "a"})
	d, err := LoadCSV(strings.NewReader("prediction,p_a,p_b\nb,0.25,0.75\na,1,0\n"), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadPredictions(d, Truth{Labels: []int{0, 1}}, enc)
	if err != nil {
		t.Fatal(err)
	}
	if p.Labels[0] != 1 || p.Labels[1] != 0 || p.Probs[0][1] != 0.75 {
		t.Fatalf("%+v", p)
	}
	d, _ = LoadJSONL(strings.NewReader("{\"score\": 0.2}\n{\"score\": 0.9}\n"), LoadOptions{})
	p, err = ReadPredictions(d, Truth{Labels: []int{0, 1}}, enc)
	if err != nil || p.Probs[1][1] != 0.9 || p.Labels != nil {
		t.Fatalf("%+v %v", p, err)
	}
	d, _ = LoadCSV(strings.NewReader("prediction,p_a\nb,0.25\n"), LoadOptions{})
	if _, err := ReadPredictions(d, Truth{Labels: []int{0}}, enc); hokusai.ErrorField(err) != "predictions" {
		t.Fatalf("partial probability columns: %v", err)
	}
	d, _ = LoadCSV(strings.NewReader("prediction\nc\n"), LoadOptions{})
	if _, err := ReadPredictions(d, Truth{Labels: []int{0}}, enc); hokusai.ErrorField(err) != "prediction" {
		t.Fatalf("unknown class: %v", err)
	}
}
