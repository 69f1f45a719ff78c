package chain_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
)

// TestEnsureProtocolPersists deploys on a fresh dev chain, restarts the
// chain and finds the same contracts without deploying again, and
// redeploys when the chain's data is gone.
func TestEnsureProtocolPersists(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	dir := t.TempDir()
	chainDir := filepath.Join(dir, "chain")
	state := filepath.Join(dir, "protocol.json")

	n := startDev(t, chainDir)
	c := dialDev(t, n)
	var logs []string
	logf := func(msg string, _ ...any) { logs = append(logs, msg) }
	p1, err := chain.EnsureProtocolWith(ctx, c, devchain.DevKey(0), state, chain.EnsureOptions{Dev: true, Log: logf})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) == 0 {
		t.Fatal("a first start deployed silently; want a log line")
	}
	s := &chain.Session{Client: c, Protocol: p1}
	fb := bindings.NewModelFactory()
	d, err := bind.Call(fb.Instance(c.Backend, p1.Factory), c.CallOpts(ctx), fb.PackPoolDefaults(), fb.UnpackPoolDefaults)
	if err != nil || d.BuyOnlyWindow != uint32(chain.DevBuyOnlyWindow.Seconds()) || d.FeeBps != 30 {
		t.Fatalf("dev pool defaults %+v (%v), want the standard ones with a %s buy-only window", d, err, chain.DevBuyOnlyWindow)
	}
	for i := 0; i < devchain.DevAccounts; i++ {
		bal, err := s.USDCBalance(ctx, devchain.DevAddress(i))
		if err != nil || bal.Cmp(chain.DevUSDCPerAccount) != 0 {
			t.Fatalf("dev account %d holds %v USDC micro-units (%v), want %v", i, bal, err, chain.DevUSDCPerAccount)
		}
	}
	created, err := s.CreateModel(ctx, devchain.DevKey(1), irisParams("IRIS"))
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	n2 := startDev(t, chainDir)
	c2 := dialDev(t, n2)
	logs = nil
	p2, err := chain.EnsureProtocolWith(ctx, c2, devchain.DevKey(0), state, chain.EnsureOptions{Dev: true, Log: logf})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 0 {
		t.Fatalf("a restart logged %q; want it to find the protocol silently", logs)
	}
	if p2.Registry != p1.Registry || p2.Factory != p1.Factory || p2.USDC != p1.USDC {
		t.Fatalf("restart found %+v, want %+v", p2, p1)
	}
	s2 := &chain.Session{Client: c2, Protocol: p2}
	// Funding happened once: no second million.
	bal, err := s2.USDCBalance(ctx, devchain.DevAddress(3))
	if err != nil || bal.Cmp(chain.DevUSDCPerAccount) != 0 {
		t.Fatalf("after restart dev account 3 holds %v (%v), want %v", bal, err, chain.DevUSDCPerAccount)
	}
	m, err := s2.ResolveModel(ctx, "iris")
	if err != nil {
		t.Fatal(err)
	}
	if m.ID != created.ID || m.Pool != created.Pool.Hex() {
		t.Fatalf("after restart model IRIS is %+v, want id %d pool %s", m, created.ID, created.Pool.Hex())
	}
	// A real revert from the dev node, decoded: the ticker is taken.
	_, err = s2.CreateModel(ctx, devchain.DevKey(2), irisParams("IRIS"))
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT || hokusai.ErrorField(err) != "ticker" {
		t.Fatalf("creating IRIS twice on the dev node = %v, want ECONFLICT on ticker", err)
	}
	c2.Close()
	n2.Close()

	// A new chain in a new directory with the old record: the dev chain
	// redeploys, a non-dev chain refuses.
	n3 := startDev(t, filepath.Join(dir, "chain2"))
	defer n3.Close()
	c3 := dialDev(t, n3)
	_, err = chain.EnsureProtocolWith(ctx, c3, devchain.DevKey(0), state, chain.EnsureOptions{Dev: false})
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("non-dev start against a mismatched record = %v, want %s", err, hokusai.ECONFLICT)
	}
	logs = nil
	p3, err := chain.EnsureProtocolWith(ctx, c3, devchain.DevKey(0), state, chain.EnsureOptions{Dev: true, Log: logf})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) == 0 {
		t.Fatal("redeploying on a new dev chain logged nothing")
	}
	if ok, _ := c3.HasCode(ctx, p3.Registry); !ok {
		t.Fatal("no registry code after redeploy")
	}
	rec, err := chain.LoadProtocol(state)
	if err != nil || rec.GenesisHash != p3.GenesisHash || rec.Registry != p3.Registry {
		t.Fatalf("record after redeploy = %+v (%v), want %+v", rec, err, p3)
	}
}

