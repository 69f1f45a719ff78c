package sdk

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// do sends a request and decodes a JSON answer with one of the ok statuses into out.
func (c *Client) do(ctx context.Context, method, path string, hdr http.Header, body []byte, out any, ok ...int) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, c.transportError(ctx, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return resp.StatusCode, c.transportError(ctx, err)
	}
	for _, s := range ok {
		if resp.StatusCode == s {
			if out == nil {
				return s, nil
			}
			if raw, isRaw := out.(*json.RawMessage); isRaw {
				*raw = append((*raw)[:0], b...)
				return s, nil
			}
			if err := json.Unmarshal(b, out); err != nil {
				return s, hokusai.Errorf(hokusai.EINTERNAL, "The answer from %s could not be read: %v.", c.baseURL, err)
			}
			return s, nil
		}
	}
	return resp.StatusCode, c.statusError(resp, b)
}

// Contribute submits rows (CSV or JSONL) to a model, signed with the
// contributor's key, which is also the address paid. The signature names
// the model, so it is good for this model and this submission only. With
// an idempotency key a retry returns the same contribution (created false).
func (c *Client) Contribute(ctx context.Context, model string, rows []byte, format, idempotencyKey string, key *ecdsa.PrivateKey) (*contrib.Contribution, bool, error) {
	q := ""
	if format != "" {
		q = "?format=" + url.QueryEscape(format)
	}
	return c.contribute(ctx, model, q, "", rows, idempotencyKey, key)
}

// ContributeVersion submits rows with the improved model version trained
// on them (a built-in model file); the evaluator checks the version is what
// the package's recipe gives and evaluates it like rows.
func (c *Client) ContributeVersion(ctx context.Context, model string, rows []byte, format string, candidate []byte, idempotencyKey string, key *ecdsa.PrivateKey) (*contrib.Contribution, bool, error) {
	body, err := json.Marshal(evaluator.VersionSubmission{Format: format, Rows: string(rows), Candidate: candidate})
	if err != nil {
		return nil, false, hokusai.FieldErrorf("candidate", "The model version is not JSON: %v.", err)
	}
	return c.contribute(ctx, model, "", "application/json", body, idempotencyKey, key)
}

func (c *Client) contribute(ctx context.Context, model, query, contentType string, body []byte, idempotencyKey string, key *ecdsa.PrivateKey) (*contrib.Contribution, bool, error) {
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, false, err
	}
	h := http.Header{}
	if err := c.Sign(ctx, h, signreq.ActionContribute, id, body, key); err != nil {
		return nil, false, err
	}
	if contentType != "" {
		h.Set("Content-Type", contentType)
	}
	if idempotencyKey != "" {
		h.Set("Idempotency-Key", idempotencyKey)
	}
	var out contrib.Contribution
	st, err := c.do(ctx, http.MethodPost, fmt.Sprintf("/v1/models/%d/contributions%s", id, query), h, body, &out, http.StatusCreated, http.StatusOK)
	if err != nil {
		return nil, false, err
	}
	return &out, st == http.StatusCreated, nil
}

// Contribution returns a contribution with its evaluation (when evaluated).
func (c *Client) Contribution(ctx context.Context, id int64) (*evaluator.ContributionView, error) {
	out := &evaluator.ContributionView{Contribution: &contrib.Contribution{}}
	_, err := c.do(ctx, http.MethodGet, fmt.Sprintf("/v1/contributions/%d", id), nil, nil, out, http.StatusOK)
	return out, err
}

// Contributions lists a model's contributions.
func (c *Client) Contributions(ctx context.Context, model string) ([]*contrib.Contribution, error) {
	var out struct {
		Data []*contrib.Contribution `json:"data"`
	}
	_, err := c.do(ctx, http.MethodGet, "/v1/models/"+url.PathEscape(model)+"/contributions", nil, nil, &out, http.StatusOK)
	return out.Data, err
}

// Evaluation returns an evaluation, its receipt and its mint.
func (c *Client) Evaluation(ctx context.Context, id int64) (*contrib.Evaluation, error) {
	out := &contrib.Evaluation{}
	_, err := c.do(ctx, http.MethodGet, fmt.Sprintf("/v1/evaluations/%d", id), nil, nil, out, http.StatusOK)
	return out, err
}

