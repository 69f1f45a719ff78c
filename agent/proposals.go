package agent

import (
	"context"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// The proposals the indexer keeps: listed by state, and what the chain
// does not say of a proposal (its kind, parameters and calls).

// clock is the token's clock now (hours since the epoch): the head block's
// time, or the wall clock when the chain does not answer.
func (a *API) clock(ctx context.Context) uint64 {
	if h, err := a.Client.Backend.HeaderByNumber(ctx, nil); err == nil && h != nil {
		return h.Time / 3600
	}
	return uint64(time.Now().Unix()) / 3600
}

// indexed returns the indexed proposal, or nil when it is not indexed (or
// the server keeps no index).
func (a *API) indexed(ctx context.Context, modelID uint64, id *big.Int) (*hokusai.IndexedProposal, error) {
	if a.Proposals == nil {
		return nil, nil
	}
	p, err := a.Proposals.FindProposal(ctx, modelID, id)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil, nil
	}
	return p, err
}

// withIndex adds what the index knows of p to out: its kind, parameters,
// description and calls.
func (a *API) withIndex(out *oapi.Proposal, p *hokusai.IndexedProposal, agentAddr common.Address) {
	kind, params := chain.DecodeProposal(p.Calls, a.Manager, agentAddr)
	if royalty, ok := chain.DecodeRoyalty(p.Calls, a.Router); ok && a.Router != (common.Address{}) {
		kind, params = chain.KindRoyalty, royalty
	}
	k := oapi.ProposalKind(kind)
	desc, block := p.Description, int64(p.Block)
	calls := make([]struct {
		Data   string `json:"data"`
		Target string `json:"target"`
		Value  string `json:"value"`
	}, len(p.Calls))
	for i, c := range p.Calls {
		v := "0"
		if c.Value != nil {
			v = c.Value.String()
		}
		calls[i].Data, calls[i].Target, calls[i].Value = hexutil.Encode(c.Data), c.Target, v
	}
	out.Kind, out.Params, out.Description, out.Calls, out.CreatedBlock = &k, &params, &desc, &calls, &block
}

// withQuorum fills in the quorum of the listed proposals the index has none
// for yet (nobody voted) whose snapshot is past (clock > snapshot, when the
// Governor fixes it): one chain read each, for the page being returned
// only (at most 100), recorded in the index so the next read is free. A
// pending proposal's quorum is not known yet and stays empty; a read that
// fails leaves it empty too, for the next request to try again.
func (a *API) withQuorum(ctx context.Context, ps []*hokusai.IndexedProposal, clock uint64) {
	for _, p := range ps {
		if p.Quorum != nil || clock <= p.VoteStart || !common.IsHexAddress(p.Governor) {
			continue
		}
		q, err := a.Client.QuorumAt(ctx, common.HexToAddress(p.Governor), p.VoteStart)
		if err != nil {
			a.warn("proposal quorum not read", "model", p.ModelID, "proposal", p.ID, "err", err)
			continue
		}
		p.Quorum = q
		a.recordQuorum(ctx, p.ModelID, p.ID, q)
	}
}

// recordQuorum keeps a proposal's quorum in the index; failing to keep it
// costs a chain read next time, not this answer.
func (a *API) recordQuorum(ctx context.Context, modelID uint64, id, q *big.Int) {
	if a.Proposals == nil {
		return
	}
	if err := a.Proposals.RecordProposalQuorum(ctx, modelID, id, q); err != nil {
		a.warn("proposal quorum not recorded", "model", modelID, "proposal", id, "err", err)
	}
}

func (a *API) warn(msg string, args ...any) {
	if a.Log != nil {
		a.Log.Warn(msg, args...)
	}
}

// fromIndex is what the index alone says of p at clock.
func (a *API) fromIndex(p *hokusai.IndexedProposal, clock uint64, agentAddr common.Address) oapi.Proposal {
	out := oapi.Proposal{
		Id: p.ID.String(), ModelId: int64(p.ModelID), Governor: p.Governor, Proposer: p.Proposer,
		State: oapi.ProposalState(p.State(clock)), Snapshot: int64(p.VoteStart), Deadline: int64(p.VoteEnd), Eta: int64(min(p.ETA, 1<<62)),
	}
	out.Votes.For, out.Votes.Against, out.Votes.Abstain = p.For.String(), p.Against.String(), p.Abstain.String()
	if p.Quorum != nil {
		out.Votes.Quorum = p.Quorum.String()
	}
	a.withIndex(&out, p, agentAddr)
	return out
}

func (a *API) handleProposals(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	if err := onlyQuery(r, "state", "limit", "offset"); err != nil {
		return err
	}
	limit, err := pageParam(r, "limit", 20, 1, 100)
	if err != nil {
		return err
	}
	offset, err := pageParam(r, "offset", 0, 0, 2147483647)
	if err != nil {
		return err
	}
	f := hokusai.ProposalFilter{State: r.URL.Query().Get("state"), Limit: int(limit), Offset: int(offset)}
	if err := hokusai.CheckProposalFilter(f); err != nil {
		return err
	}
	m, err := hhttp.FindModel(ctx, a.Models, r.PathValue("id"))
	if err != nil {
		return err
	}
	f.ModelID, f.Clock = m.ID, a.clock(ctx)
	out := oapi.ProposalList{Data: []oapi.Proposal{}, Limit: limit, Offset: offset, Clock: int64(f.Clock)}
	if a.Proposals == nil {
		return hhttp.WriteJSON(w, http.StatusOK, out)
	}
	ps, total, err := a.Proposals.FindProposals(ctx, f)
	if err != nil {
		return err
	}
	var agentAddr common.Address
	if len(ps) > 0 {
		// The Agent only tells a tier or Enterprise proposal from another
		// contract's alike call; without the chain they read as other.
		if d, err := a.Client.ModelDAO(ctx, a.Registry, m.ID); err == nil {
			agentAddr = d.Agent
		}
	}
	out.Total = total
	a.withQuorum(ctx, ps, f.Clock)
	for _, p := range ps {
		out.Data = append(out.Data, a.fromIndex(p, f.Clock, agentAddr))
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

// sentProposal is what the index will hold of p, created by rc.
func sentProposal(p chain.Proposal, rc *types.Receipt) *hokusai.IndexedProposal {
	ip := &hokusai.IndexedProposal{Description: p.Description}
	if rc != nil && rc.BlockNumber != nil {
		ip.Block = rc.BlockNumber.Uint64()
	}
	for i, t := range p.Targets {
		ip.Calls = append(ip.Calls, hokusai.ProposalCall{Target: t.Hex(), Value: p.Values[i], Data: p.Calldatas[i]})
	}
	return ip
}
