// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @notice The registry calls the market makes.
interface IMarketRegistry {
    /// @notice The model's owner, token and pool.
    function modelAccounts(uint256 id) external view returns (address owner, address token, address pool);
    /// @notice Hands the model to `to`; the market only.
    function transferModel(uint256 id, address to) external;
}

/// @title ModelMarket
/// @notice Buying a model outright (F28): its owner lists it for a USDC price; a buyer pays the
/// seller and receives every owner right in the same transaction, or nothing happens. The rights
/// all follow the registry's owner — the registry record, the Agent's owner membership (the
/// registry tells the Agent), the owner's part of every later DeltaOne reward (the token manager
/// reads the owner at each mint) and the owner vesting's beneficiary (the vesting reads it at each
/// release) — so one registry write moves them together. A listing is cancelled by its seller and
/// lapses when the model changes hands.
contract ModelMarket {
    using SafeERC20 for IERC20;

    /// @notice A model for sale.
    struct Listing {
        address seller;
        uint96 price; // micro-USDC
    }

    /// @notice The registry whose owners this market moves.
    IMarketRegistry public immutable registry;
    /// @notice The token prices are paid in.
    IERC20 public immutable usdc;
    mapping(uint256 modelId => Listing) private _listings;

    /// @notice The owner listed the model for `price` micro-USDC.
    event Listed(uint256 indexed modelId, address indexed seller, uint256 price);
    /// @notice The listing was cancelled.
    event ListingCancelled(uint256 indexed modelId, address indexed seller);
    /// @notice `buyer` paid `seller` `price` micro-USDC and now owns the model.
    event Sold(uint256 indexed modelId, address indexed seller, address indexed buyer, uint256 price);

    /// @notice The caller is not the model's owner (or the listing's seller).
    error NotOwner(uint256 modelId, address caller);
    /// @notice The price must be positive.
    error ZeroPrice();
    /// @notice The model is not listed (or its listing lapsed when it changed hands).
    error NotListed(uint256 modelId);
    /// @notice The price is above what the buyer accepted.
    error PriceAboveMax(uint256 price, uint256 maxPrice);
    /// @notice The owner cannot buy their own model.
    error SelfPurchase(uint256 modelId);

    constructor(IMarketRegistry registry_, IERC20 usdc_) {
        registry = registry_;
        usdc = usdc_;
    }

    /// @notice Lists the caller's model for `price` micro-USDC, replacing any earlier listing.
    function list(uint256 modelId, uint96 price) external {
        (address owner,,) = registry.modelAccounts(modelId);
        if (owner == address(0) || msg.sender != owner) revert NotOwner(modelId, msg.sender);
        if (price == 0) revert ZeroPrice();
        _listings[modelId] = Listing(msg.sender, price);
        emit Listed(modelId, msg.sender, price);
    }

    /// @notice Cancels the caller's listing.
    function cancel(uint256 modelId) external {
        Listing memory l = _listings[modelId];
        if (l.seller == address(0)) revert NotListed(modelId);
        if (msg.sender != l.seller) revert NotOwner(modelId, msg.sender);
        delete _listings[modelId];
        emit ListingCancelled(modelId, msg.sender);
    }

    /// @notice Buys a listed model for at most `maxPrice` micro-USDC (pulled from the caller,
    /// who approved this market) and takes every owner right.
    function buy(uint256 modelId, uint256 maxPrice) external {
        Listing memory l = listing(modelId);
        if (l.seller == address(0)) revert NotListed(modelId);
        if (l.price > maxPrice) revert PriceAboveMax(l.price, maxPrice);
        if (msg.sender == l.seller) revert SelfPurchase(modelId);
        delete _listings[modelId];
        usdc.safeTransferFrom(msg.sender, l.seller, l.price);
        registry.transferModel(modelId, msg.sender);
        emit Sold(modelId, l.seller, msg.sender, l.price);
    }

    /// @notice The model's listing; all zero when none or when it lapsed.
    function listing(uint256 modelId) public view returns (Listing memory l) {
        l = _listings[modelId];
        if (l.seller == address(0)) return l;
        (address owner,,) = registry.modelAccounts(modelId);
        if (owner != l.seller) return Listing(address(0), 0);
    }
}
