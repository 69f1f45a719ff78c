package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hokusai-protocol/hokusai"
)

var (
	selectorError = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selectorPanic = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// commonErrorsABI lists OpenZeppelin errors that reach our callers from
// contracts whose ABI the caller may not pass (USDC, the token under a pool).
const commonErrorsABI = `[
{"type":"error","name":"ERC20InsufficientBalance","inputs":[{"name":"sender","type":"address"},{"name":"balance","type":"uint256"},{"name":"needed","type":"uint256"}]},
{"type":"error","name":"ERC20InsufficientAllowance","inputs":[{"name":"spender","type":"address"},{"name":"allowance","type":"uint256"},{"name":"needed","type":"uint256"}]},
{"type":"error","name":"ERC20InvalidReceiver","inputs":[{"name":"receiver","type":"address"}]},
{"type":"error","name":"ERC20InvalidSender","inputs":[{"name":"sender","type":"address"}]},
{"type":"error","name":"ERC20InvalidApprover","inputs":[{"name":"approver","type":"address"}]},
{"type":"error","name":"ERC20InvalidSpender","inputs":[{"name":"spender","type":"address"}]},
{"type":"error","name":"OwnableUnauthorizedAccount","inputs":[{"name":"account","type":"address"}]},
{"type":"error","name":"OwnableInvalidOwner","inputs":[{"name":"owner","type":"address"}]},
{"type":"error","name":"AccessControlUnauthorizedAccount","inputs":[{"name":"account","type":"address"},{"name":"neededRole","type":"bytes32"}]},
{"type":"error","name":"SafeERC20FailedOperation","inputs":[{"name":"token","type":"address"}]},
{"type":"error","name":"InvalidInitialization","inputs":[]},
{"type":"error","name":"NotInitializing","inputs":[]},
{"type":"error","name":"ERC2612ExpiredSignature","inputs":[{"name":"deadline","type":"uint256"}]},
{"type":"error","name":"ERC2612InvalidSigner","inputs":[{"name":"signer","type":"address"},{"name":"owner","type":"address"}]},
{"type":"error","name":"ERC5805FutureLookup","inputs":[{"name":"timepoint","type":"uint256"},{"name":"clock","type":"uint48"}]}
]`

var commonErrors = mustABI(commonErrorsABI)

func mustABI(s string) *abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err)
	}
	return &a
}

// RevertError is a decoded contract revert; DecodeError returns it wrapped
// in a *hokusai.Error, and errors.As finds it for programs that need the
// error's name and arguments.
type RevertError struct {
	Name string         // custom error name, "Error" or "Panic"; "" when the data was not recognised
	Args map[string]any // decoded arguments by name (positional "arg0"… when unnamed)
	Data []byte         // the raw revert data

	order abi.Arguments // the error's inputs, in declaration order
}

// Error implements error.
func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("reverted with data 0x%x", e.Data)
	}
	return "reverted with " + e.Name
}

// DecodeError turns an error from a call, an estimate or a mined
// transaction into a *hokusai.Error a user can act on: custom errors found
// in abis (and OpenZeppelin's common ones) get a sentence with their
// arguments formatted (USDC with 6 decimals, tokens with 18, timestamps as
// UTC times), Error(string) and Panic(uint256) are spelled out, and an
// unreachable node is EUNAVAILABLE. Errors that are already *hokusai.Error,
// and nil, pass through.
func DecodeError(err error, abis ...*abi.ABI) error { return decodeError(err, nil, abis) }

// DecodeCallError is DecodeError for a call whose calldata is known, so
// a bare revert can name the function that reverted.
func DecodeCallError(err error, calldata []byte, abis ...*abi.ABI) error {
	return decodeError(err, calldata, abis)
}

// decodeError is DecodeError knowing the call data, so units that depend on
// the method (slippage on a buy is in tokens, on a sell in USDC) are right.
func decodeError(err error, calldata []byte, abis []*abi.ABI) error {
	if err == nil {
		return nil
	}
	var he *hokusai.Error
	if errors.As(err, &he) {
		return err
	}
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		if isReverted(err) {
			return &hokusai.Error{Code: hokusai.ECHAIN, Message: "The contract refused the transaction without giving a reason."}
		}
		if isConnection(err) {
			return &hokusai.Error{Code: hokusai.EUNAVAILABLE, Message: fmt.Sprintf("The chain is not reachable: %v. Check that the server or RPC endpoint is running.", err)}
		}
		return err
	}
	method := methodName(calldata, abis)
	re := decodeRevert(data, abis)
	out := describe(re, method)
	return &wrapped{err: out, cause: re}
}

