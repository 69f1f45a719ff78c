package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// serveRefused runs `hokusai serve` on dataDir and expects it to refuse to
// start; it returns what the server printed.
func serveRefused(t *testing.T, dataDir string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	args := append([]string{"serve", "--data-dir", dataDir, "--http-addr", "127.0.0.1:0", "--rpc-addr", "127.0.0.1:0"}, extra...)
	out, err := exec.CommandContext(ctx, hokusaiBinary(t), args...).CombinedOutput()
	if _, ok := err.(*exec.ExitError); !ok {
		t.Fatalf("serve %v: %v; want it to refuse to start\n%s", extra, err, out)
	}
	return string(out)
}

// copyDir copies a stopped server's data directory.
func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if out, err := exec.Command("cp", "-a", from+"/.", to).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v\n%s", err, out)
	}
}

// wantAll fails unless out holds every one of subs.
func wantAll(t *testing.T, what, out string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(out, s) {
			t.Fatalf("%s: no %q in\n%s", what, s, out)
		}
	}
}

// TestStartupIntegrity: a server with a minted contribution, settled and
// unsettled (acknowledged) charges and a registered package is killed;
// then, on copies of its data directory,
//   - a write-ahead log cut short is refused, naming the file and the fix;
//   - a deleted database is refused (the chain has history), and with
//     --rebuild-from-chain the server rebuilds models, deposits and
//     settlements and serves no more credit than the vault holds, saying
//     what it rebuilt and what was lost;
//   - the intact directory starts and says what it checked, and once its
//     blob store is deleted it is refused at start, naming the directory.
//
// Before these checks, each damaged directory started without a word and
// served deposits − withdrawals as spendable, settlements forgotten.
func TestStartupIntegrity(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	t.Setenv("HOKUSAI_SETTLE_INTERVAL", "300ms")
	dir := t.TempDir()
	srv := startLive(t, dir)
	rows := setupVotesModel(t, srv)
	srv.cli(t, "contribute", "VOTES", "--file", rows, "--dev-account", "2")
	if out := srv.cli(t, "contribution", "show", "1", "--watch", "--timeout", "120s"); !strings.Contains(out, "status           accepted") {
		t.Fatalf("contribution: %s\n%s", out, srv.out)
	}
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Calls", "--ticker", "CALLS",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	model := ledgerWaitModel(t, srv, "CALLS")
	ledgerRegisterVotes(t, srv, "CALLS")
	consumer := devchain.DevAddress(3)
	srv.cli(t, "credits", "deposit", "--usdc", "3", "--dev-account", "3")
	ledgerWaitCredits(t, srv, consumer, 3_000_000)

	// Charges through a second writer on the server's database: 40 are
	// settled, 10 more are acknowledged and left unsettled.
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(dir, "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.NewLedgerStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	l := ledger.NewService(store)
	const price = 2_500
	charge := func(n int) {
		for range n {
			if _, err := l.Charge(ctx, hokusai.Charge{Consumer: consumer.Hex(), ModelID: model.ID, Calls: 1, Amount: price}); err != nil {
				t.Fatal(err)
			}
		}
	}
	charge(40)
	waitAllSettled(t, db, srv)
	// The next 10 must stay unsettled: a server that settles every 300 ms
	// could journal them before the kill, so it is restarted with
	// settlement an hour away first.
	srv.stop(t)
	t.Setenv("HOKUSAI_SETTLE_INTERVAL", "1h")
	srv = startLive(t, dir)
	waitOutput(t, srv, "settler: start-up round done")
	charge(10)
	// Close this writer first: the last connection to close would
	// checkpoint the log into the database file.
	_ = l.Close()
	_ = db.Close()
	if err := srv.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = srv.cmd.Wait()
	wal, err := os.Stat(filepath.Join(dir, "hokusai.db-wal"))
	if err != nil || wal.Size() <= 32 {
		t.Fatalf("the killed server left no write-ahead log: %v", err)
	}
	intact := t.TempDir()
	copyDir(t, dir, intact)

	// A log cut short is refused before anything is served.
	if err := os.Truncate(filepath.Join(dir, "hokusai.db-wal"), wal.Size()/2+100); err != nil {
		t.Fatal(err)
	}
	out := serveRefused(t, dir)
	wantAll(t, "cut log", out, "hokusai.db-wal is", "the write-ahead log was cut short", "--rebuild-from-chain", "from a backup")

	// The database deleted: refused while the chain has history.
	for _, ext := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(filepath.Join(dir, "hokusai.db"+ext)); err != nil {
			t.Fatal(err)
		}
	}
	out = serveRefused(t, dir)
	wantAll(t, "deleted database", out, "hokusai.db is missing", "2 models, 1 credit deposits,", "settlements and 1 mints", "--rebuild-from-chain")

	// Rebuilt from the chain: spendable is what the vault holds, no more.
	srv = startLive(t, dir, "--rebuild-from-chain")
	wantAll(t, "rebuild banner", srv.out.String(), "rebuilt from the chain: 2 models, 1 credit deposits,", "settlements (0.1 USDC)",
		"Lost with the old database: API keys", "unsettled usage", "1 minted contributions are on-chain only")
	c, err := serverCredits(ctx, srv.apiURL, consumer)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := chain.Dial(ctx, srv.rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	p, err := chain.LoadProtocol(filepath.Join(dir, "protocol.json"))
	if err != nil || p == nil || p.Mint == nil {
		t.Fatalf("protocol record: %+v %v", p, err)
	}
	bal, err := cl.CreditBalance(ctx, p.Mint.Vault, consumer)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(3_000_000 - 40*price); bal.Int64() != want || c.Spendable > bal.Int64() || c.Settled != 40*price {
		t.Fatalf("after the rebuild: credits %+v, vault %s (want %d)", c, bal, want)
	}
	srv.stop(t)
	// The rebuilt database starts again without the flag.
	srv = startLive(t, dir)
	wantAll(t, "restart after the rebuild", srv.out.String(), "settlements match the chain (0 pending)", "mints: 1 on-chain")
	srv.stop(t)

	// The intact copy starts and says what it checked; its blob store
	// deleted, it is refused at start.
	srv = startLive(t, intact)
	wantAll(t, "intact banner", srv.out.String(), "database: quick_check ok; chain 1337", "indexed to block", "(hash ok)",
		"settlements match the chain (0 pending); 1 credit deposits match", "mints: 1 on-chain", "blobs: 1 head packages present (1 hashed)")
	srv.stop(t)
	if err := os.RemoveAll(filepath.Join(intact, "blobs")); err != nil {
		t.Fatal(err)
	}
	out = serveRefused(t, intact)
	wantAll(t, "deleted blobs", out, filepath.Join(intact, "blobs")+" (the directory", "was missing", "head packages", "--allow-missing-blobs")
}
