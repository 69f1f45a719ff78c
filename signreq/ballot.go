package signreq

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BallotDigest is the EIP-712 digest a voter signs to vote by signature on
// a model's Governor: OpenZeppelin Governor's Ballot(uint256 proposalId,
// uint8 support, address voter, uint256 nonce) under the domain {name
// "Hokusai model DAO", version "1", chainId, verifyingContract governor}.
func BallotDigest(chainID uint64, governor common.Address, proposalID *big.Int, support uint8, voter common.Address, nonce *big.Int) common.Hash {
	domainType := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domain := crypto.Keccak256(domainType, crypto.Keccak256([]byte("Hokusai model DAO")), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(new(big.Int).SetUint64(chainID).Bytes(), 32), common.LeftPadBytes(governor.Bytes(), 32))
	ballotType := crypto.Keccak256([]byte("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)"))
	ballot := crypto.Keccak256(ballotType, common.LeftPadBytes(proposalID.Bytes(), 32), common.LeftPadBytes([]byte{support}, 32),
		common.LeftPadBytes(voter.Bytes(), 32), common.LeftPadBytes(nonce.Bytes(), 32))
	return crypto.Keccak256Hash([]byte("\x19\x01"), domain, ballot)
}

// SignBallot signs a vote for relaying (r||s||v with v 27 or 28): the
// voter needs no ETH, whoever relays it pays the gas.
func SignBallot(voter *ecdsa.PrivateKey, chainID uint64, governor common.Address, proposalID *big.Int, support uint8, nonce *big.Int) ([]byte, error) {
	d := BallotDigest(chainID, governor, proposalID, support, crypto.PubkeyToAddress(voter.PublicKey), nonce)
	sig, err := crypto.Sign(d.Bytes(), voter)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}
