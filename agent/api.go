// Package agent serves each model's Agent and DAO over REST: price
// proposals made by members' signed requests, votes signed by members'
// wallets, queueing and execution through the timelock, and the owner's
// vesting. The platform relays every transaction through its transaction
// manager (the chain.Client's Txs) and pays its gas, so a member without
// ETH takes part.
package agent

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/relay"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// MaxBody bounds a request body of these routes: a proposal's description
// (at most 2,000 characters) or a vote.
const MaxBody = 16 << 10

// API serves the routes tagged dao in the OpenAPI document.
type API struct {
	Models   hokusai.ModelService
	Client   *chain.Client // its Txs is the platform's transaction manager
	Registry common.Address
	Manager  common.Address    // the TokenManager whose price the DAO governs
	Router   common.Address    // the fee router whose fork royalties parents' DAOs govern
	Market   common.Address    // the ModelMarket models are sold on; zero: no sales
	USDC     common.Address    // the USDC a buyer pays with
	Platform *ecdsa.PrivateKey // relays proposals, votes, queueing, execution and releases
	Signed   *signreq.Verifier
	// Ledger is the Agents' ledger the indexer keeps.
	Ledger hokusai.AgentLedgerService
	// Proposals is the DAO proposals the indexer keeps; nil lists none.
	Proposals hokusai.ProposalService
	// Relay bounds what the platform relays; nil relays without limits.
	Relay *relay.Relay
	Log   *slog.Logger
}

// Routes lists the patterns Register serves.
var Routes = []string{
	"GET /v1/models/{id}/dao",
	"GET /v1/models/{id}/proposals",
	"POST /v1/models/{id}/proposals",
	"GET /v1/models/{id}/proposals/{proposal_id}",
	"GET /v1/models/{id}/proposals/{proposal_id}/ballot",
	"POST /v1/models/{id}/proposals/{proposal_id}/votes",
	"POST /v1/models/{id}/proposals/{proposal_id}/queue",
	"POST /v1/models/{id}/proposals/{proposal_id}/execute",
	"GET /v1/models/{id}/vesting",
	"POST /v1/models/{id}/vesting/release",
	"GET /v1/models/{id}/ledger",
	"GET /v1/models/{id}/members",
	"GET /v1/models/{id}/ratings/ballot",
	"POST /v1/models/{id}/ratings",
	"GET /v1/models/{id}/sale",
	"POST /v1/models/{id}/sale/transactions",
}

// Register adds the routes to s.
func (a *API) Register(s *hhttp.Server) {
	h := map[string]func(http.ResponseWriter, *http.Request) error{
		"GET /v1/models/{id}/dao":                              a.handleDAO,
		"GET /v1/models/{id}/proposals":                        a.handleProposals,
		"POST /v1/models/{id}/proposals":                       a.handlePropose,
		"GET /v1/models/{id}/proposals/{proposal_id}":          a.handleProposal,
		"GET /v1/models/{id}/proposals/{proposal_id}/ballot":   a.handleBallot,
		"POST /v1/models/{id}/proposals/{proposal_id}/votes":   a.handleVote,
		"POST /v1/models/{id}/proposals/{proposal_id}/queue":   a.handleQueue,
		"POST /v1/models/{id}/proposals/{proposal_id}/execute": a.handleExecute,
		"GET /v1/models/{id}/vesting":                          a.handleVesting,
		"POST /v1/models/{id}/vesting/release":                 a.handleRelease,
		"GET /v1/models/{id}/ledger":                           a.handleLedger,
		"GET /v1/models/{id}/members":                          a.handleMembers,
		"GET /v1/models/{id}/ratings/ballot":                   a.handleRatingBallot,
		"POST /v1/models/{id}/ratings":                         a.handleRate,
		"GET /v1/models/{id}/sale":                             a.handleSale,
		"POST /v1/models/{id}/sale/transactions":               a.handlePrepareSale,
	}
	for _, p := range Routes {
		f := h[p]
		if f == nil {
			panic("agent: no handler for " + p) // Routes and the map above disagree
		}
		s.HandleAPI(p, a.Log, f)
	}
}

// dao finds the model in the path and its DAO on the chain.
func (a *API) dao(ctx context.Context, r *http.Request) (*hokusai.Model, *chain.ModelDAO, error) {
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return nil, nil, err
	}
	d, err := a.Client.ModelDAO(ctx, a.Registry, m.ID)
	if err != nil {
		return nil, nil, unavailable(err)
	}
	return m, d, nil
}

