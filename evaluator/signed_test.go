package evaluator_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// signedEnv serves the API with the simulated chain's model (VOTES) and a
// second model of the same owner (OTHER, id+1) in the model store.
type signedEnv struct {
	*env
	url   string
	other uint64
}

func newSignedEnv(t *testing.T) *signedEnv {
	e := newEnv(t)
	models, m := e.indexVotes()
	o := *m
	o.ID, o.Ticker = m.ID+1, "OTHER"
	if err := models.UpsertModel(e.ctx, &o); err != nil {
		t.Fatal(err)
	}
	return &signedEnv{env: e, url: e.serveAPI(models).URL, other: o.ID}
}

// signedRequest is a request as a client signed it, to send (and re-send).
type signedRequest struct {
	method string
	h      http.Header
	body   []byte
}

func (e *signedEnv) sign(key *ecdsa.PrivateKey, method, action string, model uint64, body []byte) signedRequest {
	e.t.Helper()
	h := http.Header{}
	if err := e.domain().SetHeaders(h, signreq.NewRequest(action, model, body, time.Now()), key); err != nil {
		e.t.Fatal(err)
	}
	h.Set("Content-Type", "application/json")
	return signedRequest{method, h, body}
}

// send sends r to path and returns the status and the error code (if any).
func (e *signedEnv) send(r signedRequest, path string) (int, string) {
	e.t.Helper()
	req, _ := http.NewRequest(r.method, e.url+path, bytes.NewReader(r.body))
	for k, v := range r.h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var eb struct{ Error struct{ Code string } }
	_ = json.Unmarshal(b, &eb)
	return resp.StatusCode, eb.Error.Code
}

func (e *signedEnv) setupBody(initial int) []byte {
	e.t.Helper()
	bench, err := os.ReadFile(votesCSV)
	if err != nil {
		e.t.Fatal(err)
	}
	// A different number of initial rows measures a different head: an
	// explicit change of benchmark, with no declared value.
	b, _ := json.Marshal(evaluator.SetupRequest{Recipe: votesRecipe, Seed: 84, DevPercent: 60, Initial: initial, Benchmark: string(bench),
		DeclaredBaseline: evaluator.NoDeclaration, ChangeBenchmark: true})
	return b
}

// TestSetupReplayRefused guards against an old signed setup re-sent later
// reverting the model's setup: the signature is good once.
func TestSetupReplayRefused(t *testing.T) {
	e := newSignedEnv(t)
	path := fmt.Sprintf("/v1/models/%d/setup", e.model.ID)
	older := e.sign(e.owner, "PUT", signreq.ActionSetupModel, e.model.ID, e.setupBody(12))
	if st, code := e.send(older, path); st != 200 {
		t.Fatalf("first setup: %d %s", st, code)
	}
	newer := e.sign(e.owner, "PUT", signreq.ActionSetupModel, e.model.ID, e.setupBody(40))
	if st, code := e.send(newer, path); st != 200 {
		t.Fatalf("second setup: %d %s", st, code)
	}
	if st, code := e.send(older, path); st != 409 || code != hokusai.ECONFLICT {
		t.Fatalf("replayed setup: %d %s, want 409 %s", st, code, hokusai.ECONFLICT)
	}
	st, err := e.store.FindSetup(e.ctx, e.model.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.Training.Len() != 40 {
		t.Fatalf("the setup has %d training rows after the replay, want the newest 40", st.Training.Len())
	}
}

// TestSignedRequestsNameTheirModel guards against a signature for one
// model being accepted for another: a setup signed for VOTES sent to
// OTHER, and a contribution signed for VOTES replayed to OTHER by a third
// party, are refused and leave nothing behind.
func TestSignedRequestsNameTheirModel(t *testing.T) {
	e := newSignedEnv(t)
	setup := e.sign(e.owner, "PUT", signreq.ActionSetupModel, e.model.ID, e.setupBody(12))
	if st, code := e.send(setup, fmt.Sprintf("/v1/models/%d/setup", e.other)); st != 403 || code != hokusai.EFORBIDDEN {
		t.Fatalf("setup signed for model %d sent to %d: %d %s", e.model.ID, e.other, st, code)
	}
	if _, err := e.store.FindSetup(e.ctx, e.other); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("model %d has a setup: %v", e.other, err)
	}

	contributor := devchain.DevKey(5)
	rows := e.rows(0, 20, false)
	c := e.sign(contributor, "POST", signreq.ActionContribute, e.model.ID, rows)
	c.h.Set("Content-Type", "text/csv")
	if st, code := e.send(c, fmt.Sprintf("/v1/models/%d/contributions", e.model.ID)); st != 201 {
		t.Fatalf("contribution: %d %s", st, code)
	}
	// A third party re-sends the contributor's request to another model, and to the same one.
	if st, code := e.send(c, fmt.Sprintf("/v1/models/%d/contributions", e.other)); st != 403 || code != hokusai.EFORBIDDEN {
		t.Fatalf("contribution replayed to model %d: %d %s", e.other, st, code)
	}
	if st, code := e.send(c, fmt.Sprintf("/v1/models/%d/contributions", e.model.ID)); st != 409 || code != hokusai.ECONFLICT {
		t.Fatalf("contribution replayed to the same model: %d %s", st, code)
	}
	cs, err := e.store.FindContributions(e.ctx, contrib.ContributionFilter{ModelID: e.other, Limit: 10})
	if err != nil || len(cs) != 0 {
		t.Fatalf("model %d holds %d contributions (%v)", e.other, len(cs), err)
	}
	// A contribution signed for the contributor and sent with another body is refused.
	forged := e.sign(contributor, "POST", signreq.ActionContribute, e.model.ID, rows)
	forged.body = e.rows(20, 40, true)
	if st, code := e.send(forged, fmt.Sprintf("/v1/models/%d/contributions", e.model.ID)); st != 400 || code != hokusai.EINVALID {
		t.Fatalf("contribution with another body: %d %s", st, code)
	}
}

// TestAttestationListingIsSigned: only a signed request lists the claims
// (they carry the hidden test split), and its signature is good once.
func TestAttestationListingIsSigned(t *testing.T) {
	e := newSignedEnv(t)
	if st, code := e.send(signedRequest{method: "GET"}, "/v1/attestations"); st != 401 || code != hokusai.EUNAUTHORIZED {
		t.Fatalf("unsigned listing: %d %s", st, code)
	}
	key, _ := crypto.GenerateKey()
	r := e.sign(key, "GET", signreq.ActionListAttestations, 0, nil)
	if st, code := e.send(r, "/v1/attestations"); st != 200 {
		t.Fatalf("signed listing: %d %s", st, code)
	}
	if st, code := e.send(r, "/v1/attestations"); st != 409 || code != hokusai.ECONFLICT {
		t.Fatalf("replayed listing: %d %s", st, code)
	}
}
