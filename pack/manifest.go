package pack

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// maxManifestSize caps manifest.json and signature.json; both are small.
const maxManifestSize = 1 << 20

// ParseManifest decodes a manifest strictly: unknown fields and values of
// the wrong JSON type are EINVALID errors that name the field and the type
// it must have. It does not validate the values; see ValidateManifest.
func ParseManifest(data []byte) (*hokusai.Manifest, error) {
	if len(data) > maxManifestSize {
		return nil, hokusai.FieldErrorf("manifest", "The manifest is %d bytes; it must be at most %d.", len(data), maxManifestSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m hokusai.Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, manifestJSONError(err, data)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, hokusai.FieldErrorf("manifest", "The manifest must hold exactly one JSON object; found more after it.")
	}
	return &m, nil
}

// jsonTypeNames says what a Go type is called in JSON, for error messages.
func jsonTypeName(t string) string {
	switch {
	case t == "string":
		return "a string"
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"):
		return "an integer"
	case strings.HasPrefix(t, "float"):
		return "a number"
	case t == "bool":
		return "true or false"
	case strings.HasPrefix(t, "[]"):
		return "an array"
	case strings.HasPrefix(t, "map["), strings.Contains(t, "."), strings.HasPrefix(t, "*"):
		return "an object"
	}
	return t
}

func manifestJSONError(err error, data []byte) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		field := Printable(safeName(te.Field)) // a name from the input
		if field == "" {
			field = "manifest"
		}
		return hokusai.FieldErrorf(field, "Manifest field %q must be %s, not a JSON %s.", field, jsonTypeName(te.Type.String()), te.Value)
	case errors.As(err, &se):
		return hokusai.FieldErrorf("manifest", "The manifest is not valid JSON at byte %d: %v.", se.Offset, se)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return hokusai.FieldErrorf("manifest", "The manifest is empty or cut short; it must be one JSON object.")
	}
	if s := err.Error(); strings.HasPrefix(s, "json: unknown field ") {
		f := strings.Trim(strings.TrimPrefix(s, "json: unknown field "), `"`)
		if p := unknownFieldPath(data); p != "" {
			f = p
		}
		f = Printable(safeName(f)) // a name from the input
		if f == "" {
			return hokusai.FieldErrorf("manifest", "The manifest has a field with an empty name; remove it.")
		}
		return hokusai.FieldErrorf(f, "Manifest field %q is not known; check its spelling (schema %s).", f, hokusai.ManifestSchema)
	}
	return hokusai.FieldErrorf("manifest", "The manifest cannot be read: %v.", err)
}

// unknownFieldPath finds the dotted path of the first key in data that
// the Manifest type does not declare ("training.recipe.sead"), or "".
func unknownFieldPath(data []byte) string {
	var raw any
	if json.Unmarshal(data, &raw) != nil {
		return ""
	}
	return findUnknown(raw, reflect.TypeOf(hokusai.Manifest{}), "")
}

func findUnknown(v any, t reflect.Type, prefix string) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	obj, ok := v.(map[string]any)
	if !ok || t.Kind() != reflect.Struct {
		return ""
	}
	fields := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		fields[strings.ToLower(name)] = t.Field(i).Type
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ft, known := fields[strings.ToLower(k)] // encoding/json matches names case-insensitively
		if !known {
			return prefix + k
		}
		if p := findUnknown(obj[k], ft, prefix+k+"."); p != "" {
			return p
		}
		if ft.Kind() == reflect.Slice {
			if arr, ok := obj[k].([]any); ok {
				for i, e := range arr {
					if p := findUnknown(e, ft.Elem(), fmt.Sprintf("%s%s[%d].", prefix, k, i)); p != "" {
						return p
					}
				}
			}
		}
	}
	return ""
}

var (
	nameRE    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)
	runtimeRE = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)
	hexRE     = regexp.MustCompile(`^[0-9a-f]{64}$`)
)

