package finetune_test

import (
	"bytes"
	"flag"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/finetune"
	"github.com/hokusai-protocol/hokusai/finetune/runnertest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestAkashSDLGolden: the trainer's SDL (GPU profile, placement with
// attributes, pricing in USDC) is the golden file, byte for byte, and
// validates; SDLs that break a rule are refused naming it.
func TestAkashSDLGolden(t *testing.T) {
	s, err := finetune.TrainerSDL("ghcr.io/hokusai-protocol/hokusai:0.9.0", nil, "https://hokusai.example:8091/runs/TOKEN/spec",
		hokusai.FineTuneResources{CPUMillis: 4500, MemoryMiB: 16384, GPUs: 1, GPUModel: "h100"},
		map[string]string{"region": "us-west", "tier": "community"}, finetune.DenomUSDC, 25000)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "akash-trainer.sdl.yaml")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("the SDL differs from %s:\n%s", golden, got)
	}
	if _, err := finetune.ParseSDL(want); err != nil {
		t.Fatalf("the golden SDL does not validate: %v", err)
	}
	for _, c := range []struct{ name, from, to, says string }{
		{"version", `version: "2.0"`, `version: "1.0"`, `version must be "2.0"`},
		{"denom", "denom: ibc/", "denom: xibc/", "denom must be uakt"},
		{"price", "amount: 25000", "amount: 0", "amount must be positive"},
		{"cpu", `units: "4.5"`, `units: "lots"`, "cpu.units must be a positive count"},
		{"memory", "size: 16384Mi", "size: 16 gigs", "memory.size must be a size"},
		{"gpu vendor", "nvidia:", "intel:", `GPU vendor "intel"`},
		{"profile", "profile: trainer", "profile: other", `"other" is not a compute profile`},
		{"count", "count: 1", "count: 0", "count must be at least 1"},
		{"unknown field", "count: 1", "count: 1\n            replicas: 2", "not valid YAML"},
	} {
		bad := strings.Replace(string(want), c.from, c.to, 1)
		if bad == string(want) {
			t.Fatalf("%s: %q is not in the golden SDL", c.name, c.from)
		}
		if _, err := finetune.ParseSDL([]byte(bad)); err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v; want an error saying %q", c.name, err, c.says)
		}
	}
}

// akashFixture is the house-votes job run by an Akash runner on server s.
func akashFixture(t *testing.T, e *env, s *akashServer) (*finetune.AkashRunner, *hokusai.FineTuneJob) {
	x := &finetune.Exchange{Blobs: e.blobs}
	ts := httptest.NewServer(x)
	t.Cleanup(ts.Close)
	x.URL = ts.URL
	r := &finetune.AkashRunner{Client: s.client(), Image: "ghcr.io/hokusai-protocol/hokusai:test", Exchange: x, Registry: e.registry,
		Defaults: hokusai.FineTuneResources{CPUMillis: 1000, MemoryMiB: 1024}, StartPrice: 1000, MaxPrice: 4000,
		BidWait: 30 * time.Millisecond, Poll: 10 * time.Millisecond, Holds: e.jobs, Tmp: t.TempDir()}
	j, err := e.svc.Create(e.ctx, devchain.DevAddress(2).Hex(), &finetune.Request{Base: "VOTE@1.0.0", TrainingFile: e.rows(e.pool.Len()),
		Seed: ptr(int64(3)), Hyper: &finetune.HyperInput{Epochs: finetune.Auto{Value: 6, Set: true}, BatchSize: finetune.Auto{Value: 8, Set: true}}})
	if err != nil {
		t.Fatal(err)
	}
	j.Runner = r.Name()
	return r, j
}

// TestAkashRunnerSuite: the Akash runner passes the runner suite against
// the test Console API, whose leases run the trainer.
func TestAkashRunnerSuite(t *testing.T) {
	runnertest.TestRunner(t, func(t *testing.T) runnertest.Fixture {
		e := newEnv(t)
		s := newAkashServer(t, akashProvider{addr: "akash1cpu", ask: 800})
		r, j := akashFixture(t, e, s)
		return runnertest.Fixture{Runner: r, Job: j, Blobs: e.blobs}
	})
}

// TestAkashLeaseLostResumes: the provider closes the lease after step 2;
// the runner bids again, the new lease's trainer starts from the
// checkpoint after step 2, each step is reported once, the final weights
// are the local runner's (an uninterrupted run) byte for byte, and both
// deployments end closed.
func TestAkashLeaseLostResumes(t *testing.T) {
	e := newEnv(t)
	s := newAkashServer(t, akashProvider{addr: "akash1flaky", ask: 900})
	s.closeAtStep = 2
	r, j := akashFixture(t, e, s)
	ev := &events{}
	var steps []int
	ev.onCheckpoint = func(step int) { steps = append(steps, step) }
	res, err := r.Run(e.ctx, j, nil, ev)
	if err != nil {
		t.Fatalf("%v\nevents:\n%s", err, strings.Join(ev.lines(), "\n"))
	}
	got := readResult(t, res)
	local, err := e.local.Run(e.ctx, j, nil, &events{})
	if err != nil {
		t.Fatal(err)
	}
	if want := readResult(t, local); !bytes.Equal(got, want) {
		t.Fatal("the resumed Akash run's weights differ from an uninterrupted run's")
	}
	if len(steps) != 6 || steps[0] != 1 || steps[5] != 6 || steps[2] != 3 {
		t.Fatalf("checkpoints reported for steps %v, want 1…6 once each", steps)
	}
	deps := s.deployments()
	if len(deps) != 2 || deps[0].lease == nil || deps[1].lease == nil {
		t.Fatalf("%d deployments, want 2 with a lease each", len(deps))
	}
	for _, d := range deps {
		if d.state != "closed" {
			t.Errorf("deployment %s is %s after the run, want closed", d.dseq, d.state)
		}
	}
	log := strings.Join(ev.lines(), "\n")
	for _, want := range []string{
		"Akash lease closed (state closed) on deployment 1001 (provider akash1flaky) after step 2 of 6; bidding again, the new lease resumes from the checkpoint after step 2.",
		"Akash lease with provider akash1flaky at 900.000000000000000000 uakt per block (deployment 1002)",
		": 5000000 uakt at 900 per block, a runway of 5555 blocks (about 9h16m0s).",
		"service trainer 1/1 available",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("events lack %q:\n%s", want, log)
		}
	}
	if !strings.Contains(deps[1].logs.String(), `"step":3`) || strings.Contains(deps[1].logs.String(), `"step":2,`) {
		t.Errorf("the second lease's trainer did not start after step 2:\n%s", deps[1].logs.String())
	}
}

