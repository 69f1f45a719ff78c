"""The Python packager makes byte-for-byte the archive the Go packager makes
(pack/vectors_test.go checks the same expected.json files)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from hokusai import ModelPackager

VECTORS = sorted(p for p in (Path(__file__).resolve().parents[3] / "testdata" / "pack-vectors").iterdir() if p.is_dir())


def test_there_are_vectors() -> None:
    assert len(VECTORS) >= 5


@pytest.mark.parametrize("vec", VECTORS, ids=[v.name for v in VECTORS])
def test_same_package_as_go(vec: Path, tmp_path: Path) -> None:
    want = json.loads((vec / "expected.json").read_text())
    key = (vec / "key").read_text().strip() if (vec / "key").exists() else None
    metadata = json.loads((vec / "metadata.json").read_text(encoding="utf-8"))
    pkg = ModelPackager(private_key=key).package(model_path=str(vec / "files"), metadata=metadata, output_path=tmp_path / "p.hkpkg")
    data = (tmp_path / "p.hkpkg").read_bytes()
    assert pkg.manifest_digest == want["manifest_digest"]
    assert pkg.signature == want.get("signature")
    assert pkg.signer == want.get("signer")
    assert pkg.size == want["size"] == len(data)
    assert pkg.digest == want["digest"] == "sha256:" + hashlib.sha256(data).hexdigest()
    print(vec.name, pkg.digest)
