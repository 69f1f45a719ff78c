"""The seed's "Programmatic Model Creation" walk-through, exactly as the
README shows it, against a real server; then its contracts are read back
from the chain."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path
from typing import Any, Dict

import pytest

from hokusai import HokusaiClient
from hokusai._wallet import ChainRPC, dev_private_key

README = Path(__file__).resolve().parents[1] / "README.md"


def seed_block() -> str:
    text = README.read_text(encoding="utf-8")
    m = re.search(r"<!-- seed-walkthrough -->\s*```python\n(.*?)```", text, re.S)
    assert m, "README.md lost its seed walk-through block"
    return m.group(1)


def test_seed_walkthrough(server: str, repo: Path, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    owner_key = dev_private_key(1)
    shutil.copytree(repo / "testdata" / "models" / "house-votes-84-linear", workdir / "my_model", ignore=shutil.ignore_patterns("README.md"))
    # The placeholders: a server, the owner's key (never passed to the seed code: it reads
    # HOKUSAI_PRIVATE_KEY), an API key with credits behind it.
    monkeypatch.setenv("HOKUSAI_BASE_URL", server)
    monkeypatch.setenv("HOKUSAI_PRIVATE_KEY", owner_key)
    prep = HokusaiClient(base_url=server, private_key=owner_key)
    wallet = prep.connect_wallet()["address"]
    prep.deposit_credits("1")
    api_key = prep.create_api_key(scopes=["call"], name="seed").secret
    assert api_key
    code = seed_block().replace("your_api_key", api_key).replace("your_wallet_address", wallet)

    out = io.StringIO()
    ns: Dict[str, Any] = {}
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md seed walk-through", "exec"), ns)
    printed = out.getvalue()
    print(printed)
    model_id = int(re.search(r"Model ID: (\d+)", printed).group(1))  # type: ignore[union-attr]
    token = re.search(r"Token Address: (0x[0-9a-fA-F]{40})", printed).group(1)  # type: ignore[union-attr]
    assert "Status: registered" in printed
    assert "Test Status: passed" in printed and "Score: 1.0" in printed
    assert "Verification Status: verified" in printed
    assert ns["test_results"].raw["total"] == 2  # the server's own integration_test route ran the cases
    wrong = prep.test_model_integration(model_id, [{"input": {"physician-fee-freeze": "y", "el-salvador-aid": "y"}, "expected_output": "democrat"},
                                                   {"input": {"physician-fee-freeze": "n", "el-salvador-aid": "n"}, "expected_output": "democrat"}])
    assert (wrong.status, wrong.score, wrong.passed, wrong.failed) == ("failed", 0.5, 1, 1)
    assert wrong.cases[0]["index"] == 0 and wrong.cases[0]["actual_output"] == "republican"

    # On-chain, read back with plain JSON-RPC calls.
    chain = prep.chain_info()
    rpc = ChainRPC(chain["rpc_url"], chain["chain_id"])
    c = chain["contracts"]
    assert rpc.call_rpc("eth_getCode", [token, "latest"]) not in ("0x", None)
    assert rpc.read(token, "symbol()", [], [], ["string"])[0] == prep.get_model(model_id).ticker
    tpd, max_reward, budget, threshold, bps, configured = rpc.read(
        c["TokenManager"], "rewardConfig(uint256)", ["uint256"], [model_id], ["(uint128,uint128,uint128,uint96,uint16,bool)"])[0]
    assert configured
    assert tpd == 100000 * 10 ** 18 and max_reward == 1000000 * 10 ** 18
    assert threshold == 10 ** 18  # mint_threshold 0.01 of accuracy = one DeltaOne
    assert bps == 7000  # contributors 0.7, owner 0.3
    fee_rate = rpc.read(c["TokenManager"], "pricePerCall(uint256)", ["uint256"], [model_id], ["uint256"])
    assert fee_rate[0] > 0
    size, metric, direction, method, k, n, vconfigured = rpc.read(
        c["DeltaOneVerifier"], "config(uint256)", ["uint256"], [model_id], ["(uint128,uint8,uint8,uint8,uint8,uint8,bool)"])[0]
    attesters = prep.transport.request("GET", "/v1/evaluator")[0]["attesters"]
    assert vconfigured and method == 0 and k == n == len(attesters) >= 1
    for a in attesters:
        assert rpc.read(c["DeltaOneVerifier"], "isAttester(uint256,address)", ["uint256", "address"], [model_id, a], ["bool"])[0]

    # The mint budget comes with the benchmark; then reward_distribution passes too.
    bench = (repo / "testdata" / "datasets" / "house-votes-84.csv").read_text()
    prep.setup_model(model_id, bench, target="party", initial_rows=100)
    full = prep.verify_contract_integration(model_id)
    assert full.status == "verified", full.raw
