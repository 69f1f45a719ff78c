package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

func TestPoolRejects(t *testing.T) {
	e := newEnv(t)
	m := e.createModel(e.users[0], defaultParams("POOL"))
	ms := []*model{m}
	alice, bob := e.users[1], e.users[2]
	e.fund(alice, usd(100_000), m.pool.Address())
	e.must(alice, m.pool, poolABI.PackBuy(usd(50), big.NewInt(0), farOff))
	cfg := call(t, m.pool, poolABI.PackConfig(), poolABI.UnpackConfig)

	e.reverts(alice, m.pool, poolABI.PackBuy(big.NewInt(0), big.NewInt(0), farOff), ms, "ZeroAmount")
	past := big.NewInt(int64(e.now() - 1))
	e.reverts(alice, m.pool, poolABI.PackBuy(usd(1), big.NewInt(0), past), ms, "DeadlinePassed", past, anyArg{})
	q := call(t, m.pool, poolABI.PackQuoteBuy(usd(1)), poolABI.UnpackQuoteBuy)
	tooMuch := new(big.Int).Add(q.TokensOut, big.NewInt(1))
	e.reverts(alice, m.pool, poolABI.PackBuy(usd(1), tooMuch, farOff), ms, "SlippageExceeded", q.TokensOut, tooMuch)
	maxT := call(t, m.pool, poolABI.PackMaxTrade(), poolABI.UnpackMaxTrade)
	if maxT.Cmp(usd(200)) != 0 { // flat phase: 20% of the 1,000 USDC floor
		t.Fatalf("max trade %s", maxT)
	}
	over := new(big.Int).Add(maxT, big.NewInt(1))
	e.reverts(alice, m.pool, poolABI.PackBuy(over, big.NewInt(0), farOff), ms, "TradeTooLarge", over, maxT)
	e.reverts(alice, m.pool, poolABI.PackBuy(big.NewInt(1), big.NewInt(0), farOff), ms, "ZeroOutput") // 1 micro-USDC is all fee
	e.reverts(bob, m.pool, poolABI.PackBuy(usd(1), big.NewInt(0), farOff), ms, "ERC20InsufficientAllowance", m.pool.Address(), big.NewInt(0), usd(1))
	bal := e.tokenBalance(m, alice.addr)
	e.reverts(alice, m.pool, poolABI.PackSell(bal, big.NewInt(0), farOff), ms, "BuyOnlyWindow", cfg.LaunchEndsAt)
	e.reverts(alice, m.pool, poolABI.PackDepositFees(big.NewInt(0)), ms, "ZeroAmount")

	e.advance(7*24*time.Hour + time.Second)
	e.reverts(alice, m.pool, poolABI.PackSell(big.NewInt(0), big.NewInt(0), farOff), ms, "ZeroAmount")
	more := new(big.Int).Add(bal, big.NewInt(1))
	e.reverts(alice, m.pool, poolABI.PackSell(more, big.NewInt(0), farOff), ms, "InsufficientRedeemable", more, bal)
	e.reverts(bob, m.pool, poolABI.PackSell(big.NewInt(1), big.NewInt(0), farOff), ms, "InsufficientRedeemable", big.NewInt(1), big.NewInt(0))
	past = big.NewInt(int64(e.now() - 1))
	e.reverts(alice, m.pool, poolABI.PackSell(bal, big.NewInt(0), past), ms, "DeadlinePassed", past, anyArg{})
	qs := call(t, m.pool, poolABI.PackQuoteSell(bal), poolABI.UnpackQuoteSell)
	tooMuch = new(big.Int).Add(qs.UsdcOut, big.NewInt(1))
	e.reverts(alice, m.pool, poolABI.PackSell(bal, tooMuch, farOff), ms, "SlippageExceeded", qs.UsdcOut, tooMuch)
	s := call(t, m.pool, poolABI.PackRedeemableSupply(), poolABI.UnpackRedeemableSupply)
	above := new(big.Int).Add(s, big.NewInt(1))
	wantRevert(t, callErr(e, m.pool, poolABI.PackQuoteSell(above)), "InsufficientRedeemable", above, s)

	// A selling trade over the max: a pool whose holders own nearly all of S.
	p := defaultParams("TINY")
	p.InitialSupply = tokensWei(1000)
	tiny := e.createModel(e.users[0], p)
	e.fund(alice, usd(100_000), tiny.pool.Address())
	for i := 0; i < 12; i++ { // grow R past the 1,000 USDC floor, max trade by max trade
		e.must(alice, tiny.pool, poolABI.PackBuy(call(t, tiny.pool, poolABI.PackMaxTrade(), poolABI.UnpackMaxTrade), big.NewInt(0), farOff))
	}
	if !call(t, tiny.pool, poolABI.PackGraduated(), poolABI.UnpackGraduated) {
		t.Fatal("tiny pool did not graduate")
	}
	e.advance(7*24*time.Hour + time.Second)
	all := e.tokenBalance(tiny, alice.addr)
	r := call(t, tiny.pool, poolABI.PackReserve(), poolABI.UnpackReserve)
	qs = call(t, tiny.pool, poolABI.PackQuoteSell(all), poolABI.UnpackQuoteSell)
	gross := new(big.Int).Add(qs.UsdcOut, qs.Fee)
	maxOut := new(big.Int).Div(new(big.Int).Mul(maxBig(r, usd(1000)), big.NewInt(2000)), big.NewInt(10_000))
	if gross.Cmp(maxOut) <= 0 {
		t.Fatalf("setup: gross %s within max %s", gross, maxOut)
	}
	e.reverts(alice, tiny.pool, poolABI.PackSell(all, big.NewInt(0), farOff), []*model{tiny}, "TradeTooLarge", gross, maxOut)
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) > 0 {
		return a
	}
	return b
}