// wrapped carries both the user-facing *hokusai.Error and the decoded
// *RevertError, so errors.As finds either.
type wrapped struct {
	err   *hokusai.Error
	cause *RevertError
}

func (w *wrapped) Error() string   { return w.err.Error() }
func (w *wrapped) Unwrap() []error { return []error{w.err, w.cause} }

func decodeRevert(data []byte, abis []*abi.ABI) *RevertError {
	re := &RevertError{Data: data, Args: map[string]any{}}
	if len(data) < 4 {
		return re
	}
	sel := data[:4]
	switch {
	case bytes.Equal(sel, selectorError):
		if reason, err := abi.UnpackRevert(data); err == nil {
			re.Name, re.Args["reason"] = "Error", reason
		}
		return re
	case bytes.Equal(sel, selectorPanic):
		if len(data) >= 36 {
			re.Name, re.Args["code"] = "Panic", new(big.Int).SetBytes(data[4:36])
		}
		return re
	}
	for _, a := range append(append([]*abi.ABI(nil), abis...), commonErrors) {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			if !bytes.Equal(e.ID[:4], sel) {
				continue
			}
			vals, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				continue
			}
			re.Name = e.Name
			for i, in := range e.Inputs {
				name := in.Name
				if name == "" {
					name = fmt.Sprintf("arg%d", i)
				}
				re.Args[name] = vals[i]
			}
			re.order = e.Inputs
			return re
		}
	}
	return re
}

func methodName(calldata []byte, abis []*abi.ABI) string {
	if len(calldata) < 4 {
		return ""
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		if m, err := a.MethodById(calldata[:4]); err == nil {
			return m.Name
		}
	}
	return ""
}

