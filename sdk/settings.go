package sdk

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// PlanTokenManagerSettings converts the seed's register_model and
// configure_token_manager settings (reward_rate, max_rewards,
// min_improvement or mint_threshold, api_fee_rate, reward_distribution, in
// the seed's units) into the token manager's exact configuration over the
// model's current one, and returns it with the unsigned transaction the
// model's owner signs and sends. The server converts; nothing is stored.
func (c *Client) PlanTokenManagerSettings(ctx context.Context, model string, s hokusai.TokenManagerSettings) (*api.TokenManagerPlan, error) {
	if c.err != nil {
		return nil, c.err
	}
	body, err := json.Marshal(s)
	if err != nil {
		return nil, hokusai.FieldErrorf("settings", "The settings cannot be written as JSON: %v.", err)
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	r, err := c.gen.PlanTokenManagerSettingsWithBodyWithResponse(ctx, strconv.FormatUint(id, 10), "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// TestModelIntegration is the seed's test_model_integration: it runs the
// cases ({input, expected_output}, at most 100) through the model's served
// version and returns status (passed, failed or error), score (the
// fraction passed) and the failed cases with the model's actual outputs.
// Only the model's owner may run it (the client's API key must be the
// owner's); it is not charged. tolerance is the absolute tolerance for
// numeric outputs.
func (c *Client) TestModelIntegration(ctx context.Context, model string, cases []api.IntegrationTestCase, tolerance float64) (*api.IntegrationTestResponse, error) {
	if c.err != nil {
		return nil, c.err
	}
	req := api.IntegrationTestRequest{TestCases: cases}
	if tolerance != 0 {
		req.Tolerance = &tolerance
	}
	r, err := c.gen.TestModelIntegrationWithResponse(ctx, model, req)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}

// PlanVerifierSettings checks the seed's configure_verifier settings
// (verification_method oracle or zkProof, performance_metrics,
// improvement_calculation, attesters, k) for a model and returns the
// verifier configuration with the unsigned transaction its owner signs and
// sends. zkProof is refused (INVALID_INPUT, with the reason) for a model the
// circuit cannot prove: ONNX, trees, remote endpoints, regressions, metrics
// other than accuracy.
func (c *Client) PlanVerifierSettings(ctx context.Context, model string, s api.VerifierSettings) (*api.VerifierPlan, error) {
	if c.err != nil {
		return nil, c.err
	}
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	r, err := c.gen.PlanVerifierSettingsWithResponse(ctx, strconv.FormatUint(id, 10), s)
	if err != nil {
		return nil, c.transportError(ctx, err)
	}
	if r.JSON200 == nil {
		return nil, c.statusError(r.HTTPResponse, r.Body)
	}
	return r.JSON200, nil
}
