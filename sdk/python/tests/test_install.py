"""`pip install ./sdk/python` works in a fresh virtual environment, and the
package is mypy --strict clean."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

SDK = Path(__file__).resolve().parents[1]


def test_mypy_strict() -> None:
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "src/hokusai"], cwd=SDK, capture_output=True, text=True)
    print(r.stdout)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Success: no issues found" in r.stdout


def test_pip_install_in_fresh_venv(tmp_path: Path, repo: Path) -> None:
    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    r = subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(SDK)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    vec = repo / "testdata" / "pack-vectors" / "linear-signed"
    script = (
        "import json, sys\n"
        "from hokusai import ModelPackager, HokusaiClient\n"
        "d = sys.argv[1]\n"
        "p = ModelPackager(private_key=open(d + '/key').read().strip()).package(model_path=d + '/files', metadata=json.load(open(d + '/metadata.json')), output_path=sys.argv[2])\n"
        "print(p.digest)\n"
    )
    r = subprocess.run([str(py), "-c", script, str(vec), str(tmp_path / "p.hkpkg")], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == json.loads((vec / "expected.json").read_text())["digest"]
    # The wheel ships its type information.
    r = subprocess.run([str(py), "-c", "import hokusai, os; print(os.path.exists(os.path.join(os.path.dirname(hokusai.__file__), 'py.typed')))"], capture_output=True, text=True)
    assert r.stdout.strip() == "True"
