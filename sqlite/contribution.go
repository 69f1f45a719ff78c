package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// ContributionService is the SQLite implementation of
// hokusai.ContributionService. SQLite runs one writer at a time, so each
// conditional write is one statement or one transaction that writes first.
type ContributionService struct {
	db *DB
}

// NewContributionService returns a ContributionService over db.
func NewContributionService(db *DB) *ContributionService { return &ContributionService{db: db} }

var _ hokusai.ContributionService = (*ContributionService)(nil)

func ts(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTS(s string) time.Time { t, _ := time.Parse(time.RFC3339Nano, s); return t }

func (s *ContributionService) now() time.Time { return s.db.now().Truncate(time.Millisecond) }

// PutSetup stores or replaces a model's setup, unless a contribution was
// accepted against it (checked in the same statement).
func (s *ContributionService) PutSetup(ctx context.Context, st *hokusai.ContributionSetup) error {
	res, err := s.db.db.ExecContext(ctx, `INSERT INTO improve_setups (model_id, setup, benchmark, training, created_at, digest)
		SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM contributions WHERE model_id = ? AND status = 'accepted')
		ON CONFLICT (model_id) DO UPDATE SET setup = excluded.setup, benchmark = excluded.benchmark, training = excluded.training, digest = excluded.digest`,
		int64(st.ModelID), string(st.Settings), st.Benchmark, st.Training, ts(s.now()), hokusai.SetupDigest(st), int64(st.ModelID))
	if err != nil {
		return fmt.Errorf("put setup: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return setupFixed(st.ModelID)
	}
	return nil
}

func setupFixed(modelID uint64) error {
	return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "benchmark", Message: fmt.Sprintf("Model %d's benchmark and training data are fixed: contributions were accepted against them.", modelID)}
}

// FindSetupDigest returns the digest PutSetup recorded; ENOTFOUND when
// the model has no setup.
func (s *ContributionService) FindSetupDigest(ctx context.Context, modelID uint64) (string, error) {
	var d string
	err := s.db.db.QueryRowContext(ctx, `SELECT digest FROM improve_setups WHERE model_id = ?`, int64(modelID)).Scan(&d)
	if errors.Is(err, sql.ErrNoRows) {
		return "", hokusai.NoSetupError(modelID)
	}
	if err != nil {
		return "", fmt.Errorf("find setup digest: %w", err)
	}
	return d, nil
}

// FindSetup returns ENOTFOUND when the model has no setup.
func (s *ContributionService) FindSetup(ctx context.Context, modelID uint64) (*hokusai.ContributionSetup, error) {
	st := &hokusai.ContributionSetup{ModelID: modelID}
	var settings, created string
	err := s.db.db.QueryRowContext(ctx, `SELECT setup, benchmark, training, created_at FROM improve_setups WHERE model_id = ?`, int64(modelID)).
		Scan(&settings, &st.Benchmark, &st.Training, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.NoSetupError(modelID)
	}
	if err != nil {
		return nil, fmt.Errorf("find setup: %w", err)
	}
	st.Settings, st.CreatedAt = []byte(settings), parseTS(created)
	return st, nil
}

// CreateContribution inserts c in one statement that also checks the
// de-duplication and open limits, so concurrent submissions cannot pass
// them together.
func (s *ContributionService) CreateContribution(ctx context.Context, c *hokusai.Contribution, maxOpen int) (*hokusai.Contribution, bool, error) {
	now := s.now()
	cand := c.Candidate
	if cand == nil {
		cand = []byte{}
	}
	res, err := s.db.db.ExecContext(ctx, `INSERT INTO contributions (model_id, contributor, idempotency_key, request_digest, digest, format, rows, data, status, reason_code, reason, created_at, updated_at, candidate, candidate_digest)
		SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
		WHERE NOT EXISTS (SELECT 1 FROM contributions WHERE model_id = ? AND digest = ? AND status <> 'rejected')
		AND (SELECT count(*) FROM contributions WHERE model_id = ? AND contributor = ? AND status IN ('received', 'evaluating')) < ?
		ON CONFLICT DO NOTHING`,
		int64(c.ModelID), c.Contributor, c.IdempotencyKey, c.RequestDigest, c.Digest, c.Format, c.Rows, c.Data, string(c.Status), c.ReasonCode, c.Reason, ts(now), ts(now), cand, c.CandidateDigest,
		int64(c.ModelID), c.Digest, int64(c.ModelID), c.Contributor, maxOpen)
	if err != nil {
		return nil, false, fmt.Errorf("create contribution: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		id, err := res.LastInsertId()
		if err != nil {
			return nil, false, fmt.Errorf("create contribution: %w", err)
		}
		out := *c
		out.ID, out.CreatedAt, out.UpdatedAt, out.Candidate = id, now, now, cand
		return &out, true, nil
	}
	// Nothing inserted: say which condition refused it.
	if c.IdempotencyKey != "" {
		if prior, err := s.FindContributionByKey(ctx, c.Contributor, c.IdempotencyKey); err == nil {
			return prior, false, nil
		} else if hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			return nil, false, err
		}
	}
	var prior int64
	err = s.db.db.QueryRowContext(ctx, `SELECT id FROM contributions WHERE model_id = ? AND digest = ? AND status <> 'rejected' ORDER BY id LIMIT 1`, int64(c.ModelID), c.Digest).Scan(&prior)
	if err == nil {
		return nil, false, duplicateRows(c.ModelID, prior)
	} else if !errors.Is(err, sql.ErrNoRows) {
		return nil, false, fmt.Errorf("create contribution: %w", err)
	}
	return nil, false, tooManyOpen(c.Contributor, c.ModelID, maxOpen)
}

func duplicateRows(modelID uint64, prior int64) error {
	return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "rows", Message: fmt.Sprintf("These rows were already submitted to model %d as contribution %d; each set of rows is evaluated once.", modelID, prior)}
}

