package finetune

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"

	"github.com/hokusai-protocol/hokusai"
)

// Labels the Kubernetes runner puts on its Jobs and their pods.
const (
	LabelManagedBy = "app.kubernetes.io/managed-by"
	LabelJobID     = "hokusai.io/finetune-job"
	// LabelGPUProduct is the node label NVIDIA's GPU feature discovery
	// sets; a job's GPU model selects nodes by it.
	LabelGPUProduct = "nvidia.com/gpu.product"
	// ResourceGPU is the extended resource NVIDIA's device plugin offers.
	ResourceGPU = "nvidia.com/gpu"
)

// KubernetesRunner runs each job as a batch/v1 Job: one pod (backoffLimit
// 0, restartPolicy Never, no owner, removed TTL after it ends) whose
// container runs the trainer (`hokusai finetune train --spec URL`)
// against the run exchange. Status comes from the Job and its pod, a
// failed pod's log lines from the API server; a cancelled run's Job is
// deleted with its pods (propagation Background). A retried run first
// deletes the Jobs an earlier server left for the same job.
type KubernetesRunner struct {
	Client    kubernetes.Interface
	Namespace string
	// Image is the trainer image (one holding the hokusai binary).
	Image string
	// Command starts the trainer in Image; nil means
	// ["hokusai", "finetune", "train"]. "--spec URL" is appended.
	Command  []string
	Exchange *Exchange
	Registry hokusai.RegistryService
	// Defaults fill the resources a job leaves zero.
	Defaults hokusai.FineTuneResources
	// TTL is how long a finished Job stays for inspection; 0 means 1 h.
	TTL time.Duration
	// Poll is how often the Job's status is read; 0 means 2 s.
	Poll time.Duration
	Tmp  string
}

var _ hokusai.FineTuneRunner = (*KubernetesRunner)(nil)

// Name implements hokusai.FineTuneRunner.
func (r *KubernetesRunner) Name() string { return "kubernetes" }

func (r *KubernetesRunner) namespace() string {
	if r.Namespace == "" {
		return "default"
	}
	return r.Namespace
}

// Run implements hokusai.FineTuneRunner.
func (r *KubernetesRunner) Run(ctx context.Context, j *hokusai.FineTuneJob, from *hokusai.FineTuneCheckpoint, p hokusai.FineTuneProgress) (*hokusai.FineTuneResult, error) {
	run, err := r.Exchange.open(ctx, r.Registry, r.Tmp, j, from, p)
	if err != nil {
		return nil, err
	}
	defer run.close()
	jobs := r.Client.BatchV1().Jobs(r.namespace())
	if err := r.deleteLeftovers(ctx, j.ID); err != nil {
		return nil, err
	}
	spec, err := r.job(j, run.SpecURL)
	if err != nil {
		return nil, err
	}
	created, err := jobs.Create(ctx, spec, metav1.CreateOptions{})
	if err != nil {
		return nil, fmt.Errorf("create Kubernetes Job: %w", err)
	}
	name := created.Name
	p.Event(ctx, "info", "Kubernetes Job %s/%s created (image %s, %s).", r.namespace(), name, r.Image, describeResources(spec.Spec.Template.Spec.Containers[0].Resources))
	// The Job is deleted on every way out but success; a finished Job is
	// left to its TTL.
	succeeded := false
	defer func() {
		if !succeeded {
			r.delete(context.WithoutCancel(ctx), name)
		}
	}()
	poll := r.Poll
	if poll <= 0 {
		poll = 2 * time.Second
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	phase := ""
	for {
		if _, perr := run.state(); perr != nil {
			return nil, perr
		}
		select {
		case <-ctx.Done():
			p.Event(context.WithoutCancel(ctx), "info", "Kubernetes Job %s deleted (with its pods).", name)
			return nil, ctx.Err()
		case <-run.stepped:
			continue
		case <-t.C:
		}
		job, err := jobs.Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			if ctx.Err() != nil {
				continue
			}
			if apierrors.IsNotFound(err) {
				return nil, fmt.Errorf("Kubernetes Job %s: %w", name, errJobGone)
			}
			return nil, fmt.Errorf("read Kubernetes Job %s: %w", name, err)
		}
		if ph := r.podPhase(ctx, name); ph != "" && ph != phase {
			phase = ph
			p.Event(ctx, "info", "Kubernetes Job %s: pod %s.", name, ph)
		}
		for _, c := range job.Status.Conditions {
			if c.Status != corev1.ConditionTrue {
				continue
			}
			switch c.Type {
			case batchv1.JobComplete, batchv1.JobSuccessCriteriaMet:
				res, err := run.result(ctx, r.Tmp)
				if err != nil {
					return nil, fmt.Errorf("Kubernetes Job %s completed, but %w", name, err)
				}
				succeeded = true
				return res, nil
			case batchv1.JobFailed, batchv1.JobFailureTarget:
				if _, perr := run.state(); perr != nil {
					return nil, perr
				}
				return nil, hokusai.Errorf(hokusai.EINTERNAL, "Kubernetes Job %s failed (%s: %s); the trainer's last lines: %s", name, c.Reason, c.Message, r.logTail(ctx, name))
			}
		}
	}
}

