package http

import (
	"cmp"
	"context"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// Market page bounds.
const (
	DefaultMarketLimit = 20
	MaxSearchText      = 200
	DefaultPoints      = 200
	MaxPoints          = 1000
)

// SearchMarket serves one page of the marketplace.
func (h apiHandler) SearchMarket(ctx context.Context, req oapi.SearchMarketRequestObject) (oapi.SearchMarketResponseObject, error) {
	if h.s.Market == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server has no market index configured.")
	}
	q, cursor, err := marketQuery(req.Params)
	if err != nil {
		return nil, err
	}
	if cursor != "" {
		if q.After, err = q.DecodeCursor(cursor); err != nil {
			return nil, err
		}
	}
	page, err := h.s.Market.SearchMarket(ctx, q)
	if err != nil {
		return nil, err
	}
	out := oapi.SearchMarket200JSONResponse{Data: make([]oapi.MarketListing, 0, len(page.Listings)), Total: int64(page.Total), Limit: int64(q.Limit)}
	for _, l := range page.Listings {
		out.Data = append(out.Data, oapi.FromListing(l))
	}
	if page.More && len(page.Listings) > 0 {
		c := q.EncodeCursor(page.Listings[len(page.Listings)-1])
		out.NextCursor = &c
	}
	return out, nil
}

// marketQuery checks the search parameters and builds the query; it
// returns the cursor parameter apart, to be decoded against the query.
func marketQuery(p oapi.SearchMarketParams) (hokusai.MarketQuery, string, error) {
	q := hokusai.MarketQuery{Sort: hokusai.SortTrainingScore, Limit: DefaultMarketLimit}
	var err error
	if p.Limit != nil {
		if *p.Limit < 1 || *p.Limit > hokusai.MaxMarketLimit {
			return q, "", hokusai.FieldErrorf("limit", "Parameter limit must be between 1 and %d, got %d.", hokusai.MaxMarketLimit, *p.Limit)
		}
		q.Limit = int(*p.Limit)
	}
	if p.Q != nil {
		if len(*p.Q) > MaxSearchText {
			return q, "", hokusai.FieldErrorf("q", "Parameter q must be at most %d bytes, got %d; search with fewer words.", MaxSearchText, len(*p.Q))
		}
		q.Text = *p.Q
	}
	if p.Sort != nil {
		if q.Sort, err = hokusai.ParseMarketSort(*p.Sort); err != nil {
			return q, "", err
		}
	}
	q.Descending = q.Sort.DefaultDescending()
	if p.Order != nil {
		switch *p.Order {
		case "asc":
			q.Descending = false
		case "desc":
			q.Descending = true
		default:
			return q, "", hokusai.FieldErrorf("order", "Parameter order must be asc or desc, got %q.", hokusai.Excerpt(string(*p.Order)))
		}
	}
	if q.Category, err = textFilter("category", p.Category); err != nil {
		return q, "", err
	}
	if p.Tag != nil {
		if len(*p.Tag) > 8 {
			return q, "", hokusai.FieldErrorf("tag", "At most 8 tag parameters may be given, got %d.", len(*p.Tag))
		}
		for _, t := range *p.Tag {
			v, err := textFilter("tag", &t)
			if err != nil {
				return q, "", err
			}
			q.Tags = append(q.Tags, *v)
		}
	}
	if p.License != nil {
		l, err := hokusai.ParseLicense(string(*p.License))
		if err != nil {
			return q, "", err
		}
		q.License = &l
	}
	if p.Metric != nil {
		m, err := hokusai.ParseMetric(*p.Metric)
		if err != nil {
			return q, "", err
		}
		q.Metric = &m
	}
	if p.Runtime != nil {
		r := strings.TrimSpace(*p.Runtime)
		if r == "" || len(r) > 32 {
			return q, "", hokusai.FieldErrorf("runtime", "Parameter runtime must be 1 to 32 characters, such as linear or onnx.")
		}
		q.Runtime = &r
	}
	if p.MinReward != nil {
		if *p.MinReward < 0 {
			return q, "", hokusai.FieldErrorf("min_reward", "Parameter min_reward must be a whole number of tokens ≥ 0, got %d.", *p.MinReward)
		}
		q.MinRewardPerDeltaOne = p.MinReward
	}
	if q.MinPrice, err = usdcParam("min_price", p.MinPrice); err != nil {
		return q, "", err
	}
	if q.MaxPrice, err = usdcParam("max_price", p.MaxPrice); err != nil {
		return q, "", err
	}
	q.HasOpenProposals = p.HasOpenProposals
	if p.Benchmark != nil {
		b := strings.ToLower(strings.TrimSpace(*p.Benchmark))
		if !benchmarkRE.MatchString(b) {
			return q, "", hokusai.FieldErrorf("benchmark", "Parameter benchmark must be a benchmark hash, 0x and 64 hex digits, got %q.", hokusai.Excerpt(*p.Benchmark))
		}
		q.BenchmarkHash = &b
	}
	if err := hokusai.CheckMarketQuery(&q); err != nil {
		return q, "", err
	}
	cursor := ""
	if p.Cursor != nil {
		cursor = *p.Cursor
		if cursor == "" || len(cursor) > 64 {
			return q, "", hokusai.FieldErrorf("cursor", "Parameter cursor must be the next_cursor of the previous page; omit it for the first page.")
		}
	}
	return q, cursor, nil
}

var benchmarkRE = regexp.MustCompile(`^0x[0-9a-f]{64}$`)

