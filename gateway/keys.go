package gateway

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// CreateKeyRequest is the body of POST /v1/keys. With a manage-scoped key
// in the Authorization header the key is created for that key's owner.
// Without one, the request is signed by the owner's wallet (signreq,
// action create_key, model 0): no custody, no password, and the signature
// covers this exact body once.
type CreateKeyRequest struct {
	Address   string   `json:"address,omitempty"`    // optional: when given, the signer or the manage key's owner
	Scopes    []string `json:"scopes,omitempty"`     // default ["call"]
	Name      string   `json:"name,omitempty"`       // a label for listings
	ExpiresIn int64    `json:"expires_in,omitempty"` // seconds; 0 means never
	RateLimit float64  `json:"rate_limit,omitempty"` // calls per second; 0: the server default
}

// CreateKeyResponse carries the new key's secret: shown once, never stored.
type CreateKeyResponse struct {
	Key    *hokusai.APIKey `json:"key"`
	Secret string          `json:"secret"`
	// Previous is the rotated key with its new expiry (rotation only).
	Previous *hokusai.APIKey `json:"previous,omitempty"`
}

// RotateKeyRequest is the body of POST /v1/keys/{key_id}/rotate.
type RotateKeyRequest struct {
	// OverlapSeconds is how long the old key keeps working; default 600.
	OverlapSeconds *int64 `json:"overlap_seconds,omitempty"`
}

// KeyList is the answer to GET /v1/keys.
type KeyList struct {
	Keys []*hokusai.APIKey `json:"keys"`
}

func (g *Gateway) handleCreateKey(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	resp, err := func() (*CreateKeyResponse, error) {
		var owner string
		var body []byte
		if bearer(r) != "" {
			k, err := g.authenticate(ctx, r, hokusai.ScopeManage)
			if err != nil {
				return nil, err
			}
			if err := g.allow(k); err != nil {
				return nil, err
			}
			if body, err = g.readBody(r); err != nil {
				return nil, err
			}
			owner = k.Owner
		} else {
			if !signreq.Present(r.Header) {
				return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "A key request proves who asks: sign it with the owner's wallet (`hokusai keys create --dev-account N` or --keystore FILE does this) or send a manage key as \"Authorization: Bearer hk_…\".")
			}
			signer, sreq, err := g.cfg.Signed.Authenticate(r, signreq.ActionCreateKey, 0)
			if err != nil {
				return nil, err
			}
			if body, err = sreq.ReadBody(r.Body, g.cfg.MaxBody); err != nil {
				return nil, err
			}
			owner = signer.Hex()
		}
		var req CreateKeyRequest
		if err := decodeStrict(body, &req, "key request"); err != nil {
			return nil, err
		}
		if req.Address != "" && !strings.EqualFold(req.Address, owner) {
			return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "Keys are created for the address that proves itself (%s), not for %s; sign the request with %s's wallet instead.", owner, hokusai.Excerpt(req.Address), hokusai.Excerpt(req.Address))
		}
		now := g.cfg.Now()
		k, err := g.newKey(req, owner, now)
		if err != nil {
			return nil, err
		}
		secret, hash, err := g.mint(k)
		if err != nil {
			return nil, err
		}
		if err := g.cfg.Keys.CreateKey(ctx, k, hash); err != nil {
			return nil, err
		}
		g.log.Info("api key created", "key_id", k.ID, "owner", owner, "scopes", joinScopes(k.Scopes))
		return &CreateKeyResponse{Key: k, Secret: secret}, nil
	}()
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	writeJSON(w, http.StatusCreated, resp)
}

