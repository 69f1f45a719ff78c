package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

// ContributionService is the PostgreSQL implementation of
// hokusai.ContributionService. Checks that span rows (de-duplication, the
// open limit, an accepted setup) run in a transaction under a per-model
// advisory lock, so servers sharing the database cannot pass them together.
type ContributionService struct {
	db *DB
}

// NewContributionService returns a ContributionService over db.
func NewContributionService(db *DB) *ContributionService { return &ContributionService{db: db} }

var _ hokusai.ContributionService = (*ContributionService)(nil)

// contribLockSpace is the first key of the per-model advisory locks
// (pg_advisory_xact_lock(space, model)).
const contribLockSpace = 400

func (s *ContributionService) now() time.Time { return s.db.now().Truncate(time.Microsecond) }

// inModelLock runs f in a transaction that holds model's advisory lock.
func (s *ContributionService) inModelLock(ctx context.Context, modelID uint64, f func(tx *sql.Tx) error) error {
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, $2)`, contribLockSpace, int32(modelID)); err != nil {
		return err
	}
	if err := f(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// PutSetup stores or replaces a model's setup unless a contribution was
// accepted against it.
func (s *ContributionService) PutSetup(ctx context.Context, st *hokusai.ContributionSetup) error {
	err := s.inModelLock(ctx, st.ModelID, func(tx *sql.Tx) error {
		var accepted bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM contributions WHERE model_id = $1 AND status = 'accepted')`, int64(st.ModelID)).Scan(&accepted); err != nil {
			return err
		}
		if accepted {
			return setupFixed(st.ModelID)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO improve_setups (model_id, setup, benchmark, training, created_at, digest) VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (model_id) DO UPDATE SET setup = excluded.setup, benchmark = excluded.benchmark, training = excluded.training, digest = excluded.digest`,
			int64(st.ModelID), string(st.Settings), st.Benchmark, st.Training, s.now(), hokusai.SetupDigest(st))
		return err
	})
	if err != nil && hokusai.ErrorCode(err) == "" {
		return fmt.Errorf("put setup: %w", err)
	}
	return err
}

func setupFixed(modelID uint64) error {
	return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "benchmark", Message: fmt.Sprintf("Model %d's benchmark and training data are fixed: contributions were accepted against them.", modelID)}
}

// FindSetupDigest returns the digest PutSetup recorded; ENOTFOUND when
// the model has no setup.
func (s *ContributionService) FindSetupDigest(ctx context.Context, modelID uint64) (string, error) {
	var d string
	err := s.db.db.QueryRowContext(ctx, `SELECT digest FROM improve_setups WHERE model_id = $1`, int64(modelID)).Scan(&d)
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
	var settings string
	err := s.db.db.QueryRowContext(ctx, `SELECT setup, benchmark, training, created_at FROM improve_setups WHERE model_id = $1`, int64(modelID)).
		Scan(&settings, &st.Benchmark, &st.Training, &st.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.NoSetupError(modelID)
	}
	if err != nil {
		return nil, fmt.Errorf("find setup: %w", err)
	}
	st.Settings, st.CreatedAt = []byte(settings), st.CreatedAt.UTC()
	return st, nil
}

// CreateContribution checks the idempotency key, the de-duplication and
// the open limit and inserts c, under the model's lock.
func (s *ContributionService) CreateContribution(ctx context.Context, c *hokusai.Contribution, maxOpen int) (*hokusai.Contribution, bool, error) {
	var out *hokusai.Contribution
	created := false
	err := s.inModelLock(ctx, c.ModelID, func(tx *sql.Tx) error {
		if c.IdempotencyKey != "" {
			prior, err := scanContribution(tx.QueryRowContext(ctx, `SELECT `+contribColumns+` FROM contributions WHERE contributor = $1 AND idempotency_key = $2`, c.Contributor, c.IdempotencyKey))
			if err == nil {
				out = prior
				return nil
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		var prior int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM contributions WHERE model_id = $1 AND digest = $2 AND status <> 'rejected' ORDER BY id LIMIT 1`, int64(c.ModelID), c.Digest).Scan(&prior)
		if err == nil {
			return duplicateRows(c.ModelID, prior)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		var open int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM contributions WHERE model_id = $1 AND contributor = $2 AND status IN ('received', 'evaluating')`,
			int64(c.ModelID), c.Contributor).Scan(&open); err != nil {
			return err
		}
		if open >= maxOpen {
			return tooManyOpen(c.Contributor, c.ModelID, open)
		}
		now := s.now()
		cp := *c
		if cp.Candidate == nil {
			cp.Candidate = []byte{}
		}
		// A contributor's key may race on another model's lock: the unique
		// index decides, and the loser reads the winner's contribution.
		err = tx.QueryRowContext(ctx, `INSERT INTO contributions (model_id, contributor, idempotency_key, request_digest, digest, format, rows, data, status, reason_code, reason, created_at, updated_at, candidate, candidate_digest)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14)
			ON CONFLICT (contributor, idempotency_key) WHERE idempotency_key <> '' DO NOTHING RETURNING id`,
			int64(cp.ModelID), cp.Contributor, cp.IdempotencyKey, cp.RequestDigest, cp.Digest, cp.Format, cp.Rows, cp.Data, string(cp.Status), cp.ReasonCode, cp.Reason, now, cp.Candidate, cp.CandidateDigest).Scan(&cp.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil // the key's winner is read below
		}
		if err != nil {
			return err
		}
		cp.CreatedAt, cp.UpdatedAt = now, now
		out, created = &cp, true
		return nil
	})
	if err != nil {
		if hokusai.ErrorCode(err) != "" {
			return nil, false, err
		}
		return nil, false, fmt.Errorf("create contribution: %w", err)
	}
	if out == nil {
		prior, err := s.FindContributionByKey(ctx, c.Contributor, c.IdempotencyKey)
		if err != nil {
			return nil, false, err
		}
		return prior, false, nil
	}
	return out, created, nil
}

func duplicateRows(modelID uint64, prior int64) error {
	return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "rows", Message: fmt.Sprintf("These rows were already submitted to model %d as contribution %d; each set of rows is evaluated once.", modelID, prior)}
}

func tooManyOpen(contributor string, modelID uint64, open int) error {
	return hokusai.Errorf(hokusai.ERATELIMIT, "%s already has %d contributions waiting for model %d (the limit); wait until they are evaluated.", contributor, open, modelID)
}

const contribColumns = `id, model_id, contributor, idempotency_key, request_digest, digest, format, rows, data, status,
	reason_code, reason, evaluation_id, mint_tx, delta_ones, reward, created_at, updated_at, candidate, candidate_digest`

type scanner interface{ Scan(dest ...any) error }

func scanContribution(r scanner) (*hokusai.Contribution, error) {
	c := &hokusai.Contribution{}
	var model int64
	var status string
	if err := r.Scan(&c.ID, &model, &c.Contributor, &c.IdempotencyKey, &c.RequestDigest, &c.Digest, &c.Format, &c.Rows, &c.Data, &status,
		&c.ReasonCode, &c.Reason, &c.EvaluationID, &c.MintTx, &c.DeltaOnes, &c.Reward, &c.CreatedAt, &c.UpdatedAt, &c.Candidate, &c.CandidateDigest); err != nil {
		return nil, err
	}
	c.ModelID, c.Status, c.CreatedAt, c.UpdatedAt = uint64(model), hokusai.ContributionStatus(status), c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	return c, nil
}

// FindContributionByKey returns ENOTFOUND when the contributor used no
// such idempotency key.
func (s *ContributionService) FindContributionByKey(ctx context.Context, contributor, key string) (*hokusai.Contribution, error) {
	c, err := scanContribution(s.db.db.QueryRowContext(ctx, `SELECT `+contribColumns+` FROM contributions WHERE contributor = $1 AND idempotency_key = $2 AND idempotency_key <> ''`, contributor, key))
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
	c, err := scanContribution(s.db.db.QueryRowContext(ctx, `SELECT `+contribColumns+` FROM contributions WHERE id = $1`, id))
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
	q := `SELECT ` + contribColumns + ` FROM contributions WHERE true`
	var args []any
	if f.ModelID != 0 {
		args = append(args, int64(f.ModelID))
		q += fmt.Sprintf(` AND model_id = $%d`, len(args))
	}
	if len(f.Status) > 0 {
		st := make([]string, len(f.Status))
		for i, x := range f.Status {
			st[i] = string(x)
		}
		args = append(args, st)
		q += fmt.Sprintf(` AND status = ANY($%d)`, len(args))
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
		`SELECT `+contribColumns+` FROM contributions WHERE model_id = $1 AND status = 'accepted' ORDER BY evaluation_id, id`, int64(modelID))
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
	res, err := s.db.db.ExecContext(ctx, `UPDATE contributions SET status = $1, reason_code = $2, reason = $3, evaluation_id = $4, mint_tx = $5, delta_ones = $6, reward = $7, updated_at = $8,
		claim = CASE WHEN $1 = 'evaluating' THEN claim ELSE '' END WHERE id = $9`,
		string(o.Status), o.ReasonCode, o.Reason, o.EvaluationID, o.MintTx, o.DeltaOnes, o.Reward, s.now(), id)
	if err != nil {
		return fmt.Errorf("set outcome: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No contribution has id %d.", id)
	}
	return nil
}

// ClaimContributions moves the contributions from received to evaluating
// under claim, all or none. Rows are locked in id order, so concurrent
// claims never deadlock; a claim that finds a row taken rolls back.
func (s *ContributionService) ClaimContributions(ctx context.Context, claim string, ids []int64) error {
	if claim == "" || len(ids) == 0 {
		return hokusai.Errorf(hokusai.EINVALID, "A claim needs a name and at least one contribution.")
	}
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("claim contributions: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT id FROM contributions WHERE id = ANY($1) ORDER BY id FOR UPDATE`, sorted); err != nil {
		return fmt.Errorf("claim contributions: %w", err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE contributions SET status = 'evaluating', claim = $1, reason = '', updated_at = $2 WHERE status = 'received' AND id = ANY($3)`,
		claim, s.now(), sorted)
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
	res, err := s.db.db.ExecContext(ctx, `UPDATE contributions SET status = 'received', claim = '', evaluation_id = 0, updated_at = $1
		WHERE model_id = $2 AND status = 'evaluating'
		AND NOT EXISTS (SELECT 1 FROM mints WHERE mints.evaluation_id = contributions.evaluation_id AND mints.state = 'pending')`,
		s.now(), int64(modelID))
	if err != nil {
		return 0, fmt.Errorf("release claims: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// lockClaimed locks the contributions ids and reports whether every one
// is evaluating under claim.
func lockClaimed(ctx context.Context, tx *sql.Tx, claim string, ids []int64) (bool, error) {
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	var held int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT id FROM contributions WHERE id = ANY($1) AND status = 'evaluating' AND claim = $2 AND claim <> '' ORDER BY id FOR UPDATE) c`,
		sorted, claim).Scan(&held)
	return held == len(ids), err
}

