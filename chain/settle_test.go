package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// mintUSDC mints dev USDC to who (MockUSDC has an open mint).
func (e *mintEnv) mintUSDC(who common.Address, amount *big.Int) {
	e.t.Helper()
	u := bindings.NewMockUSDC()
	if _, err := e.c.Send(e.ctx, e.admin, chain.Tx{To: &e.d.USDC, Data: u.PackMint(who, amount)}); err != nil {
		e.t.Fatal(err)
	}
}

// fund gives consumer amount micro-USDC of vault credit, paid by the admin.
func (e *mintEnv) fund(consumer common.Address, amount int64) {
	e.t.Helper()
	e.mintUSDC(devchain.DevAddress(0), big.NewInt(amount))
	if _, err := e.c.DepositCredits(e.ctx, e.admin, e.d.USDC, e.m.Vault, consumer, big.NewInt(amount)); err != nil {
		e.t.Fatal(err)
	}
}

func (e *mintEnv) credit(who common.Address) int64 {
	e.t.Helper()
	v, err := e.c.CreditBalance(e.ctx, e.m.Vault, who)
	if err != nil {
		e.t.Fatal(err)
	}
	return v.Int64()
}

func (e *mintEnv) usdc(who common.Address) int64 { return e.erc20Balance(e.d.USDC, who).Int64() }

func (e *mintEnv) poolView(pool common.Address) (reserve, curve *big.Int) {
	p := bindings.NewModelPool()
	reserve, err := p.UnpackReserve(e.callRaw(pool, p.PackReserve()))
	if err != nil {
		e.t.Fatal(err)
	}
	curve, err = p.UnpackCurvePrice(e.callRaw(pool, p.PackCurvePrice()))
	if err != nil {
		e.t.Fatal(err)
	}
	return reserve, curve
}

