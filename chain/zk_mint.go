package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// ZkSettings is what ConfigureZk sets for a zkProof model: the hash of its
// circuit shape's verifying key, the committed benchmark, the head's weights
// commitment, the hidden test split's commitment and size, and the state
// the verifier stores, zk.StateOf(HeadCommit, DataCommit) — the contract
// does not recompute it, so build settings with the zk package's helper.
type ZkSettings struct {
	VKHash        common.Hash
	BenchmarkHash common.Hash // the committed benchmark the split belongs to
	HeadCommit    *big.Int
	DataCommit    *big.Int
	State         *big.Int
	Rows          uint32
}

// ZkStatus is what the verifier holds for a zkProof model: its key hash,
// benchmark, state (of the head's and the split's commitments), split size
// and nonce, the one the next request must carry.
type ZkStatus struct {
	VKHash        common.Hash
	BenchmarkHash common.Hash
	State         *big.Int
	Rows          uint32
	Nonce         uint64
}

// ZkMintRequest is a claim that a candidate improves a zkProof model; the
// proof's packed public input binds every field (ZkBind) and NewState is
// itself a public input.
type ZkMintRequest struct {
	ModelID         uint64
	CandidateDigest common.Hash
	NewState        *big.Int // zk.StateOf(the candidate's commitment, the split's)
	B, C            uint64   // rows right only for the candidate, only for the head
	ReceiptHash     common.Hash
	Contributors    []Contributor // sorted by address, weights summing to 10,000
	IdempotencyKey  common.Hash
	Nonce           uint64 // the model's zk nonce (ZkStatus.Nonce) when the request is made
	Deadline        uint64
}

func (r *ZkMintRequest) toBinding() bindings.DeltaOneVerifierZkMintRequest {
	return bindings.DeltaOneVerifierZkMintRequest{
		ModelId: new(big.Int).SetUint64(r.ModelID), CandidateDigest: r.CandidateDigest,
		NewState: orZero(r.NewState), B: r.B, C: r.C, ReceiptHash: r.ReceiptHash,
		Contributors: contributorsToBinding(r.Contributors), IdempotencyKey: r.IdempotencyKey, Nonce: r.Nonce, Deadline: r.Deadline,
	}
}

var (
	abiUint256, _  = abi.NewType("uint256", "", nil)
	abiAddress, _  = abi.NewType("address", "", nil)
	abiBytes32, _  = abi.NewType("bytes32", "", nil)
	abiUint64, _   = abi.NewType("uint64", "", nil)
	abiContribs, _ = abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{
		{Name: "account", Type: "address"}, {Name: "weightBps", Type: "uint16"},
	})
)

// ZkBind returns the binding that ties a proof to r on the verifier at
// address on chain chainID (188 bits, which the proof's packed public input
// carries above the counts); DeltaOneVerifier.zkBind computes the same.
func ZkBind(chainID *big.Int, verifier common.Address, r *ZkMintRequest) *big.Int {
	type contributor struct {
		Account   common.Address `abi:"account"`
		WeightBps uint16         `abi:"weightBps"`
	}
	cs := make([]contributor, len(r.Contributors))
	for i, c := range r.Contributors {
		cs[i] = contributor{c.Account, c.WeightBps}
	}
	enc, err := abi.Arguments{{Type: abiContribs}}.Pack(cs)
	if err != nil {
		panic(fmt.Sprintf("abi-encode contributors: %v", err)) // static types: cannot fail
	}
	args := abi.Arguments{{Type: abiUint256}, {Type: abiAddress}, {Type: abiUint256}, {Type: abiBytes32},
		{Type: abiBytes32}, {Type: abiBytes32}, {Type: abiBytes32}, {Type: abiUint64}, {Type: abiUint64}}
	packed, err := args.Pack(chainID, verifier, new(big.Int).SetUint64(r.ModelID), [32]byte(r.CandidateDigest),
		[32]byte(r.ReceiptHash), [32]byte(crypto.Keccak256Hash(enc)), [32]byte(r.IdempotencyKey), r.Nonce, r.Deadline)
	if err != nil {
		panic(fmt.Sprintf("abi-encode bind: %v", err))
	}
	return new(big.Int).Rsh(new(big.Int).SetBytes(crypto.Keccak256(packed)), 68)
}

// ZkMintResult is an accepted zkProof mint: its receipt and decoded events.
type ZkMintResult struct {
	Receipt  *types.Receipt
	Accepted *bindings.DeltaOneVerifierZkProofAccepted
	Verified *bindings.DeltaOneVerifierDeltaOneVerified
	Reward   *bindings.TokenManagerRewardMinted
}

