"""The README's API reference is the one the docstrings give."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import api_reference  # noqa: E402


def test_api_reference_current() -> None:
    text = api_reference.README.read_text(encoding="utf-8")
    i = text.index(api_reference.START) + len(api_reference.START)
    j = text.index(api_reference.END)
    assert text[i:j] == "\n" + api_reference.generate(), "run python sdk/python/scripts/api_reference.py"
