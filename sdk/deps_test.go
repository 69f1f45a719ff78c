package sdk_test

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// maxDeps bounds the packages a program that imports the SDK links.
const maxDeps = 250

// forbidden are packages the SDK must never link: the server's, and a
// go-ethereum node or its Ethereum protocol implementation.
var forbidden = regexp.MustCompile(`^github\.com/(ethereum/go-ethereum/(node|eth|ethclient|core)(/|$)|hokusai-protocol/hokusai/(http|chain|evaluator|contrib|gateway|ledger|sqlite|postgres|cmd)(/|$))`)

// TestDependencies keeps the SDK light: at most maxDeps packages (the
// package itself, not its tests) and none of the forbidden ones, so the
// SDK stays the generated client plus signing helpers.
func TestDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	t.Logf("the sdk links %d packages", len(deps))
	if len(deps) > maxDeps {
		t.Errorf("the sdk links %d packages, more than %d", len(deps), maxDeps)
	}
	for _, d := range deps {
		if forbidden.MatchString(d) {
			t.Errorf("the sdk links %s", d)
		}
	}
}
