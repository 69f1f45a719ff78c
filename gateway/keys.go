package gateway

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
)

var _ hokusai.AccessService = (*Gateway)(nil)

// counted counts a failed access call in the gateway's error metric, as
// the gateway's own routes count theirs.
func (g *Gateway) counted(err error) error {
	if err != nil {
		g.metrics.errors.WithLabelValues(codeLabel(err)).Inc()
	}
	return err
}

// Authenticate finds the key whose secret this is, checks it grants scope
// and spends one call of its rate limit.
func (g *Gateway) Authenticate(ctx context.Context, secret string, scope hokusai.Scope) (*hokusai.APIKey, error) {
	k, err := g.authenticate(ctx, secret, scope)
	if err == nil {
		err = g.allow(k)
	}
	if err != nil {
		return nil, g.counted(err)
	}
	return k, nil
}

// CreateKey creates a key for owner, proven by the caller (a manage key or
// the owner's signed request).
func (g *Gateway) CreateKey(ctx context.Context, owner string, req hokusai.KeyRequest) (*hokusai.NewKey, error) {
	k, err := g.newKey(req, owner, g.cfg.Now())
	if err != nil {
		return nil, g.counted(err)
	}
	secret, hash, err := g.mint(k)
	if err != nil {
		return nil, g.counted(err)
	}
	if err := g.cfg.Keys.CreateKey(ctx, k, hash); err != nil {
		return nil, g.counted(err)
	}
	g.log.Info("api key created", "key_id", k.ID, "owner", owner, "scopes", k.Scopes)
	return &hokusai.NewKey{Key: k, Secret: secret}, nil
}

