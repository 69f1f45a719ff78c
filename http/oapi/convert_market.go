package oapi

import (
	"github.com/hokusai-protocol/hokusai"
)

// FromListing converts a market listing to its API form; money and scores
// are exact decimals.
func FromListing(l *hokusai.MarketListing) MarketListing {
	s := l.Stats
	out := MarketListing{
		Model:         FromModel(l.Model),
		Runtime:       s.Runtime,
		Deltaones:     hokusai.FormatInt64Units(s.DeltaOnesMilli, 3),
		Price:         hokusai.FormatInt64Units(s.Price, 6),
		Reserve:       hokusai.FormatInt64Units(s.Reserve, 6),
		Calls7d:       s.Calls7d,
		CallsPrev7d:   s.CallsPrev7d,
		Users7d:       s.Users7d,
		Trending:      hokusai.TrendingBps(s.Calls7d, s.CallsPrev7d),
		Ratings:       s.Ratings,
		TrainingScore: s.TrainingScoreBps,
		OpenProposals: s.OpenProposals,
	}
	if l.HeadVersion != "" {
		v := l.HeadVersion
		out.HeadVersion = &v
		if l.HeadScore != nil {
			sc := hokusai.FormatWad(l.HeadScore)
			out.HeadScore = &sc
		}
	}
	if s.ScoreLow != nil && s.ScoreHigh != nil {
		out.ScoreInterval = &ScoreInterval{Low: hokusai.FormatWad(s.ScoreLow), High: hokusai.FormatWad(s.ScoreHigh)}
	}
	if s.RatingCenti > 0 {
		r := hokusai.FormatInt64Units(s.RatingCenti, 2)
		out.Rating = &r
	}
	if l.Parent != nil {
		out.Parent = &Lineage{ModelId: int64(l.Parent.ModelID), Version: l.Parent.Version}
	}
	if s.BenchmarkHash != "" {
		h := s.BenchmarkHash
		out.BenchmarkHash = &h
	}
	if !s.UpdatedAt.IsZero() {
		t := s.UpdatedAt.UTC()
		out.UpdatedAt = &t
	}
	return out
}

// FromMarketPoint converts a market snapshot to its API form.
func FromMarketPoint(p hokusai.MarketPoint) MarketPoint {
	out := MarketPoint{
		At:        p.At.UTC(),
		Price:     hokusai.FormatInt64Units(p.Price, 6),
		Reserve:   hokusai.FormatInt64Units(p.Reserve, 6),
		Calls7d:   p.Calls7d,
		Users7d:   p.Users7d,
		Deltaones: hokusai.FormatInt64Units(p.DeltaOnesMilli, 3),
	}
	if p.HeadScore != nil {
		s := hokusai.FormatWad(p.HeadScore)
		out.HeadScore = &s
	}
	return out
}

// FromMarketVersion converts a registered version to the model page's form.
func FromMarketVersion(v *hokusai.ModelVersion) MarketVersion {
	out := MarketVersion{
		Version:   v.Version,
		Digest:    v.Digest,
		Metrics:   v.Metrics,
		Receipts:  v.Receipts,
		CreatedAt: v.CreatedAt.UTC(),
	}
	if v.Manifest != nil {
		out.Runtime = v.Manifest.Runtime.Kind
	}
	if out.Metrics == nil {
		out.Metrics = map[string]float64{}
	}
	if out.Receipts == nil {
		out.Receipts = []string{}
	}
	if v.Parent != nil {
		out.Parent = &Lineage{ModelId: int64(v.Parent.ModelID), Version: v.Parent.Version}
	}
	return out
}
