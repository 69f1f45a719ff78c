package finetune_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/watch"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/kubernetes/fake"
	"k8s.io/client-go/tools/clientcmd"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/finetune"
	"github.com/hokusai-protocol/hokusai/finetune/runnertest"
)

// kubelet stands in for what client-go's fake clientset lacks: it has no
// scheduler, no Job controller and no kubelet, so nothing would ever run
// the Jobs the runner creates. This one watches Jobs; for each it creates
// the pod the Job controller would, runs the container's command
// in-process (finetune.Train, what `hokusai finetune train` runs), and
// writes the Job's outcome back as the controller would. Deleting a Job
// stops its trainer and deletes its pods, as the garbage collector does.
type kubelet struct {
	t    *testing.T
	cs   *fake.Clientset
	ns   string
	mu   sync.Mutex
	stop map[string]context.CancelFunc
	// Created keeps every Job as it was created, for assertions.
	created []*batchv1.Job
	// failCommand makes every trainer exit with this message.
	failCommand string
	// bin, when set, is the hokusai binary the container's command runs
	// as a child process (instead of finetune.Train in-process); out
	// keeps what the children printed.
	bin string
	out syncBuffer
}

func startKubelet(t *testing.T, cs *fake.Clientset, ns string) *kubelet {
	k := &kubelet{t: t, cs: cs, ns: ns, stop: map[string]context.CancelFunc{}}
	ctx, cancel := context.WithCancel(context.Background())
	w, err := cs.BatchV1().Jobs(ns).Watch(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); w.Stop(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for ev := range w.ResultChan() {
			job, ok := ev.Object.(*batchv1.Job)
			if !ok {
				continue
			}
			switch ev.Type {
			case watch.Added:
				k.mu.Lock()
				k.created = append(k.created, job.DeepCopy())
				runCtx, stop := context.WithCancel(ctx)
				k.stop[job.Name] = stop
				k.mu.Unlock()
				wg.Add(1)
				go func() { defer wg.Done(); k.run(runCtx, job) }()
			case watch.Deleted:
				k.mu.Lock()
				if stop := k.stop[job.Name]; stop != nil {
					stop()
				}
				k.mu.Unlock()
				// The fake's DeleteCollection deletes nothing: one by one.
				pods, _ := cs.CoreV1().Pods(ns).List(context.Background(), metav1.ListOptions{LabelSelector: "batch.kubernetes.io/job-name=" + job.Name})
				for _, p := range pods.Items {
					_ = cs.CoreV1().Pods(ns).Delete(context.Background(), p.Name, metav1.DeleteOptions{})
				}
			}
		}
	}()
	return k
}

func (k *kubelet) run(ctx context.Context, job *batchv1.Job) {
	bg := context.Background()
	c := job.Spec.Template.Spec.Containers[0]
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: job.Name + "-x7k2p", Namespace: k.ns, Labels: map[string]string{"batch.kubernetes.io/job-name": job.Name, "job-name": job.Name}},
		Spec:       *job.Spec.Template.Spec.DeepCopy(),
	}
	pod.Spec.NodeName = "test-node"
	pod.Status.Phase = corev1.PodRunning
	if _, err := k.cs.CoreV1().Pods(k.ns).Create(bg, pod, metav1.CreateOptions{}); err != nil {
		k.t.Errorf("kubelet: create pod: %v", err)
		return
	}
	var err error
	if k.failCommand != "" {
		err = &hokusai.Error{Code: hokusai.EINTERNAL, Message: k.failCommand}
	} else if n := len(c.Command); n < 2 || c.Command[n-2] != "--spec" || strings.Join(c.Command[:n-2], " ") != "hokusai finetune train" {
		k.t.Errorf("kubelet: the container runs %q, not hokusai finetune train --spec URL", c.Command)
		return
	} else if k.bin != "" {
		cmd := exec.CommandContext(ctx, k.bin, c.Command[1:]...)
		cmd.Stdout, cmd.Stderr = &k.out, &k.out
		err = cmd.Run()
	} else {
		var out bytes.Buffer
		err = finetune.Train(ctx, nil, c.Command[n-1], &out)
	}
	if ctx.Err() != nil {
		return // deleted
	}
	cond, phase := batchv1.JobComplete, corev1.PodSucceeded
	if err != nil {
		cond, phase = batchv1.JobFailed, corev1.PodFailed
	}
	pod.Status.Phase = phase
	_, _ = k.cs.CoreV1().Pods(k.ns).UpdateStatus(bg, pod, metav1.UpdateOptions{})
	cur, gerr := k.cs.BatchV1().Jobs(k.ns).Get(bg, job.Name, metav1.GetOptions{})
	if gerr != nil {
		return
	}
	cur.Status.Conditions = append(cur.Status.Conditions, batchv1.JobCondition{Type: cond, Status: corev1.ConditionTrue, Reason: "Test", Message: errText(err)})
	_, _ = k.cs.BatchV1().Jobs(k.ns).UpdateStatus(bg, cur, metav1.UpdateOptions{})
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// k8sFixture is the house-votes job run by a Kubernetes runner on cs,
// its trainer reaching the run exchange over a real HTTP listener.
func k8sFixture(t *testing.T, e *env, cs kubernetes.Interface, ns, image string) (*finetune.KubernetesRunner, *hokusai.FineTuneJob) {
	x := &finetune.Exchange{Blobs: e.blobs}
	ts := httptest.NewServer(x)
	t.Cleanup(ts.Close)
	x.URL = ts.URL
	if u := os.Getenv("HOKUSAI_EXCHANGE_URL"); u != "" && image != "test" {
		x.URL = u
	}
	r := &finetune.KubernetesRunner{Client: cs, Namespace: ns, Image: image, Exchange: x, Registry: e.registry, Poll: 20 * time.Millisecond, Tmp: t.TempDir(),
		Defaults: hokusai.FineTuneResources{CPUMillis: 500, MemoryMiB: 256}}
	j, err := e.svc.Create(e.ctx, devchain.DevAddress(2).Hex(), &finetune.Request{Base: "VOTE@1.0.0", TrainingFile: e.rows(e.pool.Len()),
		Seed: ptr(int64(3)), Hyper: &finetune.HyperInput{Epochs: finetune.Auto{Value: 6, Set: true}, BatchSize: finetune.Auto{Value: 8, Set: true}}})
	if err != nil {
		t.Fatal(err)
	}
	j.Runner = r.Name()
	return r, j
}

