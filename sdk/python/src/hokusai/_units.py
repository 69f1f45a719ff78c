"""The seed's settings in the seed's units, converted exactly (never through
a float) into the integers the contracts store. A value that is not a whole
number of its stored unit is refused, naming the setting."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import InvalidInputError

WAD = 10 ** 18
#: Metrics whose values are proportions (between 0 and 1).
PROPORTIONS = ("accuracy", "precision", "recall", "f1", "auc_roc")


def decimal(field: str, v: Any) -> Decimal:
    """A setting as an exact Decimal; floats are read from their shortest text (0.1 → 0.1)."""
    if isinstance(v, bool):
        raise InvalidInputError("Setting %s must be a number, got %r." % (field, v), field=field)
    if isinstance(v, float):
        v = repr(v)
    try:
        d = Decimal(str(v).strip())
    except (InvalidOperation, ValueError) as e:
        raise InvalidInputError("Setting %s must be a decimal number, got %r." % (field, v), field=field) from e
    if not d.is_finite():
        raise InvalidInputError("Setting %s must be a finite number, got %r." % (field, v), field=field)
    return d


def exact_units(field: str, v: Any, decimals: int, unit: str, positive: bool = True) -> int:
    """v × 10**decimals as an integer, refusing a value finer than the unit."""
    d = decimal(field, v)
    scaled = d.scaleb(decimals)
    if scaled != scaled.to_integral_value():
        raise InvalidInputError("Setting %s = %s is finer than one %s; give a whole number of %ss." % (field, v, unit, unit), field=field)
    n = int(scaled)
    if n < 0 or (positive and n == 0):
        raise InvalidInputError("Setting %s must be greater than zero, got %s." % (field, v), field=field)
    return n


def tokens(field: str, v: Any) -> int:
    """Tokens (18 decimals) → token wei."""
    return exact_units(field, v, 18, "token wei")


def usdc_micros(field: str, v: Any) -> int:
    """USDC (6 decimals) → micro-USDC."""
    return exact_units(field, v, 6, "micro-USDC", positive=False)

