package chain

import (
	"fmt"

	"github.com/hokusai-protocol/hokusai"
)

// describeHexs has the sentences for the Agent, DAO (Governor and timelock),
// market and lineage errors; nil for any other error.
func describeHexs(re *RevertError) *hokusai.Error {
	a := re.Args
	e := func(code, field, format string, args ...any) *hokusai.Error {
		return &hokusai.Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
	}
	switch re.Name {
	case "Unauthorized":
		return e(hokusai.EFORBIDDEN, "", "%s may not do this: a model's DAO settings change only through its timelock (an executed proposal), and protocol records only through the protocol's contracts.", addrArg(a, "caller"))
	case "PriceGovernedByDao":
		return e(hokusai.EFORBIDDEN, "api_fee_rate", "Only model %s's DAO changes its price per call: create a price proposal and have the members vote on it.", bigArg(a, "modelId"))
	case "RewardsGovernedByDao":
		return e(hokusai.EFORBIDDEN, "", "Model %s has minted rewards, so only its DAO changes the reward parameters now: create a proposal.", bigArg(a, "modelId"))
	// ModelAgent
	case "AlreadyInitialized":
		return e(hokusai.ECONFLICT, "", "The model's Agent is already initialised.")
	case "RatingOutOfRange":
		return e(hokusai.EINVALID, "stars", "A rating is 1 to 5 whole stars; %s is not.", bigArg(a, "stars"))
	case "NotMember":
		return e(hokusai.EFORBIDDEN, "", "%s is not a member of the model: members are its owner, its contributors and consumers with a settled call.", addrArg(a, "account"))
	case "RatingSignatureInvalid":
		return e(hokusai.EINVALID, "signature", "The rating's signature is not %s's over these stars, this model's Agent, this chain, the member's current nonce and this deadline (or it was already used); sign again with the nonce the Agent reports.", addrArg(a, "member"))
	case "RatingSignatureExpired":
		return e(hokusai.EINVALID, "deadline", "The signed rating expired at %s (seconds since the epoch); sign again with a later deadline.", bigArg(a, "deadline"))
	case "TierUnknown":
		return e(hokusai.EINVALID, "tier", "Tier %s is unknown; use 0 (Basic), 1 (Batch) or 2 (Enterprise).", bigArg(a, "tier"))
	case "DiscountTooHigh":
		return e(hokusai.EINVALID, "bps", "A tier discount is at most 9000 bps (90%%); %s is too high.", bigArg(a, "bps"))
	// ModelRegistry lineage and sales
	case "NotMarket":
		return e(hokusai.EFORBIDDEN, "", "Only the model market moves a model to a buyer; %s is not the market.", addrArg(a, "caller"))
	case "AlreadyLinked":
		return e(hokusai.ECONFLICT, "", "Model %s already has its Agent and parent recorded.", bigArg(a, "id"))
	case "ParentInvalid":
		return e(hokusai.EINVALID, "parent", "The parent must be an existing model (id %s is not one, or version %s was given without a parent); use MODEL@VERSION of an existing model.", bigArg(a, "parentId"), bigArg(a, "parentVersion"))
	// ModelMarket
	case "NotOwner":
		return e(hokusai.EFORBIDDEN, "", "Only the owner of model %s may list it or cancel its listing; %s is not.", bigArg(a, "modelId"), addrArg(a, "caller"))
	case "ZeroPrice":
		return e(hokusai.EINVALID, "price", "A sale price must be positive.")
	case "NotListed":
		return e(hokusai.ENOTFOUND, "", "Model %s is not for sale (never listed, cancelled, or sold since).", bigArg(a, "modelId"))
	case "PriceAboveMax":
		return e(hokusai.ECONFLICT, "max_price", "The model costs %s, more than the %s you accepted; raise max_price to buy.", usdc(bigArg(a, "price")), usdc(bigArg(a, "maxPrice")))
	case "SelfPurchase":
		return e(hokusai.EINVALID, "", "You already own model %s.", bigArg(a, "modelId"))
	// ModelTimelock
	case "InitializeDisabled":
		return e(hokusai.ECONFLICT, "", "A model's timelock has fixed roles and is never initialised.")
	case "TimelockInsufficientDelay":
		return e(hokusai.EINVALID, "delay", "The timelock delay %s s is below the minimum %s s.", bigArg(a, "delay"), bigArg(a, "minDelay"))
	case "TimelockUnauthorizedCaller":
		return e(hokusai.EFORBIDDEN, "", "Only the timelock itself (an executed proposal) may do this; %s may not.", addrArg(a, "caller"))
	case "TimelockUnexpectedOperationState":
		return e(hokusai.ECONFLICT, "", "The timelocked operation is not ready (its delay has not passed, or it was executed or cancelled); wait and retry.")
	case "TimelockInvalidOperationLength":
		return e(hokusai.EINVALID, "", "A proposal's targets, values and calldatas must have the same length.")
	case "TimelockUnexecutedPredecessor":
		return e(hokusai.ECONFLICT, "", "The operation waits for an earlier one to be executed first.")
	case "AccessControlBadConfirmation":
		return e(hokusai.EINVALID, "", "Only an account itself may renounce its role.")
	case "FailedCall":
		return e(hokusai.ECHAIN, "", "A call the proposal makes failed; the proposal cannot be executed as written.")
	// ModelGovernor
	case "GovernorAlreadyCastVote":
		return e(hokusai.ECONFLICT, "", "%s has already voted on this proposal.", addrArg(a, "voter"))
	case "GovernorDisabledDeposit":
		return e(hokusai.EINVALID, "", "The model's Governor does not accept ETH.")
	case "GovernorInsufficientProposerVotes":
		return e(hokusai.EFORBIDDEN, "", "%s has %s votes, fewer than the %s needed to propose.", addrArg(a, "proposer"), tokens(bigArg(a, "votes")), tokens(bigArg(a, "threshold")))
	case "GovernorInvalidQuorumFraction":
		return e(hokusai.EINVALID, "quorum", "A quorum of %s/%s is invalid; it must be at most the whole supply.", bigArg(a, "quorumNumerator"), bigArg(a, "quorumDenominator"))
	case "GovernorInvalidVoteType":
		return e(hokusai.EINVALID, "support", "A vote is 0 (against), 1 (for) or 2 (abstain).")
	case "GovernorProposalQueueingFailed", "GovernorProposalQueueingNotRequired":
		return e(hokusai.ECONFLICT, "", "Proposal %s cannot be queued.", bigArg(a, "proposalId"))
	case "GovernorAlreadyQueuedProposal":
		return e(hokusai.ECONFLICT, "", "Proposal %s is already queued.", bigArg(a, "proposalId"))
	case "GovernorRestrictedProposer":
		return e(hokusai.EFORBIDDEN, "description", "The description restricts who may submit it; %s may not.", addrArg(a, "proposer"))
	case "GovernorInvalidSignature":
		return e(hokusai.EINVALID, "signature", "The vote signature is not %s's for this ballot and nonce; sign again.", addrArg(a, "voter"))
	case "GovernorInvalidVotingPeriod":
		return e(hokusai.EINVALID, "voting_period", "The voting period must be positive; %s is not.", bigArg(a, "votingPeriod"))
	case "GovernorUnableToCancel":
		return e(hokusai.EFORBIDDEN, "", "%s may not cancel proposal %s: only its proposer, while it is pending.", addrArg(a, "account"), bigArg(a, "proposalId"))
	case "GovernorUnexpectedProposalState":
		return e(hokusai.ECONFLICT, "", "Proposal %s is in state %s (%s), which does not allow this.", bigArg(a, "proposalId"), bigArg(a, "current"), ProposalStateName(uint8(bigArg(a, "current").Uint64())))
	case "GovernorInvalidProposalLength":
		return e(hokusai.EINVALID, "", "A proposal needs at least one call, with as many targets, values and calldatas.")
	case "GovernorInvalidVoteParams":
		return e(hokusai.EINVALID, "", "This Governor takes no vote parameters.")
	case "ERC6372InconsistentClock":
		return e(hokusai.ECHAIN, "", "The token's clock changed; the Governor's clock no longer matches it.")
	case "GovernorNonexistentProposal":
		return e(hokusai.ENOTFOUND, "proposal", "Proposal %s does not exist in this model's DAO.", bigArg(a, "proposalId"))
	case "GovernorOnlyExecutor":
		return e(hokusai.EFORBIDDEN, "", "Only the model's timelock (an executed proposal) may do this; %s may not.", addrArg(a, "account"))
	}
	return nil
}

// ProposalStateName names a Governor proposal state.
func ProposalStateName(s uint8) string {
	names := []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("state %d", s)
}
