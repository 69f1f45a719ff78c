package hokusai_test

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

func TestFineTuneStatusMoves(t *testing.T) {
	const (
		v = hokusai.FineTuneValidating
		q = hokusai.FineTuneQueued
		r = hokusai.FineTuneRunning
		s = hokusai.FineTuneSucceeded
		f = hokusai.FineTuneFailed
		c = hokusai.FineTuneCancelled
	)
	allowed := map[[2]hokusai.FineTuneStatus]bool{
		{v, q}: true, {v, f}: true, {v, c}: true,
		{q, r}: true, {q, f}: true, {q, c}: true,
		{r, r}: true, {r, s}: true, {r, f}: true, {r, c}: true,
	}
	all := []hokusai.FineTuneStatus{v, q, r, s, f, c, "paused"}
	for _, from := range all[:6] {
		for _, to := range all {
			if got := from.CanMoveTo(to); got != allowed[[2]hokusai.FineTuneStatus{from, to}] {
				t.Errorf("%s → %s: %v", from, to, got)
			}
		}
	}
}

func TestHyperParametersResolve(t *testing.T) {
	got, err := hokusai.HyperParameters{}.Resolve()
	if err != nil || got.Epochs != hokusai.DefaultFineTuneEpochs || got.BatchSize != hokusai.DefaultFineTuneBatchSize || got.LearningRate != hokusai.DefaultFineTuneLR {
		t.Fatalf("auto: %+v %v", got, err)
	}
	for _, c := range []struct {
		h     hokusai.HyperParameters
		field string
	}{
		{hokusai.HyperParameters{Epochs: -1}, "hyperparameters.n_epochs"},
		{hokusai.HyperParameters{Epochs: hokusai.MaxFineTuneEpochs + 1}, "hyperparameters.n_epochs"},
		{hokusai.HyperParameters{BatchSize: hokusai.MaxFineTuneBatchSize + 1}, "hyperparameters.batch_size"},
		{hokusai.HyperParameters{LearningRate: 11}, "hyperparameters.learning_rate"},
		{hokusai.HyperParameters{LearningRate: -0.1}, "hyperparameters.learning_rate"},
	} {
		if _, err := c.h.Resolve(); hokusai.ErrorField(err) != c.field {
			t.Errorf("%+v: %v, want field %s", c.h, err, c.field)
		}
	}
}

func TestParseBaseRef(t *testing.T) {
	for in, want := range map[string]hokusai.BaseRef{
		"VOTE@1.0.0": {Model: "VOTE", Revision: "1.0.0"},
		" 7@2.1.0 ":  {Model: "7", Revision: "2.1.0"},
		"hf:sentence-transformers/all-MiniLM-L6-v2@main": {HF: true, Model: "sentence-transformers/all-MiniLM-L6-v2", Revision: "main"},
		"hf:org/name": {HF: true, Model: "org/name", Revision: "main"},
	} {
		got, err := hokusai.ParseBaseRef(in)
		if err != nil || got != want {
			t.Errorf("%q: %+v %v", in, got, err)
		}
	}
	for _, in := range []string{"", "VOTE", "VOTE@", "VOTE@latest", "hf:", "hf:name", "hf:../x@main", "hf:a/b@..", "hf:a/b/c@main"} {
		if _, err := hokusai.ParseBaseRef(in); hokusai.ErrorField(err) != "base" {
			t.Errorf("%q: %v, want an error on base", in, err)
		}
	}
}
