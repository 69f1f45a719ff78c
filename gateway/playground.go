package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// MaxPlaygroundModels bounds how many models one playground run compares.
const MaxPlaygroundModels = 8

// PlaygroundRequest runs the same rows through several models side by side.
type PlaygroundRequest struct {
	Models []string        `json:"models"` // ids or tickers, distinct, 1–MaxPlaygroundModels
	Inputs json.RawMessage `json:"inputs,omitempty"`
	Input  json.RawMessage `json:"input,omitempty"`
}

// PlaygroundResult is one model's answer in a playground run: the
// predict answer (prediction, confidence, latency, fee, usage id) or the
// error that call got, which was not charged.
type PlaygroundResult struct {
	Model  string           `json:"model"` // as the request named it
	Result *PredictResponse `json:"result,omitempty"`
	Error  *oapi.Error      `json:"error,omitempty"`
}

// PlaygroundResponse is a playground run: one result per model, in the
// request's order, and what the run cost in all.
type PlaygroundResponse struct {
	Results    []PlaygroundResult `json:"results"`
	FeeCharged string             `json:"fee_charged"` // USDC, decimal
	FeeMicros  int64              `json:"fee_charged_micros"`
}

// handlePlayground serves POST /v1/playground: each model is called
// exactly as predict calls it — the key's rate limit, the model's licence,
// its input schema, the price, the ledger's charge — so each answered
// model is one metered call, and a model that refuses is not charged and
// does not stop the others.
func (g *Gateway) handlePlayground(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	out, err := g.playground(r.Context(), r)
	if err != nil {
		g.fail(w, r, "playground", unknownModel, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
	g.metrics.answered("playground", unknownModel, time.Since(start))
}

func (g *Gateway) playground(ctx context.Context, r *http.Request) (*PlaygroundResponse, error) {
	key, err := g.authenticate(ctx, bearer(r), hokusai.ScopeCall)
	if err != nil {
		return nil, err
	}
	body, err := g.readBody(r)
	if err != nil {
		return nil, err
	}
	var req PlaygroundRequest
	if err := decodeStrict(body, &req, "request body"); err != nil {
		return nil, err
	}
	if err := checkPlaygroundModels(req.Models); err != nil {
		return nil, err
	}
	rows, err := g.parseRows(req.Inputs, req.Input)
	if err != nil {
		return nil, err
	}
	out := &PlaygroundResponse{Results: make([]PlaygroundResult, 0, len(req.Models))}
	for _, ref := range req.Models {
		res, err := g.playOne(ctx, key, strings.TrimSpace(ref), rows)
		pr := PlaygroundResult{Model: ref, Result: res}
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			e := oapi.FromError(err).Error
			pr.Error = &e
		} else {
			out.FeeMicros += res.FeeMicros
		}
		out.Results = append(out.Results, pr)
	}
	out.FeeCharged = FormatUSDC(out.FeeMicros)
	return out, nil
}

// checkPlaygroundModels refuses an empty, overlong or repeating list.
func checkPlaygroundModels(models []string) error {
	switch {
	case len(models) == 0:
		return hokusai.FieldErrorf("models", "models is empty; name 1 to %d models by id or ticker, e.g. [\"IRIS\", \"2\"].", MaxPlaygroundModels)
	case len(models) > MaxPlaygroundModels:
		return hokusai.FieldErrorf("models", "models names %d models; a playground run compares at most %d.", len(models), MaxPlaygroundModels)
	}
	seen := map[string]bool{}
	for i, m := range models {
		k := strings.ToUpper(strings.TrimSpace(m))
		if k == "" || len(k) > 32 {
			return hokusai.FieldErrorf("models", "models[%d] must be a model id or ticker, got %q.", i, hokusai.Excerpt(m))
		}
		if seen[k] {
			return hokusai.FieldErrorf("models", "models names %q twice; name each model once.", hokusai.Excerpt(m))
		}
		seen[k] = true
	}
	return nil
}

// playOne calls one model on rows the way predict does (Basic tier) and
// charges it; on any error nothing is charged.
func (g *Gateway) playOne(ctx context.Context, key *hokusai.APIKey, ref string, rows []hokusai.Row) (*PredictResponse, error) {
	if err := g.allow(key); err != nil {
		return nil, err
	}
	m, err := g.resolveModel(ctx, ref)
	if err != nil {
		return nil, err
	}
	free, err := g.checkLicense(ctx, m, key.Owner)
	if err != nil {
		return nil, err
	}
	c := &call{key: key, model: m, free: free, rows: rows}
	if err := g.price(ctx, c, TierBasic); err != nil {
		return nil, err
	}
	resp, err := g.run(ctx, c, TierBasic)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(resp)
	if err != nil {
		return nil, err
	}
	charged, _, err := g.charge(ctx, c, "playground", body)
	if err != nil {
		return nil, err
	}
	var out PredictResponse
	dec := json.NewDecoder(bytes.NewReader(charged))
	dec.UseNumber()
	if err := dec.Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}
