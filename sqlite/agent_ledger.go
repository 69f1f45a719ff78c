package sqlite

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/hokusai-protocol/hokusai"
)

// AgentLedgerService is the SQLite implementation of
// hokusai.AgentLedgerService.
type AgentLedgerService struct {
	db *DB
}

// NewAgentLedgerService returns an AgentLedgerService over db.
func NewAgentLedgerService(db *DB) *AgentLedgerService { return &AgentLedgerService{db: db} }

var _ hokusai.AgentLedgerService = (*AgentLedgerService)(nil)

// RecordAgentEvents stores events in one transaction; a stored one is kept.
func (s *AgentLedgerService) RecordAgentEvents(ctx context.Context, events []hokusai.AgentEvent) error {
	for _, e := range events {
		if err := hokusai.CheckAgentEvent(e); err != nil {
			return err
		}
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record agent events: %w", err)
	}
	defer tx.Rollback()
	for _, e := range events {
		shares := "0"
		if e.Shares != nil {
			shares = e.Shares.String()
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO agent_events (model_id, block, log_index, kind, account, shares, n1, n2, n3, n4)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			int64(e.ModelID), int64(e.Block), int64(e.LogIndex), e.Kind, e.Account, shares, e.N1, e.N2, e.N3, e.N4); err != nil {
			return fmt.Errorf("record agent event: %w", err)
		}
	}
	return tx.Commit()
}

// DeleteAgentEventsAfter deletes the events of blocks above block.
func (s *AgentLedgerService) DeleteAgentEventsAfter(ctx context.Context, block uint64) (int64, error) {
	r, err := s.db.db.ExecContext(ctx, `DELETE FROM agent_events WHERE block > ?`, int64(min(block, 1<<62)))
	if err != nil {
		return 0, fmt.Errorf("rewind agent events: %w", err)
	}
	return r.RowsAffected()
}

// latest selects, per account, the newest event of a kind.
const latestAgentEvent = `SELECT account, shares, n1 FROM agent_events e WHERE model_id = ? AND kind = ? AND NOT EXISTS (
	SELECT 1 FROM agent_events f WHERE f.model_id = e.model_id AND f.kind = e.kind AND f.account = e.account
	AND (f.block > e.block OR (f.block = e.block AND f.log_index > e.log_index)))`

