package main

import (
	"github.com/spf13/pflag"

	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// resourceFlags are `finetune create`'s resource requests; 0 or "" leaves
// a field to the runner's default.
type resourceFlags struct {
	cpuMillis, memoryMiB, gpus int
	gpuModel                   string
}

func (r *resourceFlags) register(f *pflag.FlagSet) {
	f.IntVar(&r.cpuMillis, "cpu-millis", 0, "thousandths of a CPU core the run asks for (0: the runner's default)")
	f.IntVar(&r.memoryMiB, "memory-mib", 0, "MiB of memory the run asks for (0: the runner's default)")
	f.IntVar(&r.gpus, "gpus", 0, "NVIDIA GPUs the run asks for (runners kubernetes and akash)")
	f.StringVar(&r.gpuModel, "gpu-model", "", "GPU model, e.g. a100 or h100 (with --gpus)")
}

// request is the resources part of a request (nil when none is set).
func (r *resourceFlags) request() *api.FineTuneResources {
	if *r == (resourceFlags{}) {
		return nil
	}
	n := func(v int) *int {
		if v == 0 {
			return nil
		}
		return &v
	}
	out := &api.FineTuneResources{CpuMillis: n(r.cpuMillis), MemoryMib: n(r.memoryMiB), Gpus: n(r.gpus)}
	if r.gpuModel != "" {
		out.GpuModel = &r.gpuModel
	}
	return out
}
