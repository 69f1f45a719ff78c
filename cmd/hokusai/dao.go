package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"net/http"
	"net/url"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// `hokusai dao` is a model's DAO: its Agent and Governor, price proposals
// made by members, votes signed by the member's wallet and relayed by the
// server (so a member needs no ETH), queueing and execution. `hokusai
// vesting` shows and releases the owner's vesting. Every answer is printed
// as the API's JSON.

func newDAOCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dao",
		Short: "A model's DAO: show it, propose (price, tier discount, enterprise price, rewards, royalty), vote by signature, queue and execute proposals",
	}
	cmd.AddCommand(newDAOShowCmd(g), newDAOProposePriceCmd(g), newDAOProposalCmd(g), newDAOVoteCmd(g),
		newDAOStepCmd(g, "queue", "Queue a succeeded proposal in the timelock (the server pays the gas)"),
		newDAOStepCmd(g, "execute", "Execute a queued proposal once the timelock's delay has passed (the server pays the gas)"),
		newDAOLedgerCmd(g), newDAOMembersCmd(g), newDAOProposalsCmd(g), newDAOProposeTierCmd(g), newDAOProposeEnterpriseCmd(g),
		newDAOProposeRewardsCmd(g), newDAOProposeRoyaltyCmd(g))
	return cmd
}

func daoPath(model, rest string) string {
	return "/v1/models/" + url.PathEscape(model) + rest
}

func newDAOShowCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show MODEL",
		Short: "Show the model's Agent, Governor, timelock, parent and price ramp",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var out oapi.ModelDAO
			if _, err := gatewayCall(cmd.Context(), g, http.MethodGet, daoPath(args[0], "/dao"), "", nil, &out); err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
}

