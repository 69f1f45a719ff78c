package gateway_test

import (
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/gateway"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/signreq"
)

func TestPredictChargesAndAnswers(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 10_000)
	var out gateway.PredictResponse
	st := e.do("POST", "/v1/models/1/predict", key, map[string]any{"inputs": []any{voteRow, map[string]any{"crime": "n"}}}, &out)
	if st != http.StatusOK {
		t.Fatalf("status %d", st)
	}
	if len(out.Predictions) != 2 || out.Predictions[0].Label != "republican" || out.Predictions[0].Confidence < 0.5 || len(out.Predictions[0].Probabilities) != 2 {
		t.Fatalf("predictions %+v", out.Predictions)
	}
	if out.FeeMicros != 2*price || out.FeeCharged != "0.004" || out.UsageID == 0 || out.Version != "1.0.0" || out.Tier != gateway.TierBasic {
		t.Fatalf("response %+v", out)
	}
	if got := e.spendable(who); got != 10_000-2*price {
		t.Fatalf("spendable %d, want %d", got, 10_000-2*price)
	}
	// A single row by ticker, with "input".
	if st := e.do("POST", "/v1/models/votes/predict", key, map[string]any{"input": voteRow}, &out); st != http.StatusOK || len(out.Predictions) != 1 || out.FeeMicros != price {
		t.Fatalf("single row: %d %+v", st, out)
	}
}

func TestBatchTierDiscount(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 1_000_000)
	rows := make([]any, 10)
	for i := range rows {
		rows[i] = voteRow
	}
	var out gateway.PredictResponse
	if st := e.do("POST", "/v1/models/1/batch_predict", key, map[string]any{"inputs": rows}, &out); st != http.StatusOK {
		t.Fatalf("status %d", st)
	}
	if want := int64(10 * price * 3 / 4); out.FeeMicros != want || out.Tier != gateway.TierBatch {
		t.Fatalf("batch fee %d, want %d (25%% off)", out.FeeMicros, want)
	}
	var est gateway.EstimateResponse
	if st := e.do("POST", "/v1/models/1/estimate_cost", key, map[string]any{"calls": 10, "tier": "batch"}, &est); st != http.StatusOK || est.AmountMicros != out.FeeMicros || est.DiscountBps != 2500 {
		t.Fatalf("estimate %d %+v", st, est)
	}
	if est.SpendableMicros != 1_000_000-out.FeeMicros {
		t.Fatalf("estimate spendable %d", est.SpendableMicros)
	}
	if pp := est.PriceParts; pp.ComputeMicros+pp.StorageMicros+pp.NetworkMicros != est.PricePerCallMicro || pp.ComputeMicros != est.PricePerCallMicro/2 {
		t.Fatalf("estimate price parts %+v of %d", pp, est.PricePerCallMicro)
	}
	if got := e.spendable(who); got != 1_000_000-out.FeeMicros {
		t.Fatalf("estimate charged something: spendable %d", got)
	}
}

func TestFee(t *testing.T) {
	for _, c := range []struct {
		price int64
		rows  int
		tier  gateway.Tier
		want  int64
	}{
		{2000, 1, gateway.TierBasic, 2000},
		{2000, 3, gateway.TierBatch, 4500},
		{3, 1, gateway.TierBatch, 2}, // 2.25 rounds down, in the consumer's favour
		{0, 100, gateway.TierBasic, 0},
	} {
		if got, err := gateway.Fee(c.price, c.rows, c.tier, 2500); err != nil || got != c.want {
			t.Errorf("Fee(%d, %d, %s) = %d, %v; want %d", c.price, c.rows, c.tier, got, err, c.want)
		}
	}
	if _, err := gateway.Fee(1<<62, 1000, gateway.TierBasic, 0); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Errorf("overflow: %v", err)
	}
}

