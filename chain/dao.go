package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/signreq"
)

var (
	agentBinding    = bindings.NewModelAgent()
	governorBinding = bindings.NewModelGovernor()
	marketBinding   = bindings.NewModelMarket()
	// hexsABIs decode the custom errors of the Agent, DAO and market, and of
	// the contracts an executed proposal calls.
	hexsABIs = []*abi.ABI{
		mustParse(&bindings.ModelAgentMetaData), mustParse(&bindings.ModelGovernorMetaData),
		mustParse(&bindings.ModelTimelockMetaData), mustParse(&bindings.ModelMarketMetaData),
		managerABI, routerABI, mustParse(&bindings.ModelRegistryMetaData),
	}
)

// Proposal states, as the Governor numbers them (IGovernor.ProposalState).
const (
	ProposalPending uint8 = iota
	ProposalActive
	ProposalCanceled
	ProposalDefeated
	ProposalSucceeded
	ProposalQueued
	ProposalExpired
	ProposalExecuted
)

// Vote choices of the Governor's simple counting.
const (
	VoteAgainst uint8 = iota
	VoteFor
	VoteAbstain
)

// ModelDAO is where a model's Agent and DAO live.
type ModelDAO struct {
	Agent    common.Address
	Governor common.Address
	Timelock common.Address
	// ParentID is the model's parent (0: not a fork); ParentVersion its version.
	ParentID      uint64
	ParentVersion uint32
}

// ModelDAO reads a model's Agent, Governor, timelock and parent from the
// registry; ENOTFOUND when the model has no Agent.
func (c *Client) ModelDAO(ctx context.Context, registry common.Address, modelID uint64) (*ModelDAO, error) {
	reg := bindings.NewModelRegistry()
	out, err := c.call(ctx, registry, reg.PackLinksOf(new(big.Int).SetUint64(modelID)))
	if err != nil {
		return nil, fmt.Errorf("model links: %w", err)
	}
	l, err := reg.UnpackLinksOf(out)
	if err != nil {
		return nil, fmt.Errorf("model links: %w", err)
	}
	if l.Agent == (common.Address{}) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d has no Agent; check the model id.", modelID)
	}
	d := &ModelDAO{Agent: l.Agent, ParentID: l.ParentId, ParentVersion: l.ParentVersion}
	if out, err = c.call(ctx, l.Agent, agentBinding.PackGovernor()); err == nil {
		d.Governor, err = agentBinding.UnpackGovernor(out)
	}
	if err == nil {
		if out, err = c.call(ctx, l.Agent, agentBinding.PackTimelock()); err == nil {
			d.Timelock, err = agentBinding.UnpackTimelock(out)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("model dao: %w", err)
	}
	return d, nil
}

// Proposal is what a DAO votes on: calls the timelock makes if it passes.
type Proposal struct {
	Targets     []common.Address
	Values      []*big.Int
	Calldatas   [][]byte
	Description string
}

// PriceProposal asks the model's DAO to ramp its price per call to price
// micro-USDC over 30 days (TokenManager.setPricePerCall through the timelock).
func PriceProposal(manager common.Address, modelID, price uint64, description string) Proposal {
	return Proposal{
		Targets:     []common.Address{manager},
		Values:      []*big.Int{new(big.Int)},
		Calldatas:   [][]byte{managerBinding.PackSetPricePerCall(new(big.Int).SetUint64(modelID), price)},
		Description: description,
	}
}

// ProposalID is the id the Governor gives p (hashProposal).
func (p Proposal) ProposalID() *big.Int {
	h := crypto.Keccak256Hash([]byte(p.Description))
	args := abi.Arguments{{Type: mustType("address[]")}, {Type: mustType("uint256[]")}, {Type: mustType("bytes[]")}, {Type: mustType("bytes32")}}
	enc, err := args.Pack(p.Targets, p.Values, p.Calldatas, h)
	if err != nil {
		panic(err) // the types above always pack
	}
	return new(big.Int).SetBytes(crypto.Keccak256(enc))
}

func mustType(s string) abi.Type {
	t, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return t
}

// ProposeTx is the transaction that submits p to governor.
func ProposeTx(governor common.Address, p Proposal) Tx {
	return Tx{To: &governor, Data: governorBinding.PackPropose(p.Targets, p.Values, p.Calldatas, p.Description), ABIs: hexsABIs}
}

// CastVoteBySigTx is the transaction that relays voter's signed ballot.
func CastVoteBySigTx(governor common.Address, proposalID *big.Int, support uint8, voter common.Address, sig []byte) Tx {
	return Tx{To: &governor, Data: governorBinding.PackCastVoteBySig(proposalID, support, voter, sig), ABIs: hexsABIs}
}

