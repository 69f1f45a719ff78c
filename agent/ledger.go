package agent

import (
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// today is the ledger's day: days since the Unix epoch, as the Agent counts
// usage periods.
func today() int64 { return time.Now().Unix() / 86400 }

// reasons name a member's way in, as the Agent numbers them.
var reasons = []oapi.AgentMemberListDataReason{"owner", "contributor", "consumer"}

func (a *API) handleLedger(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	if err := onlyQuery(r); err != nil {
		return err
	}
	day := today()
	l, err := a.Ledger.AgentLedger(ctx, m.ID, day)
	if err != nil {
		return err
	}
	inputs, err := a.Ledger.AgentScoreInputs(ctx, day)
	if err != nil {
		return err
	}
	found := false
	for _, in := range inputs {
		found = found || in.ModelID == m.ID
	}
	if !found {
		inputs = append(inputs, hokusai.ScoreInput{ModelID: m.ID})
	}
	out := oapi.AgentLedger{
		ModelId: int64(m.ID), Members: l.Members, TotalShares: l.TotalShares.String(), Ratings: l.Ratings, RatingSum: l.RatingSum,
		Calls: l.Calls, FeesMicros: l.Fees, Users: l.Users, Calls30d: l.Calls30d, TrainingScoreBps: hokusai.TrainingScores(inputs)[m.ID],
	}
	if l.Ratings > 0 {
		mean := hokusai.FormatInt64Units(l.RatingSum*100/l.Ratings, 2)
		out.RatingMean = &mean
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

// onlyQuery refuses query parameters on a route that takes none.
func onlyQuery(r *http.Request, allowed ...string) error {
	for k := range r.URL.Query() {
		ok := false
		for _, a := range allowed {
			ok = ok || k == a
		}
		if !ok {
			return hokusai.FieldErrorf(k, "Unknown query parameter %q.", hokusai.Excerpt(k))
		}
	}
	return nil
}

// pageParam reads an integer query parameter within [lo, hi].
func pageParam(r *http.Request, name string, def, lo, hi int64) (int64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < lo || v > hi {
		return 0, hokusai.FieldErrorf(name, "%s must be a whole number from %d to %d, not %q.", name, lo, hi, hokusai.Excerpt(s))
	}
	return v, nil
}

func (a *API) handleMembers(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	if err := onlyQuery(r, "limit", "offset"); err != nil {
		return err
	}
	limit, err := pageParam(r, "limit", 50, 1, 500)
	if err != nil {
		return err
	}
	offset, err := pageParam(r, "offset", 0, 0, 2147483647)
	if err != nil {
		return err
	}
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	members, total, err := a.Ledger.AgentMembers(ctx, m.ID, int(limit), int(offset))
	if err != nil {
		return err
	}
	out := oapi.AgentMemberList{Total: total, Limit: limit, Offset: offset}
	out.Data = make([]struct {
		Account string                         `json:"account"`
		Reason  oapi.AgentMemberListDataReason `json:"reason"`
		Shares  string                         `json:"shares"`
		Stars   int64                          `json:"stars"`
	}, len(members))
	for i, mb := range members {
		reason := oapi.AgentMemberListDataReason("consumer")
		if mb.Reason >= 0 && mb.Reason < int64(len(reasons)) {
			reason = reasons[mb.Reason]
		}
		shares := mb.Shares
		if shares == nil {
			shares = new(big.Int)
		}
		out.Data[i].Account, out.Data[i].Reason, out.Data[i].Shares, out.Data[i].Stars = mb.Account, reason, shares.String(), mb.Stars
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}
