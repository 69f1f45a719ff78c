package gateway

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// rows decodes rows as the gateway does (numbers kept exact).
func rows(t *testing.T, s string) []hokusai.Row {
	t.Helper()
	var out []hokusai.Row
	d := json.NewDecoder(bytes.NewReader([]byte(s)))
	d.UseNumber()
	if err := d.Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

// votesSchema compiles the input schema of the house-votes-84 example
// manifest.
func votesSchema(t testing.TB) *inputSchema {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "examples", "house-votes-84.manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var man hokusai.Manifest
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatal(err)
	}
	s := &inputSchema{}
	s.compile(&man)
	return s
}

func TestInputSchema(t *testing.T) {
	s := votesSchema(t)
	var err error
	if s.err != nil || s.schema == nil {
		t.Fatalf("the house-votes schema compiles: %v", s.err)
	}
	if err := s.check(rows(t, `[{"crime": "y", "education-spending": "?"}]`)); err != nil {
		t.Fatalf("a valid row: %v", err)
	}
	err = s.check(rows(t, `[{"crime": "y"}, {"crime": "maybe"}]`))
	if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "inputs[1].crime" || !strings.Contains(err.Error(), "'y', 'n', '?'") {
		t.Fatalf("want EINVALID naming inputs[1].crime and the allowed values, got %v (field %q)", err, hokusai.ErrorField(err))
	}
	err = s.check(rows(t, `[{"crime": 1}]`))
	if hokusai.ErrorField(err) != "inputs[0].crime" {
		t.Fatalf("a number where text is wanted: %v", err)
	}

	// A schema that only says "an object" is not checked at all; one that
	// does not compile is reported, not applied.
	var plain inputSchema
	plain.compile(&hokusai.Manifest{InputSchema: map[string]any{"type": "object"}})
	if plain.schema != nil || plain.err != nil || plain.check(rows(t, `[{"x": 1}]`)) != nil {
		t.Fatal("a bare object schema checks nothing")
	}
	var bad inputSchema
	bad.compile(&hokusai.Manifest{InputSchema: map[string]any{"type": 7}})
	if bad.err == nil || bad.check(rows(t, `[{"x": 1}]`)) != nil {
		t.Fatalf("a schema that does not compile: err %v", bad.err)
	}
}

// BenchmarkInputSchema is the cost of checking one house-votes row (16
// fields) against its manifest's schema. Run:
// go test -run '^$' -bench InputSchema ./gateway/
func BenchmarkInputSchema(b *testing.B) {
	s := votesSchema(b)
	row := hokusai.Row{}
	for _, f := range []string{"handicapped-infants", "water-project-cost-sharing", "adoption-of-the-budget-resolution",
		"physician-fee-freeze", "el-salvador-aid", "religious-groups-in-schools", "anti-satellite-test-ban",
		"aid-to-nicaraguan-contras", "mx-missile", "immigration", "synfuels-corporation-cutback", "education-spending",
		"superfund-right-to-sue", "crime", "duty-free-exports", "export-administration-act-south-africa"} {
		row[f] = "y"
	}
	rs := []hokusai.Row{row}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if err := s.check(rs); err != nil {
			b.Fatal(err)
		}
	}
}

// The fast check decides every row exactly as the full JSON Schema
// validator does, for random flat schemas and rows.
func TestFlatSchemaAgreesWithJSONSchema(t *testing.T) {
	names := []string{"a", "b", "c"}
	values := []any{"y", "n", "?", "", json.Number("1"), json.Number("1.5"), json.Number("2.0"), json.Number("1e2"), true, false, nil, []any{"y"}, map[string]any{}}
	valueSchema := func(rt *rapid.T, label string) map[string]any {
		m := map[string]any{}
		if rapid.Bool().Draw(rt, label+" typed") {
			m["type"] = rapid.SampledFrom([]string{"string", "number", "integer", "boolean"}).Draw(rt, label+" type")
		}
		if rapid.Bool().Draw(rt, label+" enum") {
			m["enum"] = []any{"y", "n", "?"}[:rapid.IntRange(1, 3).Draw(rt, label+" enum size")]
		}
		return m
	}
	rapid.Check(t, func(rt *rapid.T) {
		schema := map[string]any{"type": "object"}
		props := map[string]any{}
		for _, n := range names {
			if rapid.Bool().Draw(rt, "has "+n) {
				props[n] = valueSchema(rt, n)
			}
		}
		if len(props) > 0 {
			schema["properties"] = props
		}
		switch rapid.IntRange(0, 2).Draw(rt, "additional") {
		case 1:
			schema["additionalProperties"] = false
		case 2:
			schema["additionalProperties"] = valueSchema(rt, "extra")
		}
		if rapid.Bool().Draw(rt, "required") {
			schema["required"] = []any{rapid.SampledFrom(names).Draw(rt, "required name")}
		}
		var s inputSchema
		s.compile(&hokusai.Manifest{InputSchema: schema})
		if len(schema) == 1 {
			return // a bare object schema is not checked at all
		}
		if s.err != nil || s.flat == nil {
			rt.Fatalf("schema %v: flat %v, err %v", schema, s.flat, s.err)
		}
		row := hokusai.Row{}
		for _, n := range append(names, "z") {
			if rapid.Bool().Draw(rt, "row has "+n) {
				row[n] = rapid.SampledFrom(values).Draw(rt, "value of "+n)
			}
		}
		_, msg, fastOK := s.flat.check(row)
		fullErr := s.schema.Validate(map[string]any(row))
		if fastOK != (fullErr == nil) {
			rt.Fatalf("schema %v, row %v: fast says ok=%v (%s), jsonschema says %v", schema, row, fastOK, msg, fullErr)
		}
	})
}
