// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {TimelockControllerUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";

/// @title ModelTimelock
/// @notice A model DAO's timelock (F27): OpenZeppelin's TimelockController with fixed roles —
/// the model's Governor proposes, cancels and executes (anyone may ask the Governor to execute a
/// ready operation; executing only through it keeps the Governor's record of each proposal
/// true), and only the timelock itself administers roles. The minimum delay is one day until a proposal changes it
/// (`updateDelay(0)` restores the default).
/// @dev Used as an EIP-1167 clone with immutable args abi.encode(governor), created with CREATE2
/// (salt 0) so the Governor computes its address: the fixed roles need no storage, so the clone
/// needs no initialiser (the inherited one is disabled).
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

    /// @notice The model's Governor, the only proposer, canceller and executor.
    function governor() public view returns (address) {
        return abi.decode(Clones.fetchCloneArgs(address(this)), (address));
    }

    /// @notice The fixed roles, plus any a proposal granted.
    function hasRole(bytes32 role, address account) public view override returns (bool) {
        if (role == PROPOSER_ROLE || role == CANCELLER_ROLE || role == EXECUTOR_ROLE) {
            if (account == governor()) return true;
        } else if (role == DEFAULT_ADMIN_ROLE) {
            if (account == address(this)) return true;
        }
        return super.hasRole(role, account);
    }

    /// @notice A batch operation's id. Without a predecessor — the Governor's operations, salted
    /// with their description hash — it is keccak256(abi.encode(targets, values, payloads, salt)),
    /// which for a proposal is its id (IGovernor.hashProposal), so the Governor reads a proposal's
    /// ETA here and stores none; with a predecessor it is OpenZeppelin's id, whose encoding (five
    /// fields) never equals the other (four).
    function hashOperationBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt
    ) public pure override returns (bytes32) {
        if (predecessor == 0) return keccak256(abi.encode(targets, values, payloads, salt));
        return super.hashOperationBatch(targets, values, payloads, predecessor, salt);
    }

    /// @notice The minimum delay in seconds: the one a proposal set, else one day.
    function getMinDelay() public view override returns (uint256) {
        uint256 d = super.getMinDelay();
        return d == 0 ? DEFAULT_MIN_DELAY : d;
    }
}
