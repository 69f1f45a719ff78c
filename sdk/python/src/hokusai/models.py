"""Typed results. Every result keeps the server's JSON in ``raw`` and can
also be read like a dict (``result["model_id"]``), as the seed's examples do."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Dict, List, Optional


@dataclass
class Result:
    """Base of every result: attribute access, dict access, and the raw JSON."""

    raw: Dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __getitem__(self, key: str) -> Any:
        if key in {f.name for f in fields(self)}:
            return getattr(self, key)
        return self.raw[key]

    def get(self, key: str, default: Any = None) -> Any:
        """Like dict.get over the fields and the raw JSON."""
        try:
            return self[key]
        except KeyError:
            return default

    def to_dict(self) -> Dict[str, Any]:
        """The typed fields as a plain dict (raw left out)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "raw"}


@dataclass
class Model(Result):
    """A registered model (GET /v1/models/{id})."""

    id: int = 0
    name: str = ""
    ticker: str = ""
    description: str = ""
    category: str = ""
    tags: List[str] = field(default_factory=list)
    metric: str = ""
    direction: str = ""
    baseline: str = ""  #: the benchmark value, an exact decimal
    delta_one: str = ""  #: one DeltaOne in the metric's units, an exact decimal
    license: str = ""
    owner: str = ""
    token: str = ""
    pool: str = ""

    @property
    def model_type(self) -> str:
        """The task the metric implies: classification, regression or language."""
        if self.metric in ("accuracy", "precision", "recall", "f1", "auc_roc", "log_loss"):
            return "classification"
        if self.metric in ("mse", "rmse", "mae", "r2"):
            return "regression"
        if self.metric == "perplexity":
            return "language"
        return "custom"

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Model":
        """Builds a Model from the API's JSON."""
        return cls(raw=d, id=int(d.get("id", 0)), name=d.get("name", ""), ticker=d.get("ticker", ""),
                   description=d.get("description", ""), category=d.get("category", ""), tags=list(d.get("tags") or []),
                   metric=d.get("metric", ""), direction=d.get("direction", ""), baseline=str(d.get("baseline", "")),
                   delta_one=str(d.get("delta_one", "")), license=d.get("license", ""), owner=d.get("owner", ""),
                   token=d.get("token", ""), pool=d.get("pool", ""))


@dataclass
class RegistrationResult(Result):
    """What register_model did: the model, its token and every step's transaction."""

    model_id: int = 0
    token_address: str = ""
    status: str = ""  #: "registered" when all four steps are done
    pool_address: str = ""
    version: str = ""  #: the package version now the model's head
    package_digest: str = ""
    transactions: Dict[str, str] = field(default_factory=dict)  #: step → transaction hash


@dataclass
class ConfigurationResult(Result):
    """A configure_token_manager or configure_verifier call's outcome."""

    model_id: int = 0
    status: str = ""  #: "configured"
    transaction: str = ""
    settings: Dict[str, Any] = field(default_factory=dict)  #: what was written, in stored units


@dataclass
class IntegrationTestResult(Result):
    """test_model_integration: status passed/failed/error and the fraction of cases passed."""

    status: str = ""
    score: float = 0.0
    passed: int = 0
    failed: int = 0
    cases: List[Dict[str, Any]] = field(default_factory=list)  #: the failed cases with the model's actual output


@dataclass
class ContractVerification(Result):
    """verify_contract_integration: the on-chain checks of the model's contracts."""

    status: str = ""  #: "verified" when every requested check passes, else "failed"
    token_manager: Dict[str, Any] = field(default_factory=dict)
    verifier: Dict[str, Any] = field(default_factory=dict)
    token_creation: Dict[str, Any] = field(default_factory=dict)
    reward_distribution: Dict[str, Any] = field(default_factory=dict)
    checks: Dict[str, bool] = field(default_factory=dict)


@dataclass
class Prediction(Result):
    """One model answer: the prediction, its confidence and what the call cost."""

    prediction: Any = None  #: the label for classifiers, else the value
    confidence: float = 0.0
    latency: float = 0.0  #: milliseconds the model took
    fee_charged: str = "0"  #: USDC, an exact decimal
    fee_charged_micros: int = 0
    probabilities: Optional[Dict[str, float]] = None
    version: str = ""
    usage_id: int = 0


@dataclass
class BatchPrediction(Result):
    """batch_predict: one prediction per row at the batch tier."""

    predictions: List[Prediction] = field(default_factory=list)
    latency: float = 0.0
    fee_charged: str = "0"
    fee_charged_micros: int = 0
    version: str = ""
    usage_id: int = 0


