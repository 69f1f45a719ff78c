// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {UD60x18, ud} from "@prb/math/src/UD60x18.sol";
import {SD59x18, sd} from "@prb/math/src/SD59x18.sol";

/// @title CurveMath
/// @notice Constant-reserve-ratio curve math for ModelPool, rounded in the pool's favour.
/// @dev Units: reserve `r` and USDC amounts in micro-USDC (6 decimals), supply `s` and token
/// amounts in token wei (18 decimals), the reserve ratio `w` in wad (1e18 = 100%).
///
/// Buy:  T = s * ((1 + e/r)^w - 1)       Sell: F = r * (1 - (1 - t/s)^(1/w))
///
/// Every trade up to the max trade (x = e/r, or (1/w)·t/s, at most 1/4) uses the binomial series
/// (1+x)^w - 1 = Σ C(w,k) x^k, evaluated term by term with 512-bit mulDiv in units scaled by
/// 1e18, so a 1 micro-USDC trade against a large reserve keeps full precision. Consecutive
/// terms shrink by at least x ≤ 1/4; the sum stops once a term is below 2^-64 of it, and the
/// remaining tail (at most one more term) plus two units per term of rounding are subtracted,
/// so the result never exceeds the exact value. Larger trades (only reachable by quotes and by
/// a buy that crosses graduation from a small reserve) use PRBMath's pow (exp2/log2), widened
/// by a relative margin of 1e-12 in the pool's favour. Every result is rounded down.
library CurveMath {
    uint256 internal constant WAD = 1e18;
    /// @dev Hard cap on series terms; with x ≤ 1/4 and the 2^-64 stop, about 33 suffice.
    uint256 internal constant MAX_TERMS = 64;

    /// @notice Tokens (wei) bought with `e` micro-USDC on the curve at reserve `r`, supply `s`, ratio `w`.
    function buyReturn(uint256 s, uint256 r, uint256 w, uint256 e) internal pure returns (uint256) {
        if (e == 0 || s == 0 || r == 0) return 0;
        if (w == WAD) return Math.mulDiv(s, e, r);
        if (e * 4 <= r) {
            // Scaled by 1e18: term1 = s·w·e/r (s in wei, w in wad → wei·1e18).
            uint256 term = Math.mulDiv(s, w * e, r);
            uint256 sum = term;
            uint256 slack = 2;
            bool positive = true;
            for (uint256 k = 1; k < MAX_TERMS; ++k) {
                // term_{k+1} = term_k · (w − k)/(k+1) · x; for w < 1 every factor (w − k) < 0.
                positive = !positive;
                term = _mulDiv(term, (k * WAD - w) * e, (k + 1) * WAD * r, !positive);
                if (positive) sum += term;
                else sum -= term;
                slack += 2;
                if (term <= sum >> 64) break;
            }
            slack += term; // the tail after the last term is smaller than it
            return sum > slack ? (sum - slack) / WAD : 0;
        }
        uint256 base = WAD + Math.mulDiv(e, WAD, r);
        uint256 p = ud(base).pow(ud(w)).unwrap();
        uint256 margin = p / 1e12 + 1e6;
        if (p <= WAD + margin) return 0;
        return Math.mulDiv(s, p - WAD - margin, WAD);
    }

    /// @notice Micro-USDC paid (before fee) for selling `t` token wei at reserve `r`, supply `s`, ratio `w`.
    /// @dev Requires t ≤ s; selling the whole supply returns exactly the whole reserve.
    function sellReturn(uint256 s, uint256 r, uint256 w, uint256 t) internal pure returns (uint256) {
        if (t == 0 || r == 0) return 0;
        if (t >= s) return r;
        if (w == WAD) return Math.mulDiv(r, t, s);
        if (t * WAD * 4 <= w * s) {
            // Scaled by 1e18: term1 = r·(1/w)·t/s.
            uint256 term = Math.mulDiv(r * WAD * WAD, t, w * s);
            uint256 sum = term;
            uint256 slack = 2;
            bool positive = true;
            for (uint256 k = 1; k < MAX_TERMS; ++k) {
                // term_{k+1} = term_k · (a − k)/(k+1) · (−t/s) with a = 1/w.
                uint256 kw = k * w;
                if (kw == WAD) {
                    term = 0; // a is an integer: the series ends exactly
                    break;
                }
                uint256 factor;
                if (kw < WAD) {
                    factor = WAD - kw;
                    positive = !positive;
                } else {
                    factor = kw - WAD;
                }
                term = _mulDiv(term, factor * t, (k + 1) * w * s, !positive);
                if (positive) sum += term;
                else sum -= term;
                slack += 2;
                if (term <= sum >> 64) break;
            }
            slack += term;
            return sum > slack ? (sum - slack) / WAD : 0;
        }
        uint256 tw = Math.mulDiv(t, WAD, s); // rounded down: a smaller sale
        uint256 a = Math.mulDiv(WAD, WAD, w); // rounded down: a larger remainder
        uint256 g = uint256(sd(int256(WAD - tw)).pow(sd(int256(a))).unwrap());
        g += g / 1e12 + 1e6;
        if (g >= WAD) return 0;
        return Math.mulDiv(r, WAD - g, WAD);
    }

    /// @dev a·b/d rounded down (or up when `up`); plain arithmetic when a·b fits in 256 bits.
    function _mulDiv(uint256 a, uint256 b, uint256 d, bool up) private pure returns (uint256 q) {
        if (a <= type(uint128).max && b <= type(uint128).max) {
            unchecked {
                uint256 p = a * b;
                q = p / d;
                if (up && q * d != p) ++q;
            }
            return q;
        }
        return Math.mulDiv(a, b, d, up ? Math.Rounding.Ceil : Math.Rounding.Floor);
    }
}
