package gateway

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
)

// CreateKeyRequest is the body of POST /v1/keys. With a manage-scoped key
// in the Authorization header the key is created for that key's owner and
// Timestamp, Nonce and Signature are not needed. Without one, the consumer
// proves control of Address by signing KeyRequestMessage (EIP-191
// personal_sign) with its wallet: no custody, no password.
type CreateKeyRequest struct {
	Address   string   `json:"address"`
	Scopes    []string `json:"scopes,omitempty"`     // default ["call"]
	Name      string   `json:"name,omitempty"`       // a label for listings
	ExpiresIn int64    `json:"expires_in,omitempty"` // seconds; 0 means never
	RateLimit float64  `json:"rate_limit,omitempty"` // calls per second; 0: the server default
	Timestamp int64    `json:"timestamp,omitempty"`  // unix seconds, within five minutes of the server's clock
	Nonce     string   `json:"nonce,omitempty"`      // single use, 8–64 characters
	Signature string   `json:"signature,omitempty"`  // 0x r||s||v over KeyRequestMessage
}

// KeyRequestMessage is the text a wallet signs to ask for a key.
func KeyRequestMessage(chainID uint64, r CreateKeyRequest) string {
	scopes := r.Scopes
	if len(scopes) == 0 {
		scopes = []string{string(hokusai.ScopeCall)}
	}
	return fmt.Sprintf("Hokusai API key request\nchain: %d\naddress: %s\nscopes: %s\nname: %s\nexpires_in: %d\nrate_limit: %s\ntimestamp: %d\nnonce: %s",
		chainID, strings.ToLower(r.Address), strings.Join(scopes, ","), r.Name, r.ExpiresIn,
		strconv.FormatFloat(r.RateLimit, 'f', -1, 64), r.Timestamp, r.Nonce)
}

// SignKeyRequest fills in Address and Signature with key (the CLI's side).
func SignKeyRequest(chainID uint64, r *CreateKeyRequest, key *ecdsa.PrivateKey) error {
	r.Address = crypto.PubkeyToAddress(key.PublicKey).Hex()
	sig, err := crypto.Sign(accounts.TextHash([]byte(KeyRequestMessage(chainID, *r))), key)
	if err != nil {
		return fmt.Errorf("sign key request: %w", err)
	}
	sig[64] += 27
	r.Signature = hexutil.Encode(sig)
	return nil
}

// recoverSigner returns the address that signed msg with personal_sign.
func recoverSigner(msg, sigHex string) (common.Address, error) {
	sig, err := hexutil.Decode(sigHex)
	if err != nil || len(sig) != 65 {
		return common.Address{}, hokusai.FieldErrorf("signature", "signature must be 0x followed by 65 bytes in hex (r, s, v).")
	}
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	if sig[64] > 1 {
		return common.Address{}, hokusai.FieldErrorf("signature", "The signature's recovery byte v must be 27 or 28.")
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(msg)), sig)
	if err != nil {
		return common.Address{}, hokusai.FieldErrorf("signature", "The signature is not a valid secp256k1 signature.")
	}
	return crypto.PubkeyToAddress(*pub), nil
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
		body, err := g.readBody(r)
		if err != nil {
			return nil, err
		}
		var req CreateKeyRequest
		if err := decodeStrict(body, &req, "key request"); err != nil {
			return nil, err
		}
		now := g.cfg.Now()
		var owner string
		if bearer(r) != "" {
			k, err := g.authenticate(ctx, r, hokusai.ScopeManage)
			if err != nil {
				return nil, err
			}
			if err := g.allow(k); err != nil {
				return nil, err
			}
			if req.Address != "" && !strings.EqualFold(req.Address, k.Owner) {
				return nil, hokusai.Errorf(hokusai.EFORBIDDEN, "A manage key creates keys for its own owner %s only; sign a key request with %s's wallet instead.", k.Owner, req.Address)
			}
			owner = k.Owner
		} else {
			if !common.IsHexAddress(req.Address) {
				return nil, hokusai.FieldErrorf("address", "address must be the 0x address whose wallet signs the request.")
			}
			if req.Signature == "" {
				return nil, hokusai.FieldErrorf("signature", "Without a manage key, a key request must be signed by the address's wallet (`hokusai keys create --dev-account N` or --keystore FILE does this).")
			}
			ts := time.Unix(req.Timestamp, 0)
			if d := now.Sub(ts); d > g.cfg.SignatureWindow || d < -g.cfg.SignatureWindow {
				return nil, hokusai.FieldErrorf("timestamp", "timestamp must be within %s of the server's clock (%d); sign a fresh request.", g.cfg.SignatureWindow, now.Unix())
			}
			if len(req.Nonce) < 8 || len(req.Nonce) > 64 {
				return nil, hokusai.FieldErrorf("nonce", "nonce must be 8 to 64 characters, used once.")
			}
			signer, err := recoverSigner(KeyRequestMessage(g.cfg.ChainID, req), req.Signature)
			if err != nil {
				return nil, err
			}
			if signer != common.HexToAddress(req.Address) {
				return nil, hokusai.Errorf(hokusai.EUNAUTHORIZED, "The signature was not made by %s's key (it recovers to %s), or the request differs from what was signed; sign it again for chain %d.", req.Address, signer.Hex(), g.cfg.ChainID)
			}
			owner = signer.Hex()
			if err := g.cfg.Keys.UseNonce(ctx, owner, req.Nonce, now); err != nil {
				return nil, err
			}
		}
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

// ownProprietary checks the caller may manage the model's whitelist.
func (g *Gateway) ownProprietary(ctx context.Context, r *http.Request) (*hokusai.Model, error) {
	caller, err := g.authenticate(ctx, r, hokusai.ScopeManage)
	if err != nil {
		return nil, err
	}
	if err := g.allow(caller); err != nil {
		return nil, err
	}
	m, err := g.resolveModel(ctx, r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(m.Owner, caller.Owner) {
		return nil, hokusai.Errorf(hokusai.EPROPRIETARY, "Only model %s's owner %s manages its whitelist; this key belongs to %s.", m.Ticker, m.Owner, caller.Owner)
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
	m, err := g.ownProprietary(r.Context(), r)
	if err != nil {
		g.fail(w, r, "", "", err)
		return
	}
	g.whitelistAnswer(r.Context(), w, r, m)
}

func (g *Gateway) whitelistChange(w http.ResponseWriter, r *http.Request, add bool) {
	ctx := r.Context()
	m, err := g.ownProprietary(ctx, r)
	if err == nil && !common.IsHexAddress(r.PathValue("address")) {
		err = hokusai.FieldErrorf("address", "%q is not a 0x address.", r.PathValue("address"))
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
