package hokusai

import (
	"context"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// Metric is a benchmark metric. Its numeric value is the on-chain enum in
// ModelRegistry.sol; the order never changes.
type Metric uint8

// Metrics, in on-chain order.
const (
	MetricAccuracy Metric = iota
	MetricPrecision
	MetricRecall
	MetricF1
	MetricAUCROC
	MetricLogLoss
	MetricMSE
	MetricRMSE
	MetricMAE
	MetricR2
	MetricPerplexity
	MetricCustom
)

var metricNames = [...]string{"accuracy", "precision", "recall", "f1", "auc_roc", "log_loss", "mse", "rmse", "mae", "r2", "perplexity", "custom"}

// String returns the metric's API name, e.g. "auc_roc".
func (m Metric) String() string {
	if int(m) < len(metricNames) {
		return metricNames[m]
	}
	return "unknown"
}

// MetricNames lists every metric's API name in on-chain order.
func MetricNames() []string { return append([]string(nil), metricNames[:]...) }

// ParseMetric accepts a metric's API name (case-insensitive; "-" and "_"
// are interchangeable, "auc-roc", "auc", "roc_auc" and "logloss" are aliases).
func ParseMetric(s string) (Metric, error) {
	k := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "-", "_")
	switch k {
	case "auc", "roc_auc", "aucroc":
		k = "auc_roc"
	case "logloss":
		k = "log_loss"
	case "f1_score":
		k = "f1"
	}
	for i, n := range metricNames {
		if n == k {
			return Metric(i), nil
		}
	}
	return 0, FieldErrorf("metric", "Unknown metric %q; use one of %s.", s, strings.Join(metricNames[:], ", "))
}

// IsProportion reports whether the metric's values lie in [0, 1], so one
// DeltaOne is 0.01 (one percentage point).
func (m Metric) IsProportion() bool { return m <= MetricAUCROC }

// DefaultDirection is the direction in which the metric improves.
func (m Metric) DefaultDirection() Direction {
	switch m {
	case MetricLogLoss, MetricMSE, MetricRMSE, MetricMAE, MetricPerplexity:
		return Minimize
	}
	return Maximize
}

// CheckValue returns an EINVALID error naming field when v (a score in wad,
// 18 decimals) lies outside the metric's range.
func (m Metric) CheckValue(field string, v *big.Int) error {
	switch {
	case m.IsProportion():
		if v.Sign() < 0 || v.Cmp(WAD) > 0 {
			return FieldErrorf(field, "%s is a proportion: %s must lie between 0 and 1, got %s.", m, field, FormatWad(v))
		}
	case m == MetricR2:
		if v.Cmp(WAD) > 0 {
			return FieldErrorf(field, "r2 is at most 1: %s must be ≤ 1, got %s.", field, FormatWad(v))
		}
	case m == MetricPerplexity:
		if v.Cmp(WAD) < 0 {
			return FieldErrorf(field, "perplexity is at least 1: %s must be ≥ 1, got %s.", field, FormatWad(v))
		}
	case m == MetricCustom:
	default:
		if v.Sign() < 0 {
			return FieldErrorf(field, "%s is never negative: %s must be ≥ 0, got %s.", m, field, FormatWad(v))
		}
	}
	return nil
}

// Direction says whether a higher or a lower metric value is better.
type Direction uint8

// Directions, in on-chain order.
const (
	Maximize Direction = iota
	Minimize
)

// String returns "max" or "min".
func (d Direction) String() string {
	if d == Minimize {
		return "min"
	}
	return "max"
}

// ParseDirection accepts max|maximize|min|minimize.
func ParseDirection(s string) (Direction, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "max", "maximize", "maximise", "higher":
		return Maximize, nil
	case "min", "minimize", "minimise", "lower":
		return Minimize, nil
	}
	return 0, FieldErrorf("direction", "Unknown direction %q; use max or min.", s)
}

// License is a model's licence (F3). Its numeric value is the on-chain enum.
type License uint8

// Licences, in on-chain order.
const (
	LicenseDecentralized License = iota
	LicenseProprietary
	LicenseOpenSource
)

var licenseNames = [...]string{"decentralized", "proprietary", "open-source"}

// String returns the licence's API name.
func (l License) String() string {
	if int(l) < len(licenseNames) {
		return licenseNames[l]
	}
	return "unknown"
}

// ParseLicense accepts decentralized|proprietary|open-source (also open_source, opensource).
func ParseLicense(s string) (License, error) {
	k := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "_", "-")
	if k == "opensource" {
		k = "open-source"
	}
	for i, n := range licenseNames {
		if n == k {
			return License(i), nil
		}
	}
	return 0, FieldErrorf("license", "Unknown license %q; use decentralized, proprietary or open-source.", s)
}

