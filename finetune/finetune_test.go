package finetune_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/finetune"
	"github.com/hokusai-protocol/hokusai/finetune/runnertest"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

func str(s string) *string { return &s }

// TestCreateRefusesBadInput: each kind of bad request is refused at
// creation with a 400 naming its field, and nothing is stored or queued.
func TestCreateRefusesBadInput(t *testing.T) {
	e := newEnv(t)
	ts := e.serve()
	cli := sdk.New(ts.URL)
	good := e.rows(50)
	// A cached Hugging Face model, to tell "not cached" from "cached".
	snap := filepath.Join(e.dir, "hf", "models--org--cached", "snapshots", "abc123")
	if err := os.MkdirAll(snap, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(snap, "config.json"), []byte("{}"), 0o644)
	os.MkdirAll(filepath.Join(e.dir, "hf", "models--org--cached", "refs"), 0o755)
	os.WriteFile(filepath.Join(e.dir, "hf", "models--org--cached", "refs", "main"), []byte("abc123\n"), 0o644)

	badSchema := strings.Replace(good, "party,", "partei,", 1)
	unknownClass := good + "whig" + strings.Repeat(",y", 16) + "\n"
	outside := strings.Replace(good, "\ndemocrat,", "\nalice@example.com,", 1)
	for _, c := range []struct {
		name, field, says string
		req               api.FineTuneRequest
	}{
		{"unknown model", "base", "no model NOPE", api.FineTuneRequest{Base: "NOPE@1.0.0", TrainingFile: good}},
		{"unknown version", "base", "no version 9.9.9", api.FineTuneRequest{Base: "VOTE@9.9.9", TrainingFile: good}},
		{"malformed base", "base", "MODEL@VERSION", api.FineTuneRequest{Base: "VOTE", TrainingFile: good}},
		{"hf not cached, offline", "base", "HF_HUB_OFFLINE", api.FineTuneRequest{Base: "hf:sentence-transformers/all-MiniLM-L6-v2@main", TrainingFile: good}},
		{"hf cached, no trainer", "base", "is cached", api.FineTuneRequest{Base: "hf:org/cached@main", TrainingFile: good}},
		{"column the schema lacks", "training_file", `no column "party"`, api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: badSchema}},
		{"class the base lacks", "training_file", "whig", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: unknownClass}},
		{"value outside the schema", "training_file", "not one of the allowed values", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: outside}},
		{"bad suffix", "suffix", "letters, digits", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, Suffix: str("a b")}},
		{"bad validation rows", "validation_file", `no column "party"`, api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, ValidationFile: &badSchema}},
		{"too many epochs", "hyperparameters.n_epochs", "1 to 1000", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good,
			Hyperparameters: &struct {
				BatchSize    *api.AutoInt    `json:"batch_size,omitempty"`
				LearningRate *api.AutoNumber `json:"learning_rate,omitempty"`
				NEpochs      *api.AutoInt    `json:"n_epochs,omitempty"`
			}{NEpochs: sdk.AutoInt(1001)}}},
		{"zero batch", "hyperparameters.batch_size", "1 to 4096", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good,
			Hyperparameters: &struct {
				BatchSize    *api.AutoInt    `json:"batch_size,omitempty"`
				LearningRate *api.AutoNumber `json:"learning_rate,omitempty"`
				NEpochs      *api.AutoInt    `json:"n_epochs,omitempty"`
			}{BatchSize: hyperInt(0)}}},
		{"learning rate too high", "hyperparameters.learning_rate", "at most 10", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good,
			Hyperparameters: &struct {
				BatchSize    *api.AutoInt    `json:"batch_size,omitempty"`
				LearningRate *api.AutoNumber `json:"learning_rate,omitempty"`
				NEpochs      *api.AutoInt    `json:"n_epochs,omitempty"`
			}{LearningRate: sdk.AutoNumber(11)}}},
		{"lora on a linear model", "method", "method full", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, Method: ptr(api.FineTuneRequestMethodLora)}},
		{"unknown runner", "runner", "Runner akash is not configured on this server (it runs local): its operator sets --akash-api-url", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, Runner: str("akash")}},
		{"gpus on the local runner", "resources.gpus", "takes no GPUs", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, Resources: &api.FineTuneResources{Gpus: ptr(1)}}},
		{"cpu out of range", "resources.cpu_millis", "between 0", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, Resources: &api.FineTuneResources{CpuMillis: ptr(-5)}}},
		{"gpu model without gpus", "resources.gpu_model", "needs resources.gpus", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, Resources: &api.FineTuneResources{GpuModel: str("h100")}}},
		{"fork is the base", "fork", "another model", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, Fork: str("VOTE")}},
		{"empty rows", "training_file", "training_file", api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: ""}},
	} {
		_, err := cli.CreateFineTuneJob(e.ctx, c.req, devchain.DevKey(2))
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field || !strings.Contains(hokusai.ErrorMessage(err), c.says) {
			t.Errorf("%s: got %v; want INVALID_INPUT on %s saying %q", c.name, err, c.field, c.says)
		}
	}
	// Another's fork is forbidden.
	if _, err := cli.CreateFineTuneJob(e.ctx, api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: good, Fork: str("VOTEX")}, devchain.DevKey(3)); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Errorf("another's fork: %v", err)
	}
	// Unsigned: 401 before the body is read.
	resp, err := http.Post(ts.URL+"/v1/fine_tuning/jobs", "application/json", strings.NewReader(`{"base":"VOTE@1.0.0","training_file":"x"}`))
	if err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("unsigned: %v %v", resp.StatusCode, err)
	}
	list, err := e.jobs.FindFineTuneJobs(e.ctx, hokusai.FineTuneFilter{Limit: 100})
	if err != nil || len(list) != 0 {
		t.Fatalf("refused requests stored jobs: %v %v", list, err)
	}
}