// Random batches conserve USDC, never overdraw a consumer, deposit each
// model's net fees (plus its forks' royalties) into its reserve, raise the
// price without minting, and a batch id settles once.
func TestSettlementConservesUSDC(t *testing.T) {
	e := newMintEnv(t)
	m2, _, pool2 := e.createModel(1, 0, wad(70, 100), nil)
	m3, pool3 := e.createFork(e.model)
	reg := bindings.NewModelRegistry()
	_, token3, _ := e.accounts(reg, m3)
	treasury, infra := devchain.DevAddress(9), devchain.DevAddress(8)
	if _, err := e.c.SetSettlementFees(e.ctx, e.admin, e.m.Router, treasury, 100, infra, 200); err != nil {
		t.Fatal(err)
	}
	models := []uint64{e.model, m2, m3}
	pools := map[uint64]common.Address{e.model: e.pool, m2: pool2, m3: pool3}
	tokensOf := map[uint64]common.Address{e.model: e.token, m3: token3}
	consumers := make([]common.Address, 6)
	for i := range consumers {
		k, _ := crypto.GenerateKey()
		consumers[i] = crypto.PubkeyToAddress(k.PublicKey)
		e.fund(consumers[i], 50_000_000)
	}
	batch := 0
	rapid.Check(t, func(rt *rapid.T) {
		batch++
		id := crypto.Keccak256Hash([]byte("batch"), big.NewInt(int64(batch)).Bytes())
		n := rapid.IntRange(1, 20).Draw(rt, "entries")
		entries := make([]chain.UsageEntry, n)
		debit := map[common.Address]int64{}
		gross := map[uint64]int64{}
		for i := range entries {
			c := consumers[rapid.IntRange(0, len(consumers)-1).Draw(rt, "consumer")]
			m := models[rapid.IntRange(0, 2).Draw(rt, "model")]
			amt := rapid.Int64Range(0, 8_000_000).Draw(rt, "amount")
			entries[i] = chain.UsageEntry{Consumer: c, ModelID: uint64(m), Amount: uint64(amt), Calls: uint64(amt / 2000)}
			debit[c] += amt
			gross[m] += amt
		}
		before := map[common.Address]int64{}
		overdrawn := false
		for c, d := range debit {
			before[c] = e.credit(c)
			if d > before[c] {
				overdrawn = true
			}
		}
		vault0, router0, tre0, inf0 := e.usdc(e.m.Vault), e.usdc(e.m.Router), e.usdc(treasury), e.usdc(infra)
		res0, price0 := map[uint64]*big.Int{}, map[uint64]*big.Int{}
		supply0 := map[uint64]*big.Int{}
		for _, m := range models {
			res0[m], price0[m] = e.poolView(pools[m])
		}
		for m, tok := range tokensOf {
			supply0[m] = e.totalSupply(tok)
		}

		s, err := e.c.SettleUsage(e.ctx, e.admin, e.m.Router, id, entries)
		if overdrawn {
			if revertName(err) != "InsufficientCredit" {
				rt.Fatalf("overdrawing batch: %v", err)
			}
			for c := range debit {
				if got := e.credit(c); got != before[c] {
					rt.Fatalf("refused batch debited %s: %d → %d", c.Hex(), before[c], got)
				}
			}
			for _, c := range consumers { // top up for the next batches
				e.fund(c, 20_000_000)
			}
			return
		}
		if err != nil {
			rt.Fatal(err)
		}
		var total int64
		for c, d := range debit {
			total += d
			if got := e.credit(c); got != before[c]-d {
				rt.Fatalf("consumer debited %d, want %d", before[c]-got, d)
			}
		}
		if s.Batch.Total.Int64() != total {
			rt.Fatalf("event total %s, want %d", s.Batch.Total, total)
		}
		// Expected deposits: gross − 2% infra − 1% protocol − 5% royalty for the fork, royalties to the parent.
		want := map[uint64]int64{}
		var wantInfra, wantFee int64
		for m, g := range gross {
			inf, fee := g*200/10_000, g*100/10_000
			var roy int64
			if m == m3 {
				roy = g * 500 / 10_000
				want[e.model] += roy
			}
			want[m] += g - inf - fee - roy
			wantInfra += inf
			wantFee += fee
		}
		var poolsIn int64
		for _, m := range models {
			res, price := e.poolView(pools[m])
			in := new(big.Int).Sub(res, res0[m]).Int64()
			poolsIn += in
			if in != want[m] {
				rt.Fatalf("model %d reserve grew by %d, want %d", m, in, want[m])
			}
			_ = price // the price check is TestSettlementRaisesPrice: vesting grows S block by block
		}
		for m, tok := range tokensOf {
			if got := e.totalSupply(tok); got.Cmp(supply0[m]) != 0 {
				rt.Fatalf("model %d supply changed: %s → %s", m, supply0[m], got)
			}
		}
		if d := e.usdc(infra) - inf0; d != wantInfra {
			rt.Fatalf("infra got %d, want %d", d, wantInfra)
		}
		if d := e.usdc(treasury) - tre0; d != wantFee {
			rt.Fatalf("treasury got %d, want %d", d, wantFee)
		}
		vaultOut := vault0 - e.usdc(e.m.Vault)
		if vaultOut != total || poolsIn+wantInfra+wantFee != total || e.usdc(e.m.Router) != router0 {
			rt.Fatalf("not conserved: vault out %d, pools %d + infra %d + fee %d, debits %d, router %d→%d",
				vaultOut, poolsIn, wantInfra, wantFee, total, router0, e.usdc(e.m.Router))
		}
		if done, err := e.c.BatchSettled(e.ctx, e.m.Router, id); err != nil || !done {
			rt.Fatalf("batch not recorded as settled: %v %v", done, err)
		}
		if _, err := e.c.SettleUsage(e.ctx, e.admin, e.m.Router, id, entries); revertName(err) != "BatchAlreadySettled" {
			rt.Fatalf("replayed batch: %v", err)
		}
	})
}

