package bindings_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// state renders everything a failed call must leave untouched.
func (e *env) state(models ...*model) string {
	t := e.t
	s := fmt.Sprintf("models=%s factory=%s treasury=%s defaults=%+v regOwner=%s facOwner=%s",
		call(t, e.registry, regABI.PackModelCount(), regABI.UnpackModelCount),
		call(t, e.registry, regABI.PackFactory(), regABI.UnpackFactory),
		call(t, e.factory, facABI.PackTreasury(), facABI.UnpackTreasury),
		call(t, e.factory, facABI.PackPoolDefaults(), facABI.UnpackPoolDefaults),
		call(t, e.registry, regABI.PackOwner(), regABI.UnpackOwner),
		call(t, e.factory, facABI.PackOwner(), facABI.UnpackOwner))
	holders := []common.Address{e.admin.addr, e.dep.Treasury}
	for _, u := range e.users {
		holders = append(holders, u.addr)
	}
	for _, m := range models {
		s += fmt.Sprintf("\npool reserve=%s fees=%s graduated=%v supply=%s released=%s",
			call(t, m.pool, poolABI.PackReserve(), poolABI.UnpackReserve),
			call(t, m.pool, poolABI.PackAccruedFees(), poolABI.UnpackAccruedFees),
			call(t, m.pool, poolABI.PackGraduated(), poolABI.UnpackGraduated),
			call(t, m.token, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply),
			call(t, m.vesting, vestABI.PackReleased(), vestABI.UnpackReleased))
		for _, h := range append(holders, m.pool.Address(), m.vesting.Address()) {
			s += fmt.Sprintf(" %s:%s/%s", h.Hex()[:6], e.tokenBalance(m, h), e.usdcBalance(h))
		}
	}
	return s
}

// reverts sends data and asserts the named error (args compared when given) and no state change.
func (e *env) reverts(from actor, c *bind.BoundContract, data []byte, models []*model, name string, args ...any) {
	e.t.Helper()
	before := e.state(models...)
	_, err := e.send(from, c, data)
	wantRevert(e.t, err, name, args...)
	if after := e.state(models...); after != before {
		e.t.Fatalf("%s changed state:\nbefore %s\nafter  %s", name, before, after)
	}
}