// Receipt returns the signed receipt JSON with the given hash.
func (c *Client) Receipt(ctx context.Context, hash string) (json.RawMessage, error) {
	var out json.RawMessage
	_, err := c.do(ctx, http.MethodGet, "/v1/receipts/"+url.PathEscape(hash), nil, nil, &out, http.StatusOK)
	return out, err
}

// EvaluatorInfo says which evaluator and attesters the server runs.
func (c *Client) EvaluatorInfo(ctx context.Context) (*evaluator.EvaluatorInfo, error) {
	out := &evaluator.EvaluatorInfo{}
	_, err := c.do(ctx, http.MethodGet, "/v1/evaluator", nil, nil, out, http.StatusOK)
	return out, err
}

// SetupModel uploads a model's benchmark, initial training data and
// training recipe in a request signed by the model's owner for this model.
func (c *Client) SetupModel(ctx context.Context, model string, req *evaluator.SetupRequest, owner *ecdsa.PrivateKey) (*evaluator.SetupResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	if err := c.Sign(ctx, h, signreq.ActionSetupModel, id, body, owner); err != nil {
		return nil, err
	}
	h.Set("Content-Type", "application/json")
	out := &evaluator.SetupResponse{}
	_, err = c.do(ctx, http.MethodPut, fmt.Sprintf("/v1/models/%d/setup", id), h, body, out, http.StatusOK)
	return out, err
}

// VerifyContractIntegration is the seed's verify_contract_integration:
// token_creation, verifier_setup, manager_configuration, reward_distribution.
func (c *Client) VerifyContractIntegration(ctx context.Context, model string) (*evaluator.IntegrationReport, error) {
	out := &evaluator.IntegrationReport{}
	_, err := c.do(ctx, http.MethodGet, "/v1/models/"+url.PathEscape(model)+"/contract_integration", nil, nil, out, http.StatusOK)
	return out, err
}

// RegisterModelParams are the seed's register_model settings.
type RegisterModelParams struct {
	RewardRate     *big.Int // token wei per DeltaOne
	MinImprovement *big.Int // DeltaOnes (wad) needed to mint; nil means 1
	MaxRewards     *big.Int // token wei cap per improvement
}

