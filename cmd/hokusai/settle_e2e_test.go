package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// TestEndToEndSettlementSurvivesSIGKILL runs the real binary: a server
// settles metered usage on a chain hosted by another server (so killing it
// does not kill the chain), is killed with SIGKILL after broadcasting a
// settlement and before seeing its receipt, and restarts. Every usage
// record settles exactly once, nothing is sent twice, the pool's reserve
// grows by exactly the fees less the configured shares, and `hokusai
// reconcile` finds no difference — until the database is tampered with.
func TestEndToEndSettlementSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	t.Setenv("HOKUSAI_SETTLE_INTERVAL", "300ms")
	t.Setenv("HOKUSAI_SETTLE_PAUSE", "")
	host := startLive(t, t.TempDir())
	dir := t.TempDir()
	ext := externalChainFlags(t, host)
	t.Setenv("HOKUSAI_SETTLE_PAUSE", "journaled:10m")
	t.Setenv("HOKUSAI_EVALUATOR_KEY", hex.EncodeToString(crypto.FromECDSA(devchain.DevKey(6))))
	srv := startLive(t, dir, ext...)

	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Metered", "--ticker", "METR",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	model := ledgerWaitModel(t, srv, "METR")
	ledgerRegisterVotes(t, srv, "METR")

	ctx := context.Background()
	c, err := chain.Dial(ctx, host.rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	txmgrtest.Attach(t, c)
	p, err := chain.LoadProtocol(filepath.Join(dir, "protocol.json"))
	if err != nil || p == nil || p.Mint == nil {
		t.Fatalf("protocol record: %+v %v", p, err)
	}
	// Infrastructure 2%, protocol fee 1%: the reserve gets the rest.
	if _, err := c.SetSettlementFees(ctx, devchain.DevKey(5), p.Mint.Router, devchain.DevAddress(9), 100, devchain.DevAddress(8), 200); err != nil {
		t.Fatal(err)
	}

	a, b := devchain.DevAddress(2), devchain.DevAddress(3)
	srv.cli(t, "credits", "deposit", "--usdc", "5", "--dev-account", "2")
	srv.cli(t, "credits", "deposit", "--usdc", "2.5", "--for", b.Hex(), "--dev-account", "4")
	ledgerWaitCredits(t, srv, a, 5_000_000)
	ledgerWaitCredits(t, srv, b, 2_500_000)
	cr, err := sdk.New(srv.apiURL).API().GetCreditsWithResponse(ctx, a.Hex())
	if err != nil || cr.StatusCode() != 200 {
		t.Fatalf("GET /v1/credits: %v %s", err, cr.Body)
	}
	var oc oapi.Credits
	strictDecode(t, "credits", cr.Body, &oc)
	if oc.Consumer != a.Hex() || oc.Deposited != 5_000_000 || oc.Spendable != 5_000_000 {
		t.Fatalf("GET /v1/credits: %s", cr.Body)
	}
	if out := srv.cli(t, "credits", "balance", "--dev-account", "2"); !strings.Contains(out, "Spendable") || !strings.Contains(out, "5 USDC") {
		t.Fatalf("credits balance:\n%s", out)
	}
	reserve0 := ledgerPoolReserve(t, c, common.HexToAddress(model.Pool))

	// Usage: a's through real metered calls to the server (predict and
	// batch_predict with an API key); b's written by the ledger itself into
	// the server's database from this process, as a second writer.
	key := strings.TrimSpace(srv.cli(t, "keys", "create", "--dev-account", "2", "--scopes", "call", "--name", "settle-e2e"))
	db, l := openServerLedger(t, dir)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		paidByA  int64
		callsByA int64
	)
	row := `{"physician-fee-freeze": "y", "el-salvador-aid": "y", "crime": "y"}`
	call := func(path, body string, rows int64) {
		defer wg.Done()
		req, _ := http.NewRequest(http.MethodPost, srv.apiURL+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return
		}
		defer resp.Body.Close()
		var r struct {
			FeeMicros int64 `json:"fee_charged_micros"`
			UsageID   int64 `json:"usage_id"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || resp.StatusCode != 200 || r.FeeMicros <= 0 || r.UsageID == 0 {
			t.Errorf("%s: %s %+v %v", path, resp.Status, r, err)
			return
		}
		mu.Lock()
		paidByA += r.FeeMicros
		callsByA += rows
		mu.Unlock()
	}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go call("/v1/models/METR/predict", `{"input": `+row+`}`, 1)
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go call("/v1/models/METR/batch_predict", `{"inputs": [`+strings.Repeat(row+",", 4)+row+`]}`, 5)
	}
	charge := func(who common.Address, n int, amount int64, calls uint64) {
		defer wg.Done()
		for i := 0; i < n; i++ {
			if _, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: model.ID, KeyID: "e2e", Calls: calls, Amount: amount}); err != nil {
				t.Error(err)
				return
			}
		}
	}
	wg.Add(2)
	go charge(b, 25, 3_000, 1)
	go charge(b, 25, 3_001, 1)
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	charged := paidByA + 25*3_000 + 25*3_001
	if callsByA != 45 || paidByA <= 0 {
		t.Fatalf("a made %d calls for %d micro-USDC", callsByA, paidByA)
	}

	// Kill 1: the settler has journaled a batch and sent nothing.
	ledgerWaitLog(t, srv, "settler paused")
	if err := srv.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = srv.cmd.Wait()
	pending, err := l.Batches(ctx, ledger.StatusPending)
	if err != nil || len(pending) != 1 {
		t.Fatalf("after kill 1: %d pending batches (%v)", len(pending), err)
	}
	killed := pending[0]
	if done, err := ledger.IsBatchSettled(ctx, c, p.Mint.Router, killed.BatchID); err != nil || done {
		t.Fatalf("a batch only journaled is on-chain: %v %v", done, err)
	}
	if n := settleAttempts(t, db, killed); n != 0 {
		t.Fatalf("%d attempts recorded for a batch never sent", n)
	}

	// Kill 2: restarted, the settler sends that batch and is killed before
	// it sees the receipt.
	t.Setenv("HOKUSAI_SETTLE_PAUSE", "broadcast:10m")
	srv = startLive(t, dir, ext...)
	ledgerWaitLog(t, srv, "settler paused")
	if err := srv.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = srv.cmd.Wait()
	pending, err = l.Batches(ctx, ledger.StatusPending)
	if err != nil || len(pending) != 1 || pending[0].BatchID != killed.BatchID {
		t.Fatalf("after kill 2: pending %+v (%v); want batch %s", pending, err, killed.BatchID.Hex())
	}
	if done, err := ledger.IsBatchSettled(ctx, c, p.Mint.Router, killed.BatchID); err != nil || !done {
		t.Fatalf("the broadcast batch is not on-chain: %v %v", done, err)
	}
	if n := settleAttempts(t, db, killed); n != 1 {
		t.Fatalf("%d attempts after the broadcast, want 1", n)
	}

	// Restart without the pause; the settler finds the batch on-chain.
	t.Setenv("HOKUSAI_SETTLE_PAUSE", "")
	srv = startLive(t, dir, ext...)
	waitAllSettled(t, db, srv)

	batches, err := l.Batches(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var dbTotal, calls int64
	for _, bt := range batches {
		if bt.Status != ledger.StatusSettled {
			t.Fatalf("batch %s is %s", bt.BatchID.Hex(), bt.Status)
		}
		dbTotal += bt.Total
		calls += bt.Calls
	}
	if dbTotal != charged || calls != 45+50 {
		t.Fatalf("batches hold %d micro-USDC over %d calls; want %d over 95", dbTotal, calls, charged)
	}
	if n := settleAttempts(t, db, killed); n != 1 {
		t.Fatalf("the batch settled before the kill was sent %d times", n)
	}
	// The chain: one BatchSettled per batch, and their totals.
	logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(p.Mint.Block), Addresses: []common.Address{p.Mint.Router},
		Topics: [][]common.Hash{{bindings.NewUsageFeeRouter().GetABI().Events["BatchSettled"].ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var chainTotal int64
	var wantReserve int64
	for _, lg := range logs {
		ev, err := bindings.NewUsageFeeRouter().UnpackBatchSettledEvent(&lg)
		if err != nil {
			t.Fatal(err)
		}
		g := ev.Total.Int64()
		chainTotal += g
		wantReserve += g - g*200/10_000 - g*100/10_000 // one model per batch here
	}
	if len(logs) != len(batches) || chainTotal != charged {
		t.Fatalf("chain: %d settlements totalling %d; database: %d batches totalling %d", len(logs), chainTotal, len(batches), charged)
	}
	grew := new(big.Int).Sub(ledgerPoolReserve(t, c, common.HexToAddress(model.Pool)), reserve0).Int64()
	if grew != wantReserve {
		t.Fatalf("reserve grew by %d, want %d (fees %d less 3%%)", grew, wantReserve, charged)
	}
	va, _ := c.CreditBalance(ctx, p.Mint.Vault, a)
	if va.Int64() != 5_000_000-paidByA {
		t.Fatalf("vault credit of %s: %s", a.Hex(), va)
	}

	// The ledger's gauges are on the server's /metrics.
	mresp, err := http.Get(srv.apiURL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	mbody, _ := io.ReadAll(mresp.Body)
	mresp.Body.Close()
	for _, want := range []string{"hokusai_unsettled_usage_usdc 0\n", "hokusai_settlement_lag_seconds 0\n", "hokusai_settlement_pending_batches 0\n",
		fmt.Sprintf("hokusai_settled_batches %d\n", len(batches))} {
		if !strings.Contains(string(mbody), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	// A withdrawal request holds credit back at once; completing it
	// before the vault's delay is refused with the time it is ready.
	srv.cli(t, "credits", "withdraw", "request", "--usdc", "1", "--dev-account", "2")
	deadline := time.Now().Add(30 * time.Second)
	for {
		cr, err := serverCredits(ctx, srv.apiURL, a)
		if err == nil && cr.PendingWithdrawal == 1_000_000 && cr.Spendable == 4_000_000-paidByA {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("credits after the withdrawal request: %+v %v", cr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if _, errOut, code := srv.cliCode(t, "credits", "withdraw", "complete", "--dev-account", "2"); code != 9 || !strings.Contains(errOut, "WithdrawalNotReady") && !strings.Contains(strings.ToLower(errOut), "ready") {
		t.Fatalf("early withdrawal: exit %d %s", code, errOut)
	}

	// reconcile: clean, then tampered.
	out := srv.cli(t, "reconcile", "--data-dir", dir, "--rpc", host.rpcURL)
	if !strings.Contains(out, "No differences.") {
		t.Fatalf("reconcile after settlement:\n%s", out)
	}
	if _, err := db.SQL().Exec(`UPDATE ledger_usage SET amount = amount - 1 WHERE id = (SELECT MAX(id) FROM ledger_usage WHERE consumer = ?)`, b.Hex()); err != nil {
		t.Fatal(err)
	}
	out, _, code := srv.cliCode(t, "reconcile", "--data-dir", dir, "--rpc", host.rpcURL)
	if code != 1 || !strings.Contains(out, b.Hex()) || !strings.Contains(out, "[entry]") {
		t.Fatalf("reconcile after tampering: exit %d\n%s", code, out)
	}
}

// ledgerRegisterVotes packages the house-votes logistic regression and
// registers it as the model's first version, so it can be called.
func ledgerRegisterVotes(t testing.TB, srv *liveServer, ticker string) {
	t.Helper()
	srv.cli(t, "model", "register", ticker, "--package", packageVotes(t, srv, "1.0.0", "1"), "--dev-account", "1")
}

// packageVotes packages the house-votes linear model as version, signed
// by dev account account, and returns the archive's path.
func packageVotes(t testing.TB, srv *liveServer, version, account string) string {
	t.Helper()
	dir := t.TempDir()
	model, err := os.ReadFile("../../testdata/models/house-votes-84-linear/model.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "m"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "m", "model.json"), model, 0o644); err != nil {
		t.Fatal(err)
	}
	meta := `{"name": "house-votes", "version": "` + version + `", "description": "Party from 16 votes.", "architecture": "logistic regression",
 "training": {"methodology": "L-BFGS", "recipe": {"runtime": "linear", "seed": 1}},
 "input_schema": {"type": "object"}, "output_schema": {"type": "object"},
 "runtime": {"kind": "linear", "entrypoint": "model.json"}, "metrics": {"accuracy": 0.926}}`
	if err := os.WriteFile(filepath.Join(dir, "meta.json"), []byte(meta), 0o644); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(dir, "p.hkpkg")
	srv.cli(t, "package", filepath.Join(dir, "m"), "--metadata", filepath.Join(dir, "meta.json"), "--version", version, "--dev-account", account, "-o", pkg)
	return pkg
}

// ledgerWaitModel waits for the server to index a model and returns it.
func ledgerWaitModel(t testing.TB, srv *liveServer, ref string) shownModel {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		out, _, code := srv.cliCode(t, "model", "show", ref, "--json")
		if code == 0 {
			var m shownModel
			if err := json.Unmarshal([]byte(out), &m); err == nil && m.Pool != "" {
				return m
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("model %s never showed up: %s", ref, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// ledgerWaitCredits waits until the server's ledger has seen who's deposit.
func ledgerWaitCredits(t testing.TB, srv *liveServer, who common.Address, deposited int64) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := serverCredits(context.Background(), srv.apiURL, who)
		if err == nil && c.Deposited == deposited && c.Spendable == deposited {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("credits of %s: %+v %v; want %d deposited", who.Hex(), c, err, deposited)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// ledgerWaitLog waits for a line in the server's output.
func ledgerWaitLog(t *testing.T, srv *liveServer, s string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(srv.out.String(), s) {
		if time.Now().After(deadline) {
			t.Fatalf("the server never logged %q\n%s", s, srv.out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func ledgerPoolReserve(t testing.TB, c *chain.Client, pool common.Address) *big.Int {
	t.Helper()
	pb := bindings.NewModelPool()
	out, err := c.Backend.CallContract(context.Background(), ethereum.CallMsg{To: &pool, Data: pb.PackReserve()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := pb.UnpackReserve(out)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestEndToEndSettlementEmbeddedChainSIGKILL: one server with its embedded
// dev chain is killed with SIGKILL once a settlement it broadcast is in a
// block, before it marks the batch; the restarted server (same chain, from
// disk) marks it without sending it again and settles the rest, and the
// pool's reserve grows by exactly the fees.
func TestEndToEndSettlementEmbeddedChainSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	// The embedded chain itself is killed here too: devchain flushes its
	// database on every new head, so no mined block (the deposit below
	// among them) is lost.
	t.Setenv("HOKUSAI_SETTLE_INTERVAL", "300ms")
	t.Setenv("HOKUSAI_SETTLE_PAUSE", "broadcast:10m")
	dir := t.TempDir()
	srv := startLive(t, dir)
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Killed", "--ticker", "KILL",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	model := ledgerWaitModel(t, srv, "KILL")
	a := devchain.DevAddress(2)
	srv.cli(t, "credits", "deposit", "--usdc", "3", "--dev-account", "2")
	ledgerWaitCredits(t, srv, a, 3_000_000)

	ctx := context.Background()
	c, err := chain.Dial(ctx, srv.rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	p, err := chain.LoadProtocol(filepath.Join(dir, "protocol.json"))
	if err != nil || p == nil || p.Mint == nil {
		t.Fatalf("protocol record: %+v %v", p, err)
	}
	reserve0 := ledgerPoolReserve(t, c, common.HexToAddress(model.Pool))
	db, l := openServerLedger(t, dir)
	const n, price = 60, 2_500
	for i := 0; i < n; i++ {
		if _, err := l.Charge(ctx, hokusai.Charge{Consumer: a.Hex(), ModelID: model.ID, Calls: 1, Amount: price}); err != nil {
			t.Fatal(err)
		}
	}
	ledgerWaitLog(t, srv, "settler paused")
	pending, err := l.Batches(ctx, ledger.StatusPending)
	if err != nil || len(pending) != 1 {
		t.Fatalf("%d pending batches (%v)", len(pending), err)
	}
	killed := pending[0]
	deadline := time.Now().Add(30 * time.Second)
	for {
		done, err := ledger.IsBatchSettled(ctx, c, p.Mint.Router, killed.BatchID)
		if err == nil && done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the broadcast settlement never reached a block: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	c.Close()
	if err := srv.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = srv.cmd.Wait()

	t.Setenv("HOKUSAI_SETTLE_PAUSE", "")
	srv = startLive(t, dir)
	waitAllSettled(t, db, srv)
	if n := settleAttempts(t, db, killed); n != 1 {
		t.Fatalf("the batch in a block before the kill was sent %d times", n)
	}
	c, err = chain.Dial(ctx, srv.rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if grew := new(big.Int).Sub(ledgerPoolReserve(t, c, common.HexToAddress(model.Pool)), reserve0).Int64(); grew != n*price {
		t.Fatalf("reserve grew by %d, want %d (no shares configured)", grew, n*price)
	}
	if bal, _ := c.CreditBalance(ctx, p.Mint.Vault, a); bal.Int64() != 3_000_000-n*price {
		t.Fatalf("vault credit %s, want %d", bal, 3_000_000-n*price)
	}
	if out := srv.cli(t, "reconcile", "--data-dir", dir); !strings.Contains(out, "No differences.") {
		t.Fatalf("reconcile:\n%s", out)
	}
}

// waitAllSettled waits up to 90 s for the restarted server to settle every
// usage row.
func waitAllSettled(t *testing.T, db *sqlite.DB, srv *liveServer) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		var open int
		if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM ledger_usage WHERE settled != 1`).Scan(&open); err != nil {
			t.Fatal(err)
		}
		if open == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d usage rows still unsettled after the restart\n%s", open, srv.out)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// settleAttempts counts the signed transactions (first sends and gas
// bumps) the server's transaction manager recorded for batch b.
func settleAttempts(t *testing.T, db *sqlite.DB, b *ledger.Batch) int {
	t.Helper()
	var n int
	err := db.SQL().QueryRow(`SELECT COUNT(*) FROM tx_attempts a JOIN txs t ON t.id = a.tx_id WHERE t.idempotency_key LIKE ?`, "settle "+b.BatchID.Hex()+"%").Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// openServerLedger opens the server's database in dir and its ledger from
// this process, as a second writer; both close when the test ends.
func openServerLedger(t *testing.T, dir string) (*sqlite.DB, *ledger.Service) {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(dir, "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store, err := sqlite.NewLedgerStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	l := ledger.NewService(store)
	t.Cleanup(func() { l.Close() })
	return db, l
}
