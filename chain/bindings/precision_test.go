package bindings_test

import (
	"fmt"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// logUniform draws from [1, max] with a log-uniform spread of magnitudes.
func logUniform(t *rapid.T, max *big.Int, label string) *big.Int {
	bits := rapid.IntRange(1, max.BitLen()).Draw(t, label+"_bits")
	v := new(big.Int).SetUint64(rapid.Uint64().Draw(t, label+"_hi"))
	v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(rapid.Uint64().Draw(t, label+"_lo")))
	low := new(big.Int).Lsh(big.NewInt(1), uint(bits-1))
	v.Mod(v, low).Add(v, low)
	if v.Cmp(max) > 0 {
		v.Set(max)
	}
	return v
}

var tickerSeq int

// nextTicker returns a fresh 3–6 letter ticker.
func nextTicker() string {
	tickerSeq++
	n, s := tickerSeq, ""
	for i := 0; i < 4; i++ {
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return "Q" + s
}

// curvePool creates a model whose pool sits on the curve with ratio crr (wad), supply S and
// reserve R drawn by t, and returns it with (S, R).
func curvePool(rt *rapid.T, e *env) (*model, *big.Int, *big.Int, *big.Int, uint16) {
	crr := rapid.OneOf(
		rapid.SampledFrom([]uint64{5e16, 75e15, 1e17, 2e17, 333333333333333333, 5e17, 73e16, 999e15, 1e18}),
		rapid.Uint64Range(5e16, 1e18),
	).Draw(rt, "crr")
	fee := rapid.SampledFrom([]uint16{0, 1, 30, 250, 1000}).Draw(rt, "feeBps")
	d := bindings.ModelFactoryPoolDefaults{FlatPrice: 1, Crr: crr, FeeBps: fee, MaxTradeBps: 2000, BuyOnlyWindow: 0, MaxTradeFloor: 0}
	e.must(e.admin, e.factory, facABI.PackSetPoolDefaults(d))
	p := defaultParams(nextTicker())
	p.InitialSupply = new(big.Int).Mul(logUniform(rt, big.NewInt(1e9), "supplyTokens"), wad)
	m := e.createModel(e.users[0], p)
	s := call(e.t, m.pool, poolABI.PackRedeemableSupply(), poolABI.UnpackRedeemableSupply)
	// Graduation needs R ≥ p·w·S / 1e36.
	need := new(big.Int).Mul(new(big.Int).SetUint64(crr), s)
	need.Div(need, new(big.Int).Exp(big.NewInt(10), big.NewInt(34), nil)).Add(need, big.NewInt(1)) // ×100: S vests on
	r := new(big.Int).Add(need, logUniform(rt, big.NewInt(1e13), "reserve"))
	depositor := e.users[4]
	e.fund(depositor, r, m.pool.Address())
	e.must(depositor, m.pool, poolABI.PackDepositFees(r))
	if !call(e.t, m.pool, poolABI.PackGraduated(), poolABI.UnpackGraduated) {
		rt.Fatalf("pool did not graduate at R=%s S=%s", r, s)
	}
	// S grows as the owner's allocation vests, block by block: read it at the quoting block.
	s = call(e.t, m.pool, poolABI.PackRedeemableSupply(), poolABI.UnpackRedeemableSupply)
	return m, s, r, new(big.Int).SetUint64(crr), fee
}

// worstBuy and worstSell are the largest relative errors seen (logged by TestCurvePrecision).
var worstBuy, worstSell float64

// relErr returns (ref − got)/ref.
func relErr(got *big.Int, ref *big.Float) float64 {
	if ref.Sign() == 0 {
		return 0
	}
	d := new(big.Float).SetPrec(refPrec).Sub(ref, bf(got))
	f, _ := d.Quo(d, ref).Float64()
	return f
}

// within checks got ≤ ref (the pool never pays more than exact) and ref − got ≤ max(1e-9·ref, 1).
func within(got *big.Int, ref *big.Float) error {
	g := bf(got)
	// The reference itself is good to about 2^-500; allow for that, not more.
	refUp := new(big.Float).SetPrec(refPrec).Mul(ref, new(big.Float).SetPrec(refPrec).SetMantExp(big.NewFloat(1), -400))
	refUp.Add(refUp, ref)
	if g.Cmp(refUp) > 0 {
		return fmt.Errorf("got %s above the exact %s", got, ref.Text('g', 40))
	}
	diff := new(big.Float).SetPrec(refPrec).Sub(ref, g)
	tol := new(big.Float).SetPrec(refPrec).Mul(ref, big.NewFloat(1e-9))
	if tol.Cmp(big.NewFloat(1)) < 0 {
		tol = big.NewFloat(1)
	}
	if diff.Cmp(tol) > 0 {
		rel, _ := new(big.Float).Quo(diff, ref).Float64()
		return fmt.Errorf("got %s, exact %s: off by %s (relative %.3g)", got, ref.Text('g', 30), diff.Text('g', 10), rel)
	}
	return nil
}

// TestCurvePrecision compares quoteBuy and quoteSell with the big-float reference for reserve
// ratios 5–100% and trade sizes from 1 micro-USDC (or 1 token wei) to the max trade.
func TestCurvePrecision(t *testing.T) {
	e := newEnv(t)
	defer func() {
		t.Logf("largest relative error (outputs above 1e12 units): buy %.3g, sell %.3g", worstBuy, worstSell)
	}()
	rapid.Check(t, func(rt *rapid.T) {
		m, s, r, w, _ := curvePool(rt, e)
		maxTrade := call(e.t, m.pool, poolABI.PackMaxTrade(), poolABI.UnpackMaxTrade)
		if maxTrade.Sign() == 0 {
			maxTrade = big.NewInt(1)
		}
		for i := 0; i < 6; i++ {
			in := logUniform(rt, maxTrade, "usdcIn")
			if i == 0 {
				in = big.NewInt(1)
			} else if i == 1 {
				in = maxTrade
			}
			q := call(e.t, m.pool, poolABI.PackQuoteBuy(in), poolABI.UnpackQuoteBuy)
			net := new(big.Int).Sub(in, q.Fee)
			ref := refBuy(s, r, w, net)
			if err := within(q.TokensOut, ref); err != nil {
				rt.Fatalf("buy %s (net %s) at S=%s R=%s w=%s: %v", in, net, s, r, w, err)
			}
			if q.TokensOut.Cmp(big.NewInt(1e12)) > 0 { // where one unit is below 1e-12
				worstBuy = max(worstBuy, relErr(q.TokensOut, ref))
			}
		}
		// The largest sale under the max trade is about t = 1 − 0.8^w of S.
		wf, _ := bfFrac(w, wad).Float64()
		maxT, _ := new(big.Float).Mul(bf(s), big.NewFloat(1-pow(0.8, wf))).Int(nil)
		if maxT.Sign() <= 0 {
			maxT = big.NewInt(1)
		}
		for i := 0; i < 6; i++ {
			tin := logUniform(rt, maxT, "tokensIn")
			if i == 0 {
				tin = big.NewInt(1)
			} else if i == 1 {
				tin = s
			}
			q := call(e.t, m.pool, poolABI.PackQuoteSell(tin), poolABI.UnpackQuoteSell)
			gross := new(big.Int).Add(q.UsdcOut, q.Fee)
			ref := refSell(s, r, w, tin)
			if err := within(gross, ref); err != nil {
				rt.Fatalf("sell %s at S=%s R=%s w=%s: %v", tin, s, r, w, err)
			}
			if gross.Cmp(big.NewInt(1e12)) > 0 {
				worstSell = max(worstSell, relErr(gross, ref))
			}
		}
	})
}
