// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice What ModelToken asks the registry.
interface IMinterRegistry {
    /// @notice Whether `account` may mint any model's token (the protocol's token manager).
    function isMinter(address account) external view returns (bool);
}

/// @notice What ModelPool asks its factory.
interface ITreasurySource {
    /// @notice Where trade fees go.
    function treasury() external view returns (address);
}

/// @notice The token calls the pool makes.
interface IPoolToken {
    /// @notice Mints `amount` to `to`.
    function mint(address to, uint256 amount) external;
    /// @notice Burns `amount` from `from`.
    function burn(address from, uint256 amount) external;
    /// @notice Total supply in wei.
    function totalSupply() external view returns (uint256);
    /// @notice Balance in wei.
    function balanceOf(address account) external view returns (uint256);
}

/// @notice What a model's Governor tells its token (lazy snapshots, ModelToken).
interface ISnapshotVotes {
    /// @notice Votes and the supply at the end of hour `timepoint` will be read: keep them.
    function snapshot(uint256 timepoint) external;
    /// @notice The hour `account`'s votes last changed (0: never).
    function lastVotesChange(address account) external view returns (uint48);
}
