package chain_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
)

type simEnv struct {
	sim *chain.Simulated
	c   *chain.Client
	s   *chain.Session
}

func newSimEnv(t *testing.T) *simEnv {
	t.Helper()
	ctx := context.Background()
	sim := chain.NewSimulated(devAlloc())
	t.Cleanup(func() { sim.Close() })
	c, err := sim.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txmgrtest.Attach(t, c)
	week := 7 * 24 * time.Hour // F17's launch window, as on a real chain
	p, err := chain.EnsureProtocolWith(ctx, c, devchain.DevKey(0), filepath.Join(t.TempDir(), "protocol.json"), chain.EnsureOptions{Dev: true, BuyOnlyWindow: &week})
	if err != nil {
		t.Fatal(err)
	}
	return &simEnv{sim: sim, c: c, s: &chain.Session{Client: c, Protocol: p}}
}

func usdcAmt(s string) *big.Int {
	v, err := hokusai.ParseUnits("usdc", s, 6)
	if err != nil {
		panic(err)
	}
	return v
}

// wantErr checks err is a *hokusai.Error with code, field and a message
// containing every fragment.
func wantErr(t *testing.T, err error, code, field string, fragments ...string) {
	t.Helper()
	var he *hokusai.Error
	if !errors.As(err, &he) {
		t.Fatalf("error %v (%T) is not a *hokusai.Error", err, err)
	}
	if he.Code != code || he.Field != field {
		t.Fatalf("error %q: code %s field %q, want code %s field %q", he.Message, he.Code, he.Field, code, field)
	}
	for _, f := range fragments {
		if !strings.Contains(he.Message, f) {
			t.Fatalf("error message %q lacks %q", he.Message, f)
		}
	}
}