// ConfigureZkCalldata is the call data of configureZk(modelID, s).
func ConfigureZkCalldata(modelID uint64, s ZkSettings) ([]byte, error) {
	if s.HeadCommit == nil || s.DataCommit == nil || s.State == nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "A zkProof configuration needs the head's weights commitment, the test split's commitment and their state (zk.StateOf).")
	}
	return verifierBinding.PackConfigureZk(new(big.Int).SetUint64(modelID), bindings.DeltaOneVerifierZkConfig{
		VkHash: s.VKHash, BenchmarkHash: s.BenchmarkHash, HeadCommit: s.HeadCommit, DataCommit: s.DataCommit, State: s.State, Rows: s.Rows,
	}), nil
}

// ConfigureZk sets a zkProof model's key hash and state; key is the
// protocol admin, whose evaluator holds the hidden test split.
func (c *Client) ConfigureZk(ctx context.Context, key *ecdsa.PrivateKey, verifier common.Address, modelID uint64, s ZkSettings) (*types.Receipt, error) {
	data, err := ConfigureZkCalldata(modelID, s)
	if err != nil {
		return nil, err
	}
	return c.Send(ctx, key, Tx{To: &verifier, Data: data, ABIs: mintABIs})
}

// ZkConfig reads a zkProof model's key hash, state and nonce.
func (c *Client) ZkConfig(ctx context.Context, verifier common.Address, modelID uint64) (ZkStatus, error) {
	out, err := c.call(ctx, verifier, verifierBinding.PackZkConfig(new(big.Int).SetUint64(modelID)))
	if err != nil {
		return ZkStatus{}, fmt.Errorf("zk config: %w", err)
	}
	z, err := verifierBinding.UnpackZkConfig(out)
	if err != nil {
		return ZkStatus{}, fmt.Errorf("zk config: %w", err)
	}
	return ZkStatus{VKHash: z.VkHash, BenchmarkHash: z.BenchmarkHash, State: z.State, Rows: z.Rows, Nonce: z.Nonce}, nil
}

// StoreVerifyingKey stores a verifying key's words on the verifier (once:
// storing a stored key changes nothing) so configureZk can name it by hash
// and mints read it from there instead of calldata; any key may send it.
func (c *Client) StoreVerifyingKey(ctx context.Context, key *ecdsa.PrivateKey, verifier common.Address, vk []*big.Int) (*types.Receipt, error) {
	return c.Send(ctx, key, Tx{To: &verifier, Data: verifierBinding.PackStoreVerifyingKey(vk), ABIs: mintABIs})
}

// StoreVerifyingKeyCalldata is the call data of storeVerifyingKey(vk).
func StoreVerifyingKeyCalldata(vk []*big.Int) []byte {
	return verifierBinding.PackStoreVerifyingKey(vk)
}

// VerifyingKeyStored reports whether the verifier holds the verifying key
// whose words hash (keccak256, packed) to h.
func (c *Client) VerifyingKeyStored(ctx context.Context, verifier common.Address, h common.Hash) (bool, error) {
	out, err := c.call(ctx, verifier, verifierBinding.PackVerifyingKeys(h))
	if err != nil {
		return false, fmt.Errorf("verifying key: %w", err)
	}
	at, err := verifierBinding.UnpackVerifyingKeys(out)
	if err != nil {
		return false, fmt.Errorf("verifying key: %w", err)
	}
	return at != (common.Address{}), nil
}

// SubmitZkMint sends a proof of improvement to the verifier, which checks it
// under the model's stored verifying key; any key may send it. A revert
// comes back as a *hokusai.Error naming the verifier's custom error
// (SignTestFailed, InvalidProof, StaleRequest, …).
func (c *Client) SubmitZkMint(ctx context.Context, key *ecdsa.PrivateKey, verifier common.Address, r *ZkMintRequest, proof [8]*big.Int) (*ZkMintResult, error) {
	data := verifierBinding.PackMintWithProof(r.toBinding(), proof)
	rc, err := c.sendEstimated(ctx, key, verifier, data, 1_500_000+250_000*uint64(len(r.Contributors)))
	if err != nil {
		return nil, err
	}
	res := &ZkMintResult{Receipt: rc}
	for _, l := range rc.Logs {
		if ev, err := verifierBinding.UnpackZkProofAcceptedEvent(l); err == nil {
			res.Accepted = ev
		}
		if ev, err := verifierBinding.UnpackDeltaOneVerifiedEvent(l); err == nil {
			res.Verified = ev
		}
		if ev, err := managerBinding.UnpackRewardMintedEvent(l); err == nil {
			res.Reward = ev
		}
	}
	if res.Accepted == nil || res.Verified == nil || res.Reward == nil {
		return res, hokusai.Errorf(hokusai.EINTERNAL, "The zkProof mint in transaction %s succeeded but its events are missing.", rc.TxHash.Hex())
	}
	return res, nil
}

// PackZkMint is the calldata of mintWithProof(r, proof): what the evaluator
// hands its transaction manager.
func PackZkMint(r *ZkMintRequest, proof [8]*big.Int) []byte {
	return verifierBinding.PackMintWithProof(r.toBinding(), proof)
}