// TestKubernetesRunnerSuite: the Kubernetes runner passes the runner
// suite against client-go's fake clientset, with the test kubelet above
// running each Job's trainer in this process.
func TestKubernetesRunnerSuite(t *testing.T) {
	runnertest.TestRunner(t, func(t *testing.T) runnertest.Fixture {
		e := newEnv(t)
		cs := fake.NewClientset()
		startKubelet(t, cs, "training")
		r, j := k8sFixture(t, e, cs, "training", "test")
		return runnertest.Fixture{Runner: r, Job: j, Blobs: e.blobs}
	})
}

// TestKubernetesJobShape: the Job the runner creates is owner-less, runs
// once (backoffLimit 0, restartPolicy Never), carries the job's labels,
// TTL and resources (a GPU model as a node selector); a cancelled run's
// Job is deleted; a failed pod fails the run with its reason; a retried
// run deletes the Job its predecessor left.
func TestKubernetesJobShape(t *testing.T) {
	e := newEnv(t)
	cs := fake.NewClientset()
	k := startKubelet(t, cs, "training")
	r, j := k8sFixture(t, e, cs, "training", "test")
	r.TTL = 10 * time.Minute
	j.Resources = hokusai.FineTuneResources{CPUMillis: 2000, MemoryMiB: 4096, GPUs: 1, GPUModel: "h100"}
	res, err := r.Run(e.ctx, j, nil, &events{})
	if err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(res.Dir)
	k.mu.Lock()
	created := k.created
	k.mu.Unlock()
	if len(created) != 1 {
		t.Fatalf("%d Jobs created, want 1", len(created))
	}
	job := created[0]
	spec := job.Spec.Template.Spec
	lim := spec.Containers[0].Resources.Limits
	for _, c := range []struct{ what, got, want string }{
		{"namespace", job.Namespace, "training"},
		{"job label", job.Labels[finetune.LabelJobID], "1"},
		{"pod label", job.Spec.Template.Labels[finetune.LabelJobID], "1"},
		{"backoffLimit", str32(job.Spec.BackoffLimit), "0"},
		{"ttl", str32(job.Spec.TTLSecondsAfterFinished), "600"},
		{"restartPolicy", string(spec.RestartPolicy), "Never"},
		{"image", spec.Containers[0].Image, "test"},
		{"cpu", lim.Cpu().String(), "2"},
		{"memory", lim.Memory().String(), "4Gi"},
		{"gpu", quantity(lim, finetune.ResourceGPU), "1"},
		{"gpu model", spec.NodeSelector[finetune.LabelGPUProduct], "h100"},
		{"owners", strings.Repeat("x", len(job.OwnerReferences)), ""},
	} {
		if c.got != c.want {
			t.Errorf("Job %s: %q, want %q", c.what, c.got, c.want)
		}
	}
	if n := len(job.Name); n > 63 || !strings.HasPrefix(job.Name, "hokusai-ftjob-1-") {
		t.Errorf("Job name %q", job.Name)
	}
	// The succeeded Job is left to its TTL.
	if l, _ := cs.BatchV1().Jobs("training").List(e.ctx, metav1.ListOptions{}); len(l.Items) != 1 {
		t.Fatalf("%d Jobs after success, want the finished one", len(l.Items))
	}

	// A retried run deletes the Job before it; cancelled, its own is
	// deleted too, and with it its pod.
	ctx, cancel := context.WithCancel(e.ctx)
	ev := &events{onCheckpoint: func(int) { cancel() }}
	if _, err := r.Run(ctx, j, nil, ev); err != context.Canceled {
		t.Fatalf("cancelled run: %v", err)
	}
	if l, _ := cs.BatchV1().Jobs("training").List(e.ctx, metav1.ListOptions{}); len(l.Items) != 0 {
		t.Fatalf("%d Jobs left after a retry and a cancel, want 0: %s", len(l.Items), l.Items[0].Name)
	}
	waitFor(t, "the cancelled Job's pods deleted", func() bool {
		l, _ := cs.CoreV1().Pods("training").List(e.ctx, metav1.ListOptions{})
		return len(l.Items) == 0
	})

	// A trainer that fails fails the run, naming the Job and its logs.
	k.failCommand = "out of memory"
	_, err = r.Run(e.ctx, j, nil, ev)
	if err == nil || !strings.Contains(err.Error(), "failed (Test: INTERNAL: out of memory)") || !strings.Contains(err.Error(), "last lines: fake logs") {
		t.Fatalf("failed trainer: %v", err)
	}
	if !strings.Contains(strings.Join(ev.lines(), "\n"), "created (image test, cpu 2, memory 4Gi, nvidia.com/gpu 1)") {
		t.Errorf("events: %q", ev.lines())
	}
}