// TestLastCreditsUnderConcurrency: 200 clients spend one consumer's last
// credits at once; exactly ⌊balance/price⌋ succeed, the rest get 402, and
// the balance never goes negative.
func TestLastCreditsUnderConcurrency(t *testing.T) {
	testLastCredits(t, newEnv(t))
}

func testLastCredits(t *testing.T, e *env) {
	key, who := e.newKey(hokusai.ScopeCall)
	const balance = 37*price + 1234
	e.credit(who, balance)
	var ok, poor, other atomic.Int64
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			st, b, _ := e.raw("POST", "/v1/models/1/predict", key, map[string]any{"inputs": []any{voteRow}})
			switch {
			case st == http.StatusOK:
				ok.Add(1)
			case st == http.StatusPaymentRequired && errCode(b) == hokusai.ECREDITS:
				poor.Add(1)
			default:
				other.Add(1)
				t.Errorf("status %d: %s", st, b)
			}
		}()
	}
	close(start)
	wg.Wait()
	if ok.Load() != balance/price || poor.Load() != 200-balance/price || other.Load() != 0 {
		t.Fatalf("ok %d, 402 %d, other %d; want %d ok", ok.Load(), poor.Load(), other.Load(), balance/price)
	}
	if got := e.spendable(who); got != balance%price || got < 0 {
		t.Fatalf("spendable %d, want %d", got, balance%price)
	}
	stats, err := e.ledger.Usage(e.ctx, hokusai.UsageFilter{Consumer: who})
	if err != nil || len(stats) != 1 || stats[0].Calls != uint64(balance/price) || stats[0].Amount != balance/price*price {
		t.Fatalf("usage %+v %v", stats, err)
	}
}

func TestIdempotencyKeyChargesOnce(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 100_000)
	body := map[string]any{"inputs": []any{voteRow}}
	var first, second gateway.PredictResponse
	st1, b1, _ := e.raw("POST", "/v1/models/1/predict", key, body, "Idempotency-Key", "req-42")
	st2, b2, h2 := e.raw("POST", "/v1/models/1/predict", key, body, "Idempotency-Key", "req-42")
	if st1 != 200 || st2 != 200 {
		t.Fatalf("statuses %d %d: %s %s", st1, st2, b1, b2)
	}
	mustJSON(t, b1, &first)
	mustJSON(t, b2, &second)
	if first.UsageID != second.UsageID || first.FeeMicros != second.FeeMicros || h2.Get("Idempotent-Replayed") != "true" {
		t.Fatalf("retry differs: %+v vs %+v", first, second)
	}
	if got := e.spendable(who); got != 100_000-price {
		t.Fatalf("charged twice: spendable %d", got)
	}
	// The same key for another request is a conflict, and not charged.
	st, b, _ := e.raw("POST", "/v1/models/1/predict", key, map[string]any{"inputs": []any{voteRow, voteRow}}, "Idempotency-Key", "req-42")
	if st != http.StatusConflict || errCode(b) != hokusai.ECONFLICT {
		t.Fatalf("reuse: %d %s", st, b)
	}
	if got := e.spendable(who); got != 100_000-price {
		t.Fatalf("conflict charged: spendable %d", got)
	}
}