func irisParams(ticker string) chain.CreateModelParams {
	return chain.CreateModelParams{
		Name: "Iris classifier", Ticker: ticker, Description: "Logistic regression on iris", Category: "Other", Tags: []string{"tabular", "demo"},
		Metric: hokusai.MetricAccuracy, Direction: hokusai.Maximize, Baseline: mustWad("0.884"),
		License: hokusai.LicenseDecentralized, Supply: hokusai.SupplyPresets["growth"],
	}
}

func mustWad(s string) *big.Int {
	v, err := hokusai.ParseWad("baseline", s)
	if err != nil {
		panic(err)
	}
	return v
}

// TestEnsureProtocolExternalChain treats a node as an external chain: no
// deploy without a USDC address; with one, the protocol uses it, funds no
// dev accounts and keeps F17's 7-day launch window.
func TestEnsureProtocolExternalChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sim := chain.NewSimulated(devAlloc())
	defer sim.Close()
	c, err := sim.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txmgrtest.Attach(t, c)
	state := filepath.Join(t.TempDir(), "protocol.json")
	_, err = chain.EnsureProtocolWith(ctx, c, devchain.DevKey(0), state, chain.EnsureOptions{})
	if hokusai.ErrorCode(err) != hokusai.EINVALID {
		t.Fatalf("deploying on an external chain without USDC = %v, want EINVALID", err)
	}
	// Stand-in for the chain's real USDC.
	r, err := c.Send(ctx, devchain.DevKey(9), chain.Tx{Data: common.FromHex(bindings.MockUSDCMetaData.Bin)})
	if err != nil {
		t.Fatal(err)
	}
	usdc := r.ContractAddress
	p, err := chain.EnsureProtocolWith(ctx, c, devchain.DevKey(0), state, chain.EnsureOptions{USDC: usdc})
	if err != nil {
		t.Fatal(err)
	}
	if p.USDC != usdc || p.Dev || len(p.DevFunded) != 0 || p.Treasury != devchain.DevAddress(0) {
		t.Fatalf("external protocol %+v", p)
	}
	s := &chain.Session{Client: c, Protocol: p}
	if bal, _ := s.USDCBalance(ctx, devchain.DevAddress(1)); bal.Sign() != 0 {
		t.Fatalf("an external deploy gave dev account 1 %v USDC", bal)
	}
	fb := bindings.NewModelFactory()
	d, err := bind.Call(fb.Instance(c.Backend, p.Factory), c.CallOpts(ctx), fb.PackPoolDefaults(), fb.UnpackPoolDefaults)
	if err != nil || d.BuyOnlyWindow != 7*24*3600 {
		t.Fatalf("external pool defaults %+v (%v), want a 7-day window", d, err)
	}
	// Found again on the next start.
	p2, err := chain.EnsureProtocolWith(ctx, c, devchain.DevKey(0), state, chain.EnsureOptions{USDC: usdc})
	if err != nil || p2.Registry != p.Registry {
		t.Fatalf("second start = %+v, %v; want registry %s", p2, err, p.Registry)
	}
}
