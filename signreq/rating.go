package signreq

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// RatingDigest is the EIP-712 digest a member signs to rate a model by
// signature on its Agent (ModelAgent.rateBySig): Rating(uint8 stars,
// address member, uint256 nonce, uint256 deadline) under the domain {name
// "Hokusai model Agent", version "1", chainId, verifyingContract agent}.
// nonce is the Agent's nonces(member); deadline is in seconds since the
// epoch.
func RatingDigest(chainID uint64, agent common.Address, stars uint8, member common.Address, nonce *big.Int, deadline uint64) common.Hash {
	domainType := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domain := crypto.Keccak256(domainType, crypto.Keccak256([]byte("Hokusai model Agent")), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(new(big.Int).SetUint64(chainID).Bytes(), 32), common.LeftPadBytes(agent.Bytes(), 32))
	ratingType := crypto.Keccak256([]byte("Rating(uint8 stars,address member,uint256 nonce,uint256 deadline)"))
	rating := crypto.Keccak256(ratingType, common.LeftPadBytes([]byte{stars}, 32), common.LeftPadBytes(member.Bytes(), 32),
		common.LeftPadBytes(nonce.Bytes(), 32), common.LeftPadBytes(new(big.Int).SetUint64(deadline).Bytes(), 32))
	return crypto.Keccak256Hash([]byte("\x19\x01"), domain, rating)
}

// SignRating signs a rating for relaying (r||s||v with v 27 or 28): the
// member needs no ETH, whoever relays it pays the gas.
func SignRating(member *ecdsa.PrivateKey, chainID uint64, agent common.Address, stars uint8, nonce *big.Int, deadline uint64) ([]byte, error) {
	d := RatingDigest(chainID, agent, stars, crypto.PubkeyToAddress(member.PublicKey), nonce, deadline)
	sig, err := crypto.Sign(d.Bytes(), member)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// RatingTypedData is the rating as EIP-712 typed data (eth_signTypedData_v4
// JSON), for wallets: signing it gives the signature SignRating gives.
func RatingTypedData(chainID uint64, agent common.Address, stars uint8, member common.Address, nonce *big.Int, deadline uint64) map[string]any {
	return map[string]any{
		"types": map[string]any{
			"EIP712Domain": []map[string]string{
				{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
				{"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"},
			},
			"Rating": []map[string]string{
				{"name": "stars", "type": "uint8"}, {"name": "member", "type": "address"},
				{"name": "nonce", "type": "uint256"}, {"name": "deadline", "type": "uint256"},
			},
		},
		"primaryType": "Rating",
		"domain":      map[string]any{"name": "Hokusai model Agent", "version": "1", "chainId": chainID, "verifyingContract": agent.Hex()},
		"message":     map[string]any{"stars": stars, "member": member.Hex(), "nonce": nonce.String(), "deadline": deadline},
	}
}
