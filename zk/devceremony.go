package zk

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/pedersen"
	cmpc "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	gio "github.com/consensys/gnark/io"
)

// The dev ceremony is one contribution to each phase, made on this machine,
// then the two clock beacons. It writes the same transcript and state files
// as the multi-party path (ContributePhase1, ContributePhase2,
// FinishCeremony), so LoadCeremony (or anyone) can verify it with gnark's
// mpcsetup, but it computes them differently: gnark's contributor only sees
// the previous state's points, so it scales each one (serially in phase 1),
// and phase 2 starts from the Lagrange basis, which gnark derives from the
// sealed phase 1 with an FFT over curve points (n·log n scalar
// multiplications). The dev ceremony's only contributor knows its own
// scalars τ, α, β, δ and the beacons' (public) ones, so it evaluates every
// polynomial in the field, as groth16.Setup does, and multiplies the
// generators by the results with fixedBaseG1/G2. It does not re-verify its
// own contributions. TestDevCeremonyMatchesMultiParty checks that gnark's
// verification of the transcript derives byte-identical keys.
//
// The trust assumption does not change: one machine made every contribution,
// so whoever controls it could forge proofs (it could with two contributions
// as well). Development chains only.
func devCeremony(dir string, sh Shape, log func(step string, d time.Duration)) (*Keys, error) {
	t0 := time.Now()
	lap := func(step string) {
		if log != nil {
			log(step, time.Since(t0))
		}
		t0 = time.Now()
	}
	ccs, err := Compile(sh)
	if err != nil {
		return nil, err
	}
	r1cs := ccs.(*cs.R1CS)
	if n := len(r1cs.CommitmentInfo.(constraint.Groth16Commitments)); n != 0 {
		return nil, fmt.Errorf("the %s circuit has %d Pedersen commitments; the dev ceremony supports none", sh, n)
	}
	n := ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("ceremony dir: %w", err)
	}
	t := &Transcript{Circuit: CircuitVersion, Shape: sh, Domain: n}
	lap("compile the circuit")

	// Phase 1: the contribution (τ, α, β) to the initial state (every point a
	// generator), whose hash is the contribution's challenge.
	h0, err := stateHash(mpcsetup.NewPhase1(n))
	if err != nil {
		return nil, err
	}
	var tau, alpha, beta fr.Element // UpdateValues draws them
	proofs := []cmpc.UpdateProof{
		cmpc.UpdateValues(&tau, h0, mpcsetup.DST_TAU),
		cmpc.UpdateValues(&alpha, h0, mpcsetup.DST_ALPHA),
		cmpc.UpdateValues(&beta, h0, mpcsetup.DST_BETA),
	}
	var state bytes.Buffer
	for i := range proofs {
		if _, err := proofs[i].WriteTo(&state); err != nil {
			return nil, err
		}
	}
	if _, err := powersOfTau(n, &tau, &alpha, &beta).WriteTo(&state); err != nil {
		return nil, err
	}
	if _, err := gio.WriteBytesShort(h0, &state); err != nil {
		return nil, err
	}
	if err := t.record(dir, 1, &t.Phase1, "dev-1", rawState(state.Bytes())); err != nil {
		return nil, err
	}
	lap("phase 1: contribution (powers of tau)")

	// Seal phase 1: the beacon's contributions, derived from the last state's
	// hash, multiply τ, α, β (mpcsetup's Phase1.Seal).
	beacon1 := devBeacon("phase1")
	t.Beacon1 = hex.EncodeToString(beacon1)
	bs := cmpc.BeaconContributions(lastHash(t.Phase1), []byte("Groth16 MPC Setup - Phase 1"), beacon1, 3)
	tau.Mul(&tau, &bs[0])
	alpha.Mul(&alpha, &bs[1])
	beta.Mul(&beta, &bs[2])

	// Phase 2's initial state (mpcsetup's Phase2.Initialize): δ = 1, Z and
	// the private wires' K in G1.
	ev := evaluate(r1cs, n, &tau, &alpha, &beta)
	q := new(mpcsetup.Phase2)
	q.Parameters.G1.SigmaCKK = [][]curve.G1Affine{}
	q.Parameters.G2.Sigma = []curve.G2Affine{}
	q.Sigmas = []cmpc.UpdateProof{}
	one := fr.One()
	q.Parameters.G1.Z, q.Parameters.G1.PKK = ev.scaled(&one)
	_, _, g1, g2 := curve.Generators()
	q.Parameters.G1.Delta, q.Parameters.G2.Delta = g1, g2
	h2, err := stateHash(q)
	if err != nil {
		return nil, err
	}
	lap("phase 2: initialise (evaluate the circuit at τ)")

	// Phase 2's contribution δ divides Z and K.
	var delta fr.Element
	q.Delta = cmpc.UpdateValues(&delta, h2, mpcsetup.DST_DELTA)
	q.Challenge = h2
	q.Parameters.G1.Z, q.Parameters.G1.PKK = ev.scaled(&delta)
	q.Parameters.G1.Delta, q.Parameters.G2.Delta = mulG1(&g1, &delta), mulG2(&g2, &delta)
	if err := t.record(dir, 2, &t.Phase2, "dev-1", q); err != nil {
		return nil, err
	}
	lap("phase 2: contribution")

	// Seal phase 2 (mpcsetup's Phase2.Seal): the beacon multiplies δ.
	beacon2 := devBeacon("phase2")
	t.Beacon2 = hex.EncodeToString(beacon2)
	bd := cmpc.BeaconContributions(lastHash(t.Phase2), []byte("Groth16 MPC Setup - Phase2"), beacon2, 1)
	delta.Mul(&delta, &bd[0])
	k, err := ev.keys(ccs, &alpha, &beta, &delta)
	if err != nil {
		return nil, err
	}
	k.Shape = sh
	if err := t.write(dir); err != nil {
		return nil, err
	}
	if err := k.save(filepath.Join(dir, "keys"), t); err != nil {
		return nil, err
	}
	lap("phase 2: seal, derive and save the keys")
	return k, nil
}

