package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/seal"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// requireAllStores fails t unless every exported store of st is set.
func requireAllStores(t *testing.T, st *stores) {
	t.Helper()
	v := reflect.ValueOf(st).Elem()
	for i := range v.NumField() {
		if f := v.Type().Field(i); f.IsExported() && v.Field(i).IsNil() {
			t.Errorf("%s: store %s is not set", st.backend(), f.Name)
		}
	}
}

// TestOpenStoresBothBackends: each backend fills every store, and what one
// handle writes the next open of the same database reads.
func TestOpenStoresBothBackends(t *testing.T) {
	ctx := context.Background()
	key := make([]byte, seal.KeySize)
	for name, database := range map[string]string{"sqlite": "", "postgres": pgtest.NewDatabase(t)} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			st, err := openStores(ctx, &serveConfig{database: database, dataDir: dir, evalTimeout: time.Minute}, key)
			if err != nil {
				t.Fatal(err)
			}
			requireAllStores(t, st)
			if err := st.Models.UpsertModel(ctx, storetest.NewModel(1, "IRIS")); err != nil {
				t.Fatal(err)
			}
			if _, err := st.Secrets.SetEndpointSecret(ctx, 1, "sk-one", "0x1111111111111111111111111111111111111111"); err != nil {
				t.Fatal(err)
			}
			st.Close()
			again, err := openStores(ctx, &serveConfig{database: database, dataDir: dir, evalTimeout: time.Minute}, key)
			if err != nil {
				t.Fatal(err)
			}
			defer again.Close()
			if _, err := again.Models.FindModelByTicker(ctx, "iris"); err != nil {
				t.Fatalf("reopened: %v", err)
			}
			if got, err := again.Secrets.EndpointSecret(ctx, 1); err != nil || got != "sk-one" {
				t.Fatalf("reopened secret: %q, %v", got, err)
			}
			if wantPG := database != ""; (again.postgres != nil) != wantPG || (again.sqlite != nil) == wantPG {
				t.Fatalf("backend %s for --database %q", again.backend(), database)
			}
		})
	}
}

// TestOpenStoresPostgresSecretKey: replicas on one PostgreSQL database must
// seal with one key; a replica with another key is refused at start with
// the fix, before it could write secrets the others cannot open.
func TestOpenStoresPostgresSecretKey(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	k1, k2 := make([]byte, seal.KeySize), make([]byte, seal.KeySize)
	k2[0] = 1
	first, err := openStores(ctx, &serveConfig{database: url, dataDir: t.TempDir(), evalTimeout: time.Minute}, k1)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, err := openStores(ctx, &serveConfig{database: url, dataDir: t.TempDir(), evalTimeout: time.Minute}, k1)
	if err != nil {
		t.Fatalf("a second replica with the same key: %v", err)
	}
	second.Close()
	_, err = openStores(ctx, &serveConfig{database: url, dataDir: t.TempDir(), evalTimeout: time.Minute}, k2)
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT || !strings.Contains(err.Error(), "HOKUSAI_SECRET_KEY_FILE") {
		t.Fatalf("a replica with another key: got %v, want %s naming HOKUSAI_SECRET_KEY_FILE", err, hokusai.ECONFLICT)
	}
}

// TestOpenStoresRefusals: --database is a postgres:// URL or empty; an
// unreachable server is named without its password.
func TestOpenStoresRefusals(t *testing.T) {
	ctx := context.Background()
	key := make([]byte, seal.KeySize)
	dir := t.TempDir()
	if _, err := openStores(ctx, &serveConfig{database: filepath.Join(dir, "x.db"), dataDir: dir}, key); hokusai.ErrorField(err) != "database" {
		t.Fatalf("a file path: got %v, want an error naming --database", err)
	}
	_, err := openStores(ctx, &serveConfig{database: "postgres://hokusai:hunter2@127.0.0.1:1/x?sslmode=disable&connect_timeout=2", dataDir: dir}, key)
	if hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("an unreachable server: got %v, want %s without the password", err, hokusai.EUNAVAILABLE)
	}
}

// TestServeOnPostgres: serve runs with every store on PostgreSQL — the
// start-up checks say so, the deployment is recorded in the database, not
// in a file — and a restart on the same database passes the checks
// against what the first start recorded.
func TestServeOnPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain and a server twice")
	}
	ctx := context.Background()
	url, dataDir := pgtest.NewDatabase(t), t.TempDir()
	start := func() *server {
		t.Helper()
		cfg := &serveConfig{}
		f := pflag.NewFlagSet("serve", pflag.ContinueOnError)
		serveFlags(f, cfg)
		if err := f.Parse([]string{"--data-dir", dataDir, "--database", url, "--http-addr", "127.0.0.1:0", "--rpc-addr", "127.0.0.1:0", "--log-level", "error"}); err != nil {
			t.Fatal(err)
		}
		var err error
		if cfg.origins, err = loadConfig(f, nil); err != nil {
			t.Fatal(err)
		}
		s, err := startServer(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := start()
	if s.db != nil || s.stores.postgres == nil || !strings.Contains(strings.Join(s.checks, "\n"), "database: PostgreSQL") {
		s.Close()
		t.Fatalf("serve on --database did not run on PostgreSQL: checks %q", s.checks)
	}
	if _, err := os.Stat(filepath.Join(dataDir, "hokusai.db")); !os.IsNotExist(err) {
		s.Close()
		t.Fatalf("serve on PostgreSQL made a SQLite file: %v", err)
	}
	want, ok, err := s.stores.Instance.Get(ctx, "protocol")
	if err != nil || !ok || want != instanceValue(s.protocol) {
		s.Close()
		t.Fatalf("the deployment recorded in PostgreSQL: %q, %v, %v", want, ok, err)
	}
	// The indexer runs under a lease in the shared database, so a replica
	// started beside this one would not index at the same time. (The
	// market refresher takes its own lease when its first round starts.)
	var holders int
	if err := s.stores.postgres.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM leases WHERE expires_at > now() AND name <> 'market-refresher'`).Scan(&holders); err != nil || holders != 1 {
		s.Close()
		t.Fatalf("%d live leases, %v; want the indexer's", holders, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	again := start()
	defer again.Close()
	if again.protocol.Registry != s.protocol.Registry {
		t.Fatalf("the restart deployed again: registry %s, was %s", again.protocol.Registry, s.protocol.Registry)
	}
}
