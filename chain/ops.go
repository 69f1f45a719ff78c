package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// Session is a Client bound to one protocol deployment: the operations a
// user signs with their own key (create a model, buy, sell) and the reads
// around them. The server never holds the user's key.
type Session struct {
	Client   *Client
	Protocol *Protocol
}

var (
	registryB = bindings.NewModelRegistry()
	factoryB  = bindings.NewModelFactory()
	poolB     = bindings.NewModelPool()
	tokenB    = bindings.NewModelToken()
	usdcB     = bindings.NewMockUSDC()
)

// ModelMetadata is the JSON document a model's ModelCreated event carries
// (not stored on-chain): what the indexer copies into hokusai.Model.
type ModelMetadata struct {
	Description string   `json:"description,omitempty"`
	Category    string   `json:"category,omitempty"`
	Tags        []string `json:"tags,omitempty"`
	// Treasury is a Proprietary model's treasury address, funded at creation.
	Treasury string `json:"treasury,omitempty"`
}

// ParseModelMetadata reads a ModelCreated metadata document; anything that
// is not a JSON object is kept as the description.
func ParseModelMetadata(s string) ModelMetadata {
	var m ModelMetadata
	if strings.TrimSpace(s) == "" {
		return m
	}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return ModelMetadata{Description: s}
	}
	return m
}

// CreateModelParams is what a model developer chooses (F1–F4).
type CreateModelParams struct {
	Name        string
	Ticker      string // normalised to upper case
	Description string
	Category    string
	Tags        []string
	Metric      hokusai.Metric
	Direction   hokusai.Direction
	Baseline    *big.Int // wad
	DeltaOne    *big.Int // wad; nil or 0 uses the default (0.01 for proportions, else 1% of |baseline|)
	License     hokusai.License
	Supply      hokusai.Supply // whole tokens
	// Treasury is the address a Proprietary model's revenue goes to; it
	// must hold USDC when the model is created (F3). Optional otherwise.
	Treasury common.Address
	// ParentID and ParentVersion make the model a fork of that model's
	// version (F30): the registry records the parent at creation, for good,
	// and settlement pays it the fork's royalty. ParentID 0: not a fork.
	ParentID      uint64
	ParentVersion uint32
}

// Validate checks every field locally, naming the one that is wrong, so a
// bad request never costs gas. It normalises the ticker in place.
func (p *CreateModelParams) Validate() error {
	name := strings.TrimSpace(p.Name)
	if name == "" {
		return hokusai.FieldErrorf("name", "A model name is required.")
	}
	if len(name) > 64 {
		return hokusai.FieldErrorf("name", "The model name must be at most 64 bytes; it is %d.", len(name))
	}
	if !utf8.ValidString(name) {
		return hokusai.FieldErrorf("name", "The model name must be valid UTF-8 text.")
	}
	p.Name = name
	t, err := hokusai.NormalizeTicker(p.Ticker)
	if err != nil {
		return err
	}
	p.Ticker = t
	if p.Metric > hokusai.MetricCustom {
		return hokusai.FieldErrorf("metric", "Unknown metric %d; use one of %s.", p.Metric, strings.Join(hokusai.MetricNames(), ", "))
	}
	if p.Direction > hokusai.Minimize {
		return hokusai.FieldErrorf("direction", "Unknown direction %d; use max or min.", p.Direction)
	}
	if p.License > hokusai.LicenseOpenSource {
		return hokusai.FieldErrorf("license", "Unknown license %d; use decentralized, proprietary or open-source.", p.License)
	}
	if p.Baseline == nil {
		return hokusai.FieldErrorf("baseline", "A baseline (the current benchmark value, e.g. 0.884) is required.")
	}
	if err := p.Metric.CheckValue("baseline", p.Baseline); err != nil {
		return err
	}
	if p.DeltaOne != nil && p.DeltaOne.Sign() != 0 {
		if p.Metric.IsProportion() && p.DeltaOne.Cmp(new(big.Int).Div(hokusai.WAD, big.NewInt(100))) != 0 {
			return hokusai.FieldErrorf("delta_one", "%s is a proportion, so one DeltaOne is fixed at 0.01; leave delta_one empty.", p.Metric)
		}
		if p.DeltaOne.Sign() < 0 {
			return hokusai.FieldErrorf("delta_one", "delta_one must be positive.")
		}
	} else if !p.Metric.IsProportion() && new(big.Int).Div(new(big.Int).Abs(p.Baseline), big.NewInt(100)).Sign() == 0 {
		return hokusai.FieldErrorf("delta_one", "The baseline %s is too close to zero to derive one DeltaOne (1%% of it); give delta_one.", hokusai.FormatWad(p.Baseline))
	}
	if p.License == hokusai.LicenseProprietary && p.Treasury == (common.Address{}) {
		return hokusai.FieldErrorf("treasury", "A Proprietary model needs a treasury: give --treasury 0x…, an address that holds USDC, for its revenue.")
	}
	return p.Supply.Validate()
}

