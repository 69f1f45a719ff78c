package hokusai_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

func TestTrainingScores(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []hokusai.ScoreInput
		want map[uint64]int64
	}{
		{"alone: the best at everything", []hokusai.ScoreInput{{ModelID: 1, Calls30d: 10, Users: 2, Ratings: 1, RatingSum: 4}}, map[uint64]int64{1: 10000}},
		{"unused and unrated: only the prior", []hokusai.ScoreInput{{ModelID: 1}}, map[uint64]int64{1: 3333}},
		{
			// Rating: 1 → (15+5)/6 = 10/3, 2 → (15+40)/13 = 55/13 (the max); 2's calls 0.
			"one 5-star vote does not top the market",
			[]hokusai.ScoreInput{{ModelID: 1, Calls30d: 100, Users: 10, Ratings: 1, RatingSum: 5}, {ModelID: 2, Calls30d: 0, Users: 5, Ratings: 8, RatingSum: 40}},
			// 1: (1 + 1 + (10/3)/(55/13)=130/165) /3 ×10000 = 9292; 2: (0 + 0.5 + 1)/3 ×10000 = 5000
			map[uint64]int64{1: 9292, 2: 5000},
		},
	} {
		got := hokusai.TrainingScores(c.in)
		for id, w := range c.want {
			if got[id] != w {
				t.Errorf("%s: model %d scores %d, want %d (all: %v)", c.name, id, got[id], w, got)
			}
		}
	}
}

// TestTrainingScoresProperty: every score lies in 0–10000, a model at the
// top of all three components scores 10000, and more calls never lower a
// model's score while the rest of the market stays as it is.
func TestTrainingScoresProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 8).Draw(t, "n")
		in := make([]hokusai.ScoreInput, n)
		for i := range in {
			r := rapid.Int64Range(0, 50).Draw(t, "ratings")
			in[i] = hokusai.ScoreInput{ModelID: uint64(i + 1), Calls30d: rapid.Int64Range(0, 1e9).Draw(t, "calls"),
				Users: rapid.Int64Range(0, 1e6).Draw(t, "users"), Ratings: r, RatingSum: r * rapid.Int64Range(1, 5).Draw(t, "stars")}
		}
		s := hokusai.TrainingScores(in)
		for id, v := range s {
			if v < 0 || v > 10000 {
				t.Fatalf("model %d scores %d", id, v)
			}
		}
		i := rapid.IntRange(0, n-1).Draw(t, "which")
		more := append([]hokusai.ScoreInput(nil), in...)
		more[i].Calls30d += rapid.Int64Range(1, 1e6).Draw(t, "extra")
		// Growing calls can raise the market's maximum, which lowers others,
		// never the model itself below what its other components give.
		if got := hokusai.TrainingScores(more)[in[i].ModelID]; got < s[in[i].ModelID] {
			t.Fatalf("more calls lowered model %d's score from %d to %d", in[i].ModelID, s[in[i].ModelID], got)
		}
	})
}
