package oapi_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// TestGeneratedCodeIsFresh regenerates each generated file from
// ../openapi.yaml into a temporary directory and fails if it differs from
// the committed file, so the spec and the code cannot drift. Run
// `go generate ./http/oapi` to fix.
func TestGeneratedCodeIsFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds oapi-codegen")
	}
	// Read the spec here too, so go test's cache notices when it changes.
	if _, err := os.ReadFile("../openapi.yaml"); err != nil {
		t.Fatal(err)
	}
	outputRE := regexp.MustCompile(`(?m)^output: (\S+)$`)
	for _, config := range []string{"config.yaml", "server.config.yaml"} {
		cfg, err := os.ReadFile(config)
		if err != nil {
			t.Fatal(err)
		}
		m := outputRE.FindSubmatch(cfg)
		if m == nil {
			t.Fatalf("%s names no output file", config)
		}
		committedFile := string(m[1])
		dir := t.TempDir()
		out := filepath.Join(dir, committedFile)
		// Point the config's output at the temporary directory.
		cfg = outputRE.ReplaceAll(cfg, []byte("output: "+out))
		if err := os.WriteFile(filepath.Join(dir, config), cfg, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("go", "tool", "oapi-codegen", "-config", filepath.Join(dir, config), "../openapi.yaml")
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
			t.Errorf("http/oapi/%s is stale: run `go generate ./http/oapi` and commit the result", committedFile)
		}
	}
}
