// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {ERC20PermitUpgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {ERC20VotesUpgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20VotesUpgradeable.sol";
import {NoncesUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/NoncesUpgradeable.sol";
import {IMinterRegistry} from "./Interfaces.sol";

/// @title ModelToken
/// @notice A model's ERC-20 (F16): 18 decimals, permit (ERC-2612) and votes (ERC-5805). Only the
/// model's pool and the registry's minters (the protocol's token manager) mint; only the pool
/// burns, on sells.
///
/// Votes without a transaction. A holder's votes are delegated to the holder when they first
/// receive tokens as a reward (contributors and the owner, `mintBatch`) or by a transfer (the
/// owner's vested tokens, a gift), so members of the model's DAO vote without first sending
/// `delegate` — OpenZeppelin's default counts no votes until then. Tokens bought from the pool
/// keep that default (the buyer delegates to vote): tracking votes costs every later trade of a
/// delegated holder a checkpoint write, which traders who do not vote should not pay. A holder
/// may delegate elsewhere at any time; delegating to address(0) is undone by the next such
/// receipt. The initial supply minted to the owner vesting is not delegated: locked tokens do
/// not vote.
///
/// Votes clock (ERC-6372): whole hours since the Unix epoch, `block.timestamp / 3600`. Votes and
/// the total supply are checkpointed once per clock unit, and every later change in the same
/// hour rewrites that checkpoint in place. With a block-number clock each trade in a new block
/// would append a fresh storage slot to the total-supply history (a zero-to-nonzero SSTORE,
/// 22,100 gas) — the largest single cost of a pool trade. A Governor reads `clock()` from the
/// token and works unchanged in hours (voting delay and period in hours); `getPastVotes` and
/// `getPastTotalSupply` are exact for every past hour (the value at the end of that hour).
/// @dev Used as an EIP-1167 clone: name and symbol live in the clone's storage; the
/// implementation's initialiser is locked.
contract ModelToken is ERC20Upgradeable, ERC20PermitUpgradeable, ERC20VotesUpgradeable {
    /// @notice The model's pool.
    address public pool;
    /// @notice The registry that says who else may mint.
    IMinterRegistry public registry;

    /// @notice `caller` may not mint.
    error NotMinter(address caller);
    /// @notice `to` and `amounts` differ in length.
    error LengthMismatch(uint256 to, uint256 amounts);
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

    /// @notice Mints `amounts[i]` to `to[i]` for every i; only the registry's minters (the token
    /// manager paying DeltaOne rewards). Same balances, supply, votes and Transfer events as one
    /// `mint` per pair, for less gas: one minter check, one total-supply checkpoint, and one delegate
    /// checkpoint per recipient (who delegates to themselves on their first receipt).
    function mintBatch(address[] calldata to, uint256[] calldata amounts) external {
        if (!registry.isMinter(msg.sender)) revert NotMinter(msg.sender);
        uint256 n = to.length;
        if (amounts.length != n) revert LengthMismatch(n, amounts.length);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            address account = to[i];
            uint256 value = amounts[i];
            if (account == address(0)) revert ERC20InvalidReceiver(address(0));
            address delegatee = delegates(account);
            if (delegatee == address(0)) {
                _delegate(account, account);
                delegatee = account;
            }
            ERC20Upgradeable._update(address(0), account, value);
            _moveDelegateVotes(address(0), delegatee, value);
            total += value;
        }
        uint256 supply = totalSupply();
        uint256 cap = _maxSupply();
        if (supply > cap) revert ERC20ExceededSafeSupply(supply, cap);
        // The total-supply checkpoint; address(this) never delegates, so no delegate moves.
        _transferVotingUnits(address(0), address(this), total);
    }

    /// @notice Burns `amount` from `from`; only the pool, when `from` sells.
    function burn(address from, uint256 amount) external {
        if (msg.sender != pool) revert NotPool(msg.sender);
        _burn(from, amount);
    }

    /// @notice The votes clock: hours since the Unix epoch.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp / 1 hours);
    }

    /// @notice Describes the clock (ERC-6372): Unix time in units of 3600 seconds.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp&from=default&unit=3600";
    }

    /// @notice The delegate of `account`; address(0) delegates nowhere (saves a read on mint and burn).
    function delegates(address account) public view override returns (address) {
        if (account == address(0)) return address(0);
        return super.delegates(account);
    }

    /// @inheritdoc ERC20Upgradeable
    function _update(address from, address to, uint256 value)
        internal
        override(ERC20Upgradeable, ERC20VotesUpgradeable)
    {
        if (to != address(0) && msg.sender != pool && super.delegates(to) == address(0) && !_isInitializing()) {
            _delegate(to, to);
        }
        super._update(from, to, value);
    }

    /// @inheritdoc ERC20PermitUpgradeable
    function nonces(address owner) public view override(ERC20PermitUpgradeable, NoncesUpgradeable) returns (uint256) {
        return super.nonces(owner);
    }
}
