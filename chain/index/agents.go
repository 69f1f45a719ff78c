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

var agentB = bindings.NewModelAgent()

// Agents copies every model's Agent ledger events (members joining,
// training shares growing, ratings, settled usage) into a
// hokusai.AgentLedgerService. Agents are clones created with their
// models, so it asks for these events from any contract and keeps those
// whose emitter the registry names as a model's Agent; a reorganisation
// deletes the events after the common block.
type Agents struct {
	Client   *chain.Client
	Registry common.Address
	Ledger   hokusai.AgentLedgerService

	mu     sync.Mutex
	agents map[common.Address]uint64 // checked emitters: model id, 0 for not an Agent
}

var _ Handler = (*Agents)(nil)

// Name is "agents".
func (h *Agents) Name() string { return "agents" }

// Filter is the Agent ledger's four events, from any address.
func (h *Agents) Filter() Filter {
	ev := agentB.GetABI().Events
	return Filter{AnyAddress: true, Topics: []common.Hash{
		ev["MemberJoined"].ID, ev["TrainingSharesGrown"].ID, ev["Rated"].ID, ev["UsageRecorded"].ID,
	}}
}

// modelOf returns the model whose Agent addr is, or 0 when the registry
// names no model with that Agent (another contract emitting alike events).
func (h *Agents) modelOf(ctx context.Context, addr common.Address) (uint64, error) {
	h.mu.Lock()
	id, ok := h.agents[addr]
	h.mu.Unlock()
	if ok {
		return id, nil
	}
	call := func(to common.Address, data []byte) ([]byte, error) {
		return h.Client.Backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	}
	id = 0
	out, err := call(addr, agentB.PackModelId())
	if _, reverted := ethclient.RevertErrorData(err); err != nil && !reverted && !strings.Contains(err.Error(), "execution reverted") {
		return 0, fmt.Errorf("model of %s: %w", addr.Hex(), err) // the node blinked: retried, not cached
	}
	if err == nil {
		if v, err := agentB.UnpackModelId(out); err == nil && v.IsUint64() && v.Sign() > 0 {
			reg := bindings.NewModelRegistry()
			out, err := call(h.Registry, reg.PackLinksOf(v))
			if err != nil {
				return 0, fmt.Errorf("links of model %s: %w", v, err)
			}
			l, err := reg.UnpackLinksOf(out)
			if err != nil {
				return 0, fmt.Errorf("links of model %s: %w", v, err)
			}
			if l.Agent == addr {
				id = v.Uint64()
			}
		}
	}
	h.mu.Lock()
	if h.agents == nil {
		h.agents = map[common.Address]uint64{}
	}
	h.agents[addr] = id
	h.mu.Unlock()
	return id, nil
}

func int64Of(v *big.Int) int64 {
	if v == nil || !v.IsInt64() {
		return 0
	}
	return v.Int64()
}

// Apply records the block's Agent events.
func (h *Agents) Apply(ctx context.Context, block hokusai.Block, logs []types.Log) error {
	var events []hokusai.AgentEvent
	for i := range logs {
		l := &logs[i]
		id, err := h.modelOf(ctx, l.Address)
		if err != nil {
			return err
		}
		if id == 0 {
			continue
		}
		e := hokusai.AgentEvent{ModelID: id, Block: l.BlockNumber, LogIndex: uint64(l.Index)}
		switch l.Topics[0] {
		case agentB.GetABI().Events["MemberJoined"].ID:
			ev, err := agentB.UnpackMemberJoinedEvent(l)
			if err != nil {
				return fmt.Errorf("member event in tx %s: %w", l.TxHash.Hex(), err)
			}
			e.Kind, e.Account, e.N1 = hokusai.AgentMemberJoined, ev.Account.Hex(), int64(ev.Reason)
		case agentB.GetABI().Events["TrainingSharesGrown"].ID:
			ev, err := agentB.UnpackTrainingSharesGrownEvent(l)
			if err != nil {
				return fmt.Errorf("shares event in tx %s: %w", l.TxHash.Hex(), err)
			}
			e.Kind, e.Account, e.Shares = hokusai.AgentSharesGrown, ev.Account.Hex(), ev.Shares
		case agentB.GetABI().Events["Rated"].ID:
			ev, err := agentB.UnpackRatedEvent(l)
			if err != nil {
				return fmt.Errorf("rating event in tx %s: %w", l.TxHash.Hex(), err)
			}
			e.Kind, e.Account, e.N1, e.N2 = hokusai.AgentRated, ev.Member.Hex(), int64(ev.Stars), int64(ev.Previous)
		case agentB.GetABI().Events["UsageRecorded"].ID:
			ev, err := agentB.UnpackUsageRecordedEvent(l)
			if err != nil {
				return fmt.Errorf("usage event in tx %s: %w", l.TxHash.Hex(), err)
			}
			e.Kind, e.N1, e.N2, e.N3, e.N4 = hokusai.AgentUsage, int64Of(ev.Period), int64Of(ev.Calls), int64Of(ev.Fees), int64Of(ev.NewUsers)
		default:
			continue
		}
		events = append(events, e)
	}
	if len(events) == 0 {
		return nil
	}
	return h.Ledger.RecordAgentEvents(ctx, events)
}

// Rewind deletes the events after block.
func (h *Agents) Rewind(ctx context.Context, after uint64) error {
	_, err := h.Ledger.DeleteAgentEventsAfter(ctx, after)
	return err
}