// ValidateManifest checks a manifest's values. When files is true it also
// checks the file list (a packager fills it; a reader must find it).
func ValidateManifest(m *hokusai.Manifest, files bool) error {
	if m.Schema != hokusai.ManifestSchema {
		return hokusai.FieldErrorf("schema", "Manifest field \"schema\" must be %q, got %q.", hokusai.ManifestSchema, m.Schema)
	}
	if !nameRE.MatchString(m.Name) {
		return hokusai.FieldErrorf("name", "Manifest field \"name\" must be 1–128 letters, digits, '.', '_' or '-', starting with a letter or digit; got %q.", m.Name)
	}
	if _, err := hokusai.ParseSemver(m.Version); err != nil {
		return err
	}
	if strings.TrimSpace(m.Description) == "" {
		return hokusai.FieldErrorf("description", "Manifest field \"description\" is required: say in a sentence what the model does.")
	}
	if strings.TrimSpace(m.Architecture) == "" {
		return hokusai.FieldErrorf("architecture", "Manifest field \"architecture\" is required, e.g. \"logistic regression over 16 inputs\".")
	}
	if strings.TrimSpace(m.Training.Methodology) == "" {
		return hokusai.FieldErrorf("training.methodology", "Manifest field \"training.methodology\" is required: say how the model was trained.")
	}
	if m.Training.Recipe.Runtime != "" && !runtimeRE.MatchString(m.Training.Recipe.Runtime) {
		return hokusai.FieldErrorf("training.recipe.runtime", "Manifest field \"training.recipe.runtime\" must be a lowercase name such as \"linear\", got %q.", m.Training.Recipe.Runtime)
	}
	if m.InputSchema == nil {
		return hokusai.FieldErrorf("input_schema", "Manifest field \"input_schema\" is required: a JSON Schema object describing one input.")
	}
	if m.OutputSchema == nil {
		return hokusai.FieldErrorf("output_schema", "Manifest field \"output_schema\" is required: a JSON Schema object describing one output.")
	}
	if !runtimeRE.MatchString(m.Runtime.Kind) {
		return hokusai.FieldErrorf("runtime.kind", "Manifest field \"runtime.kind\" must be a lowercase runtime name such as linear, onnx, xgboost or remote; got %q.", m.Runtime.Kind)
	}
	if slices.Contains(hokusai.RuntimeNames(), m.Runtime.Kind) {
		// The built-in runtimes' options are checked here, at registration,
		// not first when the model is loaded: a manifest that names a
		// server secret never becomes a version.
		if _, err := hokusai.ParseRuntimeOptions(m.Runtime); err != nil {
			return err
		}
	}
	if m.Parent != nil {
		if m.Parent.ModelID == 0 {
			return hokusai.FieldErrorf("parent.model_id", "Manifest field \"parent.model_id\" must be the parent model's id (from 1).")
		}
		if _, err := hokusai.ParseSemver(m.Parent.Version); err != nil {
			return hokusai.FieldErrorf("parent.version", "Manifest field \"parent.version\" must be a semantic version such as 1.0.0, got %q.", m.Parent.Version)
		}
	}
	for k := range m.Metrics {
		if k == "" {
			return hokusai.FieldErrorf("metrics", "Manifest field \"metrics\" has an empty metric name.")
		}
	}
	if !files {
		return nil
	}
	if len(m.Files) == 0 {
		return hokusai.FieldErrorf("files", "Manifest field \"files\" is empty: a package holds at least one model file.")
	}
	for i, f := range m.Files {
		field := fmt.Sprintf("files[%d]", i)
		if err := checkPath(f.Path); err != nil {
			return hokusai.FieldErrorf(field+".path", "%s", err)
		}
		if i > 0 && m.Files[i-1].Path >= f.Path {
			return hokusai.FieldErrorf(field+".path", "Manifest field \"files\" must be sorted by path without duplicates; %q follows %q.", f.Path, m.Files[i-1].Path)
		}
		if f.Size < 0 {
			return hokusai.FieldErrorf(field+".size", "Manifest field %q.size must not be negative.", f.Path)
		}
		if !hexRE.MatchString(f.SHA256) {
			return hokusai.FieldErrorf(field+".sha256", "Manifest field %s.sha256 must be 64 lowercase hex digits.", field)
		}
	}
	if e := m.Runtime.Entrypoint; e != "" {
		found := false
		for _, f := range m.Files {
			found = found || f.Path == e
		}
		if !found {
			return hokusai.FieldErrorf("runtime.entrypoint", "Manifest field \"runtime.entrypoint\" names %q, which is not a file of the package.", e)
		}
	}
	return nil
}

// canonicalManifest is the manifest's canonical bytes: encoding/json of the
// struct (fields in declaration order, map keys sorted), then a newline.
func canonicalManifest(m *hokusai.Manifest) ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// manifestFields splits a manifest into its top-level fields' JSON, to name
// the fields that differ between two manifests.
func manifestFields(m *hokusai.Manifest) map[string]string {
	b, err := json.Marshal(m)
	if err != nil {
		return nil
	}
	var raw map[string]json.RawMessage
	if json.Unmarshal(b, &raw) != nil {
		return nil
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		out[k] = string(v)
	}
	return out
}
