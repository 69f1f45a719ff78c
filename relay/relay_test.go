package relay_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/agent"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/relay"
	"github.com/hokusai-protocol/hokusai/sqlite"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// relayEnv is the agent's API on the simulated chain: a model owned by
// owner, a consumer made a member by a settled call, and the platform
// (dev key 0) relaying within limits counted in a real SQLite store whose
// clock the test moves.
type relayEnv struct {
	t        *testing.T
	ctx      context.Context
	c        *chain.Client
	platform *ecdsa.PrivateKey
	owner    *ecdsa.PrivateKey
	consumer *ecdsa.PrivateKey
	model    uint64
	agent    common.Address
	srv      *httptest.Server
	relay    *relay.Relay
	limits   hokusai.RelayLimitService
	reg      *prometheus.Registry

	mu  sync.Mutex
	now time.Time
	// reads counts the chain reads the client makes; lastReads is how
	// many the last request made.
	reads     *countingBackend
	lastReads int64
}

// countingBackend counts the reads a request makes of the chain.
type countingBackend struct {
	chain.Backend
	n atomic.Int64
}

func (b *countingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.n.Add(1)
	return b.Backend.CallContract(ctx, msg, block)
}

func (b *countingBackend) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	b.n.Add(1)
	return b.Backend.HeaderByNumber(ctx, number)
}

func (b *countingBackend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	b.n.Add(1)
	return b.Backend.EstimateGas(ctx, msg)
}

