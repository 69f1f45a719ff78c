package finetune_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes/fake"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
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

// TestTrainerFailureEndsTheRun: a trainer that cannot train (rows it
// cannot read) tells the exchange, and the Kubernetes and Akash runs fail
// at once with its words — on Akash, whose services restart, rather than
// after the stall timeout — and free what they hold.
func TestTrainerFailureEndsTheRun(t *testing.T) {
	e := newEnv(t)
	garbage := []byte("this is not JSONL\n")
	info, err := e.blobs.Put(e.ctx, bytes.NewReader(garbage), blob.Digest(garbage))
	if err != nil {
		t.Fatal(err)
	}
	cs := fake.NewClientset()
	startKubelet(t, cs, "training")
	k8s, j := k8sFixture(t, e, cs, "training", "test")
	market := newAkashServer(t, akashProvider{addr: "akash1cpu", ask: 800})
	akash, _ := akashFixture(t, e, market)
	akash.Stall = time.Hour
	j.TrainingDigest = info.Digest
	for _, r := range []hokusai.FineTuneRunner{k8s, akash} {
		start := time.Now()
		_, err := r.Run(e.ctx, j, nil, &events{})
		if err == nil || !strings.Contains(err.Error(), "The trainer failed: training rows:") || time.Since(start) > 20*time.Second {
			t.Errorf("%s: %v after %s", r.Name(), err, time.Since(start))
		}
	}
	if l, _ := cs.BatchV1().Jobs("training").List(e.ctx, metav1.ListOptions{}); len(l.Items) != 0 {
		t.Errorf("%d Kubernetes Jobs left", len(l.Items))
	}
	for _, d := range market.deployments() {
		if d.state != "closed" {
			t.Errorf("deployment %s left %s", d.dseq, d.state)
		}
	}
}