func ptr[T any](v T) *T { return &v }

func hyperInt(n int) *api.AutoInt {
	var a api.AutoInt
	_ = a.FromAutoInt0(n)
	return &a
}

// TestRoutesMatchSpec: the operations openapi.yaml tags finetune are
// exactly the routes the package serves.
func TestRoutesMatchSpec(t *testing.T) {
	documented, err := hhttp.OperationsTagged("finetune")
	if err != nil {
		t.Fatal(err)
	}
	routes := slices.Clone(finetune.Routes)
	slices.Sort(routes)
	if !slices.Equal(documented, routes) {
		t.Fatalf("spec operations\n%v\ndiffer from the routes\n%v", documented, routes)
	}
}

// TestWarmStartForkBeatsParent: a fork of the house-votes model
// fine-tuned on new rows starts from the parent's weights, beats the
// parent on the parent's benchmark (the hidden test split), and is
// registered as the fork's head version with the parent recorded; every
// answer matches openapi.yaml.
func TestWarmStartForkBeatsParent(t *testing.T) {
	e := newEnv(t)
	ts := e.serve()
	_, stop := e.worker()
	defer stop()
	cli := sdk.New(ts.URL)
	n := e.pool.Len()
	created, err := cli.CreateFineTuneJob(e.ctx, api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: e.rows(n), Fork: str("VOTEX"), Suffix: str("ft"),
		Seed: ptr(int64(7))}, devchain.DevKey(2))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := finetune.ParseJobID("id", created.Id)
	j := e.wait(id, "finished", func(j *hokusai.FineTuneJob) bool { return j.Status.Terminal() })
	if j.Status != hokusai.FineTuneSucceeded {
		t.Fatalf("job %s: %s", j.Status, j.Error)
	}
	t.Logf("parent %.4f, fine-tuned fork %.4f on the parent's hidden test split (%d new rows, %d epochs)", j.BaseScore, j.ResultScore, n, j.Hyper.Epochs)
	if j.ResultScore <= j.BaseScore {
		t.Fatalf("the fork scores %.4f, not above its parent's %.4f", j.ResultScore, j.BaseScore)
	}
	v, err := e.registry.FindVersion(e.ctx, 2, j.ResultVersion)
	if err != nil {
		t.Fatal(err)
	}
	if v.Parent == nil || v.Parent.ModelID != 1 || v.Parent.Version != "1.0.0" || v.Metrics["accuracy"] != j.ResultScore || v.Metrics["parent_accuracy"] != j.BaseScore {
		t.Fatalf("fork version: parent %+v, metrics %v", v.Parent, v.Metrics)
	}
	if head, err := e.registry.FindHead(e.ctx, 2); err != nil || head.Version != j.ResultVersion {
		t.Fatalf("fork head: %+v %v", head, err)
	}
	// A checkpoint per epoch; the API's answers decode strictly into the
	// generated types.
	for _, path := range []string{"/v1/fine_tuning/jobs/" + created.Id, "/v1/fine_tuning/jobs", "/v1/fine_tuning/jobs/" + created.Id + "/events",
		"/v1/fine_tuning/jobs/" + created.Id + "/checkpoints"} {
		resp, err := http.Get(ts.URL + path)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("GET %s: %v", path, err)
		}
		var v any
		switch {
		case strings.HasSuffix(path, "/events"):
			v = &oapi.FineTuneEventList{}
		case strings.HasSuffix(path, "/checkpoints"):
			v = &oapi.FineTuneCheckpointList{}
		case strings.HasSuffix(path, "/jobs"):
			v = &oapi.FineTuneJobList{}
		default:
			v = &oapi.FineTuneJob{}
		}
		dec := json.NewDecoder(resp.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			t.Fatalf("GET %s does not match openapi.yaml: %v", path, err)
		}
		resp.Body.Close()
		if cl, ok := v.(*oapi.FineTuneCheckpointList); ok && len(cl.Data) != j.Hyper.Epochs {
			t.Fatalf("%d checkpoints for %d epochs", len(cl.Data), j.Hyper.Epochs)
		}
	}
	got, err := cli.FineTuneJob(e.ctx, created.Id)
	if err != nil || got.LastCheckpoint == nil || got.LastCheckpoint.Step != j.Hyper.Epochs || got.Status != api.FineTuneJobStatusSucceeded {
		t.Fatalf("job as the SDK reads it: %+v %v", got, err)
	}
}