// AgentLedger sums model's events.
func (s *AgentLedgerService) AgentLedger(ctx context.Context, modelID uint64, day int64) (*hokusai.AgentLedger, error) {
	l := &hokusai.AgentLedger{ModelID: modelID, TotalShares: new(big.Int)}
	id := int64(modelID)
	q := s.db.db
	if err := q.QueryRowContext(ctx, `SELECT COUNT(DISTINCT account) FROM agent_events WHERE model_id = ? AND kind = ?`, id, hokusai.AgentMemberJoined).Scan(&l.Members); err != nil {
		return nil, fmt.Errorf("agent ledger: %w", err)
	}
	if err := q.QueryRowContext(ctx, `SELECT COALESCE(SUM(n2), 0), COALESCE(SUM(n3), 0), COALESCE(SUM(n4), 0),
		COALESCE(SUM(CASE WHEN n1 > ? THEN n2 ELSE 0 END), 0) FROM agent_events WHERE model_id = ? AND kind = ?`,
		day-30, id, hokusai.AgentUsage).Scan(&l.Calls, &l.Fees, &l.Users, &l.Calls30d); err != nil {
		return nil, fmt.Errorf("agent ledger: %w", err)
	}
	rows, err := q.QueryContext(ctx, latestAgentEvent, id, hokusai.AgentSharesGrown)
	if err != nil {
		return nil, fmt.Errorf("agent ledger: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var acct, shares string
		var n1 int64
		if err := rows.Scan(&acct, &shares, &n1); err != nil {
			return nil, err
		}
		v, ok := new(big.Int).SetString(shares, 10)
		if !ok {
			return nil, fmt.Errorf("agent ledger: shares %q of %s", shares, acct)
		}
		l.TotalShares.Add(l.TotalShares, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rated, err := q.QueryContext(ctx, latestAgentEvent, id, hokusai.AgentRated)
	if err != nil {
		return nil, fmt.Errorf("agent ledger: %w", err)
	}
	defer rated.Close()
	for rated.Next() {
		var acct, shares string
		var stars int64
		if err := rated.Scan(&acct, &shares, &stars); err != nil {
			return nil, err
		}
		l.Ratings++
		l.RatingSum += stars
	}
	return l, rated.Err()
}

// AgentMembers lists model's members in joining order.
func (s *AgentLedgerService) AgentMembers(ctx context.Context, modelID uint64, limit, offset int) ([]hokusai.AgentMember, int64, error) {
	if limit < 1 || limit > 500 || offset < 0 {
		return nil, 0, hokusai.FieldErrorf("limit", "limit must lie between 1 and 500 and offset must not be negative (got %d, %d).", limit, offset)
	}
	id := int64(modelID)
	var total int64
	if err := s.db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM agent_events WHERE model_id = ? AND kind = ?`, id, hokusai.AgentMemberJoined).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("agent members: %w", err)
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT m.account, m.n1,
		COALESCE((SELECT shares FROM agent_events x WHERE x.model_id = m.model_id AND x.kind = ? AND x.account = m.account ORDER BY x.block DESC, x.log_index DESC LIMIT 1), '0'),
		COALESCE((SELECT n1 FROM agent_events x WHERE x.model_id = m.model_id AND x.kind = ? AND x.account = m.account ORDER BY x.block DESC, x.log_index DESC LIMIT 1), 0)
		FROM agent_events m WHERE m.model_id = ? AND m.kind = ? ORDER BY m.block, m.log_index LIMIT ? OFFSET ?`,
		hokusai.AgentSharesGrown, hokusai.AgentRated, id, hokusai.AgentMemberJoined, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("agent members: %w", err)
	}
	defer rows.Close()
	out := []hokusai.AgentMember{}
	for rows.Next() {
		var m hokusai.AgentMember
		var shares string
		if err := rows.Scan(&m.Account, &m.Reason, &shares, &m.Stars); err != nil {
			return nil, 0, err
		}
		var ok bool
		if m.Shares, ok = new(big.Int).SetString(shares, 10); !ok {
			return nil, 0, fmt.Errorf("agent members: shares %q of %s", shares, m.Account)
		}
		out = append(out, m)
	}
	return out, total, rows.Err()
}

// AgentScoreInputs returns every model's training-score inputs in two
// grouped queries.
func (s *AgentLedgerService) AgentScoreInputs(ctx context.Context, day int64) ([]hokusai.ScoreInput, error) {
	byModel := map[uint64]*hokusai.ScoreInput{}
	get := func(id int64) *hokusai.ScoreInput {
		in := byModel[uint64(id)]
		if in == nil {
			in = &hokusai.ScoreInput{ModelID: uint64(id)}
			byModel[uint64(id)] = in
		}
		return in
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT model_id, COALESCE(SUM(n4), 0), COALESCE(SUM(CASE WHEN n1 > ? THEN n2 ELSE 0 END), 0)
		FROM agent_events WHERE kind = ? GROUP BY model_id`, day-30, hokusai.AgentUsage)
	if err != nil {
		return nil, fmt.Errorf("score inputs: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, users, calls int64
		if err := rows.Scan(&id, &users, &calls); err != nil {
			return nil, err
		}
		in := get(id)
		in.Users, in.Calls30d = users, calls
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rated, err := s.db.db.QueryContext(ctx, `SELECT model_id, COUNT(*), COALESCE(SUM(n1), 0) FROM agent_events e WHERE kind = ? AND NOT EXISTS (
		SELECT 1 FROM agent_events f WHERE f.model_id = e.model_id AND f.kind = e.kind AND f.account = e.account
		AND (f.block > e.block OR (f.block = e.block AND f.log_index > e.log_index))) GROUP BY model_id`, hokusai.AgentRated)
	if err != nil {
		return nil, fmt.Errorf("score inputs: %w", err)
	}
	defer rated.Close()
	for rated.Next() {
		var id, n, sum int64
		if err := rated.Scan(&id, &n, &sum); err != nil {
			return nil, err
		}
		in := get(id)
		in.Ratings, in.RatingSum = n, sum
	}
	if err := rated.Err(); err != nil {
		return nil, err
	}
	out := make([]hokusai.ScoreInput, 0, len(byModel))
	for _, in := range byModel {
		out = append(out, *in)
	}
	slices.SortFunc(out, func(a, b hokusai.ScoreInput) int { return cmp.Compare(a.ModelID, b.ModelID) })
	return out, nil
}
