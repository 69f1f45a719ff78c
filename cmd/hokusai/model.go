package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// newModelCmd is the `hokusai model` command group; its subcommands live
// in their own files (modelcreate.go, register.go, benchmark.go,
// endpoint_secret.go).
func newModelCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "model",
		Short: "List, show, create and rate models",
	}
	cmd.AddCommand(
		newModelListCmd(g),
		newModelShowCmd(g),
		newModelBenchmarkCmd(g),
		newEndpointSecretCmd(g),
		newModelCreateCmd(g),
		newModelRegisterCmd(g),
		newModelVersionsCmd(g),
		newModelDownloadCmd(g),
		newModelRateCmd(g),
	)
	return cmd
}

func newModelListCmd(g *globals) *cobra.Command {
	var (
		ticker, owner, category, tag string
		license, metric              string
		limit, offset                int
		asJSON                       bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List registered models",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// The SDK treats a zero limit as "the server's default", so
			// check the range here with the server's own bounds.
			if limit < 1 || limit > hhttp.MaxLimit {
				return hokusai.FieldErrorf("limit", "--limit must be between 1 and %d, got %d.", hhttp.MaxLimit, limit)
			}
			f := hokusai.ModelFilter{Limit: limit, Offset: offset}
			if cmd.Flags().Changed("ticker") {
				f.Ticker = &ticker
			}
			if cmd.Flags().Changed("owner") {
				f.Owner = &owner
			}
			if cmd.Flags().Changed("category") {
				f.Category = &category
			}
			if cmd.Flags().Changed("tag") {
				f.Tag = &tag
			}
			if cmd.Flags().Changed("license") {
				l, err := hokusai.ParseLicense(license)
				if err != nil {
					return err
				}
				f.License = &l
			}
			if cmd.Flags().Changed("metric") {
				m, err := hokusai.ParseMetric(metric)
				if err != nil {
					return err
				}
				f.Metric = &m
			}
			page, err := sdk.New(g.server).ListModelsRaw(cmd.Context(), f)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), page)
			}
			return printModelTable(cmd.OutOrStdout(), page)
		},
	}
	cmd.Flags().StringVar(&ticker, "ticker", "", "only the model with this ticker")
	cmd.Flags().StringVar(&owner, "owner", "", "only models owned by this 0x address")
	cmd.Flags().StringVar(&category, "category", "", "only models in this category (case-insensitive), e.g. Finance")
	cmd.Flags().StringVar(&tag, "tag", "", "only models carrying this tag (case-insensitive)")
	cmd.Flags().StringVar(&license, "license", "", "only models under this licence: decentralized, proprietary or open-source")
	cmd.Flags().StringVar(&metric, "metric", "", "only models judged by this metric, e.g. accuracy")
	cmd.Flags().IntVar(&limit, "limit", 50, "how many models to show (1–500)")
	cmd.Flags().IntVar(&offset, "offset", 0, "how many models to skip")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the API's JSON")
	return cmd
}

func newModelShowCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID|TICKER",
		Short: "Show one model by on-chain id or ticker",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return hokusai.FieldErrorf("id", "Give one model id or ticker, e.g. `hokusai model show IRIS`.")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			c := sdk.New(g.server)
			m, err := c.GetModelRaw(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), m)
			}
			if err := printModel(cmd.OutOrStdout(), m); err != nil {
				return err
			}
			// The baseline above is the owner's declaration at creation;
			// DeltaOnes are paid against the head the evaluator measured,
			// once the benchmark is set up.
			if b, err := c.Benchmark(cmd.Context(), args[0]); err == nil && b.Head != nil {
				h := b.Head
				fmt.Fprintf(cmd.OutOrStdout(), "Measured head  %s (95%% interval %s–%s on %d hidden test rows; declared %s)\nBenchmark      %s (committed on-chain: %s)\n",
					h.Score, h.Low95, h.High95, b.TestRows, orDash(h.Declared), h.BenchmarkHash, text(b.CommittedBenchmarkHash))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the API's JSON")
	return cmd
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printModelTable(w io.Writer, page *api.ModelList) error {
	if page.Total == 0 {
		_, err := fmt.Fprintln(w, "No models match. Create one with `hokusai model create`.")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTICKER\tNAME\tMETRIC\tBASELINE\tLICENSE\tOWNER")
	for _, m := range page.Data {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s %s\t%s\t%s\t%s\n", m.Id, m.Ticker, truncate(m.Name, 32), m.Metric,
			arrow(string(m.Direction)), m.Baseline, m.License, shortAddr(m.Owner))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	n := int64(len(page.Data))
	switch {
	case n == 0:
		_, err := fmt.Fprintf(w, "No models past offset %d; %d in all.\n", page.Offset, page.Total)
		return err
	case page.Offset+n < page.Total:
		_, err := fmt.Fprintf(w, "Models %d–%d of %d; next page: --offset %d.\n", page.Offset+1, page.Offset+n, page.Total, page.Offset+n)
		return err
	case page.Offset > 0:
		_, err := fmt.Fprintf(w, "Models %d–%d of %d.\n", page.Offset+1, page.Offset+n, page.Total)
		return err
	}
	_, err := fmt.Fprintf(w, "%d %s.\n", page.Total, plural(page.Total, "model", "models"))
	return err
}

func printModel(w io.Writer, m *api.Model) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k, v string) { fmt.Fprintf(tw, "%s\t%s\n", k, v) }
	row("Model", fmt.Sprintf("%d · %s · %s", m.Id, m.Ticker, m.Name))
	if m.Description != "" {
		row("Description", m.Description)
	}
	row("Category", orDash(m.Category))
	row("Tags", orDash(strings.Join(m.Tags, ", ")))
	dir := "higher is better"
	if m.Direction == "min" {
		dir = "lower is better"
	}
	row("Metric", fmt.Sprintf("%s (%s)", m.Metric, dir))
	row("Baseline", m.Baseline)
	row("One DeltaOne", m.DeltaOne)
	row("License", string(m.License))
	s := m.Supply
	row("Initial supply", groupDigits(s.InitialSupply)+" tokens")
	row("Per DeltaOne", groupDigits(s.TokensPerDeltaone)+" tokens")
	row("Expected", fmt.Sprintf("%d DeltaOnes over 2 years (%s%% a year implied inflation)", s.ExpectedDeltaones,
		strconv.FormatFloat(s.AnnualInflation*100, 'f', -1, 64)))
	row("Owner", orDash(m.Owner))
	row("Token", orDash(m.Token))
	row("Pool", orDash(m.Pool))
	row("Vesting", orDash(m.Vesting))
	row("Created", fmt.Sprintf("%s, block %d", m.CreatedAt.UTC().Format("2006-01-02 15:04:05 UTC"), m.BlockNumber))
	row("Transaction", orDash(m.TxHash))
	return tw.Flush()
}

func arrow(direction string) string {
	if direction == "min" {
		return "↓"
	}
	return "↑"
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func shortAddr(a string) string {
	if len(a) == 42 {
		return a[:6] + "…" + a[38:]
	}
	return orDash(a)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// groupDigits writes 1000000 as 1,000,000.
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