func tooManyOpen(contributor string, modelID uint64, maxOpen int) error {
	return hokusai.Errorf(hokusai.ERATELIMIT, "%s already has %d contributions waiting for model %d (the limit); wait until they are evaluated.", contributor, maxOpen, modelID)
}

const contribColumns = `id, model_id, contributor, idempotency_key, request_digest, digest, format, rows, data, status,
	reason_code, reason, evaluation_id, mint_tx, delta_ones, reward, created_at, updated_at, candidate, candidate_digest`

func scanContribution(r scanner) (*hokusai.Contribution, error) {
	c := &hokusai.Contribution{}
	var model int64
	var status, created, updated string
	if err := r.Scan(&c.ID, &model, &c.Contributor, &c.IdempotencyKey, &c.RequestDigest, &c.Digest, &c.Format, &c.Rows, &c.Data, &status,
		&c.ReasonCode, &c.Reason, &c.EvaluationID, &c.MintTx, &c.DeltaOnes, &c.Reward, &created, &updated, &c.Candidate, &c.CandidateDigest); err != nil {
		return nil, err
	}
	c.ModelID, c.Status, c.CreatedAt, c.UpdatedAt = uint64(model), hokusai.ContributionStatus(status), parseTS(created), parseTS(updated)
	return c, nil
}

// FindContributionByKey returns ENOTFOUND when the contributor used no
// such idempotency key.
func (s *ContributionService) FindContributionByKey(ctx context.Context, contributor, key string) (*hokusai.Contribution, error) {
	c, err := scanContribution(s.db.db.QueryRowContext(ctx, `SELECT `+contribColumns+` FROM contributions WHERE contributor = ? AND idempotency_key = ? AND idempotency_key <> ''`, contributor, key))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No contribution has that idempotency key.")
	}
	if err != nil {
		return nil, fmt.Errorf("find contribution by key: %w", err)
	}
	return c, nil
}

