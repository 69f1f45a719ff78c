package evaluator

import (
	"net/http"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
)

// handleBenchmark serves the public part of a model's benchmark (F11): the
// metric, the splits' digests and sizes, and, with ?format=csv, the public
// dev split's rows (less any that equal a hidden test row) so contributors
// can see the input schema and test their data before they submit. The
// hidden test split never leaves.
func (a *API) handleBenchmark(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, err := a.model(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	st, err := a.Store.FindSetup(ctx, m.ID)
	if err != nil {
		return err
	}
	b, err := st.Bench()
	if err != nil {
		return err
	}
	pub := b.Public()
	// Some datasets repeat rows (house-votes-84 repeats voting records), so
	// a dev row can equal a hidden test row; contributing it would be
	// refused as leakage, so it is not served.
	shared := map[int]bool{}
	for _, i := range b.DuplicatesTest(st.Benchmark.Subset(pub.Dev)) {
		shared[i] = true
	}
	var served []int
	for i, row := range pub.Dev {
		if !shared[i] {
			served = append(served, row)
		}
	}
	switch format := r.URL.Query().Get("format"); format {
	case "", "json":
		committed, err := a.Client.CommittedBenchmark(ctx, a.Mint.Verifier, m.ID)
		if err != nil {
			return err
		}
		return hhttp.WriteJSON(w, http.StatusOK, map[string]any{
			"head":                     st.Head,
			"committed_benchmark_hash": committed.Hex(),
			"model_id":                 m.ID,
			"metric":                   m.Metric.String(),
			"scored_as":                pub.Metric,
			"direction":                pub.Direction.String(),
			"label":                    pub.Label,
			"dataset_digest":           pub.DatasetDigest,
			"dev_rows":                 len(pub.Dev),
			"dev_rows_served":          len(served),
			"dev_digest":               pub.DevDigest,
			"test_rows":                pub.TestRows,
			"test_digest":              pub.TestDigest,
			"columns":                  st.Benchmark.Columns,
		})
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", "attachment; filename=\""+m.Ticker+"-dev.csv\"")
		// Contributors open this file in spreadsheets: cells that would
		// run as formulas (=HYPERLINK(...)) are neutralised.
		return st.Benchmark.Subset(served).WriteSafeCSV(w)
	default:
		return hokusai.FieldErrorf("format", "Unknown format %q; use json or csv.", format)
	}
}