// devBeacon is a dev ceremony's beacon: the clock, hashed. A production
// ceremony takes public randomness drawn after its last contribution.
func devBeacon(tag string) []byte {
	s := sha256.Sum256([]byte(tag + time.Now().UTC().Format(time.RFC3339Nano)))
	return s[:]
}

// rawState is a serialised ceremony state.
type rawState []byte

func (r rawState) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(r)
	return int64(n), err
}

// stateHash is mpcsetup's hash of a state: sha256 of its serialisation,
// which is also the transcript's hash of its file.
func stateHash(v io.WriterTo) ([]byte, error) {
	h := sha256.New()
	if _, err := v.WriteTo(h); err != nil {
		return nil, fmt.Errorf("hash ceremony state: %w", err)
	}
	return h.Sum(nil), nil
}

func lastHash(cs []Contribution) []byte {
	b, _ := hex.DecodeString(cs[len(cs)-1].SHA256)
	return b
}

// powersOfTau is phase 1's state after one contribution (τ, α, β) to the
// initial one: [τⁱ]₁ for i < 2n-1, [τⁱ]₂, [ατⁱ]₁, [βτⁱ]₁ for i < n, [β]₂.
func powersOfTau(n uint64, tau, alpha, beta *fr.Element) *mpcsetup.SrsCommons {
	pow := make([]fr.Element, 2*n-1)
	pow[0].SetOne()
	for i := 1; i < len(pow); i++ {
		pow[i].Mul(&pow[i-1], tau)
	}
	s := make([]fr.Element, 0, 4*n-1)
	s = append(s, pow...)
	for _, f := range []*fr.Element{alpha, beta} {
		for i := uint64(0); i < n; i++ {
			var v fr.Element
			s = append(s, *v.Mul(&pow[i], f))
		}
	}
	_, _, g1, g2 := curve.Generators()
	p1 := fixedBaseG1(&g1, s)
	c := new(mpcsetup.SrsCommons)
	c.G1.Tau, c.G1.AlphaTau, c.G1.BetaTau = p1[:2*n-1], p1[2*n-1:3*n-1], p1[3*n-1:]
	c.G2.Tau = fixedBaseG2(&g2, pow[:n])
	c.G2.Beta = mulG2(&g2, beta)
	return c
}