// describe is the table of sentences, one per custom error name.
func describe(re *RevertError, method string) *hokusai.Error {
	a := re.Args
	e := func(code, field, format string, args ...any) *hokusai.Error {
		return &hokusai.Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
	}
	// amount formats an ERC-20 amount whose unit depends on the method.
	usdcSide := method == "buy" || method == "depositFees" || method == "quoteBuy"
	switch re.Name {
	case "Error":
		return e(hokusai.ECHAIN, "", "The contract refused the transaction: %s.", strings.TrimSuffix(fmt.Sprint(a["reason"]), "."))
	case "Panic":
		return e(hokusai.ECHAIN, "", "The contract failed: %s (panic 0x%x).", panicReason(bigArg(a, "code")), bigArg(a, "code"))

	// ModelFactory / ModelRegistry
	case "NameLengthInvalid":
		return e(hokusai.EINVALID, "name", "The model name must be 1 to 64 bytes long; it is %s bytes.", bigArg(a, "length"))
	case "TickerInvalid":
		return e(hokusai.EINVALID, "ticker", "Ticker %q must be 3 to 6 letters A–Z.", a["ticker"])
	case "TickerTaken":
		return e(hokusai.ECONFLICT, "ticker", "Ticker %s is already taken by model %s; choose another ticker.", a["ticker"], bigArg(a, "id"))
	case "MetricUnknown":
		return e(hokusai.EINVALID, "metric", "Metric %v is unknown; use one of %s.", a["metric"], strings.Join(hokusai.MetricNames(), ", "))
	case "DirectionUnknown":
		return e(hokusai.EINVALID, "direction", "Direction %v is unknown; use max or min.", a["direction"])
	case "LicenseUnknown":
		return e(hokusai.EINVALID, "license", "License %v is unknown; use decentralized, proprietary or open-source.", a["license"])
	case "BaselineOutOfRange":
		m := metricArg(a)
		if err := m.CheckValue("baseline", bigArg(a, "baseline")); err != nil {
			return err.(*hokusai.Error)
		}
		return e(hokusai.EINVALID, "baseline", "The baseline %s is outside the range of %s.", hokusai.FormatWad(bigArg(a, "baseline")), m)
	case "DeltaOneInvalid":
		return e(hokusai.EINVALID, "delta_one", "%s is a proportion, so one DeltaOne is fixed at 0.01; leave delta_one empty (got %s).", metricArg(a), hokusai.FormatWad(bigArg(a, "deltaOne")))
	case "DeltaOneRequired":
		return e(hokusai.EINVALID, "delta_one", "The baseline %s is too close to zero to derive one DeltaOne (1%% of it) for %s; give delta_one explicitly.", hokusai.FormatWad(bigArg(a, "baseline")), metricArg(a))
	case "InitialSupplyInvalid":
		return e(hokusai.EINVALID, "initial_supply", "The initial supply must be between 1 and 1,000,000,000,000 tokens; got %s.", tokens(bigArg(a, "initialSupply")))
	case "TokensPerDeltaOneInvalid":
		return e(hokusai.EINVALID, "tokens_per_deltaone", "Tokens per DeltaOne must be between 1 and 1,000,000,000,000 tokens; got %s.", tokens(bigArg(a, "tokensPerDeltaOne")))
	case "CrrOutOfRange":
		return e(hokusai.EINVALID, "crr", "The reserve ratio must lie between 5%% and 100%%; got %s%%.", hokusai.FormatUnits(bigArg(a, "crr"), 16))
	case "FeeTooHigh":
		return e(hokusai.EINVALID, "fee", "The trade fee must be at most 10%%; got %s%%.", hokusai.FormatUnits(bigArg(a, "feeBps"), 2))
	case "MaxTradeInvalid":
		return e(hokusai.EINVALID, "max_trade", "The max trade must be more than 0%% and at most 100%% of the reserve; got %s%%.", hokusai.FormatUnits(bigArg(a, "maxTradeBps"), 2))
	case "FlatPriceZero":
		return e(hokusai.EINVALID, "flat_price", "The flat launch price must be greater than zero.")
	case "FlatPriceInvalid":
		return e(hokusai.EINVALID, "flat_price", "The flat launch price %s USDC per token is not allowed; it must be greater than zero and at most 72,057,594,037 USDC.", hokusai.FormatUnits(bigArg(a, "flatPrice"), 6))
	case "NotClone":
		return e(hokusai.EFORBIDDEN, "", "This contract is an implementation; call a model's own clone instead.")
	case "LengthMismatch":
		return e(hokusai.EINVALID, "", "The lists have different lengths (%s addresses, %s amounts).", bigArg(a, "to"), bigArg(a, "amounts"))
	case "ModelNotFound":
		return e(hokusai.ENOTFOUND, "", "No model has id %s.", bigArg(a, "id"))
	case "NotFactory":
		return e(hokusai.EFORBIDDEN, "", "Only the model factory may register models; %s is not the factory.", addrArg(a, "caller"))
	case "NotMinter":
		return e(hokusai.EFORBIDDEN, "", "Only the protocol's token manager may mint model tokens; %s may not.", addrArg(a, "caller"))
	case "ProposerVotesChangedThisHour":
		return e(hokusai.ECONFLICT, "", "The model's DAO has a proposal threshold, and the votes of %s changed in the current hour (hour %s): a threshold counts only votes held since before this hour. Propose again from the next hour.", addrArg(a, "proposer"), bigArg(a, "changed"))
	case "NotGovernor":
		return e(hokusai.EFORBIDDEN, "", "Only the model's Governor may ask the token for a votes snapshot (it does on propose); %s is not the Governor.", addrArg(a, "caller"))
	case "NotPool":
		return e(hokusai.EFORBIDDEN, "", "Only the model's pool may do this; %s is not the pool.", addrArg(a, "caller"))
	case "ZeroAddress":
		return e(hokusai.EINVALID, "", "An address argument is the zero address; give a real address.")
	case "GovernorTimelockMismatch":
		return e(hokusai.EINVALID, "", "Governor implementation %s computes its timelocks from another timelock implementation than %s; deploy the Governor implementation with this timelock implementation.", addrArg(a, "governor"), addrArg(a, "timelock"))
	case "Create2EmptyBytecode":
		return e(hokusai.EINTERNAL, "", "The factory could not create the model's timelock (CREATE2 with empty code); the timelock implementation is not deployed.")

	// ModelPool
	case "ZeroAmount":
		if method == "sweepFees" {
			return e(hokusai.ECONFLICT, "", "The pool has no accrued fees to sweep.")
		}
		return e(hokusai.EINVALID, "amount", "The amount must be greater than zero.")
	case "ZeroOutput":
		return e(hokusai.EINVALID, "amount", "The trade is too small to give anything back; use a larger amount.")
	case "DeadlinePassed":
		return e(hokusai.EINVALID, "deadline", "The trade's deadline %s had passed when it reached the chain (block time %s); give a later deadline.", when(bigArg(a, "deadline")), when(bigArg(a, "timestamp")))
	case "SlippageExceeded":
		if method == "sell" {
			return e(hokusai.ECONFLICT, "slippage", "The price moved: the sell would pay %s, less than your minimum of %s; try again or allow more slippage.", usdc(bigArg(a, "out")), usdc(bigArg(a, "minOut")))
		}
		if method == "buy" {
			return e(hokusai.ECONFLICT, "slippage", "The price moved: the buy would give %s, less than your minimum of %s; try again or allow more slippage.", tokens(bigArg(a, "out")), tokens(bigArg(a, "minOut")))
		}
		return e(hokusai.ECONFLICT, "slippage", "The price moved: the trade would give %s units, less than the minimum of %s; try again or allow more slippage.", bigArg(a, "out"), bigArg(a, "minOut"))
	case "TradeTooLarge":
		return e(hokusai.EINVALID, "amount", "The trade moves %s, more than the pool's maximum of %s per trade; split it into smaller trades.", usdc(bigArg(a, "amount")), usdc(bigArg(a, "max")))
	case "BuyOnlyWindow":
		return e(hokusai.ECONFLICT, "", "The pool is in its buy-only launch window: sells open at %s.", when(bigArg(a, "endsAt")))
	case "InsufficientRedeemable":
		return e(hokusai.EINVALID, "tokens", "You asked to sell %s, but only %s can be sold now (your balance, capped by the redeemable supply).", tokens(bigArg(a, "requested")), tokens(bigArg(a, "available")))
	case "NoTreasury":
		return e(hokusai.ECHAIN, "", "The factory has no treasury set, so fees cannot be swept; ask the platform admin to set one.")

	// OwnerVesting
	case "NothingToRelease":
		return e(hokusai.ECONFLICT, "", "Nothing has vested since the last release; try again later.")

	// OpenZeppelin
	case "ERC20InsufficientBalance":
		if usdcSide {
			return e(hokusai.EINVALID, "usdc", "%s holds %s but the transaction needs %s; fund the account first.", addrArg(a, "sender"), usdc(bigArg(a, "balance")), usdc(bigArg(a, "needed")))
		}
		if method == "sell" || method == "burn" || method == "transfer" {
			return e(hokusai.EINVALID, "tokens", "%s holds %s but the transaction needs %s.", addrArg(a, "sender"), tokens(bigArg(a, "balance")), tokens(bigArg(a, "needed")))
		}
		return e(hokusai.EINVALID, "", "%s holds %s units of the token but the transaction needs %s.", addrArg(a, "sender"), bigArg(a, "balance"), bigArg(a, "needed"))
	case "ERC20InsufficientAllowance":
		if usdcSide {
			return e(hokusai.EINVALID, "usdc", "%s may spend only %s of your USDC but the transaction needs %s; approve it first.", addrArg(a, "spender"), usdc(bigArg(a, "allowance")), usdc(bigArg(a, "needed")))
		}
		return e(hokusai.EINVALID, "", "%s may spend only %s units of the token but the transaction needs %s; approve it first.", addrArg(a, "spender"), bigArg(a, "allowance"), bigArg(a, "needed"))
	case "OwnableUnauthorizedAccount":
		return e(hokusai.EFORBIDDEN, "", "Only the contract's admin may do this; %s is not the admin.", addrArg(a, "account"))
	case "AccessControlUnauthorizedAccount":
		return e(hokusai.EFORBIDDEN, "", "%s lacks the role this requires (0x%x).", addrArg(a, "account"), a["neededRole"])
	case "SafeERC20FailedOperation":
		return e(hokusai.ECHAIN, "", "The token transfer of %s failed.", addrArg(a, "token"))
	case "PRBMath_MulDiv18_Overflow", "PRBMath_SD59x18_Exp2_InputTooBig", "PRBMath_SD59x18_Log_InputTooSmall",
		"PRBMath_SD59x18_Mul_InputTooSmall", "PRBMath_SD59x18_Mul_Overflow", "PRBMath_UD60x18_Exp2_InputTooBig",
		"PRBMath_UD60x18_Log_InputTooSmall", "SafeCastOverflowedUintDowncast", "ERC20ExceededSafeSupply":
		return e(hokusai.EINVALID, "amount", "The amount is out of the range the pool's math supports (%s); use a smaller amount.", re.Name)
	case "StaleRequest":
		return e(hokusai.ECONFLICT, "nonce", "The zkProof mint request carries the model's nonce %v but the verifier is at %v: a proof was accepted since (a replay, or the head moved on). Evaluate against the new head and prove again.", a["nonce"], a["current"])
	case "InvalidAccountNonce":
		return e(hokusai.ECONFLICT, "signature", "The signature's nonce is not %s's next one (%s); sign again.", addrArg(a, "account"), bigArg(a, "currentNonce"))
	case "VotesExpiredSignature":
		return e(hokusai.EINVALID, "deadline", "The delegation signature expired at %s; sign a new one.", when(bigArg(a, "expiry")))
	case "ECDSAInvalidSignature", "ECDSAInvalidSignatureLength", "ECDSAInvalidSignatureS":
		return e(hokusai.EINVALID, "signature", "The signature is malformed (%s); sign again.", re.Name)
	case "InvalidInitialization":
		return e(hokusai.ECONFLICT, "", "The contract is already initialised.")
	case "ERC2612ExpiredSignature":
		return e(hokusai.EINVALID, "deadline", "The permit signature expired at %s; sign a new one.", when(bigArg(a, "deadline")))
	case "ERC2612InvalidSigner":
		return e(hokusai.EINVALID, "signature", "The permit was signed by %s, not by the owner %s.", addrArg(a, "signer"), addrArg(a, "owner"))
	case "":
		if len(re.Data) == 0 {
			return e(hokusai.ECHAIN, "", "The contract refused the transaction without giving a reason.")
		}
		return e(hokusai.ECHAIN, "", "The contract refused the transaction with an error this client does not know (data 0x%x).", re.Data)
	}
	if he := describeHexs(re); he != nil {
		return he
	}
	return e(hokusai.ECHAIN, "", "The contract refused the transaction: %s.", genericCall(re))
}