// TestCancelStopsTheRun: cancelling a running job stops its run, frees
// the worker (the next job runs on it), and a second cancel is a conflict.
func TestCancelStopsTheRun(t *testing.T) {
	e := newEnv(t)
	ts := e.serve()
	w, stop := e.worker()
	defer stop()
	cli := sdk.New(ts.URL)
	long := api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: e.rows(e.pool.Len()), Hyperparameters: &struct {
		BatchSize    *api.AutoInt    `json:"batch_size,omitempty"`
		LearningRate *api.AutoNumber `json:"learning_rate,omitempty"`
		NEpochs      *api.AutoInt    `json:"n_epochs,omitempty"`
	}{NEpochs: sdk.AutoInt(1000), BatchSize: sdk.AutoInt(1), LearningRate: sdk.AutoNumber(0.01)}}
	created, err := cli.CreateFineTuneJob(e.ctx, long, devchain.DevKey(2))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := finetune.ParseJobID("id", created.Id)
	e.wait(id, "past step 2", func(j *hokusai.FineTuneJob) bool { return j.Step >= 2 })
	if _, err := cli.CancelFineTuneJob(e.ctx, created.Id, devchain.DevKey(3)); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("cancel by another: %v", err)
	}
	c, err := cli.CancelFineTuneJob(e.ctx, created.Id, devchain.DevKey(2))
	if err != nil || c.Status != api.FineTuneJobStatusCancelled {
		t.Fatalf("cancel: %+v %v", c, err)
	}
	e.wait(id, "stopped", func(*hokusai.FineTuneJob) bool { return w.Running() == 0 })
	j, _ := e.jobs.FindFineTuneJob(e.ctx, id)
	if j.Status != hokusai.FineTuneCancelled || j.Step >= 1000 {
		t.Fatalf("after cancel: %s at step %d", j.Status, j.Step)
	}
	if _, err := cli.CancelFineTuneJob(e.ctx, created.Id, devchain.DevKey(2)); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("second cancel: %v", err)
	}
	// The worker is free: a short job runs to the end.
	short, err := cli.CreateFineTuneJob(e.ctx, api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: e.rows(40)}, devchain.DevKey(2))
	if err != nil {
		t.Fatal(err)
	}
	sid, _ := finetune.ParseJobID("id", short.Id)
	if j := e.wait(sid, "finished", func(j *hokusai.FineTuneJob) bool { return j.Status.Terminal() }); j.Status != hokusai.FineTuneSucceeded {
		t.Fatalf("next job: %s %s", j.Status, j.Error)
	}
	evs, _ := e.jobs.FindFineTuneEvents(e.ctx, id, 0, 100)
	var msgs []string
	for _, ev := range evs {
		msgs = append(msgs, ev.Message)
	}
	if !strings.Contains(strings.Join(msgs, "\n"), "released what it held") {
		t.Fatalf("events: %v", msgs)
	}
}

