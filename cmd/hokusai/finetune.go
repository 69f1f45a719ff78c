package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

func newFineTuneCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "finetune", Short: "Fine-tune a model on new rows and publish the result to your fork"}
	cmd.AddCommand(newFineTuneCreateCmd(g), newFineTuneStatusCmd(g), newFineTuneListCmd(g), newFineTuneCancelCmd(g), newFineTuneEventsCmd(g), newFineTuneTrainCmd())
	return cmd
}

// hyperFlag reads a hyper-parameter flag: a number or "auto".
func hyperFlag(name, v string) (float64, error) {
	if v == "" || v == "auto" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, hokusai.FieldErrorf(name, "--%s must be a number or auto, got %q.", name, v)
	}
	return f, nil
}

func newFineTuneCreateCmd(g *globals) *cobra.Command {
	var base, training, validation, format, method, suffix, runner, fork, epochs, batch, lr string
	var seed int64
	var follow bool
	var wallet walletFlags
	var res resourceFlags
	cmd := &cobra.Command{
		Use:   "create --base MODEL@VERSION --training-file rows.csv [--fork TICKER] (--dev-account N | --keystore FILE)",
		Short: "Start a fine-tuning job",
		Long: "Starts a fine-tuning job from a registry model version (MODEL@VERSION) on rows you give\n" +
			"(CSV with a header, or JSONL), signed with your key: you own the job. The server checks the base,\n" +
			"the rows (the base's schema, personal data) and the hyper-parameters before anything runs.\n" +
			"With --fork, the result is registered as the next version of that model (yours; create it with\n" +
			"`hokusai model create`), with the base recorded as its parent and scored on the base's benchmark.\n" +
			"--follow draws the progress until the job ends.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if base == "" || training == "" {
				return hokusai.FieldErrorf("base", "Give the base with --base MODEL@VERSION and the rows with --training-file FILE.")
			}
			if !wallet.given() {
				return hokusai.FieldErrorf("keystore", "finetune create signs the request: give --keystore FILE or --dev-account N.")
			}
			rows, err := os.ReadFile(training)
			if err != nil {
				return hokusai.FieldErrorf("training-file", "Cannot read --training-file %s: %v.", training, err)
			}
			req := api.FineTuneRequest{Base: base, TrainingFile: string(rows)}
			if validation != "" {
				v, err := os.ReadFile(validation)
				if err != nil {
					return hokusai.FieldErrorf("validation-file", "Cannot read --validation-file %s: %v.", validation, err)
				}
				s := string(v)
				req.ValidationFile = &s
			}
			if format == "" && strings.EqualFold(filepath.Ext(training), ".jsonl") {
				format = "jsonl"
			}
			if format != "" {
				f := api.FineTuneRequestFormat(format)
				req.Format = &f
			}
			if method != "" {
				m := api.FineTuneRequestMethod(method)
				req.Method = &m
			}
			for _, p := range []struct {
				v  string
				to **string
			}{{suffix, &req.Suffix}, {runner, &req.Runner}, {fork, &req.Fork}} {
				if p.v != "" {
					v := p.v
					*p.to = &v
				}
			}
			if cmd.Flags().Changed("seed") {
				req.Seed = &seed
			}
			req.Resources = res.request()
			e, err := hyperFlag("epochs", epochs)
			if err != nil {
				return err
			}
			b, err := hyperFlag("batch-size", batch)
			if err != nil {
				return err
			}
			l, err := hyperFlag("learning-rate", lr)
			if err != nil {
				return err
			}
			req.Hyperparameters = &struct {
				BatchSize    *api.AutoInt    `json:"batch_size,omitempty"`
				LearningRate *api.AutoNumber `json:"learning_rate,omitempty"`
				NEpochs      *api.AutoInt    `json:"n_epochs,omitempty"`
			}{NEpochs: sdk.AutoInt(int(e)), BatchSize: sdk.AutoInt(int(b)), LearningRate: sdk.AutoNumber(l)}
			if (e != 0 && e != float64(int(e))) || (b != 0 && b != float64(int(b))) {
				return hokusai.FieldErrorf("epochs", "--epochs and --batch-size are whole numbers.")
			}
			ctx := cmd.Context()
			c := sdk.New(g.server)
			k, err := wallet.signer(ctx, c)
			if err != nil {
				return err
			}
			j, err := c.CreateFineTuneJob(ctx, req, k)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "Created %s: %s on %d rows, %d epochs, batch %d, learning rate %g, runner %s, status %s.\n", j.Id, j.Base, j.TrainingRows,
				j.Hyperparameters.NEpochs, j.Hyperparameters.BatchSize, j.Hyperparameters.LearningRate, j.Runner, j.Status)
			if follow {
				return followFineTune(ctx, out, c, j.Id)
			}
			fmt.Fprintf(out, "Follow it with: hokusai finetune status %s --follow\n", j.Id)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&base, "base", "", "the base: MODEL@VERSION (a registry model's id or ticker) or hf:ORG/NAME@REVISION")
	f.StringVar(&training, "training-file", "", "training rows: .csv (with a header) or .jsonl")
	f.StringVar(&validation, "validation-file", "", "validation rows (their loss is reported per checkpoint)")
	f.StringVar(&format, "format", "", "csv or jsonl (default: from the file name)")
	f.StringVar(&method, "method", "", "full or lora (default: full for a registry base, lora for an hf: base)")
	f.StringVar(&epochs, "epochs", "auto", "epochs, 1–1000, or auto")
	f.StringVar(&batch, "batch-size", "auto", "rows per step, 1–4096, or auto")
	f.StringVar(&lr, "learning-rate", "auto", "step size, above 0 and at most 10, or auto")
	f.Int64Var(&seed, "seed", 0, "orders each epoch's rows; the same seed gives the same weights")
	f.StringVar(&suffix, "suffix", "", "a name part for the result")
	f.StringVar(&runner, "runner", "", "where it runs: local (default), kubernetes or akash, as the server configures them")
	res.register(f)
	f.StringVar(&fork, "fork", "", "your model (id or ticker) that receives the result as a version")
	f.BoolVar(&follow, "follow", false, "draw the progress until the job ends")
	wallet.register(cmd)
	return cmd
}