func TestCreateModel(t *testing.T) {
	e := newEnv(t)
	owner := e.users[0]
	r := e.must(owner, e.factory, facABI.PackCreateModel(defaultParams("SENT")))
	var created *bindings.ModelRegistryModelCreated
	for _, l := range r.Logs {
		if ev, err := regABI.UnpackModelCreatedEvent(l); err == nil {
			created = ev
		}
	}
	if created == nil || created.Id.Int64() != 1 || created.Owner != owner.addr || created.Ticker != "SENT" || created.Metadata != defaultParams("SENT").Metadata {
		t.Fatalf("ModelCreated = %+v", created)
	}
	m := call(t, e.registry, regABI.PackGetModel(big.NewInt(1)), regABI.UnpackGetModel)
	if m.Owner != owner.addr || m.Token != created.Token || m.Pool != created.Pool || m.Vesting != created.Vesting ||
		m.Name != "Sentiment SENT" || m.Ticker != "SENT" || m.Baseline.Cmp(big.NewInt(884e15)) != 0 ||
		m.DeltaOne.Cmp(big.NewInt(1e16)) != 0 || m.InitialSupply.Cmp(tokensWei(1_000_000)) != 0 ||
		m.TokensPerDeltaOne.Cmp(tokensWei(100_000)) != 0 || m.ExpectedDeltaOnes.Int64() != 5 || m.CreatedAt != e.now() {
		t.Fatalf("getModel = %+v", m)
	}
	acc := call(t, e.registry, regABI.PackModelAccounts(big.NewInt(1)), regABI.UnpackModelAccounts)
	if acc.Owner != owner.addr || acc.Token != m.Token || acc.Pool != m.Pool {
		t.Fatalf("modelAccounts = %+v", acc)
	}
	tok := tokABI.Instance(e.client, m.Token)
	if n := call(t, tok, tokABI.PackName(), tokABI.UnpackName); n != "Sentiment SENT" {
		t.Fatalf("name %q", n)
	}
	if s := call(t, tok, tokABI.PackSymbol(), tokABI.UnpackSymbol); s != "SENT" {
		t.Fatalf("symbol %q", s)
	}
	if d := call(t, tok, tokABI.PackDecimals(), tokABI.UnpackDecimals); d != 18 {
		t.Fatalf("decimals %d", d)
	}
	if b := call(t, tok, tokABI.PackBalanceOf(m.Vesting), tokABI.UnpackBalanceOf); b.Cmp(m.InitialSupply) != 0 {
		t.Fatalf("vesting holds %s", b)
	}
	if p := call(t, tok, tokABI.PackPool(), tokABI.UnpackPool); p != m.Pool {
		t.Fatalf("token pool %s", p)
	}
	pool := poolABI.Instance(e.client, m.Pool)
	cfg := call(t, pool, poolABI.PackConfig(), poolABI.UnpackConfig)
	d := chain.StandardPoolDefaults()
	if cfg.Token != m.Token || cfg.Usdc != e.dep.USDC || cfg.Factory != e.dep.Factory || cfg.Crr != d.Crr || cfg.FeeBps != d.FeeBps ||
		cfg.MaxTradeBps != d.MaxTradeBps || cfg.FlatPrice != d.FlatPrice || cfg.MaxTradeFloor != d.MaxTradeFloor ||
		cfg.LaunchEndsAt.Uint64() != m.CreatedAt+uint64(d.BuyOnlyWindow) || cfg.VestTotal.Cmp(m.InitialSupply) != 0 {
		t.Fatalf("pool config %+v", cfg)
	}
	if std := call(t, e.factory, facABI.PackStandardPoolDefaults(), facABI.UnpackStandardPoolDefaults); fmt.Sprint(std) != fmt.Sprint(d) {
		t.Fatalf("standardPoolDefaults %+v, Go %+v", std, d)
	}
	if id := call(t, e.registry, regABI.PackModelIdByTicker("NONE"), regABI.UnpackModelIdByTicker); id.Sign() != 0 {
		t.Fatalf("unknown ticker id %s", id)
	}
	for _, id := range []int64{0, 2} {
		wantRevert(t, callErr(e, e.registry, regABI.PackGetModel(big.NewInt(id))), "ModelNotFound", big.NewInt(id))
	}

	// DeltaOne defaults: 1% of |baseline| for non-proportions; a custom metric may be negative.
	p := defaultParams("MSEX")
	p.Metric, p.Baseline = 6, big.NewInt(25e16)
	second := e.createModel(owner, p)
	if second.id.Int64() != 2 {
		t.Fatalf("second id %s", second.id)
	}
	if got := call(t, e.registry, regABI.PackGetModel(second.id), regABI.UnpackGetModel).DeltaOne; got.Cmp(big.NewInt(25e14)) != 0 {
		t.Fatalf("mse deltaOne %s", got)
	}
	p = defaultParams("CUSTM")
	p.Metric, p.Baseline, p.DeltaOne = 11, big.NewInt(-5e18), big.NewInt(0)
	cm := e.createModel(owner, p)
	if got := call(t, e.registry, regABI.PackGetModel(cm.id), regABI.UnpackGetModel).DeltaOne; got.Cmp(big.NewInt(5e16)) != 0 {
		t.Fatalf("custom deltaOne %s", got)
	}
	p = defaultParams("PERPL")
	p.Metric, p.Baseline, p.DeltaOne = 10, big.NewInt(9e18), big.NewInt(3e17)
	pm := e.createModel(owner, p)
	if got := call(t, e.registry, regABI.PackGetModel(pm.id), regABI.UnpackGetModel).DeltaOne; got.Cmp(big.NewInt(3e17)) != 0 {
		t.Fatalf("explicit deltaOne %s", got)
	}
}

