package contrib

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

//go:embed migrations/*.sql
var migrationsFS embed.FS

// Store keeps setups, contributions, evaluations and the mint journal in
// the server's SQLite file (its own tables and migration version table).
type Store struct {
	db  *sql.DB
	Now func() time.Time

	mu     sync.Mutex
	setups map[uint64]*Setup // parsed setups, with their benchmarks
}

// Open migrates this package's tables in db and returns a Store.
func Open(ctx context.Context, db *sqlite.DB) (*Store, error) {
	sub, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx, "contrib_goose_version", sub); err != nil {
		return nil, err
	}
	return &Store{db: db.SQL(), Now: time.Now, setups: map[uint64]*Setup{}}, nil
}

func (s *Store) now() time.Time { return s.Now().UTC().Truncate(time.Millisecond) }

func ts(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTS(s string) time.Time { t, _ := time.Parse(time.RFC3339Nano, s); return t }

// PutSetup stores (or replaces) a model's setup.
func (s *Store) PutSetup(ctx context.Context, st *Setup) error {
	if err := st.Validate(); err != nil {
		return err
	}
	// Receipts and the training data of record refer to the benchmark and
	// the initial rows: once a contribution was accepted they are fixed.
	var accepted int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM contributions WHERE model_id = ? AND status = 'accepted'`, int64(st.ModelID)).Scan(&accepted); err != nil {
		return fmt.Errorf("put setup: %w", err)
	}
	if accepted > 0 {
		return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "benchmark", Message: fmt.Sprintf("Model %d's benchmark and training data are fixed: %d contributions were accepted against them.", st.ModelID, accepted)}
	}
	meta, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("put setup: %w", err)
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO improve_setups (model_id, setup, benchmark, training, created_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (model_id) DO UPDATE SET setup = excluded.setup, benchmark = excluded.benchmark, training = excluded.training`,
		int64(st.ModelID), string(meta), CanonicalJSONL(st.Benchmark), CanonicalJSONL(st.Training), ts(s.now()))
	if err != nil {
		return fmt.Errorf("put setup: %w", err)
	}
	s.mu.Lock()
	delete(s.setups, st.ModelID)
	s.mu.Unlock()
	return nil
}

// FindSetup returns a model's setup; ENOTFOUND when the model takes no
// contributions yet.
func (s *Store) FindSetup(ctx context.Context, modelID uint64) (*Setup, error) {
	s.mu.Lock()
	st := s.setups[modelID]
	s.mu.Unlock()
	if st != nil {
		return st, nil
	}
	var meta string
	var bench, train []byte
	err := s.db.QueryRowContext(ctx, `SELECT setup, benchmark, training FROM improve_setups WHERE model_id = ?`, int64(modelID)).Scan(&meta, &bench, &train)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Model %d takes no contributions yet: its owner has not set up its benchmark and training data.", modelID)
	}
	if err != nil {
		return nil, fmt.Errorf("find setup: %w", err)
	}
	st = &Setup{}
	if err := json.Unmarshal([]byte(meta), st); err != nil {
		return nil, fmt.Errorf("find setup: %w", err)
	}
	if st.Benchmark, err = eval.LoadJSONL(bytes.NewReader(bench), eval.LoadOptions{}); err != nil {
		return nil, fmt.Errorf("find setup benchmark: %w", err)
	}
	if st.Training, err = eval.LoadJSONL(bytes.NewReader(train), eval.LoadOptions{}); err != nil {
		return nil, fmt.Errorf("find setup training: %w", err)
	}
	if _, err := st.Bench(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.setups[modelID] = st
	s.mu.Unlock()
	return st, nil
}

// Submission is one contribution as a client sends it.
type Submission struct {
	ModelID        uint64
	Contributor    string // 0x address to pay
	IdempotencyKey string
	Format         string // csv, jsonl or "" to sniff
	Body           []byte
	// Candidate optionally holds the improved model version trained on the
	// rows (a built-in linear/softmax model file).
	Candidate []byte
}

// ReasonLeakage is the reason code of a contribution that copies hidden test rows.
const ReasonLeakage = "LEAKAGE"

