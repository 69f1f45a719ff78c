"""Every API error code reaches Python as its own exception with the status,
code, field and request id; 429s are retried after Retry-After; a POST
retried after a lost answer is charged once."""

from __future__ import annotations

import http.server
import json
import shutil
import threading
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple, Type

import httpx
import pytest

import hokusai
from hokusai import HokusaiClient, ModelPackager
from hokusai._wallet import dev_private_key
from hokusai.errors import ERROR_CLASSES, HokusaiError

HOUSE_ROW = {"physician-fee-freeze": "y", "el-salvador-aid": "y", "adoption-of-the-budget-resolution": "n"}


def _model(server: str, repo: Path, tmp: Path, owner_index: int, license: str) -> Tuple[HokusaiClient, int]:
    """A registered house-votes model of the given licence, owned by dev account owner_index."""
    owner = HokusaiClient(base_url=server, private_key=dev_private_key(owner_index))
    owner.connect_wallet()
    d = tmp / ("m-%s" % license)
    d.mkdir()
    shutil.copy(repo / "testdata" / "models" / "house-votes-84-linear" / "model.json", d / "model.json")
    pkg = ModelPackager(private_key=dev_private_key(owner_index)).package(model_path=str(d), output_path=tmp / ("%s.hkpkg" % license), metadata={
        "name": "votes-" + license, "version": "1.0.0", "description": "Party from votes.", "architecture": "logistic regression",
        "training_methodology": "L-BFGS", "input_schema": {"type": "object"}, "output_schema": {"type": "object"},
        "runtime": {"kind": "linear", "entrypoint": "model.json"}})
    created = owner.create_model("votes " + license, owner._find_free_ticker("VOT" + license), "accuracy", "0.9", license=license,
                                 treasury=owner.wallet_address if license == "proprietary" else None)
    owner.upload_package(created["model_id"], pkg)
    return owner, int(created["model_id"])


@pytest.fixture(scope="module")
def world(server: str, repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Any]:
    tmp = tmp_path_factory.mktemp("errors")
    owner, open_id = _model(server, repo, tmp, 3, "decentralized")
    _, prop_id = _model(server, repo, tmp, 3, "proprietary")
    consumer = HokusaiClient(base_url=server, private_key=dev_private_key(4))
    consumer.connect_wallet()
    consumer.deposit_credits("1")
    consumer.create_api_key(scopes=["call"], name="consumer")
    broke = HokusaiClient(base_url=server, private_key=dev_private_key(5))
    broke.connect_wallet()
    broke.create_api_key(scopes=["call"], name="no credits")
    return {"owner": owner, "open": open_id, "proprietary": prop_id, "consumer": consumer, "broke": broke, "tmp": tmp}


def _raises(cls: Type[HokusaiError], status: int, code: str, fn: Any, *args: Any, **kw: Any) -> HokusaiError:
    with pytest.raises(cls) as ei:
        fn(*args, **kw)
    e = ei.value
    assert type(e) is cls, type(e)
    assert (e.status_code, e.code) == (status, code), str(e)
    assert e.request_id, "no request id on %s" % e
    assert e.message.endswith(".") and len(e.message) > 20
    print("%-22s %d %-20s field=%-12s request=%s" % (cls.__name__, status, code, e.field, e.request_id))
    return e


def _raises_local(cls: Type[HokusaiError], fn: Any, *args: Any, **kw: Any) -> HokusaiError:
    """An error the SDK raises before sending anything: no status, no request id."""
    with pytest.raises(cls) as ei:
        fn(*args, **kw)
    assert type(ei.value) is cls and ei.value.status_code is None and ei.value.request_id is None
    return ei.value


