"""Writes the API reference section of sdk/python/README.md from the docstrings.

python sdk/python/scripts/api_reference.py   (tests/test_readme.py fails when it is stale)
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any, List

README = Path(__file__).resolve().parents[1] / "README.md"
sys.path.insert(0, str(README.parent / "src"))

import hokusai  # noqa: E402
from hokusai import errors, models  # noqa: E402

START, END = "<!-- api-reference:start -->", "<!-- api-reference:end -->"


def _first(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    para = doc.split("\n\n")[0]
    return " ".join(para.split())


def _signature(fn: Any) -> str:
    """fn's signature as written in the source (annotations are strings there)."""
    parts, star = [], False
    sig = inspect.signature(fn)
    for p in sig.parameters.values():
        if p.name == "self":
            continue
        if p.kind is p.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        t = p.name
        if p.annotation is not p.empty:
            t += ": " + str(p.annotation)
        if p.default is not p.empty:
            t += " = " + repr(p.default)
        parts.append(t)
    ret = " -> " + str(sig.return_annotation) if sig.return_annotation is not sig.empty else ""
    return "(" + ", ".join(parts) + ")" + ret


def _methods(cls: type) -> List[str]:
    out = []
    for name, fn in inspect.getmembers(cls, inspect.isfunction):
        if name.startswith("_"):
            continue
        sig = _signature(fn)
        out.append("- `%s%s` — %s" % (name, sig, _first(fn)))
    return out


def generate() -> str:
    """The section's text."""
    lines = ["### `HokusaiClient`", "", _first(hokusai.HokusaiClient), ""] + _methods(hokusai.HokusaiClient)
    lines += ["", "### `ModelPackager`", "", _first(hokusai.ModelPackager), ""] + _methods(hokusai.ModelPackager)
    lines += ["", "### Results (`hokusai.models`)", ""]
    for name, cls in inspect.getmembers(models, inspect.isclass):
        if cls.__module__ == models.__name__:
            lines.append("- `%s` — %s" % (name, _first(cls)))
    lines += ["", "### Errors (`hokusai.errors`)", ""]
    for code, cls in sorted(errors.ERROR_CLASSES.items()):
        lines.append("- `%s` (`%s`) — %s" % (cls.__name__, code, _first(cls)))
    return "\n".join(lines) + "\n"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    i, j = text.index(START) + len(START), text.index(END)
    README.write_text(text[:i] + "\n" + generate() + text[j:], encoding="utf-8")


if __name__ == "__main__":
    main()