// relayDAO is dao for a route the platform relays: the relay's limits are
// looked at after the model is found and before the chain is read.
func (a *API) relayDAO(ctx context.Context, r *http.Request, route, who string) (*hokusai.Model, *chain.ModelDAO, error) {
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return nil, nil, err
	}
	if err := a.Relay.Check(ctx, route, m.ID, who); err != nil {
		return nil, nil, err
	}
	d, err := a.Client.ModelDAO(ctx, a.Registry, m.ID)
	if err != nil {
		return nil, nil, unavailable(err)
	}
	return m, d, nil
}

// unavailable keeps domain errors and turns a failed chain read into a 503.
func unavailable(err error) error {
	if hokusai.ErrorCode(err) != hokusai.EINTERNAL {
		return err
	}
	return hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain cannot be read now (%v); retry shortly.", err)
}

func (a *API) handleDAO(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, d, err := a.dao(ctx, r)
	if err != nil {
		return err
	}
	price, err := a.Client.PricePerCall(ctx, a.Manager, m.ID)
	if err != nil {
		return unavailable(err)
	}
	ramp, err := a.Client.PriceRamp(ctx, a.Manager, m.ID)
	if err != nil {
		return unavailable(err)
	}
	out := oapi.ModelDAO{
		ModelId: int64(m.ID), Agent: d.Agent.Hex(), Governor: d.Governor.Hex(), Timelock: d.Timelock.Hex(),
		ChainId: int64(a.Client.ChainID), PricePerCallMicros: price.Int64(),
		PriceRamp: oapi.PriceRamp{FromMicros: int64(ramp.From), ToMicros: int64(ramp.To), Start: ramp.Start.Int64(), End: ramp.End.Int64()},
	}
	if d.ParentID != 0 {
		pid, pv := int64(d.ParentID), int64(d.ParentVersion)
		out.ParentId, out.ParentVersion = &pid, &pv
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

// proposalID parses the {proposal_id} path value: a decimal uint256.
func proposalID(r *http.Request) (*big.Int, error) {
	s := r.PathValue("proposal_id")
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() < 0 || id.BitLen() > 256 || len(s) > 78 || strings.Trim(s, "0123456789") != "" {
		return nil, hokusai.FieldErrorf("proposal_id", "The proposal id must be a decimal number below 2^256, as createProposal returned it; %q is not.", hokusai.Excerpt(s))
	}
	return id, nil
}

// proposal is what the API says of a proposal after tx (nil: none sent).
func (a *API) proposal(ctx context.Context, m *hokusai.Model, d *chain.ModelDAO, id *big.Int, tx *types.Receipt) (*oapi.Proposal, error) {
	p, err := a.Client.ProposalInfo(ctx, d.Governor, id)
	if err != nil {
		return nil, unavailable(err)
	}
	out := &oapi.Proposal{
		Id: id.String(), ModelId: int64(m.ID), Governor: d.Governor.Hex(),
		State: oapi.ProposalState(chain.ProposalStateName(p.State)), Proposer: p.Proposer.Hex(),
		Snapshot: int64(p.Snapshot), Deadline: int64(p.Deadline), Eta: int64(p.ETA),
	}
	out.Votes.For, out.Votes.Against, out.Votes.Abstain, out.Votes.Quorum = p.For.String(), p.Against.String(), p.Abstain.String(), p.Quorum.String()
	if tx != nil {
		h := tx.TxHash.Hex()
		out.TxHash = &h
	}
	if ip, err := a.indexed(ctx, m.ID, id); err == nil && ip != nil {
		a.withIndex(out, ip, d.Agent)
		// Past the snapshot the chain's quorum is the fixed one: the index
		// keeps it for a proposal nobody voted on yet.
		if ip.Quorum == nil && p.Snapshot < p.Clock && p.Quorum != nil {
			a.recordQuorum(ctx, m.ID, id, p.Quorum)
		}
		// The timelock forgets an executed proposal's ETA; the index keeps it.
		if out.Eta == 0 && ip.ETA != 0 && p.State == chain.ProposalExecuted {
			out.Eta = int64(min(ip.ETA, 1<<62))
		}
	}
	return out, nil
}

func (a *API) handleProposal(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := proposalID(r)
	if err != nil {
		return err
	}
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	var p *oapi.Proposal
	d, err := a.Client.ModelDAO(ctx, a.Registry, m.ID)
	if err == nil {
		p, err = a.proposal(ctx, m, d, id, nil)
	}
	if err != nil && hokusai.ErrorCode(unavailable(err)) == hokusai.EUNAVAILABLE {
		// The chain cannot answer: the index can, for a proposal it holds.
		if ip, ierr := a.indexed(ctx, m.ID, id); ierr == nil && ip != nil {
			out := a.fromIndex(ip, uint64(time.Now().Unix())/3600, common.Address{})
			return hhttp.WriteJSON(w, http.StatusOK, out)
		}
	}
	if err != nil {
		return unavailable(err)
	}
	return hhttp.WriteJSON(w, http.StatusOK, p)
}

func (a *API) handlePropose(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	signer, sreq, err := a.Signed.Authenticate(r, signreq.ActionPropose, m.ID)
	if err != nil {
		return err
	}
	body, err := sreq.ReadBody(r.Body, MaxBody)
	if err != nil {
		return err
	}
	var req oapi.ProposalRequest
	if err := decodeStrict(body, &req); err != nil {
		return err
	}
	spec, err := parseProposal(req)
	if err != nil {
		return err
	}
	if n := len([]rune(req.Description)); n < 1 || n > 2000 || strings.TrimSpace(req.Description) == "" {
		return hokusai.FieldErrorf("description", "Say why in 1 to 2,000 characters; the description is part of the proposal's id.")
	}
	if err := a.Relay.Check(ctx, relay.RoutePropose, m.ID, signer.Hex()); err != nil {
		return err
	}
	d, err := a.Client.ModelDAO(ctx, a.Registry, m.ID)
	if err != nil {
		return unavailable(err)
	}
	member, err := a.Client.IsMember(ctx, d.Agent, signer)
	if err != nil {
		return unavailable(err)
	}
	if !member {
		return hokusai.Errorf(hokusai.EFORBIDDEN, "%s is not a member of model %d: proposals come from its owner, its contributors and consumers with a settled call.", signer.Hex(), m.ID)
	}
	if spec.kind == chain.KindRoyalty {
		// The royalty is this model's income: its DAO sets it for its own forks only.
		fork, err := a.Client.ModelDAO(ctx, a.Registry, spec.fork)
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND || (err == nil && fork.ParentID != m.ID) {
			return hokusai.FieldErrorf("fork_id", "Model %d is not a fork of model %d; a royalty proposal goes to the parent's DAO (see the fork's parent_id).", spec.fork, m.ID)
		} else if err != nil {
			return unavailable(err)
		}
	}
	p := spec.build(a.Manager, d.Agent, a.Router, m.ID)
	id := p.ProposalID()
	if _, err := a.Client.ProposalState(ctx, d.Governor, id); err == nil {
		return hokusai.Errorf(hokusai.ECONFLICT, "Proposal %s with these terms and description already exists; change the description to propose again.", id)
	}
	tx := chain.ProposeTx(d.Governor, p)
	tx.IdempotencyKey = "propose:" + d.Governor.Hex() + ":" + id.String()
	rc, err := a.Relay.Send(ctx, a.Client, a.Platform, relay.RoutePropose, m.ID, signer.Hex(), tx)
	if err != nil {
		return err
	}
	out, err := a.proposal(ctx, m, d, id, rc)
	if err != nil {
		return err
	}
	if out.Kind == nil { // not indexed yet: what was proposed is known
		a.withIndex(out, sentProposal(p, rc), d.Agent)
	}
	return hhttp.WriteJSON(w, http.StatusCreated, out)
}

// parseSupport maps against, for and abstain to the Governor's choices.
func parseSupport(s string) (uint8, error) {
	switch s {
	case "against":
		return chain.VoteAgainst, nil
	case "for":
		return chain.VoteFor, nil
	case "abstain":
		return chain.VoteAbstain, nil
	}
	return 0, hokusai.FieldErrorf("support", "support is against, for or abstain, not %q.", hokusai.Excerpt(s))
}

func parseAddress(field, s string) (common.Address, error) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") || len(s) != 42 {
		return common.Address{}, hokusai.FieldErrorf(field, "%s must be an address (0x and 40 hex digits), not %q.", field, hokusai.Excerpt(s))
	}
	return common.HexToAddress(s), nil
}

