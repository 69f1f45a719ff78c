package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEndToEndMeteredCalls runs the real binary: a model with a registered
// package, a key created by a wallet signature, a 402 before any deposit,
// a deposit, a paid prediction, usage, rotation and revocation — all
// through the CLI.
func TestEndToEndMeteredCalls(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	t.Setenv("HOKUSAI_CONFIRMATIONS", "0")
	srv := startLive(t, t.TempDir())
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "House votes", "--ticker", "VOTE",
		"--metric", "accuracy", "--baseline", "0.904", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	showModel(t, srv, "VOTE")

	dir := t.TempDir()
	model, err := os.ReadFile("../../testdata/models/house-votes-84-linear/model.json")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "m"), 0o755)
	os.WriteFile(filepath.Join(dir, "m", "model.json"), model, 0o644)
	meta := `{"name": "house-votes", "version": "1.0.0", "description": "Party from 16 votes.", "architecture": "logistic regression",
 "training": {"methodology": "L-BFGS", "recipe": {"runtime": "linear", "seed": 1}},
 "input_schema": {"type": "object"}, "output_schema": {"type": "object"},
 "runtime": {"kind": "linear", "entrypoint": "model.json"}, "metrics": {"accuracy": 0.926}}`
	os.WriteFile(filepath.Join(dir, "meta.json"), []byte(meta), 0o644)
	pkg := filepath.Join(dir, "p.hkpkg")
	srv.cli(t, "package", filepath.Join(dir, "m"), "--metadata", filepath.Join(dir, "meta.json"), "--version", "1.0.0", "--dev-account", "1", "-o", pkg)
	srv.cli(t, "model", "register", "VOTE", "--package", pkg, "--dev-account", "1")

	key := strings.TrimSpace(srv.cli(t, "keys", "create", "--dev-account", "2", "--scopes", "call,manage", "--name", "e2e"))
	if !strings.HasPrefix(key, "hk_dev_") {
		t.Fatalf("key %q", key)
	}
	// The Decentralized model's package downloads for its owner only: not
	// anonymously, not with another address's API key, but with the owner's
	// signed request.
	dl := filepath.Join(dir, "dl.hkpkg")
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--key", ""}, "UNAUTHORIZED"},
		{[]string{"--key", key}, "LICENSE_VIOLATION"},
		{[]string{"--dev-account", "2"}, "LICENSE_VIOLATION"},
	} {
		if _, errOut, code := srv.cliCode(t, append([]string{"model", "download", "VOTE", "1.0.0", "-o", dl}, c.args...)...); code == 0 || !strings.Contains(errOut, c.says) {
			t.Fatalf("download with %v: exit %d %s", c.args, code, errOut)
		}
	}
	srv.cli(t, "model", "download", "VOTE", "1.0.0", "-o", dl, "--dev-account", "1")
	input := `{"physician-fee-freeze": "y", "el-salvador-aid": "y", "crime": "y"}`
	if _, errOut, code := srv.cliCode(t, "predict", "VOTE", "--input", input, "--key", key); code != 6 || !strings.Contains(errOut, "INSUFFICIENT_CREDITS") {
		t.Fatalf("before deposit: exit %d %s", code, errOut)
	}
	srv.cli(t, "credits", "deposit", "--usdc", "1", "--dev-account", "2")
	var res struct {
		Predictions []struct{ Label string } `json:"predictions"`
		FeeCharged  string                   `json:"fee_charged"`
		UsageID     int64                    `json:"usage_id"`
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		out, errOut, code := srv.cliCode(t, "predict", "VOTE", "--input", input, "--key", key)
		if code == 0 {
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatal(err)
			}
			break
		}
		if code != 6 || time.Now().After(deadline) {
			t.Fatalf("predict: exit %d %s", code, errOut)
		}
		time.Sleep(300 * time.Millisecond)
	}
	if len(res.Predictions) != 1 || res.Predictions[0].Label != "republican" || res.FeeCharged != "0.002" || res.UsageID == 0 {
		t.Fatalf("prediction %+v", res)
	}
	if out := srv.cli(t, "usage", "--key", key); !strings.Contains(out, "total  1      0.002") {
		t.Fatalf("usage:\n%s", out)
	}
	if out := srv.cli(t, "keys", "list", "--key", key); !strings.Contains(out, "e2e") || strings.Contains(out, key[8:]) {
		t.Fatalf("keys list:\n%s", out)
	}
	newKey := strings.TrimSpace(srv.cli(t, "keys", "rotate", keyID(t, srv, key), "--overlap", "0s", "--key", key))
	if _, _, code := srv.cliCode(t, "predict", "VOTE", "--input", input, "--key", key); code != 5 {
		t.Fatalf("rotated-out key: exit %d", code)
	}
	srv.cli(t, "predict", "VOTE", "--input", input, "--key", newKey)
	srv.cli(t, "keys", "revoke", keyID(t, srv, newKey), "--key", newKey)
	if _, _, code := srv.cliCode(t, "predict", "VOTE", "--input", input, "--key", newKey); code != 5 {
		t.Fatalf("revoked key: exit %d", code)
	}
	// The server's log never holds a secret.
	if strings.Contains(srv.out.String(), key[8:]) || strings.Contains(srv.out.String(), newKey[8:]) {
		t.Fatal("an API key secret appears in the server's output")
	}
}

// keyID finds a key's id from its hint in `keys list`.
func keyID(t *testing.T, srv *liveServer, key string) string {
	t.Helper()
	for _, line := range strings.Split(srv.cli(t, "keys", "list", "--key", key), "\n") {
		f := strings.Fields(line)
		if len(f) > 1 && f[1] == key[:len("hk_dev_")+4]+"…" {
			return f[0]
		}
	}
	t.Fatalf("no key with hint %s…", key[:11])
	return ""
}