func TestKeysRevokedScopeExpiredMalformed(t *testing.T) {
	e := newEnv(t)
	ck, _ := crypto.GenerateKey()
	manage := e.keyFor(ck, hokusai.ScopeManage)
	call := e.keyFor(ck, hokusai.ScopeCall)
	e.credit(crypto.PubkeyToAddress(ck.PublicKey).Hex(), 1_000_000)
	body := map[string]any{"inputs": []any{voteRow}}

	// A key without the call scope: 403.
	if st, b, _ := e.raw("POST", "/v1/models/1/predict", manage, body); st != 403 || errCode(b) != hokusai.EFORBIDDEN {
		t.Fatalf("manage key calling: %d %s", st, b)
	}
	// A call key managing keys: 403.
	if st, b, _ := e.raw("GET", "/v1/keys", call, nil); st != 403 || errCode(b) != hokusai.EFORBIDDEN {
		t.Fatalf("call key listing: %d %s", st, b)
	}
	var list struct{ Keys []*hokusai.APIKey }
	if st := e.do("GET", "/v1/keys", manage, nil, &list); st != 200 || len(list.Keys) != 2 {
		t.Fatalf("list %d %+v", st, list)
	}
	for _, k := range list.Keys {
		if !strings.HasPrefix(k.Hint, "hk_dev_") || strings.Contains(fmt.Sprint(k), call[10:]) {
			t.Fatalf("listing shows key material: %+v", k)
		}
	}
	callID := gateway.KeyID(gateway.HashSecret(call))
	if st := e.do("POST", "/v1/models/1/predict", call, body, nil); st != 200 {
		t.Fatalf("before revoke %d", st)
	}
	if st := e.do("DELETE", "/v1/keys/"+callID, manage, nil, nil); st != 200 {
		t.Fatalf("revoke %d", st)
	}
	if st, b, _ := e.raw("POST", "/v1/models/1/predict", call, body); st != 401 || errCode(b) != hokusai.EUNAUTHORIZED {
		t.Fatalf("revoked key: %d %s", st, b)
	}
	// Someone else's manage key cannot revoke ours.
	other, _ := e.newKey(hokusai.ScopeManage)
	manageID := gateway.KeyID(gateway.HashSecret(manage))
	if st := e.do("DELETE", "/v1/keys/"+manageID, other, nil, nil); st != 404 {
		t.Fatalf("foreign revoke %d", st)
	}
	// Malformed keys are refused before any lookup: a typo breaks the checksum.
	typo := []byte(manage)
	typo[12] ^= 1
	for _, bad := range []string{string(typo), "hk_dev_short", "sk-openai", manage + "x"} {
		if st, b, _ := e.raw("GET", "/v1/keys", bad, nil); st != 401 || errCode(b) != hokusai.EUNAUTHORIZED || strings.Contains(string(b), bad) {
			t.Fatalf("bad key %q: %d %s", bad, st, b)
		}
	}
	if st, _, _ := e.raw("GET", "/v1/keys", "", nil); st != 401 {
		t.Fatalf("no key: %d", st)
	}
}

func TestKeyExpiryAndRotationOverlap(t *testing.T) {
	var mu sync.Mutex
	now := time.Now()
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	e := newEnv(t, func(c *gateway.Config) { c.Now = clock; c.KeyCacheTTL = -1 })
	ck, _ := crypto.GenerateKey()
	body, hdr := signedJSON(t, testDomain, ck, signreq.ActionCreateKey, 0, keyRequest{Scopes: []string{"call", "manage"}, ExpiresIn: 3600})
	var created createdKey
	if st := e.do("POST", "/v1/keys", "", body, &created, hdr...); st != 201 {
		t.Fatalf("create %d", st)
	}
	// The same signed request again: the nonce is spent.
	if st, b, _ := e.raw("POST", "/v1/keys", "", body, hdr...); st != 409 {
		t.Fatalf("replayed signed request: %d %s", st, b)
	}
	old := created.Secret
	var rot createdKey
	if st := e.do("POST", "/v1/keys/"+created.Key.ID+"/rotate", old, map[string]any{"overlap_seconds": 300}, &rot); st != 201 {
		t.Fatalf("rotate %d", st)
	}
	if rot.Previous.RotatedTo != rot.Key.ID || !rot.Previous.ExpiresAt.Equal(clock().Add(300*time.Second).UTC()) {
		t.Fatalf("previous %+v", rot.Previous)
	}
	advance(299 * time.Second)
	if st := e.do("GET", "/v1/keys", old, nil, nil); st != 200 {
		t.Fatalf("old key inside overlap: %d", st)
	}
	advance(2 * time.Second)
	if st, b, _ := e.raw("GET", "/v1/keys", old, nil); st != 401 || !strings.Contains(string(b), "expired") {
		t.Fatalf("old key after overlap: %d %s", st, b)
	}
	if st := e.do("GET", "/v1/keys", rot.Secret, nil, nil); st != 200 {
		t.Fatalf("new key: %d", st)
	}
	advance(time.Hour)
	if st := e.do("GET", "/v1/keys", rot.Secret, nil, nil); st != 401 {
		t.Fatalf("new key past its own hour: %d", st)
	}
}