// A settlement raises the pool's price and leaves the token's supply alone.
func TestSettlementRaisesPrice(t *testing.T) {
	e := newMintEnv(t)
	consumer := devchain.DevAddress(5)
	e.fund(consumer, 2_000_000_000)
	for i, amount := range []uint64{100_000_000, 1_000_000_000} {
		res0, price0 := e.poolView(e.pool)
		p := bindings.NewModelPool()
		spot0, _ := p.UnpackSpotPrice(e.callRaw(e.pool, p.PackSpotPrice()))
		supply0 := e.totalSupply(e.token)
		s, err := e.c.SettleUsage(e.ctx, e.admin, e.m.Router, common.BigToHash(big.NewInt(int64(100+i))),
			[]chain.UsageEntry{{Consumer: consumer, ModelID: e.model, Amount: amount, Calls: amount / 2000}})
		if err != nil {
			t.Fatal(err)
		}
		res, price := e.poolView(e.pool)
		spot, _ := p.UnpackSpotPrice(e.callRaw(e.pool, p.PackSpotPrice()))
		if new(big.Int).Sub(res, res0).Uint64() != amount || len(s.Deposits) != 1 || s.Deposits[0].Amount.Uint64() != amount {
			t.Fatalf("reserve %s → %s, deposits %v", res0, res, s.Deposits)
		}
		if price.Cmp(price0) <= 0 || spot.Cmp(spot0) < 0 {
			t.Fatalf("curve price %s → %s, spot %s → %s", price0, price, spot0, spot)
		}
		if got := e.totalSupply(e.token); got.Cmp(supply0) != 0 {
			t.Fatalf("supply %s → %s", supply0, got)
		}
		evs, err := chain.DecodeMintEvents(e.m, s.Receipt.Logs)
		if err != nil || len(evs) < 4 { // Debited, ModelFeesSettled, ReserveDeposited, BatchSettled
			t.Fatalf("decoded %d events: %v", len(evs), err)
		}
	}
}

