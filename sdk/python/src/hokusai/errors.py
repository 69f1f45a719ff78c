"""One exception class per API error code, so a program can catch exactly
what it handles. Every error keeps the HTTP status, the stable code, the
field at fault and the request id the server logged it under."""

from __future__ import annotations

from typing import Any, Dict, Optional, Type


class HokusaiError(Exception):
    """Any error the Hokusai API answered (or the SDK refused before sending)."""

    #: The API's stable error code this class stands for.
    default_code = "INTERNAL"

    def __init__(self, message: str, *, status_code: Optional[int] = None, code: Optional[str] = None,
                 field: Optional[str] = None, request_id: Optional[str] = None,
                 body: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(message)
        self.message = message  #: a full sentence saying what is wrong and the fix
        self.status_code = status_code  #: the HTTP status, None when nothing was sent
        self.code = code or self.default_code  #: the API's error code, e.g. INVALID_INPUT
        self.field = field  #: the parameter or body field at fault, when there is one
        self.request_id = request_id  #: the X-Request-Id the server logged the call under
        self.body = body or {}  #: the raw JSON body

    def __str__(self) -> str:
        s = "%s: %s" % (self.code, self.message)
        if self.field:
            s += " (field %s)" % self.field
        if self.request_id:
            s += " [request %s]" % self.request_id
        return s


class InvalidInputError(HokusaiError, ValueError):
    """INVALID_INPUT: a malformed request or a field out of range."""

    default_code = "INVALID_INPUT"


class NotFoundError(HokusaiError):
    """NOT_FOUND: the named model, contribution or key does not exist."""

    default_code = "NOT_FOUND"


class ConflictError(HokusaiError):
    """CONFLICT: the request conflicts with stored state (a taken ticker, a reused key)."""

    default_code = "CONFLICT"


class UnauthorizedError(HokusaiError):
    """UNAUTHORIZED: no API key or signature, or a bad one."""

    default_code = "UNAUTHORIZED"


class ForbiddenError(HokusaiError):
    """FORBIDDEN: the credentials are fine but lack the right."""

    default_code = "FORBIDDEN"


class InsufficientCreditsError(HokusaiError):
    """INSUFFICIENT_CREDITS: the consumer's credits do not cover the call; nothing was charged."""

    default_code = "INSUFFICIENT_CREDITS"


class RateLimitError(HokusaiError):
    """RATE_LIMITED: too many requests; ``retry_after`` says how many seconds to wait."""

    default_code = "RATE_LIMITED"

    def __init__(self, message: str, *, retry_after: Optional[float] = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after  #: seconds, from the Retry-After header


class ModelUnavailableError(HokusaiError):
    """MODEL_UNAVAILABLE: a runtime or the chain is not reachable now."""

    default_code = "MODEL_UNAVAILABLE"


class ChainRevertedError(HokusaiError):
    """CHAIN_REVERTED: the chain refused a transaction; the message says why."""

    default_code = "CHAIN_REVERTED"


class ServerNotImplementedError(HokusaiError, NotImplementedError):
    """NOT_IMPLEMENTED: the feature is designed but not in this server build."""

    default_code = "NOT_IMPLEMENTED"


class InternalError(HokusaiError):
    """INTERNAL: a bug or an unexpected failure on the server."""

    default_code = "INTERNAL"


class LicenseViolationError(ForbiddenError):
    """LICENSE_VIOLATION: the model's licence does not allow this use."""

    default_code = "LICENSE_VIOLATION"


class WhitelistRequiredError(ForbiddenError):
    """WHITELIST_REQUIRED: the model is proprietary and this wallet is not whitelisted."""

    default_code = "WHITELIST_REQUIRED"


class ProprietaryModelError(ForbiddenError):
    """PROPRIETARY_MODEL: the model is proprietary; its artifacts cannot be downloaded."""

    default_code = "PROPRIETARY_MODEL"


#: Each API error code and the class raised for it.
ERROR_CLASSES: Dict[str, Type[HokusaiError]] = {
    c.default_code: c
    for c in (InvalidInputError, NotFoundError, ConflictError, UnauthorizedError, ForbiddenError,
              InsufficientCreditsError, RateLimitError, ModelUnavailableError, ChainRevertedError,
              ServerNotImplementedError, InternalError, LicenseViolationError, WhitelistRequiredError,
              ProprietaryModelError)
}


def error_from_response(status_code: int, body: Any, request_id: Optional[str],
                        retry_after: Optional[float] = None) -> HokusaiError:
    """Builds the exception for an error answer (``{"error": {code, message, field}}``)."""
    err = body.get("error") if isinstance(body, dict) else None
    if not isinstance(err, dict):
        code = "RATE_LIMITED" if status_code == 429 else ("INTERNAL" if status_code >= 500 else "INVALID_INPUT")
        msg = "The server answered HTTP %d without an error body." % status_code
        err = {"code": code, "message": msg}
    code = str(err.get("code") or "INTERNAL")
    cls = ERROR_CLASSES.get(code, HokusaiError)
    kw: Dict[str, Any] = dict(status_code=status_code, code=code, field=err.get("field"), request_id=request_id,
                              body=body if isinstance(body, dict) else None)
    if cls is RateLimitError:
        return RateLimitError(str(err.get("message", "")), retry_after=retry_after, **kw)
    return cls(str(err.get("message", "")), **kw)