// TestSignedKeyRequestRefusals guards against key requests that are not
// the signer's own, exact, fresh request for this server: a replay, a
// body changed after signing, another action, another chain, a foreign
// address and an unsigned request are each refused with their own code.
func TestSignedKeyRequestRefusals(t *testing.T) {
	e := newEnv(t)
	ck, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	good := keyRequest{Scopes: []string{"call"}}
	type attempt struct {
		body string
		hdr  []string
	}
	sign := func(d signreq.Domain, action string, v any) attempt {
		b, h := signedJSON(t, d, ck, action, 0, v)
		return attempt{b, h}
	}
	changed := sign(testDomain, signreq.ActionCreateKey, good)
	changed.body = `{"scopes":["manage"]}`
	replayed := sign(testDomain, signreq.ActionCreateKey, good)
	if st := e.do("POST", "/v1/keys", "", replayed.body, nil, replayed.hdr...); st != 201 {
		t.Fatalf("good request: %d", st)
	}
	for name, c := range map[string]struct {
		a      attempt
		status int
		code   string
	}{
		"replayed":                  {replayed, 409, hokusai.ECONFLICT},
		"scope added after signing": {changed, 400, hokusai.EINVALID},
		"another action":            {sign(testDomain, signreq.ActionWhitelistAdd, good), 403, hokusai.EFORBIDDEN},
		"another chain":             {sign(signreq.Domain{ChainID: 1, Platform: testDomain.Platform}, signreq.ActionCreateKey, good), 401, hokusai.EUNAUTHORIZED},
		"someone else's address": {sign(testDomain, signreq.ActionCreateKey, keyRequest{Address: crypto.PubkeyToAddress(other.PublicKey).Hex()}),
			403, hokusai.EFORBIDDEN},
		"unknown scope": {sign(testDomain, signreq.ActionCreateKey, keyRequest{Scopes: []string{"root"}}), 400, hokusai.EINVALID},
		"unsigned":      {attempt{body: `{}`}, 401, hokusai.EUNAUTHORIZED},
		"old body form": {attempt{body: `{"timestamp":1,"nonce":"nonce-0001","signature":"0x00"}`}, 401, hokusai.EUNAUTHORIZED},
	} {
		st, b, _ := e.raw("POST", "/v1/keys", "", c.a.body, c.a.hdr...)
		if st != c.status || errCode(b) != c.code {
			t.Errorf("%s: %d %s, want %d %s", name, st, b, c.status, c.code)
		}
	}
	// Nothing but the one good request made a key.
	if keys, err := e.keys.FindKeys(e.ctx, crypto.PubkeyToAddress(ck.PublicKey).Hex()); err != nil || len(keys) != 1 {
		t.Fatalf("%d keys for the signer (%v), want 1", len(keys), err)
	}
}

