package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// runCLI runs the real root command with args and returns stdout.
func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

const testMetadata = `{"name": "demo", "version": "0.1.0", "description": "A demo model.", "architecture": "linear",
 "training": {"methodology": "fitted by hand", "recipe": {"runtime": "linear", "hyperparameters": {"l2": 0.1}, "seed": 1}},
 "input_schema": {"type": "array"}, "output_schema": {"type": "number"},
 "runtime": {"kind": "linear", "entrypoint": "model.json"}, "metrics": {"accuracy": 0.9},
 "usage_example": {"input": [1, 2], "output": 0.5}}`

// writeModel writes a model directory and its metadata file.
func writeModel(t *testing.T) (dir, meta string) {
	base := t.TempDir()
	dir = filepath.Join(base, "model")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "model.json"), []byte(`{"weights": [1, 2]}`), 0o644)
	meta = filepath.Join(base, "meta.json")
	os.WriteFile(meta, []byte(testMetadata), 0o644)
	return dir, meta
}

func TestPackageCommand(t *testing.T) {
	dir, meta := writeModel(t)
	out := filepath.Join(t.TempDir(), "a.hkpkg")
	d1, err := runCLI(t, "package", dir, "--metadata", meta, "--dev-account", "1", "--version", "0.2.0", "-o", out)
	if err != nil {
		t.Fatal(err)
	}
	d1 = strings.TrimSpace(d1)
	if hokusai.CheckDigest("digest", d1) != nil {
		t.Fatalf("printed %q, want sha256:<hex>", d1)
	}
	d2, _ := runCLI(t, "package", dir, "--metadata", meta, "--dev-account", "1", "--version", "0.2.0", "-o", out+"2")
	if strings.TrimSpace(d2) != d1 {
		t.Fatalf("same inputs printed %s then %s", d1, d2)
	}
	v, err := runCLI(t, "package", "verify", out, "--signer", devchain.DevAddress(1).Hex())
	if err != nil || !strings.Contains(v, "ok "+d1) || !strings.Contains(v, "demo 0.2.0") {
		t.Fatalf("verify: %q, %v", v, err)
	}
	if _, err := runCLI(t, "package", "verify", out, "--digest", d1); err != nil {
		t.Fatalf("verify --digest: %v", err)
	}
	if _, err := runCLI(t, "package", "verify", out, "--digest", "sha256:"+strings.Repeat("ab", 32)); hokusai.ErrorField(err) != "digest" {
		t.Fatalf("verify wrong --digest: %v", err)
	}
	// A wrong signer is refused.
	if _, err := runCLI(t, "package", "verify", out, "--signer", devchain.DevAddress(2).Hex()); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("wrong signer: %v", err)
	}
	// A bad override names the field.
	_, err = runCLI(t, "package", dir, "--metadata", meta, "--version", "two", "-o", out+"3")
	if hokusai.ErrorField(err) != "version" || exitCode(err) != 2 {
		t.Fatalf("bad version: %v", err)
	}
	// A metadata file with a wrong type names the field and the type.
	os.WriteFile(meta, []byte(strings.Replace(testMetadata, `"seed": 1`, `"seed": "one"`, 1)), 0o644)
	_, err = runCLI(t, "package", dir, "--metadata", meta, "-o", out+"4")
	if hokusai.ErrorField(err) != "training.recipe.seed" || !strings.Contains(err.Error(), "an integer") {
		t.Fatalf("wrong type: %v", err)
	}
	// A keystore signs like the wallet that created the model.
	os.WriteFile(meta, []byte(testMetadata), 0o644)
	key, _ := crypto.GenerateKey()
	ksJSON, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks := filepath.Join(t.TempDir(), "key.json")
	os.WriteFile(ks, ksJSON, 0o600)
	t.Setenv("HOKUSAI_PASSWORD", "pw")
	if _, err := runCLI(t, "package", dir, "--metadata", meta, "--keystore", ks, "-o", out+"5"); err != nil {
		t.Fatal(err)
	}
	if v, err := runCLI(t, "package", "verify", out+"5", "--signer", crypto.PubkeyToAddress(key.PublicKey).Hex()); err != nil || !strings.Contains(v, "signed by") {
		t.Fatalf("keystore-signed: %q, %v", v, err)
	}
	// --out inside the model directory is refused (it would package itself).
	if _, err := runCLI(t, "package", dir, "--metadata", meta, "-o", filepath.Join(dir, "x.hkpkg")); hokusai.ErrorField(err) != "out" {
		t.Fatalf("out inside: %v", err)
	}
}
