package evaluator_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// serveAPI serves e's evaluator API over HTTP and returns a client of it;
// the model is reachable as VOTES.
func serveAPI(t *testing.T, e *env) (*sdk.Client, string) {
	t.Helper()
	models, _ := e.indexVotes()
	url := e.serveAPI(models).URL
	return sdk.New(url), url
}

// apiSetup is req as the API document's type, for the SDK: both types
// describe one JSON body.
func apiSetup(t *testing.T, req *evaluator.SetupRequest) api.SetupRequest {
	t.Helper()
	b, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	var out api.SetupRequest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("the setup request has a field the API document lacks: %v", err)
	}
	return out
}

// TestSetupOutOfRangeIsRefusedAndNotStored: the model owner's setup with a
// setting out of its range (resamples 2147483648 would make every later
// evaluation allocate without bound and stall the evaluator; -1; a feature
// the benchmark does not have) is refused over HTTP with the field named,
// and the stored setup is unchanged.
func TestSetupOutOfRangeIsRefusedAndNotStored(t *testing.T) {
	e := newEnv(t)
	cli, url := serveAPI(t, e)
	bench, err := os.ReadFile(votesCSV)
	if err != nil {
		t.Fatal(err)
	}
	valid := func() *evaluator.SetupRequest {
		return &evaluator.SetupRequest{Recipe: votesRecipe, Seed: 84, DevPercent: 60, Initial: 12, Resamples: 1000, Benchmark: string(bench)}
	}
	for _, tc := range []struct {
		name, field, says string
		edit              func(*evaluator.SetupRequest)
	}{
		{"resamples 2^31", "resamples", "between 100 and 100000", func(r *evaluator.SetupRequest) { r.Resamples = 2147483648 }},
		{"resamples -1", "resamples", "between 100 and 100000", func(r *evaluator.SetupRequest) { r.Resamples = -1 }},
		{"unknown feature", "recipe.features", "not a column", func(r *evaluator.SetupRequest) { r.Recipe.Features = []string{"nope"} }},
		{"target as feature", "recipe.features", "target", func(r *evaluator.SetupRequest) { r.Recipe.Features = []string{"crime", "party"} }},
		{"dev percent", "dev_percent", "between 1 and 99", func(r *evaluator.SetupRequest) { r.DevPercent = 1000 }},
		{"initial rows", "initial_rows", "between 0", func(r *evaluator.SetupRequest) { r.Initial = -3 }},
		{"max rows", "policy.max_rows", "between 0 and 1000000", func(r *evaluator.SetupRequest) { r.Policy.MaxRows = 1 << 40 }},
		{"max iterations", "recipe.max_iterations", "between 0 and 10000", func(r *evaluator.SetupRequest) { r.Recipe.MaxIterations = 1 << 40 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := valid()
			req.Recipe.Features = slices.Clone(req.Recipe.Features)
			tc.edit(req)
			_, err := cli.SetupModel(e.ctx, "VOTES", apiSetup(t, req), e.owner)
			if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field || !strings.Contains(hokusai.ErrorMessage(err), tc.says) {
				t.Fatalf("got %v (field %q), want EINVALID on %s saying %q", err, hokusai.ErrorField(err), tc.field, tc.says)
			}
			st, err := e.store.FindSetup(e.ctx, e.model.ID)
			if err != nil {
				t.Fatal(err)
			}
			if st.Resamples != 1000 || st.DevPercent != 60 || !slices.Equal(st.Recipe.Features, votesFeatures) || st.Policy.MaxRows != 0 || st.Recipe.MaxIterations != 0 {
				t.Fatalf("a refused setup was stored: %+v", st)
			}
		})
	}
	// Unknown fields, at the top or nested, are refused too.
	for _, extra := range []string{`"surprise":1`, `"policy":{"pii":"reject","max_rowz":5}`} {
		raw, _ := json.Marshal(valid())
		body := []byte(strings.Replace(string(raw), `"recipe":`, extra+`,"recipe":`, 1))
		h := http.Header{}
		if err := cli.Sign(e.ctx, h, signreq.ActionSetupModel, e.model.ID, body, e.owner); err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest(http.MethodPut, fmt.Sprintf("%s/v1/models/%d/setup", url, e.model.ID), bytes.NewReader(body))
		req.Header = h
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(msg), "unknown field") {
			t.Fatalf("a setup with %s: %d %s", extra, resp.StatusCode, msg)
		}
	}
	// A setup in range is stored: the checks above could see a change.
	req := valid()
	req.Resamples = 2000
	if _, err := cli.SetupModel(e.ctx, "VOTES", apiSetup(t, req), e.owner); err != nil {
		t.Fatalf("a setup in range: %v", err)
	}
	if st, err := e.store.FindSetup(e.ctx, e.model.ID); err != nil || st.Resamples != 2000 {
		t.Fatalf("the setup in range was not stored: %v %+v", err, st)
	}
}
