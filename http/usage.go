package http

import (
	"context"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// Usage times lie in [minUsageTime, maxUsageTime]: wide enough for any
// real query, and far enough inside year 9999 that rounding to whole
// hours and encoding as RFC 3339 cannot overflow.
var (
	minUsageTime = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	maxUsageTime = time.Date(9000, 1, 1, 0, 0, 0, 0, time.UTC)
)

// parseUsageTime accepts RFC 3339 or a date (YYYY-MM-DD, UTC midnight)
// between minUsageTime and maxUsageTime; nil or "" is no bound.
func parseUsageTime(field string, p *string) (time.Time, error) {
	if p == nil || *p == "" {
		return time.Time{}, nil
	}
	s := *p
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		if t, err = time.Parse("2006-01-02", s); err != nil {
			return time.Time{}, hokusai.FieldErrorf(field, "%s must be a time such as 2026-11-22T15:04:05Z or a date such as 2026-11-22, got %q.", field, hokusai.Excerpt(s))
		}
	}
	if t.Before(minUsageTime) || t.After(maxUsageTime) {
		return time.Time{}, hokusai.FieldErrorf(field, "%s must lie between %s and %s, got %q.", field, minUsageTime.Format(time.DateOnly), maxUsageTime.Format(time.DateOnly), hokusai.Excerpt(s))
	}
	return t.UTC(), nil
}

// GetUsage reports the key owner's usage by model over [from, to),
// widened to the whole hours usage is counted in.
func (h apiHandler) GetUsage(ctx context.Context, req oapi.GetUsageRequestObject) (oapi.GetUsageResponseObject, error) {
	a, err := h.access()
	if err != nil {
		return nil, err
	}
	if h.s.Ledger == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server keeps no credits ledger; `hokusai serve` on a chain with a credit vault does.")
	}
	key, err := a.Authenticate(ctx, bearer(callOf(ctx).r.Header), hokusai.ScopeCall)
	if err != nil {
		return nil, err
	}
	f := hokusai.UsageFilter{Consumer: key.Owner}
	if f.From, err = parseUsageTime("from", req.Params.From); err != nil {
		return nil, err
	}
	if f.To, err = parseUsageTime("to", req.Params.To); err != nil {
		return nil, err
	}
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return nil, hokusai.FieldErrorf("to", "to must be after from.")
	}
	f = f.Hourly()
	out := oapi.Usage{Consumer: key.Owner, Models: []oapi.UsageByModel{}}
	if !f.From.IsZero() {
		out.From = &f.From
	}
	if !f.To.IsZero() {
		out.To = &f.To
	}
	if ref := req.Params.Model; ref != nil && *ref != "" {
		m, err := a.FindModel(ctx, *ref)
		if err != nil {
			return nil, err
		}
		f.ModelID = &m.ID
	}
	stats, err := h.s.Ledger.Usage(ctx, f)
	if err != nil {
		return nil, err
	}
	for _, s := range stats {
		out.Models = append(out.Models, oapi.UsageByModel{ModelId: int64(s.ModelID), Calls: int64(s.Calls), Amount: usdc(s.Amount), AmountMicros: s.Amount})
		out.TotalCalls += int64(s.Calls)
		out.TotalAmountMicros += s.Amount
	}
	out.TotalAmount = usdc(out.TotalAmountMicros)
	return oapi.GetUsage200JSONResponse(out), nil
}

// usdc formats micro-USDC as a decimal.
func usdc(micros int64) string { return hokusai.FormatInt64Units(micros, 6) }
