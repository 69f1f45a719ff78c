package main

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

var ftjobLine = regexp.MustCompile(`Created (ftjob-\d+)`)

// ftWait polls job id on srv until cond holds (up to limit).
func ftWait(t *testing.T, srv *liveServer, id, what string, limit time.Duration, cond func(*api.FineTuneJob) bool) *api.FineTuneJob {
	t.Helper()
	c := sdk.New(srv.apiURL)
	deadline := time.Now().Add(limit)
	for {
		j, err := c.FineTuneJob(context.Background(), id)
		if err == nil && cond(j) {
			return j
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never %s: %+v %v\n%s", id, what, j, err, srv.out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func ftCreate(t *testing.T, srv *liveServer, args ...string) string {
	t.Helper()
	out := srv.cli(t, append([]string{"finetune", "create", "--base", "VOTE@1.0.0", "--training-file", "../../testdata/datasets/house-votes-84.csv", "--dev-account", "2"}, args...)...)
	m := ftjobLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("finetune create printed no job id:\n%s", out)
	}
	return m[1]
}

// TestEndToEndFineTuneSurvivesSIGKILL runs the real binary: a fine-tuning
// job is running when `serve` is killed with SIGKILL; after a restart it
// resumes from its last checkpoint (the checkpoints written before the
// kill are kept, none is redone) and succeeds. A second job is cancelled
// mid-run with the CLI: its run stops and the worker is free for the
// next job. Bad input is refused at creation with a named error.
func TestEndToEndFineTuneSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	dir := t.TempDir()
	srv := startLive(t, dir)
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Votes", "--ticker", "VOTE",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	ledgerWaitModel(t, srv, "VOTE")
	ledgerRegisterVotes(t, srv, "VOTE")

	// Bad input: refused before anything runs, exit code 2, the field named.
	for _, c := range []struct{ args []string }{
		{[]string{"--epochs", "1001"}},
		{[]string{"--base", "VOTE@7.0.0"}},
		{[]string{"--base", "hf:sentence-transformers/all-MiniLM-L6-v2@main"}},
	} {
		_, errOut, code := srv.cliCode(t, append([]string{"finetune", "create", "--base", "VOTE@1.0.0", "--training-file", "../../testdata/datasets/house-votes-84.csv", "--dev-account", "2"}, c.args...)...)
		if code != 2 || !strings.Contains(errOut, "field") {
			t.Fatalf("finetune create %v: exit %d, %s", c.args, code, errOut)
		}
	}

	long := []string{"--epochs", "1000", "--batch-size", "1", "--learning-rate", "0.001"}
	id := ftCreate(t, srv, long...)
	ftWait(t, srv, id, "past step 5", 60*time.Second, func(j *api.FineTuneJob) bool { return j.Step >= 5 })
	if err := srv.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = srv.cmd.Wait()
	killedAt := time.Now()

	db := sqlite.NewDB(filepath.Join(dir, "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	jobs := sqlite.NewFineTuneService(db)
	var jobID int64 = 1
	last, err := jobs.LastFineTuneCheckpoint(context.Background(), jobID)
	if err != nil {
		t.Fatal(err)
	}
	if last.Step >= 1000 {
		t.Fatalf("the job finished before the kill (step %d): make it longer", last.Step)
	}
	before, _ := jobs.FindFineTuneCheckpoints(context.Background(), jobID)

	srv = startLive(t, dir)
	done := ftWait(t, srv, id, "finished", 5*time.Minute, func(j *api.FineTuneJob) bool {
		return j.Status != api.FineTuneJobStatusRunning && j.Status != api.FineTuneJobStatusQueued
	})
	if done.Status != api.FineTuneJobStatusSucceeded || done.Step != 1000 {
		t.Fatalf("after the restart: %s at step %d (%v)", done.Status, done.Step, done.Error)
	}
	after, _ := jobs.FindFineTuneCheckpoints(context.Background(), jobID)
	if len(after) != 1000 || after[999].Step != 1000 {
		t.Fatalf("%d checkpoints, want one per epoch", len(after))
	}
	for i, c := range before {
		if after[i].Step != c.Step || !after[i].CreatedAt.Equal(c.CreatedAt) || after[i].CreatedAt.After(killedAt) {
			t.Fatalf("checkpoint %d was redone after the restart: %+v, was %+v", c.Step, after[i], c)
		}
	}
	if first := after[len(before)]; first.Step != last.Step+1 || first.CreatedAt.Before(killedAt) {
		t.Fatalf("the restarted run's first checkpoint is %+v; want step %d after the kill", first, last.Step+1)
	}
	events := srv.cli(t, "finetune", "events", id)
	if !strings.Contains(events, "Resumed from the checkpoint after step") {
		t.Fatalf("events:\n%s", events)
	}
	t.Logf("killed after step %d; resumed from it and finished 1000 epochs", last.Step)

	// Cancel: the run stops, the worker takes the next job.
	id2 := ftCreate(t, srv, long...)
	ftWait(t, srv, id2, "past step 2", 60*time.Second, func(j *api.FineTuneJob) bool { return j.Step >= 2 })
	if out := srv.cli(t, "finetune", "cancel", id2, "--dev-account", "2"); !strings.Contains(out, "cancelled") {
		t.Fatalf("cancel: %s", out)
	}
	stopped := ftWait(t, srv, id2, "cancelled", 10*time.Second, func(j *api.FineTuneJob) bool { return j.Status == api.FineTuneJobStatusCancelled })
	ftWait(t, srv, id2, "stopped", 10*time.Second, func(*api.FineTuneJob) bool {
		return strings.Contains(srv.cli(t, "finetune", "events", id2), "released what it held")
	})
	cps, _ := jobs.FindFineTuneCheckpoints(context.Background(), 2)
	id3 := ftCreate(t, srv, "--epochs", "3")
	if j := ftWait(t, srv, id3, "finished", 60*time.Second, func(j *api.FineTuneJob) bool { return j.Status == api.FineTuneJobStatusSucceeded }); j.Step != 3 {
		t.Fatalf("the next job: %+v", j)
	}
	time.Sleep(300 * time.Millisecond)
	if cps2, _ := jobs.FindFineTuneCheckpoints(context.Background(), 2); len(cps2) != len(cps) || stopped.Step >= 1000 {
		t.Fatalf("the cancelled run went on: %d checkpoints, then %d", len(cps), len(cps2))
	}
	if out := srv.cli(t, "finetune", "list"); !strings.Contains(out, id2) || !strings.Contains(out, "cancelled") {
		t.Fatalf("list:\n%s", out)
	}
}

// TestEndToEndFineTunedForkServed runs the real binary: a fork created
// on-chain with `model create --parent`, fine-tuned from its parent's
// version with `finetune create --fork`, is registered as the fork's
// version 1.0.0 with its parent recorded and answers a metered call,
// charged to a consumer's credits.
func TestEndToEndFineTunedForkServed(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	srv := startLive(t, t.TempDir())
	common := []string{"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth"}
	srv.cli(t, append([]string{"model", "create", "--dev-account", "1", "--name", "Votes", "--ticker", "VOTE"}, common...)...)
	ledgerWaitModel(t, srv, "VOTE")
	ledgerRegisterVotes(t, srv, "VOTE")
	srv.cli(t, append([]string{"model", "create", "--dev-account", "2", "--name", "Votes fork", "--ticker", "VOTEX", "--parent", "VOTE@1"}, common...)...)
	ledgerWaitModel(t, srv, "VOTEX")

	id := ftCreate(t, srv, "--fork", "VOTEX", "--epochs", "3", "--suffix", "ft")
	j := ftWait(t, srv, id, "finished", 2*time.Minute, func(j *api.FineTuneJob) bool {
		return j.Status != api.FineTuneJobStatusRunning && j.Status != api.FineTuneJobStatusQueued
	})
	if j.Status != api.FineTuneJobStatusSucceeded || j.ResultVersion == nil || *j.ResultVersion != "1.0.0" {
		t.Fatalf("job: %s, result %v, error %v", j.Status, j.ResultVersion, j.Error)
	}
	v, err := sdk.New(srv.apiURL).API().GetVersionWithResponse(context.Background(), "VOTEX", "1.0.0")
	if err != nil || v.JSON200 == nil || v.JSON200.Parent == nil || v.JSON200.Parent.Version != "1.0.0" {
		t.Fatalf("the fork's version: %v %s", err, v.Body)
	}

	key := strings.TrimSpace(srv.cli(t, "keys", "create", "--dev-account", "3", "--scopes", "call", "--name", "ft"))
	srv.cli(t, "credits", "deposit", "--usdc", "1", "--dev-account", "3")
	input := `{"physician-fee-freeze": "y", "el-salvador-aid": "y", "crime": "y"}`
	deadline := time.Now().Add(60 * time.Second)
	for {
		out, errOut, code := srv.cliCode(t, "predict", "VOTEX", "--input", input, "--key", key)
		if code == 0 {
			if !strings.Contains(out, "republican") && !strings.Contains(out, "democrat") || !strings.Contains(out, "fee_charged") {
				t.Fatalf("predict: %s", out)
			}
			t.Logf("the fine-tuned fork answered: %s", strings.TrimSpace(out))
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("predict on the fork: exit %d %s", code, errOut)
		}
		time.Sleep(300 * time.Millisecond)
	}
}
