package finetune

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

type keep struct{ cps []*hokusai.FineTuneCheckpoint }

func (k *keep) Checkpoint(_ context.Context, c *hokusai.FineTuneCheckpoint) error {
	k.cps = append(k.cps, c)
	return nil
}
func (k *keep) Event(context.Context, string, string, ...any) {}

// TestExchangeGuardsARun: a run's URLs serve only its spec and inputs,
// take checkpoints in step order (a retry of the last is accepted once,
// a gap or garbage refused), and answer 410 Gone once the run is closed.
func TestExchangeGuardsARun(t *testing.T) {
	ctx := context.Background()
	blobs, err := blob.NewLocal(filepath.Join(t.TempDir(), "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	rows := []hokusai.Row{{"x": "a", "y": "yes"}, {"x": "b", "y": "no"}, {"x": "a", "y": "yes"}, {"x": "b", "y": "no"}}
	m, err := linear.Train(rows, hokusai.TrainingRecipe{Runtime: hokusai.RuntimeLinear, Objective: "logistic", Target: "y", Features: []string{"x"}, Categorical: []string{"x"}, L2: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	w, _ := m.Marshal()
	put := func(b []byte) string {
		info, err := blobs.Put(ctx, bytes.NewReader(b), blob.Digest(b))
		if err != nil {
			t.Fatal(err)
		}
		return info.Digest
	}
	weights, train, other := put(w), put([]byte(`{"x":"a","y":"yes"}`+"\n")), put([]byte("secret"))
	x := &Exchange{Blobs: blobs}
	ts := httptest.NewServer(x)
	defer ts.Close()
	x.URL = ts.URL
	j := &hokusai.FineTuneJob{ID: 3, Method: hokusai.FineTuneFull, BaseModelID: 1, TrainingDigest: train, Hyper: hokusai.HyperParameters{Epochs: 4, BatchSize: 2, LearningRate: 0.1}}
	p := &keep{}
	run, err := x.open(ctx, nil, "", j, &hokusai.FineTuneCheckpoint{JobID: 3, Step: 1, Digest: weights}, p)
	if err != nil {
		t.Fatal(err)
	}
	base := ts.URL + "/runs/" + run.token
	do := func(method, path string, body []byte) int {
		req, _ := http.NewRequest(method, base+path, bytes.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	for _, c := range []struct {
		method, path string
		body         []byte
		want         int
	}{
		{"GET", "/spec", nil, 200},
		{"GET", "/blobs/" + weights, nil, 200},
		{"GET", "/blobs/" + train, nil, 200},
		{"GET", "/blobs/" + other, nil, 404},
		{"PUT", "/checkpoints/3?train_loss=1&valid_loss=0", w, 409},
		{"PUT", "/checkpoints/2?train_loss=1&valid_loss=0", []byte("not a model"), 400},
		{"PUT", "/checkpoints/2?train_loss=NaN&valid_loss=0", w, 400},
		{"PUT", "/checkpoints/9?train_loss=1&valid_loss=0", w, 400},
		{"PUT", "/checkpoints/2?train_loss=0.5&valid_loss=0", w, 204},
		{"PUT", "/checkpoints/2?train_loss=0.5&valid_loss=0", w, 204},
		{"DELETE", "/spec", nil, 405},
	} {
		if got := do(c.method, c.path, c.body); got != c.want {
			t.Errorf("%s %s: %d, want %d", c.method, c.path, got, c.want)
		}
	}
	if len(p.cps) != 1 || p.cps[0].Step != 2 || p.cps[0].TrainLoss != 0.5 || p.cps[0].Digest != weights {
		t.Fatalf("reported %+v, want step 2 once", p.cps)
	}
	run.close()
	if got := do("GET", "/spec", nil); got != http.StatusGone {
		t.Errorf("spec after close: %d", got)
	}
	if got := do("PUT", "/checkpoints/3?train_loss=1&valid_loss=0", w); got != http.StatusGone {
		t.Errorf("checkpoint after close: %d", got)
	}
}