// newKey checks a request's settings and returns the key to store.
func (g *Gateway) newKey(req CreateKeyRequest, owner string, now time.Time) (*hokusai.APIKey, error) {
	k := &hokusai.APIKey{Owner: owner, Name: req.Name, RateLimit: req.RateLimit, CreatedAt: now.UTC()}
	if len(req.Scopes) == 0 {
		req.Scopes = []string{string(hokusai.ScopeCall)}
	}
	seen := map[hokusai.Scope]bool{}
	for _, s := range req.Scopes {
		sc, err := hokusai.ParseScope(s)
		if err != nil {
			return nil, err
		}
		if !seen[sc] {
			seen[sc] = true
			k.Scopes = append(k.Scopes, sc)
		}
	}
	switch {
	case len(req.Name) > 64:
		return nil, hokusai.FieldErrorf("name", "name must be at most 64 characters.")
	case req.ExpiresIn < 0 || req.ExpiresIn > 10*365*86400:
		return nil, hokusai.FieldErrorf("expires_in", "expires_in must be seconds between 0 (never) and ten years, got %d.", req.ExpiresIn)
	case req.RateLimit < 0 || req.RateLimit > 100000:
		return nil, hokusai.FieldErrorf("rate_limit", "rate_limit must be calls per second between 0 (server default) and 100000, got %v.", req.RateLimit)
	}
	if req.ExpiresIn > 0 {
		k.ExpiresAt = k.CreatedAt.Add(time.Duration(req.ExpiresIn) * time.Second)
	}
	return k, nil
}

// mint makes a secret for k and sets its id and hint from it.
func (g *Gateway) mint(k *hokusai.APIKey) (secret, hash string, err error) {
	secret, err = NewSecret(g.keyPrefix())
	if err != nil {
		return "", "", fmt.Errorf("new secret: %w", err)
	}
	hash = HashSecret(secret)
	k.ID, k.Hint = KeyID(hash), Hint(secret)
	return secret, hash, nil
}

// ownKey finds key_id and checks the caller owns it.
func (g *Gateway) ownKey(ctx context.Context, caller *hokusai.APIKey, id string) (*hokusai.APIKey, error) {
	k, err := g.cfg.Keys.FindKeyByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(k.Owner, caller.Owner) {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No API key of %s has id %q; list your keys with `hokusai keys list`.", caller.Owner, id)
	}
	return k, nil
}

func (g *Gateway) handleListKeys(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	k, err := g.authenticate(ctx, r, hokusai.ScopeManage)
	if err == nil {
		err = g.allow(k)
	}
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	keys, err := g.cfg.Keys.FindKeys(ctx, k.Owner)
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	if keys == nil {
		keys = []*hokusai.APIKey{}
	}
	writeJSON(w, http.StatusOK, KeyList{Keys: keys})
}