// CheckTreasury refuses to create a Proprietary model whose treasury holds
// no USDC on this chain now (F3: "a treasury address must be funded");
// other licences need none.
func (s *Session) CheckTreasury(ctx context.Context, p CreateModelParams) error {
	if p.License != hokusai.LicenseProprietary {
		return nil
	}
	bal, err := s.USDCBalance(ctx, p.Treasury)
	if err != nil {
		return fmt.Errorf("treasury balance: %w", err)
	}
	if bal.Sign() == 0 {
		return &hokusai.Error{Code: hokusai.EFORBIDDEN, Field: "treasury", Message: fmt.Sprintf(
			"The treasury %s holds no USDC (token %s), and a Proprietary model needs a funded treasury; send USDC to it (or name a funded address with --treasury) and create the model again.",
			p.Treasury.Hex(), s.Protocol.USDC.Hex())}
	}
	return nil
}

// CreatedModel is the outcome of CreateModel.
type CreatedModel struct {
	ID      uint64
	TxHash  common.Hash
	Block   uint64
	Token   common.Address
	Pool    common.Address
	Vesting common.Address
	Owner   common.Address
	// Agent holds the model's ledger and DAO.
	Agent common.Address
}

// CreateModel validates p, then has the factory create the model's token,
// pool, owner vesting, Agent and DAO in one transaction signed by key (the
// owner); with p.ParentID set it creates a fork of that model.
func (s *Session) CreateModel(ctx context.Context, key *ecdsa.PrivateKey, p CreateModelParams) (*CreatedModel, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if err := s.CheckTreasury(ctx, p); err != nil {
		return nil, err
	}
	md := ModelMetadata{Description: p.Description, Category: p.Category, Tags: p.Tags}
	if p.Treasury != (common.Address{}) {
		md.Treasury = p.Treasury.Hex()
	}
	meta, err := json.Marshal(md)
	if err != nil {
		return nil, err
	}
	deltaOne := p.DeltaOne
	if deltaOne == nil {
		deltaOne = new(big.Int)
	}
	params := bindings.ModelFactoryCreateModelParams{
		Name: p.Name, Ticker: p.Ticker, Metric: uint8(p.Metric), Direction: uint8(p.Direction),
		Baseline: p.Baseline, DeltaOne: deltaOne, License: uint8(p.License),
		InitialSupply:     wholeTokens(p.Supply.InitialSupply),
		TokensPerDeltaOne: wholeTokens(p.Supply.TokensPerDeltaOne),
		ExpectedDeltaOnes: big.NewInt(p.Supply.ExpectedDeltaOnes),
		Metadata:          string(meta),
	}
	data := factoryB.PackCreateModel(params)
	if p.ParentID != 0 {
		data = factoryB.PackCreateFork(params, p.ParentID, p.ParentVersion)
	}
	to := s.Protocol.Factory
	r, err := s.Client.Send(ctx, key, Tx{To: &to, Data: data, ABIs: protocolABIs})
	if err != nil {
		return nil, err
	}
	var m *CreatedModel
	for _, l := range r.Logs {
		if l.Address != s.Protocol.Registry {
			continue
		}
		if ev, err := registryB.UnpackModelCreatedEvent(l); err == nil {
			m = &CreatedModel{ID: ev.Id.Uint64(), TxHash: r.TxHash, Block: r.BlockNumber.Uint64(), Token: ev.Token, Pool: ev.Pool, Vesting: ev.Vesting, Owner: ev.Owner}
		} else if ev, err := registryB.UnpackModelLinkedEvent(l); err == nil && m != nil {
			m.Agent = ev.Agent
		}
	}
	if m != nil {
		return m, nil
	}
	return nil, fmt.Errorf("create model: transaction %s has no ModelCreated event", r.TxHash.Hex())
}