func newRelayEnv(t *testing.T, limits relay.Limits) *relayEnv {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for i := 0; i < devchain.DevAccounts; i++ {
		alloc[devchain.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(devchain.DevBalance)}
	}
	sim := &chain.Simulated{Backend: simulated.NewBackend(alloc)}
	t.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	c, err := sim.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counting := &countingBackend{Backend: c.Backend}
	c.Backend = counting
	txmgrtest.Attach(t, c)
	e := &relayEnv{reads: counting, t: t, ctx: ctx, c: c, platform: devchain.DevKey(0), owner: devchain.DevKey(1), consumer: devchain.DevKey(2),
		now: time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)}
	d, err := chain.DeployProtocol(ctx, c, e.platform, chain.DeployConfig{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := chain.DeployMintProtocol(ctx, c, e.platform, d, chain.MintDeployConfig{Settlers: []common.Address{devchain.DevAddress(0)}})
	if err != nil {
		t.Fatal(err)
	}
	wad := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), hokusai.WAD) }
	create := bindings.NewModelFactory().PackCreateModel(bindings.ModelFactoryCreateModelParams{
		Name: "model RLY", Ticker: "RLY", Metric: 0, Direction: 0, Baseline: big.NewInt(884e15), DeltaOne: new(big.Int), License: 0,
		InitialSupply: wad(1_000_000), TokensPerDeltaOne: wad(100_000), ExpectedDeltaOnes: big.NewInt(5), Metadata: "{}",
	})
	if _, err := c.Send(ctx, e.owner, chain.Tx{To: &d.Factory, Data: create, ABIs: chain.ProtocolABIs()}); err != nil {
		t.Fatal(err)
	}
	e.model = 1
	dao, err := c.ModelDAO(ctx, d.Registry, e.model)
	if err != nil {
		t.Fatal(err)
	}
	e.agent = dao.Agent
	// The consumer becomes a member with a settled call.
	consumer := crypto.PubkeyToAddress(e.consumer.PublicKey)
	if _, err := c.Send(ctx, e.platform, chain.Tx{To: &d.USDC, Data: bindings.NewMockUSDC().PackMint(devchain.DevAddress(0), big.NewInt(1_000_000))}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DepositCredits(ctx, e.platform, d.USDC, m.Vault, consumer, big.NewInt(1_000_000)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.SettleUsage(ctx, e.platform, m.Router, common.HexToHash("0x1"), []chain.UsageEntry{{Consumer: consumer, ModelID: e.model, Amount: 2000, Calls: 1}}); err != nil {
		t.Fatal(err)
	}
	for _, k := range []*ecdsa.PrivateKey{e.owner, e.consumer} {
		if ok, err := c.IsMember(ctx, e.agent, crypto.PubkeyToAddress(k.PublicKey)); err != nil || !ok {
			t.Fatalf("%s is not a member (%v)", crypto.PubkeyToAddress(k.PublicKey).Hex(), err)
		}
	}

	db := sqlite.NewDB(filepath.Join(t.TempDir(), "hokusai.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	models := sqlite.NewModelService(db)
	rec := storetest.NewModel(e.model, "RLY")
	rec.Owner = crypto.PubkeyToAddress(e.owner.PublicKey).Hex()
	if err := models.UpsertModel(ctx, rec); err != nil {
		t.Fatal(err)
	}
	e.reg = prometheus.NewRegistry()
	e.limits = sqlite.NewRelayLimitService(db)
	e.relay, err = relay.New(e.limits, limits, e.reg, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.relay.Now = e.clock
	s := hhttp.NewServer(hhttp.Config{Addr: "127.0.0.1:0"})
	(&agent.API{Models: models, Client: c, Registry: d.Registry, Manager: m.TokenManager, Router: m.Router,
		Platform: e.platform, Ledger: sqlite.NewAgentLedgerService(db), Relay: e.relay}).Register(s)
	e.srv = httptest.NewServer(s.Handler())
	t.Cleanup(e.srv.Close)
	return e
}

func (e *relayEnv) clock() time.Time {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.now
}

func (e *relayEnv) advance(d time.Duration) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.now = e.now.Add(d)
}

// platformNonce is the platform account's next nonce: it moves with every
// transaction the platform sends.
func (e *relayEnv) platformNonce() uint64 {
	e.t.Helper()
	n, err := e.c.Backend.PendingNonceAt(e.ctx, devchain.DevAddress(0))
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// rate signs member's rating at its current nonce and posts it.
func (e *relayEnv) rate(member *ecdsa.PrivateKey, stars uint8) (int, http.Header, map[string]any) {
	e.t.Helper()
	addr := crypto.PubkeyToAddress(member.PublicKey)
	nonce, err := e.c.RatingNonce(e.ctx, e.agent, addr)
	if err != nil {
		e.t.Fatal(err)
	}
	h, err := e.c.Backend.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	deadline := h.Time + 3600
	sig, err := chain.SignRating(member, e.c.ChainID, e.agent, stars, nonce, deadline)
	if err != nil {
		e.t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]any{"member": addr.Hex(), "stars": stars, "deadline": deadline, "signature": hexutil.Encode(sig)})
	reads := e.reads.n.Load()
	resp, err := http.Post(fmt.Sprintf("%s/v1/models/%d/ratings", e.srv.URL, e.model), "application/json", bytes.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	e.lastReads = e.reads.n.Load() - reads
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		e.t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, out
}

func errorOf(out map[string]any) (code, field, msg string) {
	e, _ := out["error"].(map[string]any)
	code, _ = e["code"].(string)
	field, _ = e["field"].(string)
	msg, _ = e["message"].(string)
	return
}

// A member's (limit+1)-th rating in a UTC day is refused with 429 and
// Retry-After before anything is sent (the platform's nonce stays);
// another member still rates; the next day the member rates again.
func TestRatingsRelayedPerMemberPerDay(t *testing.T) {
	limits := relay.DefaultLimits
	limits.RatingsPerDay = 2
	e := newRelayEnv(t, limits)
	for i, stars := range []uint8{4, 5} {
		if status, _, out := e.rate(e.owner, stars); status != http.StatusOK {
			t.Fatalf("rating %d: %d %v", i+1, status, out)
		}
	}
	before := e.platformNonce()
	status, h, out := e.rate(e.owner, 3)
	code, field, msg := errorOf(out)
	if status != http.StatusTooManyRequests || code != hokusai.ERATELIMIT || field != "relay-ratings-per-day" {
		t.Fatalf("third rating: %d %s %s %q; want 429 RATE_LIMITED on relay-ratings-per-day", status, code, field, msg)
	}
	t.Logf("third rating: %d, Retry-After %s: %s", status, h.Get("Retry-After"), msg)
	// 09:00 UTC: the day's window resets in 15 hours.
	if ra, err := strconv.Atoi(h.Get("Retry-After")); err != nil || ra != 15*3600 {
		t.Fatalf("Retry-After %q, want %d", h.Get("Retry-After"), 15*3600)
	}
	owner := crypto.PubkeyToAddress(e.owner.PublicKey).Hex()
	for _, want := range []string{owner, "2 ratings of model 1", "2026-12-05T00:00:00Z", "--relay-ratings-per-day"} {
		if !strings.Contains(msg, want) {
			t.Fatalf("message %q does not say %q", msg, want)
		}
	}
	if after := e.platformNonce(); after != before {
		t.Fatalf("a refused rating moved the platform's nonce from %d to %d", before, after)
	}
	if e.lastReads != 0 {
		t.Fatalf("a refused rating read the chain %d times; the limit comes first", e.lastReads)
	}
	if status, _, out := e.rate(e.consumer, 2); status != http.StatusOK {
		t.Fatalf("another member's rating: %d %v", status, out)
	}
	e.advance(15 * time.Hour) // 2026-12-05 00:00 UTC
	before = e.platformNonce()
	if status, _, out := e.rate(e.owner, 3); status != http.StatusOK || out["stars"] != float64(3) {
		t.Fatalf("the next day's rating: %d %v", status, out)
	}
	if after := e.platformNonce(); after != before+1 {
		t.Fatalf("the relayed rating moved the platform's nonce from %d to %d, want one transaction", before, after)
	}
	if n := e.metricSum("hokusai_relay_transactions_total"); n != 4 {
		t.Fatalf("relayed %v ratings by the metric, want 4", n)
	}
}

// metricSum sums one of the relay's counters over its labels.
func (e *relayEnv) metricSum(name string) float64 {
	e.t.Helper()
	fams, err := e.reg.Gather()
	if err != nil {
		e.t.Fatal(err)
	}
	sum := 0.0
	for _, f := range fams {
		if f.GetName() == name {
			for _, m := range f.GetMetric() {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}

// Once the hour's relay gas budget is spent, every member's relay is
// refused with the budget's own error, and nothing is sent; the next hour
// relays again. A signature that is not the member's costs no budget.
func TestRelayGasBudgetRefusesOnceSpent(t *testing.T) {
	limits := relay.DefaultLimits
	limits.GasPerHour = 120_000 // one rating's reservation fits; a second does not
	e := newRelayEnv(t, limits)
	status, _, first := e.rate(e.owner, 4)
	if status != http.StatusOK {
		t.Fatalf("first rating: %d %v", status, first)
	}
	before := e.platformNonce()
	status, h, out := e.rate(e.consumer, 5)
	code, field, msg := errorOf(out)
	if status != http.StatusTooManyRequests || code != hokusai.ERATELIMIT || field != "relay-gas-per-hour" {
		t.Fatalf("rating over the budget: %d %s %s %q; want 429 RATE_LIMITED on relay-gas-per-hour", status, code, field, msg)
	}
	t.Logf("over the budget: %d, Retry-After %s: %s", status, h.Get("Retry-After"), msg)
	if !strings.Contains(msg, "relay gas budget") || !strings.Contains(msg, "of 120000 gas used") || h.Get("Retry-After") != "3600" {
		t.Fatalf("budget refusal %q, Retry-After %q", msg, h.Get("Retry-After"))
	}
	if after := e.platformNonce(); after != before {
		t.Fatalf("a refused relay moved the platform's nonce from %d to %d", before, after)
	}
	// The refused relay gave its member's count back: after the hour it passes.
	e.advance(time.Hour)
	if status, _, out = e.rate(e.consumer, 5); status != http.StatusOK {
		t.Fatalf("rating in the next hour: %d %v", status, out)
	}
	if n, want := e.metricSum("hokusai_relay_gas_total"), e.gasUsed(first)+e.gasUsed(out); n != float64(want) {
		t.Fatalf("relay gas metric %v, want the two ratings' %d", n, want)
	}
	// The hour's count is corrected from the reservation to the gas used.
	if used := e.gasCounted(); used != e.gasUsed(out) {
		t.Fatalf("the budget counts %d gas this hour, want the rating's %d", used, e.gasUsed(out))
	}
}

// gasUsed is the gas of the relayed transaction an answer names.
func (e *relayEnv) gasUsed(out map[string]any) int64 {
	e.t.Helper()
	h, _ := out["tx_hash"].(string)
	rc, err := e.c.Backend.TransactionReceipt(e.ctx, common.HexToHash(h))
	if err != nil {
		e.t.Fatalf("receipt of %q: %v", h, err)
	}
	return int64(rc.GasUsed)
}

// gasCounted is the relay gas the store counts in the clock's hour.
func (e *relayEnv) gasCounted() int64 {
	e.t.Helper()
	start, _ := hokusai.RelayWindow(e.clock(), time.Hour)
	took, used, err := e.limits.TakeRelay(e.ctx, "gas", start.Unix(), 1, 1<<60)
	if err != nil || !took {
		e.t.Fatal(took, err)
	}
	if err := e.limits.AdjustRelay(e.ctx, "gas", start.Unix(), -1); err != nil {
		e.t.Fatal(err)
	}
	return used - 1
}

// A relay the chain refuses fails in the gas estimate: nothing is sent,
// the signer's count is given back and the gas budget is not charged.
func TestRevertingRelayCostsNothing(t *testing.T) {
	limits := relay.DefaultLimits
	limits.RatingsPerDay = 1
	e := newRelayEnv(t, limits)
	owner := crypto.PubkeyToAddress(e.owner.PublicKey)
	h, err := e.c.Backend.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	bad := append(bytes.Repeat([]byte{7}, 64), 27) // not the owner's signature
	before := e.platformNonce()
	tx := chain.RateBySigTx(e.agent, 4, owner, h.Time+3600, bad)
	tx.IdempotencyKey = "rate:test-bad-signature"
	_, err = e.relay.Send(e.ctx, e.c, e.platform, relay.RouteRate, e.model, owner.Hex(), tx)
	t.Logf("the chain refused: %v", err)
	if code := hokusai.ErrorCode(err); code == "" || code == hokusai.EINTERNAL || code == hokusai.ERATELIMIT {
		t.Fatalf("a reverting relay: %v; want the chain's decoded refusal", err)
	}
	if after := e.platformNonce(); after != before {
		t.Fatalf("a reverting relay moved the platform's nonce from %d to %d", before, after)
	}
	if used := e.gasCounted(); used != 0 {
		t.Fatalf("a reverting relay charged %d gas to the budget", used)
	}
	// The count was given back: the owner's one rating of the day passes.
	status, _, out := e.rate(e.owner, 4)
	if status != http.StatusOK {
		t.Fatalf("the day's one rating after a reverted relay: %d %v", status, out)
	}
	if used := e.gasCounted(); used != e.gasUsed(out) {
		t.Fatalf("the budget counts %d gas, want the one rating's %d", used, e.gasUsed(out))
	}
}

// Every relayed route has its own limit, named in its refusal; a limit of
// 0 relays none of that route, before the chain is asked anything.
func TestEveryRouteRefusesAtItsLimit(t *testing.T) {
	e := newRelayEnv(t, relay.Limits{GasPerHour: relay.DefaultLimits.GasPerHour})
	owner := crypto.PubkeyToAddress(e.owner.PublicKey)
	for route, setting := range map[string]string{
		relay.RouteRate: "relay-ratings-per-day", relay.RouteVote: "relay-votes-per-day", relay.RoutePropose: "relay-proposals-per-day",
		relay.RouteQueue: "relay-advances-per-hour", relay.RouteExecute: "relay-advances-per-hour",
		relay.RouteRelease: "relay-releases-per-day", relay.RouteSetup: "relay-setups-per-day",
	} {
		before := e.platformNonce()
		tx := chain.RateBySigTx(e.agent, 4, owner, 1, nil)
		_, err := e.relay.Send(e.ctx, e.c, e.platform, route, e.model, owner.Hex(), tx)
		if hokusai.ErrorCode(err) != hokusai.ERATELIMIT || hokusai.ErrorField(err) != setting {
			t.Fatalf("%s with its limit at 0: %v; want RATE_LIMITED on %s", route, err, setting)
		}
		if after := e.platformNonce(); after != before {
			t.Fatalf("%s: a refused relay moved the platform's nonce", route)
		}
	}
	if err := relay.CheckLimits(relay.Limits{RatingsPerDay: -1}); hokusai.ErrorField(err) != "relay-ratings-per-day" {
		t.Fatalf("a negative limit: %v", err)
	}
}
