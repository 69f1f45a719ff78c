package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

func newEvalCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Evaluate predictions on a dataset and sign or verify evaluation receipts",
	}
	cmd.AddCommand(newEvalRunCmd(), newEvalVerifyCmd(), newEvalBenchmarkCmd())
	return cmd
}

type evalRunFlags struct {
	dataset, label, predictions, baseline string
	metric, average, posLabel, direction  string
	multiClass, expression                string
	regression                            bool
	split                                 string
	splitSeed                             uint64
	devPercent                            int
	seed                                  uint64
	resamples                             int
	key                                   string
	devAccount                            int
	out                                   string
	model, candDigest, baseDigest         string
	text                                  bool
	progress                              string
}

func newEvalRunCmd() *cobra.Command {
	f := &evalRunFlags{}
	cmd := &cobra.Command{
		Use:   "run --dataset FILE --label COL --predictions FILE --metric NAME",
		Short: "Score predictions, compare with a baseline (paired bootstrap) and write a signed receipt",
		Long: `Score a model's predictions on a dataset (CSV with a header, or JSONL) without a server.

Predictions files (CSV or JSONL) have one row per scored row, in the same order:
a column "prediction" (class name, number or text) and/or probability columns
"p_<class>" for every class (or "score", the second class's probability, for two
classes). With --baseline-predictions the improvement (candidate − baseline, or
baseline − candidate for metrics that improve downward) gets a seeded paired
bootstrap: a one-sided 95% lower bound and a two-sided 95% interval.

With --split dev|test the dataset is split like a benchmark (--split-seed,
--dev-percent) and only that split is scored; the predictions then cover that
split's rows only. With --key or --dev-account the receipt is signed (EIP-191).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runEval(cmd, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.dataset, "dataset", "", "dataset file (.csv or .jsonl)")
	fl.StringVar(&f.label, "label", "", "the dataset's label column")
	fl.StringVar(&f.predictions, "predictions", "", "the candidate model's predictions file")
	fl.StringVar(&f.baseline, "baseline-predictions", "", "the baseline model's predictions file (enables the paired bootstrap)")
	fl.StringVar(&f.metric, "metric", "", "accuracy, precision, recall, f1, auc_roc, log_loss, mse, rmse, mae, r2 or custom")
	fl.StringVar(&f.average, "average", "", "binary, macro, micro or weighted (precision/recall/F1, auc_roc, custom confusion-matrix expressions; default binary for two classes, else macro)")
	fl.StringVar(&f.multiClass, "multi-class", "", "ovr or ovo: how auc_roc treats more than two classes (default ovr)")
	fl.StringVar(&f.expression, "expression", "", "the custom metric, e.g. '2*tp/(2*tp+fp+fn)' or 'sqrt(mean((y-p)^2))' (with --metric custom and --direction)")
	fl.BoolVar(&f.regression, "regression", false, "with --metric custom: read the label column as numbers (y and p are regression targets and predictions)")
	fl.StringVar(&f.posLabel, "pos-label", "", "the positive class for --average binary (default: the larger class)")
	fl.StringVar(&f.direction, "direction", "", "max or min (default: the metric's own)")
	fl.StringVar(&f.split, "split", "all", "which rows to score: all, dev or test")
	fl.Uint64Var(&f.splitSeed, "split-seed", 0, "seed of the dev/test split")
	fl.IntVar(&f.devPercent, "dev-percent", 30, "the dev split's share of the rows, in percent")
	fl.Uint64Var(&f.seed, "seed", 1, "bootstrap seed")
	fl.IntVar(&f.resamples, "resamples", eval.DefaultResamples, "bootstrap resamples")
	fl.StringVar(&f.key, "key", "", "file holding the evaluator's hex private key, to sign the receipt")
	fl.IntVar(&f.devAccount, "dev-account", -1, "sign with dev chain account N (0–9) instead of --key")
	fl.StringVarP(&f.out, "out", "o", "", "write the receipt to this file (default: print it)")
	fl.StringVar(&f.model, "model", "", "the model's name or id, for the receipt")
	fl.StringVar(&f.candDigest, "candidate-digest", "", "the candidate package's digest (default: the predictions' content digest)")
	fl.StringVar(&f.baseDigest, "baseline-digest", "", "the baseline package's digest (default: the baseline predictions' content digest)")
	fl.BoolVar(&f.text, "text", false, "compare texts exactly (exact match) instead of class labels")
	fl.StringVar(&f.progress, "progress", "auto", "progress bar on stderr: auto (on a terminal, long runs), always or never")
	for _, req := range []string{"dataset", "label", "predictions", "metric"} {
		_ = cmd.MarkFlagRequired(req)
	}
	return cmd
}

func runEval(cmd *cobra.Command, f *evalRunFlags) error {
	metric, err := hokusai.ParseMetric(f.metric)
	if err != nil {
		return err
	}
	dir := metric.DefaultDirection()
	if f.direction != "" {
		if dir, err = hokusai.ParseDirection(f.direction); err != nil {
			return err
		}
	} else if metric == hokusai.MetricCustom {
		return hokusai.FieldErrorf("direction", "A custom metric declares its direction: add --direction max (higher is better) or --direction min.")
	}
	opts := eval.MetricOptions{Average: f.average, MultiClass: f.multiClass, Expression: f.expression}
	if _, err := eval.NewMetricSpec(metric, opts, 0); err != nil {
		return err // the options alone are wrong: say so before reading any file
	}
	if f.regression && metric != hokusai.MetricCustom {
		return hokusai.FieldErrorf("regression", "--regression applies to --metric custom; %s knows whether it reads numbers.", metric)
	}
	progress := map[string]eval.ProgressMode{"auto": eval.ProgressAuto, "always": eval.ProgressAlways, "never": eval.ProgressNever}
	mode, ok := progress[f.progress]
	if !ok {
		return hokusai.FieldErrorf("progress", "--progress is %q; use auto, always or never.", f.progress)
	}
	key, err := signingKey(f.key, f.devAccount)
	if err != nil {
		return err
	}
	data, err := eval.LoadFile(f.dataset, eval.LoadOptions{})
	if err != nil {
		return err
	}
	datasetDigest := data.Digest()
	var idx []int
	splitDigest := datasetDigest
	switch f.split {
	case "all":
	case "dev", "test":
		b, err := eval.NewBenchmark(data, f.label, eval.MetricSpec{Metric: metric}, dir, f.splitSeed, f.devPercent)
		if err != nil {
			return err
		}
		if idx, splitDigest, err = b.Rows(f.split); err != nil {
			return err
		}
	default:
		return hokusai.FieldErrorf("split", "--split is %q; use all, dev or test.", f.split)
	}
	truthMetric := metric
	if f.regression {
		truthMetric = hokusai.MetricMSE // numbers, as a regression metric reads them
	}
	truth, enc, err := eval.SubsetTruth(data, idx, f.label, truthMetric, f.text)
	if err != nil {
		return err
	}
	classes := 0
	if enc != nil {
		classes = len(enc.Classes)
	}
	spec, err := eval.NewMetricSpec(metric, opts, classes)
	if err != nil {
		return err
	}
	if enc != nil {
		if f.posLabel != "" {
			i, ok := enc.Index(f.posLabel)
			if !ok {
				return hokusai.FieldErrorf("pos-label", "--pos-label %q is not one of the classes %q.", f.posLabel, enc.Classes)
			}
			spec.PosLabel = i
		}
	}
	labelCol, _ := data.ColumnIndex(f.label)
	numericLabels := data.Columns[labelCol].Type == eval.TypeNumber
	cand, candDigest, err := loadPredictions(f.predictions, "predictions", truth, enc, numericLabels)
	if err != nil {
		return err
	}
	if f.candDigest != "" {
		candDigest = f.candDigest
	}
	req := eval.Request{Spec: spec, Direction: dir, Truth: truth, Candidate: cand, Seed: f.seed,
		Resamples: f.resamples, ProgressTo: cmd.ErrOrStderr(), Progress: mode}
	var baseDigest string
	if f.baseline != "" {
		base, d, err := loadPredictions(f.baseline, "baseline-predictions", truth, enc, numericLabels)
		if err != nil {
			return err
		}
		req.Baseline, baseDigest = &base, d
		if f.baseDigest != "" {
			baseDigest = f.baseDigest
		}
	}
	cmp, err := eval.Evaluate(cmd.Context(), req)
	if err != nil {
		return err
	}
	r := eval.NewReceipt(eval.ReceiptSubject{
		Model: f.model, BaselineDigest: baseDigest, CandidateDigest: candDigest,
		DatasetDigest: datasetDigest, Split: f.split, SplitDigest: splitDigest,
		Metric: spec.String(), Direction: dir, RuntimeVersion: runtimeVersion(),
	}, cmp, time.Now())
	e := cmd.ErrOrStderr()
	if cmp.Paired {
		fmt.Fprintf(e, "%s on %d rows: candidate %.6g, baseline %.6g, improvement %+.6g (95%% CI %.6g … %.6g; one-sided lower bound %.6g)\n",
			spec, cmp.Rows, cmp.CandidateScore, cmp.BaselineScore, cmp.Improvement, cmp.Low95, cmp.High95, cmp.Lower95)
	} else {
		fmt.Fprintf(e, "%s on %d rows: %.6g (95%% CI %.6g … %.6g)\n", spec, cmp.Rows, cmp.CandidateScore, cmp.Low95, cmp.High95)
	}
	if key != nil {
		if err := r.Sign(key); err != nil {
			return err
		}
		fmt.Fprintf(e, "signed by %s\n", r.Evaluator)
	} else {
		fmt.Fprintln(e, "unsigned (give --key or --dev-account to sign the receipt)")
	}
	if f.out == "" {
		_, err = cmd.OutOrStdout().Write(r.MarshalIndent())
		return err
	}
	if err := os.WriteFile(f.out, r.MarshalIndent(), 0o644); err != nil {
		return fmt.Errorf("write receipt: %w", err)
	}
	fmt.Fprintf(e, "receipt %s written to %s\n", r.Hash().Hex(), f.out)
	return nil
}

// loadPredictions reads a predictions file and its content digest. Numeric
// class labels are read as numbers so "1.0" names class "1".
func loadPredictions(path, field string, truth eval.Truth, enc *eval.LabelEncoder, numericLabels bool) (eval.Predictions, string, error) {
	if enc == nil {
		enc = eval.NewLabelEncoder(nil)
	}
	typ := eval.TypeString
	if truth.Values != nil || (numericLabels && truth.Texts == nil) {
		typ = eval.TypeNumber
	}
	d, err := eval.LoadFile(path, eval.LoadOptions{Types: map[string]eval.ColumnType{"prediction": typ}})
	if err != nil {
		return eval.Predictions{}, "", err
	}
	if d.Len() != truth.Len() {
		return eval.Predictions{}, "", hokusai.FieldErrorf(field, "%s has %d rows but %d rows are scored: give one prediction per row, in order.", path, d.Len(), truth.Len())
	}
	p, err := eval.ReadPredictions(d, truth, enc)
	return p, d.Digest(), err
}

// runtimeVersion names the evaluator build for receipts.
func runtimeVersion() string {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	return "hokusai-eval/" + v
}

func newEvalVerifyCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "verify RECEIPT|PROOF",
		Short: "Check an evaluation receipt's signature, or a zkProof mint's proof, offline; name anything altered",
		Long: "With a receipt: checks its signature and names any altered field. With a zkProof bundle\n" +
			"(DATA_DIR/proofs/<evaluation>.json, written by the evaluator of a zkProof model): checks the\n" +
			"receipt, that the mint request names it and its candidate, that the proof's public inputs are\n" +
			"the request's new state, counts and binding (nonce included), and the Groth16 proof itself.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return hokusai.FieldErrorf("receipt", "The receipt file %s cannot be read (%v).", args[0], err)
			}
			var probe struct {
				Format string `json:"format"`
			}
			if json.Unmarshal(b, &probe) == nil && strings.HasPrefix(probe.Format, evaluator.ZkBundlePrefix) {
				return verifyZkBundle(cmd, b)
			}
			r, signer, err := eval.VerifyReceipt(b)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "valid, signed by %s\n", signer.Hex())
			fmt.Fprintf(cmd.ErrOrStderr(), "%s %s on %s: candidate %s", r.Model, r.Metric, r.DatasetDigest, r.CandidateScore)
			if r.BaselineScore != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), ", baseline %s, improvement %s [%s, %s]", r.BaselineScore, r.Improvement, r.Low95, r.High95)
			}
			fmt.Fprintln(cmd.ErrOrStderr())
			return nil
		},
	}
}

func newEvalBenchmarkCmd() *cobra.Command {
	var dataset, label, metric, direction, devOut, testOut string
	var opts eval.MetricOptions
	var seed uint64
	var devPercent int
	cmd := &cobra.Command{
		Use:   "benchmark --dataset FILE --label COL --metric NAME",
		Short: "Split a dataset into a public dev split and a hidden test split and print their digests",
		Long: `Split a dataset like a benchmark (seeded, deterministic) and print the benchmark as JSON:
the dataset digest, each split's size and digest (the test digest is what registration commits
on-chain). --dev-out and --test-out write the splits (.csv or .jsonl) for training and for
"hokusai eval run --split". The same dataset, seed and percentage always give the same split.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := hokusai.ParseMetric(metric)
			if err != nil {
				return err
			}
			dir := m.DefaultDirection()
			if direction != "" {
				if dir, err = hokusai.ParseDirection(direction); err != nil {
					return err
				}
			}
			if _, err := eval.NewMetricSpec(m, opts, 0); err != nil {
				return err
			}
			d, err := eval.LoadFile(dataset, eval.LoadOptions{})
			if err != nil {
				return err
			}
			classes := 0
			if cs, err := d.Classes(label); err == nil && (m <= hokusai.MetricAUCROC || m == hokusai.MetricCustom) {
				classes = len(cs)
			}
			spec, err := eval.NewMetricSpec(m, opts, classes)
			if err != nil {
				return err
			}
			b, err := eval.NewBenchmark(d, label, spec, dir, seed, devPercent)
			if err != nil {
				return err
			}
			for _, w := range []struct {
				path string
				idx  []int
			}{{devOut, b.Dev}, {testOut, b.Test}} {
				if w.path != "" {
					if err := writeDataset(w.path, d.Subset(w.idx)); err != nil {
						return err
					}
				}
			}
			return writeJSON(cmd.OutOrStdout(), map[string]any{
				"dataset_digest": b.DatasetDigest, "label": b.Label, "metric": b.Metric,
				"direction": b.Direction.String(), "seed": b.Seed, "dev_percent": b.DevPercent,
				"dev_rows": len(b.Dev), "dev_digest": b.DevDigest, "test_rows": b.TestRows, "test_digest": b.TestDigest,
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dataset, "dataset", "", "dataset file (.csv or .jsonl)")
	fl.StringVar(&label, "label", "", "the label column")
	fl.StringVar(&metric, "metric", "", "the benchmark metric")
	fl.StringVar(&opts.Average, "average", "", "binary, macro, micro or weighted (precision/recall/F1, auc_roc, custom)")
	fl.StringVar(&opts.MultiClass, "multi-class", "", "ovr or ovo (auc_roc)")
	fl.StringVar(&opts.Expression, "expression", "", "the custom metric's expression (with --metric custom)")
	fl.StringVar(&direction, "direction", "", "max or min (default: the metric's own)")
	fl.Uint64Var(&seed, "seed", 0, "split seed")
	fl.IntVar(&devPercent, "dev-percent", 30, "the dev split's share of the rows, in percent")
	fl.StringVar(&devOut, "dev-out", "", "write the dev split here (.csv or .jsonl)")
	fl.StringVar(&testOut, "test-out", "", "write the hidden test split here (.csv or .jsonl)")
	for _, req := range []string{"dataset", "label", "metric"} {
		_ = cmd.MarkFlagRequired(req)
	}
	return cmd
}

// writeDataset writes d as CSV or (for .jsonl/.ndjson) canonical JSONL.
func writeDataset(path string, d *eval.Dataset) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write split: %w", err)
	}
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".jsonl" || ext == ".ndjson" {
		err = d.WriteJSONL(f)
	} else {
		err = d.WriteCSV(f)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write split: %w", err)
	}
	return nil
}

