package http

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// TestParamAndBodyErrorSentences checks the sentences users read for
// malformed parameters and bodies.
func TestParamAndBodyErrorSentences(t *testing.T) {
	h := NewServer(Config{}).Handler()
	for path, want := range map[string]string{
		"/v1/models?limit=abc":                  `Parameter limit must be a whole number, got "abc".`,
		"/v1/models?offset=1.5":                 `Parameter offset must be a whole number, got "1.5".`,
		"/v1/models?limit=99999999999999999999": `Parameter limit is out of range: "99999999999999999999".`,
		"/v1/models?limit=1&limit=2":            `Parameter limit was given 2 times; give it once.`,
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		var e struct {
			Error struct{ Code, Message, Field string }
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || rec.Code != 400 {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
		}
		if !strings.HasPrefix(e.Error.Message, want) || e.Error.Code != hokusai.EINVALID {
			t.Errorf("%s: message %q, want prefix %q", path, e.Error.Message, want)
		}
		t.Logf("%s → %s", path, e.Error.Message)
	}

	var v struct {
		Limit int `json:"limit"`
	}
	err := bodyError(json.Unmarshal([]byte(`{"limit": "ten"}`), &v))
	if hokusai.ErrorField(err) != "limit" || !strings.Contains(hokusai.ErrorMessage(err), "Field limit must be a whole number, not a JSON string.") {
		t.Errorf("type error: %v", err)
	}
	err = bodyError(json.Unmarshal([]byte(`{"limit": `), &v))
	if hokusai.ErrorField(err) != "body" || hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Errorf("truncated: %v", err)
	}
	err = bodyError(json.Unmarshal([]byte(`{"limit": 1,}`), &v))
	if hokusai.ErrorField(err) != "body" || !strings.Contains(hokusai.ErrorMessage(err), "not valid JSON") {
		t.Errorf("syntax: %v", err)
	}
	t.Log(hokusai.ErrorMessage(err))
}
