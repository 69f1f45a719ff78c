// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";
import {GovernorUpgradeable} from "@openzeppelin/contracts-upgradeable/governance/GovernorUpgradeable.sol";
import {GovernorSettingsUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorSettingsUpgradeable.sol";
import {GovernorCountingSimpleUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorCountingSimpleUpgradeable.sol";
import {GovernorStorageUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorStorageUpgradeable.sol";
import {GovernorVotesUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorVotesUpgradeable.sol";
import {GovernorVotesQuorumFractionUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorVotesQuorumFractionUpgradeable.sol";
import {GovernorTimelockControlUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorTimelockControlUpgradeable.sol";
import {TimelockControllerUpgradeable} from
    "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";

/// @title ModelGovernor
/// @notice A model's DAO (F20, F27): OpenZeppelin's Governor with settings, simple counting
/// (against, for, abstain), token votes, a quorum fraction, proposal storage (queue and execute
/// by id) and timelock control. Votes are the model token's, on the token's clock (whole hours,
/// ModelToken.CLOCK_MODE), so the voting delay and period are in hours: delay 1, period 168
/// (7 days), quorum 10% of the supply at the snapshot, simple majority of for over against.
/// Votes by signature (`castVoteBySig`) may be relayed by anyone, so a member without ETH votes.
/// @dev Used as an EIP-1167 clone with immutable args abi.encode(token). The name, EIP-712 domain
/// name and version are constants and zero stored settings mean the defaults above, so the
/// clone's initialiser only records its timelock. `setVotingDelay(0)` and
/// `updateQuorumNumerator(0)` therefore restore the defaults.
contract ModelGovernor is
    GovernorUpgradeable,
    GovernorSettingsUpgradeable,
    GovernorCountingSimpleUpgradeable,
    GovernorStorageUpgradeable,
    GovernorVotesUpgradeable,
    GovernorVotesQuorumFractionUpgradeable,
    GovernorTimelockControlUpgradeable
{
    /// @notice Hours between proposing and the start of voting, unless a proposal changed it.
    uint48 public constant DEFAULT_VOTING_DELAY = 1;
    /// @notice Hours of voting (7 days), unless a proposal changed it.
    uint32 public constant DEFAULT_VOTING_PERIOD = 168;
    /// @notice Quorum in percent of the supply, unless a proposal changed it.
    uint256 public constant DEFAULT_QUORUM_PERCENT = 10;
    string private constant NAME = "Hokusai model DAO";

    constructor() {
        _disableInitializers();
    }

    /// @notice Records the timelock; called once by the factory in the creating transaction.
    function initialize(address timelock_) external initializer {
        __GovernorTimelockControl_init(TimelockControllerUpgradeable(payable(timelock_)));
    }

    /// @notice The Governor's name (also its EIP-712 domain name).
    function name() public pure override returns (string memory) {
        return NAME;
    }

    /// @notice The model token whose votes count, from the clone's arguments.
    function token() public view override returns (IERC5805) {
        return IERC5805(abi.decode(Clones.fetchCloneArgs(address(this)), (address)));
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

    /// @inheritdoc GovernorUpgradeable
    function state(uint256 proposalId)
        public
        view
        override(GovernorUpgradeable, GovernorTimelockControlUpgradeable)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    /// @inheritdoc GovernorUpgradeable
    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(GovernorUpgradeable, GovernorTimelockControlUpgradeable)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _EIP712Name() internal pure override returns (string memory) {
        return NAME;
    }

    function _EIP712Version() internal pure override returns (string memory) {
        return "1";
    }

    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    ) internal override(GovernorUpgradeable, GovernorStorageUpgradeable) returns (uint256) {
        return super._propose(targets, values, calldatas, description, proposer);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(GovernorUpgradeable, GovernorTimelockControlUpgradeable) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(GovernorUpgradeable, GovernorTimelockControlUpgradeable) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(GovernorUpgradeable, GovernorTimelockControlUpgradeable) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor()
        internal
        view
        override(GovernorUpgradeable, GovernorTimelockControlUpgradeable)
        returns (address)
    {
        return super._executor();
    }
}
