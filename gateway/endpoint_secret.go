package gateway

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// maxSecretBody bounds a PUT endpoint_secret body: the key (at most
// hokusai.MaxEndpointSecret bytes) JSON-escaped at worst (\u003c for each
// byte, as Go's encoder writes <, > and &), and room for the braces.
const maxSecretBody = 32 << 10

// EndpointSecrets serves the endpoint-secret API: a model's owner sets
// (PUT) and deletes (DELETE) the key of the model's remote endpoint with a
// wallet-signed request (signreq, actions set_endpoint_secret and
// delete_endpoint_secret); anyone may ask (GET) whether one is set and
// when, never for the value.
type EndpointSecrets struct {
	Models  hokusai.ModelService
	Secrets hokusai.EndpointSecretService
	Signed  *signreq.Verifier
	Logger  *slog.Logger
}

// EndpointSecretRoutes lists the patterns EndpointSecrets.Register adds,
// for the OpenAPI agreement test.
var EndpointSecretRoutes = []string{
	"DELETE /v1/models/{id}/endpoint_secret",
	"GET /v1/models/{id}/endpoint_secret",
	"PUT /v1/models/{id}/endpoint_secret",
}

// Register adds the endpoint-secret routes to m.
func (h *EndpointSecrets) Register(m Mux) {
	m.Handle("GET /v1/models/{id}/endpoint_secret", h.serve(h.show))
	m.Handle("PUT /v1/models/{id}/endpoint_secret", h.serve(h.set))
	m.Handle("DELETE /v1/models/{id}/endpoint_secret", h.serve(h.remove))
}

func (h *EndpointSecrets) fail(w http.ResponseWriter, r *http.Request, err error) {
	hhttp.Error(w, r, h.Logger, err)
}

// model finds the model a path names by id or ticker.
func (h *EndpointSecrets) model(r *http.Request) (*hokusai.Model, error) {
	ref := r.PathValue("id")
	m, err := hhttp.FindModel(r.Context(), h.Models, ref)
	if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
		return nil, hokusai.FieldErrorf("id", "No model %s on this server; use an id or ticker from `hokusai model list`.", hokusai.Excerpt(ref))
	}
	return m, err
}

// owner checks the signed request for action and that its signer owns m.
func (h *EndpointSecrets) owner(r *http.Request, m *hokusai.Model, action string) (string, *signreq.Signed, error) {
	signer, signed, err := h.Signed.Authenticate(r, action, m.ID)
	if err != nil {
		return "", nil, err
	}
	if !strings.EqualFold(signer.Hex(), m.Owner) {
		return "", nil, hokusai.Errorf(hokusai.EFORBIDDEN, "Only model %s's owner %s may change its endpoint secret; the request was signed by %s.", m.Ticker, m.Owner, signer.Hex())
	}
	return signer.Hex(), signed, nil
}

// serve answers a request with what f returns: the secret's status as
// JSON, or the error.
func (h *EndpointSecrets) serve(f func(r *http.Request, w http.ResponseWriter, m *hokusai.Model) (*hokusai.EndpointSecretInfo, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		m, err := h.model(r)
		if err == nil {
			var info *hokusai.EndpointSecretInfo
			if info, err = f(r, w, m); err == nil {
				writeJSON(w, http.StatusOK, info)
				return
			}
		}
		h.fail(w, r, err)
	}
}

func (h *EndpointSecrets) show(r *http.Request, _ http.ResponseWriter, m *hokusai.Model) (*hokusai.EndpointSecretInfo, error) {
	return h.Secrets.FindEndpointSecretInfo(r.Context(), m.ID)
}

func (h *EndpointSecrets) set(r *http.Request, w http.ResponseWriter, m *hokusai.Model) (*hokusai.EndpointSecretInfo, error) {
	setBy, signed, err := h.owner(r, m, signreq.ActionSetEndpointSecret)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxSecretBody))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return nil, hokusai.Errorf(hokusai.EINVALID, "The body is larger than %d bytes; an endpoint secret is at most %d bytes.", maxSecretBody, hokusai.MaxEndpointSecret)
	}
	var bodyErr *hhttp.BodyError
	if errors.As(err, &bodyErr) { // the server's guard: too large or too slow
		return nil, bodyErr
	}
	if err != nil {
		return nil, hokusai.FieldErrorf("body", "The body could not be read: %s.", hokusai.Excerpt(err.Error()))
	}
	if err := signed.CheckBody(body); err != nil {
		return nil, err
	}
	var req struct {
		APIKey *string `json:"api_key"`
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil || dec.More() || req.APIKey == nil {
		return nil, hokusai.FieldErrorf("api_key", "The body must be {\"api_key\": \"…\"}, the key the model's endpoint expects as a bearer token, and nothing else.")
	}
	return h.Secrets.SetEndpointSecret(r.Context(), m.ID, *req.APIKey, setBy)
}

func (h *EndpointSecrets) remove(r *http.Request, _ http.ResponseWriter, m *hokusai.Model) (*hokusai.EndpointSecretInfo, error) {
	_, signed, err := h.owner(r, m, signreq.ActionDeleteEndpointSecret)
	if err != nil {
		return nil, err
	}
	if err := signed.CheckBody(nil); err != nil {
		return nil, err
	}
	if err := h.Secrets.DeleteEndpointSecret(r.Context(), m.ID); err != nil {
		return nil, err
	}
	return h.Secrets.FindEndpointSecretInfo(r.Context(), m.ID)
}
