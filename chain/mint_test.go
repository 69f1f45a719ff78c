package chain_test

import (
	"bytes"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// The Go digest equals the contract's hashMintRequest for random requests.
func TestMintDigestMatchesContract(t *testing.T) {
	e := newMintEnv(t)
	rapid.Check(t, func(rt *rapid.T) {
		r := genRequest(rt)
		got, err := e.c.MintRequestDigestOnChain(e.ctx, e.m.Verifier, r)
		if err != nil {
			rt.Fatal(err)
		}
		want := chain.MintRequestDigest(e.domain(), r)
		if got != want {
			rt.Fatalf("digest: contract %s, Go %s", got.Hex(), want.Hex())
		}
	})
}

func genInt256(rt *rapid.T, label string) *big.Int {
	b := rapid.SliceOfN(rapid.Byte(), 0, 32).Draw(rt, label)
	v := new(big.Int).SetBytes(b)
	if len(b) == 32 { // keep within int256
		v.Rsh(v, 1)
	}
	if rapid.Bool().Draw(rt, label+"-neg") {
		v.Neg(v)
	}
	return v
}

func genRequest(rt *rapid.T) *chain.MintRequest {
	n := rapid.IntRange(0, 12).Draw(rt, "contributors")
	cs := make([]chain.Contributor, n)
	for i := range cs {
		cs[i] = chain.Contributor{
			Account:   common.BytesToAddress(rapid.SliceOfN(rapid.Byte(), 20, 20).Draw(rt, "account")),
			WeightBps: rapid.Uint16().Draw(rt, "weight"),
		}
	}
	h := func(label string) common.Hash {
		return common.BytesToHash(rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(rt, label))
	}
	return &chain.MintRequest{
		ModelID:         rapid.Uint64().Draw(rt, "model"),
		BaselineScore:   genInt256(rt, "baseline"),
		CandidateScore:  genInt256(rt, "candidate"),
		CandidateDigest: h("candidateDigest"),
		DatasetDigest:   h("datasetDigest"),
		BenchmarkHash:   h("benchmarkHash"),
		ReceiptHash:     h("receipt"),
		SampleCount:     rapid.Uint64().Draw(rt, "samples"),
		LowerBound:      genInt256(rt, "lower"),
		Contributors:    cs,
		IdempotencyKey:  h("key"),
		Deadline:        rapid.Uint64().Draw(rt, "deadline"),
	}
}

// A valid request mints once; the head ratchets; the reward is split 70/30.
func TestMintHappyPathAndEvents(t *testing.T) {
	e := newMintEnv(t)
	supply := e.totalSupply(e.token)
	a, b := devchain.DevAddress(7), devchain.DevAddress(8)
	cs := []chain.Contributor{{Account: a, WeightBps: 2_500}, {Account: b, WeightBps: 7_500}}
	chain.SortContributors(cs)
	r := e.request(e.model, wad(2, 100), cs...) // +2 points = 2 DeltaOnes
	if used, err := e.c.MintKeyUsed(e.ctx, e.m.Verifier, r.IdempotencyKey); err != nil || used {
		t.Fatalf("key used before the mint: %v %v", used, err)
	}
	res, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2))
	if err != nil {
		t.Fatal(err)
	}
	if used, err := e.c.MintKeyUsed(e.ctx, e.m.Verifier, r.IdempotencyKey); err != nil || !used {
		t.Fatalf("key not used after the mint: %v %v", used, err)
	}
	reward := tokens(200_000)
	if res.Reward.Reward.Cmp(reward) != 0 || res.Verified.DeltaOnes.Cmp(tokens(2)) != 0 {
		t.Fatalf("reward %s for %s DeltaOnes (wad), want 200,000 tokens for 2", res.Reward.Reward, res.Verified.DeltaOnes)
	}
	if got := new(big.Int).Sub(e.totalSupply(e.token), supply); got.Cmp(reward) != 0 {
		t.Fatalf("supply grew by %s, want %s", got, reward)
	}
	if got := e.erc20Balance(e.token, a); got.Cmp(tokens(35_000)) != 0 { // 200k × 70% × 25%
		t.Fatalf("contributor a got %s", got)
	}
	if got := e.erc20Balance(e.token, b); got.Cmp(tokens(105_000)) != 0 {
		t.Fatalf("contributor b got %s", got)
	}
	if got := e.erc20Balance(e.token, devchain.DevAddress(1)); got.Cmp(tokens(60_000)) != 0 {
		t.Fatalf("owner got %s", got)
	}
	head, digest, err := e.c.VerifierHead(e.ctx, e.m.Verifier, e.model)
	if err != nil {
		t.Fatal(err)
	}
	if head.Cmp(r.CandidateScore) != 0 || digest != r.CandidateDigest {
		t.Fatalf("head %s %s, want the candidate", head, digest.Hex())
	}
	evs, err := chain.DecodeMintEvents(e.m, res.Receipt.Logs)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, ev := range evs {
		names[ev.Contract+"."+ev.Name] = true
	}
	if !names["DeltaOneVerifier.DeltaOneVerified"] || !names["TokenManager.RewardMinted"] {
		t.Fatalf("decoded events %v", names)
	}
}