// GetModel reads model id from the registry; ENOTFOUND when there is none.
func (s *Session) GetModel(ctx context.Context, id uint64) (*hokusai.Model, error) {
	reg := registryB.Instance(s.Client.Backend, s.Protocol.Registry)
	m, err := bind.Call(reg, s.Client.CallOpts(ctx), registryB.PackGetModel(new(big.Int).SetUint64(id)), registryB.UnpackGetModel)
	if err != nil {
		return nil, DecodeError(err, protocolABIs...)
	}
	return &hokusai.Model{
		ID: id, Name: m.Name, Ticker: m.Ticker,
		Metric: hokusai.Metric(m.Metric), Direction: hokusai.Direction(m.Direction), License: hokusai.License(m.License),
		Baseline: m.Baseline, DeltaOne: m.DeltaOne,
		Supply: hokusai.Supply{
			InitialSupply:     wholeFromWei(m.InitialSupply),
			TokensPerDeltaOne: wholeFromWei(m.TokensPerDeltaOne),
			ExpectedDeltaOnes: m.ExpectedDeltaOnes.Int64(),
		},
		Owner: m.Owner.Hex(), Token: m.Token.Hex(), Pool: m.Pool.Hex(), Vesting: m.Vesting.Hex(),
		CreatedAt: time.Unix(int64(m.CreatedAt), 0).UTC(),
	}, nil
}

// ResolveModel finds a model by its id ("7") or its ticker ("IRIS",
// any case) in the registry; ENOTFOUND names what was asked for.
func (s *Session) ResolveModel(ctx context.Context, ref string) (*hokusai.Model, error) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseUint(ref, 10, 64); err == nil {
		m, err := s.GetModel(ctx, id)
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d; `hokusai model list` shows the models.", id)
		}
		return m, err
	}
	t, err := hokusai.NormalizeTicker(ref)
	if err != nil {
		return nil, hokusai.FieldErrorf("model", "%q is neither a model id nor a ticker (3 to 6 letters).", ref)
	}
	reg := registryB.Instance(s.Client.Backend, s.Protocol.Registry)
	id, err := bind.Call(reg, s.Client.CallOpts(ctx), registryB.PackModelIdByTicker(t), registryB.UnpackModelIdByTicker)
	if err != nil {
		return nil, DecodeError(err, protocolABIs...)
	}
	if id.Sign() == 0 {
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No model has ticker %s; `hokusai model list` shows the models.", t)
	}
	return s.GetModel(ctx, id.Uint64())
}

// ModelCount is how many models the registry holds (ids 1..count).
func (s *Session) ModelCount(ctx context.Context) (uint64, error) {
	reg := registryB.Instance(s.Client.Backend, s.Protocol.Registry)
	n, err := bind.Call(reg, s.Client.CallOpts(ctx), registryB.PackModelCount(), registryB.UnpackModelCount)
	if err != nil {
		return 0, DecodeError(err, protocolABIs...)
	}
	return n.Uint64(), nil
}

// Quote is a priced trade: what goes out and the fee (in USDC) it pays.
type Quote struct {
	Out *big.Int // tokens (wei) for a buy, micro-USDC for a sell
	Fee *big.Int // micro-USDC
}

// QuoteBuy prices a buy of usdcIn micro-USDC (fee included) now.
func (s *Session) QuoteBuy(ctx context.Context, pool common.Address, usdcIn *big.Int) (*Quote, error) {
	if usdcIn == nil || usdcIn.Sign() <= 0 {
		return nil, hokusai.FieldErrorf("usdc", "The USDC amount must be greater than zero.")
	}
	q, err := bind.Call(poolB.Instance(s.Client.Backend, pool), s.Client.CallOpts(ctx), poolB.PackQuoteBuy(usdcIn), poolB.UnpackQuoteBuy)
	if err != nil {
		return nil, decodeError(err, poolB.PackQuoteBuy(usdcIn), protocolABIs)
	}
	return &Quote{Out: q.TokensOut, Fee: q.Fee}, nil
}

// QuoteSell prices a sell of tokensIn token wei now.
func (s *Session) QuoteSell(ctx context.Context, pool common.Address, tokensIn *big.Int) (*Quote, error) {
	if tokensIn == nil || tokensIn.Sign() <= 0 {
		return nil, hokusai.FieldErrorf("tokens", "The token amount must be greater than zero.")
	}
	q, err := bind.Call(poolB.Instance(s.Client.Backend, pool), s.Client.CallOpts(ctx), poolB.PackQuoteSell(tokensIn), poolB.UnpackQuoteSell)
	if err != nil {
		return nil, decodeError(err, poolB.PackQuoteSell(tokensIn), protocolABIs)
	}
	return &Quote{Out: q.UsdcOut, Fee: q.Fee}, nil
}

