// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {CurveMath} from "./CurveMath.sol";
import {VestingSchedule} from "./VestingSchedule.sol";
import {IPoolToken, ITreasurySource} from "./Interfaces.sol";

/// @title ModelPool
/// @notice A model token's USDC pool (F17): a flat-price phase, then a constant-reserve-ratio curve.
///
/// Design. Let R be the accounted reserve (micro-USDC), w the reserve ratio and S the
/// *redeemable* supply: the token's total supply minus the owner's allocation that is still
/// locked in OwnerVesting (those tokens have no USDC behind them and cannot be sold).
///
/// * Sells always price on the curve, F = R(1 − (1 − T/S)^(1/w)), rounded down. Selling all of S
///   returns exactly R, and the curve is path independent, so at every moment
///   R ≥ what selling every redeemable token would pay — in both phases. Vesting and protocol
///   mints only grow S, which only lowers what the holders' tokens fetch.
/// * Buys pay the larger of the flat price and the curve: while the curve's spot R/(wS) is below
///   the flat price the pool sells at the flat price (the buyer overpays the curve; the surplus
///   stays in R and backs everyone's tokens). When R/(wS) reaches the flat price the pool
///   graduates (a one-way flag, event Graduated) and buys follow the curve,
///   T = S((1 + E/R)^w − 1). A buy that crosses the threshold is split at the crossing point, so
///   the marginal price is continuous at graduation by construction.
/// * A buy followed by a sell never returns more than was paid: buys pay at least the curve
///   price and every result is rounded toward the pool (CurveMath).
/// * Trade fees are accrued in the pool (not sent per trade, which would cost a transfer) and
///   anyone may sweep them to the factory's treasury. The USDC balance therefore always covers
///   R + accrued fees.
/// * The max trade is a share (default 20%) of max(R, maxTradeFloor); the floor lets the flat
///   phase start from an empty reserve. For a sell the gross USDC out is compared.
/// * `depositFees` raises R without minting (API fees, F19), lifting the price.
///
/// Units: USDC amounts in micro-USDC, tokens in wei (18 decimals), prices in micro-USDC per whole
/// token scaled by 1e18, the reserve ratio in wad. The USDC token is trusted (no callbacks).
/// @dev Used as an EIP-1167 clone whose immutable argument is abi.encode(Config); the
/// implementation itself refuses every call that reads the configuration.
contract ModelPool {
    using SafeERC20 for IERC20;

    uint256 private constant WAD = 1e18;
    uint256 private constant BPS = 10_000;

    /// @notice Initial settings, fixed for the pool's life.
    struct Config {
        address token;
        address usdc;
        address factory;
        uint128 vestTotal;
        uint40 vestStart;
        uint64 crr;
        uint16 feeBps;
        uint16 maxTradeBps;
        uint40 launchEndsAt;
        uint64 flatPrice; // micro-USDC per whole token
        uint64 maxTradeFloor;
    }

    // The only storage: the state every trade writes, in one slot. The configuration is the
    // clone's immutable argument (EIP-1167 with appended data), read with EXTCODECOPY.
    uint128 private _reserve;
    uint96 private _fees;
    bool private _graduated;

    /// @dev The implementation's own address, to refuse calls that do not come through a clone.
    address private immutable _self = address(this);

    /// @notice A buy: `usdcIn` paid (fee included), `tokensOut` minted; state and spot price after it.
    event Bought(
        address indexed buyer,
        uint256 usdcIn,
        uint256 fee,
        uint256 tokensOut,
        uint256 reserveAfter,
        uint256 supplyAfter,
        uint256 priceAfter
    );
    /// @notice A sell: `tokensIn` burnt, `usdcOut` paid (after `fee`); state and spot price after it.
    event Sold(
        address indexed seller,
        uint256 tokensIn,
        uint256 usdcOut,
        uint256 fee,
        uint256 reserveAfter,
        uint256 supplyAfter,
        uint256 priceAfter
    );
    /// @notice USDC added to the reserve without minting.
    event FeesDeposited(address indexed from, uint256 amount, uint256 reserveAfter, uint256 priceAfter);
    /// @notice Accrued trade fees went to the treasury.
    event FeesSwept(address indexed treasury, uint256 amount);
    /// @notice The pool left the flat phase: the curve's spot price R/(wS) reached the flat price.
    /// `reserve`, `supply` and `price` are the state at the crossing point (for a buy that
    /// crosses, before its curve part), so `price` equals the flat price up to rounding.
    event Graduated(uint256 reserve, uint256 supply, uint256 price);

    /// @notice An amount is zero.
    error ZeroAmount();
    /// @notice The trade would give nothing back.
    error ZeroOutput();
    /// @notice The trade's deadline is before the block's time.
    error DeadlinePassed(uint256 deadline, uint256 timestamp);
    /// @notice The trade gives `out`, less than the caller's bound `minOut`.
    error SlippageExceeded(uint256 out, uint256 minOut);
    /// @notice The trade moves `amount` micro-USDC, more than `max`.
    error TradeTooLarge(uint256 amount, uint256 max);
    /// @notice Sells open at `endsAt`.
    error BuyOnlyWindow(uint256 endsAt);
    /// @notice `requested` tokens exceed the `available` redeemable balance.
    error InsufficientRedeemable(uint256 requested, uint256 available);
    /// @notice The implementation is only used through clones.
    error NotClone();

    // ---------------------------------------------------------------- trades

    /// @notice Buys tokens with `usdcIn` micro-USDC (fee included), pulled from the caller.
    /// @return tokensOut token wei minted to the caller, at least `minTokensOut`.
    function buy(uint256 usdcIn, uint256 minTokensOut, uint256 deadline) external returns (uint256 tokensOut) {
        Config memory c = _config();
        if (usdcIn == 0) revert ZeroAmount();
        _checkDeadline(deadline);
        uint256 r = _reserve;
        uint256 maxIn = _maxTrade(c, r);
        if (usdcIn > maxIn) revert TradeTooLarge(usdcIn, maxIn);
        uint256 fee = _fee(c, usdcIn);
        uint256 s = _redeemable(c);
        bool wasGraduated = _graduated;
        bool nowGraduated;
        uint256 crossR;
        uint256 crossS;
        (tokensOut, nowGraduated, crossR, crossS) = _buyReturn(c, r, s, usdcIn - fee, wasGraduated);
        if (tokensOut == 0) revert ZeroOutput();
        if (tokensOut < minTokensOut) revert SlippageExceeded(tokensOut, minTokensOut);

        r += usdcIn - fee;
        _reserve = uint128(r);
        _fees += uint96(fee);
        if (nowGraduated != wasGraduated) {
            _graduated = true;
            emit Graduated(crossR, crossS, _curvePrice(c, crossR, crossS));
        }
        s += tokensOut;
        uint256 price = nowGraduated ? _curvePrice(c, r, s) : uint256(c.flatPrice) * WAD;
        emit Bought(msg.sender, usdcIn, fee, tokensOut, r, s, price);

        IERC20(c.usdc).safeTransferFrom(msg.sender, address(this), usdcIn);
        IPoolToken(c.token).mint(msg.sender, tokensOut);
    }

    /// @notice Sells `tokensIn` of the caller's tokens (burnt) for USDC.
    /// @return usdcOut micro-USDC paid to the caller after the fee, at least `minUsdcOut`.
    function sell(uint256 tokensIn, uint256 minUsdcOut, uint256 deadline) external returns (uint256 usdcOut) {
        Config memory c = _config();
        if (tokensIn == 0) revert ZeroAmount();
        _checkDeadline(deadline);
        if (block.timestamp < c.launchEndsAt) revert BuyOnlyWindow(c.launchEndsAt);
        uint256 s = _redeemable(c);
        uint256 available = Math.min(IPoolToken(c.token).balanceOf(msg.sender), s);
        if (tokensIn > available) revert InsufficientRedeemable(tokensIn, available);
        uint256 r = _reserve;
        uint256 gross = CurveMath.sellReturn(s, r, c.crr, tokensIn);
        uint256 maxOut = _maxTrade(c, r);
        if (gross > maxOut) revert TradeTooLarge(gross, maxOut);
        uint256 fee = _fee(c, gross);
        usdcOut = gross - fee;
        if (usdcOut == 0) revert ZeroOutput();
        if (usdcOut < minUsdcOut) revert SlippageExceeded(usdcOut, minUsdcOut);

        r -= gross;
        _reserve = uint128(r);
        _fees += uint96(fee);
        s -= tokensIn;
        emit Sold(msg.sender, tokensIn, usdcOut, fee, r, s, _spot(c, r, s, _graduated));

        IPoolToken(c.token).burn(msg.sender, tokensIn);
        IERC20(c.usdc).safeTransfer(msg.sender, usdcOut);
    }

    /// @notice Adds `amount` micro-USDC (pulled from the caller) to the reserve without minting.
    function depositFees(uint256 amount) external {
        Config memory c = _config();
        if (amount == 0) revert ZeroAmount();
        uint256 r = _reserve + amount;
        _reserve = uint128(r);
        uint256 s = _redeemable(c);
        bool grad = _graduated;
        if (!grad && _reachedFlatPrice(c, r, s)) {
            _graduated = grad = true;
            emit Graduated(r, s, _curvePrice(c, r, s));
        }
        emit FeesDeposited(msg.sender, amount, r, _spot(c, r, s, grad));
        IERC20(c.usdc).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Sends the accrued trade fees to the factory's treasury; anyone may call.
    function sweepFees() external returns (uint256 amount) {
        Config memory c = _config();
        amount = _fees;
        if (amount == 0) revert ZeroAmount();
        address treasury = ITreasurySource(c.factory).treasury(); // never zero: the factory refuses it
        _fees = 0;
        emit FeesSwept(treasury, amount);
        IERC20(c.usdc).safeTransfer(treasury, amount);
    }

    // ---------------------------------------------------------------- views

    /// @notice Token wei a buy of `usdcIn` (fee included) would mint now, and its fee.
    /// @dev Ignores the max trade, so it can price any size.
    function quoteBuy(uint256 usdcIn) external view returns (uint256 tokensOut, uint256 fee) {
        Config memory c = _config();
        fee = _fee(c, usdcIn);
        (tokensOut,,,) = _buyReturn(c, _reserve, _redeemable(c), usdcIn - fee, _graduated);
    }

    /// @notice Micro-USDC a sell of `tokensIn` would pay now after its fee, and the fee.
    /// @dev Ignores the max trade and the buy-only window; reverts above the redeemable supply.
    function quoteSell(uint256 tokensIn) external view returns (uint256 usdcOut, uint256 fee) {
        Config memory c = _config();
        uint256 s = _redeemable(c);
        if (tokensIn > s) revert InsufficientRedeemable(tokensIn, s);
        uint256 gross = CurveMath.sellReturn(s, _reserve, c.crr, tokensIn);
        fee = _fee(c, gross);
        usdcOut = gross - fee;
    }

    /// @notice The accounted reserve in micro-USDC.
    function reserve() external view returns (uint256) {
        return _reserve;
    }

    /// @notice Trade fees accrued and not yet swept, in micro-USDC.
    function accruedFees() external view returns (uint256) {
        return _fees;
    }

    /// @notice Whether the pool has left the flat phase.
    function graduated() external view returns (bool) {
        return _graduated;
    }

    /// @notice S: the token's supply minus the owner's still-locked allocation.
    function redeemableSupply() external view returns (uint256) {
        return _redeemable(_config());
    }

    /// @notice The marginal buy price now (micro-USDC per token, ×1e18): the flat price until graduation.
    function spotPrice() external view returns (uint256) {
        Config memory c = _config();
        return _spot(c, _reserve, _redeemable(c), _graduated);
    }

    /// @notice The curve's spot R/(wS) now (micro-USDC per token, ×1e18), the marginal sell price.
    function curvePrice() external view returns (uint256) {
        Config memory c = _config();
        return _curvePrice(c, _reserve, _redeemable(c));
    }

    /// @notice The largest trade now, in micro-USDC (buy input, or sell gross output).
    function maxTrade() external view returns (uint256) {
        return _maxTrade(_config(), _reserve);
    }

    /// @notice The pool's fixed configuration.
    function config() external view returns (Config memory) {
        return _config();
    }

    /// @notice The model token.
    function token() external view returns (address) {
        return _config().token;
    }

    /// @notice The reserve token (USDC).
    function usdc() external view returns (address) {
        return _config().usdc;
    }

    // ---------------------------------------------------------------- internals

    function _config() private view returns (Config memory) {
        if (address(this) == _self) revert NotClone();
        return abi.decode(Clones.fetchCloneArgs(address(this)), (Config));
    }

    function _checkDeadline(uint256 deadline) private view {
        if (block.timestamp > deadline) revert DeadlinePassed(deadline, block.timestamp);
    }

    function _fee(Config memory c, uint256 amount) private pure returns (uint256) {
        return Math.mulDiv(amount, c.feeBps, BPS, Math.Rounding.Ceil);
    }

    function _maxTrade(Config memory c, uint256 r) private pure returns (uint256) {
        return (Math.max(r, c.maxTradeFloor) * c.maxTradeBps) / BPS;
    }

    function _redeemable(Config memory c) private view returns (uint256) {
        uint256 locked = c.vestTotal - VestingSchedule.vested(c.vestTotal, c.vestStart, block.timestamp);
        return IPoolToken(c.token).totalSupply() - locked;
    }

    /// @dev R/(wS) ≥ flat price, cross-multiplied: R·1e36 ≥ p·w·S.
    function _reachedFlatPrice(Config memory c, uint256 r, uint256 s) private pure returns (bool) {
        return r * WAD * WAD >= uint256(c.flatPrice) * c.crr * s;
    }

    function _curvePrice(Config memory c, uint256 r, uint256 s) private pure returns (uint256) {
        if (s == 0) return 0;
        return Math.mulDiv(r, WAD * WAD * WAD, uint256(c.crr) * s);
    }

    function _spot(Config memory c, uint256 r, uint256 s, bool graduated_) private pure returns (uint256) {
        return graduated_ ? _curvePrice(c, r, s) : uint256(c.flatPrice) * WAD;
    }

    /// @dev Tokens for `e` micro-USDC (after fee), whether the pool is graduated after the buy,
    /// and, when this buy graduates it, the reserve and supply at the crossing point.
    function _buyReturn(Config memory c, uint256 r, uint256 s, uint256 e, bool graduated_)
        private
        pure
        returns (uint256 out, bool, uint256 crossR, uint256 crossS)
    {
        uint256 p = c.flatPrice;
        uint256 w = c.crr;
        if (!graduated_) {
            if (_reachedFlatPrice(c, r, s)) {
                graduated_ = true;
                (crossR, crossS) = (r, s);
            } else {
                // The flat spend that lifts R/(wS) to p: e* = (p·w·S − R·1e36) / (1e18·(1e18 − w)), rounded up.
                uint256 eStar = w == WAD
                    ? type(uint256).max
                    : Math.mulDiv(p * w * s - r * WAD * WAD, 1, WAD * (WAD - w), Math.Rounding.Ceil);
                if (e < eStar) return ((e * WAD) / p, false, 0, 0);
                out = (eStar * WAD) / p;
                r += eStar;
                s += out;
                e -= eStar;
                graduated_ = true;
                (crossR, crossS) = (r, s);
            }
        }
        if (r == 0 || s == 0) return (out + (e * WAD) / p, graduated_, crossR, crossS);
        return (out + CurveMath.buyReturn(s, r, w, e), graduated_, crossR, crossS);
    }
}
