// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice What a model's Agent asks the registry.
interface IAgentRegistry {
    /// @notice The only address that creates models (and initialises their Agents).
    function factory() external view returns (address);
    /// @notice Whether `account` may mint model tokens (the token manager, which records mints).
    function isMinter(address account) external view returns (bool);
    /// @notice Whether `account` records settled usage (the fee router).
    function isUsageRecorder(address account) external view returns (bool);
    /// @notice The model's owner, token and pool.
    function modelAccounts(uint256 id) external view returns (address owner, address token, address pool);
}

/// @notice What the token manager and the fee router read about a model's Agent and lineage.
interface IModelLinks {
    /// @notice The model's Agent and its parent model id (0 for none); all zero for an unknown id.
    function modelLinks(uint256 id) external view returns (address agent, uint256 parentId);
}

/// @notice The Agent calls the token manager, the fee router and the registry make.
interface IAgentHooks {
    /// @notice The model's timelock (its DAO's executor).
    function timelock() external view returns (address);
    /// @notice Adds a mint's contributors' parts to their training shares.
    function recordMint(address[] calldata to, uint256[] calldata amounts) external;
    /// @notice Adds a settlement's calls, fees and new users.
    function recordUsage(uint256 calls, uint256 fees, address[] calldata consumers) external;
    /// @notice The model was sold to `newOwner`.
    function ownerChanged(address newOwner) external;
    /// @notice The ledger's totals (ModelAgent.Stats, flattened).
    function stats()
        external
        view
        returns (uint32 members, uint32 users, uint32 ratings, uint32 ratingSum, uint64 calls, uint64 fees);
}
