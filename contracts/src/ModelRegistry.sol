// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IAgentHooks} from "./HexsInterfaces.sol";

/// @title ModelRegistry
/// @notice Every model the factory created: owner, token, pool, vesting, metric and supply plan,
/// and its Agent and parent (lineage, fixed at creation). Only the factory registers; the admin
/// (owner) sets the factory, the protocol's minters, its usage recorders and the market, which
/// alone moves a model to a buyer.
contract ModelRegistry is Ownable2Step {
    /// @notice A registered model. Scores are in wad (18 decimals); token amounts in token wei.
    /// The enums follow the Go root package: metric = hokusai.Metric (0 accuracy … 11 custom),
    /// direction = hokusai.Direction (0 max, 1 min), license = hokusai.License (0 decentralized,
    /// 1 proprietary, 2 open-source).
    struct Model {
        address owner;
        address token;
        address pool;
        address vesting; // OwnerVesting holding the initial supply
        uint8 metric;
        uint8 direction;
        uint8 license;
        int256 baseline; // wad
        uint256 deltaOne; // wad, in the metric's units
        uint256 initialSupply; // token wei
        uint256 tokensPerDeltaOne; // token wei
        uint256 expectedDeltaOnes; // over two years
        uint64 createdAt; // block timestamp
        string name;
        string ticker;
    }

    /// @notice The only address that may register models.
    address public factory;
    /// @notice Addresses (the token manager) that may mint any model's token.
    mapping(address account => bool) public isMinter;
    /// @notice Model id for a ticker; 0 when none.
    mapping(string ticker => uint256 id) public modelIdByTicker;
    Model[] private _models;

    /// @notice A model's Agent and lineage; one storage slot, written once at creation.
    struct Links {
        address agent;
        uint64 parentId; // 0: not a fork
        uint32 parentVersion; // the parent's version the fork was made from
    }

    /// @notice Addresses (the fee router) that record settled usage in Agents.
    mapping(address account => bool) public isUsageRecorder;
    /// @notice The marketplace, the only address that moves a model to a buyer.
    address public market;
    mapping(uint256 id => Links) private _links;

    /// @notice A model was created; `metadata` is a JSON document (description, category, tags), not stored.
    event ModelCreated(
        uint256 indexed id, address indexed owner, address token, address pool, address vesting, string ticker, string metadata
    );
    /// @notice The factory changed.
    event FactorySet(address indexed factory);
    /// @notice `account`'s minter right changed.
    event MinterSet(address indexed account, bool allowed);

    /// @notice The model's Agent and parent were recorded.
    event ModelLinked(uint256 indexed id, address agent, uint256 parentId, uint256 parentVersion);
    /// @notice The model was sold: `to` now owns it.
    event ModelTransferred(uint256 indexed id, address indexed from, address indexed to);
    /// @notice `account`'s usage-recorder right changed.
    event UsageRecorderSet(address indexed account, bool allowed);
    /// @notice The market changed.
    event MarketSet(address indexed market);

    /// @notice `caller` is not the market.
    error NotMarket(address caller);
    /// @notice The model's links were already recorded.
    error AlreadyLinked(uint256 id);
    /// @notice The parent must be an existing model other than the fork, with version 0 when none.
    error ParentInvalid(uint256 parentId, uint256 parentVersion);
    /// @notice `caller` is not the factory.
    error NotFactory(address caller);
    /// @notice No model has this id.
    error ModelNotFound(uint256 id);
    /// @notice The ticker is already registered under `id`.
    error TickerTaken(string ticker, uint256 id);
    /// @notice An address argument is zero.
    error ZeroAddress();

    constructor(address admin) Ownable(admin) {}

    /// @notice Sets the factory; admin only.
    function setFactory(address factory_) external onlyOwner {
        if (factory_ == address(0)) revert ZeroAddress();
        factory = factory_;
        emit FactorySet(factory_);
    }

    /// @notice Grants or revokes `account`'s right to mint model tokens; admin only.
    function setMinter(address account, bool allowed) external onlyOwner {
        if (account == address(0)) revert ZeroAddress();
        isMinter[account] = allowed;
        emit MinterSet(account, allowed);
    }

    /// @notice Grants or revokes `account`'s right to record settled usage; admin only.
    function setUsageRecorder(address account, bool allowed) external onlyOwner {
        if (account == address(0)) revert ZeroAddress();
        isUsageRecorder[account] = allowed;
        emit UsageRecorderSet(account, allowed);
    }

    /// @notice Sets the market; admin only.
    function setMarket(address market_) external onlyOwner {
        if (market_ == address(0)) revert ZeroAddress();
        market = market_;
        emit MarketSet(market_);
    }

    /// @notice Records a model's Agent and parent, once, in the creating transaction; factory only.
    function link(uint256 id, address agent, uint64 parentId, uint32 parentVersion) external {
        if (msg.sender != factory) revert NotFactory(msg.sender);
        if (id == 0 || id > _models.length) revert ModelNotFound(id);
        if (agent == address(0)) revert ZeroAddress();
        if (_links[id].agent != address(0)) revert AlreadyLinked(id);
        if (parentId >= id || (parentId == 0 && parentVersion != 0)) revert ParentInvalid(parentId, parentVersion);
        _links[id] = Links(agent, parentId, parentVersion);
        emit ModelLinked(id, agent, parentId, parentVersion);
    }

    /// @notice Hands model `id` to `to` and tells its Agent; the market only, when `to` bought it.
    function transferModel(uint256 id, address to) external {
        if (msg.sender != market) revert NotMarket(msg.sender);
        if (id == 0 || id > _models.length) revert ModelNotFound(id);
        if (to == address(0)) revert ZeroAddress();
        Model storage m = _models[id - 1];
        address from = m.owner;
        m.owner = to;
        emit ModelTransferred(id, from, to);
        IAgentHooks(_links[id].agent).ownerChanged(to);
    }

    /// @notice Records a model and returns its id (from 1); factory only. `createdAt` is set here.
    function register(Model calldata m, string calldata metadata) external returns (uint256 id) {
        if (msg.sender != factory) revert NotFactory(msg.sender);
        uint256 taken = modelIdByTicker[m.ticker];
        if (taken != 0) revert TickerTaken(m.ticker, taken);
        _models.push(m);
        id = _models.length;
        _models[id - 1].createdAt = uint64(block.timestamp);
        modelIdByTicker[m.ticker] = id;
        emit ModelCreated(id, m.owner, m.token, m.pool, m.vesting, m.ticker, metadata);
    }

    /// @notice Number of models; ids run from 1 to this.
    function modelCount() external view returns (uint256) {
        return _models.length;
    }

    /// @notice The model with this id.
    function getModel(uint256 id) external view returns (Model memory) {
        if (id == 0 || id > _models.length) revert ModelNotFound(id);
        return _models[id - 1];
    }

    /// @notice The model's owner, token and pool, all zero for an unknown id; a cheap read for
    /// the mint and settlement contracts (IModelDirectory in MintInterfaces.sol).
    function modelAccounts(uint256 id) external view returns (address owner, address token, address pool) {
        if (id == 0 || id > _models.length) return (address(0), address(0), address(0));
        Model storage m = _models[id - 1];
        return (m.owner, m.token, m.pool);
    }

    /// @notice The model's owner, token and Agent, all zero for an unknown id: what the token
    /// manager needs to pay a reward, in one call and without reading the pool.
    function rewardAccounts(uint256 id) external view returns (address owner, address token, address agent) {
        if (id == 0 || id > _models.length) return (address(0), address(0), address(0));
        Model storage m = _models[id - 1];
        return (m.owner, m.token, _links[id].agent);
    }

    /// @notice The model's Agent, parent id and parent version; all zero for an unknown id.
    function linksOf(uint256 id) external view returns (Links memory) {
        return _links[id];
    }

    /// @notice The model's Agent and parent id; all zero for an unknown id. A cheap read for the
    /// token manager and the fee router (IModelLinks in HexsInterfaces.sol).
    function modelLinks(uint256 id) external view returns (address agent, uint256 parentId) {
        Links storage l = _links[id];
        return (l.agent, l.parentId);
    }
}