func newDAOProposePriceCmd(g *globals) *cobra.Command {
	var (
		wallet      walletFlags
		price       int64
		description string
	)
	cmd := &cobra.Command{
		Use:   "propose-price MODEL",
		Short: "Propose a new price per call (a member's signed request; the server sends the proposal)",
		Long: `Propose that the model's price per call ramp to --price-micros micro-USDC
(2000 = 0.002 USDC) over 30 days once passed. You must be a member of the
model (its owner, a contributor, or a consumer with a settled call); your
wallet signs the request and the server pays the gas. Voting opens an hour
later and lasts 7 days; then queue it, and execute it a day later.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return proposeWith(cmd, g, &wallet, func(ctx context.Context, c *sdk.Client, k *ecdsa.PrivateKey) (*api.Proposal, error) {
				return c.ProposePrice(ctx, args[0], price, description, k)
			}, nil)
		},
	}
	wallet.register(cmd)
	cmd.Flags().Int64Var(&price, "price-micros", 0, "the new price per call in micro-USDC (2000 = 0.002 USDC)")
	cmd.Flags().StringVar(&description, "description", "", "why (part of the proposal's id)")
	_ = cmd.MarkFlagRequired("price-micros")
	_ = cmd.MarkFlagRequired("description")
	return cmd
}

func newDAOProposalCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "proposal MODEL PROPOSAL_ID",
		Short: "Show a proposal's state, votes, quorum and timepoints",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var out oapi.Proposal
			if _, err := gatewayCall(cmd.Context(), g, http.MethodGet, daoPath(args[0], "/proposals/"+url.PathEscape(args[1])), "", nil, &out); err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
}

func newDAOVoteCmd(g *globals) *cobra.Command {
	var (
		wallet  walletFlags
		support string
	)
	cmd := &cobra.Command{
		Use:   "vote MODEL PROPOSAL_ID",
		Short: "Vote with your wallet's signature; the server relays it and pays the gas",
		Long: `Sign the Governor's EIP-712 ballot (for, against or abstain) with your wallet
and hand it to the server, which sends castVoteBySig: you need no ETH. Your
weight is your tokens' votes at the proposal's snapshot (every holder votes
with its own tokens unless it delegated them).`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c := sdk.New(g.server)
			k, err := wallet.signer(ctx, c)
			if err != nil {
				return err
			}
			out, err := c.Vote(ctx, args[0], args[1], support, k)
			if err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
	wallet.register(cmd)
	cmd.Flags().StringVar(&support, "support", "for", "for, against or abstain")
	return cmd
}

func newDAOStepCmd(g *globals, step, short string) *cobra.Command {
	return &cobra.Command{
		Use:   step + " MODEL PROPOSAL_ID",
		Short: short,
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var out oapi.Proposal
			if _, err := gatewayCall(cmd.Context(), g, http.MethodPost, daoPath(args[0], "/proposals/"+url.PathEscape(args[1])+"/"+step), "", nil, &out); err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
}

func newVestingCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "vesting",
		Short: "The owner's vesting of a model (10% at launch, 90% over 365 days): show it, release what has vested",
	}
	show := &cobra.Command{
		Use:   "show MODEL",
		Short: "Show total, released, releasable now and locked (token wei)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var out oapi.Vesting
			if _, err := gatewayCall(cmd.Context(), g, http.MethodGet, daoPath(args[0], "/vesting"), "", nil, &out); err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
	release := &cobra.Command{
		Use:   "release MODEL",
		Short: "Release what has vested to the model's owner (the server pays the gas)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var out oapi.Vesting
			if _, err := gatewayCall(cmd.Context(), g, http.MethodPost, daoPath(args[0], "/vesting/release"), "", nil, &out); err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
	cmd.AddCommand(show, release)
	return cmd
}

func newDAOLedgerCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "ledger MODEL",
		Short: "Show the model's Agent ledger: members, training shares, ratings, usage and its training score",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var out oapi.AgentLedger
			if _, err := gatewayCall(cmd.Context(), g, http.MethodGet, daoPath(args[0], "/ledger"), "", nil, &out); err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
}

func newDAOMembersCmd(g *globals) *cobra.Command {
	var limit, offset int
	cmd := &cobra.Command{
		Use:   "members MODEL",
		Short: "List the model's members with their training shares and ratings",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var out oapi.AgentMemberList
			q := url.Values{"limit": {fmt.Sprint(limit)}, "offset": {fmt.Sprint(offset)}}
			if _, err := gatewayCall(cmd.Context(), g, http.MethodGet, daoPath(args[0], "/members?"+q.Encode()), "", nil, &out); err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 50, "page size (1–500)")
	cmd.Flags().IntVar(&offset, "offset", 0, "members to skip")
	return cmd
}

func newDAOProposalsCmd(g *globals) *cobra.Command {
	var (
		state         string
		limit, offset int
	)
	cmd := &cobra.Command{
		Use:   "proposals MODEL",
		Short: "List the model's proposals, newest first, with their kind, parameters, votes and state",
		Long: `List the model's DAO proposals as the server indexed them from its Governor:
each with its kind (price, tier_discount, enterprise, rewards, royalty or other)
and parameters, proposer, votes and state now. --state keeps one state
(pending, active, canceled, defeated, succeeded, queued, expired, executed).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var out oapi.ProposalList
			q := url.Values{"limit": {fmt.Sprint(limit)}, "offset": {fmt.Sprint(offset)}}
			if state != "" {
				q.Set("state", state)
			}
			if _, err := gatewayCall(cmd.Context(), g, http.MethodGet, daoPath(args[0], "/proposals?"+q.Encode()), "", nil, &out); err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), out)
		},
	}
	cmd.Flags().StringVar(&state, "state", "", "only proposals in this state")
	cmd.Flags().IntVar(&limit, "limit", 20, "page size (1–100)")
	cmd.Flags().IntVar(&offset, "offset", 0, "proposals to skip")
	return cmd
}

