"""HokusaiClient: the seed's programmatic API over a Hokusai server.

Calls that change on-chain state as the model's owner (creating the model
and its token, the token manager, the verifier) are transactions signed in
this process with the owner's key and sent to the chain the server names
(``GET /v1/chain``); calls to the API that need the owner's consent carry
an EIP-712 signature (``Hokusai-*`` headers); metered calls use the API key.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from decimal import Decimal
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Union

from eth_abi.abi import decode as abi_decode
from eth_utils.address import to_checksum_address
from eth_utils.crypto import keccak

from . import _units
from ._dao import DAOMethods
from ._transport import Transport
from ._wallet import ChainRPC, Domain, Wallet, call_data
from .errors import ForbiddenError, HokusaiError, InvalidInputError, NotFoundError
from .models import (AccessRequest, APIKey, BatchPrediction, ConfigurationResult, ContractVerification, Contribution, CoopMembership,
                     CostEstimate, Credits, IntegrationTestResult, LicenseStatus, Model, Prediction, RegistrationResult,
                     UsageStats)
from .packager import ModelPackage

#: Where the client looks when base_url is not given and HOKUSAI_BASE_URL / HOKUSAI_SERVER are unset.
DEFAULT_BASE_URL = "http://127.0.0.1:8080"
#: Supply presets (initial supply / tokens per DeltaOne / expected DeltaOnes), as in the web wizard.
SUPPLY_PRESETS = {"experimental": (500_000, 200_000, 8), "growth": (1_000_000, 100_000, 5), "mature": (2_000_000, 50_000, 3)}
METRICS = ["accuracy", "precision", "recall", "f1", "auc_roc", "log_loss", "mse", "rmse", "mae", "r2", "perplexity", "custom"]
LICENSES = ["decentralized", "proprietary", "open-source"]
_MINIMIZED = {"log_loss", "mse", "rmse", "mae", "perplexity"}
_MODEL_CREATED = keccak(b"ModelCreated(uint256,address,address,address,address,string,string)")
_REGISTER_KEYS = {"reward_rate", "min_improvement", "max_rewards", "ticker", "metric", "baseline", "direction", "delta_one",
                  "license", "supply_preset", "initial_supply", "tokens_per_deltaone", "expected_deltaones", "category", "tags",
                  "name", "description", "mint_threshold", "api_fee_rate", "reward_distribution", "verifier", "treasury"}
MAX_PAGE = 100

Rows = Union[str, bytes, Sequence[Mapping[str, Any]]]


class HokusaiClient(DAOMethods):
    """A client of one Hokusai server, optionally acting for one wallet.

    Arguments fall back to environment variables: ``HOKUSAI_BASE_URL`` (or
    ``HOKUSAI_SERVER``), ``HOKUSAI_API_KEY``, ``HOKUSAI_WALLET_ADDRESS``,
    ``HOKUSAI_PRIVATE_KEY``, ``HOKUSAI_KEYSTORE`` (+ ``HOKUSAI_PASSWORD``).
    """

    def __init__(self, api_key: Optional[str] = None, wallet_address: Optional[str] = None, *,
                 private_key: Optional[str] = None, keystore: Optional[str] = None, password: Optional[str] = None,
                 base_url: Optional[str] = None, timeout: float = 30.0, max_retries: int = 3,
                 max_retry_after: float = 30.0) -> None:
        env = os.environ
        self.base_url = (base_url or env.get("HOKUSAI_BASE_URL") or env.get("HOKUSAI_SERVER") or DEFAULT_BASE_URL).rstrip("/")
        self.api_key = api_key if api_key is not None else env.get("HOKUSAI_API_KEY")
        self.wallet_address = wallet_address if wallet_address is not None else env.get("HOKUSAI_WALLET_ADDRESS")
        self._private_key = private_key if private_key is not None else env.get("HOKUSAI_PRIVATE_KEY")
        self._keystore = keystore if keystore is not None else env.get("HOKUSAI_KEYSTORE")
        self._password = password
        self._t = Transport(self.base_url, self.api_key, timeout=timeout, max_retries=max_retries, max_retry_after=max_retry_after)
        self._wallet: Optional[Wallet] = None
        self._chain: Optional[Dict[str, Any]] = None
        self._rpc: Optional[ChainRPC] = None

    # ---- plumbing ----

    def close(self) -> None:
        """Closes the HTTP connections."""
        self._t.close()
        if self._rpc is not None:
            self._rpc.close()

    def __enter__(self) -> "HokusaiClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def transport(self) -> Transport:
        """The HTTP transport (retries, timeouts), for tuning."""
        return self._t

    def _get(self, path: str, params: Optional[Mapping[str, Any]] = None, auth: bool = True) -> Any:
        return self._t.request("GET", path, params=params, auth=auth)[0]

    def chain_info(self) -> Dict[str, Any]:
        """GET /v1/chain: chain id, RPC URL and contract addresses (cached)."""
        if self._chain is None:
            self._chain = dict(self._get("/v1/chain"))
        return self._chain

    def _domain(self) -> Domain:
        c = self.chain_info()
        reg = c.get("contracts", {}).get("ModelRegistry")
        if not reg:
            raise HokusaiError("The server names no ModelRegistry in GET /v1/chain, so requests cannot be signed for it.", code="MODEL_UNAVAILABLE")
        return Domain(int(c["chain_id"]), str(reg))

    def _contract(self, name: str) -> str:
        addr = self.chain_info().get("contracts", {}).get(name)
        if not addr:
            raise HokusaiError("The server's protocol has no %s contract (GET /v1/chain)." % name, code="MODEL_UNAVAILABLE")
        return str(addr)

    def _chain_rpc(self) -> ChainRPC:
        if self._rpc is None:
            c = self.chain_info()
            self._rpc = ChainRPC(str(c["rpc_url"]), int(c["chain_id"]))
        return self._rpc

    def _need_wallet(self) -> Wallet:
        if self._wallet is None:
            self.connect_wallet()
        assert self._wallet is not None
        return self._wallet

    def _signer(self, action: str, model: int, body_digest: Optional[bytes] = None) -> Any:
        wallet = self._need_wallet()
        domain = self._domain()
        return lambda body: wallet.request_headers(domain, action, model, body, body_digest)

    # ---- wallet ----

    def connect_wallet(self) -> Dict[str, Any]:
        """Loads the wallet's key (private_key, keystore or the HOKUSAI_* variables), checks it is
        wallet_address's, and connects to the server's chain. Returns address, chain_id and ETH balance."""
        if self._wallet is None:
            if self._private_key:
                self._wallet = Wallet(self._private_key)
            elif self._keystore:
                self._wallet = Wallet.from_keystore(self._keystore, self._password)
            else:
                raise InvalidInputError("connect_wallet needs the wallet's key: give private_key= or keystore= (or set HOKUSAI_PRIVATE_KEY / HOKUSAI_KEYSTORE). The key stays in this process.",
                                        field="private_key")
        if self.wallet_address and self.wallet_address.lower() != self._wallet.address.lower():
            raise InvalidInputError("The key given is for %s, not wallet_address %s; give the key of that wallet." % (self._wallet.address, self.wallet_address),
                                    field="wallet_address")
        self.wallet_address = self._wallet.address
        rpc = self._chain_rpc()
        bal = int(rpc.call_rpc("eth_getBalance", [self._wallet.address, "latest"]), 16)
        return {"address": self._wallet.address, "chain_id": rpc.chain_id, "balance_wei": bal, "connected": True}

    # ---- models ----

    def iter_models(self, *, owner: Optional[str] = None, ticker: Optional[str] = None, page_size: int = MAX_PAGE) -> Iterator[Model]:
        """Every model, page by page (GET /v1/models)."""
        offset = 0
        while True:
            page = self._get("/v1/models", {"owner": owner, "ticker": ticker, "limit": page_size, "offset": offset})
            data = page.get("data") or []
            for d in data:
                yield Model.from_json(d)
            offset += len(data)
            if not data or offset >= int(page.get("total", 0)):
                return

    def list_models(self, category: Optional[str] = None, model_type: Optional[str] = None, min_reward: Optional[Union[int, str, Decimal]] = None,
                    license_type: Optional[str] = None, *, owner: Optional[str] = None, limit: Optional[int] = None) -> List[Model]:
        """Models matching every filter given: category (case-insensitive), model_type
        (classification, regression, language, custom — from the metric), min_reward (tokens per
        DeltaOne, read from the token manager) and license_type (decentralized, proprietary,
        open-source)."""
        if license_type is not None and license_type not in LICENSES:
            raise InvalidInputError("license_type must be one of %s, got %r." % (", ".join(LICENSES), license_type), field="license_type")
        floor = _units.tokens("min_reward", min_reward) if min_reward is not None else None
        out: List[Model] = []
        for m in self.iter_models(owner=owner):
            if category is not None and m.category.lower() != category.lower():
                continue
            if model_type is not None and m.model_type != model_type:
                continue
            if license_type is not None and m.license != license_type:
                continue
            if floor is not None and self._reward_config(m.id)["tokens_per_deltaone"] < floor:
                continue
            out.append(m)
            if limit is not None and len(out) >= limit:
                break
        return out

    def get_model(self, model_id: Union[int, str]) -> Model:
        """One model by id or ticker."""
        return Model.from_json(self._get("/v1/models/%s" % model_id))

    # ---- registration (owner) ----

    def _find_free_ticker(self, name: str) -> str:
        letters = re.sub(r"[^A-Za-z]", "", name).upper() or "MODEL"
        candidates = [letters[:6], letters[:3] + letters[-3:], letters[:4]] + [letters[:3] + chr(65 + i) * 2 for i in range(26)]
        for t in candidates:
            if len(t) < 3:
                t = (t + "XXX")[:3]
            if not self._get("/v1/models", {"ticker": t}).get("data"):
                return t
        raise InvalidInputError("No free ticker could be derived from %r; give settings['ticker']." % name, field="ticker")

    def create_model(self, name: str, ticker: str, metric: str, baseline: Any, *, direction: Optional[str] = None,
                     delta_one: Any = None, license: str = "decentralized", supply_preset: str = "growth",
                     initial_supply: Optional[int] = None, tokens_per_deltaone: Optional[int] = None,
                     expected_deltaones: Optional[int] = None, description: str = "", category: str = "",
                     tags: Sequence[str] = (), treasury: Optional[str] = None, wait: float = 15.0) -> Dict[str, Any]:
        """Creates the model on-chain (its ERC-20 token, USDC pool and owner vesting in one
        transaction, signed by the connected wallet) and waits until the server has indexed it.
        A proprietary model needs a treasury address that holds USDC now (its revenue goes there)."""
        wallet = self._need_wallet()
        if license == "proprietary":
            if not treasury:
                raise InvalidInputError("A Proprietary model needs a treasury: give treasury='0x…', an address that holds USDC, for its revenue.", field="treasury")
            usdc = self._contract("USDC")
            bal = self._chain_rpc().read(usdc, "balanceOf(address)", ["address"], [to_checksum_address(treasury)], ["uint256"])[0]
            if int(bal) == 0:
                raise ForbiddenError("The treasury %s holds no USDC (token %s), and a Proprietary model needs a funded treasury; send USDC to it (or name a funded address) and create the model again."
                                     % (to_checksum_address(treasury), usdc), field="treasury")
        if metric not in METRICS:
            raise InvalidInputError("metric must be one of %s, got %r." % (", ".join(METRICS), metric), field="metric")
        if license not in LICENSES:
            raise InvalidInputError("license must be one of %s, got %r." % (", ".join(LICENSES), license), field="license")
        d = direction or ("min" if metric in _MINIMIZED else "max")
        if d not in ("max", "min"):
            raise InvalidInputError("direction must be max or min, got %r." % d, field="direction")
        base = _units.exact_units("baseline", baseline, 18, "1e-18", positive=False)
        if metric in _units.PROPORTIONS and base > _units.WAD:
            raise InvalidInputError("%s is a proportion: baseline must lie between 0 and 1, got %s." % (metric, baseline), field="baseline")
        dl = _units.exact_units("delta_one", delta_one, 18, "1e-18") if delta_one is not None else 0
        if initial_supply is None:
            if supply_preset not in SUPPLY_PRESETS:
                raise InvalidInputError("supply_preset must be experimental, growth or mature, got %r." % supply_preset, field="supply_preset")
            initial_supply, tokens_per_deltaone, expected_deltaones = SUPPLY_PRESETS[supply_preset]
        if not tokens_per_deltaone or tokens_per_deltaone <= 0:
            raise InvalidInputError("A custom supply needs initial_supply and tokens_per_deltaone.", field="tokens_per_deltaone")
        meta = {k: v for k, v in (("description", description), ("category", category), ("tags", list(tags)),
                                  ("treasury", to_checksum_address(treasury) if treasury else "")) if v}
        params = (name, ticker.upper(), METRICS.index(metric), 0 if d == "max" else 1, base, dl, LICENSES.index(license),
                  int(initial_supply) * _units.WAD, int(tokens_per_deltaone) * _units.WAD, int(expected_deltaones or 0),
                  json.dumps(meta, separators=(",", ":")))
        data = call_data("createModel((string,string,uint8,uint8,int256,uint256,uint8,uint256,uint256,uint256,string))",
                         ["(string,string,uint8,uint8,int256,uint256,uint8,uint256,uint256,uint256,string)"], [params])
        registry = self._contract("ModelRegistry").lower()
        rc = self._chain_rpc().send(wallet, self._contract("ModelFactory"), data)
        for log in rc.get("logs", []):
            if log["address"].lower() == registry and bytes.fromhex(log["topics"][0][2:]) == _MODEL_CREATED:
                model_id = int(log["topics"][1], 16)
                token, pool, vesting, _, _ = abi_decode(["address", "address", "address", "string", "string"], bytes.fromhex(log["data"][2:]))
                self._wait_indexed(model_id, wait)
                return {"model_id": model_id, "token": to_checksum_address(token), "pool": to_checksum_address(pool),
                        "vesting": to_checksum_address(vesting), "tx_hash": rc["transactionHash"]}
        raise HokusaiError("Transaction %s created no model (no ModelCreated event)." % rc["transactionHash"], code="INTERNAL")

    def _wait_indexed(self, model_id: int, wait: float) -> None:
        deadline = time.monotonic() + wait
        while True:
            try:
                self.get_model(model_id)
                return
            except NotFoundError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def upload_package(self, model_id: Union[int, str], model_package: Union[ModelPackage, str]) -> Dict[str, Any]:
        """Registers a package as the model's next version (POST /v1/models/{id}/versions), signed by the owner."""
        path = model_package.path if isinstance(model_package, ModelPackage) else str(model_package)
        with open(path, "rb") as fh:
            body = fh.read()
        mid = int(self.get_model(model_id).id)
        digest = hashlib.sha256(body).digest()
        out, _ = self._t.request("POST", "/v1/models/%d/versions" % mid, content=body, content_type="application/gzip",
                                 signer=self._signer("register_version", mid, digest), timeout=300)
        return dict(out)

    def download_package(self, model_id: Union[int, str], version: str, path: str) -> str:
        """Downloads a version's package to path, as the connected wallet (signed) or, without a
        wallet, with the API key; returns its sha256 digest. The model's licence decides who may:
        anyone for open-source, owner and whitelist for proprietary, owner for decentralized."""
        m = self.get_model(model_id)
        signer = self._signer("download_package", m.id) if (self._wallet is not None or self._private_key or self._keystore) else None
        hs = hashlib.sha256()
        part = path + ".part"
        try:
            with open(part, "wb") as fh:
                def sink(chunk: bytes) -> None:
                    hs.update(chunk)
                    fh.write(chunk)
                _, resp = self._t.request("GET", "/v1/models/%d/versions/%s/package" % (m.id, version), signer=signer,
                                          timeout=300, sink=sink)
            digest = "sha256:" + hs.hexdigest()
            if resp.headers.get("X-Hokusai-Digest") not in (None, digest):
                raise HokusaiError("The package downloaded from %s does not match its digest %s; download again." % (self.base_url, resp.headers.get("X-Hokusai-Digest")), code="INTERNAL")
            os.replace(part, path)
        finally:
            if os.path.exists(part):
                os.remove(part)
        return digest

    def register_model(self, model_package: ModelPackage, settings: Optional[Mapping[str, Any]] = None) -> RegistrationResult:
        """The seed's register_model: in one call, registers the model, creates its ERC-20
        token, sets up the token manager and configures the verifier.

        ``settings`` are the seed's ``reward_rate`` (tokens per DeltaOne), ``min_improvement``
        (in the metric's units: 0.01 = one percentage point of a proportion = one DeltaOne) and
        ``max_rewards`` (most tokens one improvement mints), plus optional ``ticker`` (default:
        from the package name, the first free one), ``metric`` and ``baseline`` (default: the
        package's first metric and its value), ``direction``, ``delta_one``, ``license``
        (decentralized; a proprietary one needs a funded ``treasury``), ``supply_preset`` (growth) or ``initial_supply`` /
        ``tokens_per_deltaone`` / ``expected_deltaones``, ``category``, ``tags``, and the token
        manager's ``mint_threshold``, ``api_fee_rate`` and ``reward_distribution``.
        """
        s = dict(settings or {})
        unknown = set(s) - _REGISTER_KEYS
        if unknown:
            raise InvalidInputError("register_model does not know setting(s) %s; see its docstring for the settings it takes." % ", ".join(sorted(unknown)),
                                    field=sorted(unknown)[0])
        for k in ("reward_rate", "max_rewards"):
            if k not in s:
                raise InvalidInputError("register_model needs settings[%r] (%s)." % (k, "tokens minted per DeltaOne" if k == "reward_rate" else "the most tokens one improvement mints"), field=k)
        man = model_package.manifest
        metrics = dict(man.get("metrics") or {})
        metric = str(s.get("metric") or (sorted(metrics)[0] if metrics else "accuracy"))
        if "baseline" in s:
            baseline = s["baseline"]
        elif metric in metrics:
            baseline = repr(float(metrics[metric]))
        else:
            raise InvalidInputError("Give settings['baseline'] (the model's current %s) or put metrics: {%r: value} in the package metadata." % (metric, metric), field="baseline")
        name = str(s.get("name") or man["name"])
        ticker = str(s.get("ticker") or self._find_free_ticker(name))
        steps: Dict[str, str] = {}
        created = self.create_model(name, ticker, metric, baseline, direction=s.get("direction"), delta_one=s.get("delta_one"),
                                    license=str(s.get("license", "decentralized")), supply_preset=str(s.get("supply_preset", "growth")),
                                    initial_supply=s.get("initial_supply"), tokens_per_deltaone=s.get("tokens_per_deltaone"),
                                    expected_deltaones=s.get("expected_deltaones"), description=str(s.get("description") or man.get("description", "")),
                                    category=str(s.get("category", "")), tags=list(s.get("tags", [])), treasury=s.get("treasury"))
        mid = int(created["model_id"])
        steps["create_model"] = created["tx_hash"]
        version = self.upload_package(mid, model_package)
        tm = self.configure_token_manager(mid, settings={k: s[k] for k in ("reward_rate", "max_rewards", "min_improvement", "mint_threshold", "api_fee_rate", "reward_distribution") if k in s})
        steps["configure_token_manager"] = tm.transaction
        vr = self.configure_verifier(mid, settings=dict(s.get("verifier") or {"performance_metrics": [metric], "verification_method": "oracle", "improvement_calculation": "deltaInBps"}))
        steps["configure_verifier"] = vr.transaction
        raw = {"model_id": mid, "token_address": created["token"], "pool_address": created["pool"], "vesting_address": created["vesting"],
               "version": version, "transactions": steps, "token_manager": tm.settings, "verifier": vr.settings}
        return RegistrationResult(raw=raw, model_id=mid, token_address=created["token"], status="registered", pool_address=created["pool"],
                                  version=str(version.get("version", "")), package_digest=model_package.digest, transactions=steps)

    def _reward_config(self, model_id: int) -> Dict[str, Any]:
        out = self._chain_rpc().read(self._contract("TokenManager"), "rewardConfig(uint256)", ["uint256"], [model_id],
                                     ["(uint128,uint128,uint128,uint96,uint16,bool)"])[0]
        return {"tokens_per_deltaone": out[0], "max_reward": out[1], "budget": out[2], "mint_threshold": out[3],
                "contributor_bps": out[4], "configured": out[5]}

    def configure_token_manager(self, model_id: Union[int, str], settings: Optional[Mapping[str, Any]] = None) -> ConfigurationResult:
        """The seed's configure_token_manager: ``mint_threshold`` (metric units, like
        min_improvement), ``api_fee_rate`` (USDC per call, ramped over 30 days),
        ``reward_distribution`` ({contributors: 0.7, model_owner: 0.3}), and register_model's
        ``reward_rate`` / ``max_rewards`` / ``min_improvement``. Absent settings keep their
        on-chain value. The server converts them exactly (a value finer than its stored unit is
        refused, naming it) and the owner's wallet signs and sends the transaction."""
        s = dict(settings or {})
        known = {"reward_rate", "max_rewards", "min_improvement", "mint_threshold", "api_fee_rate", "reward_distribution"}
        if set(s) - known:
            raise InvalidInputError("configure_token_manager does not know setting(s) %s; it takes %s." % (", ".join(sorted(set(s) - known)), ", ".join(sorted(known))),
                                    field=sorted(set(s) - known)[0])
        wallet = self._need_wallet()
        m = self.get_model(model_id)
        # The server converts the seed's units exactly (POST .../token_manager_settings) and
        # answers the owner's unsigned transaction; it is signed and sent from here.
        body = {k: (str(v) if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) else v) for k, v in s.items()}
        plan, _ = self._t.request("POST", "/v1/models/%d/token_manager_settings" % m.id, json_body=body)
        tx = plan["transaction"]
        if str(tx.get("from", "")).lower() != wallet.address.lower():
            raise InvalidInputError("Only model %d's owner %s configures its token manager; the connected wallet is %s." % (m.id, tx.get("from"), wallet.address), field="wallet_address")
        rc = self._chain_rpc().send(wallet, tx["to"], bytes.fromhex(tx["data"][2:]))
        return ConfigurationResult(raw=dict(plan), model_id=m.id, status="configured", transaction=rc["transactionHash"], settings=dict(plan["config"]))

    def configure_verifier(self, model_id: Union[int, str], settings: Optional[Mapping[str, Any]] = None) -> ConfigurationResult:
        """The seed's configure_verifier: ``performance_metrics`` (must include the model's
        metric), ``verification_method`` ('oracle', k of n attesters sign each mint, or 'zkProof',
        the evaluator proves each DeltaOne with a Groth16 proof the verifier checks on-chain) and
        ``improvement_calculation`` ('deltaInBps'); optional ``attesters`` (default: the server's)
        and ``k`` (oracle; default: all of them). The server checks the settings (POST
        .../verifier_settings) and refuses zkProof, with the reason, for a model the circuit
        cannot prove (ONNX, trees, remote endpoints, regressions, metrics other than accuracy);
        the owner's wallet signs and sends the transaction."""
        s = dict(settings or {})
        known = {"verification_method", "performance_metrics", "improvement_calculation", "attesters", "k"}
        if set(s) - known:
            raise InvalidInputError("configure_verifier does not know setting(s) %s; it takes %s." % (", ".join(sorted(set(s) - known)), ", ".join(sorted(known))),
                                    field=sorted(set(s) - known)[0])
        wallet = self._need_wallet()
        m = self.get_model(model_id)
        body: Dict[str, Any] = {"verification_method": str(s.get("verification_method", "oracle"))}
        if s.get("performance_metrics"):
            body["performance_metrics"] = [str(x) for x in s["performance_metrics"]]
        if s.get("improvement_calculation"):
            body["improvement_calculation"] = str(s["improvement_calculation"])
        if s.get("attesters"):
            body["attesters"] = [str(a) for a in s["attesters"]]
        if s.get("k"):
            body["k"] = int(s["k"])
        plan, _ = self._t.request("POST", "/v1/models/%d/verifier_settings" % m.id, json_body=body)
        tx = plan["transaction"]
        if str(tx.get("from", "")).lower() != wallet.address.lower():
            raise InvalidInputError("Only model %d's owner %s configures its verifier; the connected wallet is %s." % (m.id, tx.get("from"), wallet.address), field="wallet_address")
        if str(tx.get("to", "")).lower() != self._contract("DeltaOneVerifier").lower():
            raise InvalidInputError("The server's verifier transaction is addressed to %s, not the protocol's DeltaOneVerifier." % tx.get("to"), field="transaction")
        rc = self._chain_rpc().send(wallet, tx["to"], bytes.fromhex(tx["data"][2:]))
        stored = {"verification_method": plan["verification_method"], "k": plan["k"], "attesters": list(plan["attesters"]),
                  "performance_metrics": list(body.get("performance_metrics") or [m.metric]), "improvement_calculation": "deltaInBps"}
        if plan.get("zk_shape"):
            stored["zk_shape"] = dict(plan["zk_shape"])
        return ConfigurationResult(raw=dict(plan), model_id=m.id, status="configured", transaction=rc["transactionHash"], settings=stored)

    def verify_contract_integration(self, model_id: Union[int, str], checks: Optional[Sequence[str]] = None) -> ContractVerification:
        """The seed's verify_contract_integration: the server reads the model's contracts and
        reports token_creation, verifier_setup, manager_configuration and reward_distribution.
        ``checks`` names the ones that must pass for status 'verified' (default: all)."""
        m = self.get_model(model_id)
        rep = dict(self._get("/v1/models/%d/contract_integration" % m.id))
        names = {"token_creation": "token_creation", "verifier_setup": "verifier_setup", "verifier": "verifier_setup",
                 "manager_configuration": "manager_configuration", "token_manager": "manager_configuration",
                 "reward_distribution": "reward_distribution"}
        wanted = list(checks) if checks else ["token_creation", "verifier_setup", "manager_configuration", "reward_distribution"]
        results: Dict[str, bool] = {}
        for c in wanted:
            if c not in names:
                raise InvalidInputError("Unknown check %r; use %s." % (c, ", ".join(sorted(names))), field="checks")
            results[c] = bool((rep.get(names[c]) or {}).get("ok"))
        return ContractVerification(raw=rep, status="verified" if all(results.values()) else "failed",
                                    token_manager=dict(rep.get("manager_configuration") or {}), verifier=dict(rep.get("verifier_setup") or {}),
                                    token_creation=dict(rep.get("token_creation") or {}), reward_distribution=dict(rep.get("reward_distribution") or {}),
                                    checks=results)

    def test_model_integration(self, model_id: Union[int, str], test_cases: Sequence[Mapping[str, Any]],
                               tolerance: Optional[float] = None) -> IntegrationTestResult:
        """The seed's test_model_integration: the server runs each ``{input, expected_output}``
        through the served model (POST /v1/models/{id}/integration_test, the owner's API key, not
        charged) and answers status 'passed' (every case matched), 'failed' or 'error', and
        score, the fraction of cases that matched; ``cases`` lists the failed ones with the model's
        actual output. ``tolerance`` is the absolute tolerance for numeric outputs (default 0)."""
        if not test_cases:
            raise InvalidInputError("Give at least one test case {input, expected_output}.", field="test_cases")
        m = self.get_model(model_id)
        body: Dict[str, Any] = {"test_cases": [dict(tc) for tc in test_cases]}
        if tolerance is not None:
            body["tolerance"] = tolerance
        out, _ = self._t.request("POST", "/v1/models/%d/integration_test" % m.id, json_body=body)
        total, passed = int(out.get("total", 0)), int(out.get("passed", 0))
        return IntegrationTestResult(raw=dict(out), status=str(out.get("status", "")), score=float(out.get("score", 0.0)),
                                     passed=passed, failed=total - passed, cases=list(out.get("failed_cases") or []))

    # ---- calls ----

    def predict(self, model_id: Union[int, str], input: Any = None, *, inputs: Optional[Sequence[Any]] = None,
                idempotency_key: Optional[str] = None) -> Prediction:
        """Runs the model on one input (a dict of features) and returns prediction, confidence,
        latency (ms) and fee_charged (USDC). A retried call is charged once."""
        body = {"inputs": list(inputs)} if inputs is not None else {"input": input}
        out, _ = self._t.request("POST", "/v1/models/%s/predict" % model_id, json_body=body, idempotency_key=idempotency_key)
        preds = _predictions(out)
        first = preds[0] if preds else Prediction()
        first.raw = dict(out)
        return first

    def batch_predict(self, model_id: Union[int, str], inputs: Sequence[Any], *, idempotency_key: Optional[str] = None) -> BatchPrediction:
        """Runs the model on many inputs at the batch tier (discounted)."""
        out, _ = self._t.request("POST", "/v1/models/%s/batch_predict" % model_id, json_body={"inputs": list(inputs)}, idempotency_key=idempotency_key)
        return BatchPrediction(raw=dict(out), predictions=_predictions(out), latency=float(out.get("latency_ms", 0.0)),
                               fee_charged=str(out.get("fee_charged", "0")), fee_charged_micros=int(out.get("fee_charged_micros", 0)),
                               version=str(out.get("version", "")), usage_id=int(out.get("usage_id", 0)))

    def estimate_cost(self, model_id: Union[int, str], calls: int = 1, *, inputs: Optional[Sequence[Any]] = None, tier: str = "basic") -> CostEstimate:
        """What calls would cost now and what this key can spend; nothing is charged."""
        body: Dict[str, Any] = {"tier": tier}
        if inputs is not None:
            body["inputs"] = list(inputs)
        else:
            body["calls"] = calls
        out, _ = self._t.request("POST", "/v1/models/%s/estimate_cost" % model_id, json_body=body)
        return CostEstimate(raw=dict(out), calls=int(out.get("calls", 0)), tier=str(out.get("tier", "")), price_per_call=str(out.get("price_per_call", "")),
                            amount=str(out.get("amount", "")), amount_micros=int(out.get("amount_micros", 0)), spendable=str(out.get("spendable", "")),
                            free=bool(out.get("free", False)))

    def get_usage_stats(self, model_id: Optional[Union[int, str]] = None, start: Optional[str] = None, end: Optional[str] = None) -> UsageStats:
        """Calls and spend of this API key's owner (GET /v1/usage), optionally for one model and an RFC 3339 window."""
        out = self._get("/v1/usage", {"model": model_id, "from": start, "to": end})
        return UsageStats(raw=dict(out), total_calls=int(out.get("total_calls", 0)), total_amount=str(out.get("total_amount", "0")),
                          total_amount_micros=int(out.get("total_amount_micros", 0)), models=list(out.get("models") or []))

    def check_license_status(self, model_id: Union[int, str], address: Optional[str] = None) -> LicenseStatus:
        """Whether address (default: the connected wallet) may call the model and download its
        artifacts under its licence: open-source and decentralized models may be called by anyone
        with credits; proprietary ones only by whitelisted addresses, and only open-source
        artifacts are downloadable."""
        m = self.get_model(model_id)
        who = address or self.wallet_address
        wl: Optional[bool] = None
        if m.license == "proprietary":
            if who and who.lower() == m.owner.lower():
                wl = True
            else:
                try:
                    lst = self.get_whitelist(m.id)
                    wl = bool(who) and any(str(a.get("address", a) if isinstance(a, dict) else a).lower() == str(who).lower() for a in lst)
                except HokusaiError as e:
                    if e.status_code not in (401, 403):
                        raise
                    wl = None
        can_call = m.license != "proprietary" or bool(wl)
        reason = {"proprietary": "Proprietary: only whitelisted addresses may call it; artifacts are not downloadable.",
                  "open-source": "Open source: calls are free and artifacts downloadable.",
                  "decentralized": "Decentralized: anyone with credits may call it; artifacts are not downloadable."}.get(m.license, "")
        return LicenseStatus(raw={"model": m.raw, "whitelisted": wl}, model_id=m.id, license=m.license, can_call=can_call,
                             can_download=m.license == "open-source" or bool(who and who.lower() == m.owner.lower()),
                             whitelisted=wl, reason=reason)

    def get_coop_membership(self, model_id: Union[int, str], address: Optional[str] = None) -> CoopMembership:
        """How address (default: the connected wallet) takes part in the model's cooperative:
        its token balance (read on-chain), its contributions and (with an API key of that
        address) its calls. Holding the token, an accepted contribution or a call make a member."""
        m = self.get_model(model_id)
        who = address or self.wallet_address
        if not who:
            raise InvalidInputError("Give address= or connect a wallet.", field="address")
        bal = self._chain_rpc().read(m.token, "balanceOf(address)", ["address"], [to_checksum_address(who)], ["uint256"])[0]
        contribs = [c for c in self._get("/v1/models/%d/contributions" % m.id).get("data", []) if str(c.get("contributor", "")).lower() == who.lower()]
        accepted = sum(1 for c in contribs if c.get("status") == "accepted")
        calls = self.get_usage_stats(model_id=m.id).total_calls if self.api_key else 0
        return CoopMembership(raw={"contributions": contribs}, model_id=m.id, address=to_checksum_address(who),
                              member=bal > 0 or accepted > 0 or calls > 0, token_balance=int(bal), contributions=len(contribs),
                              accepted_contributions=accepted, calls=calls)

    def request_whitelist_access(self, model_id: Union[int, str], message: str = "") -> AccessRequest:
        """Asks a proprietary model's owner to whitelist this wallet (signed by it), with a note
        of at most 1,000 characters. Asking again while a request is pending returns that one.
        The owner approves with add_to_whitelist; InvalidInputError for a model that is not
        proprietary, ConflictError when this wallet is already whitelisted."""
        m = self.get_model(model_id)
        out, _ = self._t.request("POST", "/v1/models/%d/access_requests" % m.id, json_body={"message": message},
                                 signer=self._signer("request_access", m.id))
        return _access_request(out)

    def list_access_requests(self, model_id: Union[int, str], status: Optional[str] = None) -> List[AccessRequest]:
        """As the owner: the access requests on a proprietary model, oldest first; status
        ("pending", "approved", "declined") keeps only those."""
        m = self.get_model(model_id)
        out, _ = self._t.request("GET", "/v1/models/%d/access_requests" % m.id, params={"status": status} if status else None,
                                 signer=self._signer("list_access_requests", m.id))
        return [_access_request(r) for r in out.get("requests", [])]

    def add_to_whitelist(self, model_id: Union[int, str], address: str) -> Dict[str, Any]:
        """As the owner: lets address call a proprietary model (signed by the owner's wallet)."""
        address = _consumer(address)
        m = self.get_model(model_id)
        action = "whitelist_add:" + address.lower()
        out, _ = self._t.request("PUT", "/v1/models/%d/whitelist/%s" % (m.id, address), signer=self._signer(action, m.id))
        return dict(out)

    def list_versions(self, model_id: Union[int, str]) -> List[Dict[str, Any]]:
        """A model's versions, oldest first, with digests, metrics and lineage."""
        return list(self._get("/v1/models/%s/versions" % model_id).get("data") or [])

    def get_version(self, model_id: Union[int, str], version: str) -> Dict[str, Any]:
        """One version of a model."""
        return dict(self._get("/v1/models/%s/versions/%s" % (model_id, version)))

    def get_whitelist(self, model_id: Union[int, str]) -> List[Any]:
        """A proprietary model's whitelisted addresses (the owner's API key)."""
        return list(self._get("/v1/models/%s/whitelist" % model_id).get("consumers") or [])

    def remove_from_whitelist(self, model_id: Union[int, str], address: str) -> None:
        """As the owner: takes address off a proprietary model's whitelist (signed)."""
        address = _consumer(address)
        m = self.get_model(model_id)
        self._t.request("DELETE", "/v1/models/%d/whitelist/%s" % (m.id, address), signer=self._signer("whitelist_remove:" + address.lower(), m.id))

    # ---- contributions ----

    def setup_model(self, model_id: Union[int, str], benchmark: Union[str, bytes], *, target: str, training: Optional[Union[str, bytes]] = None,
                    initial_rows: Optional[int] = None, l2: float = 0.01, runtime: str = "linear", objective: Optional[str] = None,
                    seed: int = 84, dev_percent: int = 60, resamples: Optional[int] = None, pii: str = "reject",
                    declared_baseline: Optional[str] = None, change_benchmark: bool = False) -> Dict[str, Any]:
        """Gives the model its benchmark (split into a public dev and a hidden test split), the
        owner's initial training rows and the training recipe, so contributions can be evaluated
        (PUT /v1/models/{id}/setup, signed by the owner). The server measures the head on the
        hidden split and refuses a declared_baseline (default: the one the model was created with;
        "none" declares nothing) outside that measurement's 95% interval; change_benchmark confirms
        replacing a committed benchmark."""
        m = self.get_model(model_id)
        recipe: Dict[str, Any] = {"runtime": runtime, "target": target, "l2": l2, "seed": seed}
        if objective or runtime == "linear":
            recipe["objective"] = objective or "logistic"
        body: Dict[str, Any] = {"recipe": recipe, "seed": seed, "dev_percent": dev_percent, "policy": {"pii": pii},
                                "benchmark": benchmark.decode() if isinstance(benchmark, bytes) else benchmark}
        if training is not None:
            body["training"] = training.decode() if isinstance(training, bytes) else training
        if initial_rows is not None:
            body["initial_rows"] = initial_rows
        if resamples is not None:
            body["resamples"] = resamples
        if declared_baseline is not None:
            body["declared_baseline"] = declared_baseline
        if change_benchmark:
            body["change_benchmark"] = True
        out, _ = self._t.request("PUT", "/v1/models/%d/setup" % m.id, json_body=body, signer=self._signer("setup_model", m.id), timeout=300)
        return dict(out)

    def submit_contribution(self, model_id: Union[int, str], rows: Rows, *, format: Optional[str] = None,
                            idempotency_key: Optional[str] = None) -> Contribution:
        """Contributes rows (CSV or JSONL text, or a list of dicts sent as JSONL), signed by the
        connected wallet, which is paid when the rows improve the model."""
        m = self.get_model(model_id)
        if isinstance(rows, (str, bytes, bytearray)):
            body = rows.encode() if isinstance(rows, str) else bytes(rows)
            format = format or ("jsonl" if body.lstrip()[:1] == b"{" else "csv")
        else:
            body = "".join(json.dumps(dict(r), separators=(",", ":")) + "\n" for r in rows).encode()
            format = format or "jsonl"
        if format not in ("csv", "jsonl"):
            raise InvalidInputError("format must be csv or jsonl, got %r." % format, field="format")
        ctype = {"csv": "text/csv", "jsonl": "application/x-ndjson"}[format]
        out, resp = self._t.request("POST", "/v1/models/%d/contributions" % m.id, content=body, content_type=ctype,
                                    params={"format": format}, signer=self._signer("contribute", m.id), idempotency_key=idempotency_key)
        return Contribution.from_json(dict(out), created=resp.status_code == 201)

    def get_contribution(self, contribution_id: int) -> Contribution:
        """A contribution's status, reason and reward."""
        return Contribution.from_json(dict(self._get("/v1/contributions/%d" % contribution_id)))

    def get_contribution_status(self, contribution_id: int) -> str:
        """received, evaluating, accepted or rejected."""
        return self.get_contribution(contribution_id).status

    def wait_for_contribution(self, contribution_id: int, timeout: float = 120.0, poll: float = 0.25) -> Contribution:
        """Polls until the contribution is accepted or rejected (and, when accepted, its mint is recorded)."""
        deadline = time.monotonic() + timeout
        while True:
            c = self.get_contribution(contribution_id)
            if c.status == "rejected" or (c.status == "accepted" and c.mint_tx):
                return c
            if time.monotonic() > deadline:
                raise HokusaiError("Contribution %d is still %s after %.0f s." % (contribution_id, c.status, timeout), code="MODEL_UNAVAILABLE")
            time.sleep(poll)

    def iter_contributions(self, model_id: Union[int, str]) -> Iterator[Contribution]:
        """A model's contributions."""
        for d in self._get("/v1/models/%s/contributions" % model_id).get("data") or []:
            yield Contribution.from_json(d)

    def get_evaluation(self, evaluation_id: int) -> Dict[str, Any]:
        """An evaluation: scores, bootstrap bound, DeltaOnes, decision, receipt and mint."""
        return dict(self._get("/v1/evaluations/%d" % evaluation_id))

    def get_benchmark(self, model_id: Union[int, str], format: str = "csv") -> str:
        """The public dev split of a model's benchmark (CSV or JSONL); the test split stays hidden."""
        out = self._get("/v1/models/%s/benchmark" % model_id, {"format": format})
        raw = out.get("raw", b"") if isinstance(out, dict) else b""
        return raw.decode("utf-8") if isinstance(raw, bytes) else json.dumps(out)

    def get_receipt(self, receipt_hash: str) -> Dict[str, Any]:
        """The signed evaluation receipt behind a mint."""
        return dict(self._get("/v1/receipts/%s" % receipt_hash))

    # ---- credits and keys ----

    def get_credits(self, address: Optional[str] = None) -> Credits:
        """A consumer's prepaid credits in micro-USDC (default: the connected wallet)."""
        who = address or self.wallet_address
        if not who:
            raise InvalidInputError("Give address= or connect a wallet.", field="address")
        out = self._get("/v1/credits/%s" % who)
        return Credits(raw=dict(out), consumer=str(out.get("consumer", "")), deposited=int(out.get("deposited", 0)),
                       spendable=int(out.get("spendable", 0)), settled=int(out.get("settled", 0)), unsettled=int(out.get("unsettled", 0)))

    def deposit_credits(self, usdc: Union[str, int, Decimal], for_address: Optional[str] = None, wait: float = 15.0) -> Credits:
        """Approves the credit vault and deposits USDC from the connected wallet (two transactions),
        then waits until the server counts the deposit."""
        wallet = self._need_wallet()
        amount = _units.usdc_micros("usdc", usdc)
        if amount <= 0:
            raise InvalidInputError("The deposit must be above 0 USDC.", field="usdc")
        who = to_checksum_address(for_address or wallet.address)
        before = self.get_credits(who).deposited
        vault = self._contract("CreditVault")
        rpc = self._chain_rpc()
        rpc.send(wallet, self._contract("USDC"), call_data("approve(address,uint256)", ["address", "uint256"], [to_checksum_address(vault), amount]))
        rpc.send(wallet, vault, call_data("depositFor(address,uint256)", ["address", "uint256"], [who, amount]))
        deadline = time.monotonic() + wait
        while True:
            c = self.get_credits(who)
            if c.deposited >= before + amount or time.monotonic() > deadline:
                return c
            time.sleep(0.1)

    def create_api_key(self, scopes: Sequence[str] = ("call",), name: str = "", expires_in: Optional[int] = None) -> APIKey:
        """Creates an API key for the connected wallet (signed; the secret is returned once) and
        uses it for this client's later calls when the client has none."""
        body: Dict[str, Any] = {"scopes": list(scopes), "name": name}
        if expires_in is not None:
            body["expires_in"] = expires_in
        out, _ = self._t.request("POST", "/v1/keys", json_body=body, signer=self._signer("create_key", 0))
        k = out.get("key", {})
        key = APIKey.from_json(k, raw=dict(out), secret=out.get("secret"))
        if not self.api_key and key.secret:
            self.api_key = self._t.api_key = key.secret
        return key

    def list_api_keys(self) -> List[APIKey]:
        """This key owner's keys (needs a manage-scoped key); secrets are never shown."""
        out = self._get("/v1/keys")
        return [APIKey.from_json(k) for k in out.get("keys") or []]

    def revoke_api_key(self, key_id: str) -> None:
        """Revokes a key (needs a manage-scoped key)."""
        self._t.request("DELETE", "/v1/keys/%s" % key_id)

    def rotate_api_key(self, key_id: str) -> APIKey:
        """Replaces a key's secret (needs a manage-scoped key); the new secret is returned once."""
        out, _ = self._t.request("POST", "/v1/keys/%s/rotate" % key_id)
        k = out.get("key", {})
        return APIKey.from_json(k, raw=dict(out), secret=out.get("secret"))

    # ---- market ----

    def get_token_balance(self, model_id: Union[int, str], address: Optional[str] = None) -> int:
        """The model token balance of address (default: the connected wallet), in token wei."""
        m = self.get_model(model_id)
        who = address or self.wallet_address
        if not who:
            raise InvalidInputError("Give address= or connect a wallet.", field="address")
        return int(self._chain_rpc().read(m.token, "balanceOf(address)", ["address"], [to_checksum_address(who)], ["uint256"])[0])

    def get_token_supply(self, model_id: Union[int, str]) -> int:
        """The model token's total supply, in token wei."""
        m = self.get_model(model_id)
        return int(self._chain_rpc().read(m.token, "totalSupply()", [], [], ["uint256"])[0])

    def get_token_price(self, model_id: Union[int, str]) -> int:
        """The pool's spot price: micro-USDC per whole token, scaled by 1e18."""
        m = self.get_model(model_id)
        return int(self._chain_rpc().read(m.pool, "spotPrice()", [], [], ["uint256"])[0])

    def quote_buy(self, model_id: Union[int, str], usdc: Union[str, int, Decimal]) -> Dict[str, int]:
        """What spending usdc (fee included) would buy now: tokens_out (token wei) and fee (micro-USDC)."""
        m = self.get_model(model_id)
        out, fee = self._chain_rpc().read(m.pool, "quoteBuy(uint256)", ["uint256"], [_units.usdc_micros("usdc", usdc)], ["uint256", "uint256"])
        return {"tokens_out": int(out), "fee": int(fee)}

    def quote_sell(self, model_id: Union[int, str], tokens: Union[str, int, Decimal]) -> Dict[str, int]:
        """What selling tokens would pay now: usdc_out and fee, in micro-USDC."""
        m = self.get_model(model_id)
        out, fee = self._chain_rpc().read(m.pool, "quoteSell(uint256)", ["uint256"], [_units.tokens("tokens", tokens)], ["uint256", "uint256"])
        return {"usdc_out": int(out), "fee": int(fee)}

    def buy_tokens(self, model_id: Union[int, str], usdc: Union[str, int, Decimal], slippage_bps: int = 100) -> Dict[str, Any]:
        """Buys the model's token with usdc (fee included) from its pool, refusing to get less than
        the quote minus slippage_bps, by a deadline 10 minutes after the chain's newest block; returns
        tokens_out (token wei) and the transaction."""
        return self._trade(model_id, "buy", _units.usdc_micros("usdc", usdc), slippage_bps)

    def sell_tokens(self, model_id: Union[int, str], tokens: Union[str, int, Decimal], slippage_bps: int = 100) -> Dict[str, Any]:
        """Sells tokens to the model's pool for USDC, refusing less than the quote minus slippage_bps, by a
        deadline 10 minutes after the chain's newest block."""
        return self._trade(model_id, "sell", _units.tokens("tokens", tokens), slippage_bps)

    def _trade(self, model_id: Union[int, str], side: str, amount: int, slippage_bps: int) -> Dict[str, Any]:
        if amount <= 0:
            raise InvalidInputError("The amount to %s must be greater than zero." % side, field="usdc" if side == "buy" else "tokens")
        if not 0 <= slippage_bps <= 5000:
            raise InvalidInputError("slippage_bps must lie between 0 and 5000 (50%%), got %d." % slippage_bps, field="slippage_bps")
        wallet = self._need_wallet()
        m = self.get_model(model_id)
        rpc = self._chain_rpc()
        quoted = rpc.read(m.pool, "quote%s(uint256)" % side.capitalize(), ["uint256"], [amount], ["uint256", "uint256"])[0]
        min_out = int(quoted) * (10000 - slippage_bps) // 10000
        # The pool checks the deadline against the block's time, not this computer's.
        deadline = rpc.latest_timestamp() + 600
        usdc = self._contract("USDC")
        before_t = self.get_token_balance(m.id)
        before_u = int(rpc.read(usdc, "balanceOf(address)", ["address"], [wallet.address], ["uint256"])[0])
        if side == "buy":
            rpc.send(wallet, usdc, call_data("approve(address,uint256)", ["address", "uint256"], [to_checksum_address(m.pool), amount]))
        rc = rpc.send(wallet, m.pool, call_data("%s(uint256,uint256,uint256)" % side, ["uint256", "uint256", "uint256"], [amount, min_out, deadline]))
        got_t = self.get_token_balance(m.id) - before_t
        got_u = int(rpc.read(usdc, "balanceOf(address)", ["address"], [wallet.address], ["uint256"])[0]) - before_u
        return {"side": side, "amount_in": amount, "min_out": min_out, "tokens_delta": got_t, "usdc_delta": got_u,
                "transaction": rc["transactionHash"]}


