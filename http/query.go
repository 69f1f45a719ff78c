package http

import (
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/hokusai-protocol/hokusai"
	"gopkg.in/yaml.v3"
)

// queryParams maps each operation of the OpenAPI document, as a mux
// pattern ("GET /v1/models"), to the query parameters it declares, so a
// misspelt or unsupported filter is refused instead of silently ignored.
var queryParams = sync.OnceValues(func() (map[string][]string, error) { return specQueryParams(OpenAPI) })

// specQueryParams reads the query parameters of every operation in doc,
// path-level ones included and $refs to components resolved.
func specQueryParams(doc []byte) (map[string][]string, error) {
	type param struct {
		Ref  string `yaml:"$ref"`
		Name string `yaml:"name"`
		In   string `yaml:"in"`
	}
	var spec struct {
		Paths      map[string]map[string]yaml.Node `yaml:"paths"`
		Components struct {
			Parameters map[string]param `yaml:"parameters"`
		} `yaml:"components"`
	}
	if err := yaml.Unmarshal(doc, &spec); err != nil {
		return nil, fmt.Errorf("query parameters: %w", err)
	}
	names := func(ps []param) ([]string, error) {
		var out []string
		for _, p := range ps {
			if p.Ref != "" {
				c, ok := spec.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
				if !ok {
					return nil, fmt.Errorf("query parameters: unresolved %s", p.Ref)
				}
				p = c
			}
			if p.In == "query" {
				out = append(out, p.Name)
			}
		}
		return out, nil
	}
	out := map[string][]string{}
	for path, item := range spec.Paths {
		var shared []param
		if n, ok := item["parameters"]; ok {
			if err := n.Decode(&shared); err != nil {
				return nil, fmt.Errorf("query parameters of %s: %w", path, err)
			}
		}
		common, err := names(shared)
		if err != nil {
			return nil, err
		}
		for method, node := range item {
			if method == "parameters" || method == "summary" || method == "description" || method == "servers" {
				continue
			}
			var op struct {
				Parameters []param `yaml:"parameters"`
			}
			if err := node.Decode(&op); err != nil {
				return nil, fmt.Errorf("query parameters of %s %s: %w", method, path, err)
			}
			own, err := names(op.Parameters)
			if err != nil {
				return nil, err
			}
			all := append(slices.Clone(common), own...)
			sort.Strings(all)
			out[strings.ToUpper(method)+" "+path] = all
		}
	}
	return out, nil
}

// checkQuery refuses a request whose query names a parameter its route
// does not declare, naming the first such parameter and the ones it takes.
func checkQuery(r *http.Request, allowed []string) error {
	if r.URL.RawQuery == "" {
		return nil
	}
	var unknown []string
	for k := range r.URL.Query() {
		if !slices.Contains(allowed, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	name := hokusai.Excerpt(unknown[0])
	if len(allowed) == 0 {
		return hokusai.FieldErrorf(name, "Parameter %q is not one this route takes; it takes no query parameters.", name)
	}
	return hokusai.FieldErrorf(name, "Parameter %q is not one this route takes; it takes %s.", name, strings.Join(allowed, ", "))
}