// CreateEvaluation stores e if its contributions are still evaluating
// under claim (they are locked until the evaluation is stored).
func (s *ContributionService) CreateEvaluation(ctx context.Context, claim string, e *hokusai.Evaluation) error {
	if len(e.Contributions) == 0 {
		return hokusai.Errorf(hokusai.EINVALID, "An evaluation needs at least one contribution.")
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	defer tx.Rollback()
	held, err := lockClaimed(ctx, tx, claim, e.Contributions)
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	if !held {
		return lostClaim(e.Contributions)
	}
	created := s.now()
	ids, _ := json.Marshal(e.Contributions)
	var id int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO evaluations (model_id, contributions, head_score, result, receipt, receipt_hash, created_at) VALUES ($1, $2, $3, '', $4, $5, $6) RETURNING id`,
		int64(e.ModelID), string(ids), e.HeadScore, []byte(e.Receipt), e.ReceiptHash, created).Scan(&id); err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	stored := *e
	stored.ID, stored.CreatedAt = id, created
	body, err := json.Marshal(&stored)
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE evaluations SET result = $1 WHERE id = $2`, string(body), id); err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE contributions SET evaluation_id = $1 WHERE id = ANY($2)`, id, e.Contributions); err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	e.ID, e.CreatedAt = id, created
	return nil
}

func lostClaim(ids []int64) error {
	return hokusai.Errorf(hokusai.ECONFLICT, "The claim on contributions %v was lost (another evaluator took them over); this evaluation is not recorded.", ids)
}

// FindEvaluation returns ENOTFOUND when no evaluation has the id.
func (s *ContributionService) FindEvaluation(ctx context.Context, id int64) (*hokusai.Evaluation, error) {
	return s.findEvaluation(ctx, `SELECT id, result FROM evaluations WHERE id = $1`, id)
}

// FindEvaluationByReceipt finds the latest evaluation whose receipt has the hash.
func (s *ContributionService) FindEvaluationByReceipt(ctx context.Context, hash string) (*hokusai.Evaluation, error) {
	return s.findEvaluation(ctx, `SELECT id, result FROM evaluations WHERE receipt_hash = $1 ORDER BY id DESC LIMIT 1`, hash)
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
// still evaluating under claim (locked while it is written).
func (s *ContributionService) JournalMint(ctx context.Context, claim string, m *hokusai.MintRecord) error {
	refused := hokusai.Errorf(hokusai.ECONFLICT, "Evaluation %d cannot be journaled for minting: it has a mint already, or its contributions were taken over by another evaluator.", m.EvaluationID)
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("journal mint: %w", err)
	}
	defer tx.Rollback()
	var ids []int64
	rows, err := tx.QueryContext(ctx, `SELECT id FROM contributions WHERE evaluation_id = $1 ORDER BY id`, m.EvaluationID)
	if err != nil {
		return fmt.Errorf("journal mint: %w", err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("journal mint: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if len(ids) == 0 {
		return refused
	}
	held, err := lockClaimed(ctx, tx, claim, ids)
	if err != nil {
		return fmt.Errorf("journal mint: %w", err)
	}
	if !held {
		return refused
	}
	now := s.now()
	res, err := tx.ExecContext(ctx, `INSERT INTO mints (evaluation_id, model_id, idempotency_key, request, state, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)
		ON CONFLICT (evaluation_id) DO NOTHING`,
		m.EvaluationID, int64(m.ModelID), m.IdempotencyKey, string(m.Request), hokusai.MintPending, now)
	if err != nil {
		return fmt.Errorf("journal mint: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return refused
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("journal mint: %w", err)
	}
	m.State = hokusai.MintPending
	return nil
}

// FinishMint records a mint's final state.
func (s *ContributionService) FinishMint(ctx context.Context, evaluationID int64, state, txHash, reward string) error {
	_, err := s.db.db.ExecContext(ctx, `UPDATE mints SET state = $1, tx_hash = $2, reward = $3, updated_at = $4 WHERE evaluation_id = $5`,
		state, txHash, reward, s.now(), evaluationID)
	if err != nil {
		return fmt.Errorf("finish mint: %w", err)
	}
	return nil
}

const mintColumns = `evaluation_id, model_id, idempotency_key, request, state, tx_hash, reward`

// FindMint returns ENOTFOUND when the evaluation has no journaled mint.
func (s *ContributionService) FindMint(ctx context.Context, evaluationID int64) (*hokusai.MintRecord, error) {
	m, err := storecodec.ScanMint(s.db.db.QueryRowContext(ctx, `SELECT `+mintColumns+` FROM mints WHERE evaluation_id = $1`, evaluationID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Evaluation %d has no mint.", evaluationID)
	}
	if err != nil {
		return nil, fmt.Errorf("find mint: %w", err)
	}
	return m, nil
}

// PendingMints returns the journaled mints not yet finished, oldest first.
func (s *ContributionService) PendingMints(ctx context.Context, modelID uint64) ([]*hokusai.MintRecord, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+mintColumns+` FROM mints WHERE state = $1 AND ($2 = 0 OR model_id = $2) ORDER BY evaluation_id`,
		hokusai.MintPending, int64(modelID))
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
