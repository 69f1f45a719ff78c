"""Rewrites CONTRACT_ERRORS in src/hokusai/_wallet.py from contracts/artifacts/*.abi.

Run it after the contracts change: python sdk/python/scripts/contract_errors.py
(tests/test_wallet.py fails until the table matches the ABIs).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, Set

ROOT = Path(__file__).resolve().parents[3]
WALLET = Path(__file__).resolve().parents[1] / "src" / "hokusai" / "_wallet.py"


def abi_type(i: Dict[str, Any]) -> str:
    """An ABI input's canonical type, tuples spelled out."""
    if i["type"].startswith("tuple"):
        return "(" + ",".join(abi_type(c) for c in i["components"]) + ")" + i["type"][5:]
    return str(i["type"])


def abi_signatures(kind: str) -> Set[str]:
    """Every error (or function, or event) signature of the protocol's contracts."""
    out = set()
    for f in sorted((ROOT / "contracts" / "artifacts").glob("*.abi")):
        for e in json.loads(f.read_text()):
            if e["type"] == kind:
                out.add("%s(%s)" % (e["name"], ",".join(abi_type(i) for i in e["inputs"])))
    return out


def main() -> None:
    lines, cur = [], "    "
    for sig in sorted(abi_signatures("error")):
        item = '"%s", ' % sig
        if len(cur) + len(item) > 118:
            lines.append(cur.rstrip())
            cur = "    "
        cur += item
    lines.append(cur.rstrip())
    src = WALLET.read_text()
    src = re.sub(r"CONTRACT_ERRORS = \(\n.*?\n\)\n", "CONTRACT_ERRORS = (\n" + "\n".join(lines) + "\n)\n", src, flags=re.S)
    WALLET.write_text(src)


if __name__ == "__main__":
    main()
