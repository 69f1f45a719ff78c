package gateway_test

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/gateway"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// TestRoutesMatchSpec: the operations openapi.yaml tags keys, calls and
// metrics (which the generated server leaves to this package) are exactly
// the gateway's routes.
func TestRoutesMatchSpec(t *testing.T) {
	documented, err := hhttp.OperationsTagged("keys", "calls", "metrics")
	if err != nil {
		t.Fatal(err)
	}
	routes := slices.Clone(gateway.Routes)
	sort.Strings(routes)
	if !slices.Equal(documented, routes) {
		t.Fatalf("spec operations\n%v\ndiffer from gateway routes\n%v", documented, routes)
	}
}

// strict decodes b into v, failing on fields the spec's type lacks.
func strict(t *testing.T, what string, b []byte, v any) {
	t.Helper()
	if err := hhttp.DecodeStrict(b, v); err != nil {
		t.Fatalf("%s does not match openapi.yaml: %v\n%s", what, err, b)
	}
}

// TestResponsesMatchSpec decodes real answers into the types generated from
// openapi.yaml, refusing unknown fields.
func TestResponsesMatchSpec(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall, hokusai.ScopeManage)
	e.credit(who, 1_000_000)
	body := map[string]any{"inputs": []any{voteRow}}
	_, b, _ := e.raw("POST", "/v1/models/1/predict", key, body)
	var pr oapi.PredictResult
	strict(t, "predict", b, &pr)
	if pr.FeeChargedMicros != price || len(pr.Predictions) != 1 || pr.Predictions[0].Probabilities == nil {
		t.Fatalf("predict: %s", b)
	}
	_, b, _ = e.raw("POST", "/v1/models/1/estimate_cost", key, map[string]any{"inputs": []any{voteRow, voteRow}, "tier": "batch"})
	var est oapi.EstimateResponse
	strict(t, "estimate", b, &est)
	_, b, _ = e.raw("GET", "/v1/usage?from=2020-01-01", key, nil)
	var u oapi.Usage
	strict(t, "usage", b, &u)
	if u.TotalCalls != 1 {
		t.Fatalf("usage: %s", b)
	}
	_, b, _ = e.raw("GET", "/v1/keys", key, nil)
	var kl oapi.KeyList
	strict(t, "key list", b, &kl)
	_, b, _ = e.raw("POST", "/v1/keys", key, map[string]any{"scopes": []string{"call"}, "name": "ci"})
	var ck oapi.CreatedKey
	strict(t, "created key", b, &ck)
	if !strings.HasPrefix(ck.Secret, gateway.PrefixDev) {
		t.Fatalf("created: %s", b)
	}
	_, b, _ = e.raw("POST", "/v1/models/2/predict", key, body)
	var eb oapi.ErrorBody
	strict(t, "error", b, &eb)
	if eb.Error.Code != oapi.ErrorCode(hokusai.EWHITELIST) {
		t.Fatalf("error: %s", b)
	}
	_, b, _ = e.raw("POST", "/v1/chat/completions", key, map[string]any{"model": "NOPE", "messages": []any{map[string]any{"role": "user", "content": "x"}}})
	var oe oapi.OpenAIErrorBody
	strict(t, "openai error", b, &oe)
	if oe.Error.Code != hokusai.EINVALID || oe.Error.Param == nil || *oe.Error.Param != "model" {
		t.Fatalf("openai error: %s", b)
	}
}
