package zk

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"

	"github.com/hokusai-protocol/hokusai"
)

// Proof is a Groth16 proof with its public inputs, as the contract takes
// them: A, B (imaginary part first, as the EVM's pairing precompile reads G2
// points) and C in eight words, then the three public inputs (State,
// NewState, Packed).
type Proof struct {
	Words  [8]*big.Int        `json:"words"`
	Public [NbPublic]*big.Int `json:"public"`
}

// Counts returns the proof's b and c (Packed's low 64 bits).
func (p Proof) Counts() (b, c uint64) {
	if p.Public[2] == nil {
		return 0, 0
	}
	mask := new(big.Int).Lsh(big.NewInt(1), countShift)
	mask.Sub(mask, big.NewInt(1))
	return new(big.Int).And(p.Public[2], mask).Uint64(), new(big.Int).And(new(big.Int).Rsh(p.Public[2], countShift), mask).Uint64()
}

// Bind returns the request binding Packed carries above the counts.
func (p Proof) Bind() *big.Int {
	if p.Public[2] == nil {
		return new(big.Int)
	}
	return new(big.Int).Rsh(p.Public[2], bindShift)
}

// Prove proves an assignment with the shape's keys.
func Prove(k *Keys, a Assignment) (Proof, error) {
	w, sh, err := a.assign()
	if err != nil {
		return Proof{}, err
	}
	if sh != k.Shape {
		return Proof{}, hokusai.Errorf(hokusai.EINVALID, "The model and test split have shape %s but the keys are for %s.", sh, k.Shape)
	}
	wit, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		return Proof{}, fmt.Errorf("witness: %w", err)
	}
	pr, err := groth16.Prove(k.CCS, k.PK, wit)
	if err != nil {
		return Proof{}, fmt.Errorf("prove: %w", err)
	}
	p := pr.(*groth16bn254.Proof)
	var out Proof
	out.Words = [8]*big.Int{
		g(p.Ar.X), g(p.Ar.Y),
		g(p.Bs.X.A1), g(p.Bs.X.A0), g(p.Bs.Y.A1), g(p.Bs.Y.A0),
		g(p.Krs.X), g(p.Krs.Y),
	}
	for i, v := range []frontend.Variable{w.State, w.NewState, w.Packed} {
		out.Public[i] = new(big.Int).Set(v.(*big.Int))
	}
	return out, nil
}

func g(e fp.Element) *big.Int { return e.BigInt(new(big.Int)) }

// Verify checks a proof against a verifying key off-chain, exactly as the
// contract does on-chain.
func Verify(vk groth16.VerifyingKey, p Proof) error {
	var pr groth16bn254.Proof
	var err error
	set := func(dst *fp.Element, v *big.Int) {
		if v == nil || v.Sign() < 0 || v.Cmp(ecc.BN254.BaseField()) >= 0 {
			err = hokusai.Errorf(hokusai.EINVALID, "A proof coordinate is not a base-field element.")
			return
		}
		dst.SetBigInt(v)
	}
	set(&pr.Ar.X, p.Words[0])
	set(&pr.Ar.Y, p.Words[1])
	set(&pr.Bs.X.A1, p.Words[2])
	set(&pr.Bs.X.A0, p.Words[3])
	set(&pr.Bs.Y.A1, p.Words[4])
	set(&pr.Bs.Y.A0, p.Words[5])
	set(&pr.Krs.X, p.Words[6])
	set(&pr.Krs.Y, p.Words[7])
	if err != nil {
		return err
	}
	if !pr.Ar.IsOnCurve() || !pr.Krs.IsOnCurve() || !pr.Bs.IsOnCurve() || !pr.Bs.IsInSubGroup() {
		return hokusai.Errorf(hokusai.EINVALID, "The proof's points are not on the curve.")
	}
	pub := make(fr.Vector, NbPublic)
	for i, v := range p.Public {
		if v == nil || v.Sign() < 0 || v.Cmp(fieldModulus()) >= 0 {
			return hokusai.Errorf(hokusai.EINVALID, "Public input %d is not a scalar-field element.", i)
		}
		pub[i].SetBigInt(v)
	}
	if err := groth16bn254.Verify(&pr, vk.(*groth16bn254.VerifyingKey), pub); err != nil {
		return hokusai.Errorf(hokusai.EINVALID, "The proof does not verify: %v.", err)
	}
	return nil
}

// VKWords returns a verifying key as the contract stores it: α (G1), β, γ, δ
// (G2, imaginary parts first) and the NbPublic+1 input points (G1).
func VKWords(vk groth16.VerifyingKey) []*big.Int {
	v := vk.(*groth16bn254.VerifyingKey)
	g2 := func(p curve.G2Affine) []*big.Int {
		return []*big.Int{g(p.X.A1), g(p.X.A0), g(p.Y.A1), g(p.Y.A0)}
	}
	out := []*big.Int{g(v.G1.Alpha.X), g(v.G1.Alpha.Y)}
	out = append(out, g2(v.G2.Beta)...)
	out = append(out, g2(v.G2.Gamma)...)
	out = append(out, g2(v.G2.Delta)...)
	for _, k := range v.G1.K {
		out = append(out, g(k.X), g(k.Y))
	}
	return out
}

// VKHash is keccak256 of the VK words, abi-encoded as uint256[]'s packed
// elements: what the contract stores per model and checks against the key
// a mint supplies.
func VKHash(vk groth16.VerifyingKey) [32]byte { return keccakWords(VKWords(vk)) }

// KeyID names a verifying key in receipts and file names (sha256 of its words, hex).
func KeyID(vk groth16.VerifyingKey) string {
	h := sha256.New()
	for _, w := range VKWords(vk) {
		var b [32]byte
		w.FillBytes(b[:])
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil))
}