func (a *API) handleBallot(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := proposalID(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	for k := range q {
		if k != "voter" && k != "support" {
			return hokusai.FieldErrorf(k, "Unknown query parameter %q; this route takes voter and support.", hokusai.Excerpt(k))
		}
	}
	voter, err := parseAddress("voter", q.Get("voter"))
	if err != nil {
		return err
	}
	support, err := parseSupport(q.Get("support"))
	if err != nil {
		return err
	}
	_, d, err := a.dao(ctx, r)
	if err != nil {
		return err
	}
	if _, err := a.Client.ProposalState(ctx, d.Governor, id); err != nil {
		return unavailable(err)
	}
	nonce, err := a.Client.VoteNonce(ctx, d.Governor, voter)
	if err != nil {
		return unavailable(err)
	}
	digest := chain.BallotDigest(a.Client.ChainID, d.Governor, id, support, voter, nonce)
	return hhttp.WriteJSON(w, http.StatusOK, oapi.Ballot{
		ChainId: int64(a.Client.ChainID), Governor: d.Governor.Hex(), ProposalId: id.String(),
		Support: oapi.BallotSupport(q.Get("support")), Voter: voter.Hex(), Nonce: nonce.String(), Digest: digest.Hex(),
	})
}

func (a *API) handleVote(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := proposalID(r)
	if err != nil {
		return err
	}
	body, err := readBody(r)
	if err != nil {
		return err
	}
	var req oapi.VoteRequest
	if err := decodeStrict(body, &req); err != nil {
		return err
	}
	voter, err := parseAddress("voter", req.Voter)
	if err != nil {
		return err
	}
	support, err := parseSupport(string(req.Support))
	if err != nil {
		return err
	}
	sig, err := hexutil.Decode(req.Signature)
	if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return hokusai.FieldErrorf("signature", "The signature must be 65 bytes r||s||v in hex (0x and 130 digits, v 27 or 28), as a wallet signs the ballot's digest.")
	}
	m, d, err := a.relayDAO(ctx, r, relay.RouteVote, voter.Hex())
	if err != nil {
		return err
	}
	if _, err := a.Client.ProposalState(ctx, d.Governor, id); err != nil {
		return unavailable(err)
	}
	nonce, err := a.Client.VoteNonce(ctx, d.Governor, voter)
	if err != nil {
		return unavailable(err)
	}
	// Check the signature here, so a wrong one costs the platform no gas.
	digest := chain.BallotDigest(a.Client.ChainID, d.Governor, id, support, voter, nonce)
	rs := append([]byte(nil), sig...)
	rs[64] -= 27
	pub, err := crypto.SigToPub(digest.Bytes(), rs)
	if err != nil || crypto.PubkeyToAddress(*pub) != voter {
		return hokusai.FieldErrorf("signature", "The signature is not %s's ballot for proposal %s, support %s and nonce %s; fetch the ballot (GET …/ballot) and sign its digest again.", voter.Hex(), id, req.Support, nonce)
	}
	tx := chain.CastVoteBySigTx(d.Governor, id, support, voter, sig)
	tx.IdempotencyKey = fmt.Sprintf("vote:%s:%s:%s:%s", d.Governor.Hex(), id, voter.Hex(), nonce)
	rc, err := a.Relay.Send(ctx, a.Client, a.Platform, relay.RouteVote, m.ID, voter.Hex(), tx)
	if err != nil {
		return err
	}
	out, err := a.proposal(ctx, m, d, id, rc)
	if err != nil {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

func (a *API) handleQueue(w http.ResponseWriter, r *http.Request) error {
	return a.advance(w, r, "queue", chain.QueueCallsTx)
}

func (a *API) handleExecute(w http.ResponseWriter, r *http.Request) error {
	return a.advance(w, r, "execute", chain.ExecuteCallsTx)
}

// advance queues or executes a proposal; the Governor decides whether it
// may, and its refusal (a decoded revert, before anything is sent) is 409.
func (a *API) advance(w http.ResponseWriter, r *http.Request, step string, build func(common.Address, chain.Proposal) chain.Tx) error {
	ctx := r.Context()
	id, err := proposalID(r)
	if err != nil {
		return err
	}
	if err := noBody(r); err != nil {
		return err
	}
	m, d, err := a.relayDAO(ctx, r, step, "")
	if err != nil {
		return err
	}
	if _, err := a.Client.ProposalState(ctx, d.Governor, id); err != nil {
		return unavailable(err)
	}
	// The Governor keeps no copy of a proposal's calls: queue and execute
	// take them again, from the index, or else from the Governor's
	// ProposalCreated event.
	var p chain.Proposal
	if ip, err := a.indexed(ctx, m.ID, id); err != nil {
		return err
	} else if ip != nil {
		p = chain.ProposalOf(ip)
	} else if p, err = a.Client.ProposalOnChain(ctx, d.Governor, id); err != nil {
		return unavailable(err)
	}
	tx := build(d.Governor, p)
	tx.IdempotencyKey = step + ":" + d.Governor.Hex() + ":" + id.String()
	rc, err := a.Relay.Send(ctx, a.Client, a.Platform, step, m.ID, "", tx)
	if err != nil {
		return err
	}
	out, err := a.proposal(ctx, m, d, id, rc)
	if err != nil {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

func (a *API) vesting(ctx context.Context, m *hokusai.Model) (common.Address, *chain.VestingInfo, error) {
	if !common.IsHexAddress(m.Vesting) || common.HexToAddress(m.Vesting) == (common.Address{}) {
		return common.Address{}, nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d has no owner vesting.", m.ID)
	}
	addr := common.HexToAddress(m.Vesting)
	v, err := a.Client.Vesting(ctx, addr)
	if err != nil {
		return addr, nil, unavailable(err)
	}
	return addr, v, nil
}

func vestingOut(m *hokusai.Model, addr common.Address, v *chain.VestingInfo) oapi.Vesting {
	return oapi.Vesting{
		ModelId: int64(m.ID), Vesting: addr.Hex(), Beneficiary: v.Beneficiary.Hex(),
		Total: v.Total.String(), Released: v.Released.String(), Releasable: v.Releasable.String(), Locked: v.Locked.String(),
	}
}

func (a *API) handleVesting(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	addr, v, err := a.vesting(ctx, m)
	if err != nil {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, vestingOut(m, addr, v))
}

func (a *API) handleRelease(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	if err := noBody(r); err != nil {
		return err
	}
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	if err := a.Relay.Check(ctx, relay.RouteRelease, m.ID, ""); err != nil {
		return err
	}
	addr, before, err := a.vesting(ctx, m)
	if err != nil {
		return err
	}
	if before.Releasable.Sign() == 0 {
		return hokusai.Errorf(hokusai.ECONFLICT, "Nothing of model %d's vesting is releasable now (%s token wei locked); it vests linearly, so retry later.", m.ID, before.Locked)
	}
	// One release per released total: a retried request sends nothing twice.
	tx := chain.ReleaseVestingTx(addr)
	tx.IdempotencyKey = "release:" + addr.Hex() + ":" + before.Released.String()
	rc, err := a.Relay.Send(ctx, a.Client, a.Platform, relay.RouteRelease, m.ID, "", tx)
	if err != nil {
		return err
	}
	_, after, err := a.vesting(ctx, m)
	if err != nil {
		return err
	}
	out := vestingOut(m, addr, after)
	now, h := new(big.Int).Sub(after.Released, before.Released).String(), rc.TxHash.Hex()
	out.ReleasedNow, out.TxHash = &now, &h
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

// readBody reads at most MaxBody bytes.
func readBody(r *http.Request) ([]byte, error) {
	if r.ContentLength > MaxBody {
		return nil, hhttp.BodyTooLarge(MaxBody)
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, MaxBody+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxBody {
		return nil, hhttp.BodyTooLarge(MaxBody)
	}
	return b, nil
}

// noBody refuses a body on a route that takes none.
func noBody(r *http.Request) error {
	b, err := readBody(r)
	if err != nil {
		return err
	}
	if len(strings.TrimSpace(string(b))) > 0 {
		return hokusai.FieldErrorf("body", "This request takes no body; send it empty.")
	}
	return nil
}

// decodeStrict decodes one JSON object with no unknown fields.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return hokusai.FieldErrorf("body", "The body must be one JSON object of the documented fields: %v.", err)
	}
	if dec.More() {
		return hokusai.FieldErrorf("body", "The body must hold one JSON object, and nothing after it.")
	}
	return nil
}
