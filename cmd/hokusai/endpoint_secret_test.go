package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/seal"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// TestEndpointSecretCommands runs `hokusai model endpoint-secret` against
// a real API server: the owner's wallet sets the key read from an
// environment variable or a file on this machine, another wallet cannot,
// nothing prints the key, show says only whether one is set, and delete
// forgets it.
func TestEndpointSecretCommands(t *testing.T) {
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	models := sqlite.NewModelService(db)
	m := storetest.NewModel(1, "CHAT")
	m.Owner = devchain.DevAddress(1).Hex()
	if err := models.UpsertModel(ctx, m); err != nil {
		t.Fatal(err)
	}
	secrets, err := sqlite.NewEndpointSecretService(db, make([]byte, seal.KeySize))
	if err != nil {
		t.Fatal(err)
	}
	platform := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	info := hokusai.ChainInfo{ChainID: devchain.ChainID, Dev: true, Contracts: map[string]string{chain.ContractRegistry: platform.Hex()}}
	srv := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0", ModelService: models, ChainInfo: func() hokusai.ChainInfo { return info },
		EndpointSecrets: secrets,
		Signed:          &signreq.Verifier{Domain: signreq.Domain{ChainID: devchain.ChainID, Platform: platform}, Nonces: sqlite.NewNonceService(db)},
	})
	if err := srv.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	url := srv.URL()

	const secret = "sk-from-env-8c1d2e"
	t.Setenv("CHAT_ENDPOINT_KEY", secret)
	out, err := run(t, "--server", url, "model", "endpoint-secret", "set", "CHAT", "--from-env", "CHAT_ENDPOINT_KEY", "--dev-account", "2")
	if hokusai.ErrorCode(err) != hokusai.EFORBIDDEN || strings.Contains(out, secret) {
		t.Fatalf("set by another wallet: %v\n%s", err, out)
	}
	out, err = run(t, "--server", url, "model", "endpoint-secret", "set", "CHAT", "--from-env", "CHAT_ENDPOINT_KEY", "--dev-account", "1")
	if err != nil || strings.Contains(out, secret) || !strings.Contains(out, "endpoint secret set by "+devchain.DevAddress(1).Hex()) {
		t.Fatalf("set: %v\n%s", err, out)
	}
	if got, _ := secrets.EndpointSecret(ctx, 1); got != secret {
		t.Fatalf("stored %q", got)
	}
	out, err = run(t, "--server", url, "model", "endpoint-secret", "show", "1")
	if err != nil || strings.Contains(out, secret) || !strings.Contains(out, "set by") {
		t.Fatalf("show: %v\n%s", err, out)
	}

	file := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(file, []byte("sk-from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "--server", url, "model", "endpoint-secret", "set", "1", "--from-file", file, "--dev-account", "1"); err != nil {
		t.Fatalf("set from file: %v\n%s", err, out)
	}
	if got, _ := secrets.EndpointSecret(ctx, 1); got != "sk-from-file" {
		t.Fatalf("stored %q", got)
	}

	for _, args := range [][]string{
		{"set", "1", "--dev-account", "1"},
		{"set", "1", "--from-env", "CHAT_ENDPOINT_KEY", "--from-file", file, "--dev-account", "1"},
		{"set", "1", "--from-env", "NO_SUCH_VARIABLE_SET_HERE", "--dev-account", "1"},
	} {
		if _, err := run(t, append([]string{"--server", url, "model", "endpoint-secret"}, args...)...); hokusai.ErrorCode(err) != hokusai.EINVALID {
			t.Errorf("%v: %v", args, err)
		}
	}

	out, err = run(t, "--server", url, "model", "endpoint-secret", "delete", "CHAT", "--dev-account", "1")
	if err != nil || !strings.Contains(out, "no endpoint secret set") {
		t.Fatalf("delete: %v\n%s", err, out)
	}
	if _, err := secrets.EndpointSecret(ctx, 1); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("after delete: %v", err)
	}
}
