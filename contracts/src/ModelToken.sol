// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {ERC20PermitUpgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {ERC20VotesUpgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20VotesUpgradeable.sol";
import {NoncesUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/NoncesUpgradeable.sol";
import {IMinterRegistry} from "./Interfaces.sol";

/// @title ModelToken
/// @notice A model's ERC-20 (F16): 18 decimals, permit (ERC-2612) and votes (ERC-5805, block-number
/// clock). Only the model's pool and the registry's minters (the protocol's token manager) mint;
/// only the pool burns, on sells.
/// @dev Used as an EIP-1167 clone: name and symbol live in the clone's storage; the
/// implementation's initialiser is locked.
contract ModelToken is ERC20Upgradeable, ERC20PermitUpgradeable, ERC20VotesUpgradeable {
    /// @notice The model's pool.
    address public pool;
    /// @notice The registry that says who else may mint.
    IMinterRegistry public registry;

    /// @notice `caller` may not mint.
    error NotMinter(address caller);
    /// @notice Only the pool may burn.
    error NotPool(address caller);

    constructor() {
        _disableInitializers();
    }

    /// @notice Sets name, symbol, pool and registry, and mints `initialSupply` to `initialHolder`
    /// (the owner's vesting contract); called once by the factory.
    function initialize(
        string calldata name_,
        string calldata symbol_,
        address pool_,
        address registry_,
        address initialHolder,
        uint256 initialSupply
    ) external initializer {
        __ERC20_init(name_, symbol_);
        __EIP712_init(name_, "1");
        __ERC20Votes_init();
        pool = pool_;
        registry = IMinterRegistry(registry_);
        _mint(initialHolder, initialSupply);
    }

    /// @notice Mints `amount` to `to`; only the pool or a registry minter.
    function mint(address to, uint256 amount) external {
        if (msg.sender != pool && !registry.isMinter(msg.sender)) revert NotMinter(msg.sender);
        _mint(to, amount);
    }

    /// @notice Burns `amount` from `from`; only the pool, when `from` sells.
    function burn(address from, uint256 amount) external {
        if (msg.sender != pool) revert NotPool(msg.sender);
        _burn(from, amount);
    }

    /// @inheritdoc ERC20Upgradeable
    function _update(address from, address to, uint256 value)
        internal
        override(ERC20Upgradeable, ERC20VotesUpgradeable)
    {
        super._update(from, to, value);
    }

    /// @inheritdoc ERC20PermitUpgradeable
    function nonces(address owner) public view override(ERC20PermitUpgradeable, NoncesUpgradeable) returns (uint256) {
        return super.nonces(owner);
    }
}
