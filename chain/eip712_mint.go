package chain

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// The EIP-712 domain and types of DeltaOneVerifier.sol; the contract's
// hashMintRequest view must agree with MintRequestDigest (a property test
// checks it).
const (
	mintDomainName    = "Hokusai DeltaOneVerifier"
	mintDomainVersion = "1"
	contributorType   = "Contributor(address account,uint16 weightBps)"
	mintRequestType   = "MintRequest(uint256 modelId,int256 baselineScore,int256 candidateScore,bytes32 candidateDigest," +
		"bytes32 datasetDigest,bytes32 benchmarkHash,bytes32 receiptHash,uint64 sampleCount,int256 lowerBound," +
		"Contributor[] contributors,bytes32 idempotencyKey,uint64 deadline)" + contributorType
	domainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	contributorTypeHash = crypto.Keccak256Hash([]byte(contributorType))
	mintRequestTypeHash = crypto.Keccak256Hash([]byte(mintRequestType))
	domainTypeHash      = crypto.Keccak256Hash([]byte(domainType))
	secp256k1HalfN      = new(big.Int).Rsh(crypto.S256().Params().N, 1)
)

// MaxMintContributors is the most contributors one mint request may name.
const MaxMintContributors = 100

// Contributor is one contributor of an improvement and their share in basis
// points; a request's weights sum to 10,000.
type Contributor struct {
	Account   common.Address
	WeightBps uint16
}

// MintRequest is the EIP-712 typed claim attesters sign: a candidate improves
// a model from its current head score. Scores and the lower bound are wad
// (18 decimals) in the metric's units and may be negative.
type MintRequest struct {
	ModelID         uint64
	BaselineScore   *big.Int // must equal the verifier's head score
	CandidateScore  *big.Int
	CandidateDigest common.Hash // sha256 of the candidate package
	DatasetDigest   common.Hash // digest of the benchmark dataset
	BenchmarkHash   common.Hash // the committed benchmark specification's hash
	ReceiptHash     common.Hash // hash of the evaluation receipt
	SampleCount     uint64
	LowerBound      *big.Int      // one-sided 95% lower bound of the improvement
	Contributors    []Contributor // sorted by address (SortContributors)
	IdempotencyKey  common.Hash
	Deadline        uint64 // unix seconds, inclusive
}

// MintDomain is the EIP-712 domain of one verifier deployment on one chain.
type MintDomain struct {
	ChainID  uint64
	Verifier common.Address
}

// MintSignature is one attester's signature of a request's digest, with v
// as 27 or 28 and s in the lower half of the curve order.
type MintSignature struct {
	Signer common.Address
	R, S   common.Hash
	V      uint8
}

// Separator is the domain separator: it binds the chain id and the
// verifier's address, so a signature is good on one chain at one verifier.
func (d MintDomain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(mintDomainName)),
		crypto.Keccak256([]byte(mintDomainVersion)),
		math.U256Bytes(new(big.Int).SetUint64(d.ChainID)),
		common.LeftPadBytes(d.Verifier[:], 32),
	)
}

// MintRequestStructHash is the EIP-712 hashStruct of r.
func MintRequestStructHash(r *MintRequest) common.Hash {
	hs := make([]byte, 0, 32*len(r.Contributors))
	for _, c := range r.Contributors {
		h := crypto.Keccak256(contributorTypeHash[:], common.LeftPadBytes(c.Account[:], 32), word(new(big.Int).SetUint64(uint64(c.WeightBps))))
		hs = append(hs, h...)
	}
	return crypto.Keccak256Hash(
		mintRequestTypeHash[:],
		word(new(big.Int).SetUint64(r.ModelID)),
		word(r.BaselineScore),
		word(r.CandidateScore),
		r.CandidateDigest[:],
		r.DatasetDigest[:],
		r.BenchmarkHash[:],
		r.ReceiptHash[:],
		word(new(big.Int).SetUint64(r.SampleCount)),
		word(r.LowerBound),
		crypto.Keccak256(hs),
		r.IdempotencyKey[:],
		word(new(big.Int).SetUint64(r.Deadline)),
	)
}

// MintRequestDigest is the digest attesters sign: keccak256("\x19\x01" ‖
// domain separator ‖ hashStruct(r)).
func MintRequestDigest(d MintDomain, r *MintRequest) common.Hash {
	sep := d.Separator()
	sh := MintRequestStructHash(r)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// word is the 32-byte two's-complement encoding of an int256 or uint256 (nil is 0).
func word(v *big.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	return math.U256Bytes(new(big.Int).Set(v))
}

// SignMintRequest signs r's digest in domain d with an attester's key.
// go-ethereum signs with low s, as the verifier requires.
func SignMintRequest(d MintDomain, r *MintRequest, key *ecdsa.PrivateKey) (MintSignature, error) {
	digest := MintRequestDigest(d, r)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return MintSignature{}, fmt.Errorf("sign mint request: %w", err)
	}
	var s MintSignature
	copy(s.R[:], sig[:32])
	copy(s.S[:], sig[32:64])
	s.V = sig[64] + 27
	s.Signer = crypto.PubkeyToAddress(key.PublicKey)
	return s, nil
}

