package bindings_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

var (
	agentABI  = bindings.NewModelAgent()
	govABI    = bindings.NewModelGovernor()
	tlABI     = bindings.NewModelTimelock()
	marketABI = bindings.NewModelMarket()
	tmABI     = bindings.NewTokenManager()
	routerABI = bindings.NewUsageFeeRouter()
	vaultABI  = bindings.NewCreditVault()
)

func init() {
	for _, m := range []*bind.MetaData{&bindings.ModelAgentMetaData, &bindings.ModelGovernorMetaData, &bindings.ModelTimelockMetaData, &bindings.ModelMarketMetaData, &bindings.TokenManagerMetaData, &bindings.UsageFeeRouterMetaData, &bindings.CreditVaultMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			panic(err)
		}
		allABIs = append(allABIs, a)
	}
}

// hexsEnv is the protocol with a token manager whose verifier is a test account (so tests mint
// rewards directly), a credit vault and a fee router the admin settles through.
type hexsEnv struct {
	*env
	minter actor // the token manager's verifier
	tm     *bind.BoundContract
	router *bind.BoundContract
	vault  *bind.BoundContract
	market *bind.BoundContract
	batch  int64
	// proposals by id: the Governor keeps only their core, queue and execute take the calls
	proposals map[string]chain.Proposal
}

// dao is one model's Agent, Governor and timelock.
type dao struct {
	m        *model
	agent    *bind.BoundContract
	governor *bind.BoundContract
	timelock *bind.BoundContract
}

func newHexsEnv(t testing.TB) *hexsEnv {
	t.Helper()
	e := &hexsEnv{env: newEnv(t), minter: actor{key: testKeys[5], addr: crypto.PubkeyToAddress(testKeys[5].PublicKey)}, proposals: map[string]chain.Proposal{}}
	deploy := func(meta *bind.MetaData, input []byte) common.Address {
		t.Helper()
		addr, tx, err := bind.DeployContract(e.opts(e.admin), common.FromHex(meta.Bin), e.client, input)
		if err != nil {
			t.Fatal(err)
		}
		e.sim.Commit()
		if r, err := e.client.TransactionReceipt(context.Background(), tx.Hash()); err != nil || r.Status != 1 {
			t.Fatalf("deploy: %v", err)
		}
		return addr
	}
	tm := deploy(&bindings.TokenManagerMetaData, tmABI.PackConstructor(e.dep.Registry, e.admin.addr))
	vault := deploy(&bindings.CreditVaultMetaData, vaultABI.PackConstructor(e.dep.USDC, e.admin.addr))
	router := deploy(&bindings.UsageFeeRouterMetaData, routerABI.PackConstructor(vault, e.dep.Registry, tm, e.admin.addr))
	e.tm, e.vault, e.router = tmABI.Instance(e.client, tm), vaultABI.Instance(e.client, vault), routerABI.Instance(e.client, router)
	e.market = marketABI.Instance(e.client, e.dep.Market)
	e.must(e.admin, e.tm, tmABI.PackSetVerifier(e.minter.addr))
	e.must(e.admin, e.vault, vaultABI.PackSetRouter(router))
	e.must(e.admin, e.registry, regABI.PackSetMinter(tm, true))
	e.must(e.admin, e.registry, regABI.PackSetUsageRecorder(router, true))
	e.must(e.admin, e.router, routerABI.PackSetSettler(e.admin.addr, true))
	return e
}

// newModel creates a model owned by owner with rewards configured (100,000 tokens per DeltaOne,
// 70% to contributors) and a budget.
func (e *hexsEnv) newModel(owner actor, ticker string) *dao {
	e.t.Helper()
	m := e.createModel(owner, defaultParams(ticker))
	e.must(owner, e.tm, tmABI.PackConfigureTokenManager(m.id, bindings.TokenManagerManagerConfig{MintThreshold: new(big.Int),
		TokensPerDeltaOne: tokensWei(100_000), MaxReward: tokensWei(1_000_000),
	}))
	e.must(e.admin, e.tm, tmABI.PackSetBudget(m.id, tokensWei(1_000_000_000)))
	return e.daoOf(m)
}

func (e *hexsEnv) daoOf(m *model) *dao {
	l := call(e.t, e.registry, regABI.PackLinksOf(m.id), regABI.UnpackLinksOf)
	a := agentABI.Instance(e.client, l.Agent)
	g := call(e.t, a, agentABI.PackGovernor(), agentABI.UnpackGovernor)
	tl := call(e.t, a, agentABI.PackTimelock(), agentABI.UnpackTimelock)
	return &dao{m: m, agent: a, governor: govABI.Instance(e.client, g), timelock: tlABI.Instance(e.client, tl)}
}

// mint pays a reward of deltaOnes (wad) to contributors with equal weights (the last takes the
// rounding) and returns the contributors' total, as RewardMinted reports it.
func (e *hexsEnv) mint(d *dao, deltaOnes *big.Int, contributors ...common.Address) *big.Int {
	e.t.Helper()
	sort.Slice(contributors, func(i, j int) bool { return bytes.Compare(contributors[i][:], contributors[j][:]) < 0 })
	cs := make([]bindings.Contributor, len(contributors))
	left := uint16(10_000)
	for i, a := range contributors {
		w := uint16(10_000 / len(contributors))
		if i == len(contributors)-1 {
			w = left
		}
		left -= w
		cs[i] = bindings.Contributor{Account: a, WeightBps: w}
	}
	r := e.must(e.minter, e.tm, tmABI.PackMintReward(d.m.id, deltaOnes, cs))
	for _, l := range r.Logs {
		if ev, err := tmABI.UnpackRewardMintedEvent(l); err == nil {
			return ev.ContributorsTotal
		}
	}
	e.t.Fatal("no RewardMinted event")
	return nil
}