func TestCreateModelRejects(t *testing.T) {
	e := newEnv(t)
	e.createModel(e.users[0], defaultParams("SENT"))
	long := ""
	for i := 0; i < 65; i++ {
		long += "x"
	}
	cases := []struct {
		name   string
		mutate func(p *bindings.ModelFactoryCreateModelParams)
		err    string
		args   []any
	}{
		{"empty name", func(p *bindings.ModelFactoryCreateModelParams) { p.Name = "" }, "NameLengthInvalid", []any{big.NewInt(0)}},
		{"long name", func(p *bindings.ModelFactoryCreateModelParams) { p.Name = long }, "NameLengthInvalid", []any{big.NewInt(65)}},
		{"short ticker", func(p *bindings.ModelFactoryCreateModelParams) { p.Ticker = "AB" }, "TickerInvalid", []any{"AB"}},
		{"long ticker", func(p *bindings.ModelFactoryCreateModelParams) { p.Ticker = "ABCDEFG" }, "TickerInvalid", []any{"ABCDEFG"}},
		{"lowercase ticker", func(p *bindings.ModelFactoryCreateModelParams) { p.Ticker = "abc" }, "TickerInvalid", []any{"abc"}},
		{"digit ticker", func(p *bindings.ModelFactoryCreateModelParams) { p.Ticker = "AB1" }, "TickerInvalid", []any{"AB1"}},
		{"taken ticker", func(p *bindings.ModelFactoryCreateModelParams) { p.Ticker = "SENT" }, "TickerTaken", []any{"SENT", big.NewInt(1)}},
		{"unknown metric", func(p *bindings.ModelFactoryCreateModelParams) { p.Metric = 12 }, "MetricUnknown", []any{uint8(12)}},
		{"unknown direction", func(p *bindings.ModelFactoryCreateModelParams) { p.Direction = 2 }, "DirectionUnknown", []any{uint8(2)}},
		{"unknown license", func(p *bindings.ModelFactoryCreateModelParams) { p.License = 3 }, "LicenseUnknown", []any{uint8(3)}},
		{"proportion below 0", func(p *bindings.ModelFactoryCreateModelParams) { p.Baseline = big.NewInt(-1) }, "BaselineOutOfRange", []any{uint8(0), big.NewInt(-1)}},
		{"proportion above 1", func(p *bindings.ModelFactoryCreateModelParams) { p.Metric, p.Baseline = 4, big.NewInt(1e18+1) }, "BaselineOutOfRange", []any{uint8(4), big.NewInt(1e18 + 1)}},
		{"r2 above 1", func(p *bindings.ModelFactoryCreateModelParams) { p.Metric, p.Baseline = 9, big.NewInt(1e18+1) }, "BaselineOutOfRange", []any{uint8(9), big.NewInt(1e18 + 1)}},
		{"perplexity below 1", func(p *bindings.ModelFactoryCreateModelParams) { p.Metric, p.Baseline = 10, big.NewInt(1e18-1) }, "BaselineOutOfRange", []any{uint8(10), big.NewInt(1e18 - 1)}},
		{"negative log loss", func(p *bindings.ModelFactoryCreateModelParams) { p.Metric, p.Baseline = 5, big.NewInt(-1) }, "BaselineOutOfRange", []any{uint8(5), big.NewInt(-1)}},
		{"proportion deltaOne", func(p *bindings.ModelFactoryCreateModelParams) { p.DeltaOne = big.NewInt(2e16) }, "DeltaOneInvalid", []any{uint8(0), big.NewInt(2e16)}},
		{"zero default deltaOne", func(p *bindings.ModelFactoryCreateModelParams) { p.Metric, p.Baseline = 7, big.NewInt(99) }, "DeltaOneRequired", []any{uint8(7), big.NewInt(99)}},
		{"zero supply", func(p *bindings.ModelFactoryCreateModelParams) { p.InitialSupply = big.NewInt(0) }, "InitialSupplyInvalid", []any{big.NewInt(0)}},
		{"huge supply", func(p *bindings.ModelFactoryCreateModelParams) { p.InitialSupply = tokensWei(1e12 + 1) }, "InitialSupplyInvalid", []any{tokensWei(1e12 + 1)}},
		{"zero per DeltaOne", func(p *bindings.ModelFactoryCreateModelParams) { p.TokensPerDeltaOne = big.NewInt(0) }, "TokensPerDeltaOneInvalid", []any{big.NewInt(0)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := defaultParams("NEWT")
			c.mutate(&p)
			e.t = t
			e.reverts(e.users[1], e.factory, facABI.PackCreateModel(p), nil, c.err, c.args...)
		})
	}
}

