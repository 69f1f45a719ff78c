package onnx_test

import (
	"bufio"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/runtime/onnx"
	"github.com/hokusai-protocol/hokusai/runtime/wordpiece"
)

var tokenizerJSON = filepath.Join("..", "wordpiece", "testdata", "all-MiniLM-L6-v2-tokenizer.json")

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTextModelFeedsTokenizedText: a model taking input_ids and
// attention_mask gets each row's text tokenized (WordPiece, [CLS] …
// [SEP], padded to the batch's longest and masked): its answer,
// softmax([n/10, sum(ids)/1e5]), is recomputed from the Go tokenizer's
// ids for texts of different lengths in one batch.
func TestTextModelFeedsTokenizedText(t *testing.T) {
	needLib(t)
	dir := t.TempDir()
	copyFile(t, filepath.Join("..", "..", "testdata", "models", "onnx-text-tiny", "model.onnx"), filepath.Join(dir, "model.onnx"))
	copyFile(t, tokenizerJSON, filepath.Join(dir, "tokenizer.json"))
	m, err := onnx.Load(filepath.Join(dir, "model.onnx"), onnx.Options{RuntimeOptions: hokusai.RuntimeOptions{Classes: []string{"short", "long"}, MaxLength: 12}})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if info := m.Info(); len(info.Features) != 1 || info.Features[0] != onnx.TextFeature || info.Task != hokusai.TaskClassification {
		t.Fatalf("info: %+v", info)
	}
	tok, err := wordpiece.Load(tokenizerJSON)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"The coffee was not good.", "a", "", "Café déjà vu, naïve façade: a much longer sentence that the limit of twelve tokens cuts."}
	rows := make([]hokusai.Row, len(texts))
	for i, s := range texts {
		rows[i] = hokusai.Row{"text": s}
	}
	preds, err := m.Predict(context.Background(), rows)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		ids := tok.Encode(s, 12)
		var sum int64
		for _, id := range ids {
			sum += id
		}
		a, b := float64(len(ids))/10, float64(sum)/1e5
		want := math.Exp(b) / (math.Exp(a) + math.Exp(b))
		if got := preds[i].Probabilities["long"]; math.Abs(got-want) > 1e-5 {
			t.Errorf("%q (%d ids): P(long) = %.6f, want %.6f", s, len(ids), got, want)
		}
	}
	if _, err := m.Predict(context.Background(), []hokusai.Row{{"text": 3.0}}); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Errorf("a number for text: %v, want INVALID_INPUT", err)
	}
}

// TestFineTunedTextModel scores a model exported by finetune/trainer
// (HOKUSAI_TEXT_ONNX_DIR: its result/ directory, with model.onnx,
// tokenizer.json and labels.json) on the review set's held-out rows
// through this runtime and the Go tokenizer, as the server serves it.
func TestFineTunedTextModel(t *testing.T) {
	dir := os.Getenv("HOKUSAI_TEXT_ONNX_DIR")
	if dir == "" {
		t.Skip("HOKUSAI_TEXT_ONNX_DIR is not set (a finetune/trainer result directory)")
	}
	needLib(t)
	var labels struct {
		Labels    []string `json:"labels"`
		MaxLength int      `json:"max_length"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil || json.Unmarshal(b, &labels) != nil {
		t.Fatalf("labels.json: %v", err)
	}
	m, err := onnx.Load(filepath.Join(dir, "model.onnx"), onnx.Options{RuntimeOptions: hokusai.RuntimeOptions{Classes: labels.Labels, MaxLength: labels.MaxLength}})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "datasets", "reviews", "reviews-test.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []hokusai.Row
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct{ Text, Label string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		rows, want = append(rows, hokusai.Row{"text": r.Text}), append(want, r.Label)
	}
	preds, err := m.Predict(context.Background(), rows)
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for i, p := range preds {
		if p.Label == want[i] {
			right++
		}
	}
	acc := float64(right) / float64(len(rows))
	t.Logf("held-out accuracy through the Go tokenizer and ONNX Runtime: %.4f (%d of %d)", acc, right, len(rows))
	if acc < 0.95 {
		t.Fatalf("accuracy %.4f < 0.95", acc)
	}
}