// Propose submits p to governor, signed by key; it returns the proposal id.
func (c *Client) Propose(ctx context.Context, key *ecdsa.PrivateKey, governor common.Address, p Proposal) (*big.Int, *types.Receipt, error) {
	r, err := c.Send(ctx, key, ProposeTx(governor, p))
	if err != nil {
		return nil, nil, err
	}
	return p.ProposalID(), r, nil
}

// CastVote votes support (VoteAgainst, VoteFor, VoteAbstain) with key's votes.
func (c *Client) CastVote(ctx context.Context, key *ecdsa.PrivateKey, governor common.Address, proposalID *big.Int, support uint8) (*types.Receipt, error) {
	return c.Send(ctx, key, Tx{To: &governor, Data: governorBinding.PackCastVote(proposalID, support), ABIs: hexsABIs})
}

// BallotDigest is the EIP-712 digest a voter signs to vote by signature on
// governor (signreq.BallotDigest).
func BallotDigest(chainID uint64, governor common.Address, proposalID *big.Int, support uint8, voter common.Address, nonce *big.Int) common.Hash {
	return signreq.BallotDigest(chainID, governor, proposalID, support, voter, nonce)
}

// SignBallot signs a vote for relaying: the voter needs no ETH.
func SignBallot(voter *ecdsa.PrivateKey, chainID uint64, governor common.Address, proposalID *big.Int, support uint8, nonce *big.Int) ([]byte, error) {
	return signreq.SignBallot(voter, chainID, governor, proposalID, support, nonce)
}

// VoteNonce is the voter's next ballot nonce on governor.
func (c *Client) VoteNonce(ctx context.Context, governor, voter common.Address) (*big.Int, error) {
	out, err := c.call(ctx, governor, governorBinding.PackNonces(voter))
	if err != nil {
		return nil, fmt.Errorf("vote nonce: %w", err)
	}
	return governorBinding.UnpackNonces(out)
}

// CastVoteBySig relays voter's signed ballot; relayer (the platform) pays the gas.
func (c *Client) CastVoteBySig(ctx context.Context, relayer *ecdsa.PrivateKey, governor common.Address, proposalID *big.Int, support uint8, voter common.Address, sig []byte) (*types.Receipt, error) {
	return c.Send(ctx, relayer, CastVoteBySigTx(governor, proposalID, support, voter, sig))
}

// QueueProposal queues a succeeded proposal in the timelock, by its calls
// and description (the Governor keeps no copy of them; anyone may queue).
func (c *Client) QueueProposal(ctx context.Context, key *ecdsa.PrivateKey, governor common.Address, p Proposal) (*types.Receipt, error) {
	return c.Send(ctx, key, QueueCallsTx(governor, p))
}

// ExecuteProposal executes a queued proposal whose delay passed, by its
// calls and description (anyone).
func (c *Client) ExecuteProposal(ctx context.Context, key *ecdsa.PrivateKey, governor common.Address, p Proposal) (*types.Receipt, error) {
	return c.Send(ctx, key, ExecuteCallsTx(governor, p))
}

// ProposalState is the proposal's state (ProposalPending … ProposalExecuted).
func (c *Client) ProposalState(ctx context.Context, governor common.Address, proposalID *big.Int) (uint8, error) {
	out, err := c.callHexs(ctx, governor, governorBinding.PackState(proposalID))
	if err != nil {
		return 0, fmt.Errorf("proposal state: %w", err)
	}
	return governorBinding.UnpackState(out)
}

// ProposalOnChain reads proposal id's calls and description from its
// Governor's ProposalCreated event (the Governor stores only a proposal's
// core, so queue and execute take the calls again); ENOTFOUND when the
// Governor emitted none with this id. The server's index answers the same
// without scanning; this is the fallback.
func (c *Client) ProposalOnChain(ctx context.Context, governor common.Address, id *big.Int) (Proposal, error) {
	topic := hexsABIs[1].Events["ProposalCreated"].ID // no indexed fields: scan the Governor's events
	logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{governor}, Topics: [][]common.Hash{{topic}}})
	if err != nil {
		return Proposal{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading governor %s's proposals failed: %v.", governor.Hex(), err)
	}
	for _, l := range logs {
		ev, err := governorBinding.UnpackProposalCreatedEvent(&l)
		if err != nil || l.Removed || ev.ProposalId.Cmp(id) != 0 {
			continue
		}
		return Proposal{Targets: ev.Targets, Values: ev.Values, Calldatas: ev.Calldatas, Description: ev.Description}, nil
	}
	return Proposal{}, hokusai.Errorf(hokusai.ENOTFOUND, "Governor %s has no proposal %s; check the proposal id.", governor.Hex(), id)
}