def test_real_server_error_codes(server: str, world: Dict[str, Any]) -> None:
    consumer, broke, owner = world["consumer"], world["broke"], world["owner"]
    e = _raises(hokusai.InvalidInputError, 400, "INVALID_INPUT", consumer.list_models, owner="0x12")
    assert e.field == "owner"
    _raises(hokusai.NotFoundError, 404, "NOT_FOUND", consumer.get_model, 987654)
    anon = HokusaiClient(base_url=server, api_key="hk_not_a_real_key")
    _raises(hokusai.UnauthorizedError, 401, "UNAUTHORIZED", anon.predict, world["open"], HOUSE_ROW)
    _raises(hokusai.ForbiddenError, 403, "FORBIDDEN", consumer.list_api_keys)  # a call-only key cannot manage keys
    _raises(hokusai.InsufficientCreditsError, 402, "INSUFFICIENT_CREDITS", broke.predict, world["open"], HOUSE_ROW)
    _raises(hokusai.WhitelistRequiredError, 403, "WHITELIST_REQUIRED", consumer.predict, world["proprietary"], HOUSE_ROW)
    _raises(hokusai.LicenseViolationError, 403, "LICENSE_VIOLATION", consumer.download_package, world["open"], "1.0.0", str(world["tmp"] / "x"))
    _raises(hokusai.ProprietaryModelError, 403, "PROPRIETARY_MODEL", consumer.add_to_whitelist, world["proprietary"], consumer.wallet_address)
    key = "py-conflict-" + consumer.wallet_address
    consumer.predict(world["open"], HOUSE_ROW, idempotency_key=key)
    _raises(hokusai.ConflictError, 409, "CONFLICT", consumer.predict, world["open"], {"mx-missile": "y"}, idempotency_key=key)
    # A proprietary model needs a funded treasury, checked before any transaction.
    e = _raises_local(hokusai.InvalidInputError, owner.create_model, "no treasury", "NOTRES", "accuracy", "0.9", license="proprietary")
    assert e.field == "treasury"
    e = _raises_local(hokusai.ForbiddenError, owner.create_model, "empty treasury", "EMPTYT", "accuracy", "0.9", license="proprietary",
                      treasury="0x000000000000000000000000000000000000dEaD")
    assert e.field == "treasury" and "holds no USDC" in e.message
    # What the owner may do works: download its own package.
    assert owner.download_package(world["open"], "1.0.0", str(world["tmp"] / "own.hkpkg")).startswith("sha256:")


