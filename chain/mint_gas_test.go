package chain_test

import (
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// Gas bounds. Gas is deterministic, so the test asserts them. A new
// contributor costs about 57,000 gas: their balance word (22,100), which
// also carries their votes (ModelToken's own votes: no delegate slot, no
// checkpoint), and their Agent membership and training shares (about
// 27,000). A settled entry reads its consumer's membership in the model's
// Agent (about 1,400 more per entry in steady state).
const (
	gasOneContributorMint   = 230_000
	gasPerExtraContributor  = 60_000
	gasPerEntryHundredBatch = 12_000
)

// TestMintSettleGas measures a mint with 1, 10 and 100 contributors (one
// attester) and steady-state settlements of 1, 100 and 1,000 entries (and a
// first batch of 100 new consumers); it prints the table
// recorded in docs/BENCHMARKS.md when HOKUSAI_GAS_REPORT=1.
func TestMintSettleGas(t *testing.T) {
	if testing.Short() {
		t.Skip("gas report in -short mode")
	}
	t.Run("osaka", func(t *testing.T) { mintSettleGas(t, true) })
	if os.Getenv("HOKUSAI_GAS_REPORT") == "1" {
		// The dev chain's default schedule (Amsterdam, EIP-8037 state gas): reported, not asserted.
		t.Run("amsterdam", func(t *testing.T) { mintSettleGas(t, false) })
	}
}

func mintSettleGas(t *testing.T, osaka bool) {
	e := newMintEnvWith(t) // go-ethereum's default dev config: Amsterdam
	if osaka {
		e = newMintEnv(t)
	}
	// A model verified by one attester (k = 1).
	model, _, _ := e.createModel(0, 0, wad(50, 100), nil)
	e.configure(model, 1, tokens(1_000), tokens(1_000_000), tokens(1_000_000_000))
	fresh := func(n int) []chain.Contributor {
		cs := make([]chain.Contributor, n)
		left := 10_000
		for i := range cs {
			k, _ := crypto.GenerateKey()
			w := 10_000 / n
			if i == n-1 {
				w = left
			}
			left -= w
			cs[i] = chain.Contributor{Account: crypto.PubkeyToAddress(k.PublicKey), WeightBps: uint16(w)}
		}
		chain.SortContributors(cs)
		return cs
	}
	mint := func(n int) uint64 {
		r := e.request(model, wad(1, 100), fresh(n)...)
		res, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 1))
		if err != nil {
			t.Fatal(err)
		}
		// Every contributor got their part; the parts and the owner's sum to the reward.
		sum := new(big.Int).Set(res.Reward.OwnerAmount)
		for _, c := range r.Contributors {
			sum.Add(sum, e.erc20Balance(e.token0(model), c.Account))
		}
		if sum.Cmp(res.Reward.Reward) != 0 {
			t.Fatalf("%d contributors: parts sum to %s, reward %s", n, sum, res.Reward.Reward)
		}
		return res.Receipt.GasUsed
	}
	// Committing a benchmark: first for a model, then a change (new hash and head).
	other, _, _ := e.createModel(0, 0, wad(50, 100), nil)
	commit := func(tag string, head int64) uint64 {
		r, err := e.c.CommitBenchmark(e.ctx, e.admin, e.m.Verifier, other, chain.BenchmarkCommit{
			BenchmarkHash: crypto.Keccak256Hash([]byte(tag)), HeadScore: wad(head, 10000), HeadDigest: crypto.Keccak256Hash([]byte("head " + tag)),
		})
		if err != nil {
			t.Fatal(err)
		}
		return r.GasUsed
	}
	commitFirst, commitChange := commit("first", 9625), commit("change", 9500)
	mint(1) // the first mint also creates the owner's balance and the head digest slot
	mintGas := map[int]uint64{}
	for _, n := range []int{1, 10, 100} {
		mintGas[n] = mint(n)
	}

	// Steady state: every consumer settled before (is already a member of the model's Agent),
	// and the router has the model's pool cached and approved. The first batch of new
	// consumers, each joining the Agent, is measured apart.
	settleGas := map[int]uint64{}
	var newConsumers100 uint64
	batch := int64(0)
	for _, n := range []int{1, 100, 1000} {
		entries := make([]chain.UsageEntry, n)
		for j := range entries {
			k, _ := crypto.GenerateKey()
			c := crypto.PubkeyToAddress(k.PublicKey)
			e.fund(c, 10_000_000)
			entries[j] = chain.UsageEntry{Consumer: c, ModelID: e.model, Amount: 2000 * 37, Calls: 37}
		}
		for lo := 0; lo < n; lo += 100 { // in the settler's default batches of 100
			batch++
			s, err := e.c.SettleUsage(e.ctx, e.admin, e.m.Router, common.BigToHash(big.NewInt(1_000_000+batch)), entries[lo:min(lo+100, n)])
			if err != nil {
				t.Fatal(err)
			}
			if n == 100 {
				newConsumers100 = s.Receipt.GasUsed
			}
		}
		s, err := e.c.SettleUsage(e.ctx, e.admin, e.m.Router, common.BigToHash(big.NewInt(int64(n))), entries)
		if err != nil {
			t.Fatal(err)
		}
		settleGas[n] = s.Receipt.GasUsed
	}

	report := fmt.Sprintf("| operation | gas | per unit |\n|---|---:|---:|\n"+
		"| mint, 1 contributor, 1 attester | %d | |\n"+
		"| mint, 10 contributors | %d | %d per extra contributor |\n"+
		"| mint, 100 contributors | %d | %d per extra contributor |\n"+
		"| settle 1 entry | %d | %d per entry |\n"+
		"| settle 100 entries | %d | %d per entry |\n"+
		"| settle 1,000 entries | %d | %d per entry |\n"+
		"| settle 100 entries, every consumer new (joins the Agent) | %d | %d per entry |\n"+
		"| commitBenchmark, first for a model | %d | |\n"+
		"| commitBenchmark, change of benchmark | %d | |\n",
		mintGas[1],
		mintGas[10], (mintGas[10]-mintGas[1])/9,
		mintGas[100], (mintGas[100]-mintGas[1])/99,
		settleGas[1], settleGas[1],
		settleGas[100], settleGas[100]/100,
		settleGas[1000], settleGas[1000]/1000,
		newConsumers100, newConsumers100/100,
		commitFirst, commitChange)
	t.Log("\n" + report)
	if os.Getenv("HOKUSAI_GAS_REPORT") == "1" {
		fmt.Print(t.Name() + "\n" + report)
	}
	if !osaka {
		return
	}
	if mintGas[1] > gasOneContributorMint {
		t.Errorf("one-contributor mint costs %d gas, target %d", mintGas[1], gasOneContributorMint)
	}
	if per := (mintGas[100] - mintGas[1]) / 99; per > gasPerExtraContributor {
		t.Errorf("each further contributor costs %d gas, target %d", per, gasPerExtraContributor)
	}
	if per := settleGas[100] / 100; per > gasPerEntryHundredBatch {
		t.Errorf("a 100-entry batch costs %d gas per entry, target %d", per, gasPerEntryHundredBatch)
	}
}

// token0 returns model's token address.
func (e *mintEnv) token0(model uint64) common.Address {
	reg := bindings.NewModelRegistry()
	acc, err := reg.UnpackModelAccounts(e.callRaw(e.d.Registry, reg.PackModelAccounts(new(big.Int).SetUint64(model))))
	if err != nil {
		e.t.Fatal(err)
	}
	return acc.Token
}