func TestAdminAccess(t *testing.T) {
	e := newEnv(t)
	stranger := e.users[3]
	std := chain.StandardPoolDefaults()
	unauthorized := "OwnableUnauthorizedAccount"
	e.reverts(stranger, e.factory, facABI.PackSetPoolDefaults(std), nil, unauthorized, stranger.addr)
	e.reverts(stranger, e.factory, facABI.PackSetTreasury(stranger.addr), nil, unauthorized, stranger.addr)
	e.reverts(stranger, e.registry, regABI.PackSetFactory(stranger.addr), nil, unauthorized, stranger.addr)
	e.reverts(stranger, e.registry, regABI.PackSetMinter(stranger.addr, true), nil, unauthorized, stranger.addr)
	e.reverts(stranger, e.registry, regABI.PackTransferOwnership(stranger.addr), nil, unauthorized, stranger.addr)
	e.reverts(stranger, e.registry, regABI.PackRegister(bindings.ModelRegistryModel{Ticker: "ABC", Baseline: big.NewInt(0), DeltaOne: big.NewInt(0), InitialSupply: big.NewInt(0), TokensPerDeltaOne: big.NewInt(0), ExpectedDeltaOnes: big.NewInt(0)}, "{}"), nil, "NotFactory", stranger.addr)
	e.reverts(e.admin, e.registry, regABI.PackSetFactory(common.Address{}), nil, "ZeroAddress")
	e.reverts(e.admin, e.registry, regABI.PackSetMinter(common.Address{}, true), nil, "ZeroAddress")
	e.reverts(e.admin, e.factory, facABI.PackSetTreasury(common.Address{}), nil, "ZeroAddress")

	bad := func(f func(d *bindings.ModelFactoryPoolDefaults)) bindings.ModelFactoryPoolDefaults {
		d := std
		f(&d)
		return d
	}
	e.reverts(e.admin, e.factory, facABI.PackSetPoolDefaults(bad(func(d *bindings.ModelFactoryPoolDefaults) { d.Crr = 5e16 - 1 })), nil, "CrrOutOfRange", uint64(5e16-1))
	e.reverts(e.admin, e.factory, facABI.PackSetPoolDefaults(bad(func(d *bindings.ModelFactoryPoolDefaults) { d.Crr = 1e18 + 1 })), nil, "CrrOutOfRange", uint64(1e18+1))
	e.reverts(e.admin, e.factory, facABI.PackSetPoolDefaults(bad(func(d *bindings.ModelFactoryPoolDefaults) { d.FeeBps = 1001 })), nil, "FeeTooHigh", uint16(1001))
	e.reverts(e.admin, e.factory, facABI.PackSetPoolDefaults(bad(func(d *bindings.ModelFactoryPoolDefaults) { d.MaxTradeBps = 0 })), nil, "MaxTradeInvalid", uint16(0))
	e.reverts(e.admin, e.factory, facABI.PackSetPoolDefaults(bad(func(d *bindings.ModelFactoryPoolDefaults) { d.MaxTradeBps = 10001 })), nil, "MaxTradeInvalid", uint16(10001))
	e.reverts(e.admin, e.factory, facABI.PackSetPoolDefaults(bad(func(d *bindings.ModelFactoryPoolDefaults) { d.FlatPrice = 0 })), nil, "FlatPriceInvalid", uint64(0))
	e.reverts(e.admin, e.factory, facABI.PackSetPoolDefaults(bad(func(d *bindings.ModelFactoryPoolDefaults) { d.FlatPrice = 1 << 56 })), nil, "FlatPriceInvalid", uint64(1<<56))

	// New defaults apply to pools created afterwards; old pools keep theirs.
	old := e.createModel(e.users[0], defaultParams("OLDP"))
	nd := bad(func(d *bindings.ModelFactoryPoolDefaults) { d.Crr, d.FeeBps, d.FlatPrice = 5e17, 100, 20_000 })
	e.must(e.admin, e.factory, facABI.PackSetPoolDefaults(nd))
	fresh := e.createModel(e.users[0], defaultParams("NEWP"))
	if c := call(t, old.pool, poolABI.PackConfig(), poolABI.UnpackConfig); c.Crr != std.Crr || c.FeeBps != std.FeeBps {
		t.Fatalf("old pool config changed: %+v", c)
	}
	if c := call(t, fresh.pool, poolABI.PackConfig(), poolABI.UnpackConfig); c.Crr != 5e17 || c.FeeBps != 100 || c.FlatPrice != 20_000 {
		t.Fatalf("new pool config %+v", c)
	}

	// Two-step ownership: the new admin must accept.
	newAdmin := e.users[4]
	e.must(e.admin, e.registry, regABI.PackTransferOwnership(newAdmin.addr))
	if o := call(t, e.registry, regABI.PackOwner(), regABI.UnpackOwner); o != e.admin.addr {
		t.Fatalf("owner moved before accept: %s", o)
	}
	e.reverts(stranger, e.registry, regABI.PackAcceptOwnership(), nil, unauthorized, stranger.addr)
	e.must(newAdmin, e.registry, regABI.PackAcceptOwnership())
	if o := call(t, e.registry, regABI.PackOwner(), regABI.UnpackOwner); o != newAdmin.addr {
		t.Fatalf("owner after accept %s", o)
	}
	e.must(newAdmin, e.registry, regABI.PackSetMinter(stranger.addr, true))
	if !call(t, e.registry, regABI.PackIsMinter(stranger.addr), regABI.UnpackIsMinter) {
		t.Fatal("minter not set")
	}
	e.must(e.admin, e.factory, facABI.PackTransferOwnership(newAdmin.addr))
	e.must(newAdmin, e.factory, facABI.PackAcceptOwnership())
	e.must(newAdmin, e.factory, facABI.PackSetTreasury(stranger.addr))
	if tr := call(t, e.factory, facABI.PackTreasury(), facABI.UnpackTreasury); tr != stranger.addr {
		t.Fatalf("treasury %s", tr)
	}
}

