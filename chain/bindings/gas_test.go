package bindings_test

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"
)

// TestGas prints the gas of model creation, buys and sells in each phase for first-time and
// steady holders, depositFees, sweepFees and a vesting release, on Osaka rules (mainnet's).
// Run: go test ./chain/bindings -run TestGas -v. Every transaction is mined in its own block.
// It asserts only that each call succeeds and that the curve-phase steady trades are recorded.
func TestGas(t *testing.T) {
	e := newEnv(t)
	var rows []string
	row := func(name string, gas uint64) {
		rows = append(rows, fmt.Sprintf("| %-44s | %9d |", name, gas))
	}
	owner, a, b := e.users[0], e.users[1], e.users[2]
	row("createModel (token + pool + vesting clones)", e.must(owner, e.factory, facABI.PackCreateModel(defaultParams("GASX"))).GasUsed)
	m := e.createModel(owner, defaultParams("GASY"))
	for _, u := range []actor{a, b} {
		e.fund(u, usd(1_000_000), m.pool.Address())
	}
	buy := func(u actor, x float64) uint64 {
		return e.must(u, m.pool, poolABI.PackBuy(usd(x), big.NewInt(0), farOff)).GasUsed
	}
	sell := func(u actor, n *big.Int) uint64 {
		return e.must(u, m.pool, poolABI.PackSell(n, big.NewInt(0), farOff)).GasUsed
	}
	row("buy, flat phase, first-time holder", buy(a, 10))
	row("buy, flat phase, steady holder", buy(a, 10))
	row("buy, crossing graduation (split)", buy(b, 150))
	if !call(t, m.pool, poolABI.PackGraduated(), poolABI.UnpackGraduated) {
		t.Fatal("pool did not graduate")
	}
	c := e.users[3]
	e.fund(c, usd(1_000), m.pool.Address())
	row("buy, curve phase, first-time holder", buy(c, 10))
	row("buy, curve phase, steady holder", buy(a, 10))
	row("buy, curve phase, steady holder (again)", buy(b, 5))
	e.advance(8 * 24 * time.Hour)
	balA := e.tokenBalance(m, a.addr)
	row("sell, curve phase, steady holder (part)", sell(a, new(big.Int).Div(balA, big.NewInt(10))))
	row("sell, curve phase, steady holder (again)", sell(a, new(big.Int).Div(balA, big.NewInt(10))))
	row("sell, curve phase, whole balance", sell(c, e.tokenBalance(m, c.addr)))
	row("depositFees", e.must(b, m.pool, poolABI.PackDepositFees(usd(50))).GasUsed)
	row("sweepFees", e.must(b, m.pool, poolABI.PackSweepFees()).GasUsed)
	row("OwnerVesting.release", e.must(b, m.vesting, vestABI.PackRelease()).GasUsed)

	// A flat-phase pool past its buy-only window.
	m2 := e.createModel(owner, defaultParams("GASZ"))
	e.fund(a, usd(1_000), m2.pool.Address())
	e.must(a, m2.pool, poolABI.PackBuy(usd(20), big.NewInt(0), farOff))
	e.advance(8 * 24 * time.Hour)
	bal := e.tokenBalance(m2, a.addr)
	row("sell, flat phase, steady holder (part)", e.must(a, m2.pool, poolABI.PackSell(new(big.Int).Div(bal, big.NewInt(4)), big.NewInt(0), farOff)).GasUsed)
	row("buy, flat phase, steady holder, after window", e.must(a, m2.pool, poolABI.PackBuy(usd(1), big.NewInt(0), farOff)).GasUsed)

	table := "| operation | gas |\n|---|---:|\n" + strings.Join(rows, "\n")
	t.Log("\n" + table)
	if p := os.Getenv("HOKUSAI_GAS_OUT"); p != "" {
		if err := os.WriteFile(p, []byte(table+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