// verifyZkBundle checks a zkProof bundle offline and prints what it proves.
func verifyZkBundle(cmd *cobra.Command, b []byte) error {
	var z evaluator.ZkBundle
	if err := json.Unmarshal(b, &z); err != nil {
		return hokusai.FieldErrorf("receipt", "The zkProof bundle is not valid JSON: %v.", err)
	}
	signer, err := z.Check()
	if err != nil {
		return err
	}
	bb, c := z.Proof.Counts()
	fmt.Fprintf(cmd.OutOrStdout(), "valid proof: model %d, %d rows right only for the candidate, %d only for the head, of %d hidden rows; receipt signed by %s\n",
		z.Request.ModelID, bb, c, z.Shape.Rows, signer.Hex())
	fmt.Fprintf(cmd.ErrOrStderr(), "candidate %s (new state %s), chain %d, verifier %s, idempotency key %s, nonce %d\n",
		z.Request.CandidateDigest.Hex(), z.Request.NewState, z.ChainID, z.Verifier.Hex(), z.Request.IdempotencyKey.Hex(), z.Request.Nonce)
	var words []byte
	for _, w := range z.VK {
		var b [32]byte
		w.FillBytes(b[:])
		words = append(words, b[:]...)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "compare with the verifier's zkConfig(%d) before the mint: key hash %s, state %s (of the head's and the split's commitments; ZkConfigured names them), nonce %d\n",
		z.Request.ModelID, crypto.Keccak256Hash(words).Hex(), z.Proof.Public[0], z.Request.Nonce)
	return nil
}