// Every replay and forgery reverts with its named error and mints nothing.
func TestMintReplayAndForgery(t *testing.T) {
	e := newMintEnv(t)
	first := e.request(e.model, wad(1, 100))
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, first, e.sign(first, 2)); err != nil {
		t.Fatal(err)
	}
	// A second verifier deployment whose domain differs only by address.
	v := bindings.NewDeltaOneVerifier()
	rc, err := e.c.Send(e.ctx, e.admin, chain.Tx{Data: append(common.FromHex(bindings.DeltaOneVerifierMetaData.Bin), v.PackConstructor(e.m.TokenManager, e.d.Registry, devchain.DevAddress(0))...)})
	if err != nil {
		t.Fatal(err)
	}
	otherVerifier := rc.ContractAddress
	stranger, _ := crypto.GenerateKey()

	cases := []struct {
		name string
		want string
		make func() (*chain.MintRequest, []chain.MintSignature)
	}{
		{"same request twice", "KeyAlreadyUsed", func() (*chain.MintRequest, []chain.MintSignature) { return first, e.sign(first, 2) }},
		{"another chain id", "NotAttester", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			d := e.domain()
			d.ChainID = 1
			sigs, _ := chain.SignMintRequestBy(d, r, e.attesters[:2]...)
			return r, sigs
		}},
		{"another verifier", "NotAttester", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			d := e.domain()
			d.Verifier = otherVerifier
			sigs, _ := chain.SignMintRequestBy(d, r, e.attesters[:2]...)
			return r, sigs
		}},
		{"expired deadline", "RequestExpired", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			r.Deadline = e.now() - 1
			return r, e.sign(r, 2)
		}},
		{"signer not an attester", "NotAttester", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			sigs, _ := chain.SignMintRequestBy(e.domain(), r, e.attesters[0], stranger)
			return r, sigs
		}},
		{"repeated signer", "RepeatedSigner", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			s := e.sign(r, 1)
			return r, []chain.MintSignature{s[0], s[0]}
		}},
		{"high s", "HighS", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			s := e.sign(r, 2)
			s[1] = s[1].HighS()
			return r, s
		}},
		{"fewer than k signatures", "NotEnoughSignatures", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			return r, e.sign(r, 1)
		}},
		{"baseline not the head", "BaselineNotHead", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			r.BaselineScore = new(big.Int).Sub(r.BaselineScore, big.NewInt(1))
			return r, e.sign(r, 2)
		}},
		{"weights not 10,000", "WeightsNotTenThousand", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100), chain.Contributor{Account: devchain.DevAddress(7), WeightBps: 9_999})
			return r, e.sign(r, 2)
		}},
		{"repeated contributor", "RepeatedContributor", func() (*chain.MintRequest, []chain.MintSignature) {
			c := chain.Contributor{Account: devchain.DevAddress(7), WeightBps: 5_000}
			r := e.request(e.model, wad(1, 100), c, c)
			return r, e.sign(r, 2)
		}},
		{"over the budget", "BudgetExceeded", func() (*chain.MintRequest, []chain.MintSignature) {
			r := e.request(e.model, wad(1, 100))
			if _, err := e.c.SetMintBudget(e.ctx, e.admin, e.m.TokenManager, e.model, tokens(99_999)); err != nil {
				t.Fatal(err)
			}
			return r, e.sign(r, 2)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			supply := e.totalSupply(e.token)
			r, sigs := tc.make()
			_, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, sigs)
			if got := revertName(err); got != tc.want {
				t.Fatalf("reverted with %q (%v), want %s", got, err, tc.want)
			}
			if s := e.totalSupply(e.token); s.Cmp(supply) != 0 {
				t.Fatalf("supply changed from %s to %s", supply, s)
			}
		})
	}
}

