package http

import (
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestSpecAndRoutesAgree: every operation in openapi.yaml is served by
// exactly the route it describes (generated or hand-written), and every
// hand-written route is described in openapi.yaml — the document is the
// truth about the API.
func TestSpecAndRoutesAgree(t *testing.T) {
	var spec struct {
		Paths map[string]map[string]yaml.Node `yaml:"paths"`
	}
	if err := yaml.Unmarshal(OpenAPI, &spec); err != nil {
		t.Fatal(err)
	}
	s := NewServer(Config{})
	(&Versions{}).Register(s) // the registry's hand-written routes, as serve wires them

	// Operations whose tags server.config.yaml excludes are served by
	// packages outside http (the evaluator), and so are the calls
	// operations whose ids it excludes (the gateway's); those packages
	// check their own routes against this document. Every other excluded
	// id must be a plain handler of this package (Versions).
	var cfg struct {
		Output struct {
			ExcludeTags []string `yaml:"exclude-tags"`
			ExcludeIDs  []string `yaml:"exclude-operation-ids"`
		} `yaml:"output-options"`
	}
	if b, err := os.ReadFile("oapi/server.config.yaml"); err != nil {
		t.Fatal(err)
	} else if err := yaml.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	param := regexp.MustCompile(`\{[^}]+\}`)
	var documented []string
	for path, item := range spec.Paths {
		for method, node := range item {
			if method == "parameters" {
				continue
			}
			var op struct {
				ID   string   `yaml:"operationId"`
				Tags []string `yaml:"tags"`
			}
			_ = node.Decode(&op)
			if slices.ContainsFunc(op.Tags, func(tag string) bool { return slices.Contains(cfg.Output.ExcludeTags, tag) }) {
				continue
			}
			if slices.Contains(cfg.Output.ExcludeIDs, op.ID) && slices.Contains(op.Tags, "calls") {
				continue
			}
			m := strings.ToUpper(method)
			documented = append(documented, m+" "+path)
			req := httptest.NewRequest(m, param.ReplaceAllString(path, "1"), nil)
			if _, pattern := s.mux.Handler(req); pattern != m+" "+path {
				t.Errorf("%s %s is in the spec but routes to %q", m, path, pattern)
			}
		}
	}
	for _, p := range s.extra {
		if !slices.Contains(documented, p) {
			t.Errorf("route %q is served but not in openapi.yaml", p)
		}
	}
	if len(documented) < 8 {
		t.Fatalf("only %d operations found in the spec: %v", len(documented), documented)
	}
}