@dataclass
class CostEstimate(Result):
    """estimate_cost: what calls would cost now; nothing is charged."""

    calls: int = 0
    tier: str = ""
    price_per_call: str = ""
    amount: str = ""  #: USDC, exact decimal
    amount_micros: int = 0
    spendable: str = ""
    free: bool = False


@dataclass
class UsageStats(Result):
    """get_usage_stats: calls and spend per model over a window."""

    total_calls: int = 0
    total_amount: str = "0"
    total_amount_micros: int = 0
    models: List[Dict[str, Any]] = field(default_factory=list)


@dataclass
class LicenseStatus(Result):
    """check_license_status: whether this caller may call or download the model."""

    model_id: int = 0
    license: str = ""
    can_call: bool = False
    can_download: bool = False
    whitelisted: Optional[bool] = None
    reason: str = ""


@dataclass
class AccessRequest(Result):
    """request_whitelist_access: a wallet's request to be whitelisted on a proprietary model."""

    id: int = 0
    model_id: int = 0
    address: str = ""
    message: str = ""
    status: str = ""  #: pending, approved or declined
    created_at: str = ""
    decided_at: Optional[str] = None


@dataclass
class CoopMembership(Result):
    """get_coop_membership: how this wallet takes part in a model's cooperative."""

    model_id: int = 0
    address: str = ""
    member: bool = False
    token_balance: int = 0  #: token wei
    contributions: int = 0
    accepted_contributions: int = 0
    calls: int = 0


@dataclass
class Contribution(Result):
    """A data contribution and where it is in received → evaluating → accepted | rejected."""

    id: int = 0
    model_id: int = 0
    status: str = ""
    rows: int = 0
    reason_code: str = ""
    reason: str = ""
    reward: str = ""  #: token wei minted to this contributor
    delta_ones: str = ""
    mint_tx: str = ""
    evaluation_id: int = 0
    created: bool = True  #: False when an idempotent retry returned the stored one

    @classmethod
    def from_json(cls, d: Dict[str, Any], created: bool = True) -> "Contribution":
        """Builds a Contribution from the API's JSON."""
        return cls(raw=d, id=int(d.get("id", 0)), model_id=int(d.get("model_id", 0)), status=d.get("status", ""),
                   rows=int(d.get("rows", 0)), reason_code=d.get("reason_code", ""), reason=d.get("reason", ""),
                   reward=str(d.get("reward", "")), delta_ones=str(d.get("delta_ones", "")), mint_tx=d.get("mint_tx", ""),
                   evaluation_id=int(d.get("evaluation_id", 0) or 0), created=created)

    @property
    def done(self) -> bool:
        """Whether the contribution reached accepted or rejected."""
        return self.status in ("accepted", "rejected")


@dataclass
class Credits(Result):
    """A consumer's prepaid USDC credits, in micro-USDC."""

    consumer: str = ""
    deposited: int = 0
    spendable: int = 0
    settled: int = 0
    unsettled: int = 0


@dataclass
class APIKey(Result):
    """An API key; ``secret`` is only set when it was just created."""

    id: str = ""
    name: str = ""
    scopes: List[str] = field(default_factory=list)
    secret: Optional[str] = field(default=None, repr=False)  #: kept out of repr, so logging a key does not leak it

    @classmethod
    def from_json(cls, k: Dict[str, Any], raw: Optional[Dict[str, Any]] = None, secret: Optional[str] = None) -> "APIKey":
        """Builds an APIKey from the API's key JSON (raw: the whole answer, when the key is part of one)."""
        return cls(raw=dict(raw if raw is not None else k), id=str(k.get("id", "")), name=str(k.get("name", "")),
                   scopes=list(k.get("scopes") or []), secret=secret)


def _wei(v: Any) -> int:
    """A decimal amount string of the API (token wei, micro-USDC) as an exact integer."""
    return int(str(v)) if v not in (None, "") else 0


@dataclass
class ModelDAO(Result):
    """get_model_dao: a model's Agent, Governor, timelock, parent (for a fork) and price now."""

    model_id: int = 0
    agent: str = ""  #: the Agent: the model's ledger, and the EIP-712 verifying contract of ratings
    governor: str = ""  #: the DAO's Governor: the EIP-712 verifying contract of ballots
    timelock: str = ""
    chain_id: int = 0
    parent_id: Optional[int] = None  #: the parent model of a fork; None when not a fork
    parent_version: Optional[int] = None
    price_per_call_micros: int = 0  #: the price per call now, following any ramp
    price_ramp: Dict[str, Any] = field(default_factory=dict)  #: from_micros, to_micros, start, end

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "ModelDAO":
        """Builds a ModelDAO from the API's JSON."""
        return cls(raw=d, model_id=int(d.get("model_id", 0)), agent=str(d.get("agent", "")), governor=str(d.get("governor", "")),
                   timelock=str(d.get("timelock", "")), chain_id=int(d.get("chain_id", 0)),
                   parent_id=int(d["parent_id"]) if d.get("parent_id") is not None else None,
                   parent_version=int(d["parent_version"]) if d.get("parent_version") is not None else None,
                   price_per_call_micros=int(d.get("price_per_call_micros", 0)), price_ramp=dict(d.get("price_ramp") or {}))