// Threshold, Minimize, a custom DeltaOne size, pro-rata fractions and the cap.
func TestMintBoundaries(t *testing.T) {
	e := newMintEnv(t)
	submit := func(model uint64, improvement *big.Int) (*chain.MintResult, error) {
		r := e.request(model, improvement)
		return e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2))
	}
	// One unit below one DeltaOne (0.01) is refused; exactly one mints 100,000 tokens.
	if _, err := submit(e.model, new(big.Int).Sub(wad(1, 100), big.NewInt(1))); revertName(err) != "ImprovementBelowThreshold" {
		t.Fatalf("below threshold: %v", err)
	}
	res, err := submit(e.model, wad(1, 100))
	if err != nil {
		t.Fatal(err)
	}
	if res.Reward.Reward.Cmp(tokens(100_000)) != 0 {
		t.Fatalf("at threshold: reward %s", res.Reward.Reward)
	}
	// Minimize, a non-proportion metric (RMSE = 7) with a DeltaOne of 0.05:
	// RMSE 2.0 → 1.925 is 1.5 DeltaOnes → 150,000 tokens, pro rata.
	rmse, _, _ := e.createModel(7, 1, wad(2, 1), wad(5, 100))
	e.configure(rmse, 2, tokens(100_000), tokens(500_000), tokens(10_000_000))
	res, err = submit(rmse, wad(75, 1000))
	if err != nil {
		t.Fatal(err)
	}
	if res.Reward.Reward.Cmp(tokens(150_000)) != 0 || res.Verified.CandidateScore.Cmp(wad(1925, 1000)) != 0 {
		t.Fatalf("minimize: reward %s, candidate %s", res.Reward.Reward, res.Verified.CandidateScore)
	}
	// A worse RMSE is no improvement.
	if _, err := submit(rmse, big.NewInt(-1)); revertName(err) != "NoImprovement" {
		t.Fatalf("worse score: %v", err)
	}
	// The cap: 10 DeltaOnes would pay 1,000,000; the cap is 500,000.
	res, err = submit(e.model, wad(10, 100))
	if err != nil {
		t.Fatal(err)
	}
	if res.Reward.Reward.Cmp(tokens(500_000)) != 0 {
		t.Fatalf("cap: reward %s", res.Reward.Reward)
	}
	// A lower bound of zero is refused.
	r := e.request(e.model, wad(1, 100))
	r.LowerBound = big.NewInt(0)
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2)); revertName(err) != "LowerBoundNotPositive" {
		t.Fatalf("lower bound 0: %v", err)
	}
}

