"""A PyTorch module packaged from Python (torch.onnx.export), registered,
called, improved by a contribution from Python and minted. PyTorch is not
in `make deps` (its wheel pulls ~5 GB of CUDA wheels); `make
python-test-torch` installs it and runs this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._flow import FEATURES, check_minted, iris, run_flow

torch = pytest.importorskip("torch", reason="PyTorch is not installed: run `make python-test-torch`")


def test_torch_module(server: str, repo: Path, onnx_ready: bool) -> None:
    if not onnx_ready:
        pytest.skip("the server has no ONNX Runtime library (make deps installs it)")
    torch.manual_seed(0)
    rows, _ = iris(repo)
    thin = [rows[0], rows[50], rows[100]]
    classes = ["setosa", "versicolor", "virginica"]
    X = torch.tensor([[float(r[f]) for f in FEATURES] for r in thin])
    y = torch.tensor([classes.index(r["species"]) for r in thin])
    net = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
    opt = torch.optim.Adam(net.parameters(), lr=0.05)
    for _ in range(200):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(net(X), y).backward()
        opt.step()
    model = torch.nn.Sequential(net, torch.nn.Softmax(dim=1))
    check_minted(run_flow(server, repo, model, "iris-torch", example_input=X[:1], classes=classes))