// TestAkashBidScreening: a provider offering the wrong GPU is refused
// with its reason, and no bid at the start price is explained (price too
// low against the GPU market) and re-bid higher until the h100 provider
// bids; with the cap below its ask, the run fails saying why; a GPU model
// no provider has is named.
func TestAkashBidScreening(t *testing.T) {
	e := newEnv(t)
	s := newAkashServer(t,
		akashProvider{addr: "akash1a100", gpu: "a100", ask: 500, bidsAnyway: true},
		akashProvider{addr: "akash1h100", gpu: "h100", ask: 1400})
	s.gpus = []finetune.AkashGPUModel{{Vendor: "nvidia", Model: "h100"}, {Vendor: "nvidia", Model: "a100"}}
	for i := range s.gpus {
		s.gpus[i].Availability.Total, s.gpus[i].Availability.Available = 8, 3
		s.gpus[i].Price = &struct {
			Min float64 `json:"min"`
			Max float64 `json:"max"`
		}{Min: 0.80, Max: 2.10}
	}
	r, j := akashFixture(t, e, s)
	r.Denom = finetune.DenomUSDC
	j.Resources = hokusai.FineTuneResources{GPUs: 1, GPUModel: "h100"}
	ev := &events{}
	res, err := r.Run(e.ctx, j, nil, ev)
	if err != nil {
		t.Fatalf("%v\nevents:\n%s", err, strings.Join(ev.lines(), "\n"))
	}
	os.RemoveAll(res.Dir)
	log := strings.Join(ev.lines(), "\n")
	for _, want := range []string{
		"No acceptable Akash bid on deployment 1001 at 1000 " + finetune.DenomUSDC + " per block: price too low: 1000 " + finetune.DenomUSDC + " per block is $0.60 per GPU-hour, and nvidia/h100 providers ask from $0.80; refused: provider akash1a100 offers GPU nvidia/a100, not nvidia/h100. Bidding again at 1500.",
		"Akash lease with provider akash1h100 at 1400.000000000000000000",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("events lack %q:\n%s", want, log)
		}
	}

	r.MaxPrice = 1200
	_, err = r.Run(e.ctx, j, nil, &events{})
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(hokusai.ErrorMessage(err), "at 1000, 1200 "+finetune.DenomUSDC+" per block (the cap): price too low") {
		t.Errorf("capped below every ask: %v", err)
	}
	j.Resources.GPUModel = "b200"
	_, err = r.Run(e.ctx, j, nil, &events{})
	if err == nil || !strings.Contains(err.Error(), "no GPU model match: no provider on the market offers nvidia/b200") {
		t.Errorf("a GPU nobody has: %v", err)
	}
	for _, d := range s.deployments() {
		if d.state != "closed" {
			t.Errorf("deployment %s left %s", d.dseq, d.state)
		}
	}
}

func readResult(t *testing.T, res *hokusai.FineTuneResult) []byte {
	t.Helper()
	defer os.RemoveAll(res.Dir)
	b, err := os.ReadFile(filepath.Join(res.Dir, res.Entry))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAkashClosesWhatACrashLeft: a deployment an earlier server opened
// for the job (recorded as a hold, then the server died) is closed when
// the job runs again, and no hold is left after the run.
func TestAkashClosesWhatACrashLeft(t *testing.T) {
	e := newEnv(t)
	s := newAkashServer(t, akashProvider{addr: "akash1cpu", ask: 800})
	r, j := akashFixture(t, e, s)
	sdl, err := finetune.TrainerSDL(r.Image, nil, "http://127.0.0.1:1/runs/dead/spec", hokusai.FineTuneResources{CPUMillis: 1000, MemoryMiB: 1024}, nil, finetune.DenomAKT, 1000)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sdl.Marshal()
	orphan, _, err := s.client().CreateDeployment(e.ctx, b, "5.00")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.jobs.AddFineTuneHold(e.ctx, &hokusai.FineTuneHold{Runner: "akash", JobID: j.ID, Ref: orphan}); err != nil {
		t.Fatal(err)
	}
	ev := &events{}
	res, err := r.Run(e.ctx, j, nil, ev)
	if err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(res.Dir)
	deps := s.deployments()
	if len(deps) != 2 || deps[0].dseq != orphan || deps[0].state != "closed" || deps[1].state != "closed" {
		t.Fatalf("deployments after the run: %d, the orphan %s is %s", len(deps), deps[0].dseq, deps[0].state)
	}
	if holds, err := e.jobs.FindFineTuneHolds(e.ctx, "akash", j.ID); err != nil || len(holds) != 0 {
		t.Fatalf("holds left: %v %v", holds, err)
	}
	if log := strings.Join(ev.lines(), "\n"); !strings.Contains(log, "Akash deployment "+orphan+" was left open by an earlier run of this job; closing it.") {
		t.Errorf("events:\n%s", log)
	}
}
