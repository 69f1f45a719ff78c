package http

import (
	"bytes"
	"encoding/json"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// OperationsTagged lists the OpenAPI document's operations that carry any
// of tags, as sorted "METHOD /path" strings. Packages that serve routes the
// generated server leaves to them (the gateway, the evaluator) compare this
// with their own route lists, so spec and code cannot drift apart.
func OperationsTagged(tags ...string) ([]string, error) {
	var spec struct {
		Paths map[string]map[string]yaml.Node `yaml:"paths"`
	}
	if err := yaml.Unmarshal(OpenAPI, &spec); err != nil {
		return nil, err
	}
	var ops []string
	for path, item := range spec.Paths {
		for method, node := range item {
			var op struct {
				Tags []string `yaml:"tags"`
			}
			if err := node.Decode(&op); err != nil {
				continue // not an operation (e.g. a path-level parameters list)
			}
			if slices.ContainsFunc(op.Tags, func(t string) bool { return slices.Contains(tags, t) }) {
				ops = append(ops, strings.ToUpper(method)+" "+path)
			}
		}
	}
	sort.Strings(ops)
	return ops, nil
}

// DecodeStrict decodes a JSON body into v and refuses fields v's type does
// not have: decoding a real response into the type generated from the
// OpenAPI document this way proves the response matches the document.
func DecodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}