// For random rewards, splits and weights the parts sum to the reward exactly
// and each is within one wei of its exact share (the contract's arithmetic).
func TestRewardSplitExact(t *testing.T) {
	e := newMintEnv(t)
	tm := bindings.NewTokenManager()
	rapid.Check(t, func(rt *rapid.T) {
		reward := new(big.Int).SetBytes(rapid.SliceOfN(rapid.Byte(), 1, 16).Draw(rt, "reward"))
		cbps := rapid.IntRange(0, 10_000).Draw(rt, "contributorBps")
		n := rapid.IntRange(1, 100).Draw(rt, "n")
		cs := randomWeights(rt, n)
		bcs := make([]bindings.Contributor, n)
		for i, c := range cs {
			bcs[i] = bindings.Contributor{Account: c.Account, WeightBps: c.WeightBps}
		}
		out, err := e.c.Backend.CallContract(e.ctx, callMsg(e.m.TokenManager, tm.PackSplitReward(reward, big.NewInt(int64(cbps)), bcs)), nil)
		if err != nil {
			rt.Fatal(chain.DecodeError(err, chain.ProtocolABIs()...))
		}
		split, err := tm.UnpackSplitReward(out)
		if err != nil {
			rt.Fatal(err)
		}
		sum := new(big.Int).Set(split.OwnerAmount)
		den := big.NewInt(100_000_000)
		for i, p := range split.Parts {
			sum.Add(sum, p)
			exact := new(big.Int).Mul(reward, big.NewInt(int64(cs[i].WeightBps)*int64(cbps)))
			checkWithinOneWei(rt, "contributor", p, exact, den)
		}
		if sum.Cmp(reward) != 0 {
			rt.Fatalf("parts sum to %s, reward %s", sum, reward)
		}
		exactOwner := new(big.Int).Mul(reward, big.NewInt(int64(10_000-cbps)*10_000))
		checkWithinOneWei(rt, "owner", split.OwnerAmount, exactOwner, den)
	})
}

// checkWithinOneWei checks |part − num/den| < 1.
func checkWithinOneWei(rt *rapid.T, who string, part, num, den *big.Int) {
	diff := new(big.Int).Sub(new(big.Int).Mul(part, den), num)
	if diff.Abs(diff).Cmp(den) >= 0 {
		rt.Fatalf("%s part %s is not within 1 wei of %s/%s", who, part, num, den)
	}
}

// randomWeights returns n distinct sorted contributors whose weights sum to 10,000.
func randomWeights(rt *rapid.T, n int) []chain.Contributor {
	cuts := map[int]bool{}
	for len(cuts) < n-1 {
		cuts[rapid.IntRange(1, 9_999).Draw(rt, "cut")] = true
	}
	points := []int{0, 10_000}
	for c := range cuts {
		points = append(points, c)
	}
	sort.Ints(points)
	cs := make([]chain.Contributor, n)
	for i := range cs {
		k, _ := crypto.GenerateKey()
		cs[i] = chain.Contributor{Account: crypto.PubkeyToAddress(k.PublicKey), WeightBps: uint16(points[i+1] - points[i])}
	}
	chain.SortContributors(cs)
	return cs
}

func TestCheckMintRequest(t *testing.T) {
	a := common.HexToAddress("0x01")
	b := common.HexToAddress("0x02")
	ok := &chain.MintRequest{BaselineScore: big.NewInt(1), CandidateScore: big.NewInt(2), LowerBound: big.NewInt(1),
		Contributors: []chain.Contributor{{Account: a, WeightBps: 4_000}, {Account: b, WeightBps: 6_000}}}
	if err := chain.CheckMintRequest(ok); err != nil {
		t.Fatal(err)
	}
	bad := []func(r *chain.MintRequest){
		func(r *chain.MintRequest) { r.LowerBound = big.NewInt(0) },
		func(r *chain.MintRequest) { r.Contributors[1].WeightBps = 5_000 },
		func(r *chain.MintRequest) { r.Contributors[1].Account = a },
		func(r *chain.MintRequest) {
			r.Contributors[0], r.Contributors[1] = r.Contributors[1], r.Contributors[0]
		},
		func(r *chain.MintRequest) { r.Contributors = nil },
	}
	for i, f := range bad {
		r := *ok
		r.Contributors = append([]chain.Contributor(nil), ok.Contributors...)
		f(&r)
		if err := chain.CheckMintRequest(&r); err == nil {
			t.Errorf("case %d: accepted", i)
		}
	}
}