func newDAOProposeTierCmd(g *globals) *cobra.Command {
	var (
		wallet      walletFlags
		tier        string
		bps         int64
		description string
	)
	cmd := &cobra.Command{
		Use:   "propose-tier-discount MODEL",
		Short: "Propose a tier's discount on the price per call (a member's signed request)",
		Long: `Propose that --tier (basic, batch or enterprise) be discounted by
--discount-bps basis points (2500 = 25%, at most 9000) once passed; the
gateway charges batch_predict with the Batch tier's discount (25% until
the DAO changes it). You must be a member; the server pays the gas.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return proposeWith(cmd, g, &wallet, func(ctx context.Context, c *sdk.Client, k *ecdsa.PrivateKey) (*api.Proposal, error) {
				return c.ProposeTierDiscount(ctx, args[0], tier, bps, description, k)
			}, nil)
		},
	}
	wallet.register(cmd)
	cmd.Flags().StringVar(&tier, "tier", "batch", "the tier: basic, batch or enterprise")
	cmd.Flags().Int64Var(&bps, "discount-bps", 0, "the discount in basis points (2500 = 25%)")
	cmd.Flags().StringVar(&description, "description", "", "why (part of the proposal's id)")
	_ = cmd.MarkFlagRequired("discount-bps")
	_ = cmd.MarkFlagRequired("description")
	return cmd
}

func newDAOProposeEnterpriseCmd(g *globals) *cobra.Command {
	var (
		wallet      walletFlags
		consumer    string
		price       int64
		description string
	)
	cmd := &cobra.Command{
		Use:   "propose-enterprise-price MODEL",
		Short: "Propose an Enterprise consumer's own price per call (a member's signed request)",
		Long: `Propose that --consumer (the address owning the consumer's API keys) pay
--price-micros micro-USDC per call for this model once passed (0 removes
its price); the gateway then charges it that price on every tier. You
must be a member; the server pays the gas.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return proposeWith(cmd, g, &wallet, func(ctx context.Context, c *sdk.Client, k *ecdsa.PrivateKey) (*api.Proposal, error) {
				return c.ProposeEnterprisePrice(ctx, args[0], consumer, price, description, k)
			}, nil)
		},
	}
	wallet.register(cmd)
	cmd.Flags().StringVar(&consumer, "consumer", "", "the consumer's 0x address")
	cmd.Flags().Int64Var(&price, "price-micros", 0, "its price per call in micro-USDC (0 removes it)")
	cmd.Flags().StringVar(&description, "description", "", "why (part of the proposal's id)")
	_ = cmd.MarkFlagRequired("consumer")
	_ = cmd.MarkFlagRequired("price-micros")
	_ = cmd.MarkFlagRequired("description")
	return cmd
}

func newDAOProposeRewardsCmd(g *globals) *cobra.Command {
	var (
		wallet                            walletFlags
		perDeltaOne, maxReward, threshold string
		contributorBps                    int64
		description                       string
	)
	cmd := &cobra.Command{
		Use:   "propose-rewards MODEL",
		Short: "Propose the model's reward parameters (a member's signed request)",
		Long: `Propose that the model's TokenManager mint --tokens-per-deltaone tokens per
whole DeltaOne of improvement, at most --max-reward tokens per improvement
(both in tokens, with up to 18 decimals), once passed. --mint-threshold is
the DeltaOnes an improvement must reach (decimals allowed; 0 or absent: one
DeltaOne); --contributor-bps the contributors' share of a reward in basis
points (0 to 10000; 0 or absent: 7000 = 70%). The price and the mint budget
stay as they are. You must be a member; the server pays the gas.

  hokusai dao propose-rewards IRIS --tokens-per-deltaone 1000 --max-reward 250 \
    --mint-threshold 0.5 --contributor-bps 8000 --description "Reward smaller gains." --dev-account 1`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r := sdk.RewardsProposal{ContributorBps: contributorBps}
			var err error
			if r.TokensPerDeltaOne, err = parseTokens("tokens-per-deltaone", perDeltaOne); err != nil {
				return err
			}
			if r.MaxReward, err = parseTokens("max-reward", maxReward); err != nil {
				return err
			}
			if cmd.Flags().Changed("mint-threshold") {
				if r.MintThreshold, err = hokusai.ParseUnits("mint-threshold", threshold, 18); err != nil {
					return err
				}
				if r.MintThreshold.Sign() < 0 {
					return hokusai.FieldErrorf("mint-threshold", "--mint-threshold is DeltaOnes from 0 (meaning one) up, not %q.", threshold)
				}
			}
			if contributorBps < 0 || contributorBps > 10_000 {
				return hokusai.FieldErrorf("contributor-bps", "--contributor-bps is the contributors' share from 0 (meaning 7000) to 10000 basis points, not %d.", contributorBps)
			}
			return proposeWith(cmd, g, &wallet, func(ctx context.Context, c *sdk.Client, k *ecdsa.PrivateKey) (*api.Proposal, error) {
				return c.ProposeRewards(ctx, args[0], r, description, k)
			}, r.Check)
		},
	}
	wallet.register(cmd)
	cmd.Flags().StringVar(&perDeltaOne, "tokens-per-deltaone", "", "tokens minted per whole DeltaOne of improvement (e.g. 1000 or 0.5)")
	cmd.Flags().StringVar(&maxReward, "max-reward", "", "the most tokens one improvement earns")
	cmd.Flags().StringVar(&threshold, "mint-threshold", "", "DeltaOnes an improvement must reach (e.g. 0.5; 0: one)")
	cmd.Flags().Int64Var(&contributorBps, "contributor-bps", 0, "the contributors' share in basis points (0: 7000)")
	cmd.Flags().StringVar(&description, "description", "", "why (part of the proposal's id)")
	_ = cmd.MarkFlagRequired("tokens-per-deltaone")
	_ = cmd.MarkFlagRequired("max-reward")
	_ = cmd.MarkFlagRequired("description")
	return cmd
}

