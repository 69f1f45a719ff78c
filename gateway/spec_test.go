package gateway_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/gateway"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// TestRoutesMatchSpec: every operation openapi.yaml tags calls is served
// by exactly one of the generated server and the gateway (gateway.Routes).
func TestRoutesMatchSpec(t *testing.T) {
	documented, err := hhttp.OperationsTagged("calls")
	if err != nil {
		t.Fatal(err)
	}
	bare := hhttp.NewServer(hhttp.Config{}).Handler()
	param := regexp.MustCompile(`\{[^}]+\}`)
	var left []string // the operations the generated server leaves out
	for _, op := range documented {
		method, path, _ := strings.Cut(op, " ")
		w := httptest.NewRecorder()
		bare.ServeHTTP(w, httptest.NewRequest(method, param.ReplaceAllString(path, "1"), nil))
		if w.Code == http.StatusNotFound && strings.Contains(w.Body.String(), "No such endpoint") {
			left = append(left, op)
		}
	}
	routes := slices.Clone(gateway.Routes)
	sort.Strings(routes)
	if !slices.Equal(left, routes) {
		t.Fatalf("spec operations the generated server leaves out\n%v\ndiffer from gateway routes\n%v", left, routes)
	}
	if len(left) == len(documented) {
		t.Fatalf("the generated server serves none of %v", documented)
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