func newFineTuneStatusCmd(g *globals) *cobra.Command {
	var follow bool
	cmd := &cobra.Command{
		Use:     "status ftjob-N [--follow]",
		Aliases: []string{"show"},
		Short:   "Show a job's status and progress",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c := sdk.New(g.server)
			if follow {
				return followFineTune(cmd.Context(), cmd.OutOrStdout(), c, args[0])
			}
			j, err := c.FineTuneJob(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			printFineTune(cmd.OutOrStdout(), j)
			return nil
		},
	}
	cmd.Flags().BoolVar(&follow, "follow", false, "draw the progress until the job ends")
	return cmd
}

func newFineTuneListCmd(g *globals) *cobra.Command {
	var owner, after string
	var limit int
	cmd := &cobra.Command{
		Use:   "list [--owner 0x…] [--limit N] [--after ftjob-N]",
		Short: "List fine-tuning jobs, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := sdk.New(g.server).FineTuneJobs(cmd.Context(), owner, after, limit)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%-10s %-10s %-14s %-9s %-20s %s\n", "ID", "STATUS", "STEP", "RUNNER", "BASE", "RESULT")
			for _, j := range l.Data {
				res := "-"
				if j.ResultVersion != nil {
					res = fmt.Sprintf("model %d v%s", deref(j.ForkModelId), *j.ResultVersion)
				}
				fmt.Fprintf(out, "%-10s %-10s %-14s %-9s %-20s %s\n", j.Id, j.Status, fmt.Sprintf("%d/%d", j.Step, j.TotalSteps), j.Runner, j.Base, res)
			}
			if l.HasMore && len(l.Data) > 0 {
				fmt.Fprintf(out, "More: hokusai finetune list --after %s\n", l.Data[len(l.Data)-1].Id)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&owner, "owner", "", "only this owner's jobs (0x address)")
	cmd.Flags().StringVar(&after, "after", "", "continue after this job id")
	cmd.Flags().IntVar(&limit, "limit", 20, "jobs per page, 1–100")
	return cmd
}

