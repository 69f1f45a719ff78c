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
// steady holders, depositFees, sweepFees and a vesting release — under Osaka rules (mainnet's
// and the embedded dev chain's) and under go-ethereum's dev preset (Amsterdam and later forks,
// EIP-8037/8038 state gas), for comparison. Every transaction is mined
// in its own block. Run: go test ./chain/bindings -run TestGas -v
// With HOKUSAI_GAS_OUT=FILE it also writes the table as Markdown.
func TestGas(t *testing.T) {
	osakaRows := gasRun(t, true)
	devRows := gasRun(t, false)
	var b strings.Builder
	b.WriteString("| operation | gas (Osaka) | gas (Amsterdam+, EIP-8037/8038) |\n|---|---:|---:|\n")
	for i, r := range osakaRows {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", r.name, r.gas, devRows[i].gas)
	}
	t.Log("\n" + b.String())
	if p := os.Getenv("HOKUSAI_GAS_OUT"); p != "" {
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type gasRow struct {
	name string
	gas  uint64
}

func gasRun(t *testing.T, osakaRules bool) []gasRow {
	e := newEnvRules(t, osakaRules)
	var rows []gasRow
	row := func(name string, gas uint64) { rows = append(rows, gasRow{name, gas}) }
	owner, a, b, c := e.users[0], e.users[1], e.users[2], e.users[3]
	row("createModel (token, pool and vesting clones, registry entry)", e.must(owner, e.factory, facABI.PackCreateModel(defaultParams("GASX"))).GasUsed)
	m := e.createModel(owner, defaultParams("GASY"))
	for _, u := range []actor{a, b, c, e.users[4]} {
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
	row("buy that crosses graduation (flat part + curve part)", buy(b, 150))
	if !call(t, m.pool, poolABI.PackGraduated(), poolABI.UnpackGraduated) {
		t.Fatal("pool did not graduate")
	}
	row("depositFees (20,000 USDC)", e.must(e.users[4], m.pool, poolABI.PackDepositFees(usd(20_000))).GasUsed)
	row("buy, curve phase, first-time holder", buy(c, 100))
	row("buy, curve phase, steady holder", buy(a, 100))
	row("buy, curve phase, steady holder (another)", buy(b, 100))
	e.advance(8 * 24 * time.Hour)
	balA := e.tokenBalance(m, a.addr)
	row("sell, curve phase, first trade in a new hour", sell(a, new(big.Int).Div(balA, big.NewInt(10))))
	row("sell, curve phase, steady holder", sell(a, new(big.Int).Div(balA, big.NewInt(10))))
	row("sell, curve phase, steady holder (another)", sell(b, new(big.Int).Div(e.tokenBalance(m, b.addr), big.NewInt(10))))
	row("sell, curve phase, whole balance", sell(c, e.tokenBalance(m, c.addr)))
	e.advance(time.Hour)
	row("buy, curve phase, first trade in a new hour", buy(a, 100))
	row("buy, curve phase, steady holder, large (10% of reserve)", buy(b, 2_000))
	row("sweepFees", e.must(b, m.pool, poolABI.PackSweepFees()).GasUsed)
	row("OwnerVesting.release", e.must(b, m.vesting, vestABI.PackRelease()).GasUsed)

	// A flat-phase pool past its buy-only window.
	m2 := e.createModel(owner, defaultParams("GASZ"))
	e.fund(a, usd(1_000), m2.pool.Address())
	e.must(a, m2.pool, poolABI.PackBuy(usd(20), big.NewInt(0), farOff))
	e.advance(8 * 24 * time.Hour)
	e.must(a, m2.pool, poolABI.PackBuy(usd(1), big.NewInt(0), farOff)) // opens the hour
	bal := e.tokenBalance(m2, a.addr)
	row("sell, flat phase, steady holder", e.must(a, m2.pool, poolABI.PackSell(new(big.Int).Div(bal, big.NewInt(4)), big.NewInt(0), farOff)).GasUsed)
	return rows
}
