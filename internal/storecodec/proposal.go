package storecodec

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/hokusai-protocol/hokusai"
)

// ProposalColumns are the proposals table's columns in the order
// ScanProposal reads them; both stores select them.
const ProposalColumns = `model_id, proposal_id, governor, proposer, calls, description, vote_start, vote_end, block, log_index,
	for_votes, against_votes, abstain_votes, quorum, voters, queued_block, eta, executed_block, canceled_block`

// ScanProposal reads one row of ProposalColumns: ids and tallies are
// decimal strings, the calls JSON, an empty quorum none yet.
func ScanProposal(row Scanner) (*hokusai.IndexedProposal, error) {
	var (
		p                                           hokusai.IndexedProposal
		model, start, end, block, index, eta        int64
		queued, executed, canceled                  int64
		id, calls, forV, againstV, abstainV, quorum string
	)
	if err := row.Scan(&model, &id, &p.Governor, &p.Proposer, &calls, &p.Description, &start, &end, &block, &index,
		&forV, &againstV, &abstainV, &quorum, &p.Voters, &queued, &eta, &executed, &canceled); err != nil {
		return nil, err
	}
	p.ModelID, p.VoteStart, p.VoteEnd, p.Block, p.LogIndex, p.ETA = uint64(model), uint64(start), uint64(end), uint64(block), uint64(index), uint64(eta)
	p.Queued, p.Executed, p.Canceled = queued > 0, executed > 0, canceled > 0
	var ok bool
	if p.ID, ok = new(big.Int).SetString(id, 10); !ok {
		return nil, fmt.Errorf("proposal id %q", id)
	}
	for _, v := range []struct {
		into **big.Int
		s    string
	}{{&p.For, forV}, {&p.Against, againstV}, {&p.Abstain, abstainV}} {
		if *v.into, ok = new(big.Int).SetString(v.s, 10); !ok {
			return nil, fmt.Errorf("proposal %s votes %q", id, v.s)
		}
	}
	if quorum != "" {
		if p.Quorum, ok = new(big.Int).SetString(quorum, 10); !ok {
			return nil, fmt.Errorf("proposal %s quorum %q", id, quorum)
		}
	}
	if err := json.Unmarshal([]byte(calls), &p.Calls); err != nil {
		return nil, fmt.Errorf("proposal %s calls: %w", id, err)
	}
	return &p, nil
}
