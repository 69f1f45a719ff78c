"""The user's wallet, client-side only: EIP-712 request signatures for the
API's signed routes and EIP-1559 transactions sent to the chain's JSON-RPC
endpoint. The private key never leaves this process."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

import httpx
from eth_abi.abi import decode as abi_decode
from eth_abi.abi import encode as abi_encode
from eth_account import Account
from eth_utils.address import to_checksum_address
from eth_utils.crypto import keccak

from .errors import ChainRevertedError, HokusaiError, InvalidInputError

_DOMAIN_TYPE = b"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
_REQUEST_TYPE = b"Request(string action,uint256 model,bytes32 body,bytes32 nonce,uint256 expiry)"
#: The protocol contracts' custom errors (from contracts/artifacts/*.abi; tests/test_wallet.py keeps
#: this list in step with them), so a revert is reported by name.
CONTRACT_ERRORS = (
    "AccessControlBadConfirmation()", "AccessControlUnauthorizedAccount(address,bytes32)", "AlreadyInitialized()",
    "AlreadyLinked(uint256)", "AmountTooLarge(uint256)", "BadConfig(string,uint256)", "BadContributor(uint256)",
    "BadContributorCount(uint256)", "BadSetting(string,uint256)", "BaselineNotHead(int256,int256)",
    "BaselineOutOfRange(uint8,int256)", "BatchAlreadySettled(bytes32)", "BenchmarkMismatch(bytes32,bytes32)",
    "BenchmarkNotCommitted(uint256)", "BudgetExceeded(uint256,uint256)", "BuyOnlyWindow(uint256)",
    "CheckpointUnorderedInsertion()", "CloneArgumentsTooLong()", "ContributorsNotSorted(uint256)",
    "CountsExceedRows(uint256,uint256)", "Create2EmptyBytecode()", "CrrOutOfRange(uint64)",
    "DeadlinePassed(uint256,uint256)", "DelayTooLong(uint256)", "DeltaOneInvalid(uint8,uint256)",
    "DeltaOneRequired(uint8,int256)", "DirectionUnknown(uint8)", "DiscountTooHigh(uint16)",
    "ECDSAInvalidSignature()", "ECDSAInvalidSignatureLength(uint256)", "ECDSAInvalidSignatureS(bytes32)",
    "ERC20ExceededSafeSupply(uint256,uint256)", "ERC20InsufficientAllowance(address,uint256,uint256)",
    "ERC20InsufficientBalance(address,uint256,uint256)", "ERC20InvalidApprover(address)",
    "ERC20InvalidReceiver(address)", "ERC20InvalidSender(address)", "ERC20InvalidSpender(address)",
    "ERC2612ExpiredSignature(uint256)", "ERC2612InvalidSigner(address,address)",
    "ERC5805FutureLookup(uint256,uint48)", "ERC6372InconsistentClock()", "EmptyBatch()", "FailedCall()",
    "FailedDeployment()", "FeeTooHigh(uint16)", "FlatPriceInvalid(uint64)", "GovernorAlreadyCastVote(address)",
    "GovernorAlreadyQueuedProposal(uint256)", "GovernorDisabledDeposit()",
    "GovernorInsufficientProposerVotes(address,uint256,uint256)",
    "GovernorInvalidProposalLength(uint256,uint256,uint256)", "GovernorInvalidQuorumFraction(uint256,uint256)",
    "GovernorInvalidSignature(address)", "GovernorInvalidVoteParams()", "GovernorInvalidVoteType()",
    "GovernorInvalidVotingPeriod(uint256)", "GovernorNonexistentProposal(uint256)", "GovernorOnlyExecutor(address)",
    "GovernorProposalQueueingFailed(uint256)", "GovernorProposalQueueingNotRequired(uint256)",
    "GovernorRestrictedProposer(address)", "GovernorTimelockMismatch(address,address)",
    "GovernorUnableToCancel(uint256,address)", "GovernorUnexpectedProposalState(uint256,uint8,bytes32)",
    "HighS(uint256)", "ImprovementBelowThreshold(uint256,uint256)", "InitialSupplyInvalid(uint256)",
    "InitializeDisabled()", "InsufficientBalance(uint256,uint256)", "InsufficientCredit(address,uint256,uint256)",
    "InsufficientRedeemable(uint256,uint256)", "InvalidAccountNonce(address,uint256)", "InvalidInitialization()",
    "InvalidProof()", "InvalidShortString()", "InvalidSignature(uint256)", "KeyAlreadyUsed(bytes32)",
    "LengthMismatch(uint256,uint256)", "LicenseUnknown(uint8)", "LowerBoundNotPositive(int256)",
    "MaxTradeInvalid(uint16)", "MetricUnknown(uint8)", "ModelNotFound(uint256)", "NameLengthInvalid(uint256)",
    "NoImprovement(int256)", "NoWithdrawalRequested(address)", "NotAttester(address)", "NotClone()",
    "NotConfigured(uint256)", "NotEnoughSignatures(uint256,uint256)", "NotFactory(address)", "NotGovernor(address)",
    "NotInitializing()", "NotListed(uint256)", "NotMarket(address)", "NotMember(address)", "NotMinter(address)",
    "NotOwner(uint256,address)", "NotPool(address)", "NothingToRelease()", "OwnableInvalidOwner(address)",
    "OwnableUnauthorizedAccount(address)", "PRBMath_MulDiv18_Overflow(uint256,uint256)",
    "PRBMath_SD59x18_Exp2_InputTooBig(int256)", "PRBMath_SD59x18_Log_InputTooSmall(int256)",
    "PRBMath_SD59x18_Mul_InputTooSmall()", "PRBMath_SD59x18_Mul_Overflow(int256,int256)",
    "PRBMath_UD60x18_Exp2_InputTooBig(uint256)", "PRBMath_UD60x18_Log_InputTooSmall(uint256)",
    "ParentInvalid(uint256,uint256)", "PriceAboveMax(uint256,uint256)", "PriceGovernedByDao(uint256)",
    "ProposerVotesChangedThisHour(address,uint48)", "RatingOutOfRange(uint8)", "RatingSignatureExpired(uint256)",
    "RatingSignatureInvalid(address)", "RepeatedContributor(address)", "RepeatedSigner(address)",
    "RequestExpired(uint256,uint256)", "RewardNotConfigured(uint256)", "RewardsGovernedByDao(uint256)",
    "RouterAlreadySet()", "SafeCastOverflowedUintDowncast(uint8,uint256)", "SafeERC20FailedOperation(address)",
    "SelfPurchase(uint256)", "SignTestFailed(uint64,uint64)", "SignersNotSorted(uint256)",
    "SlippageExceeded(uint256,uint256)", "StaleRequest(uint64,uint64)", "StringTooLong(string)",
    "TickerInvalid(string)", "TickerTaken(string,uint256)", "TierUnknown(uint8)",
    "TimelockInsufficientDelay(uint256,uint256)", "TimelockInvalidOperationLength(uint256,uint256,uint256)",
    "TimelockUnauthorizedCaller(address)", "TimelockUnexecutedPredecessor(bytes32)",
    "TimelockUnexpectedOperationState(bytes32,bytes32)", "TokensPerDeltaOneInvalid(uint256)",
    "TradeTooLarge(uint256,uint256)", "Unauthorized(address)", "UnknownModel(uint256)", "UnsupportedMethod(uint8)",
    "VerifierAlreadySet()", "VerifyingKeyNotStored(bytes32)", "VotesExpiredSignature(uint256)",
    "WeightsNotTenThousand(uint256)", "WithdrawalNotReady(uint256,uint256)", "WrongMethod(uint8)", "ZeroAddress()",
    "ZeroAmount()", "ZeroOutput()", "ZeroPrice()", "ZeroReward()", "ZkNotConfigured(uint256)",
)
_ERROR_BY_SELECTOR = {keccak(sig.encode())[:4].hex(): sig for sig in CONTRACT_ERRORS}
#: How long a signed request stays valid (the server allows at most an hour).
REQUEST_LIFETIME = 300
#: The most bytes of one JSON-RPC answer read into memory (a receipt or a block header is far less).
MAX_RPC_ANSWER = 16 << 20


def dev_private_key(i: int) -> str:
    """The embedded dev chain's account i (0–9): keccak256("hokusai dev account " + i). Dev chains only."""
    if not 0 <= i < 10:
        raise InvalidInputError("Dev accounts are numbered 0 to 9, got %d." % i, field="dev_account")
    return "0x" + keccak(("hokusai dev account %d" % i).encode()).hex()


