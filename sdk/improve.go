package sdk

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// rowsContentType is the media type the document names for each rows format.
var rowsContentType = map[string]string{"csv": "text/csv", "jsonl": "application/x-ndjson"}

// Contribute submits rows (CSV or JSONL) to a model, signed with the
// contributor's key, which is also the address paid. The signature names
// the model, so it is good for this model and this submission only. With
// an idempotency key a retry returns the same contribution (created false).
func (c *Client) Contribute(ctx context.Context, model string, rows []byte, format, idempotencyKey string, key *ecdsa.PrivateKey) (*api.Contribution, bool, error) {
	if c.err != nil {
		return nil, false, c.err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, false, err
	}
	p := contributionParams(idempotencyKey)
	if format != "" {
		f := api.CreateContributionParamsFormat(format)
		p.Format = &f
	}
	r, err := c.gen.CreateContributionWithBodyWithResponse(ctx, strconv.FormatUint(id, 10), p, rowsContentType[format], bytes.NewReader(rows),
		c.SignedBy(signreq.ActionContribute, id, key))
	return c.contributed(ctx, r, err)
}

// ContributeVersion submits rows with the improved model version trained
// on them (a built-in model file, JSON); the evaluator checks the version
// is what the package's recipe gives and evaluates it like rows.
func (c *Client) ContributeVersion(ctx context.Context, model string, rows []byte, format string, candidate []byte, idempotencyKey string, key *ecdsa.PrivateKey) (*api.Contribution, bool, error) {
	if c.err != nil {
		return nil, false, c.err
	}
	var cand map[string]any
	if err := json.Unmarshal(candidate, &cand); err != nil {
		return nil, false, hokusai.FieldErrorf("candidate", "The model version must be a JSON object (a built-in model file such as model.json): %v.", err)
	}
	return c.submitVersion(ctx, model, api.VersionSubmission{Rows: string(rows), Candidate: &cand}, format, idempotencyKey, key)
}

// ContributePackage submits rows with the candidate package trained on
// them (an archive from `hokusai package`), as a model that runs on ONNX,
// XGBoost or LightGBM requires: the evaluator scores the candidate as
// submitted on the hidden test split against the head version, and a
// minted candidate becomes the model's head.
func (c *Client) ContributePackage(ctx context.Context, model string, rows []byte, format string, pkg []byte, idempotencyKey string, key *ecdsa.PrivateKey) (*api.Contribution, bool, error) {
	if c.err != nil {
		return nil, false, c.err
	}
	if len(pkg) == 0 {
		return nil, false, hokusai.FieldErrorf("candidate_package", "The candidate package is empty; give the archive `hokusai package` wrote.")
	}
	return c.submitVersion(ctx, model, api.VersionSubmission{Rows: string(rows), CandidatePackage: &pkg}, format, idempotencyKey, key)
}

// submitVersion sends a contribution that carries a candidate, signed by
// key for the model.
func (c *Client) submitVersion(ctx context.Context, model string, body api.VersionSubmission, format, idempotencyKey string, key *ecdsa.PrivateKey) (*api.Contribution, bool, error) {
	if format != "" {
		f := api.VersionSubmissionFormat(format)
		body.Format = &f
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, false, err
	}
	r, err := c.gen.CreateContributionWithResponse(ctx, strconv.FormatUint(id, 10), contributionParams(idempotencyKey), body,
		c.SignedBy(signreq.ActionContribute, id, key))
	return c.contributed(ctx, r, err)
}

func contributionParams(idempotencyKey string) *api.CreateContributionParams {
	p := &api.CreateContributionParams{}
	if idempotencyKey != "" {
		p.IdempotencyKey = &idempotencyKey
	}
	return p
}

// contributed reads the answer to a submission: 201 for a new
// contribution, 200 for a retry of one.
func (c *Client) contributed(ctx context.Context, r *api.CreateContributionResponse, err error) (*api.Contribution, bool, error) {
	if err != nil {
		return nil, false, c.transportError(ctx, err)
	}
	switch {
	case r.JSON201 != nil:
		return r.JSON201, true, nil
	case r.JSON200 != nil:
		return r.JSON200, false, nil
	}
	return nil, false, c.statusError(r.HTTPResponse, r.Body)
}

// Contribution returns a contribution with its evaluation (when evaluated).
func (c *Client) Contribution(ctx context.Context, id int64) (*api.ContributionView, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetContributionWithResponse(ctx, id)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// Contributions lists a model's contributions, oldest first.
func (c *Client) Contributions(ctx context.Context, model string) ([]api.Contribution, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.ListContributionsWithResponse(ctx, model)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200.Data, nil
}

// Evaluation returns an evaluation, its receipt and its mint.
func (c *Client) Evaluation(ctx context.Context, id int64) (*api.Evaluation, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetEvaluationWithResponse(ctx, id)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// Receipt returns the signed receipt with the given hash, byte for byte as
// the server sent it, so its signature can be checked.
func (c *Client) Receipt(ctx context.Context, hash string) (json.RawMessage, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetReceiptWithResponse(ctx, hash)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.Body, nil
}

// EvaluatorInfo says which evaluator and attesters the server runs.
func (c *Client) EvaluatorInfo(ctx context.Context) (*api.EvaluatorInfo, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.GetEvaluatorWithResponse(ctx)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// SetupModel uploads a model's benchmark, initial training data and
// training recipe in a request signed by the model's owner for this model.
func (c *Client) SetupModel(ctx context.Context, model string, req api.SetupRequest, owner *ecdsa.PrivateKey) (*api.SetupResponse, error) {
	if c.err != nil {
		return nil, c.err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	r, err := c.gen.PutModelSetupWithResponse(ctx, strconv.FormatUint(id, 10), req, c.SignedBy(signreq.ActionSetupModel, id, owner))
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// VerifyContractIntegration is the seed's verify_contract_integration:
// token_creation, verifier_setup, manager_configuration, reward_distribution.
func (c *Client) VerifyContractIntegration(ctx context.Context, model string) (*api.IntegrationReport, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.VerifyContractIntegrationWithResponse(ctx, model)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// Attestations lists the claims waiting for the attester whose key signs
// the listing request (only registered attesters of a claim's model see
// it). Each claim is its JSON as sent: a mint request with its receipt,
// setup and data, which the attester decodes with its own types.
func (c *Client) Attestations(ctx context.Context, attester *ecdsa.PrivateKey) ([]json.RawMessage, error) {
	if c.err != nil {
		return nil, c.err
	}
	r, err := c.gen.ListAttestationsWithResponse(ctx, c.SignedBy(signreq.ActionListAttestations, 0, attester))
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	var out struct {
		Data []json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(r.Body, &out); err != nil {
		return nil, hokusai.Errorf(hokusai.EINTERNAL, "The answer from %s could not be read: %v.", c.baseURL, err)
	}
	return out.Data, nil
}

// DeliverAttestation hands an attester's signature of a claim's mint
// request (key: the request's idempotency key, 0x and 64 hex digits) to
// the server.
func (c *Client) DeliverAttestation(ctx context.Context, key string, sig api.MintSignature) error {
	if c.err != nil {
		return c.err
	}
	r, err := c.gen.DeliverAttestationWithResponse(ctx, key, sig)
	if err != nil {
		return c.transportError(ctx, err)
	}
	if r.StatusCode() != http.StatusOK {
		return c.statusError(r.HTTPResponse, r.Body)
	}
	return nil
}
