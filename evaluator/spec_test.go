package evaluator_test

import (
	"bytes"
	"io"
	"net/http"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// TestRoutesMatchSpec: the operations openapi.yaml tags improve (which the
// generated server leaves to this package) are exactly API's routes.
func TestRoutesMatchSpec(t *testing.T) {
	documented, err := hhttp.OperationsTagged("improve")
	if err != nil {
		t.Fatal(err)
	}
	routes := slices.Clone(evaluator.Routes)
	sort.Strings(routes)
	if !slices.Equal(documented, routes) {
		t.Fatalf("spec operations\n%v\ndiffer from the evaluator's routes\n%v", documented, routes)
	}
}

func strictDecode(t *testing.T, what string, b []byte, v any) {
	t.Helper()
	if err := hhttp.DecodeStrict(b, v); err != nil {
		t.Fatalf("%s does not match openapi.yaml: %v\n%s", what, err, b)
	}
}

// TestResponsesMatchSpec serves the API over HTTP, contributes through the
// SDK, and decodes every answer into the types generated from openapi.yaml,
// refusing unknown fields.
func TestResponsesMatchSpec(t *testing.T) {
	e := newEnv(t)
	models, _ := e.indexVotes()
	ts := e.serveAPI(models)
	cli := sdk.New(ts.URL)

	body := e.rows(0, 150, false)
	c, created, err := cli.Contribute(e.ctx, "VOTES", body, "csv", "k1", devchain.DevKey(5))
	if err != nil || !created {
		t.Fatalf("contribute: %v %v", err, created)
	}
	e.process()

	get := func(path string, want int) []byte {
		t.Helper()
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != want {
			t.Fatalf("GET %s: %d %s", path, resp.StatusCode, b)
		}
		return b
	}
	var view oapi.ContributionView
	strictDecode(t, "contribution", get("/v1/contributions/1", 200), &view)
	var list oapi.ContributionList
	strictDecode(t, "contribution list", get("/v1/models/VOTES/contributions", 200), &list)
	if len(list.Data) != 1 || list.Data[0].Status != "accepted" {
		t.Fatalf("list %+v", list)
	}
	var ev oapi.Evaluation
	raw := get("/v1/evaluations/1", 200)
	strictDecode(t, "evaluation", raw, &ev)
	var info oapi.EvaluatorInfo
	strictDecode(t, "evaluator", get("/v1/evaluator", 200), &info)
	var rep oapi.IntegrationReport
	strictDecode(t, "integration", get("/v1/models/1/contract_integration", 200), &rep)
	if !rep.Ok {
		t.Fatalf("integration %+v", rep)
	}
	got, err := cli.Receipt(e.ctx, ev.ReceiptHash)
	if err != nil || !strings.Contains(string(got), `"signature"`) {
		t.Fatalf("receipt: %v %s", err, got)
	}
	// The public benchmark: digests and sizes, and the dev split as CSV.
	var bi oapi.BenchmarkInfo
	strictDecode(t, "benchmark", get("/v1/models/VOTES/benchmark", 200), &bi)
	if bi.TestRows == 0 || bi.DevRows == 0 || bi.Label != "party" || len(bi.Columns) != 17 {
		t.Fatalf("benchmark %+v", bi)
	}
	devCSV := get("/v1/models/VOTES/benchmark?format=csv", 200)
	dev, err := eval.LoadCSV(bytes.NewReader(devCSV), eval.LoadOptions{})
	if err != nil || dev.Len() != bi.DevRowsServed || bi.DevRowsServed == 0 || bi.DevRowsServed > bi.DevRows {
		t.Fatalf("dev split: %v, %d rows served, info %+v", err, dev.Len(), bi)
	}
	// Not one served row is, or equals, a hidden test row (house-votes-84
	// repeats voting records, so some dev rows do and are left out).
	st, err := e.store.FindSetup(e.ctx, e.model.ID)
	if err != nil {
		t.Fatal(err)
	}
	bench, err := st.Bench()
	if err != nil {
		t.Fatal(err)
	}
	if leaked := bench.DuplicatesTest(dev); len(leaked) > 0 {
		t.Fatalf("the served dev split holds %d hidden test rows", len(leaked))
	}
	var eb oapi.ErrorBody
	strictDecode(t, "error", get("/v1/models/VOTES/benchmark?format=xml", 400), &eb)
	strictDecode(t, "error", get("/v1/contributions/99", 404), &eb)
	strictDecode(t, "error", get("/v1/receipts/0x12", 400), &eb)

	// The signature must be the contributor's.
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/v1/models/VOTES/contributions", bytes.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Fatalf("unsigned contribution: %d", resp.StatusCode)
	}
	// A retry with the key: 200, the same contribution.
	again, created, err := cli.Contribute(e.ctx, "VOTES", body, "csv", "k1", devchain.DevKey(5))
	if err != nil || created || again.Id != c.Id {
		t.Fatalf("retry: %v %v %v", again, created, err)
	}
	// A version submission over JSON: stored with its digest, decoded by the spec's type.
	cand := []byte(`{"format":"hokusai-linear/v1"}`)
	_, _, err = cli.ContributeVersion(e.ctx, "VOTES", e.rows(150, 160, false), "csv", cand, "", devchain.DevKey(6))
	if hokusai.ErrorField(err) != "candidate" {
		t.Fatalf("a broken version over HTTP: %v", err)
	}
	// Someone else's setup is refused.
	if _, err := cli.SetupModel(e.ctx, "VOTES", api.SetupRequest{}, devchain.DevKey(3)); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("setup by a stranger: %v", err)
	}
}
