package linear_test

import (
	"os"
	"os/exec"
	"runtime"
	"testing"
)

// math.Exp takes an FMA code path on amd64 CPUs that have FMA, which changes
// the last bit of its results; training avoids it so a CPU without FMA gets
// the same weights. This re-runs the golden-weights test with FMA and AVX
// switched off in the Go runtime.
func TestSameWeightsWithoutFMA(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the FMA switch is an amd64 feature")
	}
	if os.Getenv("HOKUSAI_NO_FMA_CHILD") != "" {
		t.Skip("already the child")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHouseVotesSameWeightsEveryRun$", "-test.count=1")
	cmd.Env = append(os.Environ(), "GODEBUG=cpu.fma=off,cpu.avx=off,cpu.avx2=off", "HOKUSAI_NO_FMA_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("without FMA: %v\n%s", err, out)
	}
}
