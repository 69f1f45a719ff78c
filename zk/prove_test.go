package zk

import (
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

func smallCase() (Assignment, Shape) {
	sh := Shape{Rows: 6, Inputs: 2, Classes: 3, Outputs: 3}
	s := Split{Salt: make([]byte, SaltBytes)}
	for i := 0; i < sh.Rows; i++ {
		s.X = append(s.X, []int64{int64(i*10 - 30), int64(30 - i*7)})
		s.Y = append(s.Y, int64(i%3))
	}
	head := Weights{W: [][]int64{{0, 0}, {0, 0}, {0, 0}}, B: []int64{1, 0, 0}}
	cand := Weights{W: [][]int64{{-4096, 0}, {0, 0}, {4096, 0}}, B: []int64{0, 1, 0}}
	return Assignment{Head: head, Cand: cand, Split: s, Classes: 3, Bind: big.NewInt(42)}, sh
}

// A multi-party ceremony (two contributors per phase, as an independent
// ceremony runs) yields keys that prove and verify; the transcript is
// checked on load, so an altered contribution is refused.
func TestCeremonyProveVerify(t *testing.T) {
	a, sh := smallCase()
	dir := filepath.Join(t.TempDir(), sh.String())
	start := time.Now()
	for _, n := range []string{"c-1", "c-2"} {
		if err := ContributePhase1(dir, sh, n); err != nil {
			t.Fatal(err)
		}
	}
	if err := ContributePhase2(dir, "c-1", []byte("beacon 1")); err != nil {
		t.Fatal(err)
	}
	if err := ContributePhase2(dir, "c-2", nil); err != nil {
		t.Fatal(err)
	}
	k, err := FinishCeremony(dir, []byte("beacon 2"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("multi-party ceremony %s: %v", sh, time.Since(start))
	p, err := Prove(k, a)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(k.VK, p); err != nil {
		t.Fatal(err)
	}
	b, c := Counts(a.Head, a.Cand, a.Split)
	if gb, gc := p.Counts(); gb != uint64(b) || gc != uint64(c) {
		t.Fatalf("proof counts %d/%d, Go %d/%d", gb, gc, b, c)
	}
	for i := range p.Public {
		q := p
		q.Public[i] = new(big.Int).Add(p.Public[i], big.NewInt(1))
		if Verify(k.VK, q) == nil {
			t.Fatalf("proof verifies with public input %d changed", i)
		}
	}
	// The cache is used when the transcript is unchanged.
	k2, err := LoadCeremony(dir)
	if err != nil || KeyID(k2.VK) != KeyID(k.VK) {
		t.Fatalf("reload: %v", err)
	}
	// An altered contribution file is refused.
	f := filepath.Join(dir, stateName(2, 1))
	b2, _ := os.ReadFile(f)
	b2[len(b2)/2] ^= 1
	if err := os.WriteFile(f, b2, 0o644); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(filepath.Join(dir, "keys"))
	if _, err := LoadCeremony(dir); err == nil {
		t.Fatal("an altered transcript loads")
	}
}

func TestSignTestTable(t *testing.T) {
	// Known exact critical values: m=5 needs all 5 (1/32 ≤ 5%); m=10 needs 9
	// (P(X≥9)=11/1024); m=20 needs 15 (P(X≥15)=21700/2^20≈2.07%, P(X≥14)≈5.77%).
	for m, want := range map[int]int{0: 1, 4: 5, 5: 5, 10: 9, 20: 15} {
		if got := CriticalValue(m); got != want {
			t.Errorf("k(%d) = %d, want %d", m, got, want)
		}
	}
	if !SignTestPasses(20, 0) || SignTestPasses(5, 4) || SignTestPasses(14, 6) || !SignTestPasses(15, 5) {
		t.Error("sign test decisions")
	}
}

// A ceremony directory comes from the previous contributor, so its
// transcript is bounded and checked before anything is sized from it.
func TestTranscriptRefused(t *testing.T) {
	_, sh := smallCase()
	for name, body := range map[string][]byte{
		"oversized":     append([]byte(`{"pad":"`), append(make([]byte, maxTranscriptBytes), []byte(`"}`)...)...),
		"bad shape":     []byte(`{"shape":{"rows":0,"inputs":2,"classes":3,"outputs":3},"domain":1024}`),
		"domain zero":   []byte(`{"shape":{"rows":6,"inputs":2,"classes":3,"outputs":3},"domain":0}`),
		"domain not 2^": []byte(`{"shape":{"rows":6,"inputs":2,"classes":3,"outputs":3},"domain":1000}`),
		"domain huge":   []byte(`{"shape":{"rows":6,"inputs":2,"classes":3,"outputs":3},"domain":536870912}`),
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, transcriptFile), body, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readTranscript(dir); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Errorf("%s: got %v, want EINVALID", name, err)
		}
	}
	// A well-formed transcript whose domain is not the circuit's is refused
	// before phase 1 is sealed for it.
	dir := t.TempDir()
	if err := ContributePhase1(dir, sh, "a"); err != nil {
		t.Fatal(err)
	}
	tr, err := readTranscript(dir)
	if err != nil {
		t.Fatal(err)
	}
	tr.Domain *= 2
	if err := tr.write(dir); err != nil {
		t.Fatal(err)
	}
	if err := ContributePhase2(dir, "b", []byte("beacon")); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("domain not the circuit's: got %v, want EINVALID", err)
	}
}

// A verifying key rebuilt from its contract words verifies what the
// original does, and refuses what it refuses.
func TestVKFromWords(t *testing.T) {
	a, sh := smallCase()
	k, err := DevCeremony(t.TempDir(), sh)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Prove(k, a)
	if err != nil {
		t.Fatal(err)
	}
	vk, err := VKFromWords(VKWords(k.VK))
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(vk, p); err != nil {
		t.Fatalf("rebuilt key refuses a good proof: %v", err)
	}
	if KeyID(vk) != KeyID(k.VK) {
		t.Fatal("rebuilt key has another id")
	}
	q := p
	q.Public[2] = new(big.Int).Add(p.Public[2], big.NewInt(1))
	if Verify(vk, q) == nil {
		t.Fatal("rebuilt key accepts a false count")
	}
	words := VKWords(k.VK)
	words[0] = new(big.Int).Add(words[0], big.NewInt(1))
	if _, err := VKFromWords(words); err == nil {
		t.Fatal("a key off the curve loads")
	}
}
