package gateway_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// accessAnswer is the answer of the access request routes.
type accessAnswer struct {
	ID        int64  `json:"id"`
	ModelID   int64  `json:"model_id"`
	Address   string `json:"address"`
	Message   string `json:"message"`
	Status    string `json:"status"`
	DecidedAt string `json:"decided_at"`
}

// accessList is the answer of the access request listing.
type accessList struct {
	ModelID  int64          `json:"model_id"`
	Requests []accessAnswer `json:"requests"`
}

// TestAccessRequests: a wallet asks for access to a Proprietary model by a
// signed request; asking again while pending returns the same request; the
// owner lists pending requests, approves one by whitelisting it and
// declines another; a whitelisted wallet cannot ask again.
func TestAccessRequests(t *testing.T) {
	e := newEnv(t)
	alice, _ := crypto.GenerateKey()
	bob, _ := crypto.GenerateKey()
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey).Hex()
	bobAddr := crypto.PubkeyToAddress(bob.PublicKey).Hex()
	ask := func(k *ecdsa.PrivateKey, model uint64, body any) (int, accessAnswer, []byte) {
		t.Helper()
		b, hdr := signedJSON(t, testDomain, k, signreq.ActionRequestAccess, model, body)
		st, raw, _ := e.raw("POST", "/v1/models/"+strconv.FormatUint(model, 10)+"/access_requests", "", b, hdr...)
		var a accessAnswer
		_ = json.Unmarshal(raw, &a)
		return st, a, raw
	}
	list := func(status string) accessList {
		t.Helper()
		_, hdr := signedJSON(t, testDomain, e.owner, signreq.ActionListAccessRequests, modelProp, nil)
		var l accessList
		if st := e.do("GET", "/v1/models/2/access_requests"+status, "", nil, &l, hdr...); st != 200 {
			t.Fatalf("list %q: %d", status, st)
		}
		return l
	}

	st, first, raw := ask(alice, modelProp, map[string]any{"message": "for research"})
	if st != 201 || first.Address != aliceAddr || first.Status != hokusai.AccessPending || first.Message != "for research" || first.ModelID != modelProp || first.DecidedAt != "" {
		t.Fatalf("first request: %d %s", st, raw)
	}
	if st, again, raw := ask(alice, modelProp, map[string]any{"message": "again"}); st != 200 || again.ID != first.ID || again.Message != "for research" {
		t.Fatalf("asking again while pending: %d %s; want 200 and the pending request", st, raw)
	}
	if st, _, raw := ask(bob, modelProp, map[string]any{}); st != 201 {
		t.Fatalf("bob's request with no message: %d %s", st, raw)
	}

	stranger, _ := crypto.GenerateKey()
	for name, c := range map[string]struct {
		st   int
		code string
		run  func() (int, []byte)
	}{
		"open-source model": {400, hokusai.EINVALID, func() (int, []byte) { st, _, b := ask(alice, modelOpen, map[string]any{}); return st, b }},
		"message too long": {400, hokusai.EINVALID, func() (int, []byte) {
			st, _, b := ask(stranger, modelProp, map[string]any{"message": strings.Repeat("é", hokusai.MaxAccessMessage+1)})
			return st, b
		}},
		"unknown field": {400, hokusai.EINVALID, func() (int, []byte) {
			st, _, b := ask(stranger, modelProp, map[string]any{"mesage": "x"})
			return st, b
		}},
		"unsigned": {401, hokusai.EUNAUTHORIZED, func() (int, []byte) {
			st, b, _ := e.raw("POST", "/v1/models/2/access_requests", "", `{}`)
			return st, b
		}},
		"signed for another model": {403, hokusai.EFORBIDDEN, func() (int, []byte) {
			b, hdr := signedJSON(t, testDomain, stranger, signreq.ActionRequestAccess, modelOpen, map[string]any{})
			st, raw, _ := e.raw("POST", "/v1/models/2/access_requests", "", b, hdr...)
			return st, raw
		}},
		"listing by a stranger": {403, hokusai.EPROPRIETARY, func() (int, []byte) {
			_, hdr := signedJSON(t, testDomain, stranger, signreq.ActionListAccessRequests, modelProp, nil)
			st, raw, _ := e.raw("GET", "/v1/models/2/access_requests", "", nil, hdr...)
			return st, raw
		}},
		"unknown status": {400, hokusai.EINVALID, func() (int, []byte) {
			_, hdr := signedJSON(t, testDomain, e.owner, signreq.ActionListAccessRequests, modelProp, nil)
			st, raw, _ := e.raw("GET", "/v1/models/2/access_requests?status=lost", "", nil, hdr...)
			return st, raw
		}},
	} {
		if st, b := c.run(); st != c.st || errCode(b) != c.code {
			t.Errorf("%s: %d %s, want %d %s", name, st, b, c.st, c.code)
		}
	}
	if l := list("?status=pending"); l.ModelID != modelProp || len(l.Requests) != 2 || l.Requests[0].Address != aliceAddr || l.Requests[1].Address != bobAddr {
		t.Fatalf("pending requests: %+v; want alice's then bob's", l)
	}

	// The owner approves alice by whitelisting her.
	_, add := signedJSON(t, testDomain, e.owner, signreq.WhitelistAction(true, common.HexToAddress(aliceAddr)), modelProp, nil)
	if st := e.do("PUT", "/v1/models/2/whitelist/"+aliceAddr, "", nil, nil, add...); st != 200 {
		t.Fatalf("whitelist alice: %d", st)
	}
	if l := list("?status=approved"); len(l.Requests) != 1 || l.Requests[0].ID != first.ID || l.Requests[0].DecidedAt == "" {
		t.Fatalf("approved requests: %+v", l)
	}
	if st, _, raw := ask(alice, modelProp, map[string]any{}); st != 409 || errCode(raw) != hokusai.ECONFLICT {
		t.Fatalf("whitelisted alice asking: %d %s; want 409", st, raw)
	}

	// The owner declines bob; a decline signed for bob cannot decline alice.
	_, decline := signedJSON(t, testDomain, e.owner, signreq.DeclineAccessAction(common.HexToAddress(bobAddr)), modelProp, nil)
	if st, b, _ := e.raw("DELETE", "/v1/models/2/access_requests/"+aliceAddr, "", nil, decline...); st != 403 || errCode(b) != hokusai.EFORBIDDEN {
		t.Fatalf("bob's decline pointed at alice: %d %s", st, b)
	}
	_, decline = signedJSON(t, testDomain, e.owner, signreq.DeclineAccessAction(common.HexToAddress(bobAddr)), modelProp, nil)
	var d accessAnswer
	if st := e.do("DELETE", "/v1/models/2/access_requests/"+bobAddr, "", nil, &d, decline...); st != 200 || d.Status != hokusai.AccessDeclined || d.Address != bobAddr {
		t.Fatalf("decline bob: %d %+v", st, d)
	}
	_, decline = signedJSON(t, testDomain, e.owner, signreq.DeclineAccessAction(common.HexToAddress(bobAddr)), modelProp, nil)
	if st, b, _ := e.raw("DELETE", "/v1/models/2/access_requests/"+bobAddr, "", nil, decline...); st != 404 || errCode(b) != hokusai.ENOTFOUND {
		t.Fatalf("declining twice: %d %s; want 404", st, b)
	}
	if l := list(""); len(l.Requests) != 2 || l.Requests[0].Status != hokusai.AccessApproved || l.Requests[1].Status != hokusai.AccessDeclined {
		t.Fatalf("all requests: %+v", l)
	}
}