// TestResumeAfterCrashIsExact: a worker stopped mid-run (its server gone)
// and a new one on the same database resume the job from its last
// checkpoint, and the result has exactly the weights of a run never
// stopped.
func TestResumeAfterCrashIsExact(t *testing.T) {
	e := newEnv(t)
	e.serve()
	req := &finetune.Request{Base: "VOTE@1.0.0", TrainingFile: e.rows(e.pool.Len()), Hyper: &finetune.HyperInput{
		Epochs: finetune.Auto{Value: 300, Set: true}, BatchSize: finetune.Auto{Value: 2, Set: true}}}
	ref, err := e.svc.Create(e.ctx, devchain.DevAddress(2).Hex(), req)
	if err != nil {
		t.Fatal(err)
	}
	crashed, err := e.svc.Create(e.ctx, devchain.DevAddress(2).Hex(), req)
	if err != nil {
		t.Fatal(err)
	}
	// The reference runs alone first; then the other is stopped mid-run.
	_, stop := e.worker()
	e.wait(ref.ID, "finished", func(j *hokusai.FineTuneJob) bool { return j.Status.Terminal() })
	mid := e.wait(crashed.ID, "midway", func(j *hokusai.FineTuneJob) bool { return j.Step >= 20 })
	stop()
	if _, err := e.queue.ReleaseRunning(context.Background()); err != nil { // as a restarted server does
		t.Fatal(err)
	}
	stopped, _ := e.jobs.FindFineTuneJob(e.ctx, crashed.ID)
	if stopped.Status != hokusai.FineTuneRunning || stopped.Step >= 300 {
		t.Fatalf("the stop did not interrupt the run: %s at %d", stopped.Status, stopped.Step)
	}
	_, stop2 := e.worker()
	defer stop2()
	done := e.wait(crashed.ID, "finished", func(j *hokusai.FineTuneJob) bool { return j.Status.Terminal() })
	if done.Status != hokusai.FineTuneSucceeded {
		t.Fatalf("resumed job: %s %s", done.Status, done.Error)
	}
	a, _ := e.jobs.LastFineTuneCheckpoint(e.ctx, ref.ID)
	b, _ := e.jobs.LastFineTuneCheckpoint(e.ctx, crashed.ID)
	if a.Step != 300 || a.Digest != b.Digest {
		t.Fatalf("final weights: uninterrupted %s, resumed %s", a.Digest, b.Digest)
	}
	evs, _ := e.jobs.FindFineTuneEvents(e.ctx, crashed.ID, 0, 100)
	resumed := false
	for _, ev := range evs {
		resumed = resumed || strings.HasPrefix(ev.Message, "Resumed from the checkpoint after step")
	}
	if !resumed {
		t.Fatal("no resume event")
	}
	t.Logf("stopped at step %d (seen %d), resumed and finished with the uninterrupted run's weights %s", stopped.Step, mid.Step, b.Digest)
}

// TestLocalRunnerSuite: the local runner passes the runner suite.
func TestLocalRunnerSuite(t *testing.T) {
	runnertest.TestRunner(t, func(t *testing.T) runnertest.Fixture {
		e := newEnv(t)
		j, err := e.svc.Create(e.ctx, devchain.DevAddress(2).Hex(), &finetune.Request{Base: "VOTE@1.0.0", TrainingFile: e.rows(e.pool.Len()),
			Seed: ptr(int64(3)), Hyper: &finetune.HyperInput{Epochs: finetune.Auto{Value: 6, Set: true}, BatchSize: finetune.Auto{Value: 8, Set: true}}})
		if err != nil {
			t.Fatal(err)
		}
		return runnertest.Fixture{Runner: e.local, Job: j, Blobs: e.blobs}
	})
}