func TestTokenAccess(t *testing.T) {
	e := newEnv(t)
	m := e.createModel(e.users[0], defaultParams("TOKN"))
	stranger, minter := e.users[3], e.users[4]
	ms := []*model{m}
	e.reverts(stranger, m.token, tokABI.PackMint(stranger.addr, big.NewInt(1)), ms, "NotMinter", stranger.addr)
	e.reverts(stranger, m.token, tokABI.PackBurn(m.vesting.Address(), big.NewInt(1)), ms, "NotPool", stranger.addr)
	e.reverts(stranger, m.token, tokABI.PackInitialize("X", "XXX", stranger.addr, stranger.addr, stranger.addr, stranger.addr, big.NewInt(1)), ms, "InvalidInitialization")
	impl := tokABI.Instance(e.client, e.dep.TokenImpl)
	e.reverts(stranger, impl, tokABI.PackInitialize("X", "XXX", stranger.addr, stranger.addr, stranger.addr, stranger.addr, big.NewInt(1)), ms, "InvalidInitialization")
	e.reverts(stranger, m.vesting, vestABI.PackInitialize(stranger.addr, stranger.addr, big.NewInt(1), big.NewInt(1), 1), ms, "InvalidInitialization")
	vimpl := vestABI.Instance(e.client, e.dep.VestingImpl)
	e.reverts(stranger, vimpl, vestABI.PackInitialize(stranger.addr, stranger.addr, big.NewInt(1), big.NewInt(1), 1), ms, "InvalidInitialization")
	pimpl := poolABI.Instance(e.client, e.dep.PoolImpl)
	e.reverts(stranger, pimpl, poolABI.PackBuy(big.NewInt(1), big.NewInt(0), farOff), ms, "NotClone")

	// A registry minter (the future token manager) may mint any model's token.
	e.must(e.admin, e.registry, regABI.PackSetMinter(minter.addr, true))
	e.must(minter, m.token, tokABI.PackMint(stranger.addr, tokensWei(5)))
	if b := e.tokenBalance(m, stranger.addr); b.Cmp(tokensWei(5)) != 0 {
		t.Fatalf("minted %s", b)
	}
	e.must(e.admin, e.registry, regABI.PackSetMinter(minter.addr, false))
	e.reverts(minter, m.token, tokABI.PackMint(stranger.addr, big.NewInt(1)), ms, "NotMinter", minter.addr)

	// ERC-20 transfer, approve and transferFrom.
	e.must(stranger, m.token, tokABI.PackTransfer(minter.addr, tokensWei(1)))
	e.must(stranger, m.token, tokABI.PackApprove(minter.addr, tokensWei(2)))
	if a := call(t, m.token, tokABI.PackAllowance(stranger.addr, minter.addr), tokABI.UnpackAllowance); a.Cmp(tokensWei(2)) != 0 {
		t.Fatalf("allowance %s", a)
	}
	e.must(minter, m.token, tokABI.PackTransferFrom(stranger.addr, minter.addr, tokensWei(2)))
	e.reverts(minter, m.token, tokABI.PackTransferFrom(stranger.addr, minter.addr, big.NewInt(1)), ms, "ERC20InsufficientAllowance", minter.addr, big.NewInt(0), big.NewInt(1))
	if b := e.tokenBalance(m, minter.addr); b.Cmp(tokensWei(3)) != 0 {
		t.Fatalf("minter balance %s", b)
	}

	// ERC-2612 permit signed off-chain.
	dom := call(t, m.token, tokABI.PackEip712Domain(), tokABI.UnpackEip712Domain)
	if dom.Name != "Sentiment TOKN" || dom.Version != "1" || dom.VerifyingContract != m.token.Address() {
		t.Fatalf("domain %+v", dom)
	}
	sep := call(t, m.token, tokABI.PackDOMAINSEPARATOR(), tokABI.UnpackDOMAINSEPARATOR)
	nonce := call(t, m.token, tokABI.PackNonces(stranger.addr), tokABI.UnpackNonces)
	deadline := big.NewInt(int64(e.now() + 3600))
	value := tokensWei(1)
	typeHash := crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	structHash := crypto.Keccak256(typeHash, common.LeftPadBytes(stranger.addr.Bytes(), 32), common.LeftPadBytes(e.admin.addr.Bytes(), 32),
		common.LeftPadBytes(value.Bytes(), 32), common.LeftPadBytes(nonce.Bytes(), 32), common.LeftPadBytes(deadline.Bytes(), 32))
	digest := crypto.Keccak256([]byte{0x19, 0x01}, sep[:], structHash)
	sig, err := crypto.Sign(digest, stranger.key)
	if err != nil {
		t.Fatal(err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	e.must(e.users[2], m.token, tokABI.PackPermit(stranger.addr, e.admin.addr, value, deadline, sig[64]+27, r, s))
	if a := call(t, m.token, tokABI.PackAllowance(stranger.addr, e.admin.addr), tokABI.UnpackAllowance); a.Cmp(value) != 0 {
		t.Fatalf("permit allowance %s", a)
	}
	// Replaying the same signature fails: the nonce moved on.
	_, err = e.send(e.users[2], m.token, tokABI.PackPermit(stranger.addr, e.admin.addr, value, deadline, sig[64]+27, r, s))
	wantRevert(t, err, "ERC2612InvalidSigner")

	// Votes (ERC-5805) on the hourly clock.
	if mode := call(t, m.token, tokABI.PackCLOCKMODE(), tokABI.UnpackCLOCKMODE); mode != "mode=timestamp&from=default&unit=3600" {
		t.Fatalf("CLOCK_MODE %q", mode)
	}
	clk := call(t, m.token, tokABI.PackClock(), tokABI.UnpackClock)
	if clk.Uint64() != e.now()/3600 {
		t.Fatalf("clock %s, now %d", clk, e.now())
	}
	e.must(minter, m.token, tokABI.PackDelegate(minter.addr))
	if d := call(t, m.token, tokABI.PackDelegates(minter.addr), tokABI.UnpackDelegates); d != minter.addr {
		t.Fatalf("delegates %s", d)
	}
	if v := call(t, m.token, tokABI.PackGetVotes(minter.addr), tokABI.UnpackGetVotes); v.Cmp(tokensWei(3)) != 0 {
		t.Fatalf("votes %s", v)
	}
	supplyBefore := call(t, m.token, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply)
	e.advance(2 * time.Hour)
	// Past values since the last change are exact (snapshotted hours: TestLazySnapshotVotes).
	past := call(t, m.token, tokABI.PackGetPastTotalSupply(clk), tokABI.UnpackGetPastTotalSupply)
	if past.Cmp(supplyBefore) != 0 {
		t.Fatalf("getPastTotalSupply(%s) = %s, want %s", clk, past, supplyBefore)
	}
	if v := call(t, m.token, tokABI.PackGetPastVotes(minter.addr, clk), tokABI.UnpackGetPastVotes); v.Cmp(tokensWei(3)) != 0 {
		t.Fatalf("past votes %s", v)
	}
	e.must(e.admin, e.registry, regABI.PackSetMinter(minter.addr, true))
	e.must(minter, m.token, tokABI.PackMint(minter.addr, tokensWei(7)))
	// Only the model's Governor asks for snapshots.
	e.reverts(stranger, m.token, tokABI.PackSnapshot(big.NewInt(1)), ms, "NotGovernor", stranger.addr)
	if v := call(t, m.token, tokABI.PackGetVotes(minter.addr), tokABI.UnpackGetVotes); v.Cmp(tokensWei(10)) != 0 {
		t.Fatalf("votes after mint %s", v)
	}
	now := call(t, m.token, tokABI.PackClock(), tokABI.UnpackClock)
	wantRevert(t, callErr(e, m.token, tokABI.PackGetPastTotalSupply(now)), "ERC5805FutureLookup")
}

func TestMockUSDC(t *testing.T) {
	e := newEnv(t)
	if d := call(t, e.usdc, usdcABI.PackDecimals(), usdcABI.UnpackDecimals); d != 6 {
		t.Fatalf("decimals %d", d)
	}
	if n := call(t, e.usdc, usdcABI.PackName(), usdcABI.UnpackName); n != "USD Coin (dev)" {
		t.Fatalf("name %q", n)
	}
	if s := call(t, e.usdc, usdcABI.PackSymbol(), usdcABI.UnpackSymbol); s != "USDC" {
		t.Fatalf("symbol %q", s)
	}
	e.must(e.users[3], e.usdc, usdcABI.PackMint(e.users[2].addr, usd(7)))
	if b := e.usdcBalance(e.users[2].addr); b.Cmp(usd(7)) != 0 {
		t.Fatalf("balance %s", b)
	}
}

func TestRemainingViews(t *testing.T) {
	e := newEnv(t)
	if v := call(t, e.factory, facABI.PackMAXSUPPLY(), facABI.UnpackMAXSUPPLY); v.Cmp(tokensWei(1e12)) != 0 {
		t.Fatalf("MAX_SUPPLY %s", v)
	}
	if v := call(t, e.factory, facABI.PackMINCRR(), facABI.UnpackMINCRR); v != 5e16 {
		t.Fatalf("MIN_CRR %d", v)
	}
	if v := call(t, e.factory, facABI.PackMAXFEEBPS(), facABI.UnpackMAXFEEBPS); v != 1000 {
		t.Fatalf("MAX_FEE_BPS %d", v)
	}
	if v := call(t, e.factory, facABI.PackMAXMETRIC(), facABI.UnpackMAXMETRIC); int(v) != len(hokusai.MetricNames())-1 {
		t.Fatalf("MAX_METRIC %d", v)
	}
	m := e.createModel(e.users[0], defaultParams("VIEW"))
	if r := call(t, m.token, tokABI.PackRegistry(), tokABI.UnpackRegistry); r != e.dep.Registry {
		t.Fatalf("token registry %s", r)
	}
	// Votes checkpoints, delegation by signature.
	holder := e.users[1]
	e.must(e.admin, e.registry, regABI.PackSetMinter(e.admin.addr, true))
	e.must(e.admin, m.token, tokABI.PackMint(holder.addr, tokensWei(4)))
	sep := call(t, m.token, tokABI.PackDOMAINSEPARATOR(), tokABI.UnpackDOMAINSEPARATOR)
	expiry := big.NewInt(int64(e.now() + 3600))
	typeHash := crypto.Keccak256([]byte("Delegation(address delegatee,uint256 nonce,uint256 expiry)"))
	structHash := crypto.Keccak256(typeHash, common.LeftPadBytes(holder.addr.Bytes(), 32), common.LeftPadBytes(nil, 32), common.LeftPadBytes(expiry.Bytes(), 32))
	sig, err := crypto.Sign(crypto.Keccak256([]byte{0x19, 0x01}, sep[:], structHash), holder.key)
	if err != nil {
		t.Fatal(err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	e.must(e.users[2], m.token, tokABI.PackDelegateBySig(holder.addr, big.NewInt(0), expiry, sig[64]+27, r, s))
	// Delegating to oneself is the default: nothing moves.
	if v := call(t, m.token, tokABI.PackGetVotes(holder.addr), tokABI.UnpackGetVotes); v.Cmp(tokensWei(4)) != 0 {
		t.Fatalf("holder votes %s", v)
	}
	// A signature to delegate elsewhere moves the votes; its replay fails (the nonce moved on).
	to := e.users[2].addr
	structHash = crypto.Keccak256(typeHash, common.LeftPadBytes(to.Bytes(), 32), common.LeftPadBytes([]byte{1}, 32), common.LeftPadBytes(expiry.Bytes(), 32))
	if sig, err = crypto.Sign(crypto.Keccak256([]byte{0x19, 0x01}, sep[:], structHash), holder.key); err != nil {
		t.Fatal(err)
	}
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	e.must(e.users[3], m.token, tokABI.PackDelegateBySig(to, big.NewInt(1), expiry, sig[64]+27, r, s))
	if d := call(t, m.token, tokABI.PackDelegates(holder.addr), tokABI.UnpackDelegates); d != to {
		t.Fatalf("delegates %s, want %s", d, to)
	}
	if v := call(t, m.token, tokABI.PackGetVotes(to), tokABI.UnpackGetVotes); v.Cmp(tokensWei(4)) != 0 {
		t.Fatalf("delegatee votes %s", v)
	}
	if v := call(t, m.token, tokABI.PackGetVotes(holder.addr), tokABI.UnpackGetVotes); v.Sign() != 0 {
		t.Fatalf("holder votes %s after delegating away", v)
	}
	_, err = e.send(e.users[3], m.token, tokABI.PackDelegateBySig(to, big.NewInt(1), expiry, sig[64]+27, r, s))
	wantRevert(t, err, "InvalidAccountNonce")
	// Ownership: pendingOwner, renounce.
	e.must(e.admin, e.factory, facABI.PackTransferOwnership(e.users[3].addr))
	if p := call(t, e.factory, facABI.PackPendingOwner(), facABI.UnpackPendingOwner); p != e.users[3].addr {
		t.Fatalf("pendingOwner %s", p)
	}
	if p := call(t, e.registry, regABI.PackPendingOwner(), regABI.UnpackPendingOwner); p != (common.Address{}) {
		t.Fatalf("registry pendingOwner %s", p)
	}
	e.must(e.admin, e.registry, regABI.PackRenounceOwnership())
	e.must(e.admin, e.factory, facABI.PackRenounceOwnership())
	for _, c := range []*bind.BoundContract{e.registry, e.factory} {
		if o := call(t, c, regABI.PackOwner(), regABI.UnpackOwner); o != (common.Address{}) {
			t.Fatalf("owner after renounce %s", o)
		}
	}
	e.reverts(e.admin, e.registry, regABI.PackSetMinter(e.admin.addr, false), nil, "OwnableUnauthorizedAccount", e.admin.addr)
	// A sale too small to pay anything.
	alice := e.users[1]
	e.fund(alice, usd(100), m.pool.Address())
	e.must(alice, m.pool, poolABI.PackBuy(usd(10), big.NewInt(0), farOff))
	e.advance(8 * 24 * time.Hour)
	e.reverts(alice, m.pool, poolABI.PackSell(big.NewInt(1), big.NewInt(0), farOff), []*model{m}, "ZeroOutput")
}
