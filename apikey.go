package hokusai

import (
	"context"
	"time"
)

// Licence error codes of the metered API (F22); each maps to HTTP 403.
const (
	ELICENSE     = "LICENSE_VIOLATION"  // the model's licence forbids this use
	EWHITELIST   = "WHITELIST_REQUIRED" // a Proprietary model serves only the consumers its owner whitelisted
	EPROPRIETARY = "PROPRIETARY_MODEL"  // only a Proprietary model's owner may do this (e.g. manage its whitelist)
)

// Scope is a right an API key grants.
type Scope string

// Scopes an API key may hold.
const (
	ScopeCall   Scope = "call"   // call models: predict, batch_predict, chat completions, estimate_cost, usage
	ScopeManage Scope = "manage" // manage keys and the whitelists of the owner's models
)

// ParseScope accepts "call" or "manage".
func ParseScope(s string) (Scope, error) {
	switch Scope(s) {
	case ScopeCall, ScopeManage:
		return Scope(s), nil
	}
	return "", FieldErrorf("scopes", "Unknown scope %q; use call or manage.", s)
}

// APIKey is a consumer's API key as stored: never the secret itself, only
// its sha256 (kept by the KeyService) and a short hint for listings.
type APIKey struct {
	ID        string    `json:"id"`    // public id, e.g. "key_3f9a1c0b2d4e"; safe to log
	Owner     string    `json:"owner"` // 0x address (checksummed) that pays for and manages the key
	Name      string    `json:"name,omitempty"`
	Hint      string    `json:"hint"` // the first characters of the secret, e.g. "hk_dev_ab12…"
	Scopes    []Scope   `json:"scopes"`
	RateLimit float64   `json:"rate_limit,omitempty"` // calls per second; 0 means the server default
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at,omitzero"` // zero: never
	RevokedAt time.Time `json:"revoked_at,omitzero"` // zero: not revoked
	// RotatedTo is the id of the key that replaced this one; the old key
	// stays valid until ExpiresAt (the overlap window).
	RotatedTo string `json:"rotated_to,omitempty"`
}

// HasScope reports whether the key grants s.
func (k *APIKey) HasScope(s Scope) bool {
	for _, x := range k.Scopes {
		if x == s {
			return true
		}
	}
	return false
}

// Active reports whether the key may be used at t: not revoked, not expired.
func (k *APIKey) Active(t time.Time) bool {
	if !k.RevokedAt.IsZero() && !t.Before(k.RevokedAt) {
		return false
	}
	return k.ExpiresAt.IsZero() || t.Before(k.ExpiresAt)
}

// KeyService stores API keys by the sha256 of their secret.
type KeyService interface {
	// CreateKey stores k under the hex sha256 of its secret. ECONFLICT when
	// the id or hash exists.
	CreateKey(ctx context.Context, k *APIKey, secretHash string) error
	// FindKeyByHash returns ENOTFOUND when no key has that hash.
	FindKeyByHash(ctx context.Context, secretHash string) (*APIKey, error)
	// FindKeyByID returns ENOTFOUND when no key has that id.
	FindKeyByID(ctx context.Context, id string) (*APIKey, error)
	// FindKeys returns an owner's keys, newest first.
	FindKeys(ctx context.Context, owner string) ([]*APIKey, error)
	// RevokeKey marks the key revoked at t; revoking twice keeps the first
	// time. ENOTFOUND when unknown.
	RevokeKey(ctx context.Context, id string, t time.Time) error
	// RotateKey stores next and, in the same transaction, makes the old key
	// expire at oldExpires (the overlap window) and point at next. ENOTFOUND
	// when old is unknown; EINVALID when it is revoked or expired.
	RotateKey(ctx context.Context, oldID string, oldExpires time.Time, next *APIKey, nextHash string) error
}

