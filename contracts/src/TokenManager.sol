// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Contributor, IModelDirectory, IRewardToken} from "./MintInterfaces.sol";
import {IAgentHooks, IModelLinks} from "./HexsInterfaces.sol";

/// @title TokenManager
/// @notice The only minter of DeltaOne rewards (F13, F16). Holds each model's reward
/// configuration (`configureTokenManager`: mint threshold, API fee rate, reward distribution,
/// tokens per DeltaOne, cap per improvement), its mint budget, and its price per call (F20).
///
/// Rewards. reward = min(tokensPerDeltaOne × deltaOnes, maxReward) where fractions of a DeltaOne
/// pay pro rata. `contributorBps` of it (default 70%) goes to the contributors by weight, the rest
/// to the model's owner. Parts are cut by cumulative rounding: contributor i receives
/// ⌊R·C_i/10^8⌋ − ⌊R·C_{i−1}/10^8⌋ where C_i is the running sum of weight × contributorBps, and the
/// owner the remainder. The parts therefore sum to R exactly and each lies within one wei of its
/// exact share, with one pass and no sorting.
///
/// Every mint also adds the contributors' parts to their training shares in the model's Agent
/// (F25), which makes first-time contributors members.
///
/// Roles. The admin (the protocol) sets the verifier once and the budgets. The model's owner, as
/// the registry reports it, or the admin sets up the rewards until the first reward is minted,
/// and may set a launch price once, before the first mint and the first settled call; from then
/// on only the model's DAO — its timelock, executing an approved proposal — changes them (F20):
/// `setPricePerCall` for the price, `setRewardParameters` for the rewards (or
/// `configureTokenManager`, which the timelock may also call).
/// A price change ramps linearly over 30 days.
contract TokenManager {
    uint256 private constant WAD = 1e18;
    uint256 private constant BPS = 10_000;
    /// @notice Most contributors one mint may pay.
    uint256 public constant MAX_CONTRIBUTORS = 100;
    /// @notice Default share of a reward for the contributors, in bps (70%).
    uint16 public constant DEFAULT_CONTRIBUTOR_BPS = 7_000;
    /// @notice Default mint threshold: one DeltaOne, in wad.
    uint96 public constant DEFAULT_MINT_THRESHOLD = 1e18;
    /// @notice Starting price per call in micro-USDC (0.002 USDC).
    uint64 public constant DEFAULT_PRICE_PER_CALL = 2_000;
    /// @notice How long a price change ramps.
    uint40 public constant PRICE_RAMP = 30 days;

    /// @notice A model's reward settings; two storage slots.
    struct RewardConfig {
        uint128 tokensPerDeltaOne; // token wei per whole DeltaOne
        uint128 maxReward; // token wei cap per improvement
        uint128 budget; // token wei still mintable
        uint96 mintThreshold; // DeltaOnes (wad) an improvement must reach
        uint16 contributorBps; // contributors' share of a reward
        bool configured;
        bool minted; // a reward was minted: from now on only the DAO changes the rewards
    }

    /// @notice What the owner sets in `configureTokenManager`.
    struct ManagerConfig {
        uint128 tokensPerDeltaOne;
        uint128 maxReward;
        uint96 mintThreshold; // 0: one DeltaOne
        uint16 contributorBps; // 0: 70%
        uint64 apiFeeRate; // price per call in micro-USDC; 0 keeps the current price
    }

    /// @notice A linear price ramp from `from` at `start` to `to` at `end`.
    struct PriceRamp {
        uint64 from;
        uint64 to;
        uint40 start;
        uint40 end;
        bool set;
    }

    IModelDirectory public immutable directory;
    /// @notice The protocol's admin.
    address public admin;
    /// @notice The DeltaOne verifier, the only caller of `mintReward`.
    address public verifier;

    mapping(uint256 => RewardConfig) private _config;
    mapping(uint256 => PriceRamp) private _price;

    /// @notice A model's reward settings changed.
    event TokenManagerConfigured(
        uint256 indexed modelId, uint256 tokensPerDeltaOne, uint256 maxReward, uint256 mintThreshold, uint256 contributorBps
    );
    /// @notice A model's remaining mint budget was set.
    event BudgetSet(uint256 indexed modelId, uint256 budget);
    /// @notice A reward was minted: `contributorsTotal` to the contributors, `ownerAmount` to `owner`.
    event RewardMinted(
        uint256 indexed modelId,
        uint256 deltaOnes,
        uint256 reward,
        uint256 contributorsTotal,
        uint256 ownerAmount,
        address owner,
        uint256 budgetLeft
    );
    /// @notice A price change started: it ramps from `from` to `to` between `start` and `end`.
    event PriceRampStarted(uint256 indexed modelId, uint256 from, uint256 to, uint256 start, uint256 end);
    /// @notice The verifier was set.
    event VerifierSet(address verifier);
    /// @notice The admin changed.
    event AdminChanged(address admin);

    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice The model does not exist in the registry.
    error UnknownModel(uint256 modelId);
    /// @notice The model's rewards are not configured yet.
    error RewardNotConfigured(uint256 modelId);
    /// @notice The improvement, in DeltaOnes (wad), is below the model's mint threshold.
    error ImprovementBelowThreshold(uint256 deltaOnes, uint256 threshold);
    /// @notice The reward would exceed the model's remaining mint budget.
    error BudgetExceeded(uint256 reward, uint256 budget);
    /// @notice The reward rounds to zero.
    error ZeroReward();
    /// @notice A mint must pay between 1 and 100 contributors.
    error BadContributorCount(uint256 count);
    /// @notice Contributor weights must sum to 10,000 bps.
    error WeightsNotTenThousand(uint256 sum);
    /// @notice A contributor appears twice.
    error RepeatedContributor(address account);
    /// @notice Contributors must be sorted by address, ascending.
    error ContributorsNotSorted(uint256 index);
    /// @notice A contributor has the zero address or a zero weight.
    error BadContributor(uint256 index);
    /// @notice A setting is out of range.
    error BadSetting(string name, uint256 value);
    /// @notice The verifier is already set.
    error VerifierAlreadySet();
    /// @notice Only the model's DAO (a proposal its timelock executes) changes the price per call
    /// once it was set or the model has settled calls.
    error PriceGovernedByDao(uint256 modelId);
    /// @notice The model minted rewards: only its DAO changes the reward parameters now.
    error RewardsGovernedByDao(uint256 modelId);

    constructor(IModelDirectory directory_, address admin_) {
        directory = directory_;
        admin = admin_;
    }

    modifier onlyAdmin() {
        if (msg.sender != admin) revert Unauthorized(msg.sender);
        _;
    }

    // ---------------------------------------------------------------- admin

    /// @notice Sets the verifier, once.
    function setVerifier(address verifier_) external onlyAdmin {
        if (verifier != address(0)) revert VerifierAlreadySet();
        verifier = verifier_;
        emit VerifierSet(verifier_);
    }

    /// @notice Hands the admin role to `admin_`.
    function setAdmin(address admin_) external onlyAdmin {
        admin = admin_;
        emit AdminChanged(admin_);
    }

    /// @notice Sets how many token wei the model may still mint as rewards; admin only.
    function setBudget(uint256 modelId, uint128 budget) external onlyAdmin {
        _config[modelId].budget = budget;
        emit BudgetSet(modelId, budget);
    }

    // ---------------------------------------------------------------- owner

    /// @notice Configures a model's rewards and API fee rate: the model's timelock (its DAO) at
    /// any time; the model's owner or the admin until the first mint, with a launch fee rate only
    /// while the price was never set and no call was settled.
    function configureTokenManager(uint256 modelId, ManagerConfig calldata c) external {
        address agent = _agentOf(modelId);
        if (msg.sender != IAgentHooks(agent).timelock()) {
            _onlyOwnerOrAdmin(modelId);
            if (_config[modelId].minted) revert RewardsGovernedByDao(modelId);
            if (c.apiFeeRate != 0 && c.apiFeeRate != _price[modelId].to) {
                (,,,, uint64 calls,) = IAgentHooks(agent).stats();
                if (_price[modelId].set || calls != 0) revert PriceGovernedByDao(modelId);
            }
        }
        _setRewards(modelId, c.tokensPerDeltaOne, c.maxReward, c.mintThreshold, c.contributorBps);
        if (c.apiFeeRate != 0 && c.apiFeeRate != _price[modelId].to) _startRamp(modelId, c.apiFeeRate);
    }

    /// @notice Sets a model's reward parameters — tokens per DeltaOne, the cap per improvement, the
    /// mint threshold (0: one DeltaOne) and the contributors' share (0: 70%) — leaving the price
    /// and the budget as they are; the model's timelock only, executing a proposal its DAO
    /// approved (F13, F20).
    function setRewardParameters(
        uint256 modelId,
        uint128 tokensPerDeltaOne,
        uint128 maxReward,
        uint96 mintThreshold,
        uint16 contributorBps
    ) external {
        _onlyTimelock(modelId);
        _setRewards(modelId, tokensPerDeltaOne, maxReward, mintThreshold, contributorBps);
    }

    /// @notice Starts a 30-day linear ramp of the model's price per call to `price` micro-USDC;
    /// the model's timelock only, executing a proposal its DAO approved.
    function setPricePerCall(uint256 modelId, uint64 price) external {
        _onlyTimelock(modelId);
        if (price == 0) revert BadSetting("price", 0);
        _startRamp(modelId, price);
    }

    // ---------------------------------------------------------------- verifier

    /// @notice Mints the reward for an improvement of `deltaOnes` (wad) to `contributors` and
    /// the owner; only the verifier, after it checked the request.
    /// @return reward token wei minted in all.
    function mintReward(uint256 modelId, uint256 deltaOnes, Contributor[] calldata contributors)
        external
        returns (uint256 reward)
    {
        if (msg.sender != verifier) revert Unauthorized(msg.sender);
        RewardConfig memory c = _config[modelId];
        if (!c.configured) revert RewardNotConfigured(modelId);
        if (deltaOnes < c.mintThreshold) revert ImprovementBelowThreshold(deltaOnes, c.mintThreshold);
        reward = rewardFor(c.tokensPerDeltaOne, c.maxReward, deltaOnes);
        if (reward == 0) revert ZeroReward();
        if (reward > c.budget) revert BudgetExceeded(reward, c.budget);
        uint256 budgetLeft = c.budget - reward;
        RewardConfig storage s = _config[modelId];
        s.budget = uint128(budgetLeft);
        s.minted = true;

        (address owner, address token, address agent) = directory.rewardAccounts(modelId);
        if (token == address(0)) revert UnknownModel(modelId);
        (address[] memory to, uint256[] memory amounts, uint256 paid) =
            _split(reward, c.contributorBps, contributors, owner);
        IRewardToken(token).mintBatch(to, amounts);
        uint256 n = contributors.length;
        assembly ("memory-safe") {
            mstore(to, n) // drop the owner's entry: the owner's part is not a training share
            mstore(amounts, n)
        }
        IAgentHooks(agent).recordMint(to, amounts);
        emit RewardMinted(modelId, deltaOnes, reward, paid, reward - paid, owner, budgetLeft);
    }

    // ---------------------------------------------------------------- views

    /// @notice The reward for `deltaOnes` (wad): tokensPerDeltaOne pro rata, capped at maxReward.
    function rewardFor(uint256 tokensPerDeltaOne, uint256 maxReward, uint256 deltaOnes) public pure returns (uint256) {
        uint256 r = tokensPerDeltaOne * deltaOnes / WAD;
        return r > maxReward ? maxReward : r;
    }

    /// @notice The parts a reward is cut into: one per contributor, in order, and the owner's.
    /// @dev The same arithmetic `mintReward` uses, for checks off-chain.
    function splitReward(uint256 reward, uint256 contributorBps, Contributor[] calldata contributors)
        external
        pure
        returns (uint256[] memory parts, uint256 ownerAmount)
    {
        (, uint256[] memory amounts,) = _split(reward, contributorBps, contributors, address(0));
        uint256 n = contributors.length;
        ownerAmount = amounts[n];
        assembly ("memory-safe") {
            mstore(amounts, n) // drop the owner's entry
        }
        parts = amounts;
    }

    /// @notice A model's reward configuration and remaining budget.
    function rewardConfig(uint256 modelId) external view returns (RewardConfig memory) {
        return _config[modelId];
    }

    /// @notice The model's price per call now, in micro-USDC, following any ramp in progress.
    function pricePerCall(uint256 modelId) public view returns (uint256) {
        return priceAt(modelId, block.timestamp);
    }

    /// @notice The model's price per call at time `t` (seconds) under the current ramp, in
    /// micro-USDC: `from` until the ramp starts, then linear, `to` from its end on (rounded
    /// toward `from`).
    function priceAt(uint256 modelId, uint256 t) public view returns (uint256) {
        PriceRamp memory p = _price[modelId];
        if (!p.set) return DEFAULT_PRICE_PER_CALL;
        if (t >= p.end) return p.to;
        if (t <= p.start) return p.from;
        uint256 elapsed = t - p.start;
        uint256 span = p.end - p.start;
        if (p.to >= p.from) return p.from + (uint256(p.to) - p.from) * elapsed / span;
        return p.from - (uint256(p.from) - p.to) * elapsed / span;
    }

    /// @notice The model's price ramp (all zero until the price was first changed).
    function priceRamp(uint256 modelId) external view returns (PriceRamp memory) {
        return _price[modelId];
    }

    // ---------------------------------------------------------------- internals

    /// @dev The recipients and amounts of a reward: the contributors in order, then the owner.
    function _split(uint256 reward, uint256 contributorBps, Contributor[] calldata cs, address owner)
        private
        pure
        returns (address[] memory to, uint256[] memory amounts, uint256 paid)
    {
        uint256 n = _checkCount(cs.length);
        to = new address[](n + 1);
        amounts = new uint256[](n + 1);
        uint256 wsum;
        address prev;
        for (uint256 i; i < n; ++i) {
            Contributor calldata k = cs[i];
            address account = k.account;
            _checkContributor(i, k, prev);
            prev = account;
            wsum += k.weightBps;
            uint256 upTo = reward * (wsum * contributorBps) / (BPS * BPS);
            to[i] = account;
            amounts[i] = upTo - paid;
            paid = upTo;
        }
        if (wsum != BPS) revert WeightsNotTenThousand(wsum);
        to[n] = owner;
        amounts[n] = reward - paid;
    }

    function _checkCount(uint256 n) private pure returns (uint256) {
        if (n == 0 || n > MAX_CONTRIBUTORS) revert BadContributorCount(n);
        return n;
    }

    function _checkContributor(uint256 i, Contributor calldata k, address prev) private pure {
        address a = k.account;
        if (a == address(0) || k.weightBps == 0) revert BadContributor(i);
        if (i != 0) {
            if (a == prev) revert RepeatedContributor(a);
            if (a < prev) revert ContributorsNotSorted(i);
        }
    }

    function _setRewards(uint256 modelId, uint128 perDeltaOne, uint128 maxReward, uint96 mintThreshold, uint16 contributorBps)
        private
    {
        uint256 bps = contributorBps == 0 ? DEFAULT_CONTRIBUTOR_BPS : contributorBps;
        if (bps > BPS) revert BadSetting("contributorBps", bps);
        uint256 threshold = mintThreshold == 0 ? DEFAULT_MINT_THRESHOLD : mintThreshold;
        if (perDeltaOne == 0) revert BadSetting("tokensPerDeltaOne", 0);
        if (maxReward == 0) revert BadSetting("maxReward", 0);
        RewardConfig storage s = _config[modelId];
        s.tokensPerDeltaOne = perDeltaOne;
        s.maxReward = maxReward;
        s.mintThreshold = uint96(threshold);
        s.contributorBps = uint16(bps);
        s.configured = true;
        emit TokenManagerConfigured(modelId, perDeltaOne, maxReward, threshold, bps);
    }

    function _startRamp(uint256 modelId, uint64 to) private {
        uint64 from = uint64(pricePerCall(modelId));
        uint40 start = uint40(block.timestamp);
        uint40 end = start + PRICE_RAMP;
        _price[modelId] = PriceRamp(from, to, start, end, true);
        emit PriceRampStarted(modelId, from, to, start, end);
    }

    function _agentOf(uint256 modelId) private view returns (address agent) {
        (agent,) = IModelLinks(address(directory)).modelLinks(modelId);
        if (agent == address(0)) revert UnknownModel(modelId);
    }

    function _timelockOf(uint256 modelId) private view returns (address) {
        return IAgentHooks(_agentOf(modelId)).timelock();
    }

    function _onlyTimelock(uint256 modelId) private view {
        if (msg.sender != _timelockOf(modelId)) revert Unauthorized(msg.sender);
    }

    function _onlyOwnerOrAdmin(uint256 modelId) private view {
        if (msg.sender == admin) return;
        (address owner,,) = directory.modelAccounts(modelId);
        if (owner == address(0)) revert UnknownModel(modelId);
        if (msg.sender != owner) revert Unauthorized(msg.sender);
    }
}