func mulG1(g *curve.G1Affine, s *fr.Element) curve.G1Affine {
	var b big.Int
	var p curve.G1Affine
	p.ScalarMultiplication(g, s.BigInt(&b))
	return p
}

func mulG2(g *curve.G2Affine, s *fr.Element) curve.G2Affine {
	var b big.Int
	var p curve.G2Affine
	p.ScalarMultiplication(g, s.BigInt(&b))
	return p
}

// evaluation is a circuit's quadratic arithmetic program evaluated at the
// sealed phase 1's τ: per wire A(τ), B(τ) and K = βA(τ) + αB(τ) + C(τ) (γ = 1
// in mpcsetup), and τⁱ(τⁿ - 1) in the order phase 2 stores Z.
type evaluation struct {
	a, b     []fr.Element
	pub, prv []fr.Element // K of the public wires, of the others
	z        []fr.Element
	nbPublic int
	domain   uint64
}

// evaluate is groth16.Setup's setupABC with mpcsetup's ordering: L_i(τ) is
// the Lagrange polynomial of ωⁱ, ω the domain's generator.
func evaluate(r1cs *cs.R1CS, n uint64, tau, alpha, beta *fr.Element) *evaluation {
	nbInternal, nbSecret, nbPublic := r1cs.GetNbVariables()
	nWires := nbInternal + nbSecret + nbPublic
	domain := fft.NewDomain(n)
	a, b, c := make([]fr.Element, nWires), make([]fr.Element, nWires), make([]fr.Element, nWires)
	nc := r1cs.GetNbConstraints()

	// L_0(τ) = (τⁿ - 1)/(n(τ - 1)); L_{i+1} = ω·L_i·(τ - ωⁱ)/(τ - ωⁱ⁺¹)
	d := make([]fr.Element, nc+1)
	wi := fr.One()
	for i := range d {
		d[i].Sub(tau, &wi)
		wi.Mul(&wi, &domain.Generator)
	}
	dInv := fr.BatchInvert(d)
	var tn, L fr.Element
	tn.Exp(*tau, new(big.Int).SetUint64(n))
	one := fr.One()
	tn.Sub(&tn, &one)
	L.Mul(&tn, &dInv[0]).Mul(&L, &domain.CardinalityInv)
	add := func(res *fr.Element, t constraint.Term, v *fr.Element) {
		switch id := t.CoeffID(); id {
		case constraint.CoeffIdZero:
		case constraint.CoeffIdOne:
			res.Add(res, v)
		case constraint.CoeffIdMinusOne:
			res.Sub(res, v)
		case constraint.CoeffIdTwo:
			var x fr.Element
			res.Add(res, x.Double(v))
		default:
			var x fr.Element
			res.Add(res, x.Mul(&r1cs.Coefficients[id], v))
		}
	}
	j := 0
	it := r1cs.GetR1CIterator()
	for con := it.Next(); con != nil; con = it.Next() {
		for _, t := range con.L {
			add(&a[t.WireID()], t, &L)
		}
		for _, t := range con.R {
			add(&b[t.WireID()], t, &L)
		}
		for _, t := range con.O {
			add(&c[t.WireID()], t, &L)
		}
		L.Mul(&L, &domain.Generator).Mul(&L, &d[j]).Mul(&L, &dInv[j+1])
		j++
	}
	e := &evaluation{a: a, b: b, nbPublic: nbPublic, domain: n}
	for w := range a {
		var k, x fr.Element
		k.Mul(&a[w], beta)
		x.Mul(&b[w], alpha)
		k.Add(&k, &x).Add(&k, &c[w])
		if w < nbPublic {
			e.pub = append(e.pub, k)
		} else {
			e.prv = append(e.prv, k)
		}
	}
	// Z_i = τⁱ⁺ⁿ - τⁱ for i < n-1 (the last one 0), bit-reversed, cut to n-1.
	z := make([]fr.Element, n)
	p := fr.One()
	for i := uint64(0); i+1 < n; i++ {
		z[i].Mul(&p, &tn)
		p.Mul(&p, tau)
	}
	fft.BitReverse(z)
	e.z = z[:n-1]
	return e
}

