package gateway

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/hokusai-protocol/hokusai"
)

// inputSchema checks call rows against the input_schema of the manifest
// of the version served, compiled once per version.
type inputSchema struct {
	once   sync.Once
	schema *jsonschema.Schema // nil: nothing to check
	flat   *flatSchema        // the fast check, when the schema is flat
	err    error              // why the schema could not be compiled
}

var schemaPrinter = message.NewPrinter(language.English)

// compile compiles the manifest's input schema; a schema that says no more
// than "an object" is not compiled (there is nothing to check).
func (s *inputSchema) compile(man *hokusai.Manifest) {
	s.once.Do(func() {
		if man == nil || len(man.InputSchema) == 0 || reflect.DeepEqual(man.InputSchema, map[string]any{"type": "object"}) {
			return
		}
		c := jsonschema.NewCompiler()
		err := c.AddResource("input_schema.json", man.InputSchema)
		if err == nil {
			s.schema, err = c.Compile("input_schema.json")
		}
		s.err = err
		if err == nil {
			s.flat = newFlatSchema(man.InputSchema)
		}
	})
}

// check validates each row; the error names the row and field and what
// the schema wants.
func (s *inputSchema) check(rows []hokusai.Row) error {
	if s.schema == nil {
		return nil
	}
	if s.flat != nil {
		for i, row := range rows {
			if _, _, ok := s.flat.check(row); !ok {
				field, msg := s.flat.firstError(row)
				if field != "" {
					field = "." + field
				}
				field = fmt.Sprintf("inputs[%d]%s", i, field)
				return hokusai.FieldErrorf(field, "%s does not match the model's input_schema: %s.", field, msg)
			}
		}
		return nil
	}
	for i, row := range rows {
		err := s.schema.Validate(map[string]any(row))
		if err == nil {
			continue
		}
		field := fmt.Sprintf("inputs[%d]", i)
		verr, ok := err.(*jsonschema.ValidationError)
		if !ok {
			return hokusai.FieldErrorf(field, "Row %d does not match the model's input_schema: %v.", i, err)
		}
		leaf := verr
		for len(leaf.Causes) > 0 {
			leaf = leaf.Causes[0]
		}
		if len(leaf.InstanceLocation) > 0 {
			field += "." + strings.Join(leaf.InstanceLocation, ".")
		}
		return hokusai.FieldErrorf(field, "%s does not match the model's input_schema: %s.", field, leaf.ErrorKind.LocalizedString(schemaPrinter))
	}
	return nil
}

// flatSchema is a fast check for the common input schema: an object whose
// properties (and additionalProperties) give only a type and an enum of
// strings. It decides exactly as the full validator does; any other schema
// goes to jsonschema.
type flatSchema struct {
	props    map[string]flatValue
	extra    *flatValue // additionalProperties; nil means any value is allowed
	noExtra  bool       // additionalProperties: false
	required []string
}

type flatValue struct {
	typ   string // "", "string", "number", "integer", "boolean"
	enum  map[string]bool
	quote string // the enum as the error names it
}

// newFlatSchema returns the fast check for schema, or nil when schema is
// not of the flat kind.
func newFlatSchema(schema map[string]any) *flatSchema {
	f := &flatSchema{props: map[string]flatValue{}}
	object := false
	for k, v := range schema {
		switch k {
		case "type":
			if v != "object" {
				return nil
			}
			object = true
		case "properties":
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			for name, ps := range m {
				fv, ok := newFlatValue(ps)
				if !ok {
					return nil
				}
				f.props[name] = fv
			}
		case "additionalProperties":
			switch x := v.(type) {
			case bool:
				f.noExtra = !x
			default:
				fv, ok := newFlatValue(x)
				if !ok {
					return nil
				}
				f.extra = &fv
			}
		case "required":
			l, ok := v.([]any)
			if !ok {
				return nil
			}
			for _, r := range l {
				s, ok := r.(string)
				if !ok {
					return nil
				}
				f.required = append(f.required, s)
			}
		case "title", "description", "$comment", "$schema":
		default:
			return nil
		}
	}
	if !object {
		return nil
	}
	return f
}

func newFlatValue(v any) (flatValue, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		return flatValue{}, false
	}
	var fv flatValue
	for k, x := range m {
		switch k {
		case "type":
			s, ok := x.(string)
			if !ok || (s != "string" && s != "number" && s != "integer" && s != "boolean") {
				return flatValue{}, false
			}
			fv.typ = s
		case "enum":
			l, ok := x.([]any)
			if !ok || len(l) == 0 {
				return flatValue{}, false
			}
			fv.enum = map[string]bool{}
			var q []string
			for _, e := range l {
				s, ok := e.(string)
				if !ok {
					return flatValue{}, false
				}
				fv.enum[s] = true
				q = append(q, "'"+s+"'")
			}
			fv.quote = strings.Join(q, ", ")
		case "title", "description", "$comment":
		default:
			return flatValue{}, false
		}
	}
	return fv, true
}

// check returns the field (relative to the row; "" for the row itself)
// and what is wrong, or ok.
func (f *flatSchema) check(row hokusai.Row) (field, msg string, ok bool) {
	if msg := f.checkRequired(row); msg != "" {
		return "", msg, false
	}
	for name, v := range row {
		if msg := f.checkField(name, v); msg != "" {
			return name, msg, false
		}
	}
	return "", "", true
}

// firstError is check with the fields in sorted order, so the error named
// is the same on every call.
func (f *flatSchema) firstError(row hokusai.Row) (field, msg string) {
	if msg := f.checkRequired(row); msg != "" {
		return "", msg
	}
	for _, name := range slices.Sorted(maps.Keys(row)) {
		if msg := f.checkField(name, row[name]); msg != "" {
			return name, msg
		}
	}
	return "", ""
}

func (f *flatSchema) checkRequired(row hokusai.Row) string {
	for _, r := range f.required {
		if _, has := row[r]; !has {
			return fmt.Sprintf("missing property '%s'", r)
		}
	}
	return ""
}

// checkField checks one field's value; "" when it is allowed.
func (f *flatSchema) checkField(name string, v any) string {
	fv, has := f.props[name]
	switch {
	case has:
	case f.noExtra:
		return fmt.Sprintf("additional properties '%s' not allowed", name)
	case f.extra != nil:
		fv = *f.extra
	default:
		return ""
	}
	return fv.check(v)
}

func (fv flatValue) check(v any) string {
	switch fv.typ {
	case "string":
		if _, ok := v.(string); !ok {
			return fmt.Sprintf("got %s, want string", jsonType(v))
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return fmt.Sprintf("got %s, want boolean", jsonType(v))
		}
	case "number", "integer":
		n, ok := v.(json.Number)
		if !ok {
			return fmt.Sprintf("got %s, want %s", jsonType(v), fv.typ)
		}
		if fv.typ == "integer" {
			if _, err := n.Int64(); err != nil {
				if r, ok := new(big.Rat).SetString(string(n)); !ok || !r.IsInt() {
					return fmt.Sprintf("got number, want integer")
				}
			}
		}
	}
	if fv.enum != nil {
		if s, ok := v.(string); !ok || !fv.enum[s] {
			return "value must be one of " + fv.quote
		}
	}
	return ""
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case []any:
		return "array"
	default:
		return "object"
	}
}
