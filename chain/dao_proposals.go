package chain

import (
	"bytes"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
)

// More kinds of proposal, as the API names them.
const (
	KindRewards = "rewards" // TokenManager.setRewardParameters: tokens per DeltaOne, cap, threshold, contributors' share
	KindRoyalty = "royalty" // UsageFeeRouter.setRoyalty, proposed to a parent's DAO: a fork's royalty in bps
)

// RewardParams are a model's reward parameters a DAO may change (F13): the
// budget stays the protocol's, the price has its own proposal.
type RewardParams struct {
	TokensPerDeltaOne *big.Int // token wei per whole DeltaOne, > 0
	MaxReward         *big.Int // token wei cap per improvement, > 0
	MintThreshold     *big.Int // DeltaOnes (wad) an improvement must reach; 0 or nil: one DeltaOne
	ContributorBps    uint16   // contributors' share of a reward; 0: 7,000 (70%)
}

// RewardsProposal asks the model's DAO to set its reward parameters
// (TokenManager.setRewardParameters through the timelock; the price and the
// mint budget stay as they are).
func RewardsProposal(manager common.Address, modelID uint64, r RewardParams, description string) Proposal {
	threshold := r.MintThreshold
	if threshold == nil {
		threshold = new(big.Int)
	}
	return Proposal{
		Targets: []common.Address{manager}, Values: []*big.Int{new(big.Int)},
		Calldatas:   [][]byte{managerBinding.PackSetRewardParameters(new(big.Int).SetUint64(modelID), r.TokensPerDeltaOne, r.MaxReward, threshold, r.ContributorBps)},
		Description: description,
	}
}

// RoyaltyProposal asks a parent model's DAO to set the royalty its fork
// forkID pays it, in bps of the fork's API fees (UsageFeeRouter.setRoyalty
// through the parent's timelock; at most 2,000, default 500). It is proposed
// to the parent's Governor: the royalty is the parent's income.
func RoyaltyProposal(router common.Address, forkID uint64, bps uint16, description string) Proposal {
	return Proposal{
		Targets: []common.Address{router}, Values: []*big.Int{new(big.Int)},
		Calldatas:   [][]byte{routerBinding.PackSetRoyalty(new(big.Int).SetUint64(forkID), bps)},
		Description: description,
	}
}

// DecodeRoyalty reports whether calls are one royalty proposal to router,
// and its parameters (fork_id, royalty_bps).
func DecodeRoyalty(calls []hokusai.ProposalCall, router common.Address) (map[string]any, bool) {
	m := routerABI.Methods["setRoyalty"]
	if len(calls) != 1 || len(calls[0].Data) < 4 || !bytes.Equal(calls[0].Data[:4], m.ID) ||
		(calls[0].Value != nil && calls[0].Value.Sign() != 0) || !common.IsHexAddress(calls[0].Target) || common.HexToAddress(calls[0].Target) != router {
		return nil, false
	}
	args, err := m.Inputs.Unpack(calls[0].Data[4:])
	if err != nil {
		return nil, false
	}
	fork, ok := args[0].(*big.Int)
	if !ok || !fork.IsUint64() {
		return nil, false
	}
	return map[string]any{"fork_id": fork.Uint64(), "royalty_bps": args[1]}, true
}
