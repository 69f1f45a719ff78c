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