func TestOperationsSimulated(t *testing.T) {
	ctx := context.Background()
	e := newSimEnv(t)
	owner, buyer := devchain.DevKey(1), devchain.DevKey(2)
	buyerAddr := devchain.DevAddress(2)

	m, err := e.s.CreateModel(ctx, owner, irisParams("iris"))
	if err != nil {
		t.Fatal(err)
	}
	if m.ID != 1 || m.Owner != devchain.DevAddress(1) {
		t.Fatalf("created %+v, want id 1 owned by dev account 1", m)
	}
	got, err := e.s.ResolveModel(ctx, "IRIS")
	if err != nil {
		t.Fatal(err)
	}
	if got.Ticker != "IRIS" || got.Baseline.Cmp(mustWad("0.884")) != 0 || got.Supply != hokusai.SupplyPresets["growth"] || got.Pool != m.Pool.Hex() {
		t.Fatalf("registry holds %+v", got)
	}
	if _, err := e.s.ResolveModel(ctx, "NOPE"); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("ResolveModel(NOPE) = %v, want ENOTFOUND", err)
	}
	if _, err := e.s.ResolveModel(ctx, "42"); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("ResolveModel(42) = %v, want ENOTFOUND", err)
	}

	// A taken ticker is refused by the contract's estimate and costs nothing.
	nonce, _ := e.c.Backend.PendingNonceAt(ctx, devchain.DevAddress(1))
	_, err = e.s.CreateModel(ctx, owner, irisParams("IRIS"))
	wantErr(t, err, hokusai.ECONFLICT, "ticker", "IRIS", "taken by model 1")
	if n2, _ := e.c.Backend.PendingNonceAt(ctx, devchain.DevAddress(1)); n2 != nonce {
		t.Fatalf("a refused create moved the nonce from %d to %d", nonce, n2)
	}
	// Local validation names the field before anything reaches the chain.
	bad := irisParams("AB1")
	_, err = e.s.CreateModel(ctx, owner, bad)
	wantErr(t, err, hokusai.EINVALID, "ticker")
	bad = irisParams("BADB")
	bad.Baseline = mustWad("1.2")
	_, err = e.s.CreateModel(ctx, owner, bad)
	wantErr(t, err, hokusai.EINVALID, "baseline", "between 0 and 1")
	// The contract's own check, reached by skipping local validation.
	factory := bindings.NewModelFactory()
	to := e.s.Protocol.Factory
	_, err = e.c.Send(ctx, owner, chain.Tx{To: &to, ABIs: chain.ProtocolABIs(), Data: factory.PackCreateModel(bindings.ModelFactoryCreateModelParams{
		Name: "x", Ticker: "BADC", Metric: uint8(hokusai.MetricAccuracy), Baseline: mustWad("1.5"), DeltaOne: new(big.Int),
		InitialSupply: big.NewInt(1e18), TokensPerDeltaOne: big.NewInt(1e18), ExpectedDeltaOnes: big.NewInt(1),
	})})
	wantErr(t, err, hokusai.EINVALID, "baseline", "1.5")

	// Buy: quote, then trade with the quote as the bound.
	q, err := e.s.QuoteBuy(ctx, m.Pool, usdcAmt("10"))
	if err != nil {
		t.Fatal(err)
	}
	deadline, _ := e.c.DeadlineIn(ctx, 5*time.Minute)
	tr, err := e.s.Buy(ctx, buyer, m.Pool, usdcAmt("10"), q.Out, deadline)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Out.Cmp(q.Out) != 0 || tr.Fee.Cmp(q.Fee) != 0 || tr.ApproveHash == (common.Hash{}) {
		t.Fatalf("buy %+v does not match quote %+v or skipped the approval", tr, q)
	}
	bal, err := e.s.TokenBalance(ctx, m.Token, buyerAddr)
	if err != nil || bal.Cmp(tr.Out) != 0 {
		t.Fatalf("buyer holds %v (%v), want %v", bal, err, tr.Out)
	}
	// At the flat price of 0.01 USDC, 10 USDC less 0.30% buys 997 tokens.
	if want := new(big.Int).Mul(big.NewInt(997), big.NewInt(1e18)); tr.Out.Cmp(want) != 0 {
		t.Fatalf("10 USDC bought %s tokens, want 997", hokusai.FormatUnits(tr.Out, 18))
	}
	usdcLeft, _ := e.s.USDCBalance(ctx, buyerAddr)
	if want := new(big.Int).Sub(chain.DevUSDCPerAccount, usdcAmt("10")); usdcLeft.Cmp(want) != 0 {
		t.Fatalf("buyer has %v micro-USDC, want %v", usdcLeft, want)
	}

	// Reverts with arguments, decoded into sentences.
	q2, _ := e.s.QuoteBuy(ctx, m.Pool, usdcAmt("5"))
	_, err = e.s.Buy(ctx, buyer, m.Pool, usdcAmt("5"), new(big.Int).Add(q2.Out, big.NewInt(1)), deadline)
	wantErr(t, err, hokusai.ECONFLICT, "slippage", "498.5 tokens", "tokens, less than your minimum")
	_, err = e.s.Buy(ctx, buyer, m.Pool, usdcAmt("300"), nil, deadline)
	wantErr(t, err, hokusai.EINVALID, "amount", "300 USDC", "maximum of 200 USDC")
	_, err = e.s.Buy(ctx, buyer, m.Pool, usdcAmt("5"), nil, time.Unix(1_000_000_000, 0))
	wantErr(t, err, hokusai.EINVALID, "deadline", "2001-09-09 01:46:40 UTC")
	_, err = e.s.Sell(ctx, buyer, m.Pool, big.NewInt(1e18), nil, deadline)
	wantErr(t, err, hokusai.ECONFLICT, "", "buy-only launch window", "UTC")
	_, err = e.s.Buy(ctx, devchain.DevKey(2), m.Pool, new(big.Int).Add(chain.DevUSDCPerAccount, big.NewInt(1)), nil, deadline)
	wantErr(t, err, hokusai.EINVALID, "usdc", "fund the account")

	st, err := e.s.PoolState(ctx, m.Pool)
	if err != nil {
		t.Fatal(err)
	}
	if st.Phase != "flat" || st.Reserve.Cmp(usdcAmt("9.97")) != 0 || st.Token != m.Token || st.FeeBps != 30 {
		t.Fatalf("pool state %+v", st)
	}

	// After the launch window, sell half back: never more than was paid.
	if err := e.sim.AdjustTime(8 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	half := new(big.Int).Div(tr.Out, big.NewInt(2))
	qs, err := e.s.QuoteSell(ctx, m.Pool, half)
	if err != nil {
		t.Fatal(err)
	}
	deadline, _ = e.c.DeadlineIn(ctx, 5*time.Minute)
	sold, err := e.s.Sell(ctx, buyer, m.Pool, half, chain.MinOut(qs.Out, 100), deadline)
	if err != nil {
		t.Fatal(err)
	}
	if sold.Out.Sign() <= 0 || sold.Out.Cmp(usdcAmt("5")) > 0 {
		t.Fatalf("selling half of a 10 USDC buy paid %s USDC", hokusai.FormatUnits(sold.Out, 6))
	}
	bal, _ = e.s.TokenBalance(ctx, m.Token, buyerAddr)
	if want := new(big.Int).Sub(tr.Out, half); bal.Cmp(want) != 0 {
		t.Fatalf("after the sell the buyer holds %v, want %v", bal, want)
	}
	_, err = e.s.Sell(ctx, buyer, m.Pool, tr.Out, nil, deadline)
	wantErr(t, err, hokusai.EINVALID, "tokens", "holds 498.5 tokens")
}

// rpcRevert is what go-ethereum's RPC client returns for a revert.
type rpcRevert struct{ data string }

func (e rpcRevert) Error() string          { return "execution reverted" }
func (e rpcRevert) ErrorCode() int         { return 3 }
func (e rpcRevert) ErrorData() interface{} { return e.data }

