"""The model-owner and contributor flow the scikit-learn and PyTorch tests share:
package an in-memory model, register it, call it, improve it by a
contribution, and see the contributor's tokens minted."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Dict, List, Tuple

import httpx

from hokusai import HokusaiClient, ModelPackager
from hokusai._wallet import dev_private_key

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def iris(repo: Path) -> Tuple[List[Dict[str, str]], str]:
    """The iris rows and the CSV text."""
    text = (repo / "testdata" / "datasets" / "iris.csv").read_text()
    return list(csv.DictReader(io.StringIO(text))), text


def run_flow(server: str, repo: Path, model: Any, name: str, example_input: Any = None, classes: Any = None) -> Dict[str, Any]:
    """Runs the whole flow and returns what each step answered."""
    rows, text = iris(repo)
    owner = HokusaiClient(base_url=server, private_key=dev_private_key(1))
    owner.connect_wallet()
    options: Dict[str, Any] = {"features": FEATURES, "target": "species"}
    if classes:
        options["classes"] = classes
    pkg = ModelPackager(private_key=dev_private_key(1)).package(model=model, example_input=example_input, metadata={
        "name": name, "version": "1.0.0", "description": "Iris species from four flower measurements.",
        "training_methodology": "Fitted on three rows, one per species.", "metrics": {"accuracy": 0.6},
        "runtime": {"kind": "onnx", "options": options}})
    assert pkg.manifest["runtime"]["kind"] == "onnx" and pkg.manifest["runtime"]["entrypoint"] == "model.onnx"
    assert [f["path"] for f in pkg.manifest["files"]] == ["model.onnx"]
    assert set(pkg.manifest["input_schema"]["properties"]) == set(FEATURES)
    reg = owner.register_model(pkg, {"reward_rate": 1000, "min_improvement": 0.01, "max_rewards": 100000})
    assert reg.status == "registered"

    # Called like any model: prediction, confidence, latency, fee.
    owner.deposit_credits("1")
    owner.create_api_key(scopes=["call"], name=name)
    p = owner.predict(reg.model_id, dict(zip(FEATURES, [5.1, 3.5, 1.4, 0.2])))
    assert p.prediction in ("setosa", "versicolor", "virginica")
    assert 0 < p.confidence <= 1 and p.latency >= 0
    assert p.fee_charged == "0.002" and p.fee_charged_micros == 2000

    # The owner's benchmark and a deliberately thin training set (one row per species).
    header = ",".join(rows[0].keys())
    thin = "\n".join([header] + [",".join(r.values()) for r in (rows[0], rows[50], rows[100])]) + "\n"
    # The evaluator retrains the recipe (softmax) and measures that head on the hidden split;
    # the exported model's own accuracy is not what it measures, so nothing is declared.
    setup = owner.setup_model(reg.model_id, text, target="species", runtime="softmax", training=thin, declared_baseline="none")

    # A contributor adds the public dev split's rows and is paid in the model's token.
    dev = owner.get_benchmark(reg.model_id)
    assert dev == httpx.get(server + "/v1/models/%d/benchmark" % reg.model_id, params={"format": "csv"}, timeout=30).text
    contributor = HokusaiClient(base_url=server, private_key=dev_private_key(2))
    contributor.connect_wallet()
    before = contributor.get_token_balance(reg.model_id)
    supply_before = owner.get_token_supply(reg.model_id)
    c = contributor.submit_contribution(reg.model_id, dev)
    done = contributor.wait_for_contribution(c.id, timeout=180)
    after = contributor.get_token_balance(reg.model_id)
    if done.evaluation_id:
        ev = owner.get_evaluation(done.evaluation_id)
        assert ev["decision"] == ("mint" if done.status == "accepted" else "reject")
    assert [x.id for x in owner.iter_contributions(reg.model_id)] == [c.id]
    assert [v["version"] for v in owner.list_versions(reg.model_id)][0] == "1.0.0"
    return {"package": pkg, "registration": reg, "prediction": p, "setup": setup, "contribution": done,
            "minted": after - before, "supply_growth": owner.get_token_supply(reg.model_id) - supply_before,
            "membership": contributor.get_coop_membership(reg.model_id)}


def check_minted(out: Dict[str, Any]) -> None:
    """The contribution was accepted and its reward is on-chain."""
    c = out["contribution"]
    assert c.status == "accepted", (c.reason_code, c.reason)
    assert c.mint_tx.startswith("0x")
    assert int(c.reward) > 0
    assert out["minted"] == int(c.reward)
    assert out["supply_growth"] >= out["minted"]
    assert out["membership"].member and out["membership"].accepted_contributions == 1
    print("model %d: %s (%.3f) for %s USDC in %.3f ms; contribution %d accepted, %s token wei minted in %s" % (
        out["registration"].model_id, out["prediction"].prediction, out["prediction"].confidence, out["prediction"].fee_charged,
        out["prediction"].latency, c.id, c.reward, c.mint_tx))
