"""A scikit-learn classifier packaged from Python (ONNX via skl2onnx),
registered, called, improved by a contribution from Python and minted."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._flow import FEATURES, check_minted, iris, run_flow

pytest.importorskip("skl2onnx")


def test_sklearn_classifier(server: str, repo: Path, onnx_ready: bool) -> None:
    if not onnx_ready:
        pytest.skip("the server has no ONNX Runtime library (make deps installs it)")
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows, _ = iris(repo)
    thin = [rows[0], rows[50], rows[100]]
    X = np.array([[float(r[f]) for f in FEATURES] for r in thin], dtype=np.float32)
    clf = LogisticRegression(max_iter=500).fit(X, [r["species"] for r in thin])
    check_minted(run_flow(server, repo, clf, "iris-sklearn"))
