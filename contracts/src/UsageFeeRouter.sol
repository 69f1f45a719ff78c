// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IFeePool, IModelDirectory} from "./MintInterfaces.sol";
import {CreditVault} from "./CreditVault.sol";
import {IAgentHooks, IModelLinks} from "./HexsInterfaces.sol";

/// @notice Where the router reads a model's price per call.
interface IPriceSource {
    /// @notice The model's price per call now, in micro-USDC.
    function pricePerCall(uint256 modelId) external view returns (uint256);
}

/// @title UsageFeeRouter
/// @notice Settles metered API usage in batches (F19): each entry debits a consumer's credit in
/// the CreditVault; per model the gross is split into the infrastructure share and the protocol
/// fee (both default 0, bounded), a fork's royalty to its parent model (default 5%), and the rest,
/// which is deposited into the model's pool reserve. Royalties are added to the parent's deposit,
/// so each model's pool receives exactly one transfer per batch. A batch id settles once.
///
/// Entries are packed one per word so a 100-entry batch costs little calldata:
/// consumer (bits 96–255) | model id (72–95) | amount in micro-USDC (24–71) | calls (0–23).
/// The settler (the gateway) splits larger usage into several entries.
///
/// Lineage. A fork's parent is the one the registry recorded when the fork was created
/// (ModelFactory.createFork), read and cached on the fork's first settlement. The royalty rate
/// is 5% unless the admin or the parent's DAO (its timelock) set another for that fork.
///
/// Ledger. For each model in a batch the router tells the model's Agent its calls, gross fees
/// and consumers; a consumer's first settled call makes them a member (F24).
/// Rounding: every share is rounded down, so the remainder goes to the model's reserve.
contract UsageFeeRouter {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;
    uint256 private constant ID_MASK = (1 << 24) - 1;
    uint256 private constant AMOUNT_MASK = (1 << 48) - 1;
    uint256 private constant CALLS_MASK = (1 << 24) - 1;
    /// @notice Largest protocol fee, in bps (10%).
    uint16 public constant MAX_PROTOCOL_FEE_BPS = 1_000;
    /// @notice Largest infrastructure share, in bps (50%).
    uint16 public constant MAX_INFRA_BPS = 5_000;
    /// @notice Largest royalty, in bps (20%).
    uint16 public constant MAX_ROYALTY_BPS = 2_000;
    /// @notice A fork's royalty to its parent unless set otherwise, in bps (5%).
    uint16 public constant DEFAULT_ROYALTY_BPS = 500;

    /// @notice A model's settlement terms; one storage slot.
    struct Terms {
        address pool; // cached from the registry on first settlement
        uint24 parent; // parent model id, 0 for none; cached with the pool
        uint16 royaltyBps; // used when royaltySet
        bool royaltySet;
        bool approved; // pool, parent and agent are cached and the pool may pull the router's USDC
    }

    /// @notice The credit vault debited by settlements.
    CreditVault public immutable vault;
    /// @notice The USDC token.
    IERC20 public immutable usdc;
    /// @notice Where owners and pools are read.
    IModelDirectory public immutable directory;
    /// @notice Where prices per call are read (the TokenManager).
    IPriceSource public immutable priceSource;

    /// @notice The protocol's admin.
    address public admin;
    /// @notice Receives the protocol fee.
    address public treasury;
    /// @notice Protocol fee in bps of API fees.
    uint16 public protocolFeeBps;
    /// @notice Receives the infrastructure share.
    address public infraRecipient;
    /// @notice Infrastructure share in bps of API fees.
    uint16 public infraBps;

    /// @notice Accounts allowed to settle.
    mapping(address => bool) public isSettler;
    /// @notice Whether a batch id was settled.
    mapping(bytes32 => bool) public batchSettled;
    mapping(uint256 => Terms) private _terms;
    mapping(uint256 => address) private _agents; // cached with the pool

    /// @notice A batch was settled: `total` micro-USDC over `entries` entries.
    event BatchSettled(bytes32 indexed batchId, uint256 entries, uint256 total, uint256 infra, uint256 protocolFee);
    /// @notice One model's part of a batch: its gross fees and calls and how they were split.
    event ModelFeesSettled(
        bytes32 indexed batchId,
        uint256 indexed modelId,
        uint256 gross,
        uint256 calls,
        uint256 infra,
        uint256 protocolFee,
        uint256 royalty,
        uint256 parentId
    );
    /// @notice `amount` micro-USDC went into the model's pool reserve (its fees net of shares,
    /// plus royalties from its forks).
    event ReserveDeposited(bytes32 indexed batchId, uint256 indexed modelId, address pool, uint256 amount);
    /// @notice A model's royalty rate was set.
    event RoyaltySet(uint256 indexed modelId, uint256 royaltyBps);
    /// @notice A settler was added or removed.
    event SettlerSet(address indexed settler, bool allowed);
    /// @notice The protocol fee or infrastructure share changed.
    event FeesSet(address treasury, uint256 protocolFeeBps, address infraRecipient, uint256 infraBps);
    /// @notice The admin changed.
    event AdminChanged(address admin);

    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice The batch id was already settled.
    error BatchAlreadySettled(bytes32 batchId);
    /// @notice The batch has no entries.
    error EmptyBatch();
    /// @notice The model (or its pool) does not exist in the registry.
    error UnknownModel(uint256 modelId);
    /// @notice A setting is out of range.
    error BadSetting(string name, uint256 value);

    constructor(CreditVault vault_, IModelDirectory directory_, IPriceSource priceSource_, address admin_) {
        vault = vault_;
        usdc = vault_.usdc();
        directory = directory_;
        priceSource = priceSource_;
        admin = admin_;
    }

    modifier onlyAdmin() {
        if (msg.sender != admin) revert Unauthorized(msg.sender);
        _;
    }

    // ---------------------------------------------------------------- admin

    /// @notice Allows or disallows `settler` to settle batches.
    function setSettler(address settler, bool allowed) external onlyAdmin {
        isSettler[settler] = allowed;
        emit SettlerSet(settler, allowed);
    }

    /// @notice Sets the protocol fee and the infrastructure share and their recipients.
    function setFees(address treasury_, uint16 protocolFeeBps_, address infraRecipient_, uint16 infraBps_)
        external
        onlyAdmin
    {
        if (protocolFeeBps_ > MAX_PROTOCOL_FEE_BPS) revert BadSetting("protocolFeeBps", protocolFeeBps_);
        if (infraBps_ > MAX_INFRA_BPS) revert BadSetting("infraBps", infraBps_);
        if (protocolFeeBps_ != 0 && treasury_ == address(0)) revert BadSetting("treasury", 0);
        if (infraBps_ != 0 && infraRecipient_ == address(0)) revert BadSetting("infraRecipient", 0);
        treasury = treasury_;
        protocolFeeBps = protocolFeeBps_;
        infraRecipient = infraRecipient_;
        infraBps = infraBps_;
        emit FeesSet(treasury_, protocolFeeBps_, infraRecipient_, infraBps_);
    }

    /// @notice Sets the royalty rate fork `modelId` pays its parent: the admin, or the parent's
    /// timelock (the parent's DAO).
    function setRoyalty(uint256 modelId, uint16 royaltyBps) external {
        if (msg.sender != admin) {
            (, uint256 parent) = _links().modelLinks(modelId);
            if (parent == 0) revert UnknownModel(modelId);
            (address parentAgent,) = _links().modelLinks(parent);
            if (msg.sender != IAgentHooks(parentAgent).timelock()) revert Unauthorized(msg.sender);
        }
        if (royaltyBps > MAX_ROYALTY_BPS) revert BadSetting("royaltyBps", royaltyBps);
        Terms storage t = _terms[modelId];
        t.royaltyBps = royaltyBps;
        t.royaltySet = true;
        emit RoyaltySet(modelId, royaltyBps);
    }

    /// @notice Hands the admin role to `admin_`.
    function setAdmin(address admin_) external onlyAdmin {
        admin = admin_;
        emit AdminChanged(admin_);
    }

    // ---------------------------------------------------------------- settlement

    /// @notice Settles a batch of packed usage entries; settlers only.
    /// @return total micro-USDC debited from consumers.
    function settle(bytes32 batchId, uint256[] calldata entries) external returns (uint256 total) {
        if (!isSettler[msg.sender]) revert Unauthorized(msg.sender);
        if (batchSettled[batchId]) revert BatchAlreadySettled(batchId);
        uint256 n = entries.length;
        if (n == 0) revert EmptyBatch();
        batchSettled[batchId] = true;

        // Per-model gross and calls, in memory; a batch usually touches few models.
        uint256[] memory ids = new uint256[](n);
        uint256[] memory gross = new uint256[](n);
        uint256[] memory calls = new uint256[](n);
        uint256[] memory slot = new uint256[](n); // entry i belongs to model ids[slot[i]]
        uint256 m;
        uint256 lastId = type(uint256).max;
        uint256 idx;
        for (uint256 i; i < n; ++i) {
            uint256 e = entries[i];
            uint256 id = (e >> 72) & ID_MASK;
            if (id != lastId) {
                idx = _indexOf(ids, m, id);
                if (idx == m) {
                    ids[m] = id;
                    ++m;
                }
                lastId = id;
            }
            slot[i] = idx;
            unchecked {
                gross[idx] += (e >> 24) & AMOUNT_MASK;
                calls[idx] += e & CALLS_MASK;
            }
        }

        total = vault.debit(entries);
        total = _distribute(batchId, ids, gross, calls, m, total);
        _recordUsage(entries, slot, ids, gross, calls, m);
    }

    // ---------------------------------------------------------------- views

    /// @notice The model's price per call now, in micro-USDC (kept by the TokenManager).
    function pricePerCall(uint256 modelId) external view returns (uint256) {
        return priceSource.pricePerCall(modelId);
    }

    /// @notice The model's parent model id, 0 for none (as the registry recorded it).
    function parentOf(uint256 modelId) external view returns (uint256 parent) {
        (, parent) = _links().modelLinks(modelId);
    }

    /// @notice The model's royalty rate to its parent, in bps.
    function royaltyBpsOf(uint256 modelId) public view returns (uint256) {
        Terms memory t = _terms[modelId];
        return t.royaltySet ? t.royaltyBps : DEFAULT_ROYALTY_BPS;
    }

    /// @notice Packs one settlement entry; the Go settler does the same.
    function packEntry(address consumer, uint256 modelId, uint256 amount, uint256 callCount)
        external
        pure
        returns (uint256)
    {
        if (modelId > ID_MASK) revert BadSetting("modelId", modelId);
        if (amount > AMOUNT_MASK) revert BadSetting("amount", amount);
        if (callCount > CALLS_MASK) revert BadSetting("calls", callCount);
        return uint256(uint160(consumer)) << 96 | modelId << 72 | amount << 24 | callCount;
    }

    // ---------------------------------------------------------------- internals

    function _indexOf(uint256[] memory ids, uint256 m, uint256 id) private pure returns (uint256 i) {
        for (; i < m; ++i) {
            if (ids[i] == id) return i;
        }
    }

    function _distribute(
        bytes32 batchId,
        uint256[] memory ids,
        uint256[] memory gross,
        uint256[] memory calls,
        uint256 m,
        uint256 total
    ) private returns (uint256) {
        // Reserve deposits per model, with room for parents that had no fees of their own.
        uint256[] memory depIds = new uint256[](2 * m);
        uint256[] memory dep = new uint256[](2 * m);
        uint256 d = m;
        for (uint256 i; i < m; ++i) {
            depIds[i] = ids[i];
        }
        uint256 pBps = protocolFeeBps;
        uint256 iBps = infraBps;
        uint256 infraTotal;
        uint256 protocolTotal;
        for (uint256 i; i < m; ++i) {
            uint256 id = ids[i];
            uint256 g = gross[i];
            uint256 infra = g * iBps / BPS;
            uint256 fee = g * pBps / BPS;
            Terms memory t = _load(id);
            uint256 royalty;
            if (t.parent != 0) {
                royalty = g * (t.royaltySet ? t.royaltyBps : DEFAULT_ROYALTY_BPS) / BPS;
                uint256 p = _indexOf(depIds, d, t.parent);
                if (p == d) {
                    depIds[d] = t.parent;
                    ++d;
                }
                dep[p] += royalty;
            }
            dep[i] += g - infra - fee - royalty;
            infraTotal += infra;
            protocolTotal += fee;
            emit ModelFeesSettled(batchId, id, g, calls[i], infra, fee, royalty, t.parent);
        }
        for (uint256 i; i < d; ++i) {
            uint256 amount = dep[i];
            if (amount == 0) continue;
            uint256 id = depIds[i];
            address pool = _load(id).pool;
            emit ReserveDeposited(batchId, id, pool, amount);
            IFeePool(pool).depositFees(amount);
        }
        if (infraTotal != 0) usdc.safeTransfer(infraRecipient, infraTotal);
        if (protocolTotal != 0) usdc.safeTransfer(treasury, protocolTotal);
        emit BatchSettled(batchId, ids.length, total, infraTotal, protocolTotal);
        return total;
    }

    /// @dev Tells each model's Agent its calls, gross fees and consumers (repeats included; the
    /// Agent skips known users). Consumers are grouped by model with a counting pass over `slot`.
    function _recordUsage(
        uint256[] calldata entries,
        uint256[] memory slot,
        uint256[] memory ids,
        uint256[] memory gross,
        uint256[] memory calls,
        uint256 m
    ) private {
        uint256 n = entries.length;
        uint256[] memory count = new uint256[](m);
        for (uint256 i; i < n; ++i) {
            ++count[slot[i]];
        }
        address[][] memory consumers = new address[][](m);
        for (uint256 j; j < m; ++j) {
            consumers[j] = new address[](count[j]);
            count[j] = 0;
        }
        for (uint256 i; i < n; ++i) {
            uint256 j = slot[i];
            consumers[j][count[j]++] = address(uint160(entries[i] >> 96));
        }
        for (uint256 j; j < m; ++j) {
            IAgentHooks(_agents[ids[j]]).recordUsage(calls[j], gross[j], consumers[j]);
        }
    }

    function _links() private view returns (IModelLinks) {
        return IModelLinks(address(directory));
    }

    /// @dev The model's terms; on the model's first settlement its pool, parent and Agent are read
    /// from the registry and cached, and the pool is approved to pull the router's USDC.
    function _load(uint256 id) private returns (Terms memory t) {
        t = _terms[id];
        if (t.approved) return t;
        (,, address pool) = directory.modelAccounts(id);
        if (pool == address(0)) revert UnknownModel(id);
        (address agent, uint256 parent) = _links().modelLinks(id);
        t.pool = pool;
        t.parent = uint24(parent);
        t.approved = true;
        _terms[id] = t;
        _agents[id] = agent;
        usdc.forceApprove(pool, type(uint256).max);
    }
}
