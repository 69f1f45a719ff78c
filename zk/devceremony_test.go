package zk

import (
	"bytes"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"pgregory.net/rapid"
)

func encoded(t *testing.T, v io.WriterTo) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := v.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The dev ceremony computes its contributions in the field, not as gnark's
// contributors do; gnark's mpcsetup verification of the transcript it
// writes (VerifyPhase1, VerifyPhase2 and their seals, from the state files)
// must accept every contribution and derive byte-identical keys, for a
// logistic and a softmax shape. The keys prove and verify, the cached keys
// load, and an altered state file is refused.
func TestDevCeremonyMatchesMultiParty(t *testing.T) {
	a, soft := smallCase()
	for _, sh := range []Shape{soft, {Rows: 5, Inputs: 3, Classes: 2, Outputs: 1}} {
		root := t.TempDir()
		k, err := DevCeremony(root, sh)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(root, CeremonyName(sh))
		tr, err := readTranscript(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(tr.Phase1) != 1 || len(tr.Phase2) != 1 || tr.Beacon1 == "" || tr.Beacon2 == "" {
			t.Fatalf("%s transcript: %+v", sh, tr)
		}
		ref, err := verifyCeremony(dir, tr) // gnark's verification, the multi-party path's
		if err != nil {
			t.Fatalf("%s: gnark refuses the dev transcript: %v", sh, err)
		}
		if !bytes.Equal(encoded(t, k.PK), encoded(t, ref.PK)) {
			t.Fatalf("%s: proving key differs from the one gnark derives from the transcript", sh)
		}
		if !bytes.Equal(encoded(t, k.VK), encoded(t, ref.VK)) {
			t.Fatalf("%s: verifying key differs from the one gnark derives from the transcript", sh)
		}
		if sh == soft {
			p, err := Prove(k, a)
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(ref.VK, p); err != nil {
				t.Fatal(err)
			}
			q := p
			q.Public[2] = new(big.Int).Add(p.Public[2], big.NewInt(1))
			if Verify(ref.VK, q) == nil {
				t.Fatal("a false count verifies")
			}
		}
		k2, err := DevCeremony(root, sh) // the cache
		if err != nil || KeyID(k2.VK) != KeyID(k.VK) {
			t.Fatalf("reload: %v", err)
		}
		// A cached key file that is not the one written is not read unchecked.
		pkf := filepath.Join(dir, "keys", "pk.bin")
		pb, _ := os.ReadFile(pkf)
		pb[len(pb)-1] ^= 1
		if err := os.WriteFile(pkf, pb, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, ok := loadCached(filepath.Join(dir, "keys"), tr); ok {
			t.Fatal("an altered cached proving key loads")
		}
		f := filepath.Join(dir, stateName(1, 0))
		b, _ := os.ReadFile(f)
		b[len(b)/2] ^= 1
		if err := os.WriteFile(f, b, 0o644); err != nil {
			t.Fatal(err)
		}
		os.RemoveAll(filepath.Join(dir, "keys"))
		if _, err := LoadCeremony(dir); err == nil {
			t.Fatal("an altered dev transcript loads")
		}
	}
}

// fixedBaseG1/G2 equal gnark-crypto's scalar multiplication for any scalars,
// zero and r-1 included, and any batch size (the window depends on it).
func TestFixedBaseMatchesScalarMultiplication(t *testing.T) {
	_, _, g1, g2 := curve.Generators()
	var h1 curve.G1Affine
	var h2 curve.G2Affine
	h1.ScalarMultiplication(&g1, big.NewInt(7))
	h2.ScalarMultiplication(&g2, big.NewInt(11))
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(1, 40).Draw(rt, "n")
		s := make([]fr.Element, n)
		for i := range s {
			switch rapid.IntRange(0, 3).Draw(rt, "kind") {
			case 0:
				s[i].SetZero()
			case 1:
				s[i].SetOne()
				s[i].Neg(&s[i])
			default:
				var b [32]byte
				copy(b[:], rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(rt, "bytes"))
				s[i].SetBytes(b[:])
			}
		}
		p1, p2 := fixedBaseG1(&h1, s), fixedBaseG2(&h2, s)
		for i := range s {
			var b big.Int
			s[i].BigInt(&b)
			var w1 curve.G1Affine
			var w2 curve.G2Affine
			w1.ScalarMultiplication(&h1, &b)
			w2.ScalarMultiplication(&h2, &b)
			if !p1[i].Equal(&w1) || !p2[i].Equal(&w2) {
				rt.Fatalf("scalar %d (%s): fixed base differs", i, s[i].String())
			}
		}
	})
}

// Keys made for another circuit version are never handed back: a cache
// under the root in the layout an older build wrote (the shape alone names
// its directory, no version in the transcript) is not looked at, and a
// transcript that names another version is refused by LoadCeremony and
// replaced by DevCeremony.
func TestCeremonyCacheNamesCircuitVersion(t *testing.T) {
	sh := Shape{Rows: 3, Inputs: 2, Classes: 2, Outputs: 1}
	root := t.TempDir()
	k, err := DevCeremony(root, sh)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, CeremonyName(sh))
	if filepath.Base(dir) != "circuit2-3x2x2-1" {
		t.Fatalf("ceremony directory %s does not name the circuit version", dir)
	}
	// An older build's cache: the same files under the shape's bare name,
	// its transcript without a version. A new root holds only it.
	old := t.TempDir()
	if err := os.CopyFS(filepath.Join(old, sh.String()), os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	tr, err := readTranscript(dir)
	if err != nil || tr.Circuit != CircuitVersion {
		t.Fatalf("transcript circuit %v, %v", tr, err)
	}
	stale := *tr
	stale.Circuit = CircuitVersion - 1
	if err := stale.write(filepath.Join(old, sh.String())); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadCeremony(filepath.Join(old, sh.String())); err == nil || !strings.Contains(err.Error(), "circuit version 1") {
		t.Fatalf("an older circuit's ceremony loads: %v", err)
	}
	// The same stale transcript where this build looks: refused, then remade.
	if err := stale.write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadCeremony(dir); err == nil {
		t.Fatal("a transcript of another circuit version loads")
	}
	k2, err := DevCeremony(root, sh)
	if err != nil {
		t.Fatal(err)
	}
	if KeyID(k2.VK) == KeyID(k.VK) {
		t.Fatal("DevCeremony handed back the cached keys of a transcript for another circuit version")
	}
	if tr, err := readTranscript(dir); err != nil || tr.Circuit != CircuitVersion {
		t.Fatalf("remade transcript: %v %v", tr, err)
	}
	if _, err := os.Stat(filepath.Join(old, sh.String(), "keys", "pk.bin")); err != nil {
		t.Fatal(err)
	}
	if k3, err := DevCeremony(old, sh); err != nil || KeyID(k3.VK) == KeyID(k.VK) {
		t.Fatalf("a root holding only an older build's cache gave its keys: %v", err)
	}
}
