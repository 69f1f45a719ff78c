// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title MockUSDC
/// @notice A 6-decimal stand-in for USDC with an open mint. Deployed only on the dev chain.
contract MockUSDC is ERC20, ERC20Permit {
    constructor() ERC20("USD Coin (dev)", "USDC") ERC20Permit("USD Coin (dev)") {}

    /// @notice USDC has 6 decimals.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Anyone may mint on the dev chain.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
