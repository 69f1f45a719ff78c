package bindings_test

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/chain"
)

// TestHexsGas prints the gas of model creation with its Agent and DAO, a consumer's first
// settled call against a later one, a rating (direct and relayed by signature), propose / vote / vote by signature / queue /
// execute of a price proposal (each against its target: 250,000 / 90,000 / 110,000 / 140,000), and a sale, under Osaka rules, each in its own block.
// Run: go test ./chain/bindings -run TestHexsGas -v (HOKUSAI_GAS_OUT=FILE writes the table).
func TestHexsGas(t *testing.T) {
	e := newHexsEnv(t)
	owner, c1, c2, buyer := e.users[0], e.users[1], e.users[2], e.users[3]
	var b strings.Builder
	b.WriteString("| operation | gas (Osaka) |\n|---|---:|\n")
	row := func(name string, gas uint64) { fmt.Fprintf(&b, "| %s | %d |\n", name, gas) }

	create := e.must(owner, e.factory, facABI.PackCreateModel(defaultParams("GASA"))).GasUsed
	row("createModel (token, pool, vesting, Agent, Governor and timelock clones; registry entry and links)", create)
	if create > 1_200_000 {
		t.Errorf("createModel %d gas, over the 1,200,000 target", create)
	}
	d := e.newModel(owner, "GASB")
	id := d.m.id.Uint64()
	e.credit(c1, usd(1_000))
	e.credit(c2, usd(1_000))
	e.settle(chain.UsageEntry{Consumer: c1.addr, ModelID: id, Amount: 2000, Calls: 1}) // the model's first settlement
	e.advance(time.Minute)
	first := e.settle(chain.UsageEntry{Consumer: c2.addr, ModelID: id, Amount: 2000, Calls: 1})
	again := e.settle(chain.UsageEntry{Consumer: c2.addr, ModelID: id, Amount: 2000, Calls: 1})
	row("settle, one entry, consumer's first settled call (joins the Agent)", first)
	row("settle, one entry, the same consumer later", again)
	row("extra gas of a consumer's first settled call", first-again)
	if first-again > 25_000 {
		t.Errorf("a consumer's first settled call costs %d extra gas, over the 25,000 target", first-again)
	}
	rate1 := e.must(c1, d.agent, agentABI.PackRate(4)).GasUsed
	rate2 := e.must(c2, d.agent, agentABI.PackRate(5)).GasUsed
	rate3 := e.must(c2, d.agent, agentABI.PackRate(3)).GasUsed
	row("rate, the model's first rating", rate1)
	row("rate, a member's first rating", rate2)
	row("rate, changing a rating", rate3)
	rateBySig := func(member actor, stars uint8) uint64 {
		n := call(t, d.agent, agentABI.PackNonces(member.addr), agentABI.UnpackNonces)
		deadline := e.now() + 3600
		sig, err := chain.SignRating(member.key, 1337, d.agent.Address(), stars, n, deadline)
		if err != nil {
			t.Fatal(err)
		}
		return e.must(e.admin, d.agent, agentABI.PackRateBySig(stars, member.addr, new(big.Int).SetUint64(deadline), sig)).GasUsed
	}
	rate4 := rateBySig(owner, 5)
	rate5 := rateBySig(c1, 2)
	row("rateBySig, relayed, a member's first rating", rate4)
	row("rateBySig, relayed, changing a rating", rate5)
	if max(rate1, rate2, rate3, rate4, rate5) > 60_000 {
		t.Errorf("a rating costs over the 60,000 target: %d %d %d %d %d", rate1, rate2, rate3, rate4, rate5)
	}

	e.releaseLaunchTokens(d)
	// A second voter, so the measured vote is a steady one (the tally slot exists).
	half := new(big.Int).Div(e.tokenBalance(d.m, owner.addr), big.NewInt(2))
	e.must(owner, d.m.token, tokABI.PackTransfer(c1.addr, half))
	e.advance(time.Hour)
	pid, propose := e.propose(d, owner, e.tm.Address(), tmABI.PackSetPricePerCall(d.m.id, 3000), "price to 0.003 USDC")
	e.advance(2 * time.Hour)
	voteFirst := e.must(c1, d.governor, govABI.PackCastVote(pid, 1)).GasUsed
	voteFor, queue, execute := e.pass(d, pid, nil)
	row("propose (price per call)", propose)
	row("castVote, the proposal's first For vote", voteFirst)
	row("castVote, a later For vote", voteFor)
	row("queue (by its calls; the timelock keeps the ETA)", queue)
	row("execute (by its calls; the timelock starts the price ramp)", execute)
	for _, c := range []struct {
		name        string
		gas, target uint64
	}{{"propose", propose, 250_000}, {"castVote", voteFirst, 90_000}, {"castVote", voteFor, 90_000}, {"queue", queue, 110_000}, {"execute", execute, 140_000}} {
		if c.gas > c.target {
			t.Errorf("%s %d gas, over the %d target", c.name, c.gas, c.target)
		}
	}

	pid2, _ := e.propose(d, owner, d.agent.Address(), agentABI.PackSetTierDiscount(1, 2000), "batch discount 20%")
	e.advance(2 * time.Hour)
	e.must(owner, d.governor, govABI.PackCastVote(pid2, 1))
	sig, err := chain.SignBallot(e.users[1].key, 1337, d.governor.Address(), pid2, chain.VoteFor, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	row("castVoteBySig, relayed, a later For vote", e.must(e.admin, d.governor, govABI.PackCastVoteBySig(pid2, chain.VoteFor, c1.addr, sig)).GasUsed)

	e.must(owner, e.market, marketABI.PackList(d.m.id, usd(500)))
	e.fund(buyer, usd(1_000), e.market.Address())
	row("ModelMarket.buy (every owner right moves)", e.must(buyer, e.market, marketABI.PackBuy(d.m.id, usd(500))).GasUsed)
	t.Log("\n" + b.String())
	if p := os.Getenv("HOKUSAI_GAS_OUT"); p != "" {
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