def selector(signature: str) -> bytes:
    """The 4-byte function selector of a Solidity signature such as ``approve(address,uint256)``."""
    return keccak(signature.encode())[:4]


def call_data(signature: str, types: Sequence[str], args: Sequence[Any]) -> bytes:
    """ABI-encoded call data."""
    return selector(signature) + abi_encode(list(types), list(args))


@dataclass
class Domain:
    """The EIP-712 domain the API's signed requests are bound to (chain and ModelRegistry)."""

    chain_id: int
    platform: str

    def separator(self) -> bytes:
        """The domain separator hash."""
        return keccak(keccak(_DOMAIN_TYPE) + keccak(b"Hokusai API") + keccak(b"1")
                      + self.chain_id.to_bytes(32, "big") + bytes.fromhex(self.platform[2:]).rjust(32, b"\0"))

    def digest(self, action: str, model: int, body_digest: bytes, nonce: bytes, expiry: int) -> bytes:
        """The EIP-712 digest of one request."""
        sh = keccak(keccak(_REQUEST_TYPE) + keccak(action.encode()) + model.to_bytes(32, "big") + body_digest
                    + nonce + expiry.to_bytes(32, "big"))
        return keccak(b"\x19\x01" + self.separator() + sh)


_BALLOT_TYPE = b"Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)"
_RATING_TYPE = b"Rating(uint8 stars,address member,uint256 nonce,uint256 deadline)"
#: The Governor's vote choices, by the words the API uses.
SUPPORT = {"against": 0, "for": 1, "abstain": 2}


