package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// ProposalService is the PostgreSQL implementation of hokusai.ProposalService.
type ProposalService struct {
	db *DB
}

// NewProposalService returns a ProposalService over db.
func NewProposalService(db *DB) *ProposalService { return &ProposalService{db: db} }

var _ hokusai.ProposalService = (*ProposalService)(nil)

// RecordProposalEvents applies events in order in one transaction.
func (s *ProposalService) RecordProposalEvents(ctx context.Context, events []hokusai.ProposalEvent) error {
	for _, e := range events {
		if err := hokusai.CheckProposalEvent(e); err != nil {
			return err
		}
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record proposal events: %w", err)
	}
	defer tx.Rollback()
	for _, e := range events {
		if err := applyProposalEvent(ctx, tx, e); err != nil {
			return fmt.Errorf("record proposal event: %w", err)
		}
	}
	return tx.Commit()
}

func applyProposalEvent(ctx context.Context, tx *sql.Tx, e hokusai.ProposalEvent) error {
	model, id := int64(e.ModelID), e.ProposalID.String()
	switch e.Kind {
	case hokusai.ProposalCreated:
		calls, err := json.Marshal(e.Calls)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO proposals (model_id, proposal_id, governor, proposer, calls, description, vote_start, vote_end, block, log_index)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
			model, id, e.Governor, e.Proposer, string(calls), e.Description, int64(e.VoteStart), int64(e.VoteEnd), int64(e.Block), int64(e.LogIndex))
		return err
	case hokusai.ProposalVoted:
		var exists int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM proposals WHERE model_id = $1 AND proposal_id = $2`, model, id).Scan(&exists); err != nil || exists == 0 {
			return err
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO proposal_votes (model_id, block, log_index, proposal_id, voter, support, weight)
			VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
			model, int64(e.Block), int64(e.LogIndex), id, e.Voter, int64(e.Support), e.Weight.String())
		if err != nil {
			return err
		}
		if n, err := r.RowsAffected(); err != nil || n == 0 {
			return err
		}
		if e.Quorum != nil {
			if _, err := tx.ExecContext(ctx, `UPDATE proposals SET quorum = $1 WHERE model_id = $2 AND proposal_id = $3`, e.Quorum.String(), model, id); err != nil {
				return err
			}
		}
		return recountProposal(ctx, tx, model, id)
	case hokusai.ProposalQueued:
		_, err := tx.ExecContext(ctx, `UPDATE proposals SET queued_block = $1, eta = $2 WHERE model_id = $3 AND proposal_id = $4`, int64(e.Block), int64(min(e.ETA, 1<<62)), model, id)
		return err
	case hokusai.ProposalExecuted:
		_, err := tx.ExecContext(ctx, `UPDATE proposals SET executed_block = $1 WHERE model_id = $2 AND proposal_id = $3`, int64(e.Block), model, id)
		return err
	case hokusai.ProposalCanceled:
		_, err := tx.ExecContext(ctx, `UPDATE proposals SET canceled_block = $1 WHERE model_id = $2 AND proposal_id = $3`, int64(e.Block), model, id)
		return err
	}
	return nil
}

// recountProposal sums a proposal's votes into its tallies.
func recountProposal(ctx context.Context, tx *sql.Tx, model int64, id string) error {
	rows, err := tx.QueryContext(ctx, `SELECT support, weight FROM proposal_votes WHERE model_id = $1 AND proposal_id = $2`, model, id)
	if err != nil {
		return err
	}
	p := hokusai.IndexedProposal{For: new(big.Int), Against: new(big.Int), Abstain: new(big.Int)}
	for rows.Next() {
		var support int64
		var weight string
		if err := rows.Scan(&support, &weight); err != nil {
			rows.Close()
			return err
		}
		w, ok := new(big.Int).SetString(weight, 10)
		if !ok {
			rows.Close()
			return fmt.Errorf("vote weight %q", weight)
		}
		tally := []*big.Int{p.Against, p.For, p.Abstain}[min(max(support, 0), 2)]
		tally.Add(tally, w)
		p.Voters++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var quorum string
	if err := tx.QueryRowContext(ctx, `SELECT quorum FROM proposals WHERE model_id = $1 AND proposal_id = $2`, model, id).Scan(&quorum); err != nil {
		return err
	}
	p.Quorum, _ = new(big.Int).SetString(quorum, 10)
	passing := 0
	if p.Passing() {
		passing = 1
	}
	_, err = tx.ExecContext(ctx, `UPDATE proposals SET for_votes = $1, against_votes = $2, abstain_votes = $3, voters = $4, passing = $5 WHERE model_id = $6 AND proposal_id = $7`,
		p.For.String(), p.Against.String(), p.Abstain.String(), p.Voters, passing, model, id)
	return err
}

// RecordProposalQuorum records the quorum of a proposal that has none yet.
func (s *ProposalService) RecordProposalQuorum(ctx context.Context, modelID uint64, id, quorum *big.Int) error {
	if err := hokusai.CheckProposalQuorum(id, quorum); err != nil {
		return err
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record proposal quorum: %w", err)
	}
	defer tx.Rollback()
	model, pid := int64(modelID), id.String()
	r, err := tx.ExecContext(ctx, `UPDATE proposals SET quorum = $1 WHERE model_id = $2 AND proposal_id = $3 AND quorum = ''`, quorum.String(), model, pid)
	if err != nil {
		return fmt.Errorf("record proposal quorum: %w", err)
	}
	if n, err := r.RowsAffected(); err != nil || n == 0 {
		return err
	}
	// A vote indexed without its quorum could not pass; now it may.
	if err := recountProposal(ctx, tx, model, pid); err != nil {
		return fmt.Errorf("record proposal quorum: %w", err)
	}
	return tx.Commit()
}

// DeleteProposalEventsAfter undoes the events of blocks above block.
func (s *ProposalService) DeleteProposalEventsAfter(ctx context.Context, block uint64) (int64, error) {
	after := int64(min(block, 1<<62))
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("rewind proposals: %w", err)
	}
	defer tx.Rollback()
	var undone int64
	exec := func(q string, args ...any) error {
		r, err := tx.ExecContext(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("rewind proposals: %w", err)
		}
		n, err := r.RowsAffected()
		undone += n
		return err
	}
	type key struct {
		model int64
		id    string
	}
	var touched []key
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT model_id, proposal_id FROM proposal_votes WHERE block > $1`, after)
	if err != nil {
		return 0, fmt.Errorf("rewind proposals: %w", err)
	}
	for rows.Next() {
		var k key
		if err := rows.Scan(&k.model, &k.id); err != nil {
			rows.Close()
			return 0, err
		}
		touched = append(touched, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, q := range []string{
		`DELETE FROM proposal_votes WHERE block > $1`,
		`DELETE FROM proposals WHERE block > $1`,
		`UPDATE proposals SET queued_block = 0, eta = 0 WHERE queued_block > $1`,
		`UPDATE proposals SET executed_block = 0 WHERE executed_block > $1`,
		`UPDATE proposals SET canceled_block = 0 WHERE canceled_block > $1`,
	} {
		if err := exec(q, after); err != nil {
			return 0, err
		}
	}
	for _, k := range touched {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM proposals WHERE model_id = $1 AND proposal_id = $2`, k.model, k.id).Scan(&n); err != nil {
			return 0, err
		}
		if n > 0 {
			if err := recountProposal(ctx, tx, k.model, k.id); err != nil {
				return 0, fmt.Errorf("rewind proposals: %w", err)
			}
		}
	}
	return undone, tx.Commit()
}

// FindProposal returns one indexed proposal.
func (s *ProposalService) FindProposal(ctx context.Context, modelID uint64, id *big.Int) (*hokusai.IndexedProposal, error) {
	if id == nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "A proposal id is required.")
	}
	p, err := storecodec.ScanProposal(s.db.db.QueryRowContext(ctx, `SELECT `+storecodec.ProposalColumns+` FROM proposals WHERE model_id = $1 AND proposal_id = $2`, int64(modelID), id.String()))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d has no indexed proposal %s; check the id, or wait for the indexer to read the block that created it.", modelID, id)
	}
	if err != nil {
		return nil, fmt.Errorf("find proposal: %w", err)
	}
	return p, nil
}

// proposalState is the SQL condition of a state; $2 is the clock when
// it needs one.
func proposalState(state string) (cond string, clocks int) {
	const open = `executed_block = 0 AND canceled_block = 0`
	switch state {
	case hokusai.ProposalStateExecuted:
		return `executed_block > 0`, 0
	case hokusai.ProposalStateCanceled:
		return `executed_block = 0 AND canceled_block > 0`, 0
	case hokusai.ProposalStatePending:
		return open + ` AND vote_start >= $2`, 1
	case hokusai.ProposalStateActive:
		return open + ` AND vote_start < $2 AND vote_end >= $2`, 1
	case hokusai.ProposalStateDefeated:
		return open + ` AND vote_end < $2 AND passing = 0`, 1
	case hokusai.ProposalStateQueued:
		return open + ` AND vote_end < $2 AND passing = 1 AND queued_block > 0`, 1
	case hokusai.ProposalStateSucceeded:
		return open + ` AND vote_end < $2 AND passing = 1 AND queued_block = 0`, 1
	case hokusai.ProposalStateExpired:
		return `1 = 0`, 0 // a Governor with a timelock never expires a proposal
	}
	return `1 = 1`, 0
}

// FindProposals lists a model's proposals, newest first.
func (s *ProposalService) FindProposals(ctx context.Context, f hokusai.ProposalFilter) ([]*hokusai.IndexedProposal, int64, error) {
	if err := hokusai.CheckProposalFilter(f); err != nil {
		return nil, 0, err
	}
	cond, clocks := proposalState(f.State)
	args := []any{int64(f.ModelID)}
	for range clocks {
		args = append(args, int64(min(f.Clock, 1<<62)))
	}
	var total int64
	if err := s.db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM proposals WHERE model_id = $1 AND `+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("find proposals: %w", err)
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+storecodec.ProposalColumns+` FROM proposals WHERE model_id = $1 AND `+cond+
		fmt.Sprintf(` ORDER BY block DESC, log_index DESC LIMIT $%d OFFSET $%d`, len(args)+1, len(args)+2), append(args, f.Limit, f.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("find proposals: %w", err)
	}
	defer rows.Close()
	out := []*hokusai.IndexedProposal{}
	for rows.Next() {
		p, err := storecodec.ScanProposal(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, p)
	}
	return out, total, rows.Err()
}

// OpenProposals counts the pending and active proposals per model.
func (s *ProposalService) OpenProposals(ctx context.Context, clock uint64) (map[uint64]int64, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT model_id, COUNT(*) FROM proposals
		WHERE executed_block = 0 AND canceled_block = 0 AND vote_end >= $1 GROUP BY model_id`, int64(min(clock, 1<<62)))
	if err != nil {
		return nil, fmt.Errorf("open proposals: %w", err)
	}
	defer rows.Close()
	out := map[uint64]int64{}
	for rows.Next() {
		var id, n int64
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[uint64(id)] = n
	}
	return out, rows.Err()
}
