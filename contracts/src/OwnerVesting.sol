// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {VestingSchedule} from "./VestingSchedule.sol";

/// @title OwnerVesting
/// @notice Holds a model owner's initial supply (F18): 10% releasable at launch, the other 90%
/// linearly over 365 days. Anyone may call `release`; the tokens always go to the owner.
/// @dev Used as an EIP-1167 clone; the implementation's initialiser is locked.
contract OwnerVesting is Initializable {
    using SafeERC20 for IERC20;

    /// @notice The model token.
    IERC20 public token;
    /// @notice The model owner, who receives released tokens.
    address public beneficiary;
    /// @notice Size of the allocation in token wei.
    uint128 public total;
    /// @notice Launch time (seconds).
    uint64 public start;
    /// @notice Token wei released so far.
    uint128 public released;

    /// @notice Tokens went to the beneficiary.
    event Released(address indexed beneficiary, uint256 amount, uint256 totalReleased);

    /// @notice Nothing is releasable yet.
    error NothingToRelease();

    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the schedule; called once by the factory in the creating transaction.
    function initialize(address token_, address beneficiary_, uint128 total_, uint64 start_) external initializer {
        token = IERC20(token_);
        beneficiary = beneficiary_;
        total = total_;
        start = start_;
    }

    /// @notice Token wei vested by time `t` (released or not).
    function vestedAt(uint64 t) public view returns (uint256) {
        return VestingSchedule.vested(total, start, t);
    }

    /// @notice Token wei still locked now.
    function locked() external view returns (uint256) {
        return total - vestedAt(uint64(block.timestamp));
    }

    /// @notice Token wei that `release` would pay now.
    function releasable() public view returns (uint256) {
        return vestedAt(uint64(block.timestamp)) - released;
    }

    /// @notice Pays everything releasable to the beneficiary and returns the amount.
    function release() external returns (uint256 amount) {
        amount = releasable();
        if (amount == 0) revert NothingToRelease();
        released += uint128(amount);
        emit Released(beneficiary, amount, released);
        token.safeTransfer(beneficiary, amount);
    }
}