// usdcParam parses a USDC amount parameter into micro-USDC.
func usdcParam(name string, v *string) (*int64, error) {
	if v == nil {
		return nil, nil
	}
	if len(*v) > 32 {
		return nil, hokusai.FieldErrorf(name, "Parameter %s must be a USDC amount such as 0.01.", name)
	}
	amount, err := hokusai.ParseUnits(name, *v, 6)
	if err != nil {
		return nil, hokusai.FieldErrorf(name, "Parameter %s must be a USDC amount with at most 6 decimals, such as 0.01; got %q.", name, hokusai.Excerpt(*v))
	}
	if amount.Sign() < 0 || !amount.IsInt64() {
		return nil, hokusai.FieldErrorf(name, "Parameter %s must be between 0 and %s USDC, got %q.", name, hokusai.FormatInt64Units(math.MaxInt64, 6), hokusai.Excerpt(*v))
	}
	n := amount.Int64()
	return &n, nil
}

// GetMarketModel serves a model page's data.
func (h apiHandler) GetMarketModel(ctx context.Context, req oapi.GetMarketModelRequestObject) (oapi.GetMarketModelResponseObject, error) {
	if h.s.Market == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server has no market index configured.")
	}
	ms, err := h.s.modelService()
	if err != nil {
		return nil, err
	}
	p := req.Params
	points := int64(DefaultPoints)
	if p.Points != nil {
		if *p.Points < 1 || *p.Points > MaxPoints {
			return nil, hokusai.FieldErrorf("points", "Parameter points must be between 1 and %d, got %d.", MaxPoints, *p.Points)
		}
		points = *p.Points
	}
	var from, to time.Time
	if p.From != nil {
		from = *p.From
	}
	if p.To != nil {
		to = *p.To
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		return nil, hokusai.FieldErrorf("from", "Parameter from must be before to.")
	}
	m, err := FindModel(ctx, ms, req.Id)
	if err != nil {
		return nil, err
	}
	l, err := h.s.Market.FindListing(ctx, m.ID)
	if err != nil {
		return nil, err
	}
	hist, err := h.s.Market.MarketHistory(ctx, m.ID, from, to, int(points))
	if err != nil {
		return nil, err
	}
	out := oapi.GetMarketModel200JSONResponse{Listing: oapi.FromListing(l), History: make([]oapi.MarketPoint, 0, len(hist)), Versions: []oapi.MarketVersion{}}
	for _, pt := range hist {
		out.History = append(out.History, oapi.FromMarketPoint(pt))
	}
	if h.s.Registry != nil {
		vs, err := h.s.Registry.FindVersions(ctx, m.ID)
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			out.Versions = append(out.Versions, oapi.FromMarketVersion(v))
		}
	}
	return out, nil
}

// MaxLeaderboard bounds the models a leaderboard ranks.
const MaxLeaderboard = 1000

// GetLeaderboard ranks the models scored on the same committed benchmark
// as the model in the path, best head score first.
func (h apiHandler) GetLeaderboard(ctx context.Context, req oapi.GetLeaderboardRequestObject) (oapi.GetLeaderboardResponseObject, error) {
	if h.s.Market == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server has no market index configured.")
	}
	ms, err := h.s.modelService()
	if err != nil {
		return nil, err
	}
	m, err := FindModel(ctx, ms, req.Id)
	if err != nil {
		return nil, err
	}
	self, err := h.s.Market.FindListing(ctx, m.ID)
	if err != nil {
		return nil, err
	}
	hash := self.Stats.BenchmarkHash
	if hash == "" {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %s has no committed benchmark yet; its owner sets one with `hokusai register_model %s --benchmark FILE`.", m.Ticker, m.Ticker)
	}
	var all []*hokusai.MarketListing
	q := hokusai.MarketQuery{BenchmarkHash: &hash, Sort: hokusai.SortNewest, Limit: hokusai.MaxMarketLimit}
	for len(all) < MaxLeaderboard {
		page, err := h.s.Market.SearchMarket(ctx, q)
		if err != nil {
			return nil, err
		}
		all = append(all, page.Listings...)
		if !page.More || len(page.Listings) == 0 {
			break
		}
		q.After = &hokusai.MarketCursor{Key: int64(page.Listings[len(page.Listings)-1].Model.ID), ID: page.Listings[len(page.Listings)-1].Model.ID}
	}
	RankLeaderboard(all, m.Direction)
	out := oapi.GetLeaderboard200JSONResponse{BenchmarkHash: hash, Metric: m.Metric.String(), Direction: oapi.LeaderboardDirection(m.Direction.String()),
		Entries: make([]oapi.LeaderboardEntry, 0, len(all))}
	for i, l := range all {
		out.Entries = append(out.Entries, oapi.LeaderboardEntry{Rank: int64(i + 1), Listing: oapi.FromListing(l)})
	}
	return out, nil
}

// RankLeaderboard orders listings best head score first in the metric's
// direction, ties by model id, models without a head last.
func RankLeaderboard(ls []*hokusai.MarketListing, d hokusai.Direction) {
	slices.SortStableFunc(ls, func(a, b *hokusai.MarketListing) int {
		switch {
		case a.HeadScore == nil && b.HeadScore == nil:
			return cmp.Compare(a.Model.ID, b.Model.ID)
		case a.HeadScore == nil:
			return 1
		case b.HeadScore == nil:
			return -1
		}
		c := b.HeadScore.Cmp(a.HeadScore) // higher first
		if d == hokusai.Minimize {
			c = -c
		}
		return cmp.Or(c, cmp.Compare(a.Model.ID, b.Model.ID))
	})
}
