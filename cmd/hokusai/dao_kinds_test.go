package main

import (
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// TestProposeKindsRefusedLocally: bad rewards and royalty terms are
// refused by the CLI, naming the flag, before any request — the server
// here is a closed port, so anything that reached it would fail otherwise.
func TestProposeKindsRefusedLocally(t *testing.T) {
	dead := []string{"--server", "http://127.0.0.1:1", "--dev-account", "1", "--description", "d"}
	rewards := func(extra ...string) []string {
		return append(append([]string{"dao", "propose-rewards", "7"}, dead...), extra...)
	}
	royalty := func(extra ...string) []string {
		return append(append([]string{"dao", "propose-royalty", "7"}, dead...), extra...)
	}
	for _, c := range []struct {
		args  []string
		field string
		says  string
	}{
		{rewards("--tokens-per-deltaone", "-1", "--max-reward", "10"), "tokens-per-deltaone", "greater than zero"},
		{rewards("--tokens-per-deltaone", "0", "--max-reward", "10"), "tokens-per-deltaone", "greater than zero"},
		{rewards("--tokens-per-deltaone", "1", "--max-reward", "-2.5"), "max-reward", "greater than zero"},
		{rewards("--tokens-per-deltaone", "1", "--max-reward", "1e999"), "max_reward", "2^128"},
		{rewards("--tokens-per-deltaone", "1", "--max-reward", "0.0000000000000000001"), "max-reward", "more than 18 decimal places"},
		{rewards("--tokens-per-deltaone", "ten", "--max-reward", "1"), "tokens-per-deltaone", "decimal number"},
		{rewards("--tokens-per-deltaone", "1", "--max-reward", "1", "--mint-threshold", "-0.5"), "mint-threshold", "DeltaOnes"},
		{rewards("--tokens-per-deltaone", "1", "--max-reward", "1", "--mint-threshold", "1e11"), "mint_threshold", "2^96"},
		{rewards("--tokens-per-deltaone", "1", "--max-reward", "1", "--contributor-bps", "10001"), "contributor-bps", "10000"},
		{rewards("--tokens-per-deltaone", "1", "--max-reward", "1", "--contributor-bps", "-1"), "contributor-bps", "10000"},
		{royalty("--fork", "8", "--bps", "2001"), "bps", "2000"},
		{royalty("--fork", "8", "--bps", "10001"), "bps", "2000"},
		{royalty("--fork", "8", "--bps", "-1"), "bps", "2000"},
		{royalty("--fork", "4294967296", "--bps", "500"), "fork_id", "2^32"},
	} {
		_, err := runCLI(t, c.args...)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v (field %q); want %s naming %s and saying %q", strings.Join(c.args[:3], " "), err, hokusai.ErrorField(err), hokusai.EINVALID, c.field, c.says)
		}
	}
}
