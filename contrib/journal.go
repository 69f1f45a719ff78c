package contrib

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// Weight is one contributor's share of an improvement.
type Weight struct {
	Contribution int64   `json:"contribution"`
	Contributor  string  `json:"contributor"`
	Bps          uint16  `json:"bps"`
	Value        float64 `json:"value"` // attributed improvement (leave-one-out or Shapley)
}

// Decisions an evaluation reaches (F12).
const (
	DecisionMint   = "mint"
	DecisionReject = "reject"
)

// Evaluation is one evaluation of a batch of contributions against one head.
type Evaluation struct {
	ID              int64           `json:"id"`
	ModelID         uint64          `json:"model_id"`
	Contributions   []int64         `json:"contributions"`
	HeadScore       string          `json:"head_score"` // wad, the on-chain head evaluated against
	BaselineScore   float64         `json:"baseline_score"`
	CandidateScore  float64         `json:"candidate_score"`
	Improvement     float64         `json:"improvement"`
	Lower95         float64         `json:"lower95"`
	DeltaOnes       string          `json:"delta_ones"` // decimal, claimed against the head
	Threshold       string          `json:"threshold"`  // decimal DeltaOnes needed to mint
	Decision        string          `json:"decision"`
	ReasonCode      string          `json:"reason_code,omitempty"`
	Reason          string          `json:"reason,omitempty"`
	Method          string          `json:"method,omitempty"` // weights: single, shapley or leave-one-out
	Weights         []Weight        `json:"weights,omitempty"`
	TrainingRows    int             `json:"training_rows"` // rows the candidate was trained on
	NewRows         int             `json:"new_rows"`      // contributed rows not already in the training data
	TestRows        int             `json:"test_rows"`
	BaselineDigest  string          `json:"baseline_digest"`
	CandidateDigest string          `json:"candidate_digest"`
	Receipt         json.RawMessage `json:"receipt"`
	ReceiptHash     string          `json:"receipt_hash"`
	MintTx          string          `json:"mint_tx,omitempty"`
	Reward          string          `json:"reward,omitempty"` // token wei minted in all
	MintState       string          `json:"mint_state,omitempty"`
	CreatedAt       time.Time       `json:"created_at"`
}

// CreateEvaluation stores e and sets its ID.
func (s *Store) CreateEvaluation(ctx context.Context, e *Evaluation) error {
	e.CreatedAt = s.now()
	ids, _ := json.Marshal(e.Contributions)
	body, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO evaluations (model_id, contributions, head_score, result, receipt, receipt_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		int64(e.ModelID), string(ids), e.HeadScore, string(body), []byte(e.Receipt), e.ReceiptHash, ts(e.CreatedAt))
	if err != nil {
		return fmt.Errorf("create evaluation: %w", err)
	}
	e.ID, _ = res.LastInsertId()
	return nil
}

// FindEvaluation returns ENOTFOUND when no evaluation has the id; the
// mint's transaction and state come from the journal.
func (s *Store) FindEvaluation(ctx context.Context, id int64) (*Evaluation, error) {
	return s.findEvaluation(ctx, `SELECT id, result FROM evaluations WHERE id = ?`, id)
}

// FindEvaluationByReceipt finds the evaluation whose receipt has the hash.
func (s *Store) FindEvaluationByReceipt(ctx context.Context, hash string) (*Evaluation, error) {
	return s.findEvaluation(ctx, `SELECT id, result FROM evaluations WHERE receipt_hash = ? ORDER BY id DESC LIMIT 1`, hash)
}

func (s *Store) findEvaluation(ctx context.Context, q string, arg any) (*Evaluation, error) {
	var id int64
	var body string
	err := s.db.QueryRowContext(ctx, q, arg).Scan(&id, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No evaluation matches %v.", arg)
	}
	if err != nil {
		return nil, fmt.Errorf("find evaluation: %w", err)
	}
	e := &Evaluation{}
	if err := json.Unmarshal([]byte(body), e); err != nil {
		return nil, fmt.Errorf("find evaluation: %w", err)
	}
	e.ID = id
	if m, err := s.FindMint(ctx, id); err == nil {
		e.MintTx, e.Reward, e.MintState = m.TxHash, m.Reward, m.State
	}
	return e, nil
}

// Mint journal states.
const (
	MintPending   = "pending"   // written before sending; may or may not be on-chain
	MintConfirmed = "confirmed" // mined; the contributions are accepted
	MintAbandoned = "abandoned" // never mined and will not be (stale head, expired)
)

// MintRecord is one journaled mint.
type MintRecord struct {
	EvaluationID   int64
	ModelID        uint64
	IdempotencyKey string
	Request        json.RawMessage // the signed request, as the evaluator encodes it
	State          string
	TxHash         string
	Reward         string
}

// JournalMint writes a pending mint before it is sent.
func (s *Store) JournalMint(ctx context.Context, m *MintRecord) error {
	now := ts(s.now())
	_, err := s.db.ExecContext(ctx, `INSERT INTO mints (evaluation_id, model_id, idempotency_key, request, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		m.EvaluationID, int64(m.ModelID), m.IdempotencyKey, string(m.Request), MintPending, now, now)
	if err != nil {
		return fmt.Errorf("journal mint: %w", err)
	}
	m.State = MintPending
	return nil
}

// FinishMint records a mint's final state.
func (s *Store) FinishMint(ctx context.Context, evaluationID int64, state, txHash, reward string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE mints SET state = ?, tx_hash = ?, reward = ?, updated_at = ? WHERE evaluation_id = ?`,
		state, txHash, reward, ts(s.now()), evaluationID)
	if err != nil {
		return fmt.Errorf("finish mint: %w", err)
	}
	return nil
}

// FindMint returns ENOTFOUND when the evaluation has no journaled mint.
func (s *Store) FindMint(ctx context.Context, evaluationID int64) (*MintRecord, error) {
	m := &MintRecord{}
	var model int64
	var req string
	err := s.db.QueryRowContext(ctx, `SELECT evaluation_id, model_id, idempotency_key, request, state, tx_hash, reward FROM mints WHERE evaluation_id = ?`, evaluationID).
		Scan(&m.EvaluationID, &model, &m.IdempotencyKey, &req, &m.State, &m.TxHash, &m.Reward)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "Evaluation %d has no mint.", evaluationID)
	}
	if err != nil {
		return nil, fmt.Errorf("find mint: %w", err)
	}
	m.ModelID, m.Request = uint64(model), json.RawMessage(req)
	return m, nil
}

// PendingMints returns the journaled mints not yet finished, oldest first.
func (s *Store) PendingMints(ctx context.Context) ([]*MintRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT evaluation_id FROM mints WHERE state = ? ORDER BY evaluation_id`, MintPending)
	if err != nil {
		return nil, fmt.Errorf("pending mints: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	var out []*MintRecord
	for _, id := range ids {
		m, err := s.FindMint(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}
