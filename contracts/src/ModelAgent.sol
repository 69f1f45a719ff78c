// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IAgentRegistry} from "./HexsInterfaces.sol";

/// @title ModelAgent
/// @notice A model's Agent (F24, F25): its members, its ledger and the settings its DAO governs.
///
/// Members. The owner is a member from creation (and every later owner from the purchase); a
/// contributor from their first DeltaOne mint; a consumer from their first settled call, inside
/// the settlement transaction. Members are never removed.
///
/// Ledger. Training shares per address grow by each mint's contributors' part (the owner's part
/// is not a training share); every member may rate the model 1–5 once and change the rating;
/// a member may also sign a rating (EIP-712, `rateBySig`) that anyone relays, so a member
/// without ETH rates; settlement adds calls, fees (micro-USDC) and new unique users, in total and per UTC day (the
/// per-period record trends are drawn from). Every change emits an event.
///
/// Governed settings. Only the model's timelock (its DAO, after a vote) sets the tier discounts
/// (Batch defaults to 25%) and an Enterprise consumer's own price per call.
/// @dev Used as an EIP-1167 clone with immutable args abi.encode(modelId, token, governor,
/// timelock); the registry is the implementation's immutable.
contract ModelAgent {
    /// @notice Tier numbers: Basic, Batch (volume discount) and Enterprise (per-consumer price).
    uint8 public constant TIER_BASIC = 0;
    /// @notice The Batch tier.
    uint8 public constant TIER_BATCH = 1;
    /// @notice The Enterprise tier.
    uint8 public constant TIER_ENTERPRISE = 2;
    /// @notice The Batch tier's discount until the DAO changes it, in bps (25%).
    uint16 public constant DEFAULT_BATCH_DISCOUNT_BPS = 2_500;
    /// @notice Largest tier discount, in bps (90%).
    uint16 public constant MAX_DISCOUNT_BPS = 9_000;
    /// @notice Length of one usage period (a UTC day).
    uint256 public constant PERIOD = 1 days;
    /// @notice The EIP-712 type a member signs to rate by signature.
    bytes32 private constant RATING_TYPEHASH =
        keccak256("Rating(uint8 stars,address member,uint256 nonce,uint256 deadline)");
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    string private constant DOMAIN_NAME = "Hokusai model Agent";
    string private constant DOMAIN_VERSION = "1";

    /// @notice How an address became a member.
    enum JoinReason {
        Owner,
        Contributor,
        Consumer
    }

    /// @notice One address's record; one storage slot.
    struct Member {
        bool member;
        bool user; // has a settled call
        uint8 rating; // 0: not rated, else 1–5
        uint128 shares; // training shares, token wei
        uint64 nonce; // ratings so far (direct or signed): the next signed rating's nonce
    }

    /// @notice The ledger's totals; one storage slot.
    struct Stats {
        uint32 members;
        uint32 users; // unique consumers with a settled call
        uint32 ratings; // members who rated
        uint32 ratingSum;
        uint64 calls;
        uint64 fees; // micro-USDC
    }

    /// @notice One period's usage; one storage slot.
    struct PeriodUsage {
        uint64 calls;
        uint64 fees; // micro-USDC
        uint32 newUsers;
    }

    /// @notice The registry: its factory initialises, its minters record mints, its usage
    /// recorders record settlements, and it reports owner changes.
    IAgentRegistry public immutable registry;

    Stats private _stats;
    /// @dev Sum of every address's training shares plus one (set at initialize), so that the
    /// model's first reward updates a slot instead of creating it (saves 17,100 gas there).
    uint256 private _totalSharesPlusOne;
    mapping(address account => Member) private _members;
    mapping(uint256 period => PeriodUsage) private _periods;
    mapping(uint8 tier => uint16) private _discountPlusOne; // 0: default
    mapping(address consumer => uint64) private _enterprisePrice;

    /// @notice `account` became a member.
    event MemberJoined(address indexed account, JoinReason reason, uint256 members);
    /// @notice `account`'s training shares grew by `amount` to `shares`.
    event TrainingSharesGrown(address indexed account, uint256 amount, uint256 shares, uint256 totalShares);
    /// @notice `member` rated the model `stars` (1–5), replacing `previous` (0: first rating).
    event Rated(address indexed member, uint8 stars, uint8 previous, uint256 ratings, uint256 ratingSum);
    /// @notice A settlement added `calls` and `fees` (micro-USDC) and `newUsers` unique users
    /// in `period` (days since the Unix epoch).
    event UsageRecorded(
        uint256 indexed period, uint256 calls, uint256 fees, uint256 newUsers, uint256 totalCalls, uint256 totalFees, uint256 users
    );
    /// @notice The DAO set a tier's discount.
    event TierDiscountSet(uint8 indexed tier, uint16 bps);
    /// @notice The DAO set an Enterprise consumer's price per call (0 removes it).
    event EnterprisePriceSet(address indexed consumer, uint64 price);

    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice The Agent was already initialised.
    error AlreadyInitialized();
    /// @notice Ratings are whole stars 1–5.
    error RatingOutOfRange(uint8 stars);
    /// @notice Only members may rate; a member is the owner, a contributor or a consumer with a settled call.
    error NotMember(address account);
    /// @notice The rating's signature is not `member`'s over these stars, this Agent, this chain,
    /// the member's current nonce and this deadline (wrong signer, or already used).
    error RatingSignatureInvalid(address member);
    /// @notice The signed rating's deadline (seconds since the epoch) has passed.
    error RatingSignatureExpired(uint256 deadline);
    /// @notice `to` and `amounts` differ in length.
    error LengthMismatch(uint256 to, uint256 amounts);
    /// @notice The tier is not 0, 1 or 2.
    error TierUnknown(uint8 tier);
    /// @notice A discount is at most MAX_DISCOUNT_BPS.
    error DiscountTooHigh(uint16 bps);

    constructor(IAgentRegistry registry_) {
        registry = registry_;
        _stats.members = 1; // the implementation is never initialised
    }

    /// @notice Makes `owner_` the first member; the factory, once, in the creating transaction.
    function initialize(address owner_) external {
        if (msg.sender != registry.factory()) revert Unauthorized(msg.sender);
        if (_stats.members != 0) revert AlreadyInitialized();
        _members[owner_].member = true;
        _stats.members = 1;
        _totalSharesPlusOne = 1;
        emit MemberJoined(owner_, JoinReason.Owner, 1);
    }

    /// @notice Sum of every address's training shares, token wei.
    function totalShares() external view returns (uint256) {
        uint256 t = _totalSharesPlusOne;
        return t == 0 ? 0 : t - 1;
    }

    // ---------------------------------------------------------------- protocol hooks

    /// @notice The model was sold to `newOwner`, who becomes a member; the registry only.
    function ownerChanged(address newOwner) external {
        if (msg.sender != address(registry)) revert Unauthorized(msg.sender);
        Member storage m = _members[newOwner];
        if (!m.member) {
            m.member = true;
            uint32 n = ++_stats.members;
            emit MemberJoined(newOwner, JoinReason.Owner, n);
        }
    }

    /// @notice Adds a mint's contributors' parts to their training shares; a registry minter
    /// (the token manager) only, in the minting transaction.
    function recordMint(address[] calldata to, uint256[] calldata amounts) external {
        if (!registry.isMinter(msg.sender)) revert Unauthorized(msg.sender);
        uint256 n = to.length;
        if (amounts.length != n) revert LengthMismatch(n, amounts.length);
        Stats memory s = _stats;
        uint256 total = _totalSharesPlusOne - 1;
        for (uint256 i; i < n; ++i) {
            address a = to[i];
            Member memory m = _members[a];
            if (!m.member) {
                m.member = true;
                ++s.members;
                emit MemberJoined(a, JoinReason.Contributor, s.members);
            }
            m.shares += uint128(amounts[i]);
            total += amounts[i];
            _members[a] = m;
            emit TrainingSharesGrown(a, amounts[i], m.shares, total);
        }
        _totalSharesPlusOne = total + 1;
        _stats = s;
    }

    /// @notice Adds a settlement's `calls` and `fees` (micro-USDC) for this model; every consumer
    /// without a settled call before becomes a user and a member. A registry usage recorder (the
    /// fee router) only, in the settlement transaction.
    function recordUsage(uint256 calls, uint256 fees, address[] calldata consumers) external {
        if (!registry.isUsageRecorder(msg.sender)) revert Unauthorized(msg.sender);
        Stats memory s = _stats;
        uint256 newUsers;
        for (uint256 i; i < consumers.length; ++i) {
            address a = consumers[i];
            Member storage m = _members[a];
            if (m.user) continue;
            if (!m.member) {
                m.member = true;
                ++s.members;
                emit MemberJoined(a, JoinReason.Consumer, s.members);
            }
            m.user = true;
            ++newUsers;
        }
        s.users += uint32(newUsers);
        s.calls += uint64(calls);
        s.fees += uint64(fees);
        _stats = s;
        uint256 period = block.timestamp / PERIOD;
        PeriodUsage storage p = _periods[period];
        p.calls += uint64(calls);
        p.fees += uint64(fees);
        p.newUsers += uint32(newUsers);
        emit UsageRecorded(period, calls, fees, newUsers, s.calls, s.fees, s.users);
    }

    // ---------------------------------------------------------------- members

    /// @notice Rates the model `stars` (1–5); members only; a later call replaces the rating.
    function rate(uint8 stars) external {
        _rate(msg.sender, stars);
    }

    /// @notice Rates the model `stars` (1–5) for `member`, who signed the EIP-712 message
    /// Rating(stars, member, nonce, deadline) under this Agent's domain ("Hokusai model Agent",
    /// "1", chain id, this address), `nonce` being `nonces(member)`; anyone relays it and pays
    /// the gas. Same effects and events as `rate`; the nonce makes each signature usable once.
    function rateBySig(uint8 stars, address member, uint256 deadline, bytes calldata signature) external {
        if (block.timestamp > deadline) revert RatingSignatureExpired(deadline);
        bytes32 digest = keccak256(
            abi.encodePacked(
                hex"1901",
                _domainSeparator(),
                keccak256(abi.encode(RATING_TYPEHASH, stars, member, _members[member].nonce, deadline))
            )
        );
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || signer != member || member == address(0)) {
            revert RatingSignatureInvalid(member);
        }
        _rate(member, stars);
    }

    // ---------------------------------------------------------------- DAO    // ---------------------------------------------------------------- DAO

    /// @notice Sets `tier`'s discount on the price per call, in bps; the model's timelock only.
    function setTierDiscount(uint8 tier, uint16 bps) external {
        _onlyTimelock();
        if (tier > TIER_ENTERPRISE) revert TierUnknown(tier);
        if (bps > MAX_DISCOUNT_BPS) revert DiscountTooHigh(bps);
        _discountPlusOne[tier] = bps + 1;
        emit TierDiscountSet(tier, bps);
    }

    /// @notice Sets an Enterprise consumer's own price per call in micro-USDC (0 removes it);
    /// the model's timelock only.
    function setEnterprisePrice(address consumer, uint64 price) external {
        _onlyTimelock();
        _enterprisePrice[consumer] = price;
        emit EnterprisePriceSet(consumer, price);
    }

    // ---------------------------------------------------------------- views

    /// @notice The model's id in the registry.
    function modelId() public view returns (uint256 id) {
        (id,,,) = _args();
    }

    /// @notice The model's token (its votes are the DAO's).
    function token() external view returns (address t) {
        (, t,,) = _args();
    }

    /// @notice The model's Governor.
    function governor() external view returns (address g) {
        (,, g,) = _args();
    }

    /// @notice The model's timelock, which executes what the DAO approved.
    function timelock() public view returns (address tl) {
        (,,, tl) = _args();
    }

    /// @notice The model's owner now, as the registry reports it.
    function owner() external view returns (address o) {
        (o,,) = registry.modelAccounts(modelId());
    }

    /// @notice Whether `account` is a member.
    function isMember(address account) external view returns (bool) {
        return _members[account].member;
    }

    /// @notice `account`'s record: membership, whether it has a settled call, rating, shares.
    function memberOf(address account) external view returns (Member memory) {
        return _members[account];
    }

    /// @notice `member`'s next rating nonce (the count of their ratings so far).
    function nonces(address member) external view returns (uint256) {
        return _members[member].nonce;
    }

    /// @notice The ledger's totals.
    function stats() external view returns (Stats memory) {
        return _stats;
    }

    /// @notice The mean rating in wad (0 when nobody rated).
    function ratingMean() external view returns (uint256) {
        Stats memory s = _stats;
        return s.ratings == 0 ? 0 : uint256(s.ratingSum) * 1e18 / s.ratings;
    }

    /// @notice Usage in `period` (days since the Unix epoch).
    function usageIn(uint256 period) external view returns (PeriodUsage memory) {
        return _periods[period];
    }

    /// @notice `tier`'s discount in bps (Batch 25% until the DAO changes it).
    function tierDiscountBps(uint8 tier) external view returns (uint16) {
        if (tier > TIER_ENTERPRISE) revert TierUnknown(tier);
        uint16 d = _discountPlusOne[tier];
        if (d != 0) return d - 1;
        return tier == TIER_BATCH ? DEFAULT_BATCH_DISCOUNT_BPS : 0;
    }

    /// @notice `consumer`'s Enterprise price per call in micro-USDC; 0 when none was set.
    function enterprisePrice(address consumer) external view returns (uint64) {
        return _enterprisePrice[consumer];
    }

    // ---------------------------------------------------------------- internals

    function _rate(address member, uint8 stars) private {
        if (stars == 0 || stars > 5) revert RatingOutOfRange(stars);
        Member storage m = _members[member];
        if (!m.member) revert NotMember(member);
        uint8 previous = m.rating;
        m.rating = stars;
        m.nonce += 1;
        Stats storage s = _stats;
        uint32 count = s.ratings;
        uint32 sum = s.ratingSum + stars - previous;
        if (previous == 0) count += 1;
        s.ratings = count;
        s.ratingSum = sum;
        emit Rated(member, stars, previous, count, sum);
    }

    function _domainSeparator() private view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256(bytes(DOMAIN_NAME)), keccak256(bytes(DOMAIN_VERSION)), block.chainid, address(this))
        );
    }

    function _args() private view returns (uint256 id, address t, address g, address tl) {
        return abi.decode(Clones.fetchCloneArgs(address(this)), (uint256, address, address, address));
    }

    function _onlyTimelock() private view {
        if (msg.sender != timelock()) revert Unauthorized(msg.sender);
    }
}
