package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
)

// chainDevProcess is `hokusai chain dev` as a child process: the one chain
// the replicas share.
type chainDevProcess struct {
	cmd    *exec.Cmd
	dir    string
	rpcURL string
	out    *syncBuffer
}

var chainRPCLine = regexp.MustCompile(`Chain RPC\s+(http://\S+)`)

func startChainDevProcess(t testing.TB) *chainDevProcess {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command(hokusaiBinary(t), "chain", "dev", "--data-dir", dir, "--rpc-addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &chainDevProcess{cmd: cmd, dir: dir, out: &syncBuffer{}}
	cmd.Stderr = p.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			fmt.Fprintln(p.out, sc.Text())
			if m := chainRPCLine.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case p.rpcURL = <-found:
	case <-time.After(180 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("hokusai chain dev did not print its RPC URL:\n%s", p.out)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	return p
}

// replicaSet is N `hokusai serve` processes on one PostgreSQL database, one
// chain and one S3 bucket, each with its own data directory.
type replicaSet struct {
	t     testing.TB
	args  []string // shared serve flags
	dirs  []string
	nodes []*liveServer
}

func (rs *replicaSet) start(i int) {
	rs.t.Helper()
	rs.nodes[i] = startLive(rs.t, rs.dirs[i], rs.args...)
}

// kill SIGKILLs replica i: no shutdown, no flush, whatever it was doing.
func (rs *replicaSet) kill(i int) {
	rs.t.Helper()
	s := rs.nodes[i]
	if err := s.cmd.Process.Kill(); err != nil {
		rs.t.Fatal(err)
	}
	_ = s.cmd.Wait()
}

func (rs *replicaSet) urls() []string {
	u := make([]string, len(rs.nodes))
	for i, n := range rs.nodes {
		u[i] = n.apiURL
	}
	return u
}

// TestReplicasShareOnePostgreSQL runs three real `hokusai serve` processes
// on one PostgreSQL database, one `hokusai chain dev` chain and one S3
// bucket. 200 clients spread over the three spend one consumer's last
// credits while one replica is SIGKILLed and restarted: exactly
// ⌊spendable/price⌋ calls are paid and the balance never goes negative.
// The replica that settles is SIGKILLed mid-settlement: every usage record
// settles exactly once and the pool's reserve grows by exactly the fees
// less the configured shares. A contribution sent to one replica is
// evaluated once and mints once while another replica is killed.
func TestReplicasShareOnePostgreSQL(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain, PostgreSQL and three servers")
	}
	ctx := context.Background()
	dev := startChainDevProcess(t)
	db := pgtest.NewDatabase(t)

	blobsURL := startS3(t)
	t.Setenv("HOKUSAI_SETTLE_INTERVAL", "300ms")

	rs := &replicaSet{t: t, nodes: make([]*liveServer, 3),
		args: []string{"--config", filepath.Join(dev.dir, "replica.yaml"), "--database", db, "--blobs", blobsURL, "--eval-timeout", "20s"}}
	for i := range rs.nodes {
		rs.dirs = append(rs.dirs, t.TempDir())
		rs.start(i)
	}
	t.Cleanup(func() {
		if !t.Failed() {
			return
		}
		for i, n := range rs.nodes {
			var keep []string
			for _, l := range strings.Split(n.out.String(), "\n") {
				if !strings.Contains(l, "msg=http ") {
					keep = append(keep, l)
				}
			}
			t.Logf("replica %d (requests left out):\n%s", i, strings.Join(keep, "\n"))
		}
	})

	c, err := chain.Dial(ctx, dev.rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	txmgrtest.Attach(t, c)
	p, err := chain.LoadProtocol(filepath.Join(dev.dir, "protocol.json"))
	if err != nil || p == nil || p.Mint == nil {
		t.Fatalf("protocol record: %+v %v", p, err)
	}
	// Infrastructure 2%, protocol fee 1%: the reserve gets the rest.
	if _, err := c.SetSettlementFees(ctx, devchain.DevKey(0), p.Mint.Router, devchain.DevAddress(9), 100, devchain.DevAddress(8), 200); err != nil {
		t.Fatal(err)
	}

	// Improving: a contribution sent to replica 0 is evaluated once and
	// mints once while replica 1 is killed (whichever replica's job runner
	// took the evaluation).
	rows := setupVotesModel(t, rs.nodes[0])
	if out := rs.nodes[0].cli(t, "contribute", "VOTES", "--file", rows, "--dev-account", "2", "--idempotency-key", "replicas-1"); !strings.Contains(out, "Submitted contribution 1") {
		t.Fatalf("contribute: %s", out)
	}
	rs.kill(1)
	// A job held by the killed replica is rescued by River once its run
	// time is over (--eval-timeout + the attestation wait + 45 s).
	var out string
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(time.Second) {
		out = rs.nodes[2].cli(t, "contribution", "show", "1")
		if strings.Contains(out, "status           accepted") && strings.Contains(out, "mint tx") {
			break
		}
		if strings.Contains(out, "rejected") || time.Now().After(deadline) {
			t.Fatalf("contribution: %s", out)
		}
	}
	rs.start(1)
	if out := rs.nodes[1].cli(t, "contribute", "VOTES", "--file", rows, "--dev-account", "2", "--idempotency-key", "replicas-1"); !strings.Contains(out, "Already submitted") {
		t.Fatalf("retry through another replica: %s", out)
	}
	assertMintedOnce(t, ctx, dev.rpcURL, filepath.Join(dev.dir, "protocol.json"), db)

	// A model created and registered through replica 0 is served by all.
	rs.nodes[0].cli(t, "model", "create", "--dev-account", "1", "--name", "Replicated", "--ticker", "REPL",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	model := ledgerWaitModel(t, rs.nodes[1], "REPL")
	ledgerRegisterVotes(t, rs.nodes[0], "REPL")
	for _, n := range rs.nodes {
		ledgerWaitModel(t, n, "REPL")
	}
	reserve0 := ledgerPoolReserve(t, c, common.HexToAddress(model.Pool))

	// The consumer deposits through replica 1; every replica sees it.
	consumer := devchain.DevAddress(2)
	rs.nodes[1].cli(t, "credits", "deposit", "--usdc", "0.5", "--dev-account", "2")
	for _, n := range rs.nodes {
		ledgerWaitCredits(t, n, consumer, 500_000)
	}
	key := strings.TrimSpace(rs.nodes[2].cli(t, "keys", "create", "--dev-account", "2", "--scopes", "call", "--name", "replicas"))

	// One call tells the price.
	first := meteredCall(t, rs.nodes[0].apiURL, key, "price-probe")
	if first.status != 200 || first.fee <= 0 {
		t.Fatalf("first call: %+v", first)
	}
	price := first.fee
	cr, err := serverCredits(ctx, rs.nodes[0].apiURL, consumer)
	if err != nil {
		t.Fatal(err)
	}
	spendable := cr.Spendable
	want := spendable / price
	t.Logf("price %d micro-USDC, spendable %d: %d calls can be paid", price, spendable, want)

	// 200 clients, round-robin over the replicas, each calling until it is
	// refused with 402. A call whose replica dies is retried on the next
	// one with the same idempotency key, so it is paid at most once.
	var (
		paid, refused atomic.Int64
		fees          atomic.Int64
		killOnce      sync.Once
		wg            sync.WaitGroup
		urlsMu        sync.RWMutex
		urls          = rs.urls()
	)
	// The first replica (not the one killed for the load) to send a
	// settlement during the load is SIGKILLed right after, and restarted.
	settleKilled := make(chan struct{})
	go func() {
		defer close(settleKilled)
		seen := map[int]int{}
		for i, n := range rs.nodes {
			seen[i] = strings.Count(n.out.String(), "settlement sent")
		}
		for deadline := time.Now().Add(120 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			for i := 0; i < 2; i++ {
				if strings.Count(rs.nodes[i].out.String(), "settlement sent") > seen[i] {
					rs.kill(i)
					rs.start(i)
					urlsMu.Lock()
					urls = rs.urls()
					urlsMu.Unlock()
					t.Logf("replica %d SIGKILLed right after it sent a settlement", i)
					return
				}
			}
		}
		t.Errorf("no replica sent a settlement during the load")
	}()
	for cl := 0; cl < 200; cl++ {
		wg.Add(1)
		go func(cl int) {
			defer wg.Done()
			for n := 0; ; n++ {
				idem := fmt.Sprintf("client-%d-call-%d", cl, n)
				var r callResult
				for try := 0; ; try++ {
					urlsMu.RLock()
					u := urls[(cl+n+try)%len(urls)]
					urlsMu.RUnlock()
					r = meteredCall(t, u, key, idem)
					if r.status == http.StatusTooManyRequests {
						// Over the key's rate limit: back off, same idempotency key.
						time.Sleep(20 * time.Millisecond)
						try--
						continue
					}
					if r.status != 0 {
						break
					}
					if try > 50 {
						t.Errorf("client %d: no replica answered call %d", cl, n)
						return
					}
					time.Sleep(50 * time.Millisecond)
				}
				switch r.status {
				case 200:
					if r.fee != price {
						t.Errorf("charged %d, price is %d", r.fee, price)
					}
					fees.Add(r.fee)
					if paid.Add(1) == want/3 {
						killOnce.Do(func() {
							go func() {
								rs.kill(2)
								rs.start(2)
								urlsMu.Lock()
								urls = rs.urls()
								urlsMu.Unlock()
							}()
						})
					}
				case 402:
					refused.Add(1)
					return
				default:
					t.Errorf("client %d: status %d %s", cl, r.status, r.body)
					return
				}
			}
		}(cl)
	}
	wg.Wait()
	<-settleKilled
	if t.Failed() {
		t.FailNow()
	}
	if paid.Load() != want || refused.Load() != 200 {
		t.Fatalf("%d calls paid and %d refused; want exactly %d paid and all 200 clients refused at the end", paid.Load(), refused.Load(), want)
	}
	for _, n := range rs.nodes {
		cr, err := serverCredits(ctx, n.apiURL, consumer)
		if err != nil {
			t.Fatal(err)
		}
		if cr.Spendable != spendable-want*price || cr.Spendable < 0 {
			t.Fatalf("%s: spendable %d after %d paid calls; want %d", n.apiURL, cr.Spendable, want, spendable-want*price)
		}
	}
	charged := price + fees.Load() // the probe and the load

	logs := waitSettledTotal(t, ctx, c, p.Mint.Router, p.Mint.Block, charged)
	var wantReserve int64
	for _, lg := range logs {
		ev, err := bindings.NewUsageFeeRouter().UnpackBatchSettledEvent(&lg)
		if err != nil {
			t.Fatal(err)
		}
		g := ev.Total.Int64()
		wantReserve += g - g*200/10_000 - g*100/10_000 // one model per batch
	}
	grew := new(big.Int).Sub(ledgerPoolReserve(t, c, common.HexToAddress(model.Pool)), reserve0).Int64()
	if grew != wantReserve {
		t.Fatalf("reserve grew by %d, want %d (fees %d less 3%%)", grew, wantReserve, charged)
	}
	va, _ := c.CreditBalance(ctx, p.Mint.Vault, consumer)
	if va.Int64() != 500_000-charged {
		t.Fatalf("vault credit of the consumer: %s, want %d", va, 500_000-charged)
	}
	assertUsageSettledOnce(t, ctx, db, want+1)
}

type callResult struct {
	status int // 0: no answer (the replica is down)
	fee    int64
	body   string
}

func meteredCall(t testing.TB, url, key, idem string) callResult {
	req, _ := http.NewRequest(http.MethodPost, url+"/v1/models/REPL/predict",
		strings.NewReader(`{"input": {"physician-fee-freeze": "y", "el-salvador-aid": "y", "crime": "y"}}`))
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	if idem != "" {
		req.Header.Set("Idempotency-Key", idem)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return callResult{}
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var r struct {
		FeeMicros int64 `json:"fee_charged_micros"`
	}
	_ = json.Unmarshal(b, &r)
	return callResult{status: resp.StatusCode, fee: r.FeeMicros, body: string(b)}
}

// waitSettledTotal waits until the router's BatchSettled events add up to
// total and returns them; more than total fails at once.
func waitSettledTotal(t *testing.T, ctx context.Context, c *chain.Client, router common.Address, from uint64, total int64) []types.Log {
	t.Helper()
	deadline := time.Now().Add(120 * time.Second)
	for {
		logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{router},
			Topics: [][]common.Hash{{bindings.NewUsageFeeRouter().GetABI().Events["BatchSettled"].ID}},
		})
		if err != nil {
			t.Fatal(err)
		}
		var sum int64
		for _, lg := range logs {
			ev, err := bindings.NewUsageFeeRouter().UnpackBatchSettledEvent(&lg)
			if err != nil {
				t.Fatal(err)
			}
			sum += ev.Total.Int64()
		}
		if sum > total {
			t.Fatalf("settled %d micro-USDC on-chain, more than the %d charged", sum, total)
		}
		if sum == total {
			return logs
		}
		if time.Now().After(deadline) {
			t.Fatalf("settled %d of %d micro-USDC after 120 s", sum, total)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// assertUsageSettledOnce checks the shared database: every usage record is
// settled, each in exactly one settled batch, and there are calls of them.
func assertUsageSettledOnce(t *testing.T, ctx context.Context, url string, calls int64) {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var rows, open, unbatched, total, batched int64
	// The chain has every settlement; the replicas mark them in the
	// database once they see the receipts.
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		err = db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE settled <> 1), count(*) FILTER (WHERE batch IS NULL),
			coalesce(sum(calls), 0), (SELECT coalesce(sum(calls), 0) FROM ledger_batches WHERE status = 'settled')
			FROM ledger_usage WHERE amount > 0`).Scan(&rows, &open, &unbatched, &total, &batched)
		if err != nil {
			t.Fatal(err)
		}
		if open == 0 || time.Now().After(deadline) {
			break
		}
	}
	if open != 0 || unbatched != 0 || total != calls || batched != calls {
		t.Fatalf("usage: %d records (%d calls), %d not settled, %d in no batch; settled batches hold %d calls; want %d calls, all settled once",
			rows, total, open, unbatched, batched, calls)
	}
}

// assertMintedOnce checks the chain and the shared database after one
// accepted contribution: one DeltaOneVerified event, one evaluation, one
// mint record.
func assertMintedOnce(t *testing.T, ctx context.Context, rpcURL, protocolFile, url string) {
	t.Helper()
	c, err := chain.Dial(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	p, err := chain.LoadProtocol(protocolFile)
	if err != nil {
		t.Fatal(err)
	}
	ab, _ := bindings.DeltaOneVerifierMetaData.ParseABI()
	logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{p.Mint.Verifier}, Topics: [][]common.Hash{{ab.Events["DeltaOneVerified"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var evals, mints int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM evaluations), (SELECT count(*) FROM mints)`).Scan(&evals, &mints); err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 || evals != 1 || mints != 1 {
		t.Fatalf("%d DeltaOneVerified events, %d evaluations, %d mint records; want exactly one each", len(logs), evals, mints)
	}
}

// startS3 serves a real S3-protocol server (gofakes3) on a free port with
// a bucket for packages, sets the credentials the replicas read, and
// returns the --blobs URL.
func startS3(t testing.TB) string {
	t.Helper()
	backend := s3mem.New()
	srv := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(srv.Close)
	if err := backend.CreateBucket("packages"); err != nil {
		t.Fatal(err)
	}
	t.Setenv("AWS_ACCESS_KEY_ID", "hokusai")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "hokusai-secret")
	return "s3://packages/replicas?endpoint=" + srv.URL + "&region=us-east-1&path_style=1"
}
