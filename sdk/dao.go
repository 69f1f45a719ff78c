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

// RewardsProposal is what a rewards proposal sets on the model's
// TokenManager once passed (token wei and wad as *big.Int, like the
// chain's amounts; the API carries them as decimal strings).
type RewardsProposal struct {
	TokensPerDeltaOne *big.Int // token wei minted per whole DeltaOne of improvement, 1 to 2^128 − 1
	MaxReward         *big.Int // the cap per improvement in token wei, 1 to 2^128 − 1
	MintThreshold     *big.Int // DeltaOnes (wad, 10^18 = one) an improvement must reach, below 2^96; nil or 0: one DeltaOne
	ContributorBps    int64    // the contributors' share in basis points, 0 to 10,000; 0: 7,000 (70%)
}

// Check refuses terms the server would refuse, naming the API's field.
func (r RewardsProposal) Check() error {
	for _, f := range []struct {
		name     string
		v        *big.Int
		bits     int
		optional bool
		what     string
	}{
		{"tokens_per_delta_one", r.TokensPerDeltaOne, 128, false, "token wei per whole DeltaOne"},
		{"max_reward", r.MaxReward, 128, false, "the cap per improvement in token wei"},
		{"mint_threshold", r.MintThreshold, 96, true, "DeltaOnes in wad (10^18 = one), 0 for one DeltaOne"},
	} {
		if f.v == nil && f.optional {
			continue
		}
		if f.v == nil || f.v.Sign() < 0 || f.v.BitLen() > f.bits || (!f.optional && f.v.Sign() == 0) {
			got := "nothing"
			if f.v != nil {
				got = f.v.String()
			}
			lo := map[bool]int{true: 0, false: 1}[f.optional]
			return hokusai.FieldErrorf(f.name, "A rewards proposal needs %s: %s, from %d to 2^%d − 1, not %s.", f.name, f.what, lo, f.bits, got)
		}
	}
	if r.ContributorBps < 0 || r.ContributorBps > 10_000 {
		return hokusai.FieldErrorf("contributor_bps", "contributor_bps is the contributors' share from 0 (meaning 7000) to 10000 basis points, not %d.", r.ContributorBps)
	}
	return nil
}

// ProposeRewards proposes, as a member whose wallet is key, the model's
// reward parameters r (TokenManager.setRewardParameters once passed; the
// price and the mint budget stay). r is checked before any request.
func (c *Client) ProposeRewards(ctx context.Context, model string, r RewardsProposal, description string, key *ecdsa.PrivateKey) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	if err := r.Check(); err != nil {
		return nil, err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	kind := api.ProposalRequestKindRewards
	dec := func(v *big.Int) *string { s := v.String(); return &s }
	body := api.ProposalRequest{Kind: &kind, TokensPerDeltaOne: dec(r.TokensPerDeltaOne), MaxReward: dec(r.MaxReward), Description: description}
	if r.MintThreshold != nil {
		body.MintThreshold = dec(r.MintThreshold)
	}
	if r.ContributorBps != 0 {
		body.ContributorBps = &r.ContributorBps
	}
	return c.propose(ctx, id, body, key)
}

// MaxRoyaltyBps is the most a fork's royalty to its parent may be (20%).
const MaxRoyaltyBps = 2000

// CheckRoyalty refuses a royalty proposal's terms the server would refuse
// on their face, naming the API's field; that fork is a fork of the model
// only the server can say.
func CheckRoyalty(fork uint64, bps int64) error {
	if fork < 1 || fork > 1<<32-1 {
		return hokusai.FieldErrorf("fork_id", "A royalty proposal needs fork_id, the id of a fork of this model (1 to 2^32 − 1), not %d.", fork)
	}
	if bps < 0 || bps > MaxRoyaltyBps {
		return hokusai.FieldErrorf("royalty_bps", "A royalty proposal needs royalty_bps from 0 to 2000 (500 = 5%%), not %d.", bps)
	}
	return nil
}

// ProposeRoyalty proposes, as a member of model whose wallet is key, that
// its fork fork pay it bps basis points of the fork's API fees (0 to
// 2,000; 500 by default) once passed (UsageFeeRouter.setRoyalty through
// the parent's timelock). The server refuses a fork of another model.
func (c *Client) ProposeRoyalty(ctx context.Context, model string, fork uint64, bps int64, description string, key *ecdsa.PrivateKey) (*api.Proposal, error) {
	if c.err != nil {
		return nil, c.err
	}
	if err := CheckRoyalty(fork, bps); err != nil {
		return nil, err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	kind, forkID := api.ProposalRequestKindRoyalty, int64(fork)
	return c.propose(ctx, id, api.ProposalRequest{Kind: &kind, ForkId: &forkID, RoyaltyBps: &bps, Description: description}, key)
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
