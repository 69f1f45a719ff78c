package hokusai_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

func TestRowFloat(t *testing.T) {
	cases := []struct {
		in      any
		want    float64
		ok, bad bool
	}{
		{1.5, 1.5, true, false}, {float32(2), 2, true, false}, {3, 3, true, false}, {int64(-4), -4, true, false},
		{true, 1, true, false}, {json.Number("0.25"), 0.25, true, false}, {" 7e2 ", 700, true, false},
		{nil, 0, false, false}, {"", 0, false, false}, {"?", 0, false, false}, {"NA", 0, false, false},
		{math.NaN(), 0, false, false}, {"nan", 0, false, false},
		{"seven", 0, false, true}, {[]int{1}, 0, false, true}, {json.Number("x"), 0, false, true},
	}
	for _, c := range cases {
		v, ok, err := hokusai.RowFloat(hokusai.Row{"x": c.in}, "x")
		if (err != nil) != c.bad || ok != c.ok || (ok && v != c.want) {
			t.Errorf("RowFloat(%#v) = %v, %v, %v", c.in, v, ok, err)
		}
		if c.bad && (hokusai.ErrorField(err) != "x" || hokusai.ErrorCode(err) != hokusai.EINVALID) {
			t.Errorf("RowFloat(%#v) error %v does not name the feature", c.in, err)
		}
	}
	if _, ok, err := hokusai.RowFloat(hokusai.Row{}, "absent"); ok || err != nil {
		t.Errorf("absent key: ok %v err %v", ok, err)
	}
}

func FuzzRowFloat(f *testing.F) {
	for _, s := range []string{"1", "-0", "1e309", "0x1p-2", "?", " 3 ", "NaN", "inf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok, err := hokusai.RowFloat(hokusai.Row{"x": s}, "x")
		if err != nil && ok {
			t.Fatalf("%q: ok with an error", s)
		}
		if ok && math.IsNaN(v) {
			t.Fatalf("%q: NaN reported as present", s)
		}
		if err != nil && !strings.Contains(err.Error(), "must be a number") {
			t.Fatalf("%q: unclear error %v", s, err)
		}
	})
}

func TestDurationJSON(t *testing.T) {
	var e hokusai.EndpointSpec
	if err := json.Unmarshal([]byte(`{"url":"http://x","timeout":"1.5s","backoff":0.25}`), &e); err != nil {
		t.Fatal(err)
	}
	if time.Duration(e.Timeout) != 1500*time.Millisecond || time.Duration(e.Backoff) != 250*time.Millisecond {
		t.Errorf("durations = %v, %v", e.Timeout, e.Backoff)
	}
	b, _ := json.Marshal(e)
	if !strings.Contains(string(b), `"timeout":"1.5s"`) {
		t.Errorf("marshal = %s", b)
	}
	if err := json.Unmarshal([]byte(`{"timeout":"soon"}`), &e); err == nil || !strings.Contains(err.Error(), "10s") {
		t.Errorf("bad duration: %v", err)
	}
}

func TestParseRuntimeOptions(t *testing.T) {
	o, err := hokusai.ParseRuntimeOptions(hokusai.RuntimeSpec{Kind: "onnx", Entrypoint: "m/model.onnx", Options: map[string]any{"classes": []any{"a", "b"}, "task": "classification"}})
	if err != nil || len(o.Classes) != 2 || o.Task != hokusai.TaskClassification {
		t.Fatalf("got %+v, %v", o, err)
	}
	bad := []struct {
		spec  hokusai.RuntimeSpec
		field string
	}{
		{hokusai.RuntimeSpec{Kind: ""}, "runtime.kind"},
		{hokusai.RuntimeSpec{Kind: "onnx", Entrypoint: "/etc/passwd"}, "runtime.entrypoint"},
		{hokusai.RuntimeSpec{Kind: "onnx", Entrypoint: "a/../../b"}, "runtime.entrypoint"},
		{hokusai.RuntimeSpec{Kind: "onnx", Options: map[string]any{"task": "poetry"}}, "runtime.options.task"},
		{hokusai.RuntimeSpec{Kind: "onnx", Options: map[string]any{"classes": "a,b"}}, "runtime.options"},
		{hokusai.RuntimeSpec{Kind: "remote-openai", Options: map[string]any{"endpoint": map[string]any{"url": "http://x", "mode": "embeddings"}}}, "runtime.options.endpoint.mode"},
		{hokusai.RuntimeSpec{Kind: "remote-json", Options: map[string]any{"endpoint": map[string]any{"url": "http://x", "attempts": 99}}}, "runtime.options.endpoint.attempts"},
	}
	for _, c := range bad {
		_, err := hokusai.ParseRuntimeOptions(c.spec)
		if hokusai.ErrorField(err) != c.field {
			t.Errorf("%+v: err %v, want field %s", c.spec, err, c.field)
		}
	}
}

func TestClassProbabilitiesAndRowsFromTable(t *testing.T) {
	rows := hokusai.RowsFromTable([]string{"a", "b"}, [][]any{{1.0, "x"}, {nil}})
	if rows[0]["a"] != 1.0 || rows[0]["b"] != "x" || rows[1]["a"] != nil || len(rows) != 2 {
		t.Errorf("rows = %v", rows)
	}
	preds := []hokusai.Prediction{{Label: "b", Probabilities: map[string]float64{"a": 0.25, "b": 0.75}}}
	m, err := hokusai.ClassProbabilities(preds, []string{"b", "a", "c"})
	if err != nil || m[0][0] != 0.75 || m[0][1] != 0.25 || m[0][2] != 0 {
		t.Errorf("probs = %v, %v", m, err)
	}
	if _, err := hokusai.ClassProbabilities([]hokusai.Prediction{{Value: 1}}, []string{"a"}); hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Errorf("no probabilities: %v", err)
	}
}
