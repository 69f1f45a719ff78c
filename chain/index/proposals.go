package index

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

var (
	governorB = bindings.NewModelGovernor()
	tokenB    = bindings.NewModelToken()
)

// Proposals copies every model's DAO proposals (created, votes, queued,
// executed, canceled) into a hokusai.ProposalService. Governors are
// clones created with their models, so it asks for these events from any
// contract and keeps those whose emitter is the Governor of the model
// whose token the emitter votes with; a reorganisation undoes the events
// after the common block.
type Proposals struct {
	Client    *chain.Client
	Registry  common.Address
	Proposals hokusai.ProposalService

	mu        sync.Mutex
	governors map[common.Address]uint64 // checked emitters: model id, 0 for not a Governor
	quorums   map[string]*big.Int       // governor/proposal: quorum at its snapshot
}

var _ Handler = (*Proposals)(nil)

// Name is "proposals".
func (h *Proposals) Name() string { return "proposals" }

// Filter is the Governor's proposal and vote events, from any address.
func (h *Proposals) Filter() Filter {
	ev := governorB.GetABI().Events
	return Filter{AnyAddress: true, Topics: []common.Hash{
		ev["ProposalCreated"].ID, ev["VoteCast"].ID, ev["VoteCastWithParams"].ID,
		ev["ProposalQueued"].ID, ev["ProposalExecuted"].ID, ev["ProposalCanceled"].ID,
	}}
}

