package http

import (
	"slices"
	"strings"
	"testing"
)

// The embedded document yields the query parameters of /v1/models exactly,
// $refs to shared parameters resolved.
func TestQueryParamsOfTheDocument(t *testing.T) {
	params, err := queryParams()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"category", "license", "limit", "metric", "offset", "owner", "tag", "ticker"}
	if got := params["GET /v1/models"]; !slices.Equal(got, want) {
		t.Fatalf("GET /v1/models takes %v, want %v", got, want)
	}
	if got, ok := params["GET /healthz"]; !ok || len(got) != 0 {
		t.Fatalf("GET /healthz: %v (listed %v), want none", got, ok)
	}
}

// Path-level parameters apply to every method of the path, only "in:
// query" ones count, and a $ref that names no component is an error.
func TestSpecQueryParams(t *testing.T) {
	doc := `
paths:
  /a/{id}:
    parameters:
      - {name: id, in: path}
      - {name: shared, in: query}
    get:
      parameters:
        - $ref: "#/components/parameters/Limit"
        - {name: X-Key, in: header}
    delete: {}
components:
  parameters:
    Limit: {name: limit, in: query}
`
	got, err := specQueryParams([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got["GET /a/{id}"], []string{"limit", "shared"}) || !slices.Equal(got["DELETE /a/{id}"], []string{"shared"}) {
		t.Fatalf("got %v", got)
	}
	_, err = specQueryParams([]byte(strings.Replace(doc, "parameters/Limit", "parameters/Nope", 1)))
	if err == nil || !strings.Contains(err.Error(), "Nope") {
		t.Fatalf("unresolved $ref: %v", err)
	}
}