// Submit validates and stores a contribution. With an idempotency key,
// the same key and body return the stored contribution (created false);
// the same key with another body is ECONFLICT. Bad rows are EINVALID
// naming the row and field; personal data under the reject policy is
// EINVALID; too many open contributions is ERATELIMIT; the same rows
// submitted before for this model are ECONFLICT. Rows that copy the hidden
// test split are stored as rejected with reason LEAKAGE.
func (s *Store) Submit(ctx context.Context, sub Submission) (*Contribution, bool, error) {
	if !common.IsHexAddress(sub.Contributor) {
		return nil, false, hokusai.FieldErrorf("contributor", "contributor %q is not a 0x address; give the address to pay.", sub.Contributor)
	}
	contributor := common.HexToAddress(sub.Contributor).Hex()
	if len(sub.IdempotencyKey) > 200 {
		return nil, false, hokusai.FieldErrorf("idempotency_key", "The idempotency key is at most 200 characters.")
	}
	if len(sub.Body) > MaxBodyBytes {
		return nil, false, hokusai.FieldErrorf("rows", "The contribution is %d bytes; the limit is %d.", len(sub.Body), MaxBodyBytes)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d\n%s\n%s\n", sub.ModelID, contributor, strings.ToLower(sub.Format))
	h.Write(sub.Body)
	if len(sub.Candidate) > 0 {
		h.Write([]byte("\ncandidate\n"))
		h.Write(sub.Candidate)
	}
	reqDigest := "sha256:" + hex.EncodeToString(h.Sum(nil))
	if sub.IdempotencyKey != "" {
		if c, err := s.findByKey(ctx, contributor, sub.IdempotencyKey); err == nil {
			if c.RequestDigest != reqDigest || c.ModelID != sub.ModelID {
				return nil, false, &hokusai.Error{Code: hokusai.ECONFLICT, Field: "idempotency_key", Message: fmt.Sprintf("The idempotency key %q was already used for contribution %d with a different body; use a new key for new data.", sub.IdempotencyKey, c.ID)}
			}
			return c, false, nil
		} else if !isNotFound(err) {
			return nil, false, err
		}
	}
	st, err := s.FindSetup(ctx, sub.ModelID)
	if err != nil {
		return nil, false, err
	}
	raw, format, err := Parse(sub.Body, sub.Format, st.Policy.maxRows())
	if err != nil {
		return nil, false, err
	}
	schema, err := st.Schema()
	if err != nil {
		return nil, false, err
	}
	d, err := schema.Validate(raw)
	if err != nil {
		return nil, false, err
	}
	if st.Policy.PII != PIIAllow {
		if fs := ScanPII(d); len(fs) > 0 {
			return nil, false, piiError(fs)
		}
	}
	var cand []byte
	candDigest := ""
	if len(sub.Candidate) > 0 {
		if st.Recipe.Runtime != hokusai.RuntimeLinear && st.Recipe.Runtime != hokusai.RuntimeSoftmax {
			return nil, false, &hokusai.Error{Code: hokusai.ENOTIMPLEMENTED, Field: "candidate", Message: fmt.Sprintf("Submitting a model version is available for the built-in linear and softmax runtimes; this model trains with %q.", st.Recipe.Runtime)}
		}
		m, err := linear.Parse(sub.Candidate)
		if err != nil {
			return nil, false, hokusai.FieldErrorf("candidate", "The submitted model version is not a built-in model file: %s", hokusai.ErrorMessage(err))
		}
		if cand, err = m.Marshal(); err != nil {
			return nil, false, fmt.Errorf("submit candidate: %w", err)
		}
		sum := sha256.Sum256(cand)
		candDigest = "sha256:" + hex.EncodeToString(sum[:])
	}
	digest := d.Digest()
	var prior int64
	err = s.db.QueryRowContext(ctx, `SELECT id FROM contributions WHERE model_id = ? AND digest = ? AND status <> 'rejected' LIMIT 1`, int64(sub.ModelID), digest).Scan(&prior)
	if err == nil {
		return nil, false, &hokusai.Error{Code: hokusai.ECONFLICT, Field: "rows", Message: fmt.Sprintf("These rows were already submitted to model %d as contribution %d; each set of rows is evaluated once.", sub.ModelID, prior)}
	} else if !errors.Is(err, sql.ErrNoRows) {
		return nil, false, fmt.Errorf("submit: %w", err)
	}
	var open int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM contributions WHERE model_id = ? AND contributor = ? AND status IN ('received', 'evaluating')`,
		int64(sub.ModelID), contributor).Scan(&open); err != nil {
		return nil, false, fmt.Errorf("submit: %w", err)
	}
	if open >= st.Policy.maxOpen() {
		return nil, false, hokusai.Errorf(hokusai.ERATELIMIT, "%s already has %d contributions waiting for model %d (the limit); wait until they are evaluated.", contributor, open, sub.ModelID)
	}
	c := &Contribution{
		ModelID: sub.ModelID, Contributor: contributor, IdempotencyKey: sub.IdempotencyKey, RequestDigest: reqDigest,
		Digest: digest, Format: format, Rows: d.Len(), Status: StatusReceived, Data: CanonicalJSONL(d),
		Candidate: cand, CandidateDigest: candDigest,
	}
	bench, err := st.Bench()
	if err != nil {
		return nil, false, err
	}
	if dup := bench.DuplicatesTest(d); len(dup) > 0 {
		c.Status, c.ReasonCode = StatusRejected, ReasonLeakage
		c.Reason = fmt.Sprintf("%d of its %d rows duplicate rows of the model's hidden test split; contributions must not contain benchmark test data.", len(dup), d.Len())
	}
	now := s.now()
	c.CreatedAt, c.UpdatedAt = now, now
	if c.Candidate == nil {
		c.Candidate = []byte{}
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO contributions (model_id, contributor, idempotency_key, request_digest, digest, format, rows, data, status, reason_code, reason, created_at, updated_at, candidate, candidate_digest)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		int64(c.ModelID), c.Contributor, c.IdempotencyKey, c.RequestDigest, c.Digest, c.Format, c.Rows, c.Data, string(c.Status), c.ReasonCode, c.Reason, ts(now), ts(now), c.Candidate, c.CandidateDigest)
	if err != nil {
		if sub.IdempotencyKey != "" && strings.Contains(err.Error(), "UNIQUE") {
			// A concurrent request with the same key won the race.
			return s.Submit(ctx, sub)
		}
		return nil, false, fmt.Errorf("submit: %w", err)
	}
	c.ID, _ = res.LastInsertId()
	return c, true, nil
}

func isNotFound(err error) bool { return hokusai.ErrorCode(err) == hokusai.ENOTFOUND }

const contribColumns = `id, model_id, contributor, idempotency_key, request_digest, digest, format, rows, data, status,
	reason_code, reason, evaluation_id, mint_tx, delta_ones, reward, created_at, updated_at, candidate, candidate_digest`

type scanner interface{ Scan(...any) error }

func scanContribution(r scanner) (*Contribution, error) {
	c := &Contribution{}
	var model int64
	var status, created, updated string
	if err := r.Scan(&c.ID, &model, &c.Contributor, &c.IdempotencyKey, &c.RequestDigest, &c.Digest, &c.Format, &c.Rows, &c.Data, &status,
		&c.ReasonCode, &c.Reason, &c.EvaluationID, &c.MintTx, &c.DeltaOnes, &c.Reward, &created, &updated, &c.Candidate, &c.CandidateDigest); err != nil {
		return nil, err
	}
	c.ModelID, c.Status, c.CreatedAt, c.UpdatedAt = uint64(model), Status(status), parseTS(created), parseTS(updated)
	return c, nil
}

func (s *Store) findByKey(ctx context.Context, contributor, key string) (*Contribution, error) {
	c, err := scanContribution(s.db.QueryRowContext(ctx, `SELECT `+contribColumns+` FROM contributions WHERE contributor = ? AND idempotency_key = ?`, contributor, key))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No contribution has that idempotency key.")
	}
	return c, err
}

// FindContribution returns ENOTFOUND when no contribution has the id.
func (s *Store) FindContribution(ctx context.Context, id int64) (*Contribution, error) {
	c, err := scanContribution(s.db.QueryRowContext(ctx, `SELECT `+contribColumns+` FROM contributions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No contribution has id %d.", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find contribution: %w", err)
	}
	return c, nil
}