@dataclass
class Proposal(Result):
    """A DAO proposal: its state now, tallies in token wei, timepoints, and (once indexed) its
    kind, decoded parameters, description and calls."""

    id: str = ""  #: the proposal id, a decimal uint256
    model_id: int = 0
    governor: str = ""
    state: str = ""  #: pending, active, canceled, defeated, succeeded, queued, expired or executed
    proposer: str = ""
    snapshot: int = 0  #: voting weight is read at this hour (token clock, hours since the epoch)
    deadline: int = 0  #: voting ends after this hour (token clock)
    eta: int = 0  #: Unix seconds from which a queued proposal may execute; 0 before queueing
    votes_for: int = 0  #: token wei
    votes_against: int = 0
    votes_abstain: int = 0
    quorum: Optional[int] = None  #: for plus abstain votes needed; None while not yet known
    kind: Optional[str] = None  #: price, tier_discount, enterprise, rewards, royalty or other; None until indexed
    params: Dict[str, Any] = field(default_factory=dict)
    description: Optional[str] = None
    calls: List[Dict[str, Any]] = field(default_factory=list)  #: target, value, data the timelock calls
    tx_hash: Optional[str] = None  #: the transaction this request sent, when it sent one
    created_block: Optional[int] = None

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Proposal":
        """Builds a Proposal from the API's JSON."""
        v = d.get("votes") or {}
        q = v.get("quorum")
        return cls(raw=d, id=str(d.get("id", "")), model_id=int(d.get("model_id", 0)), governor=str(d.get("governor", "")),
                   state=str(d.get("state", "")), proposer=str(d.get("proposer", "")), snapshot=int(d.get("snapshot", 0)),
                   deadline=int(d.get("deadline", 0)), eta=int(d.get("eta", 0)), votes_for=_wei(v.get("for")),
                   votes_against=_wei(v.get("against")), votes_abstain=_wei(v.get("abstain")),
                   quorum=int(q) if q not in (None, "") else None, kind=d.get("kind"), params=dict(d.get("params") or {}),
                   description=d.get("description"), calls=[dict(c) for c in d.get("calls") or []], tx_hash=d.get("tx_hash"),
                   created_block=int(d["created_block"]) if d.get("created_block") is not None else None)


@dataclass
class Ballot(Result):
    """get_ballot: the Governor's EIP-712 Ballot a voter signs to vote without ETH."""

    chain_id: int = 0
    governor: str = ""
    proposal_id: str = ""
    support: str = ""  #: against, for or abstain
    voter: str = ""
    nonce: int = 0  #: the voter's next ballot nonce
    digest: str = ""  #: what the server says should be signed (0x and 64 hex digits)

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Ballot":
        """Builds a Ballot from the API's JSON."""
        return cls(raw=d, chain_id=int(d.get("chain_id", 0)), governor=str(d.get("governor", "")), proposal_id=str(d.get("proposal_id", "")),
                   support=str(d.get("support", "")), voter=str(d.get("voter", "")), nonce=_wei(d.get("nonce")), digest=str(d.get("digest", "")))


@dataclass
class RatingBallot(Result):
    """get_rating_ballot: the Agent's EIP-712 Rating a member signs to rate without ETH."""

    chain_id: int = 0
    agent: str = ""
    member: str = ""
    stars: int = 0
    nonce: int = 0  #: the member's next rating nonce
    deadline: int = 0  #: Unix seconds (chain time) after which the signature is refused
    digest: str = ""
    typed_data: Dict[str, Any] = field(default_factory=dict)  #: the same rating as eth_signTypedData_v4 data

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "RatingBallot":
        """Builds a RatingBallot from the API's JSON."""
        return cls(raw=d, chain_id=int(d.get("chain_id", 0)), agent=str(d.get("agent", "")), member=str(d.get("member", "")),
                   stars=int(d.get("stars", 0)), nonce=_wei(d.get("nonce")), deadline=int(d.get("deadline", 0)),
                   digest=str(d.get("digest", "")), typed_data=dict(d.get("typed_data") or {}))