// Trade is a mined buy or sell.
type Trade struct {
	TxHash      common.Hash
	ApproveHash common.Hash // the USDC approval sent first, if one was needed
	In          *big.Int    // micro-USDC paid (buy) or token wei sold (sell)
	Out         *big.Int    // token wei bought or micro-USDC received
	Fee         *big.Int    // micro-USDC
	PriceAfter  *big.Int    // spot price after the trade, micro-USDC per token ×1e18
}

// Buy spends usdcIn micro-USDC (fee included) from key's account for at
// least minOut token wei, before deadline. It first approves the pool for
// exactly what the buy needs, unless the allowance already covers it.
func (s *Session) Buy(ctx context.Context, key *ecdsa.PrivateKey, pool common.Address, usdcIn, minOut *big.Int, deadline time.Time) (*Trade, error) {
	if usdcIn == nil || usdcIn.Sign() <= 0 {
		return nil, hokusai.FieldErrorf("usdc", "The USDC amount must be greater than zero.")
	}
	if minOut == nil {
		minOut = new(big.Int)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	bal, err := s.USDCBalance(ctx, from)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(usdcIn) < 0 {
		return nil, hokusai.FieldErrorf("usdc", "%s holds %s but the buy needs %s; fund the account first.", from.Hex(), usdc(bal), usdc(usdcIn))
	}
	t := &Trade{In: usdcIn}
	usdcC := usdcB.Instance(s.Client.Backend, s.Protocol.USDC)
	allowance, err := bind.Call(usdcC, s.Client.CallOpts(ctx), usdcB.PackAllowance(from, pool), usdcB.UnpackAllowance)
	if err != nil {
		return nil, DecodeError(err, protocolABIs...)
	}
	if allowance.Cmp(usdcIn) < 0 {
		to := s.Protocol.USDC
		r, err := s.Client.Send(ctx, key, Tx{To: &to, Data: usdcB.PackApprove(pool, usdcIn), ABIs: protocolABIs})
		if err != nil {
			return nil, fmt.Errorf("approve usdc: %w", err)
		}
		t.ApproveHash = r.TxHash
	}
	to := pool
	r, err := s.Client.Send(ctx, key, Tx{To: &to, Data: poolB.PackBuy(usdcIn, minOut, big.NewInt(deadline.Unix())), ABIs: protocolABIs})
	if err != nil {
		return nil, err
	}
	t.TxHash = r.TxHash
	for _, l := range r.Logs {
		if ev, err := poolB.UnpackBoughtEvent(l); err == nil && l.Address == pool {
			t.Out, t.Fee, t.PriceAfter = ev.TokensOut, ev.Fee, ev.PriceAfter
			return t, nil
		}
	}
	return nil, fmt.Errorf("buy: transaction %s has no Bought event", r.TxHash.Hex())
}

// Sell sells tokensIn token wei from key's account for at least minOut
// micro-USDC after the fee, before deadline.
func (s *Session) Sell(ctx context.Context, key *ecdsa.PrivateKey, pool common.Address, tokensIn, minOut *big.Int, deadline time.Time) (*Trade, error) {
	if tokensIn == nil || tokensIn.Sign() <= 0 {
		return nil, hokusai.FieldErrorf("tokens", "The token amount must be greater than zero.")
	}
	if minOut == nil {
		minOut = new(big.Int)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	token, err := bind.Call(poolB.Instance(s.Client.Backend, pool), s.Client.CallOpts(ctx), poolB.PackToken(), poolB.UnpackToken)
	if err != nil {
		return nil, DecodeError(err, protocolABIs...)
	}
	bal, err := s.TokenBalance(ctx, token, from)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(tokensIn) < 0 {
		return nil, hokusai.FieldErrorf("tokens", "%s holds %s but the sell needs %s.", from.Hex(), tokens(bal), tokens(tokensIn))
	}
	to := pool
	r, err := s.Client.Send(ctx, key, Tx{To: &to, Data: poolB.PackSell(tokensIn, minOut, big.NewInt(deadline.Unix())), ABIs: protocolABIs})
	if err != nil {
		return nil, err
	}
	t := &Trade{TxHash: r.TxHash, In: tokensIn}
	for _, l := range r.Logs {
		if ev, err := poolB.UnpackSoldEvent(l); err == nil && l.Address == pool {
			t.Out, t.Fee, t.PriceAfter = ev.UsdcOut, ev.Fee, ev.PriceAfter
			return t, nil
		}
	}
	return nil, fmt.Errorf("sell: transaction %s has no Sold event", r.TxHash.Hex())
}

// TokenBalance is owner's balance of an ERC-20 token, in its smallest unit.
func (s *Session) TokenBalance(ctx context.Context, token, owner common.Address) (*big.Int, error) {
	b, err := bind.Call(tokenB.Instance(s.Client.Backend, token), s.Client.CallOpts(ctx), tokenB.PackBalanceOf(owner), tokenB.UnpackBalanceOf)
	if err != nil {
		return nil, DecodeError(err, protocolABIs...)
	}
	return b, nil
}

// USDCBalance is owner's USDC in micro-USDC.
func (s *Session) USDCBalance(ctx context.Context, owner common.Address) (*big.Int, error) {
	return s.TokenBalance(ctx, s.Protocol.USDC, owner)
}

// PoolState is a pool's state now.
type PoolState struct {
	Pool         common.Address
	Token        common.Address
	Reserve      *big.Int // micro-USDC
	Redeemable   *big.Int // token wei: supply minus the owner's locked allocation
	TotalSupply  *big.Int // token wei
	SpotPrice    *big.Int // marginal buy price, micro-USDC per token ×1e18
	CurvePrice   *big.Int // marginal sell price, micro-USDC per token ×1e18
	Graduated    bool
	Phase        string   // "flat" or "curve"
	MaxTrade     *big.Int // micro-USDC
	AccruedFees  *big.Int // micro-USDC
	FeeBps       uint16
	CRR          uint64 // wad
	LaunchEndsAt time.Time
}

// PoolState reads pool's reserve, supply, prices and phase.
func (s *Session) PoolState(ctx context.Context, pool common.Address) (*PoolState, error) {
	inst := poolB.Instance(s.Client.Backend, pool)
	opts := s.Client.CallOpts(ctx)
	st := &PoolState{Pool: pool}
	var err error
	big1 := func(data []byte, dst **big.Int) {
		if err != nil {
			return
		}
		*dst, err = bind.Call(inst, opts, data, poolB.UnpackReserve) // every one of these returns a single uint256
	}
	big1(poolB.PackReserve(), &st.Reserve)
	big1(poolB.PackRedeemableSupply(), &st.Redeemable)
	big1(poolB.PackSpotPrice(), &st.SpotPrice)
	big1(poolB.PackCurvePrice(), &st.CurvePrice)
	big1(poolB.PackMaxTrade(), &st.MaxTrade)
	big1(poolB.PackAccruedFees(), &st.AccruedFees)
	if err == nil {
		st.Graduated, err = bind.Call(inst, opts, poolB.PackGraduated(), poolB.UnpackGraduated)
	}
	var cfg bindings.ModelPoolConfig
	if err == nil {
		cfg, err = bind.Call(inst, opts, poolB.PackConfig(), poolB.UnpackConfig)
	}
	if err == nil {
		st.TotalSupply, err = bind.Call(tokenB.Instance(s.Client.Backend, cfg.Token), opts, tokenB.PackTotalSupply(), tokenB.UnpackTotalSupply)
	}
	if err != nil {
		var he *hokusai.Error
		if errors.As(DecodeError(err), &he) {
			return nil, he
		}
		return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No Hokusai pool answers at %s: %v.", pool.Hex(), err)
	}
	st.Token, st.FeeBps, st.CRR = cfg.Token, cfg.FeeBps, cfg.Crr
	st.LaunchEndsAt = time.Unix(cfg.LaunchEndsAt.Int64(), 0).UTC()
	st.Phase = "flat"
	if st.Graduated {
		st.Phase = "curve"
	}
	return st, nil
}

// DeadlineIn is d after the chain's latest block time (never before the
// wall clock), for trade deadlines that hold on chains whose clock runs
// ahead (the simulated chain after AdjustTime).
func (c *Client) DeadlineIn(ctx context.Context, d time.Duration) (time.Time, error) {
	head, err := c.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, unavailable("head", err)
	}
	base := time.Unix(int64(head.Time), 0)
	if now := time.Now(); now.After(base) {
		base = now
	}
	return base.Add(d), nil
}

// MinOut is quote less a slippage allowance in basis points, rounded down.
func MinOut(quote *big.Int, slippageBps uint64) *big.Int {
	if slippageBps >= 10_000 {
		return new(big.Int)
	}
	v := new(big.Int).Mul(quote, new(big.Int).SetUint64(10_000-slippageBps))
	return v.Div(v, big.NewInt(10_000))
}

var tokenUnit = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func wholeTokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), tokenUnit) }

func wholeFromWei(v *big.Int) int64 { return new(big.Int).Div(v, tokenUnit).Int64() }