// genericCall writes "Name(arg=value, …)" with each value formatted by its
// type and name.
func genericCall(re *RevertError) string {
	parts := make([]string, 0, len(re.order))
	for i, in := range re.order {
		name := in.Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		parts = append(parts, name+"="+formatValue(name, re.Args[name]))
	}
	return re.Name + "(" + strings.Join(parts, ", ") + ")"
}

func formatValue(name string, v any) string {
	switch x := v.(type) {
	case *big.Int:
		n := strings.ToLower(name)
		switch {
		case strings.Contains(n, "deadline") || strings.Contains(n, "timestamp") || strings.HasSuffix(n, "at") || strings.Contains(n, "time"):
			return when(x)
		case strings.Contains(n, "usdc") || strings.Contains(n, "reserve") || strings.Contains(n, "fee"):
			return usdc(x)
		case strings.Contains(n, "token") || strings.Contains(n, "supply"):
			return tokens(x)
		}
		return x.String()
	case common.Address:
		return x.Hex()
	case string:
		return fmt.Sprintf("%q", x)
	case [32]byte:
		return fmt.Sprintf("0x%x", x)
	}
	return fmt.Sprint(v)
}

func bigArg(a map[string]any, name string) *big.Int {
	switch v := a[name].(type) {
	case *big.Int:
		return v
	case uint8:
		return big.NewInt(int64(v))
	case uint16:
		return big.NewInt(int64(v))
	case uint32:
		return big.NewInt(int64(v))
	case uint64:
		return new(big.Int).SetUint64(v)
	case int64:
		return big.NewInt(v)
	}
	return new(big.Int)
}

