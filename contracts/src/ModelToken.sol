// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {ERC20PermitUpgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IMinterRegistry} from "./Interfaces.sol";

/// @title ModelToken
/// @notice A model's ERC-20 (F16): 18 decimals, permit (ERC-2612) and votes (ERC-5805, its own
/// implementation, not OpenZeppelin's ERC20Votes). Only the model's pool and the registry's
/// minters (the protocol's token manager) mint; only the pool burns, on sells.
///
/// Every holder votes with its own balance by default: `delegates(a)` is `a` until `a`
/// delegates elsewhere, so members, contributors and buyers vote without a transaction.
/// `delegate(other)` moves the votes as ERC20Votes does (`DelegateChanged`,
/// `DelegateVotesChanged`); `delegate(address(0))` votes nowhere; `delegate(self)` restores the
/// default. The initial supply minted to the owner vesting votes nowhere: locked tokens do not
/// vote (its releases vote with their recipient).
///
/// One slot per account. An account's word packs its balance (uint176; 2^176 wei is ~9.6e34
/// tokens), the hour its votes last changed (uint40), the length of its votes history (uint32)
/// and two flags (delegated away; has inbound delegations). Votes delegated to an account live
/// in a separate mapping written only when someone delegates to it. The total supply likewise
/// packs supply (uint176), the hour of its last change and its history's length. A transfer,
/// mint or burn between holders who vote for themselves writes only the two balance words.
///
/// Lazy snapshots. The model's Governor (`governor`, set at `initialize`) calls
/// `snapshot(timepoint)` on `propose` with the proposal's snapshot; the token keeps the largest
/// one, `maxSnapshot`. Before an account's votes (or the supply) change at hour `now`, with stored
/// head `(lastHour, oldValue)`: if `lastHour < now` and `maxSnapshot >= lastHour`, the head is
/// archived in the account's history (unless the history is empty and the value 0); then the
/// head becomes `(now, newValue)`. A history is a mapping index => (hour << 176 | value), one
/// slot per entry, its length kept in the account's (the supply's) word, which the change writes
/// anyway: an archive costs one new slot, not an array's length slot besides. A snapshot S with `lastHour <= S < now` can only exist if
/// `maxSnapshot >= lastHour`, so whenever the value at S would be lost it is archived.
///
/// Deliberate deviation from ERC-5805: `getPastVotes` and `getPastTotalSupply` are exact for
/// every timepoint the model's Governor snapshotted, for every timepoint since the account's
/// (the supply's) last change, and for the present. Other past timepoints are not kept: for them
/// the answer may be a value the account held at an earlier time. Nothing but the model's own
/// Governor reads past votes: its snapshots, and — only if a proposal set a proposal threshold —
/// the proposer's votes at `clock() - 1`, which the Governor reads only when the proposer's votes
/// did not change in the current hour (`lastVotesChange`), so that read is exact too.
///
/// Votes clock (ERC-6372): whole hours since the Unix epoch, `block.timestamp / 3600`; a value
/// "at hour t" is the value at the end of that hour. A Governor reads `clock()` from the token and
/// works in hours (voting delay and period in hours).
/// @dev Used as an EIP-1167 clone: name and symbol live in the clone's storage; the
/// implementation's initialiser is locked. ERC20Upgradeable's balance and supply storage is
/// unused (`balanceOf`, `totalSupply` and `_update` are this contract's); its names, allowances,
/// errors and `Transfer` events are kept.
contract ModelToken is ERC20PermitUpgradeable, IERC5805 {
    uint256 private constant BALANCE_MASK = (1 << 176) - 1;
    uint256 private constant HOUR_SHIFT = 176;
    uint256 private constant HOUR_MASK = ((1 << 40) - 1) << 176;
    /// @dev The history's length: bits 216..247 of an account's (the supply's) word.
    uint256 private constant LEN_SHIFT = 216;
    uint256 private constant LEN_MASK = ((1 << 32) - 1) << 216;
    /// @dev A history entry: hour << ENTRY_HOUR_SHIFT | value (value < 2^176).
    uint256 private constant ENTRY_HOUR_SHIFT = 176;
    /// @dev The account delegated its votes away (to `_delegatee[a]`, address(0) = nowhere).
    uint256 private constant DELEGATED = 1 << 248;
    /// @dev Someone delegated to the account at some time: `_inbound[a]` counts.
    uint256 private constant INBOUND = 1 << 249;
    bytes32 private constant DELEGATION_TYPEHASH =
        keccak256("Delegation(address delegatee,uint256 nonce,uint256 expiry)");

    /// @notice The model's pool.
    address public pool;
    /// @notice The registry that says who else may mint.
    IMinterRegistry public registry;
    /// @notice The model's Governor, the only caller of `snapshot`.
    address public governor;
    /// @notice The largest snapshot timepoint the Governor requested (hours).
    uint48 public maxSnapshot;
    /// @dev Supply (uint176) | hour of its last change (uint40) << 176 | history length << 216.
    uint256 private _supply;
    /// @dev Per account: balance | last votes change hour << 176 | history length << 216 | flags.
    mapping(address => uint256) private _accounts;
    /// @dev Votes delegated to an account by others.
    mapping(address => uint256) private _inbound;
    /// @dev Where a DELEGATED account's votes go (address(0): nowhere).
    mapping(address => address) private _delegatee;
    /// @dev Archived heads per account, index => hour << 176 | votes, hours increasing; the
    /// length is in the account's word.
    mapping(address => mapping(uint256 index => uint256 entry)) private _history;
    /// @dev Archived supply heads, likewise; the length is in `_supply`.
    mapping(uint256 index => uint256 entry) private _supplyHistory;

    /// @notice `caller` may not mint.
    error NotMinter(address caller);
    /// @notice `to` and `amounts` differ in length.
    error LengthMismatch(uint256 to, uint256 amounts);
    /// @notice Only the pool may burn.
    error NotPool(address caller);
    /// @notice Only the model's Governor may request a snapshot.
    error NotGovernor(address caller);
    /// @notice The supply would exceed `cap` (2^176 - 1, the votes' width); mint less.
    error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap);
    /// @notice `timepoint` is not in the past (the clock is at `clock`); ask for an earlier hour.
    error ERC5805FutureLookup(uint256 timepoint, uint48 clock);

    constructor() {
        _disableInitializers();
    }

    /// @notice Sets name, symbol, pool, registry and the model's Governor, and mints
    /// `initialSupply` to `initialHolder` (the owner's vesting contract, whose locked tokens vote
    /// nowhere); called once by the factory.
    function initialize(
        string calldata name_,
        string calldata symbol_,
        address pool_,
        address registry_,
        address governor_,
        address initialHolder,
        uint256 initialSupply
    ) external initializer {
        __ERC20_init(name_, symbol_);
        __EIP712_init(name_, "1");
        pool = pool_;
        registry = IMinterRegistry(registry_);
        governor = governor_;
        // Written with the balance below: one slot.
        _accounts[initialHolder] = DELEGATED;
        _mint(initialHolder, initialSupply);
    }

    /// @notice Mints `amount` to `to`; only the pool or a registry minter.
    function mint(address to, uint256 amount) external {
        if (msg.sender != pool && !registry.isMinter(msg.sender)) revert NotMinter(msg.sender);
        _mint(to, amount);
    }

    /// @notice Mints `amounts[i]` to `to[i]` for every i; only the registry's minters (the token
    /// manager paying DeltaOne rewards). Same balances, supply, votes and Transfer events as one
    /// `mint` per pair: one balance/votes update per recipient and one supply update.
    function mintBatch(address[] calldata to, uint256[] calldata amounts) external {
        if (!registry.isMinter(msg.sender)) revert NotMinter(msg.sender);
        uint256 n = to.length;
        if (amounts.length != n) revert LengthMismatch(n, amounts.length);
        uint48 now_ = clock();
        uint256 total;
        for (uint256 i; i < n; ++i) {
            address account = to[i];
            uint256 value = amounts[i];
            if (account == address(0)) revert ERC20InvalidReceiver(address(0));
            total += value;
            _credit(account, value, now_);
            emit Transfer(address(0), account, value);
        }
        _addSupply(total, now_);
    }

    /// @notice Burns `amount` from `from`; only the pool, when `from` sells.
    function burn(address from, uint256 amount) external {
        if (msg.sender != pool) revert NotPool(msg.sender);
        _burn(from, amount);
    }

    /// @notice Records that the Governor will read votes at `timepoint` (a proposal's snapshot):
    /// values at that hour are kept from now on. Only the model's Governor; the timepoint is
    /// taken as the Governor passes it.
    function snapshot(uint256 timepoint) external {
        if (msg.sender != governor) revert NotGovernor(msg.sender);
        if (timepoint > maxSnapshot) maxSnapshot = uint48(timepoint > type(uint48).max ? type(uint48).max : timepoint);
    }

    // ---- ERC-20 storage ----

    /// @notice The balance of `account`.
    function balanceOf(address account) public view override returns (uint256) {
        return _accounts[account] & BALANCE_MASK;
    }

    /// @notice Tokens in existence.
    function totalSupply() public view override returns (uint256) {
        return _supply & BALANCE_MASK;
    }

    /// @dev Moves, mints (from 0) or burns (to 0) `value`, with the votes of both sides.
    function _update(address from, address to, uint256 value) internal override {
        uint48 now_ = clock();
        if (from == address(0)) _addSupply(value, now_);
        else _debit(from, value, now_);
        if (to == address(0)) _subSupply(value, now_);
        else _credit(to, value, now_);
        emit Transfer(from, to, value);
    }

    // ---- ERC-5805 votes ----

    /// @notice The votes clock: hours since the Unix epoch.
    function clock() public view returns (uint48) {
        return uint48(block.timestamp / 1 hours);
    }

    /// @notice Describes the clock (ERC-6372): Unix time in units of 3600 seconds.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure returns (string memory) {
        return "mode=timestamp&from=default&unit=3600";
    }

    /// @notice Where the votes of `account` go: itself unless it delegated (address(0): nowhere).
    function delegates(address account) public view returns (address) {
        if (_accounts[account] & DELEGATED == 0) return account;
        return _delegatee[account];
    }

    /// @notice The votes of `account` now.
    function getVotes(address account) public view returns (uint256) {
        return _votesOf(account, _accounts[account]);
    }

    /// @notice The votes of `account` at the end of hour `timepoint` (< clock()): exact for the
    /// Governor's snapshots and since the account's last change; see the contract's notes.
    function getPastVotes(address account, uint256 timepoint) public view returns (uint256) {
        uint48 t = _past(timepoint);
        uint256 w = _accounts[account];
        if (t >= (w & HOUR_MASK) >> HOUR_SHIFT) return _votesOf(account, w);
        return _lookup(_history[account], (w & LEN_MASK) >> LEN_SHIFT, t);
    }

    /// @notice The total supply at the end of hour `timepoint` (< clock()): exact for the
    /// Governor's snapshots and since the supply's last change; see the contract's notes.
    function getPastTotalSupply(uint256 timepoint) public view returns (uint256) {
        uint48 t = _past(timepoint);
        uint256 w = _supply;
        if (t >= (w & HOUR_MASK) >> HOUR_SHIFT) return w & BALANCE_MASK;
        return _lookup(_supplyHistory, (w & LEN_MASK) >> LEN_SHIFT, t);
    }

    /// @notice The hour `account`'s votes last changed (0: never): its votes are exact for every
    /// hour since, which is what the Governor checks before it reads a proposer's votes at
    /// `clock() - 1`.
    function lastVotesChange(address account) external view returns (uint48) {
        return uint48((_accounts[account] & HOUR_MASK) >> HOUR_SHIFT);
    }

    /// @notice Sends the caller's votes to `delegatee` (itself: the default; address(0): nowhere).
    function delegate(address delegatee) public {
        _delegate(msg.sender, delegatee);
    }

    /// @notice `delegate` by an EIP-712 `Delegation(delegatee, nonce, expiry)` signature, with the
    /// permit nonces; anyone relays it.
    function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) public {
        if (block.timestamp > expiry) revert VotesExpiredSignature(expiry);
        address signer = ECDSA.recover(
            _hashTypedDataV4(keccak256(abi.encode(DELEGATION_TYPEHASH, delegatee, nonce, expiry))), v, r, s
        );
        _useCheckedNonce(signer, nonce);
        _delegate(signer, delegatee);
    }

    function _delegate(address account, address to) private {
        uint256 w = _accounts[account];
        address from = w & DELEGATED == 0 ? account : _delegatee[account];
        emit DelegateChanged(account, from, to);
        if (from == to) return;
        uint48 now_ = clock();
        uint256 bal = w & BALANCE_MASK;
        uint256 before = _votesOf(account, w);
        if (from == account || to == account) w = _archive(account, w, now_);
        if (from != account && from != address(0)) _changeInbound(from, bal, false, now_);
        if (to != account && to != address(0)) _changeInbound(to, bal, true, now_);
        if (to == account) {
            w &= ~DELEGATED;
        } else {
            w |= DELEGATED;
            _delegatee[account] = to;
        }
        _accounts[account] = w;
        uint256 after_ = _votesOf(account, w);
        if (before != after_) emit DelegateVotesChanged(account, before, after_);
    }

    // ---- internals ----

    /// @dev Takes `value` from `account`'s balance and from the votes it carries.
    function _debit(address account, uint256 value, uint48 now_) private {
        uint256 w = _accounts[account];
        uint256 bal = w & BALANCE_MASK;
        if (bal < value) revert ERC20InsufficientBalance(account, bal, value);
        if (w & DELEGATED == 0) {
            if (value != 0) {
                uint256 before = _votesOf(account, w);
                w = _archive(account, w, now_);
                emit DelegateVotesChanged(account, before, before - value);
            }
        } else {
            address d = _delegatee[account];
            if (d != address(0)) _changeInbound(d, value, false, now_);
        }
        _accounts[account] = w - value;
    }

    /// @dev Adds `value` to `account`'s balance and to the votes it carries.
    function _credit(address account, uint256 value, uint48 now_) private {
        uint256 w = _accounts[account];
        if (w & DELEGATED == 0) {
            if (value != 0) {
                uint256 before = _votesOf(account, w);
                w = _archive(account, w, now_);
                emit DelegateVotesChanged(account, before, before + value);
            }
        } else {
            address d = _delegatee[account];
            if (d != address(0)) _changeInbound(d, value, true, now_);
        }
        // The balance never exceeds the supply (< 2^176), checked by the caller's supply update.
        _accounts[account] = w + value;
    }

    /// @dev Moves `value` of delegated votes into or out of `d` (which is not the delegator).
    function _changeInbound(address d, uint256 value, bool up, uint48 now_) private {
        if (value == 0) return;
        uint256 w = _accounts[d];
        uint256 before = _votesOf(d, w);
        w = _archive(d, w, now_);
        uint256 inbound = _inbound[d];
        _inbound[d] = up ? inbound + value : inbound - value;
        _accounts[d] = up ? w | INBOUND : w;
        emit DelegateVotesChanged(d, before, up ? before + value : before - value);
    }

    function _addSupply(uint256 value, uint48 now_) private {
        uint256 w = _archiveSupply(now_);
        uint256 supply = (w & BALANCE_MASK) + value;
        if (supply > BALANCE_MASK) revert ERC20ExceededSafeSupply(supply, BALANCE_MASK);
        _supply = (w & ~BALANCE_MASK) | supply;
    }

    function _subSupply(uint256 value, uint48 now_) private {
        // value <= a balance <= the supply, checked by _debit.
        _supply = _archiveSupply(now_) - value;
    }

    /// @dev The supply word with its head archived if a snapshot needs it, and the hour set to now.
    function _archiveSupply(uint48 now_) private returns (uint256 w) {
        w = _supply;
        uint256 last = (w & HOUR_MASK) >> HOUR_SHIFT;
        if (last < now_) {
            if (last != 0 && maxSnapshot >= last) {
                uint256 old = w & BALANCE_MASK;
                uint256 n = (w & LEN_MASK) >> LEN_SHIFT;
                if (old != 0 || n != 0) {
                    _supplyHistory[n] = (last << ENTRY_HOUR_SHIFT) | old;
                    w += 1 << LEN_SHIFT;
                }
            }
            w = (w & ~HOUR_MASK) | (uint256(now_) << HOUR_SHIFT);
        }
    }

    /// @dev `w` (account's word) with its votes head archived if a snapshot needs it, and the hour
    /// set to now; call before the account's votes change. An hour of 0 means its votes never
    /// changed (0, no history).
    function _archive(address account, uint256 w, uint48 now_) private returns (uint256) {
        uint256 last = (w & HOUR_MASK) >> HOUR_SHIFT;
        if (last >= now_) return w;
        if (last != 0 && maxSnapshot >= last) {
            uint256 old = _votesOf(account, w);
            uint256 n = (w & LEN_MASK) >> LEN_SHIFT;
            if (old != 0 || n != 0) {
                _history[account][n] = (last << ENTRY_HOUR_SHIFT) | old;
                w += 1 << LEN_SHIFT;
            }
        }
        return (w & ~HOUR_MASK) | (uint256(now_) << HOUR_SHIFT);
    }

    /// @dev Votes carried by `account` whose word is `w`.
    function _votesOf(address account, uint256 w) private view returns (uint256 v) {
        if (w & DELEGATED == 0) v = w & BALANCE_MASK;
        if (w & INBOUND != 0) v += _inbound[account];
    }

    /// @dev The value of the last of the `n` entries of `h` whose hour is <= `t` (0 if none):
    /// the newest entry first (the usual case), then a binary search.
    function _lookup(mapping(uint256 => uint256) storage h, uint256 n, uint256 t) private view returns (uint256) {
        if (n == 0) return 0;
        uint256 e = h[n - 1];
        if (e >> ENTRY_HOUR_SHIFT <= t) return e & BALANCE_MASK;
        // Find the first index in [lo, hi) whose hour is > t; the newest (n - 1) is one.
        uint256 lo;
        uint256 hi = n - 1;
        while (lo < hi) {
            uint256 mid = (lo + hi) >> 1;
            if (h[mid] >> ENTRY_HOUR_SHIFT > t) hi = mid;
            else lo = mid + 1;
        }
        return lo == 0 ? 0 : h[lo - 1] & BALANCE_MASK;
    }

    function _past(uint256 timepoint) private view returns (uint48) {
        uint48 now_ = clock();
        if (timepoint >= now_) revert ERC5805FutureLookup(timepoint, now_);
        return uint48(timepoint);
    }
}
