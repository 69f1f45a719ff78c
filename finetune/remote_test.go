package finetune_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"k8s.io/client-go/kubernetes/fake"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/finetune"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// TestRemoteRunnersThroughTheAPI: jobs created through the API with a
// runner and resources are stored with them and run by the worker — one
// as a Kubernetes Job whose container gets those resources, one on Akash
// where the first lease closes mid-run — and both publish to the fork
// the weights the local runner would have trained, with the runners'
// lines (the Job, the lease, the escrow and runway, the re-bid) in the
// job's stored events.
func TestRemoteRunnersThroughTheAPI(t *testing.T) {
	e := newEnv(t)
	cs := fake.NewClientset()
	kl := startKubelet(t, cs, "training")
	k8s, _ := k8sFixture(t, e, cs, "training", "test")
	market := newAkashServer(t, akashProvider{addr: "akash1h100", gpu: "h100", ask: 900})
	market.closeAtStep = 3
	akash, _ := akashFixture(t, e, market)
	e.svc.Runners = []hokusai.FineTuneRunner{e.local, k8s, akash}
	w := &finetune.Worker{Jobs: e.jobs, Queue: e.queue, Runners: e.svc.Runners, Publish: e.pub.Publish, Poll: 20 * time.Millisecond, Workers: 2}
	e.svc.Worker = w
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = w.Run(ctx) }()
	defer func() { cancel(); <-done }()

	ts := e.serve()
	cli := sdk.New(ts.URL)
	one := 1
	create := func(runner string, res *api.FineTuneResources) (*api.FineTuneJob, int64) {
		j, err := cli.CreateFineTuneJob(e.ctx, api.FineTuneRequest{Base: "VOTE@1.0.0", TrainingFile: e.rows(e.pool.Len()), Fork: str("VOTEX"),
			Seed: ptr(int64(5)), Runner: &runner, Resources: res}, devchain.DevKey(2))
		if err != nil {
			t.Fatalf("create on %s: %v", runner, err)
		}
		id, _ := finetune.ParseJobID("id", j.Id)
		return j, id
	}
	kj, kid := create("kubernetes", &api.FineTuneResources{CpuMillis: ptr(1500), MemoryMib: ptr(2048), Gpus: &one, GpuModel: str("a100")})
	if kj.Resources == nil || *kj.Resources.CpuMillis != 1500 || *kj.Resources.GpuModel != "a100" || kj.Runner != "kubernetes" {
		t.Fatalf("the created job's resources: %+v", kj.Resources)
	}
	k := e.wait(kid, "finished", func(j *hokusai.FineTuneJob) bool { return j.Status.Terminal() })
	if k.Status != hokusai.FineTuneSucceeded || k.Resources != (hokusai.FineTuneResources{CPUMillis: 1500, MemoryMiB: 2048, GPUs: 1, GPUModel: "a100"}) {
		t.Fatalf("kubernetes job: %s %q %+v", k.Status, k.Error, k.Resources)
	}
	kl.mu.Lock()
	pod := kl.created[0].Spec.Template.Spec
	kl.mu.Unlock()
	if lim := pod.Containers[0].Resources.Limits; lim.Cpu().String() != "1500m" || lim.Memory().String() != "2Gi" || pod.NodeSelector[finetune.LabelGPUProduct] != "a100" {
		t.Errorf("the Job's container: %v, node selector %v", lim, pod.NodeSelector)
	}

	_, aid := create("akash", &api.FineTuneResources{Gpus: &one, GpuModel: str("h100")})
	a := e.wait(aid, "finished", func(j *hokusai.FineTuneJob) bool { return j.Status.Terminal() })
	if a.Status != hokusai.FineTuneSucceeded {
		t.Fatalf("akash job: %s %q", a.Status, a.Error)
	}
	if k.ResultScore == 0 || k.ResultVersion == "" || a.ResultVersion == "" {
		t.Fatalf("not published: kubernetes %q (score %v), akash %q", k.ResultVersion, k.ResultScore, a.ResultVersion)
	}
	if holds, err := e.jobs.FindFineTuneHolds(e.ctx, "akash", aid); err != nil || len(holds) != 0 {
		t.Errorf("the akash job left holds: %v %v", holds, err)
	}
	for _, d := range market.deployments() {
		if d.state != "closed" {
			t.Errorf("deployment %s left %s", d.dseq, d.state)
		}
	}
	// Same seed, same rows, same base: the same weights wherever they ran,
	// lease loss and all.
	if a.ResultScore != k.ResultScore || a.TrainLoss != k.TrainLoss {
		t.Errorf("akash result %.6f (loss %.6f) differs from kubernetes' %.6f (loss %.6f)", a.ResultScore, a.TrainLoss, k.ResultScore, k.TrainLoss)
	}
	for id, wants := range map[int64][]string{
		kid: {"Started on runner kubernetes.", "Kubernetes Job training/hokusai-ftjob-", "cpu 1500m, memory 2Gi, nvidia.com/gpu 1", "Succeeded"},
		aid: {"Started on runner akash.", "Akash lease with provider akash1h100", "a runway of", "Akash lease closed (state closed)", "after step 3", "resumes from the checkpoint after step 3", "Published as version"},
	} {
		evs, err := e.jobs.FindFineTuneEvents(e.ctx, id, 0, 1000)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, ev := range evs {
			lines = append(lines, ev.Message)
		}
		log := strings.Join(lines, "\n")
		for _, want := range wants {
			if !strings.Contains(log, want) {
				t.Errorf("job %d's events lack %q:\n%s", id, want, log)
			}
		}
	}
}