@dataclass
class Rating(Result):
    """rate_model: the member's rating now and the model's ratings after it."""

    model_id: int = 0
    agent: str = ""
    member: str = ""
    stars: int = 0
    ratings: int = 0  #: members who rated
    rating_sum: int = 0
    rating_mean: str = ""  #: exact to two decimals ("4.25", "5")
    tx_hash: str = ""

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Rating":
        """Builds a Rating from the API's JSON."""
        return cls(raw=d, model_id=int(d.get("model_id", 0)), agent=str(d.get("agent", "")), member=str(d.get("member", "")),
                   stars=int(d.get("stars", 0)), ratings=int(d.get("ratings", 0)), rating_sum=int(d.get("rating_sum", 0)),
                   rating_mean=str(d.get("rating_mean", "")), tx_hash=str(d.get("tx_hash", "")))


@dataclass
class Vesting(Result):
    """get_vesting / release_vesting: the owner's vesting, in token wei."""

    model_id: int = 0
    vesting: str = ""  #: the vesting contract
    beneficiary: str = ""  #: the model's owner, who receives released tokens
    total: int = 0
    released: int = 0
    releasable: int = 0  #: what a release would send now
    locked: int = 0
    released_now: Optional[int] = None  #: what release_vesting released
    tx_hash: Optional[str] = None

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Vesting":
        """Builds a Vesting from the API's JSON."""
        return cls(raw=d, model_id=int(d.get("model_id", 0)), vesting=str(d.get("vesting", "")), beneficiary=str(d.get("beneficiary", "")),
                   total=_wei(d.get("total")), released=_wei(d.get("released")), releasable=_wei(d.get("releasable")),
                   locked=_wei(d.get("locked")), released_now=_wei(d["released_now"]) if d.get("released_now") is not None else None,
                   tx_hash=d.get("tx_hash"))


@dataclass
class AgentLedger(Result):
    """get_agent_ledger: the Agent's ledger as indexed, with the distributed training score."""

    model_id: int = 0
    members: int = 0
    total_shares: int = 0  #: contributors' training shares, token wei
    ratings: int = 0
    rating_sum: int = 0
    rating_mean: Optional[str] = None  #: to two decimals; None when unrated
    calls: int = 0
    fees_micros: int = 0
    users: int = 0  #: distinct consumers with a settled call
    calls_30d: int = 0
    training_score_bps: int = 0  #: 0–10000

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "AgentLedger":
        """Builds an AgentLedger from the API's JSON."""
        return cls(raw=d, model_id=int(d.get("model_id", 0)), members=int(d.get("members", 0)), total_shares=_wei(d.get("total_shares")),
                   ratings=int(d.get("ratings", 0)), rating_sum=int(d.get("rating_sum", 0)), rating_mean=d.get("rating_mean"),
                   calls=int(d.get("calls", 0)), fees_micros=int(d.get("fees_micros", 0)), users=int(d.get("users", 0)),
                   calls_30d=int(d.get("calls_30d", 0)), training_score_bps=int(d.get("training_score_bps", 0)))


@dataclass
class AgentMember(Result):
    """One member of a model's Agent: why it is one, its training shares and its rating."""

    account: str = ""
    reason: str = ""  #: owner, contributor or consumer
    shares: int = 0  #: token wei
    stars: int = 0  #: 0 when it has not rated

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "AgentMember":
        """Builds an AgentMember from the API's JSON."""
        return cls(raw=d, account=str(d.get("account", "")), reason=str(d.get("reason", "")), shares=_wei(d.get("shares")),
                   stars=int(d.get("stars", 0)))


@dataclass
class Sale(Result):
    """get_sale: whether the model is for sale outright, by whom and for how much."""

    model_id: int = 0
    market: str = ""  #: the ModelMarket contract
    for_sale: bool = False
    seller: Optional[str] = None
    price_micros: Optional[int] = None
    price: Optional[str] = None  #: USDC, an exact decimal ("25")

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Sale":
        """Builds a Sale from the API's JSON."""
        return cls(raw=d, model_id=int(d.get("model_id", 0)), market=str(d.get("market", "")), for_sale=bool(d.get("for_sale", False)),
                   seller=d.get("seller"), price_micros=_wei(d["price_micros"]) if d.get("price_micros") not in (None, "") else None,
                   price=d.get("price"))


@dataclass
class SaleResult(Result):
    """list_model_for_sale / cancel_sale / buy_model: the transactions the wallet sent, in
    order, and the listing after them."""

    model_id: int = 0
    action: str = ""  #: list, cancel or buy
    transactions: List[str] = field(default_factory=list)  #: transaction hashes
    sale: Sale = field(default_factory=Sale)
