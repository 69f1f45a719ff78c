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
}