// ContributionFilter narrows FindContributions.
type ContributionFilter struct {
	ModelID uint64   // 0: every model
	Status  []Status // empty: every status
	Limit   int      // 0: 100
}

// FindContributions returns contributions in id order.
func (s *Store) FindContributions(ctx context.Context, f ContributionFilter) ([]*Contribution, error) {
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
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("find contributions: %w", err)
	}
	defer rows.Close()
	var out []*Contribution
	for rows.Next() {
		c, err := scanContribution(rows)
		if err != nil {
			return nil, fmt.Errorf("find contributions: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// WaitingModels returns the models that have received contributions,
// the one whose oldest waiting contribution is oldest first: the
// evaluator's queue, one entry per model, however many rows wait.
func (s *Store) WaitingModels(ctx context.Context) ([]uint64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT model_id FROM contributions WHERE status = 'received' GROUP BY model_id ORDER BY MIN(id)`)
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

// Accepted returns a model's accepted contributions in acceptance order:
// with the setup's initial rows, the model's training data.
func (s *Store) Accepted(ctx context.Context, modelID uint64) ([]*Contribution, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+contribColumns+` FROM contributions WHERE model_id = ? AND status = 'accepted' ORDER BY evaluation_id, id`, int64(modelID))
	if err != nil {
		return nil, fmt.Errorf("accepted contributions: %w", err)
	}
	defer rows.Close()
	var out []*Contribution
	for rows.Next() {
		c, err := scanContribution(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Outcome is what the evaluator records on a contribution.
type Outcome struct {
	Status       Status
	ReasonCode   string
	Reason       string
	EvaluationID int64
	MintTx       string
	DeltaOnes    string
	Reward       string
}

// SetOutcome moves a contribution to a new state.
func (s *Store) SetOutcome(ctx context.Context, id int64, o Outcome) error {
	_, err := s.db.ExecContext(ctx, `UPDATE contributions SET status = ?, reason_code = ?, reason = ?, evaluation_id = ?, mint_tx = ?, delta_ones = ?, reward = ?, updated_at = ? WHERE id = ?`,
		string(o.Status), o.ReasonCode, o.Reason, o.EvaluationID, o.MintTx, o.DeltaOnes, o.Reward, ts(s.now()), id)
	if err != nil {
		return fmt.Errorf("set outcome: %w", err)
	}
	return nil
}