func TestPoolTrades(t *testing.T) {
	e := newEnv(t)
	m := e.createModel(e.users[0], defaultParams("TRAD"))
	alice, bob := e.users[1], e.users[2]
	e.fund(alice, usd(100_000), m.pool.Address())
	e.fund(bob, usd(100_000), m.pool.Address())
	if tok := call(t, m.pool, poolABI.PackToken(), poolABI.UnpackToken); tok != m.token.Address() {
		t.Fatalf("token %s", tok)
	}
	if u := call(t, m.pool, poolABI.PackUsdc(), poolABI.UnpackUsdc); u != e.dep.USDC {
		t.Fatalf("usdc %s", u)
	}
	// Flat phase: 0.01 USDC per token, fee 0.30% rounded up.
	if sp := call(t, m.pool, poolABI.PackSpotPrice(), poolABI.UnpackSpotPrice); sp.Cmp(new(big.Int).Mul(big.NewInt(10_000), wad)) != 0 {
		t.Fatalf("flat spot %s", sp)
	}
	q := call(t, m.pool, poolABI.PackQuoteBuy(usd(10)), poolABI.UnpackQuoteBuy)
	if q.Fee.Cmp(big.NewInt(30_000)) != 0 || q.TokensOut.Cmp(new(big.Int).Mul(big.NewInt(997), wad)) != 0 {
		t.Fatalf("quoteBuy(10 USDC) = %s tokens, fee %s", q.TokensOut, q.Fee)
	}
	rc := e.must(alice, m.pool, poolABI.PackBuy(usd(10), q.TokensOut, farOff))
	var bought *bindings.ModelPoolBought
	for _, l := range rc.Logs {
		if ev, err := poolABI.UnpackBoughtEvent(l); err == nil {
			bought = ev
		}
	}
	if bought == nil || bought.Buyer != alice.addr || bought.TokensOut.Cmp(q.TokensOut) != 0 || bought.ReserveAfter.Cmp(usd(9.97)) != 0 {
		t.Fatalf("Bought %+v", bought)
	}
	if b := e.tokenBalance(m, alice.addr); b.Cmp(q.TokensOut) != 0 {
		t.Fatalf("balance %s", b)
	}
	if f := call(t, m.pool, poolABI.PackAccruedFees(), poolABI.UnpackAccruedFees); f.Cmp(big.NewInt(30_000)) != 0 {
		t.Fatalf("fees %s", f)
	}
	// Cross graduation in one buy: the spot price is continuous.
	e.must(bob, m.pool, poolABI.PackBuy(usd(200), big.NewInt(0), farOff))
	if !call(t, m.pool, poolABI.PackGraduated(), poolABI.UnpackGraduated) {
		t.Fatal("no graduation")
	}
	cp := call(t, m.pool, poolABI.PackCurvePrice(), poolABI.UnpackCurvePrice)
	if sp := call(t, m.pool, poolABI.PackSpotPrice(), poolABI.UnpackSpotPrice); sp.Cmp(cp) != 0 || cp.Cmp(new(big.Int).Mul(big.NewInt(10_000), wad)) < 0 {
		t.Fatalf("after graduation spot %s curve %s", sp, cp)
	}
	// depositFees raises the reserve and the price, mints nothing.
	supply := call(t, m.token, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply)
	r0 := call(t, m.pool, poolABI.PackReserve(), poolABI.UnpackReserve)
	e.must(bob, m.pool, poolABI.PackDepositFees(usd(25)))
	if r1 := call(t, m.pool, poolABI.PackReserve(), poolABI.UnpackReserve); new(big.Int).Sub(r1, r0).Cmp(usd(25)) != 0 {
		t.Fatalf("reserve %s → %s", r0, r1)
	}
	if s := call(t, m.token, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply); s.Cmp(supply) != 0 {
		t.Fatalf("depositFees minted: %s → %s", supply, s)
	}
	if cp2 := call(t, m.pool, poolABI.PackCurvePrice(), poolABI.UnpackCurvePrice); cp2.Cmp(cp) <= 0 {
		t.Fatalf("price did not rise: %s → %s", cp, cp2)
	}
	// Sells after the window; fees swept to the treasury by anyone.
	e.advance(7*24*time.Hour + time.Second)
	bal := e.tokenBalance(m, alice.addr)
	qs := call(t, m.pool, poolABI.PackQuoteSell(bal), poolABI.UnpackQuoteSell)
	before := e.usdcBalance(alice.addr)
	// S vests on between the quote's block and the sale's, so allow 0.1% slippage.
	minOut := new(big.Int).Div(new(big.Int).Mul(qs.UsdcOut, big.NewInt(999)), big.NewInt(1000))
	rc = e.must(alice, m.pool, poolABI.PackSell(bal, minOut, farOff))
	got := new(big.Int).Sub(e.usdcBalance(alice.addr), before)
	if got.Cmp(minOut) < 0 || got.Cmp(qs.UsdcOut) > 0 {
		t.Fatalf("sell paid %s, quoted %s", got, qs.UsdcOut)
	}
	var sold *bindings.ModelPoolSold
	for _, l := range rc.Logs {
		if ev, err := poolABI.UnpackSoldEvent(l); err == nil {
			sold = ev
		}
	}
	if sold == nil || sold.Seller != alice.addr || sold.UsdcOut.Cmp(got) != 0 || sold.TokensIn.Cmp(bal) != 0 {
		t.Fatalf("Sold %+v", sold)
	}
	fees := call(t, m.pool, poolABI.PackAccruedFees(), poolABI.UnpackAccruedFees)
	tb := e.usdcBalance(e.dep.Treasury)
	e.must(e.users[3], m.pool, poolABI.PackSweepFees())
	if got := new(big.Int).Sub(e.usdcBalance(e.dep.Treasury), tb); got.Cmp(fees) != 0 {
		t.Fatalf("treasury got %s of %s", got, fees)
	}
	e.reverts(e.users[3], m.pool, poolABI.PackSweepFees(), []*model{m}, "ZeroAmount")
}