// RegisterModel is the seed's register_model: it sets the model's reward
// rate, minimum improvement and maximum reward on the token manager,
// signed by the owner (the package is registered with UploadVersion and
// the benchmark with SetupModel).
func RegisterModel(ctx context.Context, s *chain.Session, owner *ecdsa.PrivateKey, modelID uint64, p RegisterModelParams) (common.Hash, error) {
	if s.Protocol.Mint == nil {
		return common.Hash{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server's protocol has no token manager yet.")
	}
	r, err := s.Client.ConfigureTokenManager(ctx, owner, s.Protocol.Mint.TokenManager, modelID, chain.RewardSettings{
		TokensPerDeltaOne: p.RewardRate, MaxReward: p.MaxRewards, MintThreshold: p.MinImprovement,
	})
	if err != nil {
		return common.Hash{}, err
	}
	return r.TxHash, nil
}

// TokenManagerParams are the seed's configure_token_manager settings.
type TokenManagerParams struct {
	MintThreshold      *big.Int // DeltaOnes (wad); nil keeps the current one
	APIFeeRate         uint64   // micro-USDC per call; 0 keeps it
	ContributorPercent int      // reward_distribution: contributors' share, 0–100; 0 keeps 70
}

// ConfigureTokenManager is the seed's configure_token_manager; it keeps the
// reward rate and cap register_model set.
func ConfigureTokenManager(ctx context.Context, s *chain.Session, owner *ecdsa.PrivateKey, modelID uint64, p TokenManagerParams) (common.Hash, error) {
	if s.Protocol.Mint == nil {
		return common.Hash{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server's protocol has no token manager yet.")
	}
	cur, err := s.Client.RewardConfig(ctx, s.Protocol.Mint.TokenManager, modelID)
	if err != nil {
		return common.Hash{}, err
	}
	if !cur.Configured {
		return common.Hash{}, hokusai.Errorf(hokusai.EINVALID, "Model %d has no reward rate yet; run register_model first.", modelID)
	}
	if p.ContributorPercent < 0 || p.ContributorPercent > 100 {
		return common.Hash{}, hokusai.FieldErrorf("reward_distribution", "The contributors' share is 0 to 100 percent, got %d.", p.ContributorPercent)
	}
	set := chain.RewardSettings{TokensPerDeltaOne: cur.TokensPerDeltaOne, MaxReward: cur.MaxReward, MintThreshold: cur.MintThreshold,
		ContributorBps: cur.ContributorBps, APIFeeRate: p.APIFeeRate}
	if p.MintThreshold != nil {
		set.MintThreshold = p.MintThreshold
	}
	if p.ContributorPercent > 0 {
		set.ContributorBps = uint16(p.ContributorPercent * 100)
	}
	r, err := s.Client.ConfigureTokenManager(ctx, owner, s.Protocol.Mint.TokenManager, modelID, set)
	if err != nil {
		return common.Hash{}, err
	}
	return r.TxHash, nil
}

// VerifierParams are the seed's configure_verifier settings.
type VerifierParams struct {
	PerformanceMetrics     []string // must include the model's metric
	VerificationMethod     string   // oracle (zkProof is not available yet)
	ImprovementCalculation string   // deltaInBps
	Attesters              []common.Address
	K                      int
}

// ConfigureVerifier is the seed's configure_verifier.
func ConfigureVerifier(ctx context.Context, s *chain.Session, owner *ecdsa.PrivateKey, m *hokusai.Model, p VerifierParams) (common.Hash, error) {
	if s.Protocol.Mint == nil {
		return common.Hash{}, hokusai.Errorf(hokusai.EUNAVAILABLE, "The server's protocol has no verifier yet.")
	}
	switch strings.ToLower(p.VerificationMethod) {
	case "", "oracle":
	case "zkproof", "zk_proof", "zk":
		return common.Hash{}, &hokusai.Error{Code: hokusai.ENOTIMPLEMENTED, Field: "verification_method", Message: "verification_method zkProof is not available yet in this build; use oracle (k-of-n attesters)."}
	default:
		return common.Hash{}, hokusai.FieldErrorf("verification_method", "verification_method must be oracle (or zkProof, not available yet), got %q.", p.VerificationMethod)
	}
	if p.ImprovementCalculation != "" && p.ImprovementCalculation != "deltaInBps" {
		return common.Hash{}, hokusai.FieldErrorf("improvement_calculation", "improvement_calculation must be deltaInBps, got %q.", p.ImprovementCalculation)
	}
	if len(p.PerformanceMetrics) > 0 {
		found := false
		for _, name := range p.PerformanceMetrics {
			found = found || strings.EqualFold(name, m.Metric.String())
		}
		if !found {
			return common.Hash{}, hokusai.FieldErrorf("performance_metrics", "Model %d is scored on %s; performance_metrics must include it (got %s).", m.ID, m.Metric, strings.Join(p.PerformanceMetrics, ", "))
		}
	}
	if len(p.Attesters) == 0 {
		return common.Hash{}, hokusai.FieldErrorf("attesters", "Name at least one attester address.")
	}
	k := p.K
	if k == 0 {
		k = len(p.Attesters)
	}
	if k < 1 || k > len(p.Attesters) {
		return common.Hash{}, hokusai.FieldErrorf("k", "k must lie between 1 and the %d attesters, got %d.", len(p.Attesters), k)
	}
	r, err := s.Client.ConfigureVerifier(ctx, owner, s.Protocol.Mint.Verifier, m.ID, chain.VerifierSettings{
		Method: chain.MethodOracle, K: uint8(k), Attesters: p.Attesters,
	})
	if err != nil {
		return common.Hash{}, err
	}
	return r.TxHash, nil
}

// Attestations lists the claims waiting for the attester whose key signs
// the listing request (only registered attesters of a claim's model see it).
func (c *Client) Attestations(ctx context.Context, attester *ecdsa.PrivateKey) ([]*evaluator.Claim, error) {
	h := http.Header{}
	if err := c.Sign(ctx, h, signreq.ActionListAttestations, 0, nil, attester); err != nil {
		return nil, err
	}
	var out evaluator.ClaimList
	_, err := c.do(ctx, http.MethodGet, "/v1/attestations", h, nil, &out, http.StatusOK)
	return out.Data, err
}

// DeliverAttestation hands an attester's signature of a claim's request to
// the server.
func (c *Client) DeliverAttestation(ctx context.Context, key common.Hash, s chain.MintSignature) error {
	body, err := json.Marshal(s)
	if err != nil {
		return err
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	_, err = c.do(ctx, http.MethodPost, "/v1/attestations/"+key.Hex(), h, body, nil, http.StatusOK)
	return err
}
