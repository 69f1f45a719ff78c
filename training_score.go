package hokusai

import "math/big"

// The distributed training score (F26) ranks models by how much they are
// used and liked. For each model:
//
//	engagement = its settled calls over the last 30 days
//	popularity = its distinct consumers (unique users with a settled call)
//	rating     = its mean rating with a prior: (PriorWeight × PriorStars + sum of stars) / (PriorWeight + ratings),
//	             so one 5-star vote moves a new model from 3 to 3.33, not to 5
//
// Each is normalised across the market by dividing by the largest value
// any model has (a component every model has at 0 counts 0), and the
// score is their mean, in basis points (0–10000), rounded down.
const (
	PriorStars  = 3 // the prior's mean rating
	PriorWeight = 5 // how many ratings the prior counts as
)

// ScoreInput is what a model's training score is computed from, indexed
// from its Agent's ledger.
type ScoreInput struct {
	ModelID   uint64
	Calls30d  int64
	Users     int64
	Ratings   int64
	RatingSum int64
}

// TrainingScores returns each model's distributed training score in basis
// points, normalised across in (the market).
func TrainingScores(in []ScoreInput) map[uint64]int64 {
	out := make(map[uint64]int64, len(in))
	var maxCalls, maxUsers int64
	maxRating := new(big.Rat)
	ratings := make([]*big.Rat, len(in))
	for i, m := range in {
		maxCalls, maxUsers = max(maxCalls, m.Calls30d), max(maxUsers, m.Users)
		ratings[i] = big.NewRat(PriorWeight*PriorStars+max(m.RatingSum, 0), PriorWeight+max(m.Ratings, 0))
		if ratings[i].Cmp(maxRating) > 0 {
			maxRating = ratings[i]
		}
	}
	part := func(v, top int64) *big.Rat {
		if top <= 0 || v <= 0 {
			return new(big.Rat)
		}
		return big.NewRat(v, top)
	}
	for i, m := range in {
		s := new(big.Rat).Add(part(m.Calls30d, maxCalls), part(m.Users, maxUsers))
		if maxRating.Sign() > 0 {
			s.Add(s, new(big.Rat).Quo(ratings[i], maxRating))
		}
		s.Mul(s, big.NewRat(10000, 3))
		out[m.ModelID] = new(big.Int).Quo(s.Num(), s.Denom()).Int64()
	}
	return out
}