class _Stub(http.server.BaseHTTPRequestHandler):
    """Answers every request with the error the path names, as the server formats it."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        code = self.path.rsplit("/", 1)[-1]
        status = {"INVALID_INPUT": 400, "UNAUTHORIZED": 401, "INSUFFICIENT_CREDITS": 402, "FORBIDDEN": 403, "LICENSE_VIOLATION": 403,
                  "WHITELIST_REQUIRED": 403, "PROPRIETARY_MODEL": 403, "NOT_FOUND": 404, "CONFLICT": 409, "RATE_LIMITED": 429,
                  "INTERNAL": 500, "NOT_IMPLEMENTED": 501, "CHAIN_REVERTED": 502, "MODEL_UNAVAILABLE": 503}[code]
        body = json.dumps({"error": {"code": code, "message": "Stub says %s." % code, "field": "f_" + code.lower()}}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Request-Id", "req-" + code)
        if code == "RATE_LIMITED":
            self.send_header("Retry-After", "7")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def stub() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield "http://127.0.0.1:%d" % srv.server_address[1]
    srv.shutdown()


@pytest.mark.parametrize("code", sorted(ERROR_CLASSES))
def test_every_code_has_its_class(stub: str, code: str) -> None:
    c = HokusaiClient(base_url=stub, max_retries=0)
    with pytest.raises(HokusaiError) as ei:
        c.transport.request("GET", "/err/" + code)
    e = ei.value
    assert type(e) is ERROR_CLASSES[code]
    assert e.code == code and e.field == "f_" + code.lower() and e.request_id == "req-" + code
    assert e.status_code is not None and e.status_code >= 400
    if code == "RATE_LIMITED":
        assert isinstance(e, hokusai.RateLimitError) and e.retry_after == 7.0


def test_rate_limit_is_retried_after_retry_after(server: str, world: Dict[str, Any]) -> None:
    consumer = world["consumer"]
    # A key limited to one call every two seconds (burst 1): a second call at once is refused with Retry-After.
    limited = consumer.transport.request("POST", "/v1/keys", json_body={"scopes": ["call"], "name": "limited", "rate_limit": 0.5},
                                         signer=consumer._signer("create_key", 0))[0]["secret"]
    no_retry = HokusaiClient(base_url=server, api_key=limited, max_retries=0)
    no_retry.predict(world["open"], HOUSE_ROW)
    e = _raises(hokusai.RateLimitError, 429, "RATE_LIMITED", no_retry.predict, world["open"], HOUSE_ROW)
    assert isinstance(e, hokusai.RateLimitError) and e.retry_after is not None and e.retry_after >= 1
    retrying = HokusaiClient(base_url=server, api_key=limited, max_retries=3)
    slept: List[float] = []
    real_sleep = retrying.transport.sleep
    retrying.transport.sleep = lambda s: (slept.append(s), real_sleep(s))  # type: ignore[func-returns-value]
    before = consumer.get_credits().spendable
    retrying.predict(world["open"], HOUSE_ROW)
    p = retrying.predict(world["open"], HOUSE_ROW)
    assert p.fee_charged_micros > 0
    assert slept and all(s >= 1.0 for s in slept), slept  # waited Retry-After (whole seconds), not the short backoff
    assert before - consumer.get_credits().spendable == 2 * p.fee_charged_micros  # refused attempts are not charged


class _DropFirstAnswer(http.server.BaseHTTPRequestHandler):
    """A proxy that forwards every request but swallows the first predict answer,
    as a network failure after the server has done the work would."""

    upstream = ""
    seen: List[str] = []
    dropped = False

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "connection")}
        r = httpx.post(self.upstream + self.path, content=body, headers=headers, timeout=30)
        if self.path.endswith("/predict"):
            type(self).seen.append(self.headers.get("Idempotency-Key", ""))
            if not type(self).dropped:
                type(self).dropped = True
                self.close_connection = True
                return  # the server charged; the client never hears back
        self.send_response(r.status_code)
        for k, v in r.headers.items():
            if k.lower() not in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(r.content)))
        self.end_headers()
        self.wfile.write(r.content)

    def do_GET(self) -> None:  # noqa: N802
        r = httpx.get(self.upstream + self.path, headers={k: v for k, v in self.headers.items() if k.lower() not in ("host",)}, timeout=30)
        self.send_response(r.status_code)
        self.send_header("Content-Type", r.headers.get("Content-Type", "application/json"))
        self.send_header("Content-Length", str(len(r.content)))
        self.end_headers()
        self.wfile.write(r.content)

    def log_message(self, *args: Any) -> None:
        pass


def test_retried_post_is_charged_once(server: str, world: Dict[str, Any]) -> None:
    consumer = world["consumer"]
    _DropFirstAnswer.upstream = server
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _DropFirstAnswer)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        via_proxy = HokusaiClient(base_url="http://127.0.0.1:%d" % srv.server_address[1], api_key=consumer.api_key)
        before = consumer.get_credits()
        usage_before = consumer.get_usage_stats(model_id=world["open"]).total_calls
        p = via_proxy.predict(world["open"], HOUSE_ROW)
        after = consumer.get_credits()
    finally:
        srv.shutdown()
    assert _DropFirstAnswer.dropped and len(_DropFirstAnswer.seen) == 2
    assert _DropFirstAnswer.seen[0] == _DropFirstAnswer.seen[1] != ""  # one key for both attempts
    assert p.raw.get("usage_id")
    assert before.spendable - after.spendable == p.fee_charged_micros  # charged once, not twice
    assert consumer.get_usage_stats(model_id=world["open"]).total_calls == usage_before + 1


def test_keys_and_whitelist(server: str, world: Dict[str, Any]) -> None:
    consumer, owner = world["consumer"], world["owner"]
    manage = HokusaiClient(base_url=server, private_key=dev_private_key(4))
    manage.connect_wallet()
    created = manage.create_api_key(scopes=["call", "manage"], name="manager")
    assert created.secret and created.secret.startswith("hk_") and manage.api_key == created.secret
    ids = [k.id for k in manage.list_api_keys()]
    assert created.id in ids and all(k.secret is None for k in manage.list_api_keys())
    extra = consumer.transport.request("POST", "/v1/keys", json_body={"scopes": ["call"], "name": "to-rotate"},
                                       signer=consumer._signer("create_key", 0))[0]
    rotated = manage.rotate_api_key(extra["key"]["id"])
    assert rotated.secret and rotated.secret != extra["secret"] and rotated.id != extra["key"]["id"]
    old = HokusaiClient(base_url=server, api_key=extra["secret"])
    assert old.predict(world["open"], HOUSE_ROW).prediction  # the old secret works through the overlap window
    manage.revoke_api_key(extra["key"]["id"])
    _raises(hokusai.UnauthorizedError, 401, "UNAUTHORIZED", old.predict, world["open"], HOUSE_ROW)
    assert HokusaiClient(base_url=server, api_key=rotated.secret).predict(world["open"], HOUSE_ROW).prediction
    # The owner whitelists the consumer, who may then call the proprietary model, then removes it again.
    owner.add_to_whitelist(world["proprietary"], consumer.wallet_address)
    assert consumer.check_license_status(world["proprietary"]).license == "proprietary"
    assert consumer.predict(world["proprietary"], HOUSE_ROW).prediction in ("democrat", "republican")
    owner.remove_from_whitelist(world["proprietary"], consumer.wallet_address)
    _raises(hokusai.WhitelistRequiredError, 403, "WHITELIST_REQUIRED", consumer.predict, world["proprietary"], HOUSE_ROW)
    # The signed action names the address as the server does, whatever form the owner gives it in.
    owner.add_to_whitelist(world["proprietary"], consumer.wallet_address[2:].lower())
    assert consumer.predict(world["proprietary"], HOUSE_ROW).prediction in ("democrat", "republican")
    owner.remove_from_whitelist(world["proprietary"], " " + consumer.wallet_address[2:].upper())
    _raises(hokusai.WhitelistRequiredError, 403, "WHITELIST_REQUIRED", consumer.predict, world["proprietary"], HOUSE_ROW)
    with pytest.raises(hokusai.InvalidInputError):
        owner.add_to_whitelist(world["proprietary"], "0x1234")


# Access requests: a consumer's wallet asks a proprietary model's owner for access; asking
# again while pending returns the same request; the owner's whitelisting approves it, after
# which asking again is a conflict.
def test_request_whitelist_access(server: str, world: Dict[str, Any]) -> None:
    consumer, owner = world["consumer"], world["owner"]
    prop = world["proprietary"]
    r = consumer.request_whitelist_access(prop, message="for research")
    assert r.status == "pending" and r.message == "for research"
    assert r.address.lower() == consumer.wallet_address.lower() and r.raw["id"] == r.id
    again = consumer.request_whitelist_access(prop, message="ignored")
    assert again.id == r.id and again.message == "for research"
    assert [x.id for x in owner.list_access_requests(prop, status="pending")] == [r.id]
    with pytest.raises(hokusai.InvalidInputError):
        consumer.request_whitelist_access(world["open"])
    owner.add_to_whitelist(prop, consumer.wallet_address)
    try:
        approved = owner.list_access_requests(prop, status="approved")
        assert [x.id for x in approved] == [r.id] and approved[0].decided_at
        with pytest.raises(hokusai.ConflictError):
            consumer.request_whitelist_access(prop)
    finally:
        owner.remove_from_whitelist(prop, consumer.wallet_address)
