package sdk

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// A model's DAO: price proposals by members' signed requests, votes signed
// by the voter's wallet and relayed by the server (the voter needs no
// ETH), queueing and execution, and the owner's vesting.

// result is a generated response's value, or the API's error when the
// status carried none.
func result[T any](c *Client, v *T, hr *http.Response, body []byte) (*T, error) {
	if v == nil {
		return nil, c.statusError(hr, body)
	}
	return v, nil
}

// DAO returns a model's Agent, Governor, timelock, parent and price ramp.
func (c *Client) DAO(ctx context.Context, model string) (*api.ModelDAO, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetModelDAOWithResponse(ctx, model)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// ProposePrice proposes, as a member whose wallet is key, that the model's
// price per call ramp to priceMicros micro-USDC over 30 days once passed.
// The server sends the proposal and pays its gas.
func (c *Client) ProposePrice(ctx context.Context, model string, priceMicros int64, description string, key *ecdsa.PrivateKey) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	return c.propose(ctx, id, api.ProposalRequest{PricePerCallMicros: &priceMicros, Description: description}, key)
}

// ProposeTierDiscount proposes, as a member whose wallet is key, that
// tier (basic, batch or enterprise) be discounted by discountBps basis
// points (2500 = 25%; at most 9000) once passed.
func (c *Client) ProposeTierDiscount(ctx context.Context, model, tier string, discountBps int64, description string, key *ecdsa.PrivateKey) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	kind, t := api.ProposalRequestKindTierDiscount, api.ProposalRequestTier(tier)
	return c.propose(ctx, id, api.ProposalRequest{Kind: &kind, Tier: &t, DiscountBps: &discountBps, Description: description}, key)
}

// ProposeEnterprisePrice proposes, as a member whose wallet is key, that
// consumer (the address owning its API keys) pay its own price per call,
// priceMicros micro-USDC (0 removes it), once passed.
func (c *Client) ProposeEnterprisePrice(ctx context.Context, model, consumer string, priceMicros int64, description string, key *ecdsa.PrivateKey) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	kind := api.ProposalRequestKindEnterprise
	return c.propose(ctx, id, api.ProposalRequest{Kind: &kind, Consumer: &consumer, PricePerCallMicros: &priceMicros, Description: description}, key)
}

// propose sends a signed proposal request for model id.
func (c *Client) propose(ctx context.Context, id uint64, body api.ProposalRequest, key *ecdsa.PrivateKey) (*api.Proposal, error) {
	r, err := c.gen.CreateProposalWithResponse(ctx, strconv.FormatUint(id, 10), body, c.SignedBy(signreq.ActionPropose, id, key))
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON201, r.HTTPResponse, r.Body)
}

