package zk

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// figureShape reads HOKUSAI_ZK_CEREMONY_SHAPE (rows×inputs×classes-outputs,
// default the house-votes demo shape 174x48x2-1).
func figureShape(t *testing.T) Shape {
	sh := Shape{Rows: 174, Inputs: 48, Classes: 2, Outputs: 1}
	if v := os.Getenv("HOKUSAI_ZK_CEREMONY_SHAPE"); v != "" {
		var n [4]int
		f := strings.FieldsFunc(v, func(r rune) bool { return r == 'x' || r == '-' })
		if len(f) != 4 {
			t.Fatalf("HOKUSAI_ZK_CEREMONY_SHAPE %q: want ROWSxINPUTSxCLASSES-OUTPUTS", v)
		}
		for i := range f {
			var err error
			if n[i], err = strconv.Atoi(f[i]); err != nil {
				t.Fatal(err)
			}
		}
		sh = Shape{Rows: n[0], Inputs: n[1], Classes: n[2], Outputs: n[3]}
	}
	return sh
}

func loadavg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

// TestCeremonyFigures times a ceremony phase by phase for one shape: the
// dev ceremony (DevCeremony's path) and, with HOKUSAI_ZK_MULTIPARTY=1, the
// multi-party path an independent ceremony takes (two contributions per phase
// through ContributePhase1/ContributePhase2, FinishCeremony verifying every
// one). Run with
//
//	HOKUSAI_ZK_FIGURES=1 go test ./zk -run TestCeremonyFigures -v -timeout 2h
func TestCeremonyFigures(t *testing.T) {
	if os.Getenv("HOKUSAI_ZK_FIGURES") == "" {
		t.Skip("set HOKUSAI_ZK_FIGURES=1 to measure")
	}
	sh := figureShape(t)
	ccs, err := Compile(sh)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("ceremony figures %s: %d constraints, GOMAXPROCS %d, load average %s\n", sh, ccs.GetNbConstraints(), runtime.GOMAXPROCS(0), loadavg())
	step := func(name string, f func() error) {
		t.Helper()
		t0 := time.Now()
		if err := f(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fmt.Printf("  %-48s %8v  (load %s)\n", name, time.Since(t0).Round(10*time.Millisecond), loadavg())
	}
	if os.Getenv("HOKUSAI_ZK_MULTIPARTY") != "" {
		dir := filepath.Join(t.TempDir(), "multi")
		for _, n := range []string{"c-1", "c-2"} {
			step("multi-party: phase 1 contribution "+n, func() error { return ContributePhase1(dir, sh, n) })
		}
		step("multi-party: seal phase 1, init phase 2, contribution c-1", func() error { return ContributePhase2(dir, "c-1", []byte("beacon-1")) })
		step("multi-party: phase 2 contribution c-2", func() error { return ContributePhase2(dir, "c-2", nil) })
		step("multi-party: verify all, seal phase 2 (FinishCeremony)", func() error { _, err := FinishCeremony(dir, []byte("beacon-2")); return err })
		return
	}
	root := t.TempDir()
	step("dev ceremony (DevCeremony, first use)", func() error {
		_, err := devCeremony(filepath.Join(root, CeremonyName(sh)), sh, func(phase string, d time.Duration) {
			fmt.Printf("    %-46s %8v\n", phase, d.Round(10*time.Millisecond))
		})
		return err
	})
	step("load the cached keys (LoadCeremony)", func() error { _, err := DevCeremony(root, sh); return err })
}
