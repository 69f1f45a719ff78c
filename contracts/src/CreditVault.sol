// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title CreditVault
/// @notice Consumers' prepaid USDC credits for API calls (F19). Anyone deposits for themselves or
/// for another address; balances are internal accounting. A withdrawal is requested first and
/// may be taken after a delay (default 24 h), so usage already metered can still settle; the
/// amount paid out is what is left of the request after such debits. Only the fee router
/// debits, in batches.
/// @dev A settlement entry is one word: consumer (bits 96–255) | model id (72–95) |
/// amount in micro-USDC (24–71) | calls (0–23). See UsageFeeRouter.
contract CreditVault {
    using SafeERC20 for IERC20;

    /// @notice Longest withdrawal delay the admin may set.
    uint256 public constant MAX_WITHDRAWAL_DELAY = 30 days;
    uint256 private constant AMOUNT_MASK = (1 << 48) - 1;

    /// @notice One consumer's credit; one storage slot.
    struct Account {
        uint128 balance; // micro-USDC
        uint88 pending; // requested withdrawal, micro-USDC
        uint40 readyAt; // when the requested withdrawal may be taken
    }

    /// @notice The USDC token.
    IERC20 public immutable usdc;
    /// @notice The protocol's admin.
    address public admin;
    /// @notice The fee router, the only debitor.
    address public router;
    /// @notice Seconds between a withdrawal request and the withdrawal.
    uint256 public withdrawalDelay = 24 hours;

    mapping(address => Account) private _accounts;

    /// @notice `from` deposited `amount` for `account`.
    event Deposited(address indexed from, address indexed account, uint256 amount, uint256 balanceAfter);
    /// @notice `account` asked to withdraw `amount` from `readyAt` on.
    event WithdrawalRequested(address indexed account, uint256 amount, uint256 readyAt);
    /// @notice `account` cancelled its withdrawal request.
    event WithdrawalCancelled(address indexed account);
    /// @notice `account` withdrew `amount`.
    event Withdrawn(address indexed account, uint256 amount, uint256 balanceAfter);
    /// @notice The router debited `total` micro-USDC over `entries` entries.
    event Debited(address indexed router, uint256 entries, uint256 total);
    /// @notice The router was set.
    event RouterSet(address router);
    /// @notice The withdrawal delay changed.
    event WithdrawalDelaySet(uint256 delay);
    /// @notice The admin changed.
    event AdminChanged(address admin);

    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice An amount is zero.
    error ZeroAmount();
    /// @notice An address is zero.
    error ZeroAddress();
    /// @notice `account` has `balance`, less than `amount`.
    error InsufficientCredit(address account, uint256 balance, uint256 amount);
    /// @notice `account` has no withdrawal request.
    error NoWithdrawalRequested(address account);
    /// @notice The withdrawal may be taken from `readyAt` on.
    error WithdrawalNotReady(uint256 readyAt, uint256 timestamp);
    /// @notice The router is already set.
    error RouterAlreadySet();
    /// @notice The delay is longer than MAX_WITHDRAWAL_DELAY.
    error DelayTooLong(uint256 delay);
    /// @notice The amount does not fit the vault's accounting.
    error AmountTooLarge(uint256 amount);

    constructor(IERC20 usdc_, address admin_) {
        usdc = usdc_;
        admin = admin_;
    }

    modifier onlyAdmin() {
        if (msg.sender != admin) revert Unauthorized(msg.sender);
        _;
    }

    // ---------------------------------------------------------------- admin

    /// @notice Sets the fee router, once.
    function setRouter(address router_) external onlyAdmin {
        if (router != address(0)) revert RouterAlreadySet();
        if (router_ == address(0)) revert ZeroAddress();
        router = router_;
        emit RouterSet(router_);
    }

    /// @notice Sets the withdrawal delay for requests made from now on.
    function setWithdrawalDelay(uint256 delay) external onlyAdmin {
        if (delay > MAX_WITHDRAWAL_DELAY) revert DelayTooLong(delay);
        withdrawalDelay = delay;
        emit WithdrawalDelaySet(delay);
    }

    /// @notice Hands the admin role to `admin_`.
    function setAdmin(address admin_) external onlyAdmin {
        admin = admin_;
        emit AdminChanged(admin_);
    }

    // ---------------------------------------------------------------- consumers

    /// @notice Deposits `amount` micro-USDC (pulled from the caller) for the caller.
    function deposit(uint256 amount) external {
        depositFor(msg.sender, amount);
    }

    /// @notice Deposits `amount` micro-USDC (pulled from the caller) for `account`.
    function depositFor(address account, uint256 amount) public {
        if (amount == 0) revert ZeroAmount();
        if (account == address(0)) revert ZeroAddress();
        Account storage a = _accounts[account];
        uint256 b = a.balance + amount;
        if (b > type(uint128).max) revert AmountTooLarge(amount);
        a.balance = uint128(b);
        emit Deposited(msg.sender, account, amount, b);
        usdc.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Asks to withdraw `amount`; replaces any earlier request and restarts the delay.
    function requestWithdrawal(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender];
        if (amount > a.balance) revert InsufficientCredit(msg.sender, a.balance, amount);
        uint256 readyAt = block.timestamp + withdrawalDelay;
        a.pending = uint88(amount);
        a.readyAt = uint40(readyAt);
        emit WithdrawalRequested(msg.sender, amount, readyAt);
    }

    /// @notice Cancels the caller's withdrawal request.
    function cancelWithdrawal() external {
        Account storage a = _accounts[msg.sender];
        if (a.pending == 0) revert NoWithdrawalRequested(msg.sender);
        a.pending = 0;
        a.readyAt = 0;
        emit WithdrawalCancelled(msg.sender);
    }

    /// @notice Withdraws the requested amount once the delay has passed, less what usage
    /// debited meanwhile.
    /// @return amount micro-USDC sent to the caller.
    function withdraw() external returns (uint256 amount) {
        Account memory a = _accounts[msg.sender];
        if (a.pending == 0) revert NoWithdrawalRequested(msg.sender);
        if (block.timestamp < a.readyAt) revert WithdrawalNotReady(a.readyAt, block.timestamp);
        amount = a.pending < a.balance ? a.pending : a.balance;
        uint256 b = a.balance - amount;
        _accounts[msg.sender] = Account(uint128(b), 0, 0);
        emit Withdrawn(msg.sender, amount, b);
        if (amount != 0) usdc.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------- router

    /// @notice Debits every entry's amount from its consumer and sends the total to the router.
    /// Reverts, debiting no one, when any consumer's balance does not cover their entries.
    /// @return total micro-USDC debited.
    function debit(uint256[] calldata entries) external returns (uint256 total) {
        if (msg.sender != router) revert Unauthorized(msg.sender);
        uint256 n = entries.length;
        for (uint256 i; i < n; ++i) {
            uint256 e = entries[i];
            address consumer = address(uint160(e >> 96));
            uint256 amount = (e >> 24) & AMOUNT_MASK;
            Account storage a = _accounts[consumer];
            uint256 b = a.balance;
            if (amount > b) revert InsufficientCredit(consumer, b, amount);
            unchecked {
                a.balance = uint128(b - amount);
                total += amount;
            }
        }
        emit Debited(msg.sender, n, total);
        if (total != 0) usdc.safeTransfer(msg.sender, total);
    }

    // ---------------------------------------------------------------- views

    /// @notice `account`'s credit in micro-USDC.
    function balanceOf(address account) external view returns (uint256) {
        return _accounts[account].balance;
    }

    /// @notice `account`'s balance, requested withdrawal and when it may be taken.
    function accountOf(address account) external view returns (Account memory) {
        return _accounts[account];
    }
}