// newKey checks a request's settings and returns the key to store.
func (g *Gateway) newKey(req hokusai.KeyRequest, owner string, now time.Time) (*hokusai.APIKey, error) {
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

// ListKeys returns the keys of the caller's owner, never nil.
func (g *Gateway) ListKeys(ctx context.Context, caller *hokusai.APIKey) ([]*hokusai.APIKey, error) {
	keys, err := g.cfg.Keys.FindKeys(ctx, caller.Owner)
	if err != nil {
		return nil, g.counted(err)
	}
	if keys == nil {
		keys = []*hokusai.APIKey{}
	}
	return keys, nil
}

// RevokeKey revokes one of the caller's owner's keys and forgets cached
// keys, so the revocation holds at once in this process.
func (g *Gateway) RevokeKey(ctx context.Context, caller *hokusai.APIKey, id string) (*hokusai.APIKey, error) {
	k, err := g.revokeKey(ctx, caller, id)
	return k, g.counted(err)
}

func (g *Gateway) revokeKey(ctx context.Context, caller *hokusai.APIKey, id string) (*hokusai.APIKey, error) {
	k, err := g.ownKey(ctx, caller, id)
	if err != nil {
		return nil, err
	}
	if err := g.cfg.Keys.RevokeKey(ctx, k.ID, g.cfg.Now()); err != nil {
		return nil, err
	}
	g.forgetKeys()
	g.log.Info("api key revoked", "key_id", k.ID, "owner", k.Owner, "by", caller.ID)
	return g.cfg.Keys.FindKeyByID(ctx, k.ID)
}

// RotateKey replaces one of the caller's owner's keys with a new one of
// the same settings; the old key keeps working for the overlap (default
// ten minutes, at most 30 days).
func (g *Gateway) RotateKey(ctx context.Context, caller *hokusai.APIKey, id string, overlapSeconds *int64) (*hokusai.NewKey, error) {
	k, err := g.rotateKey(ctx, caller, id, overlapSeconds)
	return k, g.counted(err)
}

func (g *Gateway) rotateKey(ctx context.Context, caller *hokusai.APIKey, id string, overlapSeconds *int64) (*hokusai.NewKey, error) {
	old, err := g.ownKey(ctx, caller, id)
	if err != nil {
		return nil, err
	}
	overlap := int64(600)
	if overlapSeconds != nil {
		overlap = *overlapSeconds
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
	return &hokusai.NewKey{Key: next, Secret: secret, Previous: prev}, nil
}

// FindModel finds a model by id or ticker for the owner's routes (its
// whitelist and access requests): it reads the index itself, not the
// cache, whose record may name the owner from before a sale for up to
// ModelCacheTTL, and refreshes the cache with what it read.
func (g *Gateway) FindModel(ctx context.Context, ref string) (*hokusai.Model, error) {
	m, err := g.fetchModel(ctx, ref, time.Now())
	return m, g.counted(err)
}

// ownProprietary checks the caller may manage m's whitelist: its owner,
// and m Proprietary.
func ownProprietary(caller string, m *hokusai.Model) error {
	if !strings.EqualFold(m.Owner, caller) {
		return hokusai.Errorf(hokusai.EPROPRIETARY, "Only model %s's owner %s manages its whitelist; this request comes from %s.", m.Ticker, m.Owner, caller)
	}
	if m.License != hokusai.LicenseProprietary {
		return hokusai.Errorf(hokusai.EINVALID, "Model %s is %s, not proprietary: everyone may call it, so it has no whitelist.", m.Ticker, m.License)
	}
	return nil
}

// Whitelist returns m's whitelisted consumers to its owner.
func (g *Gateway) Whitelist(ctx context.Context, caller string, m *hokusai.Model) ([]string, error) {
	if err := ownProprietary(caller, m); err != nil {
		return nil, g.counted(err)
	}
	list, err := g.cfg.Whitelist.Whitelist(ctx, m.ID)
	return list, g.counted(err)
}

// ChangeWhitelist adds consumer to m's whitelist or removes it, for m's
// owner, and returns the whitelist.
func (g *Gateway) ChangeWhitelist(ctx context.Context, caller string, m *hokusai.Model, consumer string, add bool) ([]string, error) {
	if err := ownProprietary(caller, m); err != nil {
		return nil, g.counted(err)
	}
	if !common.IsHexAddress(consumer) {
		return nil, g.counted(hokusai.FieldErrorf("address", "%q is not a 0x address.", hokusai.Excerpt(consumer)))
	}
	addr := common.HexToAddress(consumer).Hex()
	var err error
	if add {
		err = g.cfg.Whitelist.AddToWhitelist(ctx, m.ID, addr)
	} else {
		err = g.cfg.Whitelist.RemoveFromWhitelist(ctx, m.ID, addr)
	}
	if err != nil {
		return nil, g.counted(err)
	}
	return g.Whitelist(ctx, caller, m)
}

// RequestAccess records caller's request to be whitelisted on m.
func (g *Gateway) RequestAccess(ctx context.Context, caller string, m *hokusai.Model, message string) (*hokusai.AccessRequest, bool, error) {
	if m.License != hokusai.LicenseProprietary {
		return nil, false, g.counted(hokusai.Errorf(hokusai.EINVALID, "Model %s is %s, not proprietary: everyone may call it, so there is no access to request.", m.Ticker, m.License))
	}
	if n := utf8.RuneCountInString(message); n > hokusai.MaxAccessMessage {
		return nil, false, g.counted(hokusai.FieldErrorf("message", "The message is %d characters; send at most %d.", n, hokusai.MaxAccessMessage))
	}
	r, created, err := g.cfg.Whitelist.RequestAccess(ctx, m.ID, common.HexToAddress(caller).Hex(), message)
	return r, created, g.counted(err)
}

// AccessRequests lists m's access requests to its owner.
func (g *Gateway) AccessRequests(ctx context.Context, caller string, m *hokusai.Model, status string) ([]*hokusai.AccessRequest, error) {
	if err := ownProprietary(caller, m); err != nil {
		return nil, g.counted(err)
	}
	if status != "" && !hokusai.ValidAccessStatus(status) {
		return nil, g.counted(hokusai.FieldErrorf("status", "%q is not a status: use pending, approved or declined.", hokusai.Excerpt(status)))
	}
	l, err := g.cfg.Whitelist.AccessRequests(ctx, m.ID, status)
	return l, g.counted(err)
}

// DeclineAccess declines consumer's pending request on m, for m's owner.
func (g *Gateway) DeclineAccess(ctx context.Context, caller string, m *hokusai.Model, consumer string) (*hokusai.AccessRequest, error) {
	if err := ownProprietary(caller, m); err != nil {
		return nil, g.counted(err)
	}
	if !common.IsHexAddress(consumer) {
		return nil, g.counted(hokusai.FieldErrorf("address", "%q is not a 0x address.", hokusai.Excerpt(consumer)))
	}
	r, err := g.cfg.Whitelist.DeclineAccessRequest(ctx, m.ID, common.HexToAddress(consumer).Hex())
	return r, g.counted(err)
}