// Only settlers settle; a withdrawal waits out the delay and pays what usage left.
func TestVaultWithdrawalDelay(t *testing.T) {
	e := newMintEnv(t)
	consumerKey := devchain.DevKey(3)
	consumer := devchain.DevAddress(3)
	e.mintUSDC(consumer, big.NewInt(10_000_000))
	if _, err := e.c.DepositCredits(e.ctx, consumerKey, e.d.USDC, e.m.Vault, consumer, big.NewInt(10_000_000)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.SettleUsage(e.ctx, consumerKey, e.m.Router, common.HexToHash("0x1"),
		[]chain.UsageEntry{{Consumer: consumer, ModelID: e.model, Amount: 1, Calls: 1}}); revertName(err) != "Unauthorized" {
		t.Fatalf("a non-settler settled: %v", err)
	}
	if _, err := e.c.RequestWithdrawal(e.ctx, consumerKey, e.m.Vault, big.NewInt(10_000_000)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Withdraw(e.ctx, consumerKey, e.m.Vault); revertName(err) != "WithdrawalNotReady" {
		t.Fatalf("withdrawal at once: %v", err)
	}
	// Usage metered before the request still settles during the delay.
	if _, err := e.c.SettleUsage(e.ctx, e.admin, e.m.Router, common.HexToHash("0x2"),
		[]chain.UsageEntry{{Consumer: consumer, ModelID: e.model, Amount: 4_000_000, Calls: 2000}}); err != nil {
		t.Fatal(err)
	}
	e.advance(23 * time.Hour)
	if _, err := e.c.Withdraw(e.ctx, consumerKey, e.m.Vault); revertName(err) != "WithdrawalNotReady" {
		t.Fatalf("withdrawal after 23 h: %v", err)
	}
	e.advance(time.Hour)
	before := e.usdc(consumer)
	if _, err := e.c.Withdraw(e.ctx, consumerKey, e.m.Vault); err != nil {
		t.Fatal(err)
	}
	if got := e.usdc(consumer) - before; got != 6_000_000 {
		t.Fatalf("withdrew %d, want the 6,000,000 left", got)
	}
	if got := e.credit(consumer); got != 0 {
		t.Fatalf("credit left %d", got)
	}
}

// The price per call starts at 0.002 USDC and ramps linearly over 30 days.
func TestPricePerCallRamp(t *testing.T) {
	e := newMintEnv(t)
	price := func() int64 {
		p, err := e.c.PricePerCall(e.ctx, e.m.TokenManager, e.model)
		if err != nil {
			t.Fatal(err)
		}
		return p.Int64()
	}
	if got := price(); got != 2000 {
		t.Fatalf("starting price %d, want 2000", got)
	}
	if _, err := e.c.SetPricePerCall(e.ctx, devchain.DevKey(4), e.m.TokenManager, e.model, 4000); revertName(err) != "Unauthorized" {
		t.Fatalf("a stranger set the price: %v", err)
	}
	if _, err := e.c.SetPricePerCall(e.ctx, e.owner, e.m.TokenManager, e.model, 4000); revertName(err) != "Unauthorized" {
		t.Fatalf("the owner set the price alone: %v", err)
	}
	e.governPrice(e.model, 4000)
	e.advance(15 * 24 * time.Hour)
	if got := price(); got < 2990 || got > 3010 {
		t.Fatalf("half-way price %d, want about 3000", got)
	}
	e.advance(16 * 24 * time.Hour)
	if got := price(); got != 4000 {
		t.Fatalf("final price %d, want 4000", got)
	}
}

func TestPackUsageEntries(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		e := chain.UsageEntry{
			Consumer: common.BytesToAddress(rapid.SliceOfN(rapid.Byte(), 20, 20).Draw(rt, "consumer")),
			ModelID:  rapid.Uint64Range(1, chain.MaxEntryModelID).Draw(rt, "model"),
			Amount:   rapid.Uint64Range(0, 3*chain.MaxEntryAmount).Draw(rt, "amount"),
			Calls:    rapid.Uint64Range(0, 3*chain.MaxEntryCalls).Draw(rt, "calls"),
		}
		words, err := chain.PackUsageEntries([]chain.UsageEntry{e})
		if err != nil {
			rt.Fatal(err)
		}
		var amount, calls uint64
		for _, w := range words {
			u := chain.UnpackUsageEntry(w)
			if u.Consumer != e.Consumer || u.ModelID != e.ModelID {
				rt.Fatalf("unpacked %+v from %+v", u, e)
			}
			amount += u.Amount
			calls += u.Calls
		}
		if amount != e.Amount || calls != e.Calls {
			rt.Fatalf("split sums %d/%d, want %d/%d", amount, calls, e.Amount, e.Calls)
		}
	})
	if _, err := chain.PackUsageEntries([]chain.UsageEntry{{Consumer: common.HexToAddress("0x1"), ModelID: 1 << 24}}); err == nil {
		t.Fatal("model id beyond 24 bits accepted")
	}
}

// FuzzUsageEntryPacking: packing then unpacking keeps the consumer and model
// and the split parts sum to the entry's amount and calls.
func FuzzUsageEntryPacking(f *testing.F) {
	f.Add([]byte{1, 2, 3}, uint64(1), uint64(2000), uint64(1))
	f.Add([]byte{0xff}, uint64(chain.MaxEntryModelID), uint64(1<<63), uint64(1<<40))
	f.Fuzz(func(t *testing.T, consumer []byte, model, amount, calls uint64) {
		e := chain.UsageEntry{Consumer: common.BytesToAddress(consumer), ModelID: model, Amount: amount, Calls: calls}
		words, err := chain.PackUsageEntries([]chain.UsageEntry{e})
		if model == 0 || model > chain.MaxEntryModelID || e.Consumer == (common.Address{}) {
			if err == nil {
				t.Fatalf("accepted %+v", e)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		var a, c uint64
		for _, w := range words {
			if w.BitLen() > 256 {
				t.Fatalf("word over 256 bits")
			}
			u := chain.UnpackUsageEntry(w)
			if u.Consumer != e.Consumer || u.ModelID != e.ModelID {
				t.Fatalf("unpacked %+v from %+v", u, e)
			}
			a += u.Amount
			c += u.Calls
		}
		if a != amount || c != calls {
			t.Fatalf("parts sum to %d/%d, want %d/%d", a, c, amount, calls)
		}
	})
}
