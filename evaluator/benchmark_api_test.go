package evaluator_test

import (
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
)

// TestDevSplitCSVIsSpreadsheetSafe: a benchmark cell such as
// =HYPERLINK(...) is served in the dev split's CSV with a leading quote,
// quoted, so a contributor's spreadsheet shows it instead of running it.
func TestDevSplitCSVIsSpreadsheetSafe(t *testing.T) {
	e := newEnv(t)
	models, _ := e.indexVotes()
	ts := e.serveAPI(models)
	b, err := e.setup.Bench()
	if err != nil {
		t.Fatal(err)
	}
	src := e.setup.Benchmark
	bench := &eval.Dataset{Columns: src.Columns, Rows: make([][]any, len(src.Rows))}
	for i, r := range src.Rows {
		bench.Rows[i] = slices.Clone(r)
	}
	col, err := bench.ColumnIndex("crime")
	if err != nil {
		t.Fatal(err)
	}
	const formula = `=HYPERLINK("http://evil.example","click")`
	bench.Rows[b.Dev[0]][col] = formula
	st := &contrib.Setup{ModelID: e.model.ID, Recipe: e.setup.Recipe, Metric: e.setup.Metric, Direction: e.setup.Direction,
		Seed: e.setup.Seed, DevPercent: e.setup.DevPercent, Resamples: e.setup.Resamples, Benchmark: bench, Training: e.setup.Training}
	if err := e.store.PutSetup(e.ctx, st); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(ts.URL + "/v1/models/VOTES/benchmark?format=csv")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("GET the dev split: %d %s\n%s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	if !strings.Contains(string(body), `"'=HYPERLINK(""http://evil.example"",""click"")"`) {
		t.Fatalf("the formula cell is not neutralised:\n%s", body)
	}
	for _, line := range strings.Split(string(body), "\n") {
		for _, cell := range strings.Split(line, ",") {
			if strings.HasPrefix(cell, "=") || strings.HasPrefix(cell, `"=`) {
				t.Fatalf("a served cell starts with =: %q", line)
			}
		}
	}
}
