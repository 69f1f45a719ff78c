package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// TestPoolInvariants runs random sequences of buys, sells, round trips, fee deposits, vesting
// releases, sweeps, transfers and time jumps against one pool, and after every step checks:
// the balances sum to the total supply; the pool's USDC balance ≥ reserve + accrued fees ≥
// reserve ≥ what selling every redeemable token would pay; S = totalSupply − locked. A round
// trip (buy, then sell exactly the tokens bought) never returns more than was paid, and a
// graduation happens at the flat price (no jump in the spot price).
func TestPoolInvariants(t *testing.T) {
	var stats struct{ graduations, roundTrips, sells, buys int }
	defer func() {
		t.Logf("graduations %d, round trips %d, sells %d, buys %d", stats.graduations, stats.roundTrips, stats.sells, stats.buys)
		if stats.graduations == 0 || stats.roundTrips == 0 || stats.sells == 0 {
			t.Errorf("the random sequences never exercised a graduation, a round trip or a sell")
		}
	}()
	rapid.Check(t, func(rt *rapid.T) {
		e := newEnv(t)
		crr := rapid.Uint64Range(5e16, 1e18).Draw(rt, "crr")
		fee := rapid.SampledFrom([]uint16{0, 30, 1000}).Draw(rt, "feeBps")
		window := rapid.SampledFrom([]uint32{0, 3600, 7 * 24 * 3600}).Draw(rt, "window")
		d := bindings.ModelFactoryPoolDefaults{FlatPrice: 10_000, Crr: crr, FeeBps: fee, MaxTradeBps: 2000, BuyOnlyWindow: window, MaxTradeFloor: 1_000e6}
		e.must(e.admin, e.factory, facABI.PackSetPoolDefaults(d))
		p := defaultParams("PROP")
		p.InitialSupply = tokensWei(rapid.Int64Range(1_000, 10_000_000).Draw(rt, "initialTokens"))
		owner := e.users[0]
		m := e.createModel(owner, p)
		traders := e.users[1:4]
		for _, u := range traders {
			e.fund(u, usd(10_000_000), m.pool.Address())
		}
		depositor := e.users[4]
		e.fund(depositor, usd(10_000_000), m.pool.Address())
		holders := []common.Address{owner.addr, m.vesting.Address(), m.pool.Address(), e.dep.Treasury}
		for _, u := range e.users[1:] {
			holders = append(holders, u.addr)
		}
		flatWad := new(big.Int).Mul(big.NewInt(10_000), wad)
		graduations := 0

		buy := func(rt *rapid.T, u actor, amount *big.Int) (*big.Int, bool) {
			q := call(t, m.pool, poolABI.PackQuoteBuy(amount), poolABI.UnpackQuoteBuy)
			maxT := call(t, m.pool, poolABI.PackMaxTrade(), poolABI.UnpackMaxTrade)
			before := e.tokenBalance(m, u.addr)
			usdcBefore := e.usdcBalance(u.addr)
			r, err := e.send(u, m.pool, poolABI.PackBuy(amount, big.NewInt(0), farOff))
			switch {
			case amount.Cmp(maxT) > 0:
				wantRevert(rt, err, "TradeTooLarge", amount, maxT)
				return nil, false
			case q.TokensOut.Sign() == 0:
				wantRevert(rt, err, "ZeroOutput")
				return nil, false
			case err != nil:
				rt.Fatalf("buy %s: %v", amount, err)
			}
			got := new(big.Int).Sub(e.tokenBalance(m, u.addr), before)
			if paid := new(big.Int).Sub(usdcBefore, e.usdcBalance(u.addr)); paid.Cmp(amount) != 0 {
				rt.Fatalf("buy paid %s, asked %s", paid, amount)
			}
			for _, l := range r.Logs {
				if ev, err := poolABI.UnpackGraduatedEvent(l); err == nil {
					graduations++
					stats.graduations++
					checkCrossing(rt, ev, flatWad)
				}
			}
			stats.buys++
			return got, true
		}
		sell := func(rt *rapid.T, u actor, n *big.Int) (*big.Int, bool) {
			cfg := call(t, m.pool, poolABI.PackConfig(), poolABI.UnpackConfig)
			usdcBefore := e.usdcBalance(u.addr)
			_, err := e.send(u, m.pool, poolABI.PackSell(n, big.NewInt(0), farOff))
			if err != nil {
				var ce *customError
				if !asCustom(err, &ce) {
					rt.Fatalf("sell: %v", err)
				}
				switch ce.Name {
				case "BuyOnlyWindow":
					if e.now() >= cfg.LaunchEndsAt.Uint64() {
						rt.Fatalf("BuyOnlyWindow after the window: %v", ce)
					}
				case "TradeTooLarge", "ZeroOutput":
				default:
					rt.Fatalf("sell %s: %v", n, ce)
				}
				return nil, false
			}
			stats.sells++
			return new(big.Int).Sub(e.usdcBalance(u.addr), usdcBefore), true
		}

		rt.Repeat(map[string]func(*rapid.T){
			"buy": func(rt *rapid.T) {
				u := rapid.SampledFrom(traders).Draw(rt, "buyer")
				maxT := call(t, m.pool, poolABI.PackMaxTrade(), poolABI.UnpackMaxTrade)
				buy(rt, u, logUniform(rt, new(big.Int).Add(maxT, big.NewInt(1)), "usdcIn"))
			},
			"sell": func(rt *rapid.T) {
				u := rapid.SampledFrom(traders).Draw(rt, "seller")
				bal := e.tokenBalance(m, u.addr)
				if bal.Sign() == 0 {
					rt.Skip("no tokens")
				}
				sell(rt, u, logUniform(rt, bal, "tokensIn"))
			},
			"roundTrip": func(rt *rapid.T) {
				u := rapid.SampledFrom(traders).Draw(rt, "trader")
				maxT := call(t, m.pool, poolABI.PackMaxTrade(), poolABI.UnpackMaxTrade)
				amount := logUniform(rt, maxT, "usdcIn")
				got, ok := buy(rt, u, amount)
				if !ok {
					return
				}
				back, ok := sell(rt, u, got)
				if ok {
					stats.roundTrips++
					if back.Cmp(amount) > 0 {
						rt.Fatalf("round trip paid %s, returned %s", amount, back)
					}
				}
			},
			"deposit": func(rt *rapid.T) {
				amount := logUniform(rt, big.NewInt(1e10), "deposit")
				r := e.must(depositor, m.pool, poolABI.PackDepositFees(amount))
				for _, l := range r.Logs {
					if _, err := poolABI.UnpackGraduatedEvent(l); err == nil {
						graduations++
					}
				}
			},
			"release": func(rt *rapid.T) {
				if call(t, m.vesting, vestABI.PackReleasable(), vestABI.UnpackReleasable).Sign() == 0 {
					rt.Skip("nothing releasable")
				}
				e.must(depositor, m.vesting, vestABI.PackRelease())
			},
			"sweep": func(rt *rapid.T) {
				if call(t, m.pool, poolABI.PackAccruedFees(), poolABI.UnpackAccruedFees).Sign() == 0 {
					rt.Skip("no fees")
				}
				e.must(depositor, m.pool, poolABI.PackSweepFees())
			},
			"transfer": func(rt *rapid.T) {
				from := rapid.SampledFrom(append(traders, owner)).Draw(rt, "from")
				to := rapid.SampledFrom(e.users).Draw(rt, "to")
				bal := e.tokenBalance(m, from.addr)
				if bal.Sign() == 0 {
					rt.Skip("no tokens")
				}
				e.must(from, m.token, tokABI.PackTransfer(to.addr, logUniform(rt, bal, "amount")))
			},
			"advance": func(rt *rapid.T) {
				e.advance(time.Duration(rapid.IntRange(1, 24*60).Draw(rt, "hours")) * time.Hour)
			},
			"": func(rt *rapid.T) {
				supply := call(t, m.token, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply)
				sum := new(big.Int)
				for _, h := range holders {
					sum.Add(sum, e.tokenBalance(m, h))
				}
				if sum.Cmp(supply) != 0 {
					rt.Fatalf("balances sum to %s, totalSupply %s", sum, supply)
				}
				r := call(t, m.pool, poolABI.PackReserve(), poolABI.UnpackReserve)
				fees := call(t, m.pool, poolABI.PackAccruedFees(), poolABI.UnpackAccruedFees)
				if bal := e.usdcBalance(m.pool.Address()); bal.Cmp(new(big.Int).Add(r, fees)) < 0 {
					rt.Fatalf("pool holds %s USDC < reserve %s + fees %s", bal, r, fees)
				}
				s := call(t, m.pool, poolABI.PackRedeemableSupply(), poolABI.UnpackRedeemableSupply)
				locked := call(t, m.vesting, vestABI.PackLocked(), vestABI.UnpackLocked)
				if new(big.Int).Add(s, locked).Cmp(supply) != 0 {
					rt.Fatalf("S %s + locked %s ≠ supply %s", s, locked, supply)
				}
				q := call(t, m.pool, poolABI.PackQuoteSell(s), poolABI.UnpackQuoteSell)
				if all := new(big.Int).Add(q.UsdcOut, q.Fee); all.Cmp(r) > 0 {
					rt.Fatalf("selling all %s tokens pays %s > reserve %s", s, all, r)
				}
			},
		})
		_ = graduations
	})
}

// checkCrossing asserts a buy's Graduated event sits at the flat price: R/(wS) at the crossing
// point is at least the flat price and above it by no more than the rounding of e* (1 micro-USDC)
// and of the flat part's tokens (1 wei).
func checkCrossing(rt *rapid.T, ev *bindings.ModelPoolGraduated, flatWad *big.Int) {
	if ev.Price.Cmp(flatWad) < 0 {
		rt.Fatalf("graduated below the flat price: %s < %s (R=%s S=%s)", ev.Price, flatWad, ev.Reserve, ev.Supply)
	}
	slack := new(big.Int).Div(flatWad, maxBig(ev.Reserve, big.NewInt(1)))
	slack.Add(slack, new(big.Int).Div(flatWad, big.NewInt(1e12))).Add(slack, big.NewInt(1))
	if diff := new(big.Int).Sub(ev.Price, flatWad); diff.Cmp(slack) > 0 {
		rt.Fatalf("spot jumped at graduation: %s vs flat %s (R=%s S=%s)", ev.Price, flatWad, ev.Reserve, ev.Supply)
	}
}
