package finetune

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// TrainSpec is what a trainer outside the server (a Kubernetes pod, an
// Akash lease) needs to run a job: where to read its start weights and
// rows, how long and how fast to train, and where to write each
// checkpoint. Its URLs are capabilities the server's run exchange
// answers for as long as the run lasts.
type TrainSpec struct {
	Job   int64                   `json:"job"`
	Hyper hokusai.HyperParameters `json:"hyperparameters"`
	Seed  int64                   `json:"seed"`
	// Start is the step the weights are after (0: the base's).
	Start         int    `json:"start_step"`
	WeightsURL    string `json:"weights_url"`
	TrainingURL   string `json:"training_url"`
	ValidationURL string `json:"validation_url,omitempty"`
	// CheckpointURL takes PUT CheckpointURL/STEP?train_loss=…&valid_loss=…
	// with the weights after STEP as the body.
	CheckpointURL string `json:"checkpoint_url"`
	// FailureURL takes POST with the trainer's error when it gives up.
	FailureURL string `json:"failure_url,omitempty"`
}

// TrainLine is one line of JSON a trainer prints per checkpoint, and once
// more at the end (Done), for whoever reads its logs.
type TrainLine struct {
	Step      int     `json:"step"`
	Of        int     `json:"of"`
	TrainLoss float64 `json:"train_loss"`
	ValidLoss float64 `json:"valid_loss"`
	Digest    string  `json:"digest,omitempty"`
	Done      bool    `json:"done,omitempty"`
}

// ErrRunClosed is what a trainer gets when the server no longer wants its
// checkpoints: the run was cancelled, or a newer run of the job took over.
var ErrRunClosed = errors.New("the server closed this run (cancelled, or taken over by a newer run)")

// linearOptions are the options every runner trains built-in models with,
// so a job's weights do not depend on where it ran.
func linearOptions(h hokusai.HyperParameters, seed int64) linear.FineTuneOptions {
	return linear.FineTuneOptions{Epochs: h.Epochs, BatchSize: h.BatchSize, LearningRate: h.LearningRate, Seed: seed, L2: -1}
}

// Train runs the trainer a container starts (`hokusai finetune train
// --spec URL`): it reads the spec and its inputs over HTTP, trains with
// the local runner's code from the spec's start step, writes each
// checkpoint back and prints a TrainLine per step to out.
func Train(ctx context.Context, hc *http.Client, specURL string, out io.Writer) error {
	if hc == nil {
		hc = http.DefaultClient
	}
	var spec TrainSpec
	err := train(ctx, hc, specURL, &spec, out)
	if err != nil && spec.FailureURL != "" && ctx.Err() == nil && !errors.Is(err, ErrRunClosed) {
		// Tell the server at once; a container that exits may just be
		// restarted (Akash restarts its services).
		req, rerr := http.NewRequestWithContext(ctx, http.MethodPost, spec.FailureURL, strings.NewReader(err.Error()))
		if rerr == nil {
			if resp, derr := hc.Do(req); derr == nil {
				resp.Body.Close()
			}
		}
	}
	return err
}

