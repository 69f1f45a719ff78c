package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// newModelBenchmarkCmd shows a model's public benchmark and downloads its
// dev split: what a contributor reads before preparing data.
func newModelBenchmarkCmd(g *globals) *cobra.Command {
	var (
		out    string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "benchmark MODEL [--out dev.csv]",
		Short: "Show a model's benchmark (metric, columns, split digests) and download its public dev split",
		Long: `Shows what a model is scored on: the metric, the label column, the columns and the
digests and sizes of the public dev split and of the hidden test split (which the
evaluator keeps). With --out the public dev split is written there as CSV, to
see the input schema and to test data before contributing. Contributed rows that
equal a hidden test row are refused as leakage.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c := sdk.New(g.server)
			b, err := c.Benchmark(ctx, args[0])
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(b)
			}
			fmt.Fprintf(w, "Model %d is scored on %s (%s, %s is better), predicting %q.\n", b.ModelId, b.Metric, b.ScoredAs, map[string]string{"max": "higher", "min": "lower"}[string(b.Direction)], b.Label)
			fmt.Fprintf(w, "Public dev split   %d rows  %s\n", b.DevRows, b.DevDigest)
			fmt.Fprintf(w, "Hidden test split  %d rows  %s\n", b.TestRows, b.TestDigest)
			if h := b.Head; h != nil {
				declared := h.Declared
				if declared == "" {
					declared = "none"
				}
				fmt.Fprintf(w, "Measured head      %s (95%% interval %s–%s, %d resamples); declared %s\n", h.Score, h.Low95, h.High95, h.Resamples, declared)
				fmt.Fprintf(w, "Benchmark hash     %s (committed on-chain: %s)\n", h.BenchmarkHash, text(b.CommittedBenchmarkHash))
			}
			fmt.Fprintf(w, "Columns           ")
			for _, col := range b.Columns {
				fmt.Fprintf(w, " %s (%s)", col.Name, col.Type)
			}
			fmt.Fprintln(w)
			if out == "" {
				fmt.Fprintln(w, "Download the dev split with --out FILE.")
				return nil
			}
			csv, err := c.DevSplit(ctx, args[0])
			if err != nil {
				return err
			}
			// Neutralise formula cells whatever the server sent: the file
			// is for opening in a spreadsheet.
			var safe bytes.Buffer
			if err := eval.NeutraliseCSV(&safe, bytes.NewReader(csv)); err != nil {
				return fmt.Errorf("the server's dev split: %w", err)
			}
			if err := os.WriteFile(out, safe.Bytes(), 0o644); err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			fmt.Fprintf(w, "Wrote %d dev rows to %s", b.DevRowsServed, out)
			if left := b.DevRows - b.DevRowsServed; left > 0 {
				fmt.Fprintf(w, " (%d dev rows equal a hidden test row and are left out: contributing them counts as leakage)", left)
			}
			fmt.Fprintln(w, ".")
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "write the public dev split (CSV) to this file")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the benchmark as JSON")
	return cmd
}
