package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
)

// IntegrationTestRequest is the body of POST
// /v1/models/{id}/integration_test: the seed's test_model_integration
// cases and the absolute tolerance for numeric outputs.
type IntegrationTestRequest struct {
	TestCases []eval.TestCase `json:"test_cases"`
	Tolerance float64         `json:"tolerance,omitempty"`
}

// IntegrationTestResponse is test_model_integration's answer: the served
// version that ran the cases and the report.
type IntegrationTestResponse struct {
	ModelID uint64 `json:"model_id"`
	Ticker  string `json:"ticker"`
	Version string `json:"version"`
	eval.IntegrationReport
}

// handleIntegrationTest is the seed's test_model_integration: the model's
// owner runs up to eval.MaxIntegrationCases cases through the version
// calls are served by, the same runtime path as predict. It is the owner's
// check of their own model, so it is free and refused to anyone else
// (consumers try a model with predict, which is charged).
func (g *Gateway) handleIntegrationTest(w http.ResponseWriter, r *http.Request) {
	const route = "integration_test"
	label := unknownModel
	resp, err := g.integrationTest(r.Context(), r, &label)
	if err != nil {
		g.fail(w, r, route, label, err)
		return
	}
	b, err := json.Marshal(resp)
	if err != nil {
		g.fail(w, r, route, label, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(append(b, '\n'))
}

func (g *Gateway) integrationTest(ctx context.Context, r *http.Request, label *string) (*IntegrationTestResponse, error) {
	key, _, err := g.keyAndModel(ctx, r)
	if err != nil {
		return nil, err
	}
	// An owner-only route reads the owner from the index itself: the
	// cache's record may predate a sale.
	m, err := g.fetchModel(ctx, r.PathValue("id"), time.Now())
	if err != nil {
		return nil, err
	}
	*label = modelLabel(m)
	if !strings.EqualFold(key.Owner, m.Owner) {
		return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "test_model_integration runs only for model %s's owner %s, and API key %s belongs to %s; to try the model as a consumer, call predict.", m.Ticker, m.Owner, key.ID, key.Owner)
	}
	body, err := g.readBody(r)
	if err != nil {
		return nil, err
	}
	var req IntegrationTestRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, hokusai.FieldErrorf("test_cases", "The body must be {\"test_cases\": [{\"input\": {...}, \"expected_output\": ...}], \"tolerance\": 0}: %s.", hokusai.Excerpt(err.Error()))
	}
	if err := eval.CheckTestCases(req.TestCases, req.Tolerance); err != nil {
		return nil, err
	}
	s, err := g.cfg.Serving.Serve(ctx, m.ID)
	if err != nil {
		return nil, err
	}
	rows := make([]hokusai.Row, len(req.TestCases))
	for i, c := range req.TestCases {
		rows[i] = c.Input
	}
	if err := s.checkFeatures(rows); err != nil {
		return nil, err
	}
	rep, err := eval.TestModelIntegration(ctx, s.Predictor, req.TestCases, req.Tolerance)
	if err != nil {
		return nil, err
	}
	return &IntegrationTestResponse{ModelID: m.ID, Ticker: m.Ticker, Version: s.Version, IntegrationReport: rep}, nil
}