// modelOf returns the model whose Governor addr is, or 0 when it is no
// model's: the emitter's token's symbol is a ticker in the registry, and
// that model's Agent names addr as its Governor.
func (h *Proposals) modelOf(ctx context.Context, addr common.Address) (uint64, error) {
	h.mu.Lock()
	id, ok := h.governors[addr]
	h.mu.Unlock()
	if ok {
		return id, nil
	}
	call := func(to common.Address, data []byte) ([]byte, bool, error) {
		out, err := h.Client.Backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err == nil {
			return out, true, nil
		}
		if _, reverted := ethclient.RevertErrorData(err); reverted || strings.Contains(err.Error(), "execution reverted") {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("governor %s: %w", addr.Hex(), err) // the node blinked: retried, not cached
	}
	id, err := func() (uint64, error) {
		out, ok, err := call(addr, governorB.PackToken())
		if !ok {
			return 0, err
		}
		token, err := governorB.UnpackToken(out)
		if err != nil {
			return 0, nil
		}
		if out, ok, err = call(token, tokenB.PackSymbol()); !ok {
			return 0, err
		}
		symbol, err := tokenB.UnpackSymbol(out)
		if err != nil {
			return 0, nil
		}
		reg := bindings.NewModelRegistry()
		if out, ok, err = call(h.Registry, reg.PackModelIdByTicker(symbol)); !ok {
			return 0, err
		}
		mid, err := reg.UnpackModelIdByTicker(out)
		if err != nil || !mid.IsUint64() || mid.Sign() == 0 {
			return 0, nil
		}
		d, err := h.Client.ModelDAO(ctx, h.Registry, mid.Uint64())
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		if d.Governor != addr {
			return 0, nil
		}
		return mid.Uint64(), nil
	}()
	if err != nil {
		return 0, err
	}
	h.mu.Lock()
	if h.governors == nil {
		h.governors = map[common.Address]uint64{}
	}
	h.governors[addr] = id
	h.mu.Unlock()
	return id, nil
}

// quorum reads the votes a proposal needs, at its snapshot; votes are
// cast after the snapshot, so it is known by then and never changes.
func (h *Proposals) quorum(ctx context.Context, governor common.Address, id *big.Int) (*big.Int, error) {
	key := governor.Hex() + "/" + id.String()
	h.mu.Lock()
	q := h.quorums[key]
	h.mu.Unlock()
	if q != nil {
		return q, nil
	}
	call := func(data []byte) ([]byte, error) {
		return h.Client.Backend.CallContract(ctx, ethereum.CallMsg{To: &governor, Data: data}, nil)
	}
	out, err := call(governorB.PackProposalSnapshot(id))
	if err != nil {
		return nil, fmt.Errorf("proposal %s snapshot: %w", id, err)
	}
	snap, err := governorB.UnpackProposalSnapshot(out)
	if err != nil {
		return nil, fmt.Errorf("proposal %s snapshot: %w", id, err)
	}
	if out, err = call(governorB.PackQuorum(snap)); err != nil {
		return nil, fmt.Errorf("proposal %s quorum: %w", id, err)
	}
	if q, err = governorB.UnpackQuorum(out); err != nil {
		return nil, fmt.Errorf("proposal %s quorum: %w", id, err)
	}
	h.mu.Lock()
	if h.quorums == nil || len(h.quorums) > 10_000 {
		h.quorums = map[string]*big.Int{}
	}
	h.quorums[key] = q
	h.mu.Unlock()
	return q, nil
}

// Apply records the block's Governor events.
func (h *Proposals) Apply(ctx context.Context, block hokusai.Block, logs []types.Log) error {
	var events []hokusai.ProposalEvent
	ev := governorB.GetABI().Events
	for i := range logs {
		l := &logs[i]
		id, err := h.modelOf(ctx, l.Address)
		if err != nil {
			return err
		}
		if id == 0 {
			continue
		}
		e := hokusai.ProposalEvent{ModelID: id, Block: l.BlockNumber, LogIndex: uint64(l.Index)}
		var vote *bindings.ModelGovernorVoteCast
		switch l.Topics[0] {
		case ev["ProposalCreated"].ID:
			c, err := governorB.UnpackProposalCreatedEvent(l)
			if err != nil {
				return fmt.Errorf("proposal event in tx %s: %w", l.TxHash.Hex(), err)
			}
			e.Kind, e.ProposalID, e.Governor, e.Proposer, e.Description = hokusai.ProposalCreated, c.ProposalId, l.Address.Hex(), c.Proposer.Hex(), c.Description
			e.VoteStart, e.VoteEnd = uint64Of(c.VoteStart), uint64Of(c.VoteEnd)
			for j, t := range c.Targets {
				call := hokusai.ProposalCall{Target: t.Hex(), Value: new(big.Int)}
				if j < len(c.Values) && c.Values[j] != nil {
					call.Value = c.Values[j]
				}
				if j < len(c.Calldatas) {
					call.Data = c.Calldatas[j]
				}
				e.Calls = append(e.Calls, call)
			}
		case ev["VoteCast"].ID:
			if vote, err = governorB.UnpackVoteCastEvent(l); err != nil {
				return fmt.Errorf("vote event in tx %s: %w", l.TxHash.Hex(), err)
			}
		case ev["VoteCastWithParams"].ID:
			v, err := governorB.UnpackVoteCastWithParamsEvent(l)
			if err != nil {
				return fmt.Errorf("vote event in tx %s: %w", l.TxHash.Hex(), err)
			}
			vote = &bindings.ModelGovernorVoteCast{Voter: v.Voter, ProposalId: v.ProposalId, Support: v.Support, Weight: v.Weight}
		case ev["ProposalQueued"].ID:
			q, err := governorB.UnpackProposalQueuedEvent(l)
			if err != nil {
				return fmt.Errorf("queue event in tx %s: %w", l.TxHash.Hex(), err)
			}
			e.Kind, e.ProposalID, e.ETA = hokusai.ProposalQueued, q.ProposalId, uint64Of(q.EtaSeconds)
		case ev["ProposalExecuted"].ID:
			x, err := governorB.UnpackProposalExecutedEvent(l)
			if err != nil {
				return fmt.Errorf("execute event in tx %s: %w", l.TxHash.Hex(), err)
			}
			e.Kind, e.ProposalID = hokusai.ProposalExecuted, x.ProposalId
		case ev["ProposalCanceled"].ID:
			x, err := governorB.UnpackProposalCanceledEvent(l)
			if err != nil {
				return fmt.Errorf("cancel event in tx %s: %w", l.TxHash.Hex(), err)
			}
			e.Kind, e.ProposalID = hokusai.ProposalCanceled, x.ProposalId
		default:
			continue
		}
		if vote != nil {
			if vote.Support > 2 {
				continue // not simple counting: nothing to tally
			}
			q, err := h.quorum(ctx, l.Address, vote.ProposalId)
			if err != nil {
				return err
			}
			e.Kind, e.ProposalID, e.Voter, e.Support, e.Weight, e.Quorum = hokusai.ProposalVoted, vote.ProposalId, vote.Voter.Hex(), vote.Support, vote.Weight, q
		}
		events = append(events, e)
	}
	if len(events) == 0 {
		return nil
	}
	return h.Proposals.RecordProposalEvents(ctx, events)
}

// Rewind undoes the events after block.
func (h *Proposals) Rewind(ctx context.Context, after uint64) error {
	_, err := h.Proposals.DeleteProposalEventsAfter(ctx, after)
	return err
}

func uint64Of(v *big.Int) uint64 {
	if v == nil || !v.IsUint64() {
		return 0
	}
	return v.Uint64()
}