func newDAOProposeRoyaltyCmd(g *globals) *cobra.Command {
	var (
		wallet      walletFlags
		fork        string
		bps         int64
		description string
	)
	cmd := &cobra.Command{
		Use:   "propose-royalty MODEL",
		Short: "Propose the royalty a fork pays this model (a member's signed request)",
		Long: `Propose that --fork (a fork of MODEL, by id or ticker) pay MODEL --bps basis
points of its API fees (0 to 2000; every fork starts at 500 = 5%) once
passed. The royalty is the parent's income, so the proposal goes to the
parent's DAO: MODEL is the parent. You must be a member of MODEL; the
server pays the gas.

  hokusai dao propose-royalty IRIS --fork IRISX --bps 800 --description "8% from IRISX." --dev-account 1`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if bps < 0 || bps > sdk.MaxRoyaltyBps {
				return hokusai.FieldErrorf("bps", "--bps is the fork's royalty from 0 to 2000 basis points (500 = 5%%), not %d.", bps)
			}
			var forkID uint64
			return proposeWith(cmd, g, &wallet, func(ctx context.Context, c *sdk.Client, k *ecdsa.PrivateKey) (*api.Proposal, error) {
				return c.ProposeRoyalty(ctx, args[0], forkID, bps, description, k)
			}, func() error {
				id, err := sdk.New(g.server).ModelID(cmd.Context(), fork)
				if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
					return hokusai.FieldErrorf("fork", "--fork %q is no model here; give the fork's id or ticker (see its parent_id in `hokusai dao show`).", fork)
				} else if err != nil {
					return err
				}
				forkID = id
				return sdk.CheckRoyalty(forkID, bps)
			})
		},
	}
	wallet.register(cmd)
	cmd.Flags().StringVar(&fork, "fork", "", "the fork of MODEL, by id or ticker")
	cmd.Flags().Int64Var(&bps, "bps", 0, "its royalty in basis points of its API fees (500 = 5%, at most 2000)")
	cmd.Flags().StringVar(&description, "description", "", "why (part of the proposal's id)")
	_ = cmd.MarkFlagRequired("fork")
	_ = cmd.MarkFlagRequired("bps")
	_ = cmd.MarkFlagRequired("description")
	return cmd
}

// proposeWith checks a proposal's terms (check, when not nil; before the
// wallet is unlocked), then sends it through the SDK as the wallet's
// signed request and prints it. Every propose-* command goes through it.
func proposeWith(cmd *cobra.Command, g *globals, wallet *walletFlags, send func(context.Context, *sdk.Client, *ecdsa.PrivateKey) (*api.Proposal, error), check func() error) error {
	if check != nil {
		if err := check(); err != nil {
			return err
		}
	}
	ctx := cmd.Context()
	c := sdk.New(g.server)
	k, err := wallet.signer(ctx, c)
	if err != nil {
		return err
	}
	out, err := send(ctx, c, k)
	if err != nil {
		return err
	}
	return writeJSON(cmd.OutOrStdout(), out)
}