// WhitelistService keeps which consumers may call each Proprietary model.
type WhitelistService interface {
	// Whitelisted reports whether consumer may call the model.
	Whitelisted(ctx context.Context, modelID uint64, consumer string) (bool, error)
	// Whitelist returns a model's whitelisted consumers in address order.
	Whitelist(ctx context.Context, modelID uint64) ([]string, error)
	// AddToWhitelist is idempotent.
	AddToWhitelist(ctx context.Context, modelID uint64, consumer string) error
	// RemoveFromWhitelist is idempotent.
	RemoveFromWhitelist(ctx context.Context, modelID uint64, consumer string) error

	// RequestAccess records consumer's pending request on the model and
	// returns it, with created false when a pending one already existed (that
	// one is returned, message unchanged). ECONFLICT when consumer is already
	// whitelisted. AddToWhitelist approves the pending request.
	RequestAccess(ctx context.Context, modelID uint64, consumer, message string) (r *AccessRequest, created bool, err error)
	// AccessRequests returns the model's requests with status ("" for all),
	// oldest first.
	AccessRequests(ctx context.Context, modelID uint64, status string) ([]*AccessRequest, error)
	// DeclineAccessRequest marks consumer's pending request declined and
	// returns it. ENOTFOUND when none is pending.
	DeclineAccessRequest(ctx context.Context, modelID uint64, consumer string) (*AccessRequest, error)
}

// KeyRequest is what a new API key should be; zero fields take the
// server's defaults.
type KeyRequest struct {
	Scopes    []string // default ["call"]
	Name      string   // a label for listings, at most 64 characters
	ExpiresIn int64    // seconds until the key expires; 0 means never
	RateLimit float64  // calls per second; 0 means the server default
}

// NewKey is a key just created or rotated, with its secret: the only time
// the secret leaves the server.
type NewKey struct {
	Key    *APIKey
	Secret string
	// Previous is the rotated key with its new expiry (rotation only).
	Previous *APIKey
}

// AccessService decides who may use the metered API: API keys (their
// secrets, scopes and rate limits) and the whitelists of Proprietary
// models. The gateway implements it; the REST server calls it once it has
// read the credentials off a request. Callers are proven before these
// methods run: a key by Authenticate, a wallet by its signed request.
type AccessService interface {
	// Authenticate returns the active key whose secret this is and spends
	// one call of its rate limit. EUNAUTHORIZED: a missing, malformed,
	// unknown, revoked or expired key; EFORBIDDEN: it lacks scope;
	// ERATELIMIT: it is over its rate limit.
	Authenticate(ctx context.Context, secret string, scope Scope) (*APIKey, error)
	// CreateKey creates a key for owner. EINVALID: a bad setting.
	CreateKey(ctx context.Context, owner string, req KeyRequest) (*NewKey, error)
	// ListKeys returns the keys of caller's owner, newest first.
	ListKeys(ctx context.Context, caller *APIKey) ([]*APIKey, error)
	// RevokeKey revokes one of caller's owner's keys at once. ENOTFOUND: no
	// such key of that owner.
	RevokeKey(ctx context.Context, caller *APIKey, id string) (*APIKey, error)
	// RotateKey replaces one of caller's owner's keys; the old one keeps
	// working for overlapSeconds (nil: the default). ENOTFOUND, EINVALID.
	RotateKey(ctx context.Context, caller *APIKey, id string, overlapSeconds *int64) (*NewKey, error)
	// FindModel finds a model by id ("7") or ticker ("HVOTE"). ENOTFOUND,
	// EINVALID.
	FindModel(ctx context.Context, ref string) (*Model, error)
	// Whitelist returns the consumers of m's whitelist, once caller is
	// proven m's owner. EPROPRIETARY: caller is not the owner; EINVALID: m
	// is not Proprietary.
	Whitelist(ctx context.Context, caller string, m *Model) ([]string, error)
	// ChangeWhitelist adds consumer to m's whitelist (or removes it) and
	// returns the whitelist, with Whitelist's checks and errors.
	ChangeWhitelist(ctx context.Context, caller string, m *Model, consumer string, add bool) ([]string, error)
	// RequestAccess asks m's owner to whitelist caller, proven by its signed
	// request. EINVALID: m is not Proprietary or the message is too long;
	// ECONFLICT: caller is already whitelisted. A second request while one is
	// pending returns the pending one, with created false.
	RequestAccess(ctx context.Context, caller string, m *Model, message string) (r *AccessRequest, created bool, err error)
	// AccessRequests lists m's access requests with status ("" for all) to
	// its owner, with Whitelist's checks and errors.
	AccessRequests(ctx context.Context, caller string, m *Model, status string) ([]*AccessRequest, error)
	// DeclineAccess marks consumer's pending request on m declined, for m's
	// owner. ENOTFOUND: no pending request.
	DeclineAccess(ctx context.Context, caller string, m *Model, consumer string) (*AccessRequest, error)
}
