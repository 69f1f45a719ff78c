package contrib

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/linear"
)

// Store is contribution intake over a hokusai.ContributionService: it
// encodes setups, checks submissions, and passes everything else through.
type Store struct {
	hokusai.ContributionService
	// Runtime loads candidate packages at intake (the ONNX library path).
	Runtime hkruntime.Config

	mu     sync.Mutex
	setups map[uint64]parsedSetup // parsed setups with their benchmarks, by model
}

// parsedSetup is a decoded setup and the digest of the stored bytes it
// was decoded from: another server may replace the setup, so the bytes
// are read each time and decoded again only when they changed.
type parsedSetup struct {
	digest string
	setup  *Setup
}

// New returns a Store over svc.
func New(svc hokusai.ContributionService) *Store {
	return &Store{ContributionService: svc, setups: map[uint64]parsedSetup{}}
}

// PutSetup checks and stores (or replaces) a model's setup; ECONFLICT once
// a contribution was accepted against it.
func (s *Store) PutSetup(ctx context.Context, st *Setup) error {
	if err := st.Validate(); err != nil {
		return err
	}
	meta, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("put setup: %w", err)
	}
	return s.ContributionService.PutSetup(ctx, &hokusai.ContributionSetup{
		ModelID: st.ModelID, Settings: meta, Benchmark: CanonicalJSONL(st.Benchmark), Training: CanonicalJSONL(st.Training),
	})
}

// FindSetup returns a model's setup; ENOTFOUND when the model takes no
// contributions yet.
func (s *Store) FindSetup(ctx context.Context, modelID uint64) (*Setup, error) {
	// The recorded digest says whether the parsed copy is current, without
	// reading the benchmark and training data again.
	digest, err := s.ContributionService.FindSetupDigest(ctx, modelID)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	cached, ok := s.setups[modelID]
	s.mu.Unlock()
	if ok && digest != "" && cached.digest == digest {
		return cached.setup, nil
	}
	rec, err := s.ContributionService.FindSetup(ctx, modelID)
	if err != nil {
		return nil, err
	}
	// The setup may have been replaced between the two reads: key the copy
	// by the digest of what was read.
	digest = hokusai.SetupDigest(rec)
	st := &Setup{}
	if err := json.Unmarshal(rec.Settings, st); err != nil {
		return nil, fmt.Errorf("find setup: %w", err)
	}
	if st.Benchmark, err = eval.LoadJSONL(bytes.NewReader(rec.Benchmark), eval.LoadOptions{}); err != nil {
		return nil, fmt.Errorf("find setup benchmark: %w", err)
	}
	if st.Training, err = eval.LoadJSONL(bytes.NewReader(rec.Training), eval.LoadOptions{}); err != nil {
		return nil, fmt.Errorf("find setup training: %w", err)
	}
	if _, err := st.Bench(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.setups[modelID] = parsedSetup{digest: digest, setup: st}
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
	// CandidatePackage is the package archive trained on the rows, which a
	// contribution to a model scored as submitted (ONNX, XGBoost,
	// LightGBM) must carry; the evaluator scores it as submitted.
	CandidatePackage []byte
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
	if len(sub.CandidatePackage) > MaxCandidateBytes {
		return nil, false, hokusai.FieldErrorf("candidate_package", "The candidate package is %d bytes; the limit is %d.", len(sub.CandidatePackage), MaxCandidateBytes)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d\n%s\n%s\n", sub.ModelID, contributor, strings.ToLower(sub.Format))
	h.Write(sub.Body)
	if len(sub.Candidate) > 0 {
		h.Write([]byte("\ncandidate\n"))
		h.Write(sub.Candidate)
	}
	if len(sub.CandidatePackage) > 0 {
		h.Write([]byte("\ncandidate package\n"))
		h.Write(sub.CandidatePackage)
	}
	reqDigest := "sha256:" + hex.EncodeToString(h.Sum(nil))
	if sub.IdempotencyKey != "" {
		if c, err := s.FindContributionByKey(ctx, contributor, sub.IdempotencyKey); err == nil {
			return sameRequest(c, sub, reqDigest)
		} else if hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
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
	switch {
	case st.ScoredAsSubmitted():
		if cand, candDigest, err = s.candidatePackage(ctx, st, sub, d); err != nil {
			return nil, false, err
		}
	case len(sub.CandidatePackage) > 0:
		return nil, false, hokusai.FieldErrorf("candidate_package", "Model %d trains with the built-in %s runtime: the evaluator retrains it on the rows, so submit the rows alone (or with the built-in model file as candidate), not a package.", sub.ModelID, st.Recipe.Runtime)
	case len(sub.Candidate) > 0:
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
	out, created, err := s.CreateContribution(ctx, c, st.Policy.maxOpen())
	if err != nil {
		return nil, false, err
	}
	if !created {
		// A concurrent request with the same key won the race.
		return sameRequest(out, sub, reqDigest)
	}
	return out, true, nil
}

// sameRequest returns the contribution stored under sub's idempotency
// key, or ECONFLICT when it was stored for another body.
func sameRequest(c *Contribution, sub Submission, reqDigest string) (*Contribution, bool, error) {
	if c.RequestDigest != reqDigest || c.ModelID != sub.ModelID {
		return nil, false, &hokusai.Error{Code: hokusai.ECONFLICT, Field: "idempotency_key", Message: fmt.Sprintf("The idempotency key %q was already used for contribution %d with a different body; use a new key for new data.", sub.IdempotencyKey, c.ID)}
	}
	return c, false, nil
}
