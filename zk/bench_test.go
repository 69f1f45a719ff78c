package zk

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
)

// TestProveFigures measures the demo shape (174 hidden rows × 48 inputs,
// the house-votes model) and 1,000 rows × 48: constraints, proving time and
// the Go heap the prover holds. Keys come from groth16.Setup, whose keys
// have the ceremony's sizes, so proving costs the same; HOKUSAI_ZK_ROWS
// picks the row counts (default 174,1000) and HOKUSAI_ZK_DUMMY=1 uses
// groth16.DummySetup (random keys of the right sizes: proving costs the
// same, the proof is not checked). Run with
// HOKUSAI_ZK_FIGURES=1 go test ./zk -run TestProveFigures -v.
func TestProveFigures(t *testing.T) {
	if os.Getenv("HOKUSAI_ZK_FIGURES") == "" {
		t.Skip("set HOKUSAI_ZK_FIGURES=1 to measure")
	}
	rowsList := []int{174, 1000}
	if v := os.Getenv("HOKUSAI_ZK_ROWS"); v != "" {
		rowsList = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(f)
			if err != nil {
				t.Fatal(err)
			}
			rowsList = append(rowsList, n)
		}
	}
	dummy := os.Getenv("HOKUSAI_ZK_DUMMY") != ""
	for _, rows := range rowsList {
		sh := Shape{Rows: rows, Inputs: 48, Classes: 2, Outputs: 1}
		rng := rand.New(rand.NewPCG(1, uint64(rows)))
		a := Assignment{Classes: 2, Bind: big.NewInt(99), Split: Split{Salt: make([]byte, SaltBytes)}}
		for i := 0; i < rows; i++ {
			x := make([]int64, sh.Inputs)
			for j := range x {
				x[j] = int64(rng.IntN(2)) * 64 // one-hot votes
			}
			a.Split.X = append(a.Split.X, x)
			a.Split.Y = append(a.Split.Y, int64(rng.IntN(2)))
		}
		w := func() Weights {
			r := make([]int64, sh.Inputs)
			for j := range r {
				r[j] = int64(rng.IntN(16384)) - 8192
			}
			return Weights{W: [][]int64{r}, B: []int64{int64(rng.IntN(1 << 20))}}
		}
		a.Head, a.Cand = w(), w()
		t0 := time.Now()
		ccs, err := Compile(sh)
		if err != nil {
			t.Fatal(err)
		}
		tc := time.Since(t0)
		var pk groth16.ProvingKey
		var vk groth16.VerifyingKey
		if dummy {
			pk, err = groth16.DummySetup(ccs)
		} else {
			pk, vk, err = groth16.Setup(ccs)
		}
		if err != nil {
			t.Fatal(err)
		}
		k := &Keys{Shape: sh, CCS: ccs, PK: pk, VK: vk}
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		t1 := time.Now()
		p, err := Prove(k, a)
		if err != nil {
			t.Fatal(err)
		}
		tp := time.Since(t1)
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		t2 := time.Now()
		if !dummy {
			if err := Verify(vk, p); err != nil {
				t.Fatal(err)
			}
		}
		fmt.Printf("zk figures %s: %d constraints, compile %v, prove %v (GOMAXPROCS %d), verify %v, prover allocated %d MiB, heap in use after %d MiB\n",
			sh, ccs.GetNbConstraints(), tc.Round(time.Millisecond), tp.Round(time.Millisecond), runtime.GOMAXPROCS(0),
			time.Since(t2).Round(time.Millisecond), (after.TotalAlloc-before.TotalAlloc)>>20, after.HeapInuse>>20)
	}
}
