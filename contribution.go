package hokusai

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// ContributionStatus is where a contribution is in its lifecycle.
type ContributionStatus string

// Contribution lifecycle: received → evaluating → accepted | rejected.
const (
	ContributionReceived   ContributionStatus = "received"   // stored, waiting for the evaluator
	ContributionEvaluating ContributionStatus = "evaluating" // claimed by an evaluator; a mint may be in flight
	ContributionAccepted   ContributionStatus = "accepted"   // it improved the model and its reward was minted
	ContributionRejected   ContributionStatus = "rejected"   // refused; Reason says why
)

// Contribution is one submission of rows to improve a model.
type Contribution struct {
	ID             int64              `json:"id"`
	ModelID        uint64             `json:"model_id"`
	Contributor    string             `json:"contributor"` // 0x address that is paid
	IdempotencyKey string             `json:"idempotency_key,omitempty"`
	RequestDigest  string             `json:"-"`
	Digest         string             `json:"digest"` // dataset digest of the rows (canonical JSONL)
	Format         string             `json:"format"` // csv or jsonl
	Rows           int                `json:"rows"`
	Status         ContributionStatus `json:"status"`
	ReasonCode     string             `json:"reason_code,omitempty"`
	Reason         string             `json:"reason,omitempty"`
	EvaluationID   int64              `json:"evaluation_id,omitempty"`
	MintTx         string             `json:"mint_tx,omitempty"`
	DeltaOnes      string             `json:"delta_ones,omitempty"` // decimal DeltaOnes of the improvement it was part of
	Reward         string             `json:"reward,omitempty"`     // token wei minted to the contributor
	CreatedAt      time.Time          `json:"created_at"`
	UpdatedAt      time.Time          `json:"updated_at"`

	// CandidateDigest names the improved model version submitted with the
	// rows ("sha256:" of its canonical model file), when there is one.
	CandidateDigest string `json:"candidate_digest,omitempty"`

	// Data is the rows as canonical JSONL (not sent in listings).
	Data []byte `json:"-"`
	// Candidate is the submitted model file in canonical form, if any.
	Candidate []byte `json:"-"`
}

// ContributionSetup is a model's contribution setup as it is stored: the
// settings (recipe, metric, split, intake policy) as JSON, and the
// benchmark and initial training rows as canonical JSONL. Package contrib
// encodes and decodes it.
type ContributionSetup struct {
	ModelID   uint64
	Settings  []byte
	Benchmark []byte
	Training  []byte
	CreatedAt time.Time
}

