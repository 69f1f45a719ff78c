"""HTTP with the retry rules every call shares: connection errors, 429 and
5xx are retried with exponential backoff (a 429's Retry-After is obeyed up
to a cap), and every POST carries one Idempotency-Key reused across its
retries, so a retried call is charged once."""

from __future__ import annotations

import json
import random
import time
import uuid
from typing import Any, Callable, Dict, Mapping, Optional, Tuple, Union

import httpx

from .errors import HokusaiError, RateLimitError, error_from_response

#: Headers a signed request needs, computed afresh for each attempt.
Signer = Callable[[bytes], Dict[str, str]]

_RETRY_STATUSES = {429, 500, 502, 503, 504}
#: The most bytes of a JSON answer read into memory; a package download streams to its sink.
MAX_RESPONSE_BYTES = 64 << 20
#: The most bytes of an error answer read (as the Go SDK does).
MAX_ERROR_BYTES = 1 << 20


class Transport:
    """Sends requests to one Hokusai server with retries and timeouts."""

    def __init__(self, base_url: str, api_key: Optional[str], *, timeout: float = 30.0, max_retries: int = 3,
                 backoff: float = 0.25, max_retry_after: float = 30.0, user_agent: str = "hokusai-sdk-python",
                 http: Optional[httpx.Client] = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_retry_after = max_retry_after
        self.sleep: Callable[[float], None] = time.sleep
        self._http = http or httpx.Client(timeout=timeout, headers={"User-Agent": user_agent})

    def close(self) -> None:
        """Closes the connection pool."""
        self._http.close()

    def request(self, method: str, path: str, *, json_body: Any = None, content: Optional[bytes] = None,
                content_type: Optional[str] = None, params: Optional[Mapping[str, Any]] = None,
                signer: Optional[Signer] = None, auth: bool = True, idempotency_key: Optional[str] = None,
                timeout: Optional[float] = None,
                sink: Optional[Callable[[bytes], Any]] = None) -> Tuple[Any, httpx.Response]:
        """Sends one logical call and returns its decoded JSON body and the response.

        With sink, a successful answer's body is passed to it chunk by chunk
        instead of being read into memory (the returned body is then empty);
        a connection lost mid-body is not retried, as the sink has part of it.
        Raises the HokusaiError subclass for the API's error code when the
        answer is an error, after the retries allowed for it.
        """
        headers: Dict[str, str] = {"Accept": "application/json"}
        body: Optional[bytes] = content
        if json_body is not None:
            body = json.dumps(json_body, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
        elif content_type:
            headers["Content-Type"] = content_type
        if method == "POST":
            headers["Idempotency-Key"] = idempotency_key or "py-" + uuid.uuid4().hex
        if auth and self.api_key and signer is None:
            headers["Authorization"] = "Bearer " + self.api_key
        q = {k: v for k, v in (params or {}).items() if v is not None}
        attempt = 0
        while True:
            h = dict(headers)
            if signer is not None:
                h.update(signer(body or b""))  # a fresh nonce per attempt
            req = self._http.build_request(method, self.base_url + path, content=body, headers=h, params=q,
                                           timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT)
            try:
                resp = self._http.send(req, stream=True)
                try:
                    if resp.status_code < 400 and sink is not None:
                        return {}, self._drain(resp, sink, method, path)
                    data = _read(resp, MAX_RESPONSE_BYTES if resp.status_code < 400 else MAX_ERROR_BYTES)
                finally:
                    resp.close()
            except (httpx.ConnectError, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError,
                    httpx.ConnectTimeout, httpx.PoolTimeout) as e:
                if attempt >= self.max_retries:
                    raise HokusaiError("Cannot reach the Hokusai server at %s: %s. Check base_url (or HOKUSAI_BASE_URL) and that the server runs." % (self.base_url, e),
                                       code="MODEL_UNAVAILABLE") from e
                self.sleep(self._delay(attempt, None))
                attempt += 1
                continue
            except httpx.TimeoutException as e:
                raise HokusaiError("The Hokusai server at %s did not answer %s %s in time; raise timeout= or retry." % (self.base_url, method, path),
                                   code="MODEL_UNAVAILABLE") from e
            if resp.status_code < 400:
                if data is None:
                    raise HokusaiError("The answer to %s %s is larger than %d MiB; the SDK does not read it into memory." % (method, path, MAX_RESPONSE_BYTES >> 20),
                                       status_code=resp.status_code, code="INTERNAL", request_id=resp.headers.get("X-Request-Id"))
                return _decode(resp, data), resp
            retry_after = _retry_after(resp)
            if resp.status_code in _RETRY_STATUSES and attempt < self.max_retries:
                self.sleep(self._delay(attempt, retry_after))
                attempt += 1
                continue
            raise error_from_response(resp.status_code, _decode(resp, data or b""), resp.headers.get("X-Request-Id"), retry_after)

    def _drain(self, resp: httpx.Response, sink: Callable[[bytes], Any], method: str, path: str) -> httpx.Response:
        try:
            for chunk in resp.iter_bytes():
                sink(chunk)
        except httpx.TransportError as e:
            raise HokusaiError("The connection to %s broke while receiving %s %s: %s; retry the call." % (self.base_url, method, path, e),
                               code="MODEL_UNAVAILABLE") from e
        return resp

    def _delay(self, attempt: int, retry_after: Optional[float]) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        return float(min(self.backoff * float(2 ** attempt) * (1 + random.random() / 4), self.max_retry_after))


def _retry_after(resp: httpx.Response) -> Optional[float]:
    v = resp.headers.get("Retry-After")
    if not v:
        return None
    try:
        return float(v)
    except ValueError:
        return None


def _read(resp: httpx.Response, limit: int) -> Optional[bytes]:
    """The body, or None (for an error answer: its first limit bytes) when it is longer than limit."""
    buf = bytearray()
    for chunk in resp.iter_bytes():
        buf += chunk
        if len(buf) > limit:
            if resp.status_code >= 400:
                return bytes(buf[:limit])
            return None
    return bytes(buf)


def _decode(resp: httpx.Response, content: bytes) -> Union[Dict[str, Any], Any]:
    if not content:
        return {}
    ctype = resp.headers.get("Content-Type", "")
    if "json" not in ctype:
        return {"raw": content}
    try:
        return json.loads(content)
    except ValueError:
        return {"raw": content}


__all__ = ["Transport", "RateLimitError"]
