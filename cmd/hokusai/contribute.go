package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

func newContributeCmd(g *globals) *cobra.Command {
	var file, key, format, candidate, candidatePkg string
	var wait time.Duration
	var wallet walletFlags
	cmd := &cobra.Command{
		Use:   "contribute MODEL --file rows.csv|rows.jsonl (--dev-account N | --keystore FILE)",
		Short: "Submit data to improve a model; you are paid in its tokens when it earns DeltaOnes",
		Long: "Submits rows (CSV with a header, or JSONL) to the model, signed with your key; your address is paid.\n" +
			"The server validates them against the model's input schema, refuses personal data and rows of the\n" +
			"hidden test split, then the evaluator retrains the model with your rows and mints tokens when the\n" +
			"improvement earns at least one DeltaOne. A model that runs on ONNX, XGBoost or LightGBM is not\n" +
			"retrained: send the package you trained on the rows with --candidate-package FILE (from `hokusai\n" +
			"package`); it is scored as submitted on the hidden test split against the head and, when minted,\n" +
			"becomes the model's head version. --idempotency-key makes a retry safe: the same key and\n" +
			"file return the same contribution. --wait waits for the decision.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if file == "" {
				return hokusai.FieldErrorf("file", "Give the rows with --file rows.csv or --file rows.jsonl.")
			}
			if !wallet.given() {
				return hokusai.FieldErrorf("keystore", "contribute signs your rows: give --keystore FILE or --dev-account N.")
			}
			body, err := os.ReadFile(file)
			if err != nil {
				return hokusai.FieldErrorf("file", "Cannot read --file %s: %v.", file, err)
			}
			if format == "" {
				switch strings.ToLower(filepath.Ext(file)) {
				case ".jsonl", ".ndjson":
					format = "jsonl"
				case ".csv":
					format = "csv"
				}
			}
			ctx := cmd.Context()
			c := sdk.New(g.server)
			info, err := c.ChainInfo(ctx)
			if err != nil {
				return err
			}
			k, err := wallet.key(info.ChainID)
			if err != nil {
				return err
			}
			var got *api.Contribution
			var created bool
			switch {
			case candidate != "" && candidatePkg != "":
				return hokusai.FieldErrorf("candidate_package", "Give either --candidate (a built-in model file) or --candidate-package (a package archive), not both.")
			case candidatePkg != "":
				pb, rerr := pack.ReadInputFile("candidate_package", candidatePkg, contrib.MaxCandidateBytes)
				if rerr != nil {
					return rerr
				}
				got, created, err = c.ContributePackage(ctx, args[0], body, format, pb, key, k)
			case candidate != "":
				cb, rerr := os.ReadFile(candidate)
				if rerr != nil {
					return hokusai.FieldErrorf("candidate", "Cannot read --candidate %s: %v.", candidate, rerr)
				}
				got, created, err = c.ContributeVersion(ctx, args[0], body, format, cb, key, k)
			default:
				got, created, err = c.Contribute(ctx, args[0], body, format, key, k)
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			verb := "Submitted"
			if !created {
				verb = "Already submitted (same idempotency key and rows):"
			}
			fmt.Fprintf(out, "%s contribution %d to model %d: %d rows, digest %s, status %s.\n", verb, got.Id, got.ModelId, got.Rows, got.Digest, got.Status)
			if wait > 0 {
				return watchContribution(ctx, out, c, got.Id, wait)
			}
			fmt.Fprintf(out, "Follow it with: hokusai contribution show %d --watch\n", got.Id)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&file, "file", "", "rows to contribute: .csv (with a header) or .jsonl")
	f.StringVar(&format, "format", "", "csv or jsonl (default: from the file name)")
	f.StringVar(&candidate, "candidate", "", "the improved model version you trained on the rows (a built-in model file, e.g. model.json)")
	f.StringVar(&candidatePkg, "candidate-package", "", "the package you trained on the rows (ONNX, XGBoost or LightGBM models; an archive from hokusai package)")
	f.StringVar(&key, "idempotency-key", "", "a key that makes retries return the same contribution")
	f.DurationVar(&wait, "wait", 0, "wait up to this long for the evaluation's decision, e.g. 60s")
	wallet.register(cmd)
	return cmd
}

func newContributionCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "contribution", Short: "Show contributions and their evaluations"}
	var watch bool
	var timeout time.Duration
	show := &cobra.Command{
		Use:   "show ID [--watch]",
		Short: "Show a contribution's status, evaluation and mint",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil || id <= 0 {
				return hokusai.FieldErrorf("id", "The contribution id must be a positive integer, got %q.", args[0])
			}
			c := sdk.New(g.server)
			if watch {
				return watchContribution(cmd.Context(), cmd.OutOrStdout(), c, id, timeout)
			}
			v, err := c.Contribution(cmd.Context(), id)
			if err != nil {
				return err
			}
			printContribution(cmd.OutOrStdout(), v)
			return nil
		},
	}
	show.Flags().BoolVar(&watch, "watch", false, "wait until the contribution is accepted or rejected")
	show.Flags().DurationVar(&timeout, "timeout", 5*time.Minute, "how long --watch waits")
	list := &cobra.Command{
		Use:   "list MODEL",
		Short: "List a model's contributions",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cs, err := sdk.New(g.server).Contributions(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%-6s %-42s %-6s %-10s %s\n", "ID", "CONTRIBUTOR", "ROWS", "STATUS", "REASON")
			for _, c := range cs {
				fmt.Fprintf(out, "%-6d %-42s %-6d %-10s %s\n", c.Id, c.Contributor, c.Rows, c.Status, text(c.ReasonCode))
			}
			return nil
		},
	}
	cmd.AddCommand(show, list)
	return cmd
}

// watchContribution polls until the contribution is decided, then prints it.
func watchContribution(ctx context.Context, out io.Writer, c *sdk.Client, id int64, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	last := api.ContributionViewStatus("")
	for {
		v, err := c.Contribution(ctx, id)
		if err != nil {
			return err
		}
		if v.Status != last {
			fmt.Fprintf(out, "status: %s\n", v.Status)
			last = v.Status
		}
		if v.Status == api.ContributionViewStatusAccepted || v.Status == api.ContributionViewStatusRejected {
			printContribution(out, v)
			return nil
		}
		select {
		case <-ctx.Done():
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "Contribution %d is still %s after %s; check again with `hokusai contribution show %d --watch`.", id, v.Status, timeout, id)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func printContribution(out io.Writer, c *api.ContributionView) {
	fmt.Fprintf(out, "Contribution %d to model %d by %s\n", c.Id, c.ModelId, c.Contributor)
	fmt.Fprintf(out, "  %-16s %d (%s, digest %s)\n", "rows", c.Rows, c.Format, c.Digest)
	fmt.Fprintf(out, "  %-16s %s\n", "status", c.Status)
	if text(c.Reason) != "" {
		fmt.Fprintf(out, "  %-16s %s %s\n", "reason", text(c.ReasonCode), text(c.Reason))
	}
	if ev := c.Evaluation; ev != nil {
		fmt.Fprintf(out, "  %-16s %d: baseline %.4f → candidate %.4f on %d hidden test rows (improvement %+.4f, 95%% lower bound %+.4f)\n",
			"evaluation", ev.Id, ev.BaselineScore, ev.CandidateScore, ev.TestRows, ev.Improvement, ev.Lower95)
		fmt.Fprintf(out, "  %-16s %s (threshold %s)\n", "DeltaOnes", ev.DeltaOnes, ev.Threshold)
		fmt.Fprintf(out, "  %-16s %s\n", "receipt", ev.ReceiptHash)
		if p, ok := ev.Receipt["path"].(string); ok {
			fmt.Fprintf(out, "  %-16s %s\n", "candidate", p)
		}
		printShares(out, ev)
	}
	if tx := text(c.MintTx); tx != "" {
		fmt.Fprintf(out, "  %-16s %s\n", "mint tx", tx)
		r, _ := new(big.Int).SetString(text(c.Reward), 10)
		if r != nil {
			fmt.Fprintf(out, "  %-16s %s tokens\n", "your reward", hokusai.FormatWad(r))
		}
	}
}

// printShares lists how the evaluation's improvement is shared among its
// batch: each contribution's weight and marginal gain.
func printShares(out io.Writer, ev *api.Evaluation) {
	if ev.Weights == nil || len(*ev.Weights) == 0 {
		return
	}
	method := ""
	if ev.Method != nil {
		method = string(*ev.Method)
	}
	fmt.Fprintf(out, "  %-16s %d contribution(s), %s\n", "shares", len(*ev.Weights), method)
	for _, w := range *ev.Weights {
		fmt.Fprintf(out, "    #%-6d %s %5d bps  gain %+.6f\n", w.Contribution, w.Contributor, w.Bps, w.Value)
	}
}

// text is an optional string of an API answer, "" when absent.
func text(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