// SetupDigest is the hex sha256 of a setup's settings, benchmark and
// training data, each preceded by its length: it changes whenever any of
// them does.
func SetupDigest(s *ContributionSetup) string {
	h := sha256.New()
	for _, b := range [][]byte{s.Settings, s.Benchmark, s.Training} {
		fmt.Fprintf(h, "%d\n", len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// NoSetupError is the ENOTFOUND of a model that has no setup.
func NoSetupError(modelID uint64) error {
	return Errorf(ENOTFOUND, "Model %d takes no contributions yet: its owner has not set up its benchmark and training data.", modelID)
}

// ContributionFilter narrows FindContributions.
type ContributionFilter struct {
	ModelID uint64               // 0: every model
	Status  []ContributionStatus // empty: every status
	Limit   int                  // 0: 100
}

// ContributionOutcome is what the evaluator records on a contribution.
type ContributionOutcome struct {
	Status       ContributionStatus
	ReasonCode   string
	Reason       string
	EvaluationID int64
	MintTx       string
	DeltaOnes    string
	Reward       string
}

// ContributionWeight is one contributor's share of an improvement.
type ContributionWeight struct {
	Contribution int64   `json:"contribution"`
	Contributor  string  `json:"contributor"`
	Bps          uint16  `json:"bps"`
	Value        float64 `json:"value"` // marginal gain: the contribution's Shapley value, exact or sampled
}

// Decisions an evaluation reaches.
const (
	DecisionMint   = "mint"
	DecisionReject = "reject"
)

// Evaluation is one evaluation of a batch of contributions against one head.
type Evaluation struct {
	ID              int64                `json:"id"`
	ModelID         uint64               `json:"model_id"`
	Contributions   []int64              `json:"contributions"`
	HeadScore       string               `json:"head_score"` // wad, the on-chain head evaluated against
	BaselineScore   float64              `json:"baseline_score"`
	CandidateScore  float64              `json:"candidate_score"`
	Improvement     float64              `json:"improvement"`
	Lower95         float64              `json:"lower95"`
	DeltaOnes       string               `json:"delta_ones"` // decimal, claimed against the head
	Threshold       string               `json:"threshold"`  // decimal DeltaOnes needed to mint
	Decision        string               `json:"decision"`
	ReasonCode      string               `json:"reason_code,omitempty"`
	Reason          string               `json:"reason,omitempty"`
	Method          string               `json:"method,omitempty"` // weights: single, shapley or shapley-sampled
	Weights         []ContributionWeight `json:"weights,omitempty"`
	TrainingRows    int                  `json:"training_rows"` // rows the candidate was trained on
	NewRows         int                  `json:"new_rows"`      // contributed rows not already in the training data
	TestRows        int                  `json:"test_rows"`
	BaselineDigest  string               `json:"baseline_digest"`
	CandidateDigest string               `json:"candidate_digest"`
	Receipt         json.RawMessage      `json:"receipt"`
	ReceiptHash     string               `json:"receipt_hash"`
	MintTx          string               `json:"mint_tx,omitempty"`
	Reward          string               `json:"reward,omitempty"` // token wei minted in all
	MintState       string               `json:"mint_state,omitempty"`
	CreatedAt       time.Time            `json:"created_at"`
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

// ContributionService keeps contributions, the setups they are checked
// against, the evaluator's evaluations and its mint journal. Every method
// is safe for several servers sharing one database: the conditional ones
// (CreateContribution, ClaimContributions, CreateEvaluation, JournalMint)
// decide in the database, not in a process.
type ContributionService interface {
	// PutSetup stores or replaces a model's setup; ECONFLICT once a
	// contribution was accepted against it (receipts refer to it).
	PutSetup(ctx context.Context, s *ContributionSetup) error
	// FindSetup returns ENOTFOUND when the model has no setup.
	FindSetup(ctx context.Context, modelID uint64) (*ContributionSetup, error)
	// FindSetupDigest returns the SetupDigest PutSetup recorded, without
	// reading the setup's data, so a holder of a parsed copy can tell it is
	// still current; "" for a setup stored before digests were recorded.
	// ENOTFOUND when the model has no setup.
	FindSetupDigest(ctx context.Context, modelID uint64) (string, error)

	// CreateContribution stores c (its ID, CreatedAt and UpdatedAt are
	// set) and reports true. When c has an idempotency key its
	// contributor already used, it stores nothing and returns the stored
	// contribution and false, even when two servers race with the key.
	// ECONFLICT when a contribution with the same rows (Digest) for the
	// model is not rejected; ERATELIMIT when the contributor already has
	// maxOpen contributions received or evaluating for the model.
	CreateContribution(ctx context.Context, c *Contribution, maxOpen int) (*Contribution, bool, error)
	// FindContribution returns ENOTFOUND when no contribution has the id.
	FindContribution(ctx context.Context, id int64) (*Contribution, error)
	// FindContributionByKey returns ENOTFOUND when the contributor used
	// no such idempotency key.
	FindContributionByKey(ctx context.Context, contributor, key string) (*Contribution, error)
	// FindContributions returns contributions in id order.
	FindContributions(ctx context.Context, f ContributionFilter) ([]*Contribution, error)
	// AcceptedContributions returns a model's accepted contributions in
	// acceptance order (evaluation, then id).
	AcceptedContributions(ctx context.Context, modelID uint64) ([]*Contribution, error)
	// WaitingModels returns the models with received contributions, the
	// one whose oldest waiting contribution is oldest first.
	WaitingModels(ctx context.Context) ([]uint64, error)
	// SetOutcome moves a contribution to a new state; a state other than
	// evaluating drops its claim. ENOTFOUND when no contribution has the id.
	SetOutcome(ctx context.Context, id int64, o ContributionOutcome) error

	// ClaimContributions moves the contributions from received to
	// evaluating under claim, all or none: ECONFLICT when any is not
	// received (another evaluator took it). EINVALID when claim is empty.
	ClaimContributions(ctx context.Context, claim string, ids []int64) error
	// ReleaseClaims returns a model's evaluating contributions that have
	// no pending mint to received, and reports how many: the batches of
	// an evaluator that died. Call it only where no other evaluator works
	// on the model (the model's job holds the queue's unique key).
	ReleaseClaims(ctx context.Context, modelID uint64) (int, error)

	// CreateEvaluation stores e, sets its ID and CreatedAt and records it
	// on its contributions, if they are still evaluating under claim:
	// otherwise ECONFLICT and nothing is stored, so a batch an evaluator
	// lost is never recorded twice.
	CreateEvaluation(ctx context.Context, claim string, e *Evaluation) error
	// FindEvaluation returns ENOTFOUND when no evaluation has the id; its
	// mint's transaction and state come from the journal.
	FindEvaluation(ctx context.Context, id int64) (*Evaluation, error)
	// FindEvaluationByReceipt returns the latest evaluation whose receipt
	// has the hash; ENOTFOUND when none has.
	FindEvaluationByReceipt(ctx context.Context, hash string) (*Evaluation, error)

	// JournalMint writes a pending mint before it is sent, if the
	// evaluation's contributions are still evaluating under claim;
	// otherwise ECONFLICT. ECONFLICT too when the evaluation has a mint.
	JournalMint(ctx context.Context, claim string, m *MintRecord) error
	// FinishMint records a mint's final state.
	FinishMint(ctx context.Context, evaluationID int64, state, txHash, reward string) error
	// FindMint returns ENOTFOUND when the evaluation has no journaled mint.
	FindMint(ctx context.Context, evaluationID int64) (*MintRecord, error)
	// PendingMints returns the journaled mints not yet finished, oldest
	// first; modelID 0 means every model's.
	PendingMints(ctx context.Context, modelID uint64) ([]*MintRecord, error)
	// MintStates returns every journaled mint's state by idempotency key
	// (lower-case 0x hex), confirmed winning over a key's other entries.
	MintStates(ctx context.Context) (map[string]string, error)
}