// FindContribution returns ENOTFOUND when no contribution has the id.
func (s *ContributionService) FindContribution(ctx context.Context, id int64) (*hokusai.Contribution, error) {
	c, err := scanContribution(s.db.db.QueryRowContext(ctx, `SELECT `+contribColumns+` FROM contributions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No contribution has id %d.", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find contribution: %w", err)
	}
	return c, nil
}

// FindContributions returns contributions in id order.
func (s *ContributionService) FindContributions(ctx context.Context, f hokusai.ContributionFilter) ([]*hokusai.Contribution, error) {
	q := `SELECT ` + contribColumns + ` FROM contributions WHERE 1=1`
	var args []any
	if f.ModelID != 0 {
		q += ` AND model_id = ?`
		args = append(args, int64(f.ModelID))
	}
	if len(f.Status) > 0 {
		q += ` AND status IN (` + strings.TrimSuffix(strings.Repeat("?,", len(f.Status)), ",") + `)`
		for _, st := range f.Status {
			args = append(args, string(st))
		}
	}
	if f.Limit <= 0 {
		f.Limit = 100
	}
	q += fmt.Sprintf(` ORDER BY id LIMIT %d`, f.Limit)
	return s.queryContributions(ctx, "find contributions", q, args...)
}

func (s *ContributionService) queryContributions(ctx context.Context, what, q string, args ...any) ([]*hokusai.Contribution, error) {
	rows, err := s.db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []*hokusai.Contribution
	for rows.Next() {
		c, err := scanContribution(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// AcceptedContributions returns a model's accepted contributions in
// acceptance order.
func (s *ContributionService) AcceptedContributions(ctx context.Context, modelID uint64) ([]*hokusai.Contribution, error) {
	return s.queryContributions(ctx, "accepted contributions",
		`SELECT `+contribColumns+` FROM contributions WHERE model_id = ? AND status = 'accepted' ORDER BY evaluation_id, id`, int64(modelID))
}

// WaitingModels returns the models with received contributions, oldest
// waiting first.
func (s *ContributionService) WaitingModels(ctx context.Context) ([]uint64, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT model_id FROM contributions WHERE status = 'received' GROUP BY model_id ORDER BY MIN(id)`)
	if err != nil {
		return nil, fmt.Errorf("waiting models: %w", err)
	}
	defer rows.Close()
	var out []uint64
	for rows.Next() {
		var m int64
		if err := rows.Scan(&m); err != nil {
			return nil, fmt.Errorf("waiting models: %w", err)
		}
		out = append(out, uint64(m))
	}
	return out, rows.Err()
}

// SetOutcome moves a contribution to a new state.
func (s *ContributionService) SetOutcome(ctx context.Context, id int64, o hokusai.ContributionOutcome) error {
	res, err := s.db.db.ExecContext(ctx, `UPDATE contributions SET status = ?, reason_code = ?, reason = ?, evaluation_id = ?, mint_tx = ?, delta_ones = ?, reward = ?, updated_at = ?,
		claim = CASE WHEN ? = 'evaluating' THEN claim ELSE '' END WHERE id = ?`,
		string(o.Status), o.ReasonCode, o.Reason, o.EvaluationID, o.MintTx, o.DeltaOnes, o.Reward, ts(s.now()), string(o.Status), id)
	if err != nil {
		return fmt.Errorf("set outcome: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No contribution has id %d.", id)
	}
	return nil
}

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

func idArgs(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// ClaimContributions moves the contributions from received to evaluating
// under claim, all or none.
func (s *ContributionService) ClaimContributions(ctx context.Context, claim string, ids []int64) error {
	if claim == "" || len(ids) == 0 {
		return hokusai.Errorf(hokusai.EINVALID, "A claim needs a name and at least one contribution.")
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("claim contributions: %w", err)
	}
	defer tx.Rollback()
	args := append([]any{claim, ts(s.now())}, idArgs(ids)...)
	res, err := tx.ExecContext(ctx, `UPDATE contributions SET status = 'evaluating', claim = ?, reason = '', updated_at = ? WHERE status = 'received' AND id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return fmt.Errorf("claim contributions: %w", err)
	}
	if n, _ := res.RowsAffected(); n != int64(len(ids)) {
		return hokusai.Errorf(hokusai.ECONFLICT, "Contributions %v are not all waiting: another evaluator took some of them.", ids)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("claim contributions: %w", err)
	}
	return nil
}

// ReleaseClaims returns a model's evaluating contributions without a
// pending mint to received.
func (s *ContributionService) ReleaseClaims(ctx context.Context, modelID uint64) (int, error) {
	res, err := s.db.db.ExecContext(ctx, `UPDATE contributions SET status = 'received', claim = '', evaluation_id = 0, updated_at = ?
		WHERE model_id = ? AND status = 'evaluating'
		AND NOT EXISTS (SELECT 1 FROM mints WHERE mints.evaluation_id = contributions.evaluation_id AND mints.state = 'pending')`,
		ts(s.now()), int64(modelID))
	if err != nil {
		return 0, fmt.Errorf("release claims: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// CreateEvaluation stores e if its contributions are still evaluating
// under claim. The transaction writes first, so it holds SQLite's write
// lock from its first statement.
func (s *ContributionService) CreateEvaluation(ctx context.Context, claim string, e *hokusai.Evaluation) error {
	if len(e.Contributions) == 0 {
		return hokusai.Errorf(hokusai.EINVALID, "An evaluation needs at least one contribution.")
	}
	e.CreatedAt = s.now()
	ids, _ := json.Marshal(e.Contributions)
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT INTO evaluations (model_id, contributions, head_score, result, receipt, receipt_hash, created_at) VALUES (?, ?, ?, '', ?, ?, ?)`,
		int64(e.ModelID), string(ids), e.HeadScore, []byte(e.Receipt), e.ReceiptHash, ts(e.CreatedAt))
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	args := append([]any{id, claim}, idArgs(e.Contributions)...)
	res, err = tx.ExecContext(ctx, `UPDATE contributions SET evaluation_id = ? WHERE status = 'evaluating' AND claim = ? AND claim <> '' AND id IN (`+placeholders(len(e.Contributions))+`)`, args...)
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	if n, _ := res.RowsAffected(); n != int64(len(e.Contributions)) {
		return lostClaim(e.Contributions)
	}
	e.ID = id
	body, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE evaluations SET result = ? WHERE id = ?`, string(body), id); err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	if err := tx.Commit(); err != nil {
		e.ID = 0
		return fmt.Errorf("create evaluation: %w", err)
	}
	return nil
}

func lostClaim(ids []int64) error {
	return hokusai.Errorf(hokusai.ECONFLICT, "The claim on contributions %v was lost (another evaluator took them over); this evaluation is not recorded.", ids)
}

// FindEvaluation returns ENOTFOUND when no evaluation has the id.
func (s *ContributionService) FindEvaluation(ctx context.Context, id int64) (*hokusai.Evaluation, error) {
	return s.findEvaluation(ctx, `SELECT id, result FROM evaluations WHERE id = ?`, id)
}

// FindEvaluationByReceipt finds the latest evaluation whose receipt has the hash.
func (s *ContributionService) FindEvaluationByReceipt(ctx context.Context, hash string) (*hokusai.Evaluation, error) {
	return s.findEvaluation(ctx, `SELECT id, result FROM evaluations WHERE receipt_hash = ? ORDER BY id DESC LIMIT 1`, hash)
}

func (s *ContributionService) findEvaluation(ctx context.Context, q string, arg any) (*hokusai.Evaluation, error) {
	var id int64
	var body string
	err := s.db.db.QueryRowContext(ctx, q, arg).Scan(&id, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No evaluation matches %v.", arg)
	}
	if err != nil {
		return nil, fmt.Errorf("find evaluation: %w", err)
	}
	e := &hokusai.Evaluation{}
	if err := json.Unmarshal([]byte(body), e); err != nil {
		return nil, fmt.Errorf("find evaluation: %w", err)
	}
	e.ID = id
	if m, err := s.FindMint(ctx, id); err == nil {
		e.MintTx, e.Reward, e.MintState = m.TxHash, m.Reward, m.State
	} else if hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		return nil, err
	}
	return e, nil
}

// JournalMint writes a pending mint if the evaluation's contributions are
// still evaluating under claim, in one statement.
func (s *ContributionService) JournalMint(ctx context.Context, claim string, m *hokusai.MintRecord) error {
	now := ts(s.now())
	res, err := s.db.db.ExecContext(ctx, `INSERT INTO mints (evaluation_id, model_id, idempotency_key, request, state, created_at, updated_at)
		SELECT ?, ?, ?, ?, ?, ?, ? WHERE ? <> '' AND EXISTS (SELECT 1 FROM contributions WHERE evaluation_id = ?)
		AND NOT EXISTS (SELECT 1 FROM contributions WHERE evaluation_id = ? AND (status <> 'evaluating' OR claim <> ?))
		ON CONFLICT DO NOTHING`,
		m.EvaluationID, int64(m.ModelID), m.IdempotencyKey, string(m.Request), hokusai.MintPending, now, now,
		claim, m.EvaluationID, m.EvaluationID, claim)
	if err != nil {
		return fmt.Errorf("journal mint: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hokusai.Errorf(hokusai.ECONFLICT, "Evaluation %d cannot be journaled for minting: it has a mint already, or its contributions were taken over by another evaluator.", m.EvaluationID)
	}
	m.State = hokusai.MintPending
	return nil
}

// FinishMint records a mint's final state.
func (s *ContributionService) FinishMint(ctx context.Context, evaluationID int64, state, txHash, reward string) error {
	_, err := s.db.db.ExecContext(ctx, `UPDATE mints SET state = ?, tx_hash = ?, reward = ?, updated_at = ? WHERE evaluation_id = ?`,
		state, txHash, reward, ts(s.now()), evaluationID)
	if err != nil {
		return fmt.Errorf("finish mint: %w", err)
	}
	return nil
}

// FindMint returns ENOTFOUND when the evaluation has no journaled mint.
func (s *ContributionService) FindMint(ctx context.Context, evaluationID int64) (*hokusai.MintRecord, error) {
	m, err := storecodec.ScanMint(s.db.db.QueryRowContext(ctx, `SELECT `+mintColumns+` FROM mints WHERE evaluation_id = ?`, evaluationID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Evaluation %d has no mint.", evaluationID)
	}
	if err != nil {
		return nil, fmt.Errorf("find mint: %w", err)
	}
	return m, nil
}

const mintColumns = `evaluation_id, model_id, idempotency_key, request, state, tx_hash, reward`

// PendingMints returns the journaled mints not yet finished, oldest first.
func (s *ContributionService) PendingMints(ctx context.Context, modelID uint64) ([]*hokusai.MintRecord, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+mintColumns+` FROM mints WHERE state = ? AND (? = 0 OR model_id = ?) ORDER BY evaluation_id`,
		hokusai.MintPending, int64(modelID), int64(modelID))
	if err != nil {
		return nil, fmt.Errorf("pending mints: %w", err)
	}
	return storecodec.ScanPendingMints(rows)
}

// MintStates returns every journaled mint's state by idempotency key.
func (s *ContributionService) MintStates(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT idempotency_key, state FROM mints`)
	if err != nil {
		return nil, fmt.Errorf("mint states: %w", err)
	}
	return storecodec.ScanMintStates(rows)
}
