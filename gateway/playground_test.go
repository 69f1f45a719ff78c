package gateway_test

import (
	"net/http"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/gateway"
)

// TestPlaygroundSideBySide: one run calls each model as predict does; each
// answered model is one charge on the key, free for Open Source; a model
// that refuses (no credits left, licence, unknown) gets its error, is not
// charged, and does not stop the others.
func TestPlaygroundSideBySide(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, price) // enough for one paid call
	var out gateway.PlaygroundResponse
	st := e.do("POST", "/v1/playground", key, map[string]any{"models": []string{"VOTES", "3", "1", "PROP", "ZZZ", "5"}, "input": voteRow}, &out)
	if st != http.StatusOK {
		t.Fatalf("status %d", st)
	}
	if len(out.Results) != 6 {
		t.Fatalf("%d results", len(out.Results))
	}
	want := []struct {
		model string
		code  string
		fee   int64
	}{{"VOTES", "", price}, {"3", "", 0}, {"1", hokusai.ECREDITS, 0}, {"PROP", "", -1}, {"ZZZ", hokusai.ENOTFOUND, 0}, {"5", hokusai.EUNAVAILABLE, 0}}
	for i, w := range want {
		r := out.Results[i]
		if r.Model != w.model {
			t.Fatalf("result %d is for %q, want %q", i, r.Model, w.model)
		}
		switch {
		case w.fee == -1: // proprietary: refused for a consumer off its whitelist
			if r.Error == nil || r.Result != nil {
				t.Errorf("%s: %+v", w.model, r)
			}
		case w.code != "":
			if r.Error == nil || string(r.Error.Code) != w.code || r.Result != nil {
				t.Errorf("%s: got %+v, want %s", w.model, r, w.code)
			}
		default:
			if r.Error != nil || r.Result == nil || r.Result.FeeMicros != w.fee || r.Result.UsageID == 0 ||
				len(r.Result.Predictions) != 1 || r.Result.Predictions[0].Label != "republican" || r.Result.Predictions[0].Confidence <= 0.5 {
				t.Errorf("%s: %+v (error %+v)", w.model, r.Result, r.Error)
			}
		}
	}
	if out.FeeMicros != price || out.FeeCharged != "0.002" {
		t.Fatalf("run fee %d %q", out.FeeMicros, out.FeeCharged)
	}
	if got := e.spendable(who); got != 0 {
		t.Fatalf("spendable %d after one paid call, want 0", got)
	}
}

// TestPlaygroundRefusals: a bad request is refused whole, naming the field.
func TestPlaygroundRefusals(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 1_000_000)
	nine := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}
	for _, tc := range []struct {
		body  any
		field string
	}{
		{map[string]any{"models": []string{}, "input": voteRow}, "models"},
		{map[string]any{"input": voteRow}, "models"},
		{map[string]any{"models": nine, "input": voteRow}, "models"},
		{map[string]any{"models": []string{"VOTES", "votes"}, "input": voteRow}, "models"},
		{map[string]any{"models": []string{"VOTES"}}, "inputs"},
		{map[string]any{"models": []string{"VOTES"}, "input": voteRow, "colour": 1}, ""},
	} {
		st, body, _ := e.raw("POST", "/v1/playground", key, tc.body)
		if st != http.StatusBadRequest || errCode(body) != hokusai.EINVALID {
			t.Errorf("%v: %d %s", tc.body, st, body)
		}
	}
	if st, _, _ := e.raw("POST", "/v1/playground", "", map[string]any{"models": []string{"VOTES"}, "input": voteRow}); st != http.StatusUnauthorized {
		t.Errorf("no key: %d", st)
	}
	if got := e.spendable(who); got != 1_000_000 {
		t.Fatalf("refused runs charged: spendable %d", got)
	}
}