// job is the Job that runs j's trainer against specURL.
func (r *KubernetesRunner) job(j *hokusai.FineTuneJob, specURL string) (*batchv1.Job, error) {
	var suffix [3]byte
	if _, err := rand.Read(suffix[:]); err != nil {
		return nil, err
	}
	labels := map[string]string{LabelManagedBy: "hokusai", LabelJobID: strconv.FormatInt(j.ID, 10)}
	cmd := r.Command
	if len(cmd) == 0 {
		cmd = []string{"hokusai", "finetune", "train"}
	}
	res, selector, err := r.resources(j.Resources)
	if err != nil {
		return nil, err
	}
	ttl := r.TTL
	if ttl <= 0 {
		ttl = time.Hour
	}
	return &batchv1.Job{
		ObjectMeta: metav1.ObjectMeta{
			Name:        fmt.Sprintf("hokusai-ftjob-%d-%s", j.ID, hex.EncodeToString(suffix[:])),
			Namespace:   r.namespace(),
			Labels:      labels,
			Annotations: map[string]string{"hokusai.io/base": j.Base},
		},
		Spec: batchv1.JobSpec{
			BackoffLimit:            ptrTo(int32(0)),
			TTLSecondsAfterFinished: ptrTo(int32(ttl / time.Second)),
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec: corev1.PodSpec{
					RestartPolicy: corev1.RestartPolicyNever,
					NodeSelector:  selector,
					Containers: []corev1.Container{{
						Name:      "trainer",
						Image:     r.Image,
						Command:   append(append([]string(nil), cmd...), "--spec", specURL),
						Resources: res,
					}},
				},
			},
		},
	}, nil
}

// resources turns a job's request (zero fields: the runner's defaults)
// into the container's requests and limits, and a GPU model into a node
// selector.
func (r *KubernetesRunner) resources(req hokusai.FineTuneResources) (corev1.ResourceRequirements, map[string]string, error) {
	if req.CPUMillis == 0 {
		req.CPUMillis = r.Defaults.CPUMillis
	}
	if req.MemoryMiB == 0 {
		req.MemoryMiB = r.Defaults.MemoryMiB
	}
	if req.GPUs == 0 && req.GPUModel == "" {
		req.GPUs, req.GPUModel = r.Defaults.GPUs, r.Defaults.GPUModel
	}
	if err := req.Check(); err != nil {
		return corev1.ResourceRequirements{}, nil, err
	}
	out := corev1.ResourceRequirements{Requests: corev1.ResourceList{}, Limits: corev1.ResourceList{}}
	if req.CPUMillis > 0 {
		q := *resource.NewMilliQuantity(int64(req.CPUMillis), resource.DecimalSI)
		out.Requests[corev1.ResourceCPU], out.Limits[corev1.ResourceCPU] = q, q
	}
	if req.MemoryMiB > 0 {
		q := *resource.NewQuantity(int64(req.MemoryMiB)<<20, resource.BinarySI)
		out.Requests[corev1.ResourceMemory], out.Limits[corev1.ResourceMemory] = q, q
	}
	var selector map[string]string
	if req.GPUs > 0 {
		out.Limits[ResourceGPU] = *resource.NewQuantity(int64(req.GPUs), resource.DecimalSI)
		if req.GPUModel != "" {
			selector = map[string]string{LabelGPUProduct: req.GPUModel}
		}
	}
	return out, selector, nil
}

