package bindings_test

import (
	"math/big"
	"testing"

	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// FuzzCurve checks quoteBuy and quoteSell against the big-float reference on four graduated
// pools (CRR 5%, 10%, 50%, 100%). Run: go test ./chain/bindings -run '^$' -fuzz FuzzCurve
func FuzzCurve(f *testing.F) {
	e := newEnv(f)
	type fixture struct {
		m       *model
		s, r, w *big.Int
		maxBuy  *big.Int
	}
	var pools []fixture
	for i, crr := range []uint64{5e16, 1e17, 5e17, 1e18} {
		d := bindings.ModelFactoryPoolDefaults{FlatPrice: 1, Crr: crr, FeeBps: 0, MaxTradeBps: 2000, MaxTradeFloor: 0}
		e.must(e.admin, e.factory, facABI.PackSetPoolDefaults(d))
		m := e.createModel(e.users[0], defaultParams("FUZ"+string(rune('A'+i))))
		e.fund(e.users[4], usd(10_000), m.pool.Address())
		e.must(e.users[4], m.pool, poolABI.PackDepositFees(usd(10_000)))
		pools = append(pools, fixture{m: m, w: new(big.Int).SetUint64(crr)})
	}
	// No more blocks from here on: read each pool's state at the block every quote runs at.
	for i := range pools {
		p := &pools[i]
		p.s = call(f, p.m.pool, poolABI.PackRedeemableSupply(), poolABI.UnpackRedeemableSupply)
		p.r = call(f, p.m.pool, poolABI.PackReserve(), poolABI.UnpackReserve)
		p.maxBuy = call(f, p.m.pool, poolABI.PackMaxTrade(), poolABI.UnpackMaxTrade)
	}
	f.Add(uint8(0), uint64(1), uint64(1))
	f.Add(uint8(1), uint64(2_000_000_000), uint64(1e18))
	f.Add(uint8(2), uint64(123_456_789), uint64(7e18))
	f.Add(uint8(3), uint64(999), uint64(1<<63))
	f.Fuzz(func(t *testing.T, which uint8, amount, tokens uint64) {
		p := pools[int(which)%len(pools)]
		in := new(big.Int).SetUint64(amount)
		in.Mod(in, p.maxBuy).Add(in, big.NewInt(1))
		q := call(t, p.m.pool, poolABI.PackQuoteBuy(in), poolABI.UnpackQuoteBuy)
		if err := within(q.TokensOut, refBuy(p.s, p.r, p.w, in)); err != nil {
			t.Fatalf("buy %s on w=%s: %v", in, p.w, err)
		}
		tin := new(big.Int).SetUint64(tokens)
		tin.Mul(tin, big.NewInt(1e6)).Mod(tin, p.s).Add(tin, big.NewInt(1)) // 1 wei … S
		qs := call(t, p.m.pool, poolABI.PackQuoteSell(tin), poolABI.UnpackQuoteSell)
		if err := within(qs.UsdcOut, refSell(p.s, p.r, p.w, tin)); err != nil {
			t.Fatalf("sell %s on w=%s: %v", tin, p.w, err)
		}
	})
}
