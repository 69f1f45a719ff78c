package runtimetest

import (
	"encoding/csv"
	"os"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// ReadCSV reads a CSV file with a header into rows of strings, as a
// dataset loader would hand them to a runtime.
func ReadCSV(t testing.TB, path string) []hokusai.Row {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	rows := make([]hokusai.Row, 0, len(recs)-1)
	for _, rec := range recs[1:] {
		r := make(hokusai.Row, len(rec))
		for j, v := range rec {
			r[recs[0][j]] = v
		}
		rows = append(rows, r)
	}
	return rows
}

// Accuracy is the share of predictions whose label equals the row's target.
func Accuracy(rows []hokusai.Row, preds []hokusai.Prediction, target string) float64 {
	ok := 0
	for i, p := range preds {
		if p.Label == hokusai.RowString(rows[i], target) {
			ok++
		}
	}
	return float64(ok) / float64(len(preds))
}
