// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

/// @title ModelRegistry
/// @notice Every model the factory created: owner, token, pool, vesting, metric and supply plan.
/// Only the factory registers; the admin (owner) sets the factory and the protocol's minters.
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

    /// @notice A model was created; `metadata` is a JSON document (description, category, tags), not stored.
    event ModelCreated(
        uint256 indexed id, address indexed owner, address token, address pool, address vesting, string ticker, string metadata
    );
    /// @notice The factory changed.
    event FactorySet(address indexed factory);
    /// @notice `account`'s minter right changed.
    event MinterSet(address indexed account, bool allowed);

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
}