func describeResources(r corev1.ResourceRequirements) string {
	var parts []string
	for _, k := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory, ResourceGPU} {
		if q, ok := r.Limits[k]; ok {
			parts = append(parts, fmt.Sprintf("%s %s", k, q.String()))
		}
	}
	if len(parts) == 0 {
		return "no resource limits"
	}
	return strings.Join(parts, ", ")
}

// deleteLeftovers deletes the Jobs an earlier run of job id left (a
// server that died mid-run), so two trainers never write one job.
func (r *KubernetesRunner) deleteLeftovers(ctx context.Context, id int64) error {
	l, err := r.Client.BatchV1().Jobs(r.namespace()).List(ctx, metav1.ListOptions{LabelSelector: LabelJobID + "=" + strconv.FormatInt(id, 10)})
	if err != nil {
		return fmt.Errorf("list Kubernetes Jobs of %s: %w", hokusai.FineTuneJobName(id), err)
	}
	for _, old := range l.Items {
		r.delete(ctx, old.Name)
	}
	return nil
}

// delete removes a Job and, through the garbage collector, its pods.
func (r *KubernetesRunner) delete(ctx context.Context, name string) {
	bg := metav1.DeletePropagationBackground
	_ = r.Client.BatchV1().Jobs(r.namespace()).Delete(ctx, name, metav1.DeleteOptions{PropagationPolicy: &bg})
}

func (r *KubernetesRunner) pods(ctx context.Context, job string) []corev1.Pod {
	l, err := r.Client.CoreV1().Pods(r.namespace()).List(ctx, metav1.ListOptions{LabelSelector: "batch.kubernetes.io/job-name=" + job})
	if err != nil {
		return nil
	}
	return l.Items
}

// podPhase describes the Job's pod: its phase, why it waits, its node.
func (r *KubernetesRunner) podPhase(ctx context.Context, job string) string {
	pods := r.pods(ctx, job)
	if len(pods) == 0 {
		return ""
	}
	pod := pods[0]
	s := fmt.Sprintf("%s %s", pod.Name, pod.Status.Phase)
	for _, c := range pod.Status.Conditions {
		if c.Type == corev1.PodScheduled && c.Status == corev1.ConditionFalse && c.Reason != "" {
			s += fmt.Sprintf(" (%s: %s)", c.Reason, c.Message)
		}
	}
	if pod.Spec.NodeName != "" {
		s += " on node " + pod.Spec.NodeName
	}
	return s
}

// logTail is the last lines the Job's pod printed, from the API server.
func (r *KubernetesRunner) logTail(ctx context.Context, job string) string {
	pods := r.pods(context.WithoutCancel(ctx), job)
	if len(pods) == 0 {
		return "(no pod)"
	}
	b, err := r.Client.CoreV1().Pods(r.namespace()).GetLogs(pods[0].Name, &corev1.PodLogOptions{TailLines: ptrTo(int64(20))}).Do(context.WithoutCancel(ctx)).Raw()
	if err != nil {
		return "(logs unavailable: " + err.Error() + ")"
	}
	s := strings.TrimSpace(string(b))
	if len(s) > 2000 {
		s = "…" + s[len(s)-2000:]
	}
	return s
}

func ptrTo[T any](v T) *T { return &v }

// errJobGone is a Job deleted by someone else while it ran.
var errJobGone = errors.New("the Kubernetes Job was deleted while it ran")