def _word(n: int) -> bytes:
    return n.to_bytes(32, "big")


def _address_word(address: str) -> bytes:
    return bytes.fromhex(to_checksum_address(address)[2:]).rjust(32, b"\0")


def _typed_digest(name: bytes, chain_id: int, verifying_contract: str, struct_hash: bytes) -> bytes:
    domain = keccak(keccak(_DOMAIN_TYPE) + keccak(name) + keccak(b"1") + _word(chain_id) + _address_word(verifying_contract))
    return keccak(b"\x19\x01" + domain + struct_hash)


def ballot_digest(chain_id: int, governor: str, proposal_id: int, support: int, voter: str, nonce: int) -> bytes:
    """The EIP-712 digest a voter signs to vote by signature: the Governor's Ballot(uint256
    proposalId, uint8 support, address voter, uint256 nonce) under the domain {"Hokusai model
    DAO", "1", chain_id, governor}."""
    h = keccak(keccak(_BALLOT_TYPE) + _word(proposal_id) + _word(support) + _address_word(voter) + _word(nonce))
    return _typed_digest(b"Hokusai model DAO", chain_id, governor, h)


def rating_digest(chain_id: int, agent: str, stars: int, member: str, nonce: int, deadline: int) -> bytes:
    """The EIP-712 digest a member signs to rate a model by signature: the Agent's Rating(uint8
    stars, address member, uint256 nonce, uint256 deadline) under the domain {"Hokusai model
    Agent", "1", chain_id, agent}."""
    h = keccak(keccak(_RATING_TYPE) + _word(stars) + _address_word(member) + _word(nonce) + _word(deadline))
    return _typed_digest(b"Hokusai model Agent", chain_id, agent, h)