// Supply is a model's token supply plan (F4), in whole tokens.
type Supply struct {
	InitialSupply     int64 // minted to the owner, vesting per F18
	TokensPerDeltaOne int64 // minted per +1 DeltaOne
	ExpectedDeltaOnes int64 // expected over two years
}

// SupplyPresets are F4's presets.
var SupplyPresets = map[string]Supply{
	"experimental": {500_000, 200_000, 8},
	"growth":       {1_000_000, 100_000, 5},
	"mature":       {2_000_000, 50_000, 3},
}

// ParsePreset returns the named supply preset.
func ParsePreset(s string) (Supply, error) {
	p, ok := SupplyPresets[strings.ToLower(strings.TrimSpace(s))]
	if !ok {
		return Supply{}, FieldErrorf("preset", "Unknown preset %q; use experimental, growth or mature, or give --initial-supply, --tokens-per-deltaone and --expected-deltaones.", s)
	}
	return p, nil
}

// AnnualInflation is the implied yearly inflation if the expected DeltaOnes
// arrive evenly over two years, as a fraction of the initial supply.
func (s Supply) AnnualInflation() float64 {
	if s.InitialSupply == 0 {
		return 0
	}
	return float64(s.TokensPerDeltaOne*s.ExpectedDeltaOnes) / float64(s.InitialSupply) / 2
}

// Validate checks the supply plan's fields.
func (s Supply) Validate() error {
	switch {
	case s.InitialSupply <= 0:
		return FieldErrorf("initial_supply", "initial_supply must be a positive number of whole tokens.")
	case s.InitialSupply > 1_000_000_000_000:
		return FieldErrorf("initial_supply", "initial_supply must be at most 1,000,000,000,000 tokens.")
	case s.TokensPerDeltaOne <= 0:
		return FieldErrorf("tokens_per_deltaone", "tokens_per_deltaone must be a positive number of whole tokens.")
	case s.ExpectedDeltaOnes < 0:
		return FieldErrorf("expected_deltaones", "expected_deltaones must not be negative.")
	}
	return nil
}

// Model is a registered model as the chain records it (indexed off-chain).
type Model struct {
	ID          uint64 // the registry's on-chain id, from 1
	Name        string
	Ticker      string // 3–6 uppercase letters, unique
	Description string
	Category    string
	Tags        []string
	Metric      Metric
	Direction   Direction
	Baseline    *big.Int // score in wad (18 decimals)
	DeltaOne    *big.Int // size of one DeltaOne in wad
	License     License
	Supply      Supply
	Owner       string // 0x address; follows sales (ModelTransferred)
	Token       string // 0x address of its ERC-20
	Pool        string // 0x address of its USDC pool
	Vesting     string // 0x address holding the owner's unvested allocation
	TxHash      string // creating transaction
	BlockNumber uint64
	// OwnerBlock is the block as of which Owner is indexed: the creating
	// block, the block of the latest sale, or the block a reorganisation
	// re-read the owner at. Stores set it; UpsertModel ignores it.
	OwnerBlock uint64
	CreatedAt  time.Time
}

// ModelFilter narrows FindModels; every set field must match.
type ModelFilter struct {
	Ticker   *string
	Owner    *string
	Category *string  // exact category, case-insensitive
	Tag      *string  // one of the model's tags, case-insensitive
	License  *License // the model's licence
	Metric   *Metric  // the model's performance metric
	Offset   int
	Limit    int
}

// ModelService is the off-chain index of the chain's model registry.
type ModelService interface {
	// FindModelByID returns ENOTFOUND when no such model is indexed.
	FindModelByID(ctx context.Context, id uint64) (*Model, error)
	// FindModelByTicker returns ENOTFOUND when no such model is indexed.
	FindModelByTicker(ctx context.Context, ticker string) (*Model, error)
	// FindModels returns matching models ordered by id, and the total count.
	FindModels(ctx context.Context, filter ModelFilter) ([]*Model, int, error)
	// UpsertModel records a model read from the chain; it is idempotent.
	UpsertModel(ctx context.Context, m *Model) error
	// DeleteModelsAfter removes every model created in a block above block,
	// with its package versions, because the chain reorganised and those
	// models are gone from it (their ids may name other models on the new
	// chain). It returns how many models it removed.
	DeleteModelsAfter(ctx context.Context, block uint64) (int, error)
	// SetModelOwner records that model id belongs to owner as of block (a
	// sale's ModelTransferred event, or the owner a reorganisation re-read
	// from the chain); applying it again changes nothing. It returns
	// ENOTFOUND when no such model is indexed (the indexer records a
	// model's creation before any sale of it, so that means the index lost
	// it) and EINVALID for an owner that is not a 0x address or a block
	// past 2^63−1.
	SetModelOwner(ctx context.Context, id uint64, owner string, block uint64) error
	// FindModelsOwnedAfter returns the ids, in order, of the models whose
	// owner was set as of a block above block: those whose owner a
	// reorganisation back to block must re-read.
	FindModelsOwnedAfter(ctx context.Context, block uint64) ([]uint64, error)
}

