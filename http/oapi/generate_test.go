package oapi_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// TestGeneratedCodeIsFresh regenerates every file generated from
// ../openapi.yaml (this package's types and strict server, and the SDK's
// client in sdk/api) into a temporary directory and fails if one differs
// from the committed file, so the spec and the code cannot drift. Run
// `go generate ./http/oapi ./sdk/api` to fix.
func TestGeneratedCodeIsFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds oapi-codegen")
	}
	// Read the spec here too, so go test's cache notices when it changes.
	if _, err := os.ReadFile("../openapi.yaml"); err != nil {
		t.Fatal(err)
	}
	outputRE := regexp.MustCompile(`(?m)^output: (\S+)$`)
	for _, config := range []string{"config.yaml", "server.config.yaml", "../../sdk/api/config.yaml"} {
		cfg, err := os.ReadFile(config)
		if err != nil {
			t.Fatal(err)
		}
		m := outputRE.FindSubmatch(cfg)
		if m == nil {
			t.Fatalf("%s names no output file", config)
		}
		committedFile := filepath.Join(filepath.Dir(config), string(m[1]))
		dir := t.TempDir()
		out := filepath.Join(dir, filepath.Base(committedFile))
		// Point the config's output at the temporary directory.
		cfg = outputRE.ReplaceAll(cfg, []byte("output: "+out))
		tmpConfig := filepath.Join(dir, "config.yaml")
		if err := os.WriteFile(tmpConfig, cfg, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("go", "tool", "oapi-codegen", "-config", tmpConfig, "../openapi.yaml")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("oapi-codegen %s: %v\n%s", config, err, b)
		}
		fresh, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(committedFile)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fresh, committed) {
			t.Errorf("%s is stale: run `go generate ./http/oapi ./sdk/api` and commit the result", filepath.Clean(filepath.Join("http/oapi", committedFile)))
		}
	}
}
