"""The SDK's hand-written contract calls and its table of contract errors
match the contracts' ABIs (they would silently drift otherwise)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hokusai._wallet import CONTRACT_ERRORS, _revert_hint

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from contract_errors import abi_signatures  # noqa: E402

SRC = Path(__file__).resolve().parents[1] / "src" / "hokusai"


def test_contract_errors_current() -> None:
    assert set(CONTRACT_ERRORS) == abi_signatures("error"), "run python sdk/python/scripts/contract_errors.py"


def test_called_functions_exist() -> None:
    known = abi_signatures("function") | abi_signatures("event")
    used = set()
    for f in ("client.py", "_wallet.py", "_dao.py"):
        used |= set(re.findall(r'"([a-zA-Z]+\([a-z0-9,()\[\]]*\))"', (SRC / f).read_text()))
    used -= set(CONTRACT_ERRORS)
    used |= {"buy(uint256,uint256,uint256)", "sell(uint256,uint256,uint256)"}  # built from the trade's side
    assert len(used) >= 12
    missing = sorted(used - known)
    assert not missing, "the SDK calls functions the contracts no longer have: %s" % missing


def test_revert_named() -> None:
    data = "0x3aa207dd" + (1234).to_bytes(32, "big").hex()
    assert _revert_hint(data) == " (BuyOnlyWindow(1234))"
