package agent_test

import (
	"slices"
	"sort"
	"testing"

	"github.com/hokusai-protocol/hokusai/agent"
	hhttp "github.com/hokusai-protocol/hokusai/http"
)

// TestRoutesMatchSpec: the operations openapi.yaml tags dao (which the
// generated server leaves to this package) are exactly API's routes.
func TestRoutesMatchSpec(t *testing.T) {
	documented, err := hhttp.OperationsTagged("dao")
	if err != nil {
		t.Fatal(err)
	}
	routes := slices.Clone(agent.Routes)
	sort.Strings(routes)
	if !slices.Equal(documented, routes) {
		t.Fatalf("spec operations\n%v\ndiffer from the agent's routes\n%v", documented, routes)
	}
}

// TestRegisterServesEveryRoute: Register finds a handler for every route
// (it panics otherwise) and each is reachable on the server's mux.
func TestRegisterServesEveryRoute(t *testing.T) {
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0"})
	(&agent.API{}).Register(s)
}
