//go:build ignore

// split.go writes the benchmark (Palmer penguins: species from the four body
// measures, rows with a missing measure dropped) and its public dev split in
// the order the evaluator splits it (eval.NewBenchmark, seed 7, 60% dev),
// divided into the owner's initial rows and the contributors' pool, so
// train.py fits its models on public rows only. Run: go run split.go
package main

import (
	"log"
	"os"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
)

func main() {
	f, err := os.Open("../../datasets/penguins.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	d, err := eval.LoadJSONL(f, eval.LoadOptions{})
	if err != nil {
		log.Fatal(err)
	}
	cols := []struct{ from, to string }{
		{"Species", "species"}, {"Beak Length (mm)", "bill_length"}, {"Beak Depth (mm)", "bill_depth"},
		{"Flipper Length (mm)", "flipper_length"}, {"Body Mass (g)", "body_mass"},
	}
	out := &eval.Dataset{}
	idx := make([]int, len(cols))
	for i, c := range cols {
		if idx[i], err = d.ColumnIndex(c.from); err != nil {
			log.Fatal(err)
		}
		col := d.Columns[idx[i]]
		col.Name = c.to
		out.Columns = append(out.Columns, col)
	}
rows:
	for _, r := range d.Rows {
		row := make([]any, len(cols))
		for i, j := range idx {
			if r[j] == nil {
				continue rows
			}
			row[i] = r[j]
		}
		out.Rows = append(out.Rows, row)
	}
	write := func(name string, ds *eval.Dataset) {
		w, err := os.Create(name)
		if err != nil {
			log.Fatal(err)
		}
		if err := ds.WriteCSV(w); err != nil {
			log.Fatal(err)
		}
		if err := w.Close(); err != nil {
			log.Fatal(err)
		}
	}
	write("benchmark.csv", out)
	b, err := eval.NewBenchmark(out, "species", eval.DefaultSpec(hokusai.MetricAccuracy, 3), hokusai.Maximize, 7, 60)
	if err != nil {
		log.Fatal(err)
	}
	write("dev.csv", out.Subset(b.Dev))
	// The owner's initial training rows: every 17th dev row (all three
	// species); the other dev rows are the pool contributors draw from.
	var owner, pool []int
	for k, i := range b.Dev {
		if k%17 == 0 {
			owner = append(owner, i)
		} else {
			pool = append(pool, i)
		}
	}
	write("owner.csv", out.Subset(owner))
	write("pool.csv", out.Subset(pool))
	write("test.csv", out.Subset(b.Test)) // for train.py's report only; not committed (.gitignore)
	log.Printf("%d rows: %d dev, %d hidden test", out.Len(), len(b.Dev), len(b.Test))
}
