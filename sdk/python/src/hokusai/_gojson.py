"""JSON exactly as Go's ``encoding/json.MarshalIndent(v, "", "  ")`` writes it.

A manifest's digest is the sha256 of its canonical bytes, which the Go
packager makes with ``encoding/json``: struct fields in declaration order,
map keys sorted, ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and numbers
held as ``any`` decoded to float64 and printed Go's way (``1`` not ``1.0``,
``1e-7`` not ``1e-07``). This module reproduces those bytes.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any, List

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


class GoInt(int):
    """An integer printed as Go prints an integer field (int64, uint64)."""


def go_string(s: str) -> str:
    """A JSON string literal as Go's encoder escapes it (UTF-8 kept)."""
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            out.append("\\ufffd")  # a lone surrogate is not UTF-8; Go writes U+FFFD
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def go_float(f: float) -> str:
    """A float64 as Go's encoding/json prints it (shortest round-trip digits)."""
    if math.isnan(f) or math.isinf(f):
        raise ValueError("JSON cannot hold NaN or infinity; give a finite number.")
    if f == 0:
        return "-0" if math.copysign(1.0, f) < 0 else "0"
    a = abs(f)
    d = Decimal(repr(f)).normalize()
    if 1e-6 <= a < 1e21:
        return format(d, "f")
    sign, digits, exp = d.as_tuple()
    assert isinstance(exp, int)
    ds = "".join(str(x) for x in digits)
    mant = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
    e = exp + len(ds) - 1
    es = "e%+03d" % e
    if es.startswith("e-0"):
        es = "e-" + es[3:]
    return ("-" if sign else "") + mant + es


def _encode(v: Any, indent: str, out: List[str]) -> None:
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, GoInt):
        out.append(str(int(v)))
    elif isinstance(v, (int, float)):
        out.append(go_float(float(v)))
    elif isinstance(v, str):
        out.append(go_string(v))
    elif isinstance(v, GoStruct):
        _encode_pairs(v.fields, indent, out)
    elif isinstance(v, dict):
        _encode_pairs(sorted(v.items(), key=lambda kv: kv[0].encode("utf-8", "surrogatepass")), indent, out)
    elif isinstance(v, (list, tuple)):
        if not v:
            out.append("[]")
            return
        inner = indent + "  "
        out.append("[")
        for i, x in enumerate(v):
            out.append(("," if i else "") + "\n" + inner)
            _encode(x, inner, out)
        out.append("\n" + indent + "]")
    else:
        raise TypeError("cannot encode %s as JSON" % type(v).__name__)


def _encode_pairs(pairs: Any, indent: str, out: List[str]) -> None:
    pairs = list(pairs)
    if not pairs:
        out.append("{}")
        return
    inner = indent + "  "
    out.append("{")
    for i, (k, x) in enumerate(pairs):
        out.append(("," if i else "") + "\n" + inner + go_string(k) + ": ")
        _encode(x, inner, out)
    out.append("\n" + indent + "}")


class GoStruct:
    """Fields in declaration order, as Go encodes a struct."""

    def __init__(self, fields: List[Any]) -> None:
        self.fields = fields


def marshal_indent(v: Any) -> bytes:
    """Go's json.MarshalIndent(v, "", "  ") as UTF-8 bytes."""
    out: List[str] = []
    _encode(v, "", out)
    return "".join(out).encode("utf-8")


def marshal(v: Any) -> bytes:
    """Go's json.Marshal(v): the compact form."""
    out: List[str] = []
    _encode_compact(v, out)
    return "".join(out).encode("utf-8")


def _encode_compact(v: Any, out: List[str]) -> None:
    if isinstance(v, GoStruct):
        pairs = v.fields
    elif isinstance(v, dict):
        pairs = sorted(v.items(), key=lambda kv: kv[0].encode("utf-8", "surrogatepass"))
    elif isinstance(v, (list, tuple)):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(",")
            _encode_compact(x, out)
        out.append("]")
        return
    else:
        _encode(v, "", out)
        return
    out.append("{")
    for i, (k, x) in enumerate(pairs):
        if i:
            out.append(",")
        out.append(go_string(k) + ":")
        _encode_compact(x, out)
    out.append("}")