// CheckModelOwner checks SetModelOwner's arguments, so every ModelService
// refuses the same ones.
func CheckModelOwner(id uint64, owner string, block uint64) error {
	switch {
	case id == 0 || id > math.MaxInt64:
		return Errorf(ENOTFOUND, "No model has id %d.", id)
	case block > math.MaxInt64:
		return FieldErrorf("block_number", "Block number must be at most 2^63−1, got %d.", block)
	case !isHexAddress(owner):
		return FieldErrorf("owner", "Owner must be a 0x address of 40 hex digits, got %q.", Excerpt(owner))
	}
	return nil
}

func isHexAddress(s string) bool {
	if len(s) != 42 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return false
	}
	for _, r := range s[2:] {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F') {
			return false
		}
	}
	return true
}

// CheckIndexedModel rejects a model the off-chain index cannot represent
// faithfully (ids and block numbers past 2^63−1, unknown enums, a bad
// ticker), so every ModelService refuses the same models.
func CheckIndexedModel(m *Model) error {
	switch {
	case m == nil:
		return Errorf(EINVALID, "A model is required.")
	case m.ID == 0 || m.ID > math.MaxInt64:
		return FieldErrorf("id", "Model id must be between 1 and 2^63−1, got %d.", m.ID)
	case m.BlockNumber > math.MaxInt64:
		return FieldErrorf("block_number", "Block number must be at most 2^63−1, got %d.", m.BlockNumber)
	case m.Metric.String() == "unknown":
		return FieldErrorf("metric", "Metric %d is not a known metric.", m.Metric)
	case m.Direction > Minimize:
		return FieldErrorf("direction", "Direction %d is not max (0) or min (1).", m.Direction)
	case m.License.String() == "unknown":
		return FieldErrorf("license", "License %d is not a known license.", m.License)
	}
	if _, err := NormalizeTicker(m.Ticker); err != nil {
		return err
	}
	return nil
}

// NormalizeTicker upper-cases a ticker and checks it is 3–6 letters A–Z.
func NormalizeTicker(s string) (string, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	if len(t) < 3 || len(t) > 6 {
		return "", FieldErrorf("ticker", "Ticker %q must be 3 to 6 letters A–Z.", s)
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return "", FieldErrorf("ticker", "Ticker %q must be 3 to 6 letters A–Z; %q is not a letter.", s, r)
		}
	}
	return t, nil
}

// WAD is 10^18, the fixed-point scale of scores on-chain.
var WAD = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// ParseWad parses a decimal string such as "0.884" or "-1.5e-3" exactly
// into a wad (18 decimals). More than 18 decimals is an error.
func ParseWad(field, s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok {
		return nil, FieldErrorf(field, "%s must be a decimal number such as 0.884, got %q.", field, s)
	}
	r.Mul(r, new(big.Rat).SetInt(WAD))
	if !r.IsInt() {
		return nil, FieldErrorf(field, "%s has more than 18 decimal places: %q.", field, s)
	}
	return new(big.Int).Set(r.Num()), nil
}

// FormatWad formats a wad as a short decimal string ("0.884").
func FormatWad(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return FormatUnits(v, 18)
}

// FormatUnits formats an integer amount with the given decimals, trimming
// trailing zeros: FormatUnits(1500000, 6) = "1.5".
func FormatUnits(v *big.Int, decimals int) string {
	return formatDigits(v.Sign() < 0, new(big.Int).Abs(v).String(), decimals)
}

// FormatInt64Units is FormatUnits for an int64, without a big.Int.
func FormatInt64Units(v int64, decimals int) string {
	var buf [20]byte
	abs := uint64(v)
	if v < 0 {
		abs = -abs
	}
	return formatDigits(v < 0, string(strconv.AppendUint(buf[:0], abs, 10)), decimals)
}

// formatDigits places the decimal point in s, the digits of a
// non-negative integer, and trims trailing zeros.
func formatDigits(neg bool, s string, decimals int) string {
	if len(s) <= decimals {
		s = strings.Repeat("0", decimals-len(s)+1) + s
	}
	intPart, frac := s[:len(s)-decimals], strings.TrimRight(s[len(s)-decimals:], "0")
	out := intPart
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// ParseUnits parses a decimal string into an integer amount with the given
// decimals: ParseUnits("field", "1.5", 6) = 1500000.
func ParseUnits(field, s string, decimals int) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok {
		return nil, FieldErrorf(field, "%s must be a decimal number, got %q.", field, s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	if !r.IsInt() {
		return nil, FieldErrorf(field, "%s has more than %d decimal places: %q.", field, decimals, s)
	}
	return new(big.Int).Set(r.Num()), nil
}