class Wallet:
    """A private key held in this process; signs requests and transactions."""

    def __init__(self, private_key: str) -> None:
        s = private_key.strip()
        s = s[2:] if s.startswith("0x") else s
        if len(s) != 64 or any(c not in "0123456789abcdefABCDEF" for c in s):
            raise InvalidInputError("The private key must be 64 hex digits (32 bytes), optionally prefixed by 0x.", field="private_key")
        self._account = Account.from_key("0x" + s)
        self.address: str = str(self._account.address)  #: EIP-55 address

    @classmethod
    def from_keystore(cls, path: str, password: Optional[str] = None) -> "Wallet":
        """Opens a go-ethereum/Web3 keystore JSON file (password or HOKUSAI_PASSWORD)."""
        with open(path, "r", encoding="utf-8") as fh:
            data = json.load(fh)
        pw = password if password is not None else os.environ.get("HOKUSAI_PASSWORD", "")
        try:
            key = Account.decrypt(data, pw)
        except ValueError as e:
            raise InvalidInputError("The keystore %s cannot be opened with this password: %s." % (path, e), field="keystore") from e
        return cls("0x" + bytes(key).hex())

    @property
    def account(self) -> Any:
        """The eth-account LocalAccount (for packaging signatures)."""
        return self._account

    def request_headers(self, domain: Domain, action: str, model: int, body: bytes,
                        body_digest: Optional[bytes] = None) -> Dict[str, str]:
        """The Hokusai-* headers of a signed request over this exact body, with a fresh nonce."""
        bd = body_digest if body_digest is not None else hashlib.sha256(body).digest()
        nonce = secrets.token_bytes(32)
        expiry = int(time.time()) + REQUEST_LIFETIME
        raw = self.sign_digest(domain.digest(action, model, bd, nonce, expiry))
        return {
            "Hokusai-Action": action, "Hokusai-Model": str(model), "Hokusai-Body-Digest": "sha256:" + bd.hex(),
            "Hokusai-Nonce": "0x" + nonce.hex(), "Hokusai-Expiry": str(expiry), "Hokusai-Signer": self.address,
            "Hokusai-Signature": "0x" + raw.hex(),
        }

    def sign_digest(self, digest: bytes) -> bytes:
        """A 65-byte r||s||v signature (v 27 or 28) of a 32-byte digest this process built."""
        sig = self._account.unsafe_sign_hash(digest)
        return bytes(sig.r.to_bytes(32, "big") + sig.s.to_bytes(32, "big") + bytes([sig.v if sig.v >= 27 else sig.v + 27]))

    def sign_transaction(self, tx: Dict[str, Any]) -> bytes:
        """A signed raw transaction."""
        signed = self._account.sign_transaction(tx)
        return bytes(signed.raw_transaction)