// TestWhitelistBySignedRequest: the owner's wallet changes the whitelist
// with a request signed for that change on that model; the same request
// replayed, sent to another model, pointed at another consumer or signed
// by someone else is refused.
func TestWhitelistBySignedRequest(t *testing.T) {
	e := newEnv(t)
	consumer := crypto.PubkeyToAddress(e.owner.PublicKey).Hex() // any address will do
	path := "/v1/models/2/whitelist/" + consumer
	addAction := signreq.WhitelistAction(true, common.HexToAddress(consumer))
	_, add := signedJSON(t, testDomain, e.owner, addAction, modelProp, nil)
	var wl whitelistAnswer
	if st := e.do("PUT", path, "", nil, &wl, add...); st != 200 || len(wl.Consumers) != 1 {
		t.Fatalf("signed add: %d %+v", st, wl)
	}
	stranger, _ := crypto.GenerateKey()
	_, foreign := signedJSON(t, testDomain, stranger, addAction, modelProp, nil)
	_, remove := signedJSON(t, testDomain, e.owner, signreq.WhitelistAction(false, common.HexToAddress(consumer)), modelProp, nil)
	_, addOther := signedJSON(t, testDomain, e.owner, addAction, modelProp, nil)
	otherConsumer := crypto.PubkeyToAddress(stranger.PublicKey).Hex()
	for name, c := range map[string]struct {
		method, path string
		hdr          []string
		status       int
		code         string
	}{
		"replayed":            {"PUT", path, add, 409, hokusai.ECONFLICT},
		"add signed, removes": {"DELETE", path, add, 403, hokusai.EFORBIDDEN},
		"another model":       {"PUT", "/v1/models/1/whitelist/" + consumer, remove, 403, hokusai.EFORBIDDEN},
		"not the owner":       {"PUT", path, foreign, 403, hokusai.EPROPRIETARY},
		"another consumer":    {"PUT", "/v1/models/2/whitelist/" + otherConsumer, addOther, 403, hokusai.EFORBIDDEN},
	} {
		if st, b, _ := e.raw(c.method, c.path, "", nil, c.hdr...); st != c.status || errCode(b) != c.code {
			t.Errorf("%s: %d %s, want %d %s", name, st, b, c.status, c.code)
		}
	}
	if st := e.do("DELETE", path, "", nil, &wl, remove...); st != 200 || len(wl.Consumers) != 0 {
		t.Fatalf("signed remove: %d %+v", st, wl)
	}
}

func TestLicenceRules(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 100_000)
	body := map[string]any{"inputs": []any{voteRow}}
	// Proprietary, not whitelisted: 403 WHITELIST_REQUIRED, not charged.
	if st, b, _ := e.raw("POST", "/v1/models/2/predict", key, body); st != 403 || errCode(b) != hokusai.EWHITELIST {
		t.Fatalf("proprietary: %d %s", st, b)
	}
	// Only the owner manages the whitelist.
	mine, _ := e.newKey(hokusai.ScopeManage)
	if st, b, _ := e.raw("PUT", "/v1/models/2/whitelist/"+who, mine, nil); st != 403 || errCode(b) != hokusai.EPROPRIETARY {
		t.Fatalf("non-owner whitelisting: %d %s", st, b)
	}
	owner := e.keyFor(e.owner, hokusai.ScopeManage)
	var wl whitelistAnswer
	if st := e.do("PUT", "/v1/models/PROP/whitelist/"+strings.ToLower(who), owner, nil, &wl); st != 200 || len(wl.Consumers) != 1 || wl.Consumers[0] != who {
		t.Fatalf("whitelist add: %d %+v", st, wl)
	}
	if st := e.do("POST", "/v1/models/2/predict", key, body, nil); st != 200 {
		t.Fatalf("whitelisted call: %d", st)
	}
	if st := e.do("DELETE", "/v1/models/2/whitelist/"+who, owner, nil, &wl); st != 200 || len(wl.Consumers) != 0 {
		t.Fatalf("whitelist remove: %d %+v", st, wl)
	}
	if st, _, _ := e.raw("POST", "/v1/models/2/predict", key, body); st != 403 {
		t.Fatalf("after removal: %d", st)
	}
	if got := e.spendable(who); got != 100_000-price {
		t.Fatalf("spendable %d, want one call charged", got)
	}
	// Open source: free, but recorded.
	var out gateway.PredictResponse
	if st := e.do("POST", "/v1/models/3/predict", key, body, &out); st != 200 || out.FeeMicros != 0 || out.FeeCharged != "0" || out.UsageID == 0 {
		t.Fatalf("open source: %d %+v", st, out)
	}
	stats, _ := e.ledger.Usage(e.ctx, hokusai.UsageFilter{Consumer: who, ModelID: ptr(uint64(modelOpen))})
	if len(stats) != 1 || stats[0].Calls != 1 || stats[0].Amount != 0 {
		t.Fatalf("open source usage %+v", stats)
	}
	// A consumer with no credits may still call an open-source model.
	poor, _ := e.newKey(hokusai.ScopeCall)
	if st := e.do("POST", "/v1/models/OPEN/predict", poor, body, nil); st != 200 {
		t.Fatalf("free call without credits: %d", st)
	}
}