func TestDecodeErrorStandardReverts(t *testing.T) {
	// Error("not allowed")
	data := "0x08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"000000000000000000000000000000000000000000000000000000000000000b" +
		"6e6f7420616c6c6f776564000000000000000000000000000000000000000000"
	wantErr(t, chain.DecodeError(rpcRevert{data}), hokusai.ECHAIN, "", "not allowed")
	// Panic(0x11)
	wantErr(t, chain.DecodeError(rpcRevert{"0x4e487b71" + strings.Repeat("0", 62) + "11"}), hokusai.ECHAIN, "", "overflow", "0x11")
	// An unknown custom error names its data.
	wantErr(t, chain.DecodeError(rpcRevert{"0xdeadbeef"}), hokusai.ECHAIN, "", "0xdeadbeef")
	// A custom error from a given ABI: ModelNotFound(7).
	reg := bindings.NewModelRegistry().GetABI()
	id := reg.Errors["ModelNotFound"].ID
	wantErr(t, chain.DecodeError(rpcRevert{hexutil.Encode(id[:4]) + strings.Repeat("0", 62) + "07"}, &reg), hokusai.ENOTFOUND, "", "No model has id 7")
	// The decoded error is reachable too.
	var re *chain.RevertError
	if err := chain.DecodeError(rpcRevert{hexutil.Encode(id[:4]) + strings.Repeat("0", 62) + "07"}, &reg); !errors.As(err, &re) || re.Name != "ModelNotFound" {
		t.Fatalf("no RevertError named ModelNotFound in %v", err)
	}
	if chain.DecodeError(nil) != nil {
		t.Fatal("DecodeError(nil) != nil")
	}
}

// TestSellAfterWindowOnIdleDevChain: the dev chain makes blocks only for
// transactions, so its latest block's time lags the clock. A sell after
// the launch window must still pass (the estimate runs on the pending
// block, whose time is now).
//
// It waits out the window in real time, plus the lead the dev chain's clock
// takes while deploying (one second per block when blocks come faster):
// about 30 s, so -short skips it.
func TestSellAfterWindowOnIdleDevChain(t *testing.T) {
	if testing.Short() {
		t.Skip("waits ~30 s of real time")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n := startDev(t, t.TempDir())
	defer n.Close()
	c := dialDev(t, n)
	window := 2 * time.Second
	p, err := chain.EnsureProtocolWith(ctx, c, devchain.DevKey(0), filepath.Join(t.TempDir(), "p.json"), chain.EnsureOptions{Dev: true, BuyOnlyWindow: &window})
	if err != nil {
		t.Fatal(err)
	}
	s := &chain.Session{Client: c, Protocol: p}
	m, err := s.CreateModel(ctx, devchain.DevKey(1), irisParams("IDLE"))
	if err != nil {
		t.Fatal(err)
	}
	deadline, _ := c.DeadlineIn(ctx, time.Minute)
	tr, err := s.Buy(ctx, devchain.DevKey(2), m.Pool, usdcAmt("10"), nil, deadline)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.PoolState(ctx, m.Pool)
	if err != nil {
		t.Fatal(err)
	}
	// Let the clock pass the window with no new blocks.
	time.Sleep(time.Until(st.LaunchEndsAt) + 1100*time.Millisecond)
	if _, err := s.Sell(ctx, devchain.DevKey(2), m.Pool, new(big.Int).Div(tr.Out, big.NewInt(10)), nil, deadline); err != nil {
		t.Fatalf("sell after the launch window on an idle dev chain: %v", err)
	}
}

// TestEveryProtocolErrorHasASentence decodes each custom error of the
// protocol's contracts (zero arguments) and checks it gets its own sentence
// rather than the generic "Name(args)" fallback, apart from library errors
// a user cannot trigger through these contracts.
func TestEveryProtocolErrorHasASentence(t *testing.T) {
	generic := map[string]bool{
		"CheckpointUnorderedInsertion": true, "CloneArgumentsTooLong": true, "FailedDeployment": true,
		"InsufficientBalance": true, "InvalidShortString": true, "StringTooLong": true, "NotInitializing": true,
		"OwnableInvalidOwner": true, "ERC5805FutureLookup": true, "ERC20InvalidApprover": true,
		"ERC20InvalidReceiver": true, "ERC20InvalidSender": true, "ERC20InvalidSpender": true,
	}
	bigType := reflect.TypeOf((*big.Int)(nil))
	for _, a := range chain.ProtocolABIs() {
		for name, e := range a.Errors {
			if generic[name] {
				continue
			}
			vals := make([]any, len(e.Inputs))
			for i, in := range e.Inputs {
				if in.Type.GetType() == bigType {
					vals[i] = big.NewInt(0)
				} else {
					vals[i] = reflect.New(in.Type.GetType()).Elem().Interface()
				}
			}
			packed, err := e.Inputs.Pack(vals...)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			data := append(append([]byte{}, e.ID[:4]...), packed...)
			msg := hokusai.ErrorMessage(chain.DecodeError(rpcRevert{hexutil.Encode(data)}, a))
			if strings.HasPrefix(msg, "The contract refused the transaction: "+name+"(") {
				t.Errorf("%s has no sentence of its own: %q", name, msg)
			}
		}
	}
}
