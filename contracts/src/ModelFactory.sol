// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {ModelRegistry} from "./ModelRegistry.sol";
import {ModelToken} from "./ModelToken.sol";
import {ModelPool} from "./ModelPool.sol";
import {OwnerVesting} from "./OwnerVesting.sol";
import {ModelAgent} from "./ModelAgent.sol";
import {ModelGovernor} from "./ModelGovernor.sol";

/// @title ModelFactory
/// @notice The single entrance (F23): one `createModel` call validates the request, creates the
/// model's token, pool, owner vesting and Agent — with the Agent's DAO, a Governor and its
/// timelock — as EIP-1167 clones, mints the initial supply into the vesting contract and records
/// the model, its Agent and its parent (for a fork, `createFork`) in the registry.
contract ModelFactory is Ownable2Step {
    uint256 private constant WAD = 1e18;
    /// @notice Largest initial supply or tokens per DeltaOne: 1e12 whole tokens, in wei.
    uint256 public constant MAX_SUPPLY = 1e30;
    /// @notice Smallest allowed reserve ratio (5%).
    uint64 public constant MIN_CRR = 0.05e18;
    /// @notice Largest allowed trade fee (10%).
    uint16 public constant MAX_FEE_BPS = 1000;
    /// @notice Largest metric enum value (custom).
    uint8 public constant MAX_METRIC = 11;

    /// @notice What `createModel` takes. Scores in wad, token amounts in token wei.
    struct CreateModelParams {
        string name;
        string ticker;
        uint8 metric;
        uint8 direction;
        int256 baseline;
        uint256 deltaOne;
        uint8 license;
        uint256 initialSupply;
        uint256 tokensPerDeltaOne;
        uint256 expectedDeltaOnes;
        string metadata;
    }

    /// @notice Settings given to every new pool.
    struct PoolDefaults {
        uint64 flatPrice; // micro-USDC per whole token (10_000 = 0.01 USDC), below 2^56
        uint64 crr; // reserve ratio in wad (0.1e18 = 10%), 5%–100%
        uint16 feeBps; // trade fee in basis points (30 = 0.30%), at most 10%
        uint16 maxTradeBps; // max trade as a share of max(reserve, maxTradeFloor) (2000 = 20%)
        uint32 buyOnlyWindow; // seconds after launch during which sells are refused
        uint64 maxTradeFloor; // micro-USDC: the reserve the max trade assumes while it is smaller
    }

    /// @notice The registry this factory records into.
    ModelRegistry public immutable registry;
    /// @notice The reserve token every pool uses.
    address public immutable usdc;
    /// @notice Implementation cloned for each token.
    address public immutable tokenImplementation;
    /// @notice Implementation cloned for each pool.
    address public immutable poolImplementation;
    /// @notice Implementation cloned for each owner vesting.
    address public immutable vestingImplementation;
    /// @notice Implementation cloned for each Agent.
    address public immutable agentImplementation;
    /// @notice Implementation cloned for each Governor.
    address public immutable governorImplementation;
    /// @notice Implementation cloned for each timelock.
    address public immutable timelockImplementation;

    /// @notice Where pools sweep their trade fees.
    address public treasury;
    PoolDefaults private _defaults;

    /// @notice The pool defaults changed.
    event PoolDefaultsSet(PoolDefaults defaults);
    /// @notice The treasury changed.
    event TreasurySet(address indexed treasury);

    /// @notice The name must be 1–64 bytes.
    /// @notice The Governor implementation computes its timelock from another timelock implementation.
    error GovernorTimelockMismatch(address governor, address timelock);
    error NameLengthInvalid(uint256 length);
    /// @notice The ticker must be 3–6 characters A–Z.
    error TickerInvalid(string ticker);
    /// @notice The ticker is already registered under `id`.
    error TickerTaken(string ticker, uint256 id);
    /// @notice The metric is not one of 0..11.
    error MetricUnknown(uint8 metric);
    /// @notice The direction is not 0 (max) or 1 (min).
    error DirectionUnknown(uint8 direction);
    /// @notice The licence is not 0, 1 or 2.
    error LicenseUnknown(uint8 license);
    /// @notice The baseline lies outside the metric's range.
    error BaselineOutOfRange(uint8 metric, int256 baseline);
    /// @notice A proportion's DeltaOne must be 0 (default) or 0.01e18.
    error DeltaOneInvalid(uint8 metric, uint256 deltaOne);
    /// @notice The default DeltaOne (1% of |baseline|) is zero; give one.
    error DeltaOneRequired(uint8 metric, int256 baseline);
    /// @notice The initial supply must be positive and at most MAX_SUPPLY.
    error InitialSupplyInvalid(uint256 initialSupply);
    /// @notice Tokens per DeltaOne must be positive and at most MAX_SUPPLY.
    error TokensPerDeltaOneInvalid(uint256 tokensPerDeltaOne);
    /// @notice The reserve ratio must lie in 5%–100%.
    error CrrOutOfRange(uint64 crr);
    /// @notice The trade fee must be at most 10%.
    error FeeTooHigh(uint16 feeBps);
    /// @notice The max trade share must lie in (0, 100%].
    error MaxTradeInvalid(uint16 maxTradeBps);
    /// @notice The flat price must be positive and below 2^56 micro-USDC.
    error FlatPriceInvalid(uint64 flatPrice);
    /// @notice An address argument is zero.
    error ZeroAddress();

    /// @notice The implementations cloned for each model's Agent and DAO.
    struct HexsImplementations {
        address agent;
        address governor;
        address timelock;
    }

    constructor(
        address admin,
        ModelRegistry registry_,
        address usdc_,
        address tokenImpl,
        address poolImpl,
        address vestingImpl,
        HexsImplementations memory hexs,
        address treasury_,
        PoolDefaults memory defaults
    ) Ownable(admin) {
        if (
            address(registry_) == address(0) || usdc_ == address(0) || tokenImpl == address(0)
                || poolImpl == address(0) || vestingImpl == address(0) || treasury_ == address(0)
                || hexs.agent == address(0) || hexs.governor == address(0) || hexs.timelock == address(0)
        ) revert ZeroAddress();
        if (ModelGovernor(payable(hexs.governor)).TIMELOCK_IMPLEMENTATION() != hexs.timelock) {
            revert GovernorTimelockMismatch(hexs.governor, hexs.timelock);
        }
        agentImplementation = hexs.agent;
        governorImplementation = hexs.governor;
        timelockImplementation = hexs.timelock;
        registry = registry_;
        usdc = usdc_;
        tokenImplementation = tokenImpl;
        poolImplementation = poolImpl;
        vestingImplementation = vestingImpl;
        treasury = treasury_;
        _setPoolDefaults(defaults);
        emit TreasurySet(treasury_);
    }

    /// @notice F17's defaults: 0.01 USDC flat price, CRR 10%, fee 0.30%, max trade 20%,
    /// 7-day buy-only launch, and a 1,000 USDC reserve floor for the max trade.
    function standardPoolDefaults() external pure returns (PoolDefaults memory) {
        return PoolDefaults({
            flatPrice: 10_000,
            crr: 0.1e18,
            feeBps: 30,
            maxTradeBps: 2000,
            buyOnlyWindow: 7 days,
            maxTradeFloor: 1_000e6
        });
    }

    /// @notice Settings the next pools get.
    function poolDefaults() external view returns (PoolDefaults memory) {
        return _defaults;
    }

    /// @notice Changes the settings for pools created from now on; admin only.
    function setPoolDefaults(PoolDefaults calldata d) external onlyOwner {
        _setPoolDefaults(d);
    }

    /// @notice Changes where every pool sweeps its fees; admin only.
    function setTreasury(address treasury_) external onlyOwner {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    /// @notice Creates a model's token, pool, owner vesting, Agent and DAO, owned by the caller;
    /// returns its id.
    function createModel(CreateModelParams calldata p) external returns (uint256 id) {
        return _create(p, 0, 0);
    }

    /// @notice Creates a model like `createModel` as a fork of model `parentId` at its version
    /// `parentVersion`; the registry records the parent immutably and settlement pays it the
    /// fork's royalty.
    function createFork(CreateModelParams calldata p, uint64 parentId, uint32 parentVersion)
        external
        returns (uint256 id)
    {
        return _create(p, parentId, parentVersion);
    }

    function _create(CreateModelParams calldata p, uint64 parentId, uint32 parentVersion) private returns (uint256 id) {
        uint256 deltaOne = _validate(p);
        uint256 expected = registry.modelCount() + 1;

        address token = Clones.clone(tokenImplementation);
        address vesting = Clones.clone(vestingImplementation);
        address pool;
        {
            PoolDefaults memory d = _defaults;
            ModelPool.Config memory c = ModelPool.Config({
                token: token,
                usdc: usdc,
                factory: address(this),
                vestTotal: uint128(p.initialSupply),
                vestStart: uint40(block.timestamp),
                crr: d.crr,
                feeBps: d.feeBps,
                maxTradeBps: d.maxTradeBps,
                launchEndsAt: uint40(block.timestamp + d.buyOnlyWindow),
                flatPrice: d.flatPrice,
                maxTradeFloor: d.maxTradeFloor
            });
            pool = Clones.cloneWithImmutableArgs(poolImplementation, abi.encode(c));
        }

        OwnerVesting(vesting).initialize(
            token, address(registry), uint96(expected), uint128(p.initialSupply), uint64(block.timestamp)
        );
        // The Governor first (args: token, this factory): the token keeps its address.
        address governor = Clones.cloneWithImmutableArgs(governorImplementation, abi.encode(token, address(this)));
        ModelToken(token).initialize(p.name, p.ticker, pool, address(registry), governor, vesting, p.initialSupply);
        address agent = _createAgent(expected, token, governor);

        id = registry.register(
            ModelRegistry.Model({
                owner: msg.sender,
                token: token,
                pool: pool,
                vesting: vesting,
                metric: p.metric,
                direction: p.direction,
                license: p.license,
                baseline: p.baseline,
                deltaOne: deltaOne,
                initialSupply: p.initialSupply,
                tokensPerDeltaOne: p.tokensPerDeltaOne,
                expectedDeltaOnes: p.expectedDeltaOnes,
                createdAt: 0,
                name: p.name,
                ticker: p.ticker
            }),
            p.metadata
        );
        assert(id == expected);
        registry.link(id, agent, parentId, parentVersion);
    }

    /// @dev The Governor's timelock (args: governor; CREATE2 with salt 0, so the Governor
    /// computes its address and needs no initialiser) and the Agent (args: id, token, governor,
    /// timelock), with the caller as the Agent's first member.
    function _createAgent(uint256 id, address token, address governor) private returns (address agent) {
        address timelock = Clones.cloneDeterministicWithImmutableArgs(timelockImplementation, abi.encode(governor), 0);
        agent = Clones.cloneWithImmutableArgs(agentImplementation, abi.encode(id, token, governor, timelock));
        ModelAgent(agent).initialize(msg.sender);
    }

    /// @dev Checks every field and returns the DeltaOne to store.
    function _validate(CreateModelParams calldata p) private view returns (uint256 deltaOne) {
        uint256 nameLen = bytes(p.name).length;
        if (nameLen == 0 || nameLen > 64) revert NameLengthInvalid(nameLen);
        bytes calldata t = bytes(p.ticker);
        if (t.length < 3 || t.length > 6) revert TickerInvalid(p.ticker);
        for (uint256 i; i < t.length; ++i) {
            if (t[i] < "A" || t[i] > "Z") revert TickerInvalid(p.ticker);
        }
        uint256 taken = registry.modelIdByTicker(p.ticker);
        if (taken != 0) revert TickerTaken(p.ticker, taken);
        if (p.metric > MAX_METRIC) revert MetricUnknown(p.metric);
        if (p.direction > 1) revert DirectionUnknown(p.direction);
        if (p.license > 2) revert LicenseUnknown(p.license);

        int256 b = p.baseline;
        int256 one = int256(WAD);
        if (p.metric <= 4) {
            // accuracy, precision, recall, f1, auc_roc: proportions in [0, 1]
            if (b < 0 || b > one) revert BaselineOutOfRange(p.metric, b);
            if (p.deltaOne != 0 && p.deltaOne != WAD / 100) revert DeltaOneInvalid(p.metric, p.deltaOne);
            deltaOne = WAD / 100;
        } else {
            if (p.metric == 9) {
                if (b > one) revert BaselineOutOfRange(p.metric, b); // r2 ≤ 1
            } else if (p.metric == 10) {
                if (b < one) revert BaselineOutOfRange(p.metric, b); // perplexity ≥ 1
            } else if (p.metric != 11) {
                if (b < 0) revert BaselineOutOfRange(p.metric, b); // log loss, mse, rmse, mae ≥ 0
            }
            deltaOne = p.deltaOne;
            if (deltaOne == 0) {
                deltaOne = (b < 0 ? uint256(-(b + 1)) + 1 : uint256(b)) / 100;
                if (deltaOne == 0) revert DeltaOneRequired(p.metric, b);
            }
        }
        if (p.initialSupply == 0 || p.initialSupply > MAX_SUPPLY) revert InitialSupplyInvalid(p.initialSupply);
        if (p.tokensPerDeltaOne == 0 || p.tokensPerDeltaOne > MAX_SUPPLY) {
            revert TokensPerDeltaOneInvalid(p.tokensPerDeltaOne);
        }
    }

    function _setPoolDefaults(PoolDefaults memory d) private {
        if (d.crr < MIN_CRR || d.crr > WAD) revert CrrOutOfRange(d.crr);
        if (d.feeBps > MAX_FEE_BPS) revert FeeTooHigh(d.feeBps);
        if (d.maxTradeBps == 0 || d.maxTradeBps > 10_000) revert MaxTradeInvalid(d.maxTradeBps);
        if (d.flatPrice == 0 || d.flatPrice > type(uint56).max) revert FlatPriceInvalid(d.flatPrice);
        _defaults = d;
        emit PoolDefaultsSet(d);
    }
}
