// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {TimelockControllerUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";

/// @title ModelTimelock
/// @notice A model DAO's timelock (F27): OpenZeppelin's TimelockController with fixed roles —
/// the model's Governor proposes and cancels, anyone executes a ready operation, and only the
/// timelock itself administers roles. The minimum delay is one day until a proposal changes it
/// (`updateDelay(0)` restores the default).
/// @dev Used as an EIP-1167 clone with immutable args abi.encode(governor): the fixed roles need
/// no storage, so the clone needs no initialiser (the inherited one is disabled).
contract ModelTimelock is TimelockControllerUpgradeable {
    /// @notice The delay between queueing and execution unless a proposal changed it.
    uint256 public constant DEFAULT_MIN_DELAY = 1 days;

    /// @notice Roles are fixed by the clone's arguments; there is nothing to initialise.
    error InitializeDisabled();

    constructor() {
        _disableInitializers();
    }

    /// @notice Disabled: the roles follow from the clone's governor.
    function initialize(uint256, address[] memory, address[] memory, address) public pure override {
        revert InitializeDisabled();
    }

    /// @notice The model's Governor, the only proposer and canceller.
    function governor() public view returns (address) {
        return abi.decode(Clones.fetchCloneArgs(address(this)), (address));
    }

    /// @notice The fixed roles, plus any a proposal granted.
    function hasRole(bytes32 role, address account) public view override returns (bool) {
        if (role == PROPOSER_ROLE || role == CANCELLER_ROLE) {
            if (account == governor()) return true;
        } else if (role == EXECUTOR_ROLE) {
            if (account == address(0)) return true;
        } else if (role == DEFAULT_ADMIN_ROLE) {
            if (account == address(this)) return true;
        }
        return super.hasRole(role, account);
    }

    /// @notice The minimum delay in seconds: the one a proposal set, else one day.
    function getMinDelay() public view override returns (uint256) {
        uint256 d = super.getMinDelay();
        return d == 0 ? DEFAULT_MIN_DELAY : d;
    }
}
