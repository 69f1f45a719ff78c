package bindings_test

import (
	"math/big"
	"testing"
	"time"
)

func TestSmokeBuySell(t *testing.T) {
	e := newEnv(t)
	m := e.createModel(e.users[0], defaultParams("SENT"))
	alice := e.users[1]
	e.fund(alice, usd(10_000), m.pool.Address())
	r := e.must(alice, m.pool, poolABI.PackBuy(usd(100), big.NewInt(0), farOff))
	t.Logf("buy gas %d", r.GasUsed)
	bal := e.tokenBalance(m, alice.addr)
	t.Logf("alice tokens %s", bal)
	e.advance(8 * 24 * time.Hour)
	half := new(big.Int).Div(bal, big.NewInt(2))
	r = e.must(alice, m.pool, poolABI.PackSell(half, big.NewInt(0), farOff))
	t.Logf("sell gas %d usdc %s", r.GasUsed, e.usdcBalance(alice.addr))
}
