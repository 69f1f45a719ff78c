package http

import (
	"net/http/httptest"
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

	param := regexp.MustCompile(`\{[^}]+\}`)
	var documented []string
	for path, item := range spec.Paths {
		for method := range item {
			if method == "parameters" {
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
