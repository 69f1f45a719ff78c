package zk

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/ethereum/go-ethereum/crypto"
)

// fieldModulus is the BN254 scalar field's order, the range of every public input.
func fieldModulus() *big.Int { return ecc.BN254.ScalarField() }

// keccakWords is keccak256 of the words as 32-byte big-endian values, the
// way Solidity's keccak256(abi.encodePacked(uint256[])) hashes them.
func keccakWords(ws []*big.Int) [32]byte {
	buf := make([]byte, 32*len(ws))
	for i, w := range ws {
		w.FillBytes(buf[32*i : 32*i+32])
	}
	return crypto.Keccak256Hash(buf)
}