func (g *Gateway) handleRevokeKey(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	resp, err := func() (*hokusai.APIKey, error) {
		caller, err := g.authenticate(ctx, r, hokusai.ScopeManage)
		if err != nil {
			return nil, err
		}
		if err := g.allow(caller); err != nil {
			return nil, err
		}
		k, err := g.ownKey(ctx, caller, r.PathValue("key_id"))
		if err != nil {
			return nil, err
		}
		if err := g.cfg.Keys.RevokeKey(ctx, k.ID, g.cfg.Now()); err != nil {
			return nil, err
		}
		g.forgetKeys()
		g.log.Info("api key revoked", "key_id", k.ID, "owner", k.Owner, "by", caller.ID)
		return g.cfg.Keys.FindKeyByID(ctx, k.ID)
	}()
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

func (g *Gateway) handleRotateKey(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	resp, err := func() (*CreateKeyResponse, error) {
		caller, err := g.authenticate(ctx, r, hokusai.ScopeManage)
		if err != nil {
			return nil, err
		}
		if err := g.allow(caller); err != nil {
			return nil, err
		}
		old, err := g.ownKey(ctx, caller, r.PathValue("key_id"))
		if err != nil {
			return nil, err
		}
		body, err := g.readBody(r)
		if err != nil {
			return nil, err
		}
		var req RotateKeyRequest
		if len(bytes.TrimSpace(body)) > 0 {
			if err := decodeStrict(body, &req, "rotate request"); err != nil {
				return nil, err
			}
		}
		overlap := int64(600)
		if req.OverlapSeconds != nil {
			overlap = *req.OverlapSeconds
		}
		if overlap < 0 || overlap > 30*86400 {
			return nil, hokusai.FieldErrorf("overlap_seconds", "overlap_seconds must lie between 0 and 2592000 (30 days), got %d.", overlap)
		}
		now := g.cfg.Now().UTC()
		next := &hokusai.APIKey{Owner: old.Owner, Name: old.Name, Scopes: old.Scopes, RateLimit: old.RateLimit, CreatedAt: now}
		if !old.ExpiresAt.IsZero() {
			next.ExpiresAt = now.Add(old.ExpiresAt.Sub(old.CreatedAt))
		}
		secret, hash, err := g.mint(next)
		if err != nil {
			return nil, err
		}
		if err := g.cfg.Keys.RotateKey(ctx, old.ID, now.Add(time.Duration(overlap)*time.Second), next, hash); err != nil {
			return nil, err
		}
		g.forgetKeys()
		g.log.Info("api key rotated", "key_id", old.ID, "new_key_id", next.ID, "overlap_s", overlap)
		prev, err := g.cfg.Keys.FindKeyByID(ctx, old.ID)
		if err != nil {
			return nil, err
		}
		return &CreateKeyResponse{Key: next, Secret: secret, Previous: prev}, nil
	}()
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	writeJSON(w, http.StatusCreated, resp)
}

// Whitelist is the answer to the whitelist routes.
type Whitelist struct {
	ModelID   uint64   `json:"model_id"`
	Consumers []string `json:"consumers"`
}

// ownProprietary checks the caller may manage the model's whitelist: its
// owner, proven by a manage key or, for a change (action not ""), by a
// request signed for that action on this model.
func (g *Gateway) ownProprietary(ctx context.Context, r *http.Request, action string) (*hokusai.Model, error) {
	var m *hokusai.Model
	var caller string
	if action != "" && bearer(r) == "" && signreq.Present(r.Header) {
		// The signature names the model's id, so the model is found first.
		var err error
		if m, err = g.resolveModel(ctx, r.PathValue("id")); err != nil {
			return nil, err
		}
		signer, sreq, err := g.cfg.Signed.Authenticate(r, action, m.ID)
		if err != nil {
			return nil, err
		}
		if _, err := sreq.ReadBody(r.Body, g.cfg.MaxBody); err != nil {
			return nil, err
		}
		caller = signer.Hex()
	} else {
		k, err := g.authenticate(ctx, r, hokusai.ScopeManage)
		if err != nil {
			return nil, err
		}
		if err := g.allow(k); err != nil {
			return nil, err
		}
		caller = k.Owner
		if m, err = g.resolveModel(ctx, r.PathValue("id")); err != nil {
			return nil, err
		}
	}
	if !strings.EqualFold(m.Owner, caller) {
		return nil, hokusai.Errorf(hokusai.EPROPRIETARY, "Only model %s's owner %s manages its whitelist; this request comes from %s.", m.Ticker, m.Owner, caller)
	}
	if m.License != hokusai.LicenseProprietary {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Model %s is %s, not proprietary: everyone may call it, so it has no whitelist.", m.Ticker, m.License)
	}
	return m, nil
}

func (g *Gateway) whitelistAnswer(ctx context.Context, w http.ResponseWriter, r *http.Request, m *hokusai.Model) {
	list, err := g.cfg.Whitelist.Whitelist(ctx, m.ID)
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	writeJSON(w, http.StatusOK, Whitelist{ModelID: m.ID, Consumers: list})
}

func (g *Gateway) handleWhitelist(w http.ResponseWriter, r *http.Request) {
	m, err := g.ownProprietary(r.Context(), r, "")
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	g.whitelistAnswer(r.Context(), w, r, m)
}

func (g *Gateway) whitelistChange(w http.ResponseWriter, r *http.Request, add bool) {
	ctx := r.Context()
	var m *hokusai.Model
	err := error(hokusai.FieldErrorf("address", "%q is not a 0x address.", hokusai.Excerpt(r.PathValue("address"))))
	if common.IsHexAddress(r.PathValue("address")) {
		m, err = g.ownProprietary(ctx, r, signreq.WhitelistAction(add, common.HexToAddress(r.PathValue("address"))))
	}
	if err == nil {
		addr := common.HexToAddress(r.PathValue("address")).Hex()
		if add {
			err = g.cfg.Whitelist.AddToWhitelist(ctx, m.ID, addr)
		} else {
			err = g.cfg.Whitelist.RemoveFromWhitelist(ctx, m.ID, addr)
		}
	}
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	g.whitelistAnswer(ctx, w, r, m)
}

func (g *Gateway) handleWhitelistAdd(w http.ResponseWriter, r *http.Request) {
	g.whitelistChange(w, r, true)
}

func (g *Gateway) handleWhitelistRemove(w http.ResponseWriter, r *http.Request) {
	g.whitelistChange(w, r, false)
}
