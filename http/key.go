package http

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// access returns the server's AccessService, or EUNAVAILABLE when it has
// none.
func (h apiHandler) access() (hokusai.AccessService, error) {
	if h.s.Access == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server does not serve the metered API (API keys, whitelists); start it with `hokusai serve`.")
	}
	return h.s.Access, nil
}

// bearer returns the API key a request carries: "Authorization: Bearer
// hk_…" or "X-API-Key: hk_…"; "" when none.
func bearer(h http.Header) string {
	if a := h.Get("Authorization"); a != "" {
		if len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
			return strings.TrimSpace(a[7:])
		}
		return ""
	}
	return strings.TrimSpace(h.Get("X-API-Key"))
}

// manageKey authenticates the call's API key for the manage scope.
func (h apiHandler) manageKey(ctx context.Context) (*hokusai.APIKey, error) {
	a, err := h.access()
	if err != nil {
		return nil, err
	}
	return a.Authenticate(ctx, bearer(callOf(ctx).r.Header), hokusai.ScopeManage)
}

// signer checks the call is signed for action on model and that its body
// is the one signed, and returns the signer's checksummed address.
func (h apiHandler) signer(ctx context.Context, action string, model uint64) (string, error) {
	c := callOf(ctx)
	addr, sreq, err := h.s.Signed.Authenticate(c.r, action, model)
	if err != nil {
		return "", err
	}
	body, err := c.rawBody()
	if err != nil {
		return "", err
	}
	if err := sreq.CheckBody(body); err != nil {
		return "", err
	}
	return addr.Hex(), nil
}

// decodeStrict decodes a JSON request body into v, refusing fields v's
// type does not have and data after the object, as the API always has: a
// misspelt setting is an error, not a default.
func decodeStrict(b []byte, v any, what string) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			f = hokusai.Excerpt(strings.Trim(f, `"`))
			return hokusai.FieldErrorf(f, "The %s has an unknown field %q.", what, f)
		}
		return bodyError(err)
	}
	if dec.More() {
		return hokusai.Errorf(hokusai.EINVALID, "The %s has data after its JSON object.", what)
	}
	return nil
}

// CreateKey creates an API key for the wallet that proves itself: by a
// manage key of its own, or by signing this exact request.
func (h apiHandler) CreateKey(ctx context.Context, _ oapi.CreateKeyRequestObject) (oapi.CreateKeyResponseObject, error) {
	a, err := h.access()
	if err != nil {
		return nil, err
	}
	c := callOf(ctx)
	var owner string
	if secret := bearer(c.r.Header); secret != "" {
		k, err := a.Authenticate(ctx, secret, hokusai.ScopeManage)
		if err != nil {
			return nil, err
		}
		owner = k.Owner
	} else {
		if !signreq.Present(c.r.Header) {
			return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "A key request proves who asks: sign it with the owner's wallet (`hokusai keys create --dev-account N` or --keystore FILE does this) or send a manage key as \"Authorization: Bearer hk_…\".")
		}
		if owner, err = h.signer(ctx, signreq.ActionCreateKey, 0); err != nil {
			return nil, err
		}
	}
	// The generated decoder ignores unknown fields; the body is decoded
	// again strictly, once its sender is proven.
	raw, err := c.rawBody()
	if err != nil {
		return nil, err
	}
	var body oapi.CreateKeyRequest
	if err := decodeStrict(raw, &body, "key request"); err != nil {
		return nil, err
	}
	if body.Address != nil && *body.Address != "" && !strings.EqualFold(*body.Address, owner) {
		addr := hokusai.Excerpt(*body.Address)
		return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "Keys are created for the address that proves itself (%s), not for %s; sign the request with %s's wallet instead.", owner, addr, addr)
	}
	req := hokusai.KeyRequest{}
	if body.Scopes != nil {
		for _, s := range *body.Scopes {
			req.Scopes = append(req.Scopes, string(s))
		}
	}
	if body.Name != nil {
		req.Name = *body.Name
	}
	if body.ExpiresIn != nil {
		req.ExpiresIn = *body.ExpiresIn
	}
	if body.RateLimit != nil {
		req.RateLimit = *body.RateLimit
	}
	k, err := a.CreateKey(ctx, owner, req)
	if err != nil {
		return nil, err
	}
	return oapi.CreateKey201JSONResponse(oapi.FromNewKey(k)), nil
}

// ListKeys lists the keys of the manage key's owner.
func (h apiHandler) ListKeys(ctx context.Context, _ oapi.ListKeysRequestObject) (oapi.ListKeysResponseObject, error) {
	caller, err := h.manageKey(ctx)
	if err != nil {
		return nil, err
	}
	keys, err := h.s.Access.ListKeys(ctx, caller)
	if err != nil {
		return nil, err
	}
	out := oapi.KeyList{Keys: make([]oapi.APIKey, len(keys))}
	for i, k := range keys {
		out.Keys[i] = oapi.FromAPIKey(k)
	}
	return oapi.ListKeys200JSONResponse(out), nil
}

// RevokeKey revokes one of the manage key's owner's keys.
func (h apiHandler) RevokeKey(ctx context.Context, req oapi.RevokeKeyRequestObject) (oapi.RevokeKeyResponseObject, error) {
	caller, err := h.manageKey(ctx)
	if err != nil {
		return nil, err
	}
	k, err := h.s.Access.RevokeKey(ctx, caller, req.KeyId)
	if err != nil {
		return nil, err
	}
	return oapi.RevokeKey200JSONResponse(oapi.FromAPIKey(k)), nil
}

// RotateKey replaces one of the manage key's owner's keys.
func (h apiHandler) RotateKey(ctx context.Context, req oapi.RotateKeyRequestObject) (oapi.RotateKeyResponseObject, error) {
	caller, err := h.manageKey(ctx)
	if err != nil {
		return nil, err
	}
	raw, err := callOf(ctx).rawBody()
	if err != nil {
		return nil, err
	}
	var body oapi.RotateKeyRequest
	if len(bytes.TrimSpace(raw)) > 0 {
		if err := decodeStrict(raw, &body, "rotate request"); err != nil {
			return nil, err
		}
	}
	k, err := h.s.Access.RotateKey(ctx, caller, req.KeyId, body.OverlapSeconds)
	if err != nil {
		return nil, err
	}
	return oapi.RotateKey201JSONResponse(oapi.FromNewKey(k)), nil
}
