package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/index"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// startChainAPI runs a real dev chain with the protocol deployed (no
// buy-only window, so a test can sell at once), the chain indexer's models into
// SQLite and the API server, and returns the server's URL.
func startChainAPI(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	dir := t.TempDir()
	node, err := devchain.Start(ctx, devchain.Config{DataDir: filepath.Join(dir, "chain"), RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.Dial(ctx, node.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	txmgrtest.Attach(t, c)
	none := time.Duration(0)
	p, err := chain.EnsureProtocolWith(ctx, c, devchain.DevKey(0), filepath.Join(dir, "protocol.json"), chain.EnsureOptions{Dev: true, BuyOnlyWindow: &none})
	if err != nil {
		t.Fatal(err)
	}
	db := sqlite.NewDB(filepath.Join(dir, "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	ms := sqlite.NewModelService(db)
	ix := &index.Indexer{
		Chain: c.Backend, Blocks: sqlite.NewBlockService(db), Name: "chain", FromBlock: p.DeployBlock, Interval: 50 * time.Millisecond,
		Handlers: []index.Handler{&index.Models{Client: c, Protocol: p, Models: ms}},
	}
	done := make(chan struct{})
	go func() { ix.Run(ctx); close(done) }()
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0", ModelService: ms, ChainInfo: func() hokusai.ChainInfo { return p.Info(node.RPCURL()) }})
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Close()
		cancel()
		<-done
		c.Close()
		node.Close()
		db.Close()
	})
	return s.URL()
}

func wantCode(t *testing.T, err error, code, field string) {
	t.Helper()
	if hokusai.ErrorCode(err) != code || hokusai.ErrorField(err) != field {
		t.Fatalf("error %v: want code %s field %q", err, code, field)
	}
}

func wantOut(t *testing.T, out string, fragments ...string) {
	t.Helper()
	for _, f := range fragments {
		if !strings.Contains(out, f) {
			t.Fatalf("output lacks %q:\n%s", f, out)
		}
	}
}

func TestChainCommands(t *testing.T) {
	srv := startChainAPI(t)
	create := []string{"model", "create", "--server", srv, "--name", "Iris classifier", "--metric", "accuracy",
		"--direction", "max", "--license", "decentralized", "--preset", "growth", "--description", "demo", "--tags", "a,b"}

	// Bad input is refused before anything is signed, naming the flag.
	_, err := run(t, append(create, "--ticker", "ab", "--baseline", "0.884", "--dev-account", "1")...)
	wantCode(t, err, hokusai.EINVALID, "ticker")
	_, err = run(t, append(create, "--ticker", "IRIS", "--baseline", "1.7", "--dev-account", "1")...)
	wantCode(t, err, hokusai.EINVALID, "baseline")
	_, err = run(t, "model", "create", "--server", srv, "--name", "x", "--ticker", "IRIS", "--metric", "bleu", "--baseline", "0.5", "--dev-account", "1")
	wantCode(t, err, hokusai.EINVALID, "metric")
	_, err = run(t, append(create, "--ticker", "IRIS", "--baseline", "0.884")...)
	wantCode(t, err, hokusai.EINVALID, "keystore")
	_, err = run(t, append(create, "--ticker", "IRIS", "--baseline", "0.884", "--dev-account", "10")...)
	wantCode(t, err, hokusai.EINVALID, "dev-account")

	out, err := run(t, append(create, "--ticker", "iris", "--baseline", "0.884", "--dev-account", "1")...)
	if err != nil {
		t.Fatal(err)
	}
	wantOut(t, out, "Created model 1: Iris classifier (IRIS)", "Token", "Pool", devchain.DevAddress(1).Hex())
	if strings.Contains(out, "Note:") {
		t.Fatalf("the server did not index the model within the wait:\n%s", out)
	}
	_, err = run(t, append(create, "--ticker", "IRIS", "--baseline", "0.884", "--dev-account", "2")...)
	wantCode(t, err, hokusai.ECONFLICT, "ticker")

	out, err = run(t, "pool", "quote", "IRIS", "--buy", "10", "--server", srv)
	if err != nil {
		t.Fatal(err)
	}
	wantOut(t, out, "Buying with 10 USDC gives 997 IRIS (fee 0.03 USDC).", "Average price 0.01003009 USDC per IRIS, fee included.")

	out, err = run(t, "pool", "buy", "iris", "--usdc", "10", "--slippage", "0.5%", "--dev-account", "2", "--server", srv)
	if err != nil {
		t.Fatal(err)
	}
	wantOut(t, out, "Bought 997 IRIS for 10 USDC (fee 0.03 USDC).", "Price now 0.01 USDC per IRIS.", "Approval tx", "Buy tx")

	out, err = run(t, "token", "balance", "1", "--dev-account", "2", "--server", srv)
	if err != nil {
		t.Fatal(err)
	}
	wantOut(t, out, devchain.DevAddress(2).Hex()+" holds 997 IRIS (model 1) and 999990 USDC.")

	_, err = run(t, "pool", "buy", "IRIS", "--usdc", "300", "--dev-account", "2", "--server", srv)
	wantCode(t, err, hokusai.EINVALID, "amount")
	_, err = run(t, "pool", "buy", "IRIS", "--usdc", "10", "--slippage", "150%", "--dev-account", "2", "--server", srv)
	wantCode(t, err, hokusai.EINVALID, "slippage")
	_, err = run(t, "pool", "sell", "IRIS", "--tokens", "5000", "--dev-account", "2", "--server", srv)
	wantCode(t, err, hokusai.EINVALID, "tokens")

	out, err = run(t, "pool", "sell", "IRIS", "--tokens", "100", "--dev-account", "2", "--server", srv)
	if err != nil {
		t.Fatal(err)
	}
	wantOut(t, out, "Sold 100 IRIS for ", "Sell tx")

	// A keystore key works the same as a dev account, and a wrong
	// passphrase names the fix.
	dir := t.TempDir()
	ks, pw := filepath.Join(dir, "key.json"), filepath.Join(dir, "pw")
	if err := chain.WriteKeystore(ks, devchain.DevKey(2), "s3cret", true); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(pw, []byte("s3cret\n"), 0o600)
	out, err = run(t, "token", "balance", "IRIS", "--keystore", ks, "--password-file", pw, "--server", srv)
	if err != nil {
		t.Fatal(err)
	}
	wantOut(t, out, devchain.DevAddress(2).Hex()+" holds 897 IRIS")
	os.WriteFile(pw, []byte("wrong\n"), 0o600)
	_, err = run(t, "token", "balance", "IRIS", "--keystore", ks, "--password-file", pw, "--server", srv)
	wantCode(t, err, hokusai.EINVALID, "password")

	out, err = run(t, "pool", "quote", "IRIS", "--sell", "100", "--json", "--server", srv)
	if err != nil {
		t.Fatal(err)
	}
	var q map[string]any
	if err := json.Unmarshal([]byte(out), &q); err != nil || q["side"] != "sell" || q["tokens_in"] != "100" || q["usdc_out"] == "" {
		t.Fatalf("quote --json = %s (%v)", out, err)
	}
	out, err = run(t, "token", "balance", "IRIS", "--address", devchain.DevAddress(2).Hex(), "--json", "--server", srv)
	if err != nil {
		t.Fatal(err)
	}
	var b map[string]any
	if err := json.Unmarshal([]byte(out), &b); err != nil || b["balance"] != "897" || b["ticker"] != "IRIS" {
		t.Fatalf("balance --json = %s (%v)", out, err)
	}
	out, err = run(t, "pool", "show", "IRIS", "--server", srv)
	if err != nil {
		t.Fatal(err)
	}
	wantOut(t, out, "Phase", "flat", "Reserve")
	_, err = run(t, "pool", "show", "NOPE", "--server", srv)
	wantCode(t, err, hokusai.ENOTFOUND, "")
}

func TestWalletCreate(t *testing.T) {
	dir := t.TempDir()
	ks, pw := filepath.Join(dir, "me.json"), filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("short\n"), 0o600)
	_, err := run(t, "wallet", "create", "--keystore", ks, "--password-file", pw)
	wantCode(t, err, hokusai.EINVALID, "password")
	os.WriteFile(pw, []byte("correct horse battery\n"), 0o600)
	out, err := run(t, "wallet", "create", "--keystore", ks, "--password-file", pw, "--light-kdf")
	if err != nil {
		t.Fatal(err)
	}
	addrOut, err := run(t, "wallet", "address", "--keystore", ks)
	if err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimSpace(addrOut)
	wantOut(t, out, "Created "+ks+" for address "+addr)
	key, err := chain.LoadKeystore(ks, "correct horse battery")
	if err != nil || crypto.PubkeyToAddress(key.PublicKey).Hex() != addr {
		t.Fatalf("the keystore opens to %v (%v), want %s", key, err, addr)
	}
	_, err = run(t, "wallet", "create", "--keystore", ks, "--password-file", pw)
	wantCode(t, err, hokusai.EINVALID, "keystore")
}