func train(ctx context.Context, hc *http.Client, specURL string, spec *TrainSpec, out io.Writer) error {
	b, err := fetch(ctx, hc, specURL, 1<<20)
	if err != nil {
		return fmt.Errorf("spec: %w", err)
	}
	if err := json.Unmarshal(b, spec); err != nil {
		return fmt.Errorf("spec: %w", err)
	}
	if b, err = fetch(ctx, hc, spec.WeightsURL, MaxPackageBytes); err != nil {
		return fmt.Errorf("start weights: %w", err)
	}
	m, err := linear.Parse(b)
	if err != nil {
		return fmt.Errorf("start weights: %w", err)
	}
	train, err := fetchRows(ctx, hc, spec.TrainingURL)
	if err != nil {
		return fmt.Errorf("training rows: %w", err)
	}
	var valid []hokusai.Row
	if spec.ValidationURL != "" {
		if valid, err = fetchRows(ctx, hc, spec.ValidationURL); err != nil {
			return fmt.Errorf("validation rows: %w", err)
		}
	}
	enc := json.NewEncoder(out)
	last := TrainLine{Step: spec.Start, Of: spec.Hyper.Epochs}
	_, err = linear.FineTune(ctx, m, train, valid, linearOptions(spec.Hyper, spec.Seed), spec.Start, func(e linear.FineTuneEpoch) error {
		w, err := e.Model.Marshal()
		if err != nil {
			return err
		}
		u := fmt.Sprintf("%s/%d?train_loss=%s&valid_loss=%s", spec.CheckpointURL, e.Epoch,
			strconv.FormatFloat(e.TrainLoss, 'g', -1, 64), strconv.FormatFloat(e.ValidLoss, 'g', -1, 64))
		if err := putCheckpoint(ctx, hc, u, w); err != nil {
			return fmt.Errorf("checkpoint after step %d: %w", e.Epoch, err)
		}
		last = TrainLine{Step: e.Epoch, Of: spec.Hyper.Epochs, TrainLoss: e.TrainLoss, ValidLoss: e.ValidLoss, Digest: blob.Digest(w)}
		return enc.Encode(last)
	})
	if err != nil {
		return err
	}
	last.Done, last.Digest = true, ""
	return enc.Encode(last)
}

// fetch GETs u, at most limit bytes, retrying a failed connection a few
// times (a trainer may start before the network is fully up).
func fetch(ctx context.Context, hc *http.Client, u string, limit int64) ([]byte, error) {
	var last error
	for try := 0; try < 4; try++ {
		if try > 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(time.Duration(try) * 500 * time.Millisecond):
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, err
		}
		resp, err := hc.Do(req)
		if err != nil {
			last = err
			continue
		}
		b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
		resp.Body.Close()
		switch {
		case err != nil:
			last = err
			continue
		case resp.StatusCode == http.StatusGone || resp.StatusCode == http.StatusNotFound:
			return nil, ErrRunClosed
		case resp.StatusCode != http.StatusOK:
			return nil, fmt.Errorf("GET: %s: %s", resp.Status, hokusai.Excerpt(string(b)))
		case int64(len(b)) > limit:
			return nil, fmt.Errorf("GET: larger than %d bytes", limit)
		}
		return b, nil
	}
	return nil, last
}

func fetchRows(ctx context.Context, hc *http.Client, u string) ([]hokusai.Row, error) {
	b, err := fetch(ctx, hc, u, 1<<30)
	if err != nil {
		return nil, err
	}
	return parseRows(b)
}

// parseRows reads rows written as canonical JSONL (contrib.CanonicalJSONL).
func parseRows(b []byte) ([]hokusai.Row, error) {
	d, err := eval.LoadJSONL(bytes.NewReader(b), eval.LoadOptions{})
	if err != nil {
		return nil, err
	}
	cols := make([]string, len(d.Columns))
	for i, c := range d.Columns {
		cols[i] = c.Name
	}
	return hokusai.RowsFromTable(cols, d.Rows), nil
}

func putCheckpoint(ctx context.Context, hc *http.Client, u string, body []byte) error {
	var last error
	for try := 0; try < 4; try++ {
		if try > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(try) * 500 * time.Millisecond):
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, u, bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp, err := hc.Do(req)
		if err != nil {
			last = err
			continue
		}
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusNoContent:
			return nil
		case resp.StatusCode == http.StatusGone || resp.StatusCode == http.StatusNotFound:
			return ErrRunClosed
		case resp.StatusCode >= 500:
			last = fmt.Errorf("PUT: %s: %s", resp.Status, hokusai.Excerpt(string(msg)))
			continue
		default:
			return fmt.Errorf("PUT: %s: %s", resp.Status, hokusai.Excerpt(string(msg)))
		}
	}
	return last
}
