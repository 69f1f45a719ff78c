// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice What the mint and settlement contracts read about a model.
/// @dev Implemented by ModelRegistry; kept narrow so the money paths do not depend on the
/// registry's full record layout.
interface IModelDirectory {
    /// @notice The model's current owner, token and pool; all zero when the model does not exist.
    function modelAccounts(uint256 modelId) external view returns (address owner, address token, address pool);
    /// @notice The model's current owner, token and Agent; all zero when the model does not exist.
    function rewardAccounts(uint256 modelId) external view returns (address owner, address token, address agent);
}

/// @notice The token call the token manager makes.
interface IRewardToken {
    /// @notice Mints `amounts[i]` to `to[i]` for every i.
    function mintBatch(address[] calldata to, uint256[] calldata amounts) external;
}

/// @notice The pool call the fee router makes.
interface IFeePool {
    /// @notice Adds `amount` micro-USDC (pulled from the caller) to the reserve without minting.
    function depositFees(uint256 amount) external;
}

/// @notice One contributor of a DeltaOne improvement and their share in basis points.
struct Contributor {
    address account;
    uint16 weightBps;
}
