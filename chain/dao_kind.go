package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// Kinds of proposal, as the API names them.
const (
	KindPrice        = "price"         // TokenManager.setPricePerCall: the price per call ramps to a new one
	KindTierDiscount = "tier_discount" // ModelAgent.setTierDiscount: a tier's discount in bps
	KindEnterprise   = "enterprise"    // ModelAgent.setEnterprisePrice: one consumer's own price per call
	KindOther        = "other"         // calls this platform does not decode
)

// Tier names, by the Agent's numbers.
var TierNames = []string{"basic", "batch", "enterprise"}

// proposalKinds are the calls a proposal kind is made of: the method, and
// whether its target is the TokenManager (else the model's Agent).
var proposalKinds = []struct {
	kind    string
	method  abi.Method
	manager bool
}{
	{KindPrice, managerABI.Methods["setPricePerCall"], true},
	{KindTierDiscount, hexsABIs[0].Methods["setTierDiscount"], false},
	{KindEnterprise, hexsABIs[0].Methods["setEnterprisePrice"], false},
	{KindRewards, managerABI.Methods["setRewardParameters"], true},
}

// DecodeProposal names what a proposal's calls do and their parameters
// (price_per_call_micros, tier, discount_bps, consumer), when it is one
// call this platform proposes to the model's TokenManager (manager) or
// Agent (agent); otherwise KindOther and no parameters.
func DecodeProposal(calls []hokusai.ProposalCall, manager, agent common.Address) (string, map[string]any) {
	if len(calls) != 1 || len(calls[0].Data) < 4 || (calls[0].Value != nil && calls[0].Value.Sign() != 0) {
		return KindOther, map[string]any{}
	}
	c := calls[0]
	for _, k := range proposalKinds {
		to := agent
		if k.manager {
			to = manager
		}
		if !bytes.Equal(c.Data[:4], k.method.ID) || !common.IsHexAddress(c.Target) || common.HexToAddress(c.Target) != to {
			continue
		}
		args, err := k.method.Inputs.Unpack(c.Data[4:])
		if err != nil {
			break
		}
		params := map[string]any{}
		for i, in := range k.method.Inputs {
			switch in.Name {
			case "price":
				params["price_per_call_micros"] = args[i]
			case "tier":
				t := args[i].(uint8)
				if int(t) < len(TierNames) {
					params["tier"] = TierNames[t]
				} else {
					params["tier"] = fmt.Sprint(t)
				}
			case "bps":
				params["discount_bps"] = args[i]
			case "consumer":
				params["consumer"] = args[i].(common.Address).Hex()
			case "tokensPerDeltaOne", "maxReward", "mintThreshold": // token wei or wad: strings, beyond JSON's exact integers
				params[map[string]string{"tokensPerDeltaOne": "tokens_per_delta_one", "maxReward": "max_reward", "mintThreshold": "mint_threshold"}[in.Name]] = args[i].(*big.Int).String()
			case "contributorBps":
				params["contributor_bps"] = args[i]
			case "modelId":
				if v, ok := args[i].(*big.Int); ok && v.IsUint64() {
					params["model_id"] = v.Uint64()
				}
			}
		}
		return k.kind, params
	}
	return KindOther, map[string]any{}
}

// ProposalOf is the chain's form of an indexed proposal's calls, for
// queueing and executing them by their parts.
func ProposalOf(p *hokusai.IndexedProposal) Proposal {
	out := Proposal{Description: p.Description}
	for _, c := range p.Calls {
		v := c.Value
		if v == nil {
			v = new(big.Int)
		}
		out.Targets, out.Values, out.Calldatas = append(out.Targets, common.HexToAddress(c.Target)), append(out.Values, v), append(out.Calldatas, c.Data)
	}
	return out
}

// QueueCallsTx queues p by its calls and description (the Governor's
// base queue, which needs no proposal storage).
func QueueCallsTx(governor common.Address, p Proposal) Tx {
	return Tx{To: &governor, Data: governorBinding.PackQueue(p.Targets, p.Values, p.Calldatas, crypto.Keccak256Hash([]byte(p.Description))), ABIs: hexsABIs}
}

// ExecuteCallsTx executes p by its calls and description.
func ExecuteCallsTx(governor common.Address, p Proposal) Tx {
	return Tx{To: &governor, Data: governorBinding.PackExecute(p.Targets, p.Values, p.Calldatas, crypto.Keccak256Hash([]byte(p.Description))), ABIs: hexsABIs}
}

// Tier numbers, as the Agent has them.
const (
	TierBasic uint8 = iota
	TierBatch
	TierEnterprise
)

// TierDiscountProposal asks the model's DAO to set tier's discount on the
// price per call to bps (ModelAgent.setTierDiscount through the timelock;
// at most 9,000).
func TierDiscountProposal(agent common.Address, tier uint8, bps uint16, description string) Proposal {
	return Proposal{
		Targets: []common.Address{agent}, Values: []*big.Int{new(big.Int)},
		Calldatas: [][]byte{agentBinding.PackSetTierDiscount(tier, bps)}, Description: description,
	}
}

// EnterprisePriceProposal asks the model's DAO to give consumer its own
// price per call, price micro-USDC (0 removes it; ModelAgent.setEnterprisePrice
// through the timelock).
func EnterprisePriceProposal(agent, consumer common.Address, price uint64, description string) Proposal {
	return Proposal{
		Targets: []common.Address{agent}, Values: []*big.Int{new(big.Int)},
		Calldatas: [][]byte{agentBinding.PackSetEnterprisePrice(consumer, price)}, Description: description,
	}
}

// TierDiscountBps reads a tier's discount on the Agent, in bps (Batch 25%
// until the DAO changes it).
func (c *Client) TierDiscountBps(ctx context.Context, agent common.Address, tier uint8) (uint16, error) {
	out, err := c.callHexs(ctx, agent, agentBinding.PackTierDiscountBps(tier))
	if err != nil {
		return 0, fmt.Errorf("tier discount: %w", err)
	}
	return agentBinding.UnpackTierDiscountBps(out)
}

// EnterprisePrice reads consumer's Enterprise price per call on the Agent
// (micro-USDC); 0 when the DAO set none.
func (c *Client) EnterprisePrice(ctx context.Context, agent, consumer common.Address) (uint64, error) {
	out, err := c.callHexs(ctx, agent, agentBinding.PackEnterprisePrice(consumer))
	if err != nil {
		return 0, fmt.Errorf("enterprise price: %w", err)
	}
	return agentBinding.UnpackEnterprisePrice(out)
}

// AgentStats reads the Agent's ledger totals (members, users, ratings,
// calls, fees).
func (c *Client) AgentStats(ctx context.Context, agent common.Address) (bindings.ModelAgentStats, error) {
	out, err := c.callHexs(ctx, agent, agentBinding.PackStats())
	if err != nil {
		return bindings.ModelAgentStats{}, fmt.Errorf("agent stats: %w", err)
	}
	return agentBinding.UnpackStats(out)
}

// AgentMember reads account's record on the Agent: membership, rating,
// training shares and rating nonce.
func (c *Client) AgentMember(ctx context.Context, agent, account common.Address) (bindings.ModelAgentMember, error) {
	out, err := c.callHexs(ctx, agent, agentBinding.PackMemberOf(account))
	if err != nil {
		return bindings.ModelAgentMember{}, fmt.Errorf("agent member: %w", err)
	}
	return agentBinding.UnpackMemberOf(out)
}