// Proposal returns a proposal's state, votes, quorum and timepoints.
func (c *Client) Proposal(ctx context.Context, model, proposalID string) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetProposalWithResponse(ctx, model, proposalID)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// Proposals returns one page of a model's proposals, newest first (limit
// 1–100), with their kind, parameters, votes and state; state "" lists
// every state.
func (c *Client) Proposals(ctx context.Context, model, state string, limit, offset int64) (*api.ProposalList, error) {
	if c.err != nil {
		return nil, c.err
	}
	p := &api.ListProposalsParams{Limit: &limit, Offset: &offset}
	if state != "" {
		s := api.ListProposalsParamsState(state)
		p.State = &s
	}
	r, err := c.gen.ListProposalsWithResponse(ctx, model, p)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// Vote signs the voter's ballot (support: for, against or abstain) with
// key and has the server relay it. The ballot's digest is rebuilt here
// from the server's fields and the caller's choice, so the wallet signs
// this vote and nothing else.
func (c *Client) Vote(ctx context.Context, model, proposalID, support string, key *ecdsa.PrivateKey) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	choice, ok := map[string]uint8{"against": 0, "for": 1, "abstain": 2}[support]
	if !ok {
		return nil, hokusai.FieldErrorf("support", "support is for, against or abstain, not %q.", support)
	}
	voter := crypto.PubkeyToAddress(key.PublicKey)
	br, err := c.gen.GetBallotWithResponse(ctx, model, proposalID, &api.GetBallotParams{Voter: voter.Hex(), Support: api.GetBallotParamsSupport(support)})
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	b, err := result(c, br.JSON200, br.HTTPResponse, br.Body)
	if err != nil {
		return nil, err
	}
	pid, okID := new(big.Int).SetString(b.ProposalId, 10)
	nonce, okNonce := new(big.Int).SetString(b.Nonce, 10)
	if !okID || !okNonce || b.ProposalId != proposalID || !common.IsHexAddress(b.Governor) || b.ChainId <= 0 || !strings.EqualFold(b.Voter, voter.Hex()) || string(b.Support) != support {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The server's ballot does not match this vote (%s on %s by %s); not signing it.", support, proposalID, voter.Hex())
	}
	d := signreq.BallotDigest(uint64(b.ChainId), common.HexToAddress(b.Governor), pid, choice, voter, nonce)
	if d.Hex() != b.Digest {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The server's ballot digest %s is not this vote's (%s); not signing it.", b.Digest, d.Hex())
	}
	sig, err := signreq.SignBallot(key, uint64(b.ChainId), common.HexToAddress(b.Governor), pid, choice, nonce)
	if err != nil {
		return nil, err
	}
	r, err := c.gen.CastVoteWithResponse(ctx, model, proposalID, api.VoteRequest{Voter: voter.Hex(), Support: api.VoteRequestSupport(support), Signature: hexutil.Encode(sig)})
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// QueueProposal queues a succeeded proposal in the timelock (the server
// pays the gas).
func (c *Client) QueueProposal(ctx context.Context, model, proposalID string) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.QueueProposalWithResponse(ctx, model, proposalID)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// ExecuteProposal executes a queued proposal whose delay has passed (the
// server pays the gas).
func (c *Client) ExecuteProposal(ctx context.Context, model, proposalID string) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.ExecuteProposalWithResponse(ctx, model, proposalID)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// Vesting returns the owner's vesting: total, released, releasable now
// and locked, in token wei.
func (c *Client) Vesting(ctx context.Context, model string) (*api.Vesting, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetVestingWithResponse(ctx, model)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// ReleaseVesting releases what has vested to the model's owner (the
// server pays the gas); ReleasedNow says how much.
func (c *Client) ReleaseVesting(ctx context.Context, model string) (*api.Vesting, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.ReleaseVestingWithResponse(ctx, model)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// Ledger returns a model's Agent ledger as the server indexed it, with its
// distributed training score.
func (c *Client) Ledger(ctx context.Context, model string) (*api.AgentLedger, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetAgentLedgerWithResponse(ctx, model)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// Members returns one page of a model's members (limit 1–500).
func (c *Client) Members(ctx context.Context, model string, limit, offset int64) (*api.AgentMemberList, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.ListAgentMembersWithResponse(ctx, model, &api.ListAgentMembersParams{Limit: &limit, Offset: &offset})
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// Rate rates the model stars (1–5) as the member whose wallet is key: the
// server's ballot gives the Agent, the member's nonce and a deadline; the
// digest is rebuilt here from them and this rating, signed, and relayed by
// the server, which pays the gas. A later rating replaces the earlier one.
func (c *Client) Rate(ctx context.Context, model string, stars int64, key *ecdsa.PrivateKey) (*api.Rating, error) {
	if c.err != nil {
		return nil, c.err
	}
	if stars < 1 || stars > 5 {
		return nil, hokusai.FieldErrorf("stars", "A rating is 1 to 5 whole stars, not %d.", stars)
	}
	member := crypto.PubkeyToAddress(key.PublicKey)
	br, err := c.gen.GetRatingBallotWithResponse(ctx, model, &api.GetRatingBallotParams{Member: member.Hex(), Stars: stars})
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	b, err := result(c, br.JSON200, br.HTTPResponse, br.Body)
	if err != nil {
		return nil, err
	}
	nonce, ok := new(big.Int).SetString(b.Nonce, 10)
	if !ok || !common.IsHexAddress(b.Agent) || b.ChainId <= 0 || b.Deadline <= 0 || !strings.EqualFold(b.Member, member.Hex()) || b.Stars != stars {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The server's rating ballot does not match this rating (%d stars by %s); not signing it.", stars, member.Hex())
	}
	agent := common.HexToAddress(b.Agent)
	if d := signreq.RatingDigest(uint64(b.ChainId), agent, uint8(stars), member, nonce, uint64(b.Deadline)); d.Hex() != b.Digest {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The server's rating digest %s is not this rating's (%s); not signing it.", b.Digest, d.Hex())
	}
	sig, err := signreq.SignRating(key, uint64(b.ChainId), agent, uint8(stars), nonce, uint64(b.Deadline))
	if err != nil {
		return nil, err
	}
	r, err := c.gen.RateModelWithResponse(ctx, model, api.RatingRequest{Member: member.Hex(), Stars: stars, Deadline: b.Deadline, Signature: hexutil.Encode(sig)})
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// Sale returns whether the model is for sale outright, by whom and for
// how much.
func (c *Client) Sale(ctx context.Context, model string) (*api.Sale, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetSaleWithResponse(ctx, model)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}

// PrepareSale returns the transactions from's wallet signs and sends, in
// order, to list the model for priceMicros micro-USDC (action "list"),
// cancel its listing ("cancel", priceMicros 0) or buy it for at most
// priceMicros ("buy": an USDC approval when needed, then the purchase).
// The market checks the sender, so the server only prepares them.
func (c *Client) PrepareSale(ctx context.Context, model, action, from string, priceMicros int64) (*api.SaleTransactions, error) {
	if c.err != nil {
		return nil, c.err
	}
	body := api.SaleRequest{Action: api.SaleRequestAction(action), From: from}
	switch action {
	case "list":
		body.PriceMicros = &priceMicros
	case "buy":
		body.MaxPriceMicros = &priceMicros
	}
	r, err := c.gen.PrepareSaleWithResponse(ctx, model, body)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	return result(c, r.JSON200, r.HTTPResponse, r.Body)
}