// TestKubernetesRunnerRealCluster runs the suite against the cluster
// KUBECONFIG points at, when it is set: HOKUSAI_TRAINER_IMAGE is an image
// holding the hokusai binary and HOKUSAI_EXCHANGE_URL the URL at which
// the cluster's pods reach this test's exchange (HOKUSAI_EXCHANGE_LISTEN
// the address it listens on).
func TestKubernetesRunnerRealCluster(t *testing.T) {
	kc := os.Getenv("KUBECONFIG")
	if kc == "" {
		t.Skip("KUBECONFIG is not set: no real cluster to run on")
	}
	image, url := os.Getenv("HOKUSAI_TRAINER_IMAGE"), os.Getenv("HOKUSAI_EXCHANGE_URL")
	if image == "" || url == "" {
		t.Fatal("with KUBECONFIG set, HOKUSAI_TRAINER_IMAGE and HOKUSAI_EXCHANGE_URL must name the trainer image and the exchange URL pods reach")
	}
	cfg, err := clientcmd.BuildConfigFromFlags("", kc)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ns := os.Getenv("HOKUSAI_K8S_NAMESPACE")
	runnertest.TestRunner(t, func(t *testing.T) runnertest.Fixture {
		e := newEnv(t)
		r, j := k8sFixture(t, e, cs, ns, image)
		r.Poll = time.Second
		if l := os.Getenv("HOKUSAI_EXCHANGE_LISTEN"); l != "" {
			srv := &http.Server{Addr: l, Handler: r.Exchange}
			go srv.ListenAndServe()
			t.Cleanup(func() { srv.Close() })
		}
		return runnertest.Fixture{Runner: r, Job: j, Blobs: e.blobs}
	})
}

func str32(p *int32) string {
	if p == nil {
		return "nil"
	}
	return strconv.Itoa(int(*p))
}

func quantity(l corev1.ResourceList, name corev1.ResourceName) string {
	q, ok := l[name]
	if !ok {
		return ""
	}
	return q.String()
}

// events is a hokusai.FineTuneProgress that keeps event lines and can act
// on a checkpoint.
type events struct {
	mu           sync.Mutex
	msgs         []string
	onCheckpoint func(step int)
}

func (e *events) Checkpoint(_ context.Context, c *hokusai.FineTuneCheckpoint) error {
	if e.onCheckpoint != nil {
		e.onCheckpoint(c.Step)
	}
	return nil
}

func (e *events) Event(_ context.Context, level, format string, args ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.msgs = append(e.msgs, level+": "+fmt.Sprintf(format, args...))
}

func (e *events) lines() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.msgs...)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("never: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestKubernetesTrainerChildProcess: the container's command run as a
// child process of the real binary (`hokusai finetune train --spec URL`,
// built here) trains to the weights the local runner trains, printing a
// JSON line per step.
func TestKubernetesTrainerChildProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the hokusai binary")
	}
	bin := filepath.Join(t.TempDir(), "hokusai")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/hokusai").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	e := newEnv(t)
	cs := fake.NewClientset()
	k := startKubelet(t, cs, "training")
	k.bin = bin
	r, j := k8sFixture(t, e, cs, "training", "test")
	res, err := r.Run(e.ctx, j, nil, &events{})
	if err != nil {
		t.Fatalf("%v\nthe trainer printed:\n%s", err, k.out.String())
	}
	local, err := e.local.Run(e.ctx, j, nil, &events{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(readResult(t, res), readResult(t, local)) {
		t.Fatal("the child trainer's weights differ from the local runner's")
	}
	lines := strings.Split(strings.TrimSpace(k.out.String()), "\n")
	if len(lines) != j.Hyper.Epochs+1 || !strings.HasPrefix(lines[0], `{"step":1,"of":6,`) || !strings.Contains(lines[len(lines)-1], `"done":true`) {
		t.Fatalf("the trainer printed:\n%s", k.out.String())
	}
}