func newFineTuneCancelCmd(g *globals) *cobra.Command {
	var wallet walletFlags
	cmd := &cobra.Command{
		Use:   "cancel ftjob-N (--dev-account N | --keystore FILE)",
		Short: "Cancel a job; its run stops and frees what it holds",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !wallet.given() {
				return hokusai.FieldErrorf("keystore", "finetune cancel is signed by the job's owner: give --keystore FILE or --dev-account N.")
			}
			c := sdk.New(g.server)
			k, err := wallet.signer(cmd.Context(), c)
			if err != nil {
				return err
			}
			j, err := c.CancelFineTuneJob(cmd.Context(), args[0], k)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is %s after step %d of %d.\n", j.Id, j.Status, j.Step, j.TotalSteps)
			return nil
		},
	}
	wallet.register(cmd)
	return cmd
}

func newFineTuneEventsCmd(g *globals) *cobra.Command {
	var after int64
	var limit int
	cmd := &cobra.Command{
		Use:   "events ftjob-N [--after SEQ]",
		Short: "List a job's events",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := sdk.New(g.server).FineTuneEvents(cmd.Context(), args[0], after, limit)
			if err != nil {
				return err
			}
			for _, e := range l.Data {
				fmt.Fprintf(cmd.OutOrStdout(), "%4d %s %-5s %s\n", e.Seq, e.CreatedAt.Format(time.RFC3339), e.Level, e.Message)
			}
			return nil
		},
	}
	cmd.Flags().Int64Var(&after, "after", 0, "only events after this sequence number")
	cmd.Flags().IntVar(&limit, "limit", 100, "events per page, 1–1000")
	return cmd
}

func deref[T any](p *T) T {
	var z T
	if p == nil {
		return z
	}
	return *p
}

func printFineTune(out io.Writer, j *api.FineTuneJob) {
	fmt.Fprintf(out, "%s  %s  owner %s\n", j.Id, j.Status, j.Owner)
	fmt.Fprintf(out, "base        %s (method %s, runner %s)\n", j.Base, j.Method, j.Runner)
	fmt.Fprintf(out, "hyper       %d epochs, batch %d, learning rate %g, seed %d\n", j.Hyperparameters.NEpochs, j.Hyperparameters.BatchSize, j.Hyperparameters.LearningRate, j.Seed)
	fmt.Fprintf(out, "rows        %d training, %d validation\n", j.TrainingRows, deref(j.ValidationRows))
	fmt.Fprintf(out, "progress    step %d/%d, train loss %.4f, validation loss %.4f\n", j.Step, j.TotalSteps, deref(j.TrainLoss), deref(j.ValidLoss))
	if j.EstimatedFinish != nil {
		fmt.Fprintf(out, "finishes    ~%s (in %s)\n", j.EstimatedFinish.Format(time.RFC3339), time.Until(*j.EstimatedFinish).Round(time.Second))
	}
	if j.LastCheckpoint != nil {
		fmt.Fprintf(out, "checkpoint  step %d, %s\n", j.LastCheckpoint.Step, j.LastCheckpoint.Digest)
	}
	if j.ResultVersion != nil {
		fmt.Fprintf(out, "result      model %d version %s; benchmark %.4f (base %.4f)\n", deref(j.ForkModelId), *j.ResultVersion, deref(j.ResultScore), deref(j.BaseScore))
	}
	if j.Error != nil {
		fmt.Fprintf(out, "error       %s\n", *j.Error)
	}
}

// followFineTune draws a job's progress (a bar, step, loss, ETA) until it
// ends, then prints it.
func followFineTune(ctx context.Context, out io.Writer, c *sdk.Client, id string) error {
	for {
		j, err := c.FineTuneJob(ctx, id)
		if err != nil {
			return err
		}
		switch j.Status {
		case api.FineTuneJobStatusSucceeded, api.FineTuneJobStatusFailed, api.FineTuneJobStatusCancelled:
			fmt.Fprintln(out)
			printFineTune(out, j)
			if j.Status == api.FineTuneJobStatusFailed {
				return hokusai.Errorf(hokusai.EINVALID, "%s failed: %s", j.Id, deref(j.Error))
			}
			return nil
		}
		const width = 30
		done := 0
		if j.TotalSteps > 0 {
			done = width * j.Step / j.TotalSteps
		}
		eta := "-"
		if j.EstimatedFinish != nil {
			eta = time.Until(*j.EstimatedFinish).Round(time.Second).String()
		}
		fmt.Fprintf(out, "\r%s [%s%s] step %d/%d loss %.4f ETA %s   ", j.Status, strings.Repeat("#", done), strings.Repeat(".", width-done), j.Step, j.TotalSteps, deref(j.TrainLoss), eta)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
