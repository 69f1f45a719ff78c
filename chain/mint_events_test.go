package chain_test

import (
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/zk"
)

// Every event the four contracts declare is emitted by some flow here, and
// every log they wrote decodes, by name, with its own contract's ABI.
func TestDecodeEveryMintEvent(t *testing.T) {
	e := newMintEnv(t)
	send := func(to common.Address, data []byte) {
		t.Helper()
		if _, err := e.c.Send(e.ctx, e.admin, chain.Tx{To: &to, Data: data}); err != nil {
			t.Fatal(err)
		}
	}
	e.governPrice(e.model, 3000)
	r := e.request(e.model, wad(1, 100))
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2)); err != nil {
		t.Fatal(err)
	}
	vault, router := bindings.NewCreditVault(), bindings.NewUsageFeeRouter()
	e.fund(devchain.DevAddress(0), 5_000_000)
	send(e.m.Vault, vault.PackRequestWithdrawal(big.NewInt(1_000_000)))
	send(e.m.Vault, vault.PackCancelWithdrawal())
	send(e.m.Vault, vault.PackRequestWithdrawal(big.NewInt(1_000_000)))
	e.advance(25 * time.Hour)
	send(e.m.Vault, vault.PackWithdraw())
	send(e.m.Vault, vault.PackSetWithdrawalDelay(big.NewInt(3600)))
	fork, _ := e.createFork(e.model)
	send(e.m.Router, router.PackSetRoyalty(new(big.Int).SetUint64(fork), 700))
	if _, err := e.c.SetSettlementFees(e.ctx, e.admin, e.m.Router, devchain.DevAddress(9), 50, devchain.DevAddress(8), 100); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.SettleUsage(e.ctx, e.admin, e.m.Router, common.HexToHash("0xe1"), []chain.UsageEntry{
		{Consumer: devchain.DevAddress(0), ModelID: fork, Amount: 1_000_000, Calls: 500},
	}); err != nil {
		t.Fatal(err)
	}
	words := make([]*big.Int, zk.VKWordCount) // any words of a key's length: the verifier stores them as they are
	for i := range words {
		words[i] = big.NewInt(int64(i + 1))
	}
	send(e.m.Verifier, bindings.NewDeltaOneVerifier().PackStoreVerifyingKey(words))
	admin := devchain.DevAddress(0)
	send(e.m.Verifier, bindings.NewDeltaOneVerifier().PackSetAdmin(admin))
	send(e.m.TokenManager, bindings.NewTokenManager().PackSetAdmin(admin))
	send(e.m.Vault, vault.PackSetAdmin(admin))
	send(e.m.Router, router.PackSetAdmin(admin))

	logs, err := e.c.Backend.FilterLogs(e.ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0),
		Addresses: []common.Address{e.m.Verifier, e.m.TokenManager, e.m.Vault, e.m.Router},
	})
	if err != nil {
		t.Fatal(err)
	}
	ptrs := make([]*types.Log, len(logs))
	for i := range logs {
		ptrs[i] = &logs[i]
	}
	evs, err := chain.DecodeMintEvents(e.m, ptrs)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != len(logs) {
		t.Fatalf("decoded %d of %d logs", len(evs), len(logs))
	}
	seen := map[string]bool{}
	for _, ev := range evs {
		seen[ev.Contract+"."+ev.Name] = true
		if len(ev.Args) == 0 && ev.Name != "EIP712DomainChanged" {
			t.Errorf("%s.%s decoded without arguments", ev.Contract, ev.Name)
		}
	}
	var missing []string
	for _, c := range []struct {
		name string
		meta *bind.MetaData
	}{
		{"DeltaOneVerifier", &bindings.DeltaOneVerifierMetaData},
		{"TokenManager", &bindings.TokenManagerMetaData},
		{"CreditVault", &bindings.CreditVaultMetaData},
		{"UsageFeeRouter", &bindings.UsageFeeRouterMetaData},
	} {
		a, err := c.meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		for name := range a.Events {
			if name == "EIP712DomainChanged" { // OpenZeppelin's; the domain never changes
				continue
			}
			if name == "ZkConfigured" || name == "ZkProofAccepted" { // need a proof: TestZkMint decodes them
				continue
			}
			if !seen[c.name+"."+name] {
				missing = append(missing, c.name+"."+name)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Fatalf("events never emitted and decoded: %v", missing)
	}
	// Typed decoding agrees with the generic one for the settlement.
	for _, ev := range evs {
		if ev.Name == "ReserveDeposited" && ev.Args["modelId"].(*big.Int).Uint64() != e.model && ev.Args["modelId"].(*big.Int).Uint64() != fork {
			t.Fatalf("deposit for model %v", ev.Args["modelId"])
		}
	}
}

// Configuration is the owner's or the admin's; bad settings and the zkProof
// method (no on-chain check in this build) are refused with named errors.
func TestVerifierConfiguration(t *testing.T) {
	e := newMintEnv(t)
	stranger := devchain.DevKey(6)
	set := chain.VerifierSettings{Method: chain.MethodOracle, K: 1, Attesters: e.attesterAddrs()}
	if _, err := e.c.ConfigureVerifier(e.ctx, stranger, e.m.Verifier, e.model, set); revertName(err) != "Unauthorized" {
		t.Fatalf("stranger configured the verifier: %v", err)
	}
	if _, err := e.c.ConfigureTokenManager(e.ctx, stranger, e.m.TokenManager, e.model, chain.RewardSettings{TokensPerDeltaOne: tokens(1), MaxReward: tokens(1)}); revertName(err) != "Unauthorized" {
		t.Fatalf("stranger configured rewards: %v", err)
	}
	if _, err := e.c.SetMintBudget(e.ctx, e.owner, e.m.TokenManager, e.model, tokens(1)); revertName(err) != "Unauthorized" {
		t.Fatalf("owner set its own budget: %v", err)
	}
	bad := set
	bad.K = 4
	if _, err := e.c.ConfigureVerifier(e.ctx, e.owner, e.m.Verifier, e.model, bad); revertName(err) != "BadConfig" {
		t.Fatalf("k > n accepted: %v", err)
	}
	zk := set
	zk.Method = chain.MethodZkProof
	if _, err := e.c.ConfigureVerifier(e.ctx, e.owner, e.m.Verifier, e.model, zk); err != nil {
		t.Fatal(err)
	}
	r := e.request(e.model, wad(1, 100))
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 1)); revertName(err) != "UnsupportedMethod" {
		t.Fatalf("zkProof mint: %v", err)
	}
	// Reconfiguring keeps the head (only verified mints and benchmark
	// commits move it).
	head, _, err := e.c.VerifierHead(e.ctx, e.m.Verifier, e.model)
	if err != nil || head.Cmp(wad(884, 1000)) != 0 {
		t.Fatalf("head %s after reconfiguration: %v", head, err)
	}
}