def _predictions(out: Mapping[str, Any]) -> List[Prediction]:
    res = []
    for p in out.get("predictions") or []:
        label = p.get("label")
        res.append(Prediction(raw=dict(p), prediction=label if label not in (None, "") else (p.get("text") or p.get("value")),
                              confidence=float(p.get("confidence", 0.0)), latency=float(out.get("latency_ms", 0.0)),
                              fee_charged=str(out.get("fee_charged", "0")), fee_charged_micros=int(out.get("fee_charged_micros", 0)),
                              probabilities=p.get("probabilities"), version=str(out.get("version", "")), usage_id=int(out.get("usage_id", 0))))
    return res


def _access_request(d: Dict[str, Any]) -> AccessRequest:
    return AccessRequest(raw=dict(d), id=int(d.get("id", 0)), model_id=int(d.get("model_id", 0)), address=d.get("address", ""),
                         message=d.get("message", ""), status=d.get("status", ""), created_at=d.get("created_at", ""),
                         decided_at=d.get("decided_at"))


def _consumer(address: str) -> str:
    """The EIP-55 form of a whitelist address, so the signed action names it as the server's
    signreq.WhitelistAction does (0x-prefixed, lower case) whatever form the caller gave."""
    try:
        return str(to_checksum_address(address.strip()))
    except ValueError as e:
        raise InvalidInputError("address must be a 20-byte hex Ethereum address, got %r." % address, field="address") from e