// scaled returns [Z/δ]₁ and [K/δ]₁ of the private wires.
func (e *evaluation) scaled(delta *fr.Element) (z, k []curve.G1Affine) {
	var inv fr.Element
	inv.Inverse(delta)
	s := make([]fr.Element, 0, len(e.z)+len(e.prv))
	for _, v := range [][]fr.Element{e.z, e.prv} {
		for i := range v {
			var x fr.Element
			s = append(s, *x.Mul(&v[i], &inv))
		}
	}
	_, _, g1, _ := curve.Generators()
	p := fixedBaseG1(&g1, s)
	return p[:len(e.z)], p[len(e.z):]
}

// keys builds the proving and verifying keys as mpcsetup's Phase2.Seal does,
// for the final α, β (phase 1) and δ (phase 2).
func (e *evaluation) keys(ccs constraint.ConstraintSystem, alpha, beta, delta *fr.Element) (*Keys, error) {
	_, _, g1, g2 := curve.Generators()
	var pk groth16bn254.ProvingKey
	var vk groth16bn254.VerifyingKey
	pk.Domain = *fft.NewDomain(e.domain)
	pk.G1.Alpha, pk.G1.Beta, pk.G1.Delta = mulG1(&g1, alpha), mulG1(&g1, beta), mulG1(&g1, delta)
	pk.G2.Beta, pk.G2.Delta = mulG2(&g2, beta), mulG2(&g2, delta)
	pk.G1.Z, pk.G1.K = e.scaled(delta)

	// A and B without their points at infinity (the zero evaluations).
	nonZero := func(v []fr.Element) (keep []fr.Element, inf []bool) {
		inf = make([]bool, len(v))
		for i := range v {
			if v[i].IsZero() {
				inf[i] = true
			} else {
				keep = append(keep, v[i])
			}
		}
		return keep, inf
	}
	a, infA := nonZero(e.a)
	b, infB := nonZero(e.b)
	pk.InfinityA, pk.NbInfinityA = infA, uint64(len(e.a)-len(a))
	pk.InfinityB, pk.NbInfinityB = infB, uint64(len(e.b)-len(b))
	s := make([]fr.Element, 0, len(a)+len(b)+len(e.pub))
	s = append(append(append(s, a...), b...), e.pub...)
	p := fixedBaseG1(&g1, s)
	pk.G1.A, pk.G1.B, vk.G1.K = p[:len(a)], p[len(a):len(a)+len(b)], p[len(a)+len(b):]
	pk.G2.B = fixedBaseG2(&g2, b)
	pk.CommitmentKeys = []pedersen.ProvingKey{}

	vk.G1.Alpha, vk.G1.Beta, vk.G1.Delta = pk.G1.Alpha, pk.G1.Beta, pk.G1.Delta
	vk.G2.Beta, vk.G2.Delta, vk.G2.Gamma = pk.G2.Beta, pk.G2.Delta, g2
	vk.CommitmentKeys = []pedersen.VerifyingKey{}
	ci := ccs.(*cs.R1CS).CommitmentInfo.(constraint.Groth16Commitments)
	vk.PublicAndCommitmentCommitted = ci.GetPublicAndCommitmentCommitted(ci.CommitmentIndexes(), e.nbPublic)
	if err := vk.Precompute(); err != nil {
		return nil, fmt.Errorf("verifying key: %w", err)
	}
	return &Keys{CCS: ccs, PK: &pk, VK: &vk}, nil
}