func TestOwnerVesting(t *testing.T) {
	e := newEnv(t)
	owner := e.users[0]
	m := e.createModel(owner, defaultParams("VEST"))
	total := tokensWei(1_000_000)
	if b := call(t, m.vesting, vestABI.PackBeneficiary(), vestABI.UnpackBeneficiary); b != owner.addr {
		t.Fatalf("beneficiary %s", b)
	}
	if tk := call(t, m.vesting, vestABI.PackToken(), vestABI.UnpackToken); tk != m.token.Address() {
		t.Fatalf("token %s", tk)
	}
	if tt := call(t, m.vesting, vestABI.PackTotal(), vestABI.UnpackTotal); tt.Cmp(total) != 0 {
		t.Fatalf("total %s", tt)
	}
	start := call(t, m.vesting, vestABI.PackStart(), vestABI.UnpackStart)
	tenth := new(big.Int).Div(total, big.NewInt(10))
	if v := call(t, m.vesting, vestABI.PackVestedAt(start), vestABI.UnpackVestedAt); v.Cmp(tenth) != 0 {
		t.Fatalf("vested at launch %s", v)
	}
	half := call(t, m.vesting, vestABI.PackVestedAt(start+365*24*3600/2), vestABI.UnpackVestedAt)
	if want := new(big.Int).Add(tenth, new(big.Int).Div(new(big.Int).Sub(total, tenth), big.NewInt(2))); half.Cmp(want) != 0 {
		t.Fatalf("vested at half %s, want %s", half, want)
	}
	// Anyone may release; the tokens go to the owner.
	e.must(e.users[3], m.vesting, vestABI.PackRelease())
	got := e.tokenBalance(m, owner.addr)
	if got.Cmp(tenth) < 0 || got.Cmp(new(big.Int).Add(tenth, tokensWei(1))) > 0 {
		t.Fatalf("released at launch %s", got)
	}
	if rel := call(t, m.vesting, vestABI.PackReleased(), vestABI.UnpackReleased); rel.Cmp(got) != 0 {
		t.Fatalf("released() %s", rel)
	}
	locked := call(t, m.vesting, vestABI.PackLocked(), vestABI.UnpackLocked)
	if s := call(t, m.pool, poolABI.PackRedeemableSupply(), poolABI.UnpackRedeemableSupply); new(big.Int).Add(s, locked).Cmp(total) != 0 {
		t.Fatalf("redeemable %s + locked %s ≠ total", s, locked)
	}
	e.advance(366 * 24 * time.Hour)
	if r := call(t, m.vesting, vestABI.PackReleasable(), vestABI.UnpackReleasable); new(big.Int).Add(r, got).Cmp(total) != 0 {
		t.Fatalf("releasable after a year %s", r)
	}
	e.must(owner, m.vesting, vestABI.PackRelease())
	if b := e.tokenBalance(m, owner.addr); b.Cmp(total) != 0 {
		t.Fatalf("owner holds %s after a year", b)
	}
	e.reverts(owner, m.vesting, vestABI.PackRelease(), []*model{m}, "NothingToRelease")
}