// SignMintRequestBy signs r with each key and returns the signatures in the
// order the verifier requires (ascending signer address).
func SignMintRequestBy(d MintDomain, r *MintRequest, keys ...*ecdsa.PrivateKey) ([]MintSignature, error) {
	sigs := make([]MintSignature, 0, len(keys))
	for _, k := range keys {
		s, err := SignMintRequest(d, r, k)
		if err != nil {
			return nil, err
		}
		sigs = append(sigs, s)
	}
	SortMintSignatures(sigs)
	return sigs, nil
}

// SortMintSignatures orders signatures by signer address, ascending.
func SortMintSignatures(sigs []MintSignature) {
	sort.Slice(sigs, func(i, j int) bool { return bytes.Compare(sigs[i].Signer[:], sigs[j].Signer[:]) < 0 })
}

// SortContributors orders contributors by address, ascending, as the
// verifier requires.
func SortContributors(cs []Contributor) {
	sort.Slice(cs, func(i, j int) bool { return bytes.Compare(cs[i].Account[:], cs[j].Account[:]) < 0 })
}

// HighS returns the malleable twin of a signature (s' = n − s, v flipped):
// valid for ecrecover, refused by the verifier. For tests and audits.
func (s MintSignature) HighS() MintSignature {
	n := crypto.S256().Params().N
	hs := new(big.Int).Sub(n, new(big.Int).SetBytes(s.S[:]))
	out := s
	out.S = common.BigToHash(hs)
	out.V = 55 - s.V // 27 ↔ 28
	return out
}

// IsLowS reports whether the signature's s lies in the lower half of the order.
func (s MintSignature) IsLowS() bool { return new(big.Int).SetBytes(s.S[:]).Cmp(secp256k1HalfN) <= 0 }

// CheckMintRequest checks what can be checked off-chain before signing: 1 to
// 100 contributors, sorted, distinct, non-zero, weights summing to 10,000; a
// lower bound above zero; scores present.
func CheckMintRequest(r *MintRequest) error {
	switch {
	case r.BaselineScore == nil || r.CandidateScore == nil:
		return hokusai.FieldErrorf("score", "A mint request needs both baseline_score and candidate_score.")
	case r.LowerBound == nil || r.LowerBound.Sign() <= 0:
		return hokusai.FieldErrorf("lower_bound", "The improvement's lower bound must be above zero to mint; got %s.", hokusai.FormatWad(r.LowerBound))
	case len(r.Contributors) == 0 || len(r.Contributors) > MaxMintContributors:
		return hokusai.FieldErrorf("contributors", "A mint request names 1 to %d contributors; got %d.", MaxMintContributors, len(r.Contributors))
	}
	sum := 0
	for i, c := range r.Contributors {
		if c.Account == (common.Address{}) || c.WeightBps == 0 {
			return hokusai.FieldErrorf("contributors", "Contributor %d needs a non-zero address and a weight above 0 bps.", i)
		}
		if i > 0 {
			switch bytes.Compare(r.Contributors[i-1].Account[:], c.Account[:]) {
			case 0:
				return hokusai.FieldErrorf("contributors", "Contributor %s appears twice; merge their weights.", c.Account.Hex())
			case 1:
				return hokusai.FieldErrorf("contributors", "Contributors must be sorted by address; call SortContributors first.")
			}
		}
		sum += int(c.WeightBps)
	}
	if sum != 10_000 {
		return hokusai.FieldErrorf("contributors", "Contributor weights must sum to 10,000 bps; they sum to %d.", sum)
	}
	return nil
}

// LoadAttesterKey decrypts an attester's key from a go-ethereum keystore
// (V3 JSON) file.
func LoadAttesterKey(path, passphrase string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Cannot read the attester keystore file %s: %v.", path, err)
	}
	k, err := keystore.DecryptKey(raw, passphrase)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "Cannot decrypt the attester keystore file %s: %v. Check the passphrase.", path, err)
	}
	return k.PrivateKey, nil
}

// toBinding converts r into the generated binding's struct.
func (r *MintRequest) toBinding() bindings.DeltaOneVerifierMintRequest {
	return bindings.DeltaOneVerifierMintRequest{
		ModelId:         new(big.Int).SetUint64(r.ModelID),
		BaselineScore:   orZero(r.BaselineScore),
		CandidateScore:  orZero(r.CandidateScore),
		CandidateDigest: r.CandidateDigest,
		DatasetDigest:   r.DatasetDigest,
		BenchmarkHash:   r.BenchmarkHash,
		ReceiptHash:     r.ReceiptHash,
		SampleCount:     r.SampleCount,
		LowerBound:      orZero(r.LowerBound),
		Contributors:    contributorsToBinding(r.Contributors),
		IdempotencyKey:  r.IdempotencyKey,
		Deadline:        r.Deadline,
	}
}

func sigsToBinding(sigs []MintSignature) []bindings.DeltaOneVerifierSignature {
	out := make([]bindings.DeltaOneVerifierSignature, len(sigs))
	for i, s := range sigs {
		out[i] = bindings.DeltaOneVerifierSignature{R: s.R, S: s.S, V: s.V}
	}
	return out
}

// contributorsToBinding is cs as the verifier's calldata takes them.
func contributorsToBinding(cs []Contributor) []bindings.Contributor {
	out := make([]bindings.Contributor, len(cs))
	for i, c := range cs {
		out[i] = bindings.Contributor{Account: c.Account, WeightBps: c.WeightBps}
	}
	return out
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
