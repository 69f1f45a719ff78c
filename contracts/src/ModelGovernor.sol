// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";
import {GovernorUpgradeable} from "@openzeppelin/contracts-upgradeable/governance/GovernorUpgradeable.sol";
import {GovernorSettingsUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorSettingsUpgradeable.sol";
import {GovernorCountingSimpleUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorCountingSimpleUpgradeable.sol";
import {GovernorVotesUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorVotesUpgradeable.sol";
import {GovernorVotesQuorumFractionUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorVotesQuorumFractionUpgradeable.sol";
import {TimelockControllerUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";
import {ISnapshotVotes} from "./Interfaces.sol";

/// @title ModelGovernor
/// @notice A model's DAO (F20, F27): OpenZeppelin's Governor with settings, simple counting
/// (against, for, abstain), token votes and a quorum fraction, executing through the model's
/// timelock. Votes are the model token's, on the token's clock (whole hours,
/// ModelToken.CLOCK_MODE), so the voting delay and period are in hours: delay 1, period 168
/// (7 days), quorum 10% of the supply at the snapshot, simple majority of for over against.
/// Votes by signature (`castVoteBySig`) may be relayed by anyone, so a member without ETH votes.
///
/// Lean timelock control. The Governor keeps OpenZeppelin's external interface (IGovernor names,
/// events, EIP-712 Ballot, `timelock()`), but not its proposal storage: `queue` and `execute`
/// take the proposal's calls and description hash as the base Governor does (they are in the
/// `ProposalCreated` event). Nor does it store a queued proposal's ETA or timelock id: the
/// model's timelock names this Governor's operations by their proposal id (ModelTimelock's
/// `hashOperationBatch`), so `proposalEta(id)` is the timelock's timestamp of operation `id`.
/// The timelock lets only this Governor propose, cancel and execute, so the Governor's record
/// (executed, canceled) and the timelock's timestamp together are the truth.
///
/// Lazy snapshots. `propose` tells the token the proposal's snapshot timepoint
/// (`ModelToken.snapshot`), so the token keeps votes and supply history only for the hours a
/// proposal will read; ModelToken's notes say why every snapshot read is exact.
/// @dev Used as an EIP-1167 clone with immutable args abi.encode(token, factory). The timelock is
/// the factory's CREATE2 clone of TIMELOCK_IMPLEMENTATION with args abi.encode(governor) and salt
/// 0, so its address is computed, not stored, and the clone needs no initialiser at all. The
/// name, EIP-712 domain name and version are constants and zero stored settings mean the
/// defaults above: `setVotingDelay(0)` and `updateQuorumNumerator(0)` restore them.
contract ModelGovernor is
    GovernorUpgradeable,
    GovernorSettingsUpgradeable,
    GovernorCountingSimpleUpgradeable,
    GovernorVotesUpgradeable,
    GovernorVotesQuorumFractionUpgradeable
{
    /// @notice Hours between proposing and the start of voting, unless a proposal changed it.
    uint48 public constant DEFAULT_VOTING_DELAY = 1;
    /// @notice Hours of voting (7 days), unless a proposal changed it.
    uint32 public constant DEFAULT_VOTING_PERIOD = 168;
    /// @notice Quorum in percent of the supply, unless a proposal changed it.
    uint256 public constant DEFAULT_QUORUM_PERCENT = 10;
    string private constant NAME = "Hokusai model DAO";

    /// @notice The implementation every model's timelock clones.
    address public immutable TIMELOCK_IMPLEMENTATION;

    /// @notice With a proposal threshold set, `proposer`'s votes changed in this hour (at hour
    /// `changed`); propose again from the next hour.
    error ProposerVotesChangedThisHour(address proposer, uint48 changed);

    constructor(address timelockImplementation) {
        TIMELOCK_IMPLEMENTATION = timelockImplementation;
        _disableInitializers();
    }

    /// @notice The Governor's name (also its EIP-712 domain name).
    function name() public pure override returns (string memory) {
        return NAME;
    }

    /// @notice The model token whose votes count, from the clone's arguments.
    function token() public view override returns (IERC5805 t) {
        (t,) = _args();
    }

    /// @notice The model's timelock, which holds and executes what the DAO approved.
    function timelock() public view returns (address) {
        (, address factory) = _args();
        return Clones.predictDeterministicAddressWithImmutableArgs(
            TIMELOCK_IMPLEMENTATION, abi.encode(address(this)), bytes32(0), factory
        );
    }

    /// @notice Hours from proposing to voting.
    function votingDelay() public view override(GovernorUpgradeable, GovernorSettingsUpgradeable) returns (uint256) {
        uint256 d = super.votingDelay();
        return d == 0 ? DEFAULT_VOTING_DELAY : d;
    }

    /// @notice Hours of voting.
    function votingPeriod() public view override(GovernorUpgradeable, GovernorSettingsUpgradeable) returns (uint256) {
        uint256 p = super.votingPeriod();
        return p == 0 ? DEFAULT_VOTING_PERIOD : p;
    }

    /// @notice Votes needed to propose (0 unless a proposal changed it).
    function proposalThreshold()
        public
        view
        override(GovernorUpgradeable, GovernorSettingsUpgradeable)
        returns (uint256)
    {
        return super.proposalThreshold();
    }

    /// @notice The quorum percentage now.
    function quorumNumerator() public view override returns (uint256) {
        uint256 q = super.quorumNumerator();
        return q == 0 ? DEFAULT_QUORUM_PERCENT : q;
    }

    /// @notice The quorum percentage at `timepoint`.
    function quorumNumerator(uint256 timepoint) public view override returns (uint256) {
        uint256 q = super.quorumNumerator(timepoint);
        return q == 0 ? DEFAULT_QUORUM_PERCENT : q;
    }

    /// @notice Creates a proposal (OpenZeppelin's `propose`). When a proposal threshold is set, the
    /// proposer's votes must not have changed in the current hour: the threshold is checked on
    /// the votes at `clock() - 1`, which the token keeps exactly only since the last change (its
    /// lazy snapshots), so votes moved in this hour — flash-borrowed or passed between accounts —
    /// cannot be counted.
    function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, string memory description)
        public
        override
        returns (uint256)
    {
        if (proposalThreshold() != 0) {
            address proposer = _msgSender();
            uint48 changed = ISnapshotVotes(address(token())).lastVotesChange(proposer);
            if (changed >= clock()) revert ProposerVotesChangedThisHour(proposer, changed);
        }
        return super.propose(targets, values, calldatas, description);
    }

    /// @dev OpenZeppelin's proposal creation, then the token is told the snapshot to keep.
    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    ) internal override returns (uint256 proposalId) {
        proposalId = super._propose(targets, values, calldatas, description, proposer);
        ISnapshotVotes(address(token())).snapshot(proposalSnapshot(proposalId));
    }

    /// @notice Queues a succeeded proposal in the timelock, by its calls; its ETA is the timelock's
    /// (see `proposalEta`), so the Governor writes nothing.
    function queue(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash)
        public
        override
        returns (uint256 proposalId)
    {
        proposalId = getProposalId(targets, values, calldatas, descriptionHash);
        _validateStateBitmap(proposalId, _encodeStateBitmap(ProposalState.Succeeded));
        emit ProposalQueued(proposalId, _queueOperations(proposalId, targets, values, calldatas, descriptionHash));
    }

    /// @notice When a queued proposal may execute (seconds); 0 before it is queued, after it was
    /// executed or canceled (the timelock keeps only "done" then).
    function proposalEta(uint256 proposalId) public view override returns (uint256) {
        uint256 ts = TimelockControllerUpgradeable(payable(timelock())).getTimestamp(bytes32(proposalId));
        return ts == 1 ? 0 : ts; // 1: the timelock's "done"
    }

    /// @notice Every proposal goes through the timelock.
    function proposalNeedsQueuing(uint256) public pure override returns (bool) {
        return true;
    }

    function _EIP712Name() internal pure override returns (string memory) {
        return NAME;
    }

    function _EIP712Version() internal pure override returns (string memory) {
        return "1";
    }

    /// @dev Schedules the calls in the timelock with its delay; the ETA is the Governor's record.
    function _queueOperations(
        uint256,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override returns (uint48) {
        TimelockControllerUpgradeable tl = TimelockControllerUpgradeable(payable(timelock()));
        uint256 delay = tl.getMinDelay();
        tl.scheduleBatch(targets, values, calldatas, 0, _timelockSalt(descriptionHash), delay);
        return uint48(block.timestamp + delay);
    }

    /// @dev Runs the queued calls through the timelock.
    function _executeOperations(
        uint256,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override {
        TimelockControllerUpgradeable(payable(timelock())).executeBatch{value: msg.value}(
            targets, values, calldatas, 0, _timelockSalt(descriptionHash)
        );
    }

    /// @dev Cancels the proposal and, when it was queued, its timelock operation.
    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override returns (uint256 proposalId) {
        proposalId = super._cancel(targets, values, calldatas, descriptionHash);
        if (proposalEta(proposalId) != 0) TimelockControllerUpgradeable(payable(timelock())).cancel(bytes32(proposalId));
    }

    function _executor() internal view override returns (address) {
        return timelock();
    }

    /// @dev The description hash: the timelock serves this Governor alone, and with this salt its
    /// operation id is the proposal id (OpenZeppelin XORs the Governor's address in for
    /// timelocks shared by several Governors).
    function _timelockSalt(bytes32 descriptionHash) private pure returns (bytes32) {
        return descriptionHash;
    }

    function _args() private view returns (IERC5805 t, address factory) {
        return abi.decode(Clones.fetchCloneArgs(address(this)), (IERC5805, address));
    }
}
