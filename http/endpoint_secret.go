package http

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// The endpoint-secret routes: a model's owner sets (PUT) and deletes
// (DELETE) the key of the model's remote endpoint with a wallet-signed
// request (actions set_endpoint_secret and delete_endpoint_secret); anyone
// may ask (GET) whether one is set and when, never for the value.

// secretModel finds the model a path names, and the server's secret
// store.
func (h apiHandler) secretModel(ctx context.Context, ref string) (hokusai.EndpointSecretService, *hokusai.Model, error) {
	if h.s.EndpointSecrets == nil {
		return nil, nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server keeps no endpoint secrets; `hokusai serve` does.")
	}
	m, err := FindModel(ctx, h.s.ModelService, ref)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil, nil, hokusai.FieldErrorf("id", "No model %s on this server; use an id or ticker from `hokusai model list`.", hokusai.Excerpt(ref))
	}
	return h.s.EndpointSecrets, m, err
}

// secretOwner checks the call is signed for action by m's owner, over the
// body it carries, and returns the owner's address.
func (h apiHandler) secretOwner(ctx context.Context, m *hokusai.Model, action string) (string, error) {
	signer, err := h.signer(ctx, action, m.ID)
	if err != nil {
		return "", err
	}
	if !strings.EqualFold(signer, m.Owner) {
		return "", hokusai.Errorf(hokusai.EFORBIDDEN, "Only model %s's owner %s may change its endpoint secret; the request was signed by %s.", m.Ticker, m.Owner, signer)
	}
	return signer, nil
}

// GetEndpointSecret says whether a model's endpoint secret is set, by whom
// and when.
func (h apiHandler) GetEndpointSecret(ctx context.Context, req oapi.GetEndpointSecretRequestObject) (oapi.GetEndpointSecretResponseObject, error) {
	secrets, m, err := h.secretModel(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	info, err := secrets.FindEndpointSecretInfo(ctx, m.ID)
	if err != nil {
		return nil, err
	}
	return oapi.GetEndpointSecret200JSONResponse(secretStatus(info)), nil
}

// SetEndpointSecret stores the key of a model's remote endpoint, sealed.
func (h apiHandler) SetEndpointSecret(ctx context.Context, req oapi.SetEndpointSecretRequestObject) (oapi.SetEndpointSecretResponseObject, error) {
	secrets, m, err := h.secretModel(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	setBy, err := h.secretOwner(ctx, m, signreq.ActionSetEndpointSecret)
	if err != nil {
		return nil, err
	}
	// The body is the signed bytes: read again strictly, so that a field
	// besides api_key is refused rather than ignored.
	raw, err := callOf(ctx).rawBody()
	if err != nil {
		return nil, err
	}
	var body struct {
		APIKey *string `json:"api_key"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil || dec.More() || body.APIKey == nil {
		return nil, hokusai.FieldErrorf("api_key", "The body must be {\"api_key\": \"…\"}, the key the model's endpoint expects as a bearer token, and nothing else.")
	}
	info, err := secrets.SetEndpointSecret(ctx, m.ID, *body.APIKey, setBy)
	if err != nil {
		return nil, err
	}
	return oapi.SetEndpointSecret200JSONResponse(secretStatus(info)), nil
}

// DeleteEndpointSecret forgets a model's endpoint secret.
func (h apiHandler) DeleteEndpointSecret(ctx context.Context, req oapi.DeleteEndpointSecretRequestObject) (oapi.DeleteEndpointSecretResponseObject, error) {
	secrets, m, err := h.secretModel(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	if _, err := h.secretOwner(ctx, m, signreq.ActionDeleteEndpointSecret); err != nil {
		return nil, err
	}
	if err := secrets.DeleteEndpointSecret(ctx, m.ID); err != nil {
		return nil, err
	}
	info, err := secrets.FindEndpointSecretInfo(ctx, m.ID)
	if err != nil {
		return nil, err
	}
	return oapi.DeleteEndpointSecret200JSONResponse(secretStatus(info)), nil
}

func secretStatus(info *hokusai.EndpointSecretInfo) oapi.EndpointSecretStatus {
	out := oapi.EndpointSecretStatus{ModelId: info.ModelID, Set: info.Set}
	if info.SetBy != "" {
		out.SetBy = &info.SetBy
	}
	if !info.UpdatedAt.IsZero() {
		out.UpdatedAt = &info.UpdatedAt
	}
	return out
}
