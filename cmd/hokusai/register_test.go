package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// registryDomain is the chain and platform startRegistry's server checks
// signed requests against (and announces in GET /v1/chain).
var registryDomain = signreq.Domain{ChainID: devchain.ChainID, Platform: common.HexToAddress("0x00000000000000000000000000000000000000aa")}

// startRegistry runs a real API server with the version routes over a real
// SQLite file and a local blob store; model 1 (DEMO, Decentralized) is
// owned by dev account 1.
func startRegistry(t *testing.T) (url, blobDir string) {
	t.Helper()
	dir := t.TempDir()
	db := sqlite.NewDB(filepath.Join(dir, "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ms := sqlite.NewModelService(db)
	m := storetest.NewModel(1, "DEMO")
	m.Owner = devchain.DevAddress(1).Hex()
	if err := ms.UpsertModel(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	blobDir = filepath.Join(dir, "blobs")
	blobs, err := blob.NewLocal(blobDir)
	if err != nil {
		t.Fatal(err)
	}
	info := hokusai.ChainInfo{ChainID: registryDomain.ChainID, Contracts: map[string]string{chain.ContractRegistry: registryDomain.Platform.Hex()}}
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0", ModelService: ms, ChainInfo: func() hokusai.ChainInfo { return info }})
	(&hhttp.Versions{Models: ms, Registry: sqlite.NewRegistryService(db), Blobs: blobs, TempDir: dir,
		Signed: &signreq.Verifier{Domain: registryDomain, Nonces: sqlite.NewNonceService(db)}}).Register(s)
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.URL(), blobDir
}

// TestRegistryRoundTrip: package → register → list → show → download, all
// through the real CLI against a real server.
func TestRegistryRoundTrip(t *testing.T) {
	url, _ := startRegistry(t)
	dir, meta := writeModel(t)
	out := t.TempDir()
	var digests []string
	for _, v := range []string{"1.0.0", "0.9.0", "1.0.0-rc.1"} {
		pkgFile := filepath.Join(out, v+".hkpkg")
		d, err := runCLI(t, "package", dir, "--metadata", meta, "--version", v, "--dev-account", "1", "-o", pkgFile)
		if err != nil {
			t.Fatal(err)
		}
		digests = append(digests, strings.TrimSpace(d))
		got, err := runCLI(t, "model", "register", "demo", "--package", pkgFile, "--server", url, "--dev-account", "1")
		if err != nil {
			t.Fatalf("register %s: %v", v, err)
		}
		if !strings.Contains(got, "Registered model 1 version "+v) || !strings.Contains(got, digests[len(digests)-1]) {
			t.Fatalf("register printed %q", got)
		}
	}
	// List: semver order, digests as printed by `hokusai package`.
	got, err := runCLI(t, "model", "versions", "DEMO", "--json", "--server", url)
	if err != nil {
		t.Fatal(err)
	}
	var list hhttp.VersionListJSON
	if err := json.Unmarshal([]byte(got), &list); err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	var order []string
	for _, v := range list.Data {
		order = append(order, v.Version)
	}
	if strings.Join(order, " ") != "0.9.0 1.0.0-rc.1 1.0.0" || list.Data[2].Digest != digests[0] || list.Data[0].Signer != devchain.DevAddress(1).Hex() {
		t.Fatalf("versions %v\n%s", order, got)
	}
	table, err := runCLI(t, "model", "versions", "1", "--server", url)
	if err != nil || !strings.Contains(table, "3 versions.") || strings.Index(table, "0.9.0") > strings.Index(table, "1.0.0-rc.1") {
		t.Fatalf("table: %v\n%s", err, table)
	}
	// Show one.
	show, err := runCLI(t, "model", "versions", "demo", "1.0.0", "--server", url)
	if err != nil || !strings.Contains(show, digests[0]) || !strings.Contains(show, "linear, seed 1, l2=0.1") || !strings.Contains(show, "accuracy 0.9") {
		t.Fatalf("show: %v\n%s", err, show)
	}
	// Download gives back the very bytes that were packaged, to the owner
	// only (the model is Decentralized).
	dl := filepath.Join(out, "dl.hkpkg")
	if _, err := runCLI(t, "model", "download", "demo", "1.0.0", "-o", dl, "--server", url, "--key", ""); hokusai.ErrorCode(err) != hokusai.EUNAUTHORIZED {
		t.Fatalf("anonymous download: %v", err)
	}
	if _, err := runCLI(t, "model", "download", "demo", "1.0.0", "-o", dl, "--server", url, "--dev-account", "2"); hokusai.ErrorCode(err) != hokusai.ELICENSE {
		t.Fatalf("stranger's download: %v", err)
	}
	if _, err := runCLI(t, "model", "download", "demo", "1.0.0", "-o", dl, "--server", url, "--dev-account", "1"); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(dl)
	b, _ := os.ReadFile(filepath.Join(out, "1.0.0.hkpkg"))
	if !bytes.Equal(a, b) {
		t.Fatal("downloaded archive differs from the uploaded one")
	}
	// Registering the same version again conflicts.
	_, err = runCLI(t, "model", "register", "demo", "--package", filepath.Join(out, "1.0.0.hkpkg"), "--server", url, "--dev-account", "1")
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT || exitCode(err) != 4 {
		t.Fatalf("duplicate: %v", err)
	}
	// The owner's package registered by someone else: their request is not the owner's.
	_, err = runCLI(t, "model", "register", "demo", "--package", filepath.Join(out, "1.0.0.hkpkg"), "--server", url, "--dev-account", "2")
	if hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("register by a stranger: %v", err)
	}
	// A package signed by someone other than the owner is forbidden.
	other := filepath.Join(out, "other.hkpkg")
	if _, err := runCLI(t, "package", dir, "--metadata", meta, "--version", "2.0.0", "--dev-account", "2", "-o", other); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, "model", "register", "demo", "--package", other, "--server", url, "--dev-account", "1"); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("foreign signer: %v", err)
	}
	// Unknown model and version.
	if _, err := runCLI(t, "model", "versions", "NOPE", "--server", url); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("unknown model: %v", err)
	}
	if _, err := runCLI(t, "model", "versions", "demo", "7.7.7", "--server", url); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("unknown version: %v", err)
	}
}

