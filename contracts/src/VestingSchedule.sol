// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title VestingSchedule
/// @notice The owner allocation's schedule (F18): 10% vested at launch, 90% linearly over 365 days.
/// @dev Shared by OwnerVesting (what it may release) and ModelPool (which tokens are redeemable),
/// so both agree to the wei.
library VestingSchedule {
    /// @notice Length of the linear part.
    uint256 internal constant DURATION = 365 days;

    /// @notice Amount of `total` vested at time `t` for a schedule starting at `start`, rounded down.
    function vested(uint256 total, uint256 start, uint256 t) internal pure returns (uint256) {
        uint256 atLaunch = total / 10;
        if (t <= start) return atLaunch;
        uint256 elapsed = t - start;
        if (elapsed >= DURATION) return total;
        return atLaunch + ((total - atLaunch) * elapsed) / DURATION;
    }
}
