"""Transport against an in-process httpx.MockTransport: bounded reads and streamed downloads."""

from __future__ import annotations

from typing import List

import httpx
import pytest

import hokusai
from hokusai import _transport
from hokusai._transport import Transport


def _transport_for(handler: httpx.MockTransport) -> Transport:
    t = Transport("http://hokusai.test", None, max_retries=1, http=httpx.Client(transport=handler))
    t.sleep = lambda s: None
    return t


def test_json_answer_larger_than_the_bound_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_transport, "MAX_RESPONSE_BYTES", 1024)
    big = b'{"pad":"' + b"x" * 4096 + b'"}'
    t = _transport_for(httpx.MockTransport(lambda r: httpx.Response(200, content=big, headers={"Content-Type": "application/json"})))
    with pytest.raises(hokusai.HokusaiError, match="larger than"):
        t.request("GET", "/v1/models")
    small = httpx.MockTransport(lambda r: httpx.Response(200, json={"ok": True}))
    assert _transport_for(small).request("GET", "/v1/models")[0] == {"ok": True}


def test_error_body_is_cut_at_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_transport, "MAX_ERROR_BYTES", 64)
    t = _transport_for(httpx.MockTransport(lambda r: httpx.Response(404, content=b"y" * 10000, headers={"Content-Type": "text/plain"})))
    with pytest.raises(hokusai.HokusaiError) as ei:
        t.request("GET", "/v1/models/9")
    assert ei.value.status_code == 404


def test_sink_receives_the_body_and_retries_keep_one_idempotency_key() -> None:
    keys: List[str] = []

    def handle(r: httpx.Request) -> httpx.Response:
        keys.append(r.headers["Idempotency-Key"])
        if len(keys) == 1:
            return httpx.Response(503)
        return httpx.Response(200, content=b"abc" * 1000)

    got = bytearray()
    body, resp = _transport_for(httpx.MockTransport(handle)).request("POST", "/v1/x", content=b"{}", sink=got.extend)
    assert body == {} and resp.status_code == 200 and bytes(got) == b"abc" * 1000
    assert len(keys) == 2 and keys[0] == keys[1]


def test_api_key_repr_hides_the_secret() -> None:
    k = hokusai.models.APIKey.from_json({"id": "k1", "name": "ci", "scopes": ["call"]}, secret="hk_secret_value")
    assert k.secret == "hk_secret_value" and "hk_secret_value" not in repr(k) and "k1" in repr(k)


def test_chain_rpc_bounds_and_checks_its_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from hokusai import _wallet
    monkeypatch.setattr(_wallet, "MAX_RPC_ANSWER", 1024)
    rpc = _wallet.ChainRPC("http://chain.test", 1337)
    answers = {"big": httpx.Response(200, json={"jsonrpc": "2.0", "id": 1, "result": "0x" + "00" * 4096}),
               "html": httpx.Response(502, content=b"<html>bad gateway</html>"),
               "ok": httpx.Response(200, json={"jsonrpc": "2.0", "id": 1, "result": "0x1"})}
    rpc._http = httpx.Client(transport=httpx.MockTransport(lambda r: answers[r.url.path.strip("/")]))
    for path, want in (("big", "more than"), ("html", "HTTP 502")):
        rpc.url = "http://chain.test/" + path
        with pytest.raises(hokusai.HokusaiError, match=want):
            rpc.call_rpc("eth_chainId", [])
    rpc.url = "http://chain.test/ok"
    assert rpc.call_rpc("eth_chainId", []) == "0x1"