// A package whose manifest has a wrong type is refused by the server with
// an error naming the field and the expected type (the CLI's local check
// is bypassed by posting the raw archive).
func TestRegisterBadManifestREST(t *testing.T) {
	url, blobDir := startRegistry(t)
	dir, meta := writeModel(t)
	good := filepath.Join(t.TempDir(), "good.hkpkg")
	if _, err := runCLI(t, "package", dir, "--metadata", meta, "--dev-account", "1", "-o", good); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(good)
	bad := rewriteManifest(t, raw, `"version": "0.1.0"`, `"version": 1`)
	h := http.Header{}
	if err := registryDomain.SetHeaders(h, signreq.NewRequest(signreq.ActionRegisterVersion, 1, bad, time.Now()), devchain.DevKey(1)); err != nil {
		t.Fatal(err)
	}
	resp, err := httpPost(url+"/v1/models/1/versions", h, bad)
	if err != nil {
		t.Fatal(err)
	}
	if resp.status != 400 || resp.body["error"]["field"] != "version" || !strings.Contains(resp.body["error"]["message"].(string), "must be a string") {
		t.Fatalf("bad manifest: %d %v", resp.status, resp.body)
	}
	// Nothing was stored.
	if ents, _ := os.ReadDir(filepath.Join(blobDir, "sha256")); len(ents) != 0 {
		t.Fatalf("a refused package left %d blob dirs", len(ents))
	}
	// And the CLI names the field before uploading.
	badFile := filepath.Join(t.TempDir(), "bad.hkpkg")
	os.WriteFile(badFile, bad, 0o644)
	if _, err := runCLI(t, "model", "register", "demo", "--package", badFile, "--server", url, "--dev-account", "1"); hokusai.ErrorField(err) != "version" {
		t.Fatalf("cli bad manifest: %v", err)
	}
}
