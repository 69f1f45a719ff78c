package zk

import (
	"math/big"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/hokusai-protocol/hokusai"
)

// VKWordCount is the number of words of a verifying key as the contract
// takes it: α (2), β, γ, δ (4 each) and NbPublic+1 input points (2 each).
const VKWordCount = 2 + 3*4 + 2*(NbPublic+1)

// VKFromWords rebuilds a verifying key from its contract words (VKWords), so
// a proof can be checked offline with only what the mint transaction carried.
// Every point must be on the curve (and β, γ, δ in their subgroup).
func VKFromWords(words []*big.Int) (groth16.VerifyingKey, error) {
	if len(words) != VKWordCount {
		return nil, hokusai.Errorf(hokusai.EINVALID, "A verifying key has %d words, got %d.", VKWordCount, len(words))
	}
	for i, w := range words {
		if w == nil || w.Sign() < 0 || w.Cmp(fp.Modulus()) >= 0 {
			return nil, hokusai.Errorf(hokusai.EINVALID, "Verifying key word %d is not a base-field element.", i)
		}
	}
	g1 := func(i int) curve.G1Affine {
		var p curve.G1Affine
		p.X.SetBigInt(words[i])
		p.Y.SetBigInt(words[i+1])
		return p
	}
	g2 := func(i int) curve.G2Affine {
		var p curve.G2Affine
		p.X.A1.SetBigInt(words[i])
		p.X.A0.SetBigInt(words[i+1])
		p.Y.A1.SetBigInt(words[i+2])
		p.Y.A0.SetBigInt(words[i+3])
		return p
	}
	vk := new(groth16bn254.VerifyingKey)
	vk.G1.Alpha = g1(0)
	vk.G2.Beta, vk.G2.Gamma, vk.G2.Delta = g2(2), g2(6), g2(10)
	for i := 14; i < VKWordCount; i += 2 {
		vk.G1.K = append(vk.G1.K, g1(i))
	}
	ok := vk.G1.Alpha.IsOnCurve()
	for _, k := range vk.G1.K {
		ok = ok && k.IsOnCurve()
	}
	for _, p := range []curve.G2Affine{vk.G2.Beta, vk.G2.Gamma, vk.G2.Delta} {
		ok = ok && p.IsOnCurve() && p.IsInSubGroup()
	}
	if !ok {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The verifying key's points are not on the curve.")
	}
	if err := vk.Precompute(); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The verifying key is not usable: %v.", err)
	}
	return vk, nil
}