func ptr[T any](v T) *T { return &v }

func TestRejectedCallsAreNeverCharged(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 10*price)
	big := make([]any, 1001)
	for i := range big {
		big[i] = voteRow
	}
	for _, c := range []struct {
		path string
		body any
		st   int
		code string
	}{
		{"/v1/models/1/predict", `{"inputs": [`, 400, hokusai.EINVALID},
		{"/v1/models/1/predict", map[string]any{}, 400, hokusai.EINVALID},
		{"/v1/models/1/predict", map[string]any{"inptus": []any{voteRow}}, 400, hokusai.EINVALID},
		{"/v1/models/1/predict", map[string]any{"inputs": []any{}}, 400, hokusai.EINVALID},
		{"/v1/models/1/predict", map[string]any{"inputs": "y"}, 400, hokusai.EINVALID},
		{"/v1/models/1/predict", map[string]any{"inputs": big}, 400, hokusai.EINVALID},
		{"/v1/models/1/predict", map[string]any{"inputs": []any{nil}}, 400, hokusai.EINVALID},
		{"/v1/models/1/predict", map[string]any{"inputs": []any{map[string]any{"crime": "y", "crimes": "n"}}}, 400, hokusai.EINVALID},
		{"/v1/models/99/predict", map[string]any{"inputs": []any{voteRow}}, 404, hokusai.ENOTFOUND},
		{"/v1/models/5/predict", map[string]any{"inputs": []any{voteRow}}, 503, hokusai.EUNAVAILABLE},
		{"/v1/models/1/predict", map[string]any{"inputs": make([]any, 0, 1)}, 400, hokusai.EINVALID},
		{"/v1/models/1/batch_predict", map[string]any{"inputs": big[:11*4/3+1]}, 402, hokusai.ECREDITS},
	} {
		st, b, _ := e.raw("POST", c.path, key, c.body)
		if st != c.st || errCode(b) != c.code {
			t.Errorf("%s %v: %d %s; want %d %s", c.path, c.body, st, b, c.st, c.code)
		}
	}
	if got := e.spendable(who); got != 10*price {
		t.Fatalf("a rejected call was charged: spendable %d", got)
	}
	stats, _ := e.ledger.Usage(e.ctx, hokusai.UsageFilter{Consumer: who})
	if len(stats) != 0 {
		t.Fatalf("usage recorded for rejected calls: %+v", stats)
	}
}

func TestRateLimit(t *testing.T) {
	frozen := time.Now() // no tokens refill however slow the machine is
	e := newEnv(t, func(c *gateway.Config) { c.RateLimit = 1; c.Burst = 3; c.Now = func() time.Time { return frozen } })
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 1_000_000)
	body := map[string]any{"inputs": []any{voteRow}}
	for i := 0; i < 3; i++ {
		if st := e.do("POST", "/v1/models/1/predict", key, body, nil); st != 200 {
			t.Fatalf("call %d: %d", i, st)
		}
	}
	st, b, h := e.raw("POST", "/v1/models/1/predict", key, body)
	if st != 429 || errCode(b) != hokusai.ERATELIMIT || h.Get("Retry-After") == "" || h.Get("Retry-After") == "0" {
		t.Fatalf("over the limit: %d %s %v", st, b, h)
	}
	if got := e.spendable(who); got != 1_000_000-3*price {
		t.Fatalf("rate-limited call charged: %d", got)
	}
	// Another key of another consumer has its own budget.
	k2, w2 := e.newKey(hokusai.ScopeCall)
	e.credit(w2, price)
	if st := e.do("POST", "/v1/models/1/predict", k2, body, nil); st != 200 {
		t.Fatalf("second key: %d", st)
	}
}

