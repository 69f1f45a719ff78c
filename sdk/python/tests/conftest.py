"""A real `hokusai serve` on the embedded dev chain for the whole session:
the binary is built once with `go build` (or HOKUSAI_BIN), on free loopback
ports and a temporary data directory."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

REPO = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository root (for testdata and contract ABIs)."""
    return REPO


@pytest.fixture(scope="session")
def hokusai_bin(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The hokusai binary: HOKUSAI_BIN, or built once from this checkout."""
    binary = os.environ.get("HOKUSAI_BIN")
    if not binary:
        binary = str(tmp_path_factory.mktemp("bin") / "hokusai")
        subprocess.run(["go", "build", "-o", binary, "./cmd/hokusai"], cwd=REPO, check=True)
    return binary


@contextlib.contextmanager
def serve(work: Path, binary: str, *extra: str) -> Iterator[str]:
    """Runs `hokusai serve` on its own embedded chain in work until the block ends; yields its base URL."""
    http_port, rpc_port = _free_port(), _free_port()
    env = dict(os.environ)
    ort = REPO / "runtime" / "onnx" / "lib" / "libonnxruntime.so.1"
    if "HOKUSAI_ONNXRUNTIME_LIB" not in env and ort.exists():
        env["HOKUSAI_ONNXRUNTIME_LIB"] = str(ort)
    log = open(work / "server.log", "wb")
    proc = subprocess.Popen([binary, "serve", "--data-dir", str(work / "data"), "--http-addr", "127.0.0.1:%d" % http_port,
                             "--rpc-addr", "127.0.0.1:%d" % rpc_port, "--log-level", "warn", *extra], stdout=log, stderr=subprocess.STDOUT, env=env)
    base = "http://127.0.0.1:%d" % http_port
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError("hokusai serve did not start:\n" + (work / "server.log").read_text()[-3000:])
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, hokusai_bin: str) -> Iterator[str]:
    """The base URL of a running `hokusai serve`."""
    with serve(tmp_path_factory.mktemp("serve"), hokusai_bin) as base:
        yield base


@pytest.fixture(scope="module")
def clock_server(tmp_path_factory: pytest.TempPathFactory, hokusai_bin: str) -> Iterator[str]:
    """A `hokusai serve` of the module's own, for tests that move its dev chain's clock (days
    ahead of the wall clock, which would expire the deadlines other tests sign on the shared
    server's chain); it settles calls every 300 ms."""
    with serve(tmp_path_factory.mktemp("clock"), hokusai_bin, "--settle-interval", "300ms") as base:
        yield base


@pytest.fixture(scope="session")
def onnx_ready() -> bool:
    """Whether the server can load ONNX models (the ONNX Runtime library is installed);
    with HOKUSAI_REQUIRE_ORT set (as `make test` does) a missing library fails the test."""
    ok = bool(os.environ.get("HOKUSAI_ONNXRUNTIME_LIB")) or (REPO / "runtime" / "onnx" / "lib" / "libonnxruntime.so.1").exists()
    if not ok and os.environ.get("HOKUSAI_REQUIRE_ORT"):
        pytest.fail("HOKUSAI_REQUIRE_ORT is set but the ONNX Runtime library is missing: run `make deps`.")
    return ok


@pytest.fixture()
def workdir() -> Iterator[Path]:
    """A temporary working directory the test runs in (the seed's relative paths)."""
    d = tempfile.mkdtemp(prefix="hokusai-py-")
    old = os.getcwd()
    os.chdir(d)
    try:
        yield Path(d)
    finally:
        os.chdir(old)
        shutil.rmtree(d, ignore_errors=True)