// An attester key loads from a keystore file and signs what the contract accepts.
func TestAttesterKeystore(t *testing.T) {
	e := newMintEnv(t)
	key := e.attesters[0]
	ks := keystore.NewKeyStore(t.TempDir(), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(key, "pw")
	if err != nil {
		t.Fatal(err)
	}
	path := acct.URL.Path
	loaded, err := chain.LoadAttesterKey(path, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.LoadAttesterKey(path, "wrong"); err == nil {
		t.Fatal("a wrong passphrase decrypted the key")
	}
	r := e.request(e.model, wad(1, 100))
	sigs, err := chain.SignMintRequestBy(e.domain(), r, loaded, e.attesters[1])
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Compare(sigs[0].Signer[:], sigs[1].Signer[:]) >= 0 {
		t.Fatal("signatures not sorted by signer")
	}
	if _, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, sigs); err != nil {
		t.Fatal(err)
	}
}

// Batch-minted rewards keep ERC20Votes' books: a delegating owner's votes and
// the total-supply checkpoint follow the balances.
func TestMintRewardVotes(t *testing.T) {
	e := newMintEnv(t)
	tok := bindings.NewModelToken()
	owner := devchain.DevAddress(1)
	if _, err := e.c.Send(e.ctx, e.owner, chain.Tx{To: &e.token, Data: tok.PackDelegate(owner), ABIs: chain.ProtocolABIs()}); err != nil {
		t.Fatal(err)
	}
	r := e.request(e.model, wad(3, 100), randomWeightsFixed(3)...)
	res, err := e.c.SubmitMint(e.ctx, e.admin, e.m.Verifier, r, e.sign(r, 2))
	if err != nil {
		t.Fatal(err)
	}
	votes, err := tok.UnpackGetVotes(e.callRaw(e.token, tok.PackGetVotes(owner)))
	if err != nil {
		t.Fatal(err)
	}
	if bal := e.erc20Balance(e.token, owner); votes.Cmp(bal) != 0 || bal.Cmp(res.Reward.OwnerAmount) != 0 {
		t.Fatalf("owner votes %s, balance %s, owner part %s", votes, bal, res.Reward.OwnerAmount)
	}
	// The token's clock (block number or timestamp) at the mint's block, then one block later.
	clock, err := tok.UnpackClock(e.callRaw(e.token, tok.PackClock()))
	if err != nil {
		t.Fatal(err)
	}
	e.advance(time.Hour + time.Second) // past lookups need a clock unit that has ended
	past, err := tok.UnpackGetPastTotalSupply(e.callRaw(e.token, tok.PackGetPastTotalSupply(clock)))
	if err != nil {
		t.Fatal(err)
	}
	if supply := e.totalSupply(e.token); past.Cmp(supply) != 0 {
		t.Fatalf("past total supply %s, total supply %s", past, supply)
	}
	// Only minters may batch-mint.
	_, err = e.c.Send(e.ctx, e.owner, chain.Tx{To: &e.token, Data: tok.PackMintBatch([]common.Address{owner}, []*big.Int{big.NewInt(1)}), ABIs: chain.ProtocolABIs()})
	if revertName(err) != "NotMinter" {
		t.Fatalf("owner batch-minted: %v", err)
	}
}

func randomWeightsFixed(n int) []chain.Contributor {
	cs := make([]chain.Contributor, n)
	for i := range cs {
		k, _ := crypto.GenerateKey()
		cs[i] = chain.Contributor{Account: crypto.PubkeyToAddress(k.PublicKey), WeightBps: uint16(10_000 / n)}
	}
	cs[n-1].WeightBps += uint16(10_000 - n*(10_000/n))
	chain.SortContributors(cs)
	return cs
}