func TestUsageStats(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 1_000_000)
	body := map[string]any{"inputs": []any{voteRow, voteRow}}
	from := time.Now().Add(-time.Second).UTC().Format(time.RFC3339Nano)
	for _, p := range []string{"/v1/models/1/predict", "/v1/models/1/predict", "/v1/models/3/predict"} {
		if st := e.do("POST", p, key, body, nil); st != 200 {
			t.Fatal(st)
		}
	}
	var u oapi.Usage
	if st := e.do("GET", "/v1/usage?from="+from, key, nil, &u); st != 200 {
		t.Fatal(st)
	}
	if len(u.Models) != 2 || u.Models[0].Calls != 4 || u.Models[0].AmountMicros != 4*price || u.Models[1].Calls != 2 || u.TotalAmountMicros != 4*price || u.TotalAmount != "0.008" {
		t.Fatalf("usage %+v", u)
	}
	if st := e.do("GET", "/v1/usage?model=OPEN", key, nil, &u); st != 200 || len(u.Models) != 1 || uint64(u.Models[0].ModelId) != modelOpen {
		t.Fatalf("by model: %d %+v", st, u)
	}
	future := time.Now().Add(time.Hour).UTC().Format("2006-01-02T15:04:05Z")
	if st := e.do("GET", "/v1/usage?from="+future, key, nil, &u); st != 200 || len(u.Models) != 0 {
		t.Fatalf("future range: %+v", u)
	}
	if st, b, _ := e.raw("GET", "/v1/usage?from=yesterday", key, nil); st != 400 || !strings.Contains(string(b), "from") {
		t.Fatalf("bad from: %d %s", st, b)
	}
}

func TestMetrics(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, price)
	body := map[string]any{"inputs": []any{voteRow}}
	e.do("POST", "/v1/models/1/predict", key, body, nil)
	e.do("POST", "/v1/models/1/predict", key, body, nil)
	_, b, _ := e.raw("GET", "/metrics", "", nil)
	for _, want := range []string{
		`hokusai_gateway_calls_total{code="OK",model="1",route="predict"} 1`,
		`hokusai_gateway_calls_total{code="INSUFFICIENT_CREDITS",model="1",route="predict"} 1`,
		`hokusai_gateway_fees_micro_usdc_total{model="1"} 2000`,
		`hokusai_gateway_errors_total{code="INSUFFICIENT_CREDITS"} 1`,
		`hokusai_gateway_call_duration_seconds_count{route="predict"} 1`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func mustJSON(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := jsonUnmarshal(b, v); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
}

// TestConcurrentRotationsRotateOnce: several rotations of one key at once
// give one successor and 409 for the others — never a 500 from a lock
// upgrade, never two live successors.
func TestConcurrentRotationsRotateOnce(t *testing.T) {
	e := newEnv(t)
	secret, _ := e.newKey(hokusai.ScopeManage)
	id := gateway.KeyID(gateway.HashSecret(secret))
	const n = 8
	codes := make([]int, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i], _, _ = e.raw("POST", "/v1/keys/"+id+"/rotate", secret, map[string]any{"overlap_seconds": 60})
		}()
	}
	wg.Wait()
	created := 0
	for _, c := range codes {
		switch c {
		case 201:
			created++
		case 409:
		default:
			t.Fatalf("rotation answered %d (all: %v)", c, codes)
		}
	}
	if created != 1 {
		t.Fatalf("%d rotations succeeded, want 1 (all: %v)", created, codes)
	}
}