func metricArg(a map[string]any) hokusai.Metric {
	return hokusai.Metric(bigArg(a, "metric").Uint64())
}

func addrArg(a map[string]any, name string) string {
	if v, ok := a[name].(common.Address); ok {
		return v.Hex()
	}
	return fmt.Sprint(a[name])
}

// usdc formats micro-USDC: "12.5 USDC".
func usdc(v *big.Int) string { return hokusai.FormatUnits(v, 6) + " USDC" }

// tokens formats token wei: "1000 tokens".
func tokens(v *big.Int) string { return hokusai.FormatUnits(v, 18) + " tokens" }

// when formats a unix timestamp as a UTC time.
func when(v *big.Int) string {
	if !v.IsInt64() {
		return v.String()
	}
	return time.Unix(v.Int64(), 0).UTC().Format("2006-01-02 15:04:05 UTC")
}

func panicReason(code *big.Int) string {
	switch code.Uint64() {
	case 0x01:
		return "an internal assertion failed"
	case 0x11:
		return "an arithmetic overflow or underflow; the amounts are out of range"
	case 0x12:
		return "a division by zero"
	case 0x21:
		return "an invalid enum value"
	case 0x22:
		return "a corrupt storage byte array"
	case 0x31:
		return "pop on an empty array"
	case 0x32:
		return "an array index out of bounds"
	case 0x41:
		return "too much memory allocated"
	case 0x51:
		return "a call to an uninitialised function"
	}
	return "an unknown panic"
}

func isReverted(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "execution reverted")
}

func isConnection(err error) bool {
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		return true
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "connection refused") || strings.Contains(m, "no such host") || strings.Contains(m, "eof")
}
