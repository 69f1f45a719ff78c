// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Contributor, IModelDirectory} from "./MintInterfaces.sol";
import {ModelRegistry} from "./ModelRegistry.sol";
import {Groth16} from "./Groth16.sol";
import {SignTest} from "./SignTest.sol";

/// @notice The token manager call the verifier makes.
interface IRewardMinter {
    /// @notice Mints the reward for `deltaOnes` (wad) to the contributors and the owner.
    function mintReward(uint256 modelId, uint256 deltaOnes, Contributor[] calldata contributors)
        external
        returns (uint256 reward);
}

/// @title DeltaOneVerifier
/// @notice Verifies DeltaOne improvements (F12, F14 oracle method) and has the TokenManager mint
/// their rewards (F13).
///
/// A mint request is EIP-712 typed data whose domain binds the chain id and this contract's
/// address. It is accepted when at least k of the model's registered attesters signed it
/// (signatures ordered by signer address, ascending, so signers are distinct; low-s only), its
/// baseline equals the model's current head score, its benchmark hash equals the one committed for
/// the model, the candidate improves on it (the mint threshold in DeltaOnes is the TokenManager's)
/// with a positive lower bound of the interval, its deadline has not passed and its idempotency key
/// was never used. Then the head ratchets to the candidate's score and digest, and the reward is
/// minted.
///
/// The head is never the owner's word: the admin (the platform, whose evaluator measured the head
/// version on the hidden test split) commits a model's benchmark — the keccak256 of the ABI-encoded
/// benchmark specification — together with the measured head score and digest. Committing again
/// (an explicit change of benchmark) resets the head to the newly measured score.
///
/// A model configured with the zkProof method mints on a Groth16 proof instead (`mintWithProof`):
/// the proof shows that the head's and the candidate's committed weights, scored under the
/// fixed-point specification of the Go `zk` package on the committed hidden test split of `rows`
/// rows, leave b rows right only for the candidate and c only for the head. The contract holds the
/// model's state — the Poseidon2 hash of the head's weights commitment and the split commitment —
/// and checks the proof against it and under the model's verifying key (one per circuit shape and
/// ceremony, stored once as a data contract and named by its hash); the proof's other public inputs
/// are the new state (the candidate's commitment with the same split commitment) and one word
/// packing b, c and the request's binding. Committing a benchmark again (a new benchmark or a head
/// reset) unsets the model's zk key, so proofs stop until configureZk sets commitments for the new
/// benchmark and head (ZkNotConfigured). A mint applies the exact one-sided sign test at 95% to (b, c)
/// ("no reward for noise"), takes the accuracy improvement (b - c) / rows as the DeltaOne rule's
/// improvement and mints through the same reward path. The proof is bound to the request (chain,
/// this contract, model, candidate, receipt, contributors, idempotency key, nonce, deadline), so
/// nobody can redirect its reward; the model's nonce, which every accepted proof advances, refuses
/// a replay (StaleRequest) without a storage slot per proof.
///
/// Scores, DeltaOne sizes and lower bounds are wad (18 decimals) in the metric's own units;
/// scores are signed because some metrics (R², custom) can be negative.
contract DeltaOneVerifier is EIP712 {
    uint256 private constant WAD = 1e18;
    /// @dev secp256k1n / 2: larger s values are the malleable twins.
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;
    /// @notice Most attesters a model may register.
    uint256 public constant MAX_ATTESTERS = 32;
    /// @notice Most contributors one request may name.
    uint256 public constant MAX_CONTRIBUTORS = 100;

    /// @notice EIP-712 type of one contributor.
    bytes32 public constant CONTRIBUTOR_TYPEHASH = keccak256("Contributor(address account,uint16 weightBps)");
    /// @notice EIP-712 type of a mint request.
    bytes32 public constant MINT_REQUEST_TYPEHASH = keccak256(
        "MintRequest(uint256 modelId,int256 baselineScore,int256 candidateScore,bytes32 candidateDigest,"
        "bytes32 datasetDigest,bytes32 benchmarkHash,bytes32 receiptHash,uint64 sampleCount,int256 lowerBound,"
        "Contributor[] contributors,bytes32 idempotencyKey,uint64 deadline)"
        "Contributor(address account,uint16 weightBps)"
    );

    /// @notice How improvements are verified.
    enum Method {
        Oracle,
        ZkProof
    }

    /// @notice A claim that a candidate improves a model, signed by attesters.
    struct MintRequest {
        uint256 modelId;
        int256 baselineScore; // must equal the head score
        int256 candidateScore;
        bytes32 candidateDigest; // the candidate package's sha256
        bytes32 datasetDigest; // the benchmark dataset's digest
        bytes32 benchmarkHash; // must equal the model's committed benchmark
        bytes32 receiptHash; // the evaluation receipt's hash
        uint64 sampleCount;
        int256 lowerBound; // one-sided 95% lower bound of the improvement
        Contributor[] contributors; // sorted by address, weights summing to 10,000
        bytes32 idempotencyKey;
        uint64 deadline; // unix seconds, inclusive
    }

    /// @notice An ECDSA signature; v is 27 or 28.
    struct Signature {
        bytes32 r;
        bytes32 s;
        uint8 v;
    }

    /// @notice A model's verification settings; one storage slot.
    struct Config {
        uint128 deltaOneSize; // metric units (wad) of one DeltaOne
        uint8 metric; // hokusai.Metric
        uint8 direction; // 0 Maximize, 1 Minimize
        uint8 method; // Method
        uint8 k; // signatures required
        uint8 n; // attesters registered
        bool configured;
    }

    /// @notice What `configureVerifier` sets; metric, direction and DeltaOne size come from the
    /// registry. The head is set by `commitBenchmark`, never here.
    struct VerifierConfig {
        uint8 method;
        uint8 k;
        address[] attesters;
    }

    /// @notice A model's current head: its score and package digest.
    struct Head {
        int256 score;
        bytes32 digest;
    }

    /// @notice The token manager that mints rewards.
    IRewardMinter public immutable tokenManager;
    /// @notice The model registry: owners, metrics, baselines.
    ModelRegistry public immutable registry;
    /// @notice The protocol's admin.
    address public admin;

    mapping(uint256 => Config) private _config;
    mapping(uint256 => Head) private _head;
    /// @notice Each model's committed benchmark hash; zero until the admin commits one.
    mapping(uint256 => bytes32) public benchmark;
    mapping(uint256 => mapping(address => bool)) private _isAttester;
    mapping(uint256 => address[]) private _attesters;
    /// @notice Whether an idempotency key was used by an accepted request.
    mapping(bytes32 => bool) public keyUsed;

    /// @notice A model's verification settings changed.
    event VerifierConfigured(
        uint256 indexed modelId, uint8 metric, uint8 direction, uint8 method, uint8 k, uint256 deltaOneSize, address[] attesters
    );
    /// @notice A model's head was set (at configuration or by a verified improvement).
    event HeadSet(uint256 indexed modelId, int256 score, bytes32 digest);
    /// @notice An improvement was verified and `reward` token wei minted.
    event DeltaOneVerified(
        uint256 indexed modelId,
        bytes32 indexed idempotencyKey,
        bytes32 candidateDigest,
        int256 baselineScore,
        int256 candidateScore,
        uint256 deltaOnes,
        uint256 reward,
        bytes32 receiptHash
    );
    /// @notice A model's benchmark was committed (first, or changed from `previous`) with the head
    /// score the evaluator measured on it; the head is reset to that score.
    event BenchmarkCommitted(
        uint256 indexed modelId, bytes32 indexed benchmarkHash, bytes32 previous, int256 headScore, bytes32 headDigest
    );
    /// @notice The admin changed.
    event AdminChanged(address admin);

    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice The model does not exist in the registry.
    error UnknownModel(uint256 modelId);
    /// @notice The model has no verifier configuration.
    error NotConfigured(uint256 modelId);
    /// @notice The model's verification method has no on-chain check in this build.
    error UnsupportedMethod(uint8 method);
    /// @notice A configuration value is out of range.
    error BadConfig(string name, uint256 value);
    /// @notice The request's deadline passed.
    error RequestExpired(uint256 deadline, uint256 timestamp);
    /// @notice The idempotency key was already used.
    error KeyAlreadyUsed(bytes32 key);
    /// @notice The model has no committed benchmark: nothing can be minted against it yet.
    error BenchmarkNotCommitted(uint256 modelId);
    /// @notice The request was evaluated on a benchmark other than the committed one.
    error BenchmarkMismatch(bytes32 got, bytes32 committed);
    /// @notice The request's baseline is not the model's current head score.
    error BaselineNotHead(int256 baseline, int256 head);
    /// @notice The candidate does not improve on the baseline.
    error NoImprovement(int256 improvement);
    /// @notice The interval's lower bound is not above zero.
    error LowerBoundNotPositive(int256 lowerBound);
    /// @notice A request must name between 1 and 100 contributors.
    error BadContributorCount(uint256 count);
    /// @notice Fewer signatures than the model requires.
    error NotEnoughSignatures(uint256 got, uint256 required);
    /// @notice Signature `index` has s in the upper half of the curve order.
    error HighS(uint256 index);
    /// @notice Signature `index` does not recover to an address.
    error InvalidSignature(uint256 index);
    /// @notice The recovered signer is not one of the model's attesters.
    error NotAttester(address signer);
    /// @notice The same attester signed twice.
    error RepeatedSigner(address signer);
    /// @notice Signatures must be ordered by signer address, ascending.
    error SignersNotSorted(uint256 index);

    // ---------------------------------------------------------------- zkProof declarations

    /// @notice A zkProof model's commitments and key; set by the admin, whose evaluator holds the
    /// hidden test split. `state` must be the Poseidon2 hash of the two commitments (the Go
    /// `zk.StateOf`); the contract stores only it and emits all three.
    struct ZkConfig {
        bytes32 vkHash; // keccak256 of the verifying key's words (Groth16.sol's layout)
        bytes32 benchmarkHash; // the committed benchmark whose hidden test split dataCommit commits
        uint256 headCommit; // the head's weights commitment (Poseidon2, a BN254 scalar)
        uint256 dataCommit; // the hidden test split's commitment (Poseidon2, a BN254 scalar)
        uint256 state; // zk.StateOf(headCommit, dataCommit)
        uint32 rows; // test rows the split holds
    }

    /// @notice A claim that a candidate improves a zkProof model; the proof binds every field.
    struct ZkMintRequest {
        uint256 modelId;
        bytes32 candidateDigest; // the candidate package's sha256
        uint256 newState; // zk.StateOf(the candidate's weights commitment, the split commitment)
        uint64 b; // test rows right only for the candidate
        uint64 c; // test rows right only for the head
        bytes32 receiptHash; // the evaluation receipt's hash
        Contributor[] contributors; // sorted by address, weights summing to 10,000
        bytes32 idempotencyKey;
        uint64 nonce; // the model's zk nonce when the request was made
        uint64 deadline; // unix seconds, inclusive
    }

    /// @notice A zkProof model's key, benchmark, state, split size and nonce, as `zkConfig` reads them.
    struct ZkStatus {
        bytes32 vkHash;
        bytes32 benchmarkHash;
        uint256 state;
        uint32 rows;
        uint64 nonce;
    }

    /// @dev A zkProof model's state: its configuration, where its key's words are kept and its
    /// nonce (`rows`, `vk` and `nonce` share a slot, which a mint reads and writes once).
    struct ZkState {
        bytes32 vkHash;
        bytes32 benchmarkHash;
        uint256 state;
        uint32 rows;
        address vk; // the data contract holding the key's words (Groth16.store)
        uint64 nonce; // accepted proofs so far; never goes back
    }

    mapping(uint256 => ZkState) private _zk;

    /// @notice Where each stored verifying key's words are kept, by keccak256 of the words.
    mapping(bytes32 => address) public verifyingKeys;

    /// @notice A verifying key's words were stored as the code of `dataContract`.
    event VerifyingKeyStored(bytes32 indexed vkHash, address dataContract);

    /// @notice A zkProof model's commitments, their state and its key were set.
    event ZkConfigured(
        uint256 indexed modelId,
        bytes32 vkHash,
        bytes32 benchmarkHash,
        uint256 headCommit,
        uint256 dataCommit,
        uint256 state,
        uint32 rows
    );
    /// @notice A proof was accepted under `nonce`: b rows right only for the candidate, c only for
    /// the head; the model's state is now `newState`.
    event ZkProofAccepted(
        uint256 indexed modelId, bytes32 indexed idempotencyKey, uint256 newState, uint64 nonce, uint64 b, uint64 c
    );

    /// @notice The model's method is not the one this entry point serves.
    error WrongMethod(uint8 method);
    /// @notice The zkProof model has no commitments and key yet, or its benchmark was committed
    /// again since they were set: configureZk sets them for the current benchmark and head.
    error ZkNotConfigured(uint256 modelId);
    /// @notice No verifying key with this hash is stored: store it with storeVerifyingKey first.
    error VerifyingKeyNotStored(bytes32 vkHash);
    /// @notice b + c exceeds the test split's rows.
    error CountsExceedRows(uint256 disagreements, uint256 rows);
    /// @notice The exact one-sided sign test at 95% does not pass: the gain may be noise.
    error SignTestFailed(uint64 b, uint64 c);
    /// @notice The proof does not verify for these public inputs.
    error InvalidProof();
    /// @notice The request was made for another nonce than the model's current one: a proof
    /// was accepted since (a replay, or a head that moved on).
    error StaleRequest(uint64 nonce, uint64 current);

    constructor(IRewardMinter tokenManager_, ModelRegistry registry_, address admin_)
        EIP712("Hokusai DeltaOneVerifier", "1")
    {
        tokenManager = tokenManager_;
        registry = registry_;
        admin = admin_;
    }

    // ---------------------------------------------------------------- configuration

    /// @notice Hands the admin role to `admin_`.
    function setAdmin(address admin_) external {
        if (msg.sender != admin) revert Unauthorized(msg.sender);
        admin = admin_;
        emit AdminChanged(admin_);
    }

    /// @notice Sets a model's method and k-of-n attesters, and copies its metric, direction and
    /// DeltaOne size from the registry; the model's owner or the admin.
    function configureVerifier(uint256 modelId, VerifierConfig calldata c) external {
        (address owner,,) = registry.modelAccounts(modelId);
        if (owner == address(0)) revert UnknownModel(modelId);
        if (msg.sender != admin && msg.sender != owner) revert Unauthorized(msg.sender);
        ModelRegistry.Model memory m = registry.getModel(modelId);
        uint256 n = c.attesters.length;
        if (c.method > uint8(Method.ZkProof)) revert BadConfig("method", c.method);
        if (n == 0 || n > MAX_ATTESTERS) revert BadConfig("attesters", n);
        if (c.k == 0 || c.k > n) revert BadConfig("k", c.k);
        uint256 size = m.deltaOne;
        if (size == 0) {
            if (m.metric > 4) revert BadConfig("deltaOne", 0);
            size = WAD / 100;
        }
        if (size > type(uint128).max) revert BadConfig("deltaOne", size);
        address[] storage old = _attesters[modelId];
        for (uint256 i; i < old.length; ++i) {
            delete _isAttester[modelId][old[i]];
        }
        delete _attesters[modelId];
        for (uint256 i; i < n; ++i) {
            address a = c.attesters[i];
            if (a == address(0) || _isAttester[modelId][a]) revert BadConfig("attesters", i);
            _isAttester[modelId][a] = true;
            _attesters[modelId].push(a);
        }
        _config[modelId] = Config(uint128(size), m.metric, m.direction, c.method, c.k, uint8(n), true);
        emit VerifierConfigured(modelId, m.metric, m.direction, c.method, c.k, size, c.attesters);
    }

    /// @notice Commits a model's benchmark specification hash with the head score the platform's
    /// evaluator measured on its hidden test split, and resets the head to that score and digest;
    /// the admin only. Committing a different hash later is an explicit change of benchmark.
    function commitBenchmark(uint256 modelId, bytes32 benchmarkHash, int256 headScore, bytes32 headDigest) external {
        if (msg.sender != admin) revert Unauthorized(msg.sender);
        (address owner,,) = registry.modelAccounts(modelId);
        if (owner == address(0)) revert UnknownModel(modelId);
        if (benchmarkHash == bytes32(0)) revert BadConfig("benchmarkHash", 0);
        bytes32 previous = benchmark[modelId];
        benchmark[modelId] = benchmarkHash;
        _head[modelId] = Head(headScore, headDigest);
        // A zkProof model's commitments were made for the old benchmark and head: they stop
        // verifying until configureZk sets new ones (the nonce stays), so a mint need not compare
        // benchmark hashes.
        ZkState storage z = _zk[modelId];
        if (z.vk != address(0)) {
            z.vk = address(0);
            z.benchmarkHash = bytes32(0);
        }
        emit BenchmarkCommitted(modelId, benchmarkHash, previous, headScore, headDigest);
        emit HeadSet(modelId, headScore, headDigest);
    }

    // ---------------------------------------------------------------- minting

    /// @notice Verifies a signed mint request and mints its reward.
    /// @return reward token wei minted in all.
    function mint(MintRequest calldata req, Signature[] calldata sigs) external returns (uint256 reward) {
        uint256 modelId = req.modelId;
        Config memory c = _config[modelId];
        if (!c.configured) revert NotConfigured(modelId);
        if (c.method != uint8(Method.Oracle)) revert UnsupportedMethod(c.method);
        if (block.timestamp > req.deadline) revert RequestExpired(req.deadline, block.timestamp);
        bytes32 committed = benchmark[modelId];
        if (committed == bytes32(0)) revert BenchmarkNotCommitted(modelId);
        if (req.benchmarkHash != committed) revert BenchmarkMismatch(req.benchmarkHash, committed);
        bytes32 key = req.idempotencyKey;
        if (keyUsed[key]) revert KeyAlreadyUsed(key);
        Head storage h = _head[modelId];
        int256 headScore = h.score;
        if (req.baselineScore != headScore) revert BaselineNotHead(req.baselineScore, headScore);
        int256 improvement =
            c.direction == 0 ? req.candidateScore - req.baselineScore : req.baselineScore - req.candidateScore;
        if (improvement <= 0) revert NoImprovement(improvement);
        if (req.lowerBound <= 0) revert LowerBoundNotPositive(req.lowerBound);
        uint256 nc = req.contributors.length;
        if (nc == 0 || nc > MAX_CONTRIBUTORS) revert BadContributorCount(nc);

        _checkSignatures(modelId, c.k, hashMintRequest(req), sigs);

        keyUsed[key] = true;
        h.score = req.candidateScore;
        h.digest = req.candidateDigest;
        uint256 deltaOnes = uint256(improvement) * WAD / c.deltaOneSize;
        reward = tokenManager.mintReward(modelId, deltaOnes, req.contributors);
        emit DeltaOneVerified(
            modelId,
            key,
            req.candidateDigest,
            req.baselineScore,
            req.candidateScore,
            deltaOnes,
            reward,
            req.receiptHash
        );
    }

    // ---------------------------------------------------------------- zkProof

    /// @notice Sets a zkProof model's verifying key hash and state (of the head weights commitment
    /// and the hidden test split commitment), for the benchmark committed now; the admin only, who
    /// is trusted for the commitments and so for the state it computes from them. Configuring again
    /// (a new benchmark, a new ceremony, a head reset) replaces them all but the nonce, which never
    /// goes back.
    function configureZk(uint256 modelId, ZkConfig calldata z) external {
        if (msg.sender != admin) revert Unauthorized(msg.sender);
        Config memory c = _config[modelId];
        if (!c.configured) revert NotConfigured(modelId);
        if (c.method != uint8(Method.ZkProof)) revert WrongMethod(c.method);
        if (c.metric != 0 || c.direction != 0) revert BadConfig("metric", c.metric); // accuracy, maximized
        if (z.vkHash == bytes32(0)) revert BadConfig("vkHash", 0);
        bytes32 committed = benchmark[modelId];
        if (committed == bytes32(0)) revert BenchmarkNotCommitted(modelId);
        if (z.benchmarkHash != committed) revert BenchmarkMismatch(z.benchmarkHash, committed);
        if (z.headCommit >= Groth16.R) revert BadConfig("headCommit", z.headCommit);
        if (z.dataCommit >= Groth16.R) revert BadConfig("dataCommit", z.dataCommit);
        if (z.state >= Groth16.R) revert BadConfig("state", z.state);
        if (z.rows == 0 || z.rows > SignTest.MAX_TRIALS) revert BadConfig("rows", z.rows);
        address vk = verifyingKeys[z.vkHash];
        if (vk == address(0)) revert VerifyingKeyNotStored(z.vkHash);
        _zk[modelId] = ZkState(z.vkHash, z.benchmarkHash, z.state, z.rows, vk, _zk[modelId].nonce);
        emit ZkConfigured(modelId, z.vkHash, z.benchmarkHash, z.headCommit, z.dataCommit, z.state, z.rows);
    }

    /// @notice Stores a verifying key's words (once; anyone may, a key is named by its hash) for
    /// configureZk to name. A mint reads them from there, not from calldata.
    function storeVerifyingKey(uint256[] calldata vk) external returns (bytes32 vkHash) {
        if (vk.length != Groth16.VK_WORDS) revert BadConfig("vk", vk.length);
        vkHash = keccak256(abi.encodePacked(vk));
        if (verifyingKeys[vkHash] != address(0)) return vkHash;
        address stored = Groth16.store(vk);
        if (stored == address(0)) revert BadConfig("vk", 0);
        verifyingKeys[vkHash] = stored;
        emit VerifyingKeyStored(vkHash, stored);
    }

    /// @notice Verifies a proof of improvement and mints its reward.
    /// @param proof A, B, C as Groth16.sol lays them out; the key is the model's stored one.
    /// @return reward token wei minted in all.
    function mintWithProof(ZkMintRequest calldata req, uint256[8] calldata proof) external returns (uint256 reward) {
        uint256 modelId = req.modelId;
        Config memory c = _config[modelId];
        if (!c.configured) revert NotConfigured(modelId);
        if (c.method != uint8(Method.ZkProof)) revert WrongMethod(c.method);
        ZkState storage z = _zk[modelId];
        address vkAt = z.vk;
        if (vkAt == address(0)) revert ZkNotConfigured(modelId);
        if (block.timestamp > req.deadline) revert RequestExpired(req.deadline, block.timestamp);
        uint64 nonce = z.nonce;
        if (req.nonce != nonce) revert StaleRequest(req.nonce, nonce);
        uint256 nc = req.contributors.length;
        if (nc == 0 || nc > MAX_CONTRIBUTORS) revert BadContributorCount(nc);
        uint256 rows = z.rows;
        if (uint256(req.b) + req.c > rows) revert CountsExceedRows(uint256(req.b) + req.c, rows);
        if (req.b <= req.c) revert NoImprovement(int256(uint256(req.b)) - int256(uint256(req.c)));
        if (!SignTest.passes(req.b, req.c)) revert SignTestFailed(req.b, req.c);
        // rows <= SignTest.MAX_TRIALS < 2^32, so b and c each fit their 32 bits.
        uint256[3] memory input =
            [z.state, req.newState, (zkBind(req) << 64) | (uint256(req.c) << 32) | uint256(req.b)];
        if (!Groth16.verify(Groth16.load(vkAt), proof, input)) revert InvalidProof();

        bytes32 key = req.idempotencyKey;
        z.state = req.newState;
        z.nonce = nonce + 1;
        Head storage h = _head[modelId];
        int256 baseline = h.score;
        uint256 improvement = (uint256(req.b) - req.c) * WAD / rows; // accuracy, wad
        h.score = baseline + int256(improvement);
        h.digest = req.candidateDigest;
        uint256 deltaOnes = improvement * WAD / c.deltaOneSize;
        reward = tokenManager.mintReward(modelId, deltaOnes, req.contributors);
        emit ZkProofAccepted(modelId, key, req.newState, nonce, req.b, req.c);
        emit DeltaOneVerified(
            modelId, key, req.candidateDigest, baseline, baseline + int256(improvement), deltaOnes, reward, req.receiptHash
        );
    }

    /// @notice The binding of a proof to `req`: keccak256 of the chain id, this contract, the
    /// model, the candidate digest, the receipt hash, the contributors, the idempotency key, the
    /// nonce and the deadline, shifted right 68 bits (188 bits remain), which the proof's third
    /// public input carries above b and c: (zkBind << 64) | c << 32 | b, below 2^252 < r.
    function zkBind(ZkMintRequest calldata req) public view returns (uint256) {
        return uint256(
            keccak256(
                abi.encode(
                    block.chainid,
                    address(this),
                    req.modelId,
                    req.candidateDigest,
                    req.receiptHash,
                    keccak256(abi.encode(req.contributors)),
                    req.idempotencyKey,
                    req.nonce,
                    req.deadline
                )
            )
        ) >> 68;
    }

    /// @notice Whether `proof` proves `input` under the key `vk`: the check `mintWithProof` makes,
    /// for anyone to run (and measure) on its own.
    function verifyProof(uint256[] calldata vk, uint256[8] calldata proof, uint256[3] calldata input)
        external
        view
        returns (bool)
    {
        return Groth16.verify(vk, proof, input);
    }

    /// @notice A zkProof model's key, benchmark, state, split size and nonce (the next request's).
    function zkConfig(uint256 modelId) external view returns (ZkStatus memory) {
        ZkState storage z = _zk[modelId];
        return ZkStatus(z.vkHash, z.benchmarkHash, z.state, z.rows, z.nonce);
    }

    // ---------------------------------------------------------------- views

    /// @notice The EIP-712 digest attesters sign for `req`.
    function hashMintRequest(MintRequest calldata req) public view returns (bytes32) {
        return _hashTypedDataV4(_structHash(req));
    }

    /// @notice The EIP-712 domain separator (binds the chain id and this address).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @notice A model's verification settings.
    function config(uint256 modelId) external view returns (Config memory) {
        return _config[modelId];
    }

    /// @notice A model's current head score and digest.
    function head(uint256 modelId) external view returns (Head memory) {
        return _head[modelId];
    }

    /// @notice A model's registered attesters, in registration order.
    function attesters(uint256 modelId) external view returns (address[] memory) {
        return _attesters[modelId];
    }

    /// @notice Whether `account` is one of the model's attesters.
    function isAttester(uint256 modelId, address account) external view returns (bool) {
        return _isAttester[modelId][account];
    }

    // ---------------------------------------------------------------- internals

    function _checkSignatures(uint256 modelId, uint256 k, bytes32 digest, Signature[] calldata sigs) private view {
        uint256 m = sigs.length;
        if (m < k) revert NotEnoughSignatures(m, k);
        address prev;
        mapping(address => bool) storage registered = _isAttester[modelId];
        for (uint256 i; i < m; ++i) {
            Signature calldata sig = sigs[i];
            if (uint256(sig.s) > HALF_N) revert HighS(i);
            address signer = ecrecover(digest, sig.v, sig.r, sig.s);
            if (signer == address(0)) revert InvalidSignature(i);
            if (!registered[signer]) revert NotAttester(signer);
            if (signer <= prev) {
                if (signer == prev) revert RepeatedSigner(signer);
                revert SignersNotSorted(i);
            }
            prev = signer;
        }
    }

    function _structHash(MintRequest calldata req) private pure returns (bytes32) {
        Contributor[] calldata cs = req.contributors;
        uint256 n = cs.length;
        bytes32 contributorsHash;
        bytes32 typehash = CONTRIBUTOR_TYPEHASH;
        assembly ("memory-safe") {
            let buf := mload(0x40)
            let hashes := add(buf, 0x60)
            mstore(buf, typehash)
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                // Contributor is a static struct of two words in calldata.
                let src := add(cs.offset, mul(i, 0x40))
                mstore(add(buf, 0x20), and(calldataload(src), 0xffffffffffffffffffffffffffffffffffffffff))
                mstore(add(buf, 0x40), and(calldataload(add(src, 0x20)), 0xffff))
                mstore(add(hashes, mul(i, 0x20)), keccak256(buf, 0x60))
            }
            contributorsHash := keccak256(hashes, mul(n, 0x20))
        }
        return keccak256(
            bytes.concat(
                abi.encode(
                    MINT_REQUEST_TYPEHASH,
                    req.modelId,
                    req.baselineScore,
                    req.candidateScore,
                    req.candidateDigest,
                    req.datasetDigest,
                    req.benchmarkHash
                ),
                abi.encode(
                    req.receiptHash,
                    req.sampleCount,
                    req.lowerBound,
                    contributorsHash,
                    req.idempotencyKey,
                    req.deadline
                )
            )
        );
    }
}
