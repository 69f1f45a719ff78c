package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/spf13/pflag"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// `hokusai chain dev` runs the chain alone; two serve replicas join it with
// the replica.yaml it writes, share one S3 bucket for packages, and see one
// chain: a model created through one is indexed by the other, and a
// package registered through one is in the other's blob store.
func TestChainDevReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain and two servers")
	}
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	chainDir := t.TempDir()
	d, err := startChainDev(ctx, chainDir, "127.0.0.1:0", quiet)
	if err != nil {
		t.Fatal(err)
	}
	var banner bytes.Buffer
	d.printBanner(ctx, &banner)
	for _, want := range []string{d.node.RPCURL(), "chain id 1337", devchain.DevAddress(0).Hex(), filepath.Join(chainDir, "replica.yaml"), "1000000 USDC"} {
		if !strings.Contains(banner.String(), want) {
			t.Fatalf("the banner lacks %q:\n%s", want, banner.String())
		}
	}

	// A real S3-protocol server on a free port, shared by both replicas.
	backend := s3mem.New()
	s3srv := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(s3srv.Close)
	if err := backend.CreateBucket("packages"); err != nil {
		t.Fatal(err)
	}
	t.Setenv("AWS_ACCESS_KEY_ID", "hokusai")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "hokusai-secret")
	blobsURL := "s3://packages/hokusai?endpoint=" + s3srv.URL + "&region=us-east-1&path_style=1"

	// Each replica is configured as `hokusai serve --config replica.yaml …` is.
	replica := func() *server {
		cfg := &serveConfig{}
		f := pflag.NewFlagSet("serve", pflag.ContinueOnError)
		serveFlags(f, cfg)
		args := []string{"--config", d.replicaConfig, "--data-dir", t.TempDir(), "--http-addr", "127.0.0.1:0", "--blobs", blobsURL, "--log-level", "error"}
		if err := f.Parse(args); err != nil {
			t.Fatal(err)
		}
		if cfg.origins, err = loadConfig(f, os.Environ()); err != nil {
			t.Fatal(err)
		}
		if cfg.rpcURL != d.node.RPCURL() || cfg.confirmations != 0 || cfg.evaluatorKey == "" {
			t.Fatalf("replica.yaml gave rpc %q, confirmations %d, evaluator key %q", cfg.rpcURL, cfg.confirmations, cfg.evaluatorKey)
		}
		s, err := startServer(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a := replica()
	b := replica()
	closeAll := sync.OnceFunc(func() { // replicas first, then the chain they use
		b.Close()
		a.Close()
		d.Close()
	})
	t.Cleanup(closeAll)
	for _, s := range []*server{a, b} {
		if s.node != nil || s.protocol.Registry != d.protocol.Registry || s.protocol.Mint.Vault != d.protocol.Mint.Vault {
			t.Fatalf("a replica runs its own chain or protocol: registry %s, want %s", s.protocol.Registry, d.protocol.Registry)
		}
		if !strings.HasPrefix(s.blobsName, "s3://packages/hokusai/") {
			t.Fatalf("a replica's blobs are in %s", s.blobsName)
		}
	}

	if _, err := runCLI(t, "model", "create", "--server", a.http.URL(), "--dev-account", "1", "--name", "Demo", "--ticker", "DEMO",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		list, _, err := b.models.FindModels(ctx, hokusai.ModelFilter{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(list) == 1 && list[0].Ticker == "DEMO" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the other replica never indexed the model: %+v", list)
		}
		time.Sleep(100 * time.Millisecond)
	}

	dir, meta := writeModel(t)
	pkgFile := filepath.Join(t.TempDir(), "demo.hkpkg")
	digest, err := runCLI(t, "package", dir, "--metadata", meta, "--version", "1.0.0", "--dev-account", "1", "-o", pkgFile)
	if err != nil {
		t.Fatal(err)
	}
	digest = strings.TrimSpace(digest)
	if _, err := runCLI(t, "model", "register", "DEMO", "--package", pkgFile, "--server", a.http.URL(), "--dev-account", "1"); err != nil {
		t.Fatal(err)
	}
	size, _ := os.Stat(pkgFile)
	if info, err := b.blobs.Stat(ctx, digest); err != nil || info.Size != size.Size() {
		t.Fatalf("the other replica's blob store: %+v, %v", info, err)
	}
	if _, err := os.Stat(filepath.Join(a.cfg.dataDir, "blobs")); !os.IsNotExist(err) {
		t.Fatalf("a replica on S3 made a local blobs directory: %v", err)
	}

	// The chain persists: a restart finds the protocol it deployed.
	head := d.node.BlockNumber()
	closeAll()
	d2, err := startChainDev(ctx, chainDir, "127.0.0.1:0", quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	if d2.protocol.Registry != d.protocol.Registry || d2.node.BlockNumber() < head {
		t.Fatalf("after a restart: registry %s at block %d; before: %s at block %d", d2.protocol.Registry, d2.node.BlockNumber(), d.protocol.Registry, head)
	}
}
