// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {VestingSchedule} from "./VestingSchedule.sol";

/// @notice Where the vesting reads the model's owner.
interface IOwnerSource {
    /// @notice The model's owner, token and pool.
    function modelAccounts(uint256 id) external view returns (address owner, address token, address pool);
}

/// @title OwnerVesting
/// @notice Holds a model owner's initial supply (F18): 10% releasable at launch, the other 90%
/// linearly over 365 days. Anyone may call `release`; the tokens always go to the model's owner
/// at that moment, as the registry reports it, so a sale (F28) moves the beneficiary with every
/// other owner right.
/// @dev Used as an EIP-1167 clone; the implementation's initialiser is locked. Three slots.
contract OwnerVesting is Initializable {
    using SafeERC20 for IERC20;

    /// @notice The model token.
    IERC20 public token;
    /// @notice Launch time (seconds).
    uint64 public start;
    /// @notice The registry that names the model's owner.
    IOwnerSource public registry;
    /// @notice The model's id in the registry.
    uint96 public modelId;
    /// @notice Size of the allocation in token wei.
    uint128 public total;
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
    function initialize(address token_, address registry_, uint96 modelId_, uint128 total_, uint64 start_)
        external
        initializer
    {
        token = IERC20(token_);
        start = start_;
        registry = IOwnerSource(registry_);
        modelId = modelId_;
        total = total_;
    }

    /// @notice Who receives released tokens: the model's owner now.
    function beneficiary() public view returns (address owner) {
        (owner,,) = registry.modelAccounts(modelId);
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
        address to = beneficiary();
        emit Released(to, amount, released);
        token.safeTransfer(to, amount);
    }
}
