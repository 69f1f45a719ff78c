package zk

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Commitments are Poseidon2 (Merkle–Damgård, gnark's BN254 parameters)
// hashes of field elements; small values are packed many to an element
// (packWidth), each offset to be non-negative, so hashing costs one
// permutation per packed element instead of one per value.
const (
	tagWeights = 1 // first element of a weights commitment
	tagSplit   = 2 // first element of a test-split commitment
	tagState   = 3 // first element of a model's zk state
	fieldBits  = 253
)

// poseidon2GoParams are the parameters both hashers use.
func poseidon2GoParams() *poseidon2.Parameters { return poseidon2.GetDefaultParameters() }

// packWidth is how many n-bit values one field element holds.
func packWidth(n int) int { return fieldBits / n }

// packSigned packs signed n-bit values, each offset by 2^(n-1), low value
// first.
func packSigned(vals []int64, n int) []*big.Int {
	return packOffset(vals, n, int64(1)<<(n-1))
}

func packOffset(vals []int64, n int, off int64) []*big.Int {
	per := packWidth(n)
	var out []*big.Int
	for i := 0; i < len(vals); i += per {
		acc := new(big.Int)
		for j := min(i+per, len(vals)) - 1; j >= i; j-- {
			acc.Lsh(acc, uint(n))
			acc.Add(acc, big.NewInt(vals[j]+off))
		}
		out = append(out, acc)
	}
	return out
}

// hashElements is the native Poseidon2 Merkle–Damgård hash of field elements.
func hashElements(els []*big.Int) *big.Int {
	h := poseidon2.NewMerkleDamgardHasher()
	for _, e := range els {
		var f fr.Element
		f.SetBigInt(e)
		b := f.Bytes()
		h.Write(b[:])
	}
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out.BigInt(new(big.Int))
}

// weightsElements are the field elements a weights commitment hashes.
func weightsElements(w Weights) []*big.Int {
	els := []*big.Int{big.NewInt(tagWeights), big.NewInt(int64(len(w.W))), big.NewInt(int64(len(w.W[0])))}
	var flat []int64
	for _, row := range w.W {
		flat = append(flat, row...)
	}
	els = append(els, packSigned(flat, WeightBits)...)
	return append(els, packSigned(w.B, BiasBits)...)
}

// CommitWeights returns the commitment of quantised weights: anyone holding
// the model package recomputes it.
func CommitWeights(w Weights) *big.Int { return hashElements(weightsElements(w)) }

// splitElements are the field elements a split commitment hashes.
func splitElements(s Split, classes int) []*big.Int {
	els := []*big.Int{
		big.NewInt(tagSplit), new(big.Int).SetBytes(s.Salt),
		big.NewInt(int64(len(s.X))), big.NewInt(int64(len(s.X[0]))), big.NewInt(int64(classes)),
	}
	var flat []int64
	for _, row := range s.X {
		flat = append(flat, row...)
	}
	els = append(els, packSigned(flat, FeatureBits)...)
	sh := Shape{Classes: classes}
	return append(els, packOffset(s.Y, sh.labelBits(), 0)...)
}

// CommitSplit returns the commitment of a quantised test split; its salt
// keeps the hidden rows hidden.
func CommitSplit(s Split, classes int) *big.Int { return hashElements(splitElements(s, classes)) }

// StateOf is a zkProof model's state as the verifier stores it: the
// Poseidon2 hash of a weights commitment and the test split's commitment
// (tagged), the circuit's State and NewState public inputs. Whoever sets
// the commitments on-chain passes the state this computes with them.
func StateOf(weights, data *big.Int) *big.Int {
	return hashElements([]*big.Int{big.NewInt(tagState), weights, data})
}