class ChainRPC:
    """A minimal JSON-RPC client for the chain the server names (GET /v1/chain)."""

    def __init__(self, url: str, chain_id: int, timeout: float = 30.0) -> None:
        self.url = url
        self.chain_id = chain_id
        self._http = httpx.Client(timeout=timeout)
        self._id = 0

    def close(self) -> None:
        """Closes the connection pool."""
        self._http.close()

    def call_rpc(self, method: str, params: List[Any]) -> Any:
        """One JSON-RPC call; an RPC error becomes a HokusaiError."""
        self._id += 1
        try:
            with self._http.stream("POST", self.url, json={"jsonrpc": "2.0", "id": self._id, "method": method, "params": params}) as r:
                buf = bytearray()
                for chunk in r.iter_bytes():
                    buf += chunk
                    if len(buf) > MAX_RPC_ANSWER:
                        raise HokusaiError("The chain at %s answered %s with more than %d MiB." % (self.url, method, MAX_RPC_ANSWER >> 20),
                                           code="MODEL_UNAVAILABLE")
        except httpx.HTTPError as e:
            raise HokusaiError("Cannot reach the chain at %s: %s." % (self.url, e), code="MODEL_UNAVAILABLE") from e
        try:
            out = json.loads(buf)
        except ValueError:
            out = None
        if not isinstance(out, dict):
            raise HokusaiError("The chain at %s answered %s with HTTP %d and no JSON-RPC answer." % (self.url, method, r.status_code),
                               code="MODEL_UNAVAILABLE")
        if "error" in out:
            err = out["error"]
            msg = str(err.get("message", err))
            if "revert" in msg.lower():
                raise ChainRevertedError("The chain refused %s: %s%s." % (method, msg, _revert_hint(err.get("data"))))
            raise HokusaiError("The chain answered %s with an error: %s." % (method, msg), code="MODEL_UNAVAILABLE")
        return out.get("result")

    def latest_timestamp(self) -> int:
        """The latest block's time (Unix seconds): the chain's clock, which a dev chain's
        `hokusai chain advance-time` may have moved ahead of this computer's."""
        block = self.call_rpc("eth_getBlockByNumber", ["latest", False])
        if not isinstance(block, dict) or not isinstance(block.get("timestamp"), str):
            raise HokusaiError("The chain at %s answered eth_getBlockByNumber(latest) without a block timestamp." % self.url,
                               code="MODEL_UNAVAILABLE")
        return int(block["timestamp"], 16)

    def eth_call(self, to: str, data: bytes) -> bytes:
        """A read-only contract call at the latest block."""
        res = self.call_rpc("eth_call", [{"to": to, "data": "0x" + data.hex()}, "latest"])
        return bytes.fromhex(str(res)[2:])

    def read(self, to: str, signature: str, types: Sequence[str], args: Sequence[Any], out_types: Sequence[str]) -> Tuple[Any, ...]:
        """Calls a view function and decodes its answer."""
        return tuple(abi_decode(list(out_types), self.eth_call(to, call_data(signature, types, args))))

    def send(self, wallet: Wallet, to: str, data: bytes, value: int = 0, timeout: float = 60.0) -> Dict[str, Any]:
        """Signs and sends a transaction from wallet, waits for its receipt and returns it.

        A reverted transaction raises ChainRevertedError naming it.
        """
        frm = wallet.address
        nonce = int(self.call_rpc("eth_getTransactionCount", [frm, "pending"]), 16)
        msg = {"from": frm, "to": to, "data": "0x" + data.hex(), "value": hex(value)}
        gas = int(self.call_rpc("eth_estimateGas", [msg]), 16)
        block = self.call_rpc("eth_getBlockByNumber", ["latest", False])
        base = int(block.get("baseFeePerGas", "0x0"), 16)
        tip = 10 ** 9
        tx = {"type": 2, "chainId": self.chain_id, "nonce": nonce, "to": to_checksum_address(to), "data": data,
              "value": value, "gas": gas + gas // 4, "maxPriorityFeePerGas": tip, "maxFeePerGas": 2 * base + tip}
        raw = wallet.sign_transaction(tx)
        h = self.call_rpc("eth_sendRawTransaction", ["0x" + raw.hex()])
        deadline = time.monotonic() + timeout
        while True:
            rc = self.call_rpc("eth_getTransactionReceipt", [h])
            if rc is not None:
                if int(rc["status"], 16) != 1:
                    raise ChainRevertedError("Transaction %s to %s reverted on-chain." % (h, to))
                return dict(rc)
            if time.monotonic() > deadline:
                raise HokusaiError("Transaction %s was not mined within %.0f s." % (h, timeout), code="MODEL_UNAVAILABLE")
            time.sleep(0.05)


def _revert_hint(data: Any) -> str:
    if isinstance(data, str) and data.startswith("0x08c379a0"):
        try:
            return " (%s)" % abi_decode(["string"], bytes.fromhex(data[10:]))[0]
        except Exception:  # noqa: BLE001 - a hint only
            return ""
    if isinstance(data, str) and len(data) >= 10:
        sig = _ERROR_BY_SELECTOR.get(data[2:10].lower())
        if sig is not None:
            types = sig[sig.index("(") + 1:-1]
            try:
                args = abi_decode([t for t in _split_types(types)], bytes.fromhex(data[10:])) if types else ()
                return " (%s(%s))" % (sig[:sig.index("(")], ", ".join(str(a) for a in args))
            except Exception:  # noqa: BLE001 - a hint only
                return " (%s)" % sig
        return " (custom error %s)" % data[:10]
    return ""


def _split_types(types: str) -> List[str]:
    """Splits an ABI type list at top-level commas."""
    out, depth, cur = [], 0, ""
    for ch in types:
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
            continue
        depth += (ch == "(") - (ch == ")")
        cur += ch
    return out + [cur] if cur else out