// credit gives consumer `amount` micro-USDC of vault credit.
func (e *hexsEnv) credit(consumer actor, amount *big.Int) {
	e.t.Helper()
	e.fund(consumer, amount, e.vault.Address())
	e.must(consumer, e.vault, vaultABI.PackDeposit(amount))
}

// settle settles entries in one batch and returns the receipt's gas.
func (e *hexsEnv) settle(entries ...chain.UsageEntry) uint64 {
	e.t.Helper()
	words, err := chain.PackUsageEntries(entries)
	if err != nil {
		e.t.Fatal(err)
	}
	e.batch++
	return e.must(e.admin, e.router, routerABI.PackSettle(common.BigToHash(big.NewInt(e.batch)), words)).GasUsed
}

// votesFor releases the owner's launch tokens (10% of the supply, the quorum) so the owner
// votes, and lets an hour pass so the votes are in a past checkpoint.
func (e *hexsEnv) releaseLaunchTokens(d *dao) {
	e.t.Helper()
	e.must(e.admin, d.m.vesting, vestABI.PackRelease())
	e.advance(time.Hour)
}

// propose submits one call through d's DAO and returns the proposal id.
func (e *hexsEnv) propose(d *dao, from actor, target common.Address, data []byte, description string) (*big.Int, uint64) {
	e.t.Helper()
	p := chain.Proposal{Targets: []common.Address{target}, Values: []*big.Int{new(big.Int)}, Calldatas: [][]byte{data}, Description: description}
	r := e.must(from, d.governor, govABI.PackPropose(p.Targets, p.Values, p.Calldatas, p.Description))
	e.proposals[p.ProposalID().String()] = p
	return p.ProposalID(), r.GasUsed
}

// queueData and executeData are the Governor's queue and execute of proposal id, by its calls.
func (e *hexsEnv) queueData(id *big.Int) []byte {
	p := e.proposals[id.String()]
	return govABI.PackQueue(p.Targets, p.Values, p.Calldatas, crypto.Keccak256Hash([]byte(p.Description)))
}

func (e *hexsEnv) executeData(id *big.Int) []byte {
	p := e.proposals[id.String()]
	return govABI.PackExecute(p.Targets, p.Values, p.Calldatas, crypto.Keccak256Hash([]byte(p.Description)))
}

func (e *hexsEnv) state(d *dao, id *big.Int) uint8 {
	return call(e.t, d.governor, govABI.PackState(id), govABI.UnpackState)
}

// pass takes proposal id from pending through a For vote — the owner's, or voter's signed
// ballot relayed by the admin —, the voting period, the queue and the timelock's delay to
// execution; it returns the gas of vote, queue and execute.
func (e *hexsEnv) pass(d *dao, id *big.Int, voter *ecdsa.PrivateKey) (vote, queue, execute uint64) {
	e.t.Helper()
	e.advance(2 * time.Hour)
	if voter == nil {
		vote = e.must(d.m.owner, d.governor, govABI.PackCastVote(id, chain.VoteFor)).GasUsed
	} else {
		addr := crypto.PubkeyToAddress(voter.PublicKey)
		nonce := call(e.t, d.governor, govABI.PackNonces(addr), govABI.UnpackNonces)
		sig, err := chain.SignBallot(voter, 1337, d.governor.Address(), id, chain.VoteFor, nonce)
		if err != nil {
			e.t.Fatal(err)
		}
		vote = e.must(e.admin, d.governor, govABI.PackCastVoteBySig(id, chain.VoteFor, addr, sig)).GasUsed
	}
	e.advance(169 * time.Hour)
	queue = e.must(e.users[4], d.governor, e.queueData(id)).GasUsed
	e.advance(25 * time.Hour)
	execute = e.must(e.users[4], d.governor, e.executeData(id)).GasUsed
	if s := e.state(d, id); s != chain.ProposalExecuted {
		e.t.Fatalf("proposal state %d, want executed", s)
	}
	return vote, queue, execute
}

func (e *hexsEnv) stats(d *dao) bindings.ModelAgentStats {
	return call(e.t, d.agent, agentABI.PackStats(), agentABI.UnpackStats)
}

func (e *hexsEnv) member(d *dao, a common.Address) bindings.ModelAgentMember {
	return call(e.t, d.agent, agentABI.PackMemberOf(a), agentABI.UnpackMemberOf)
}

func (e *hexsEnv) price(id *big.Int) *big.Int {
	return call(e.t, e.tm, tmABI.PackPricePerCall(id), tmABI.UnpackPricePerCall)
}

func (e *hexsEnv) owner(id *big.Int) common.Address {
	return call(e.t, e.registry, regABI.PackModelAccounts(id), regABI.UnpackModelAccounts).Owner
}
