"""ModelPackager: random trees and metadata give the digest `hokusai package`
gives (property test against the Go binary), signatures recover to the
signer, and pickles are refused, as the Go packager refuses them. (Random
file contents start with "#" so that the property test compares archives;
what the two sniffers refuse is compared case by case below.)"""

from __future__ import annotations

import gzip
import json
import pickle
import subprocess
import zipfile
from pathlib import Path
from typing import Any, Dict

import pytest
from eth_account import Account
from eth_account.messages import encode_defunct
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hokusai import InvalidInputError, ModelPackager
from hokusai._wallet import dev_private_key

KEY = dev_private_key(7)
BASE: Dict[str, Any] = {"name": "prop", "version": "1.2.3", "description": "A property-test model.", "architecture": "none",
                        "training": {"methodology": "none", "recipe": {"runtime": "linear", "seed": 3}},
                        "input_schema": {"type": "object"}, "output_schema": {"type": "object"}, "runtime": {"kind": "linear"}}

names = st.text(alphabet=st.sampled_from("abcXYZ019._-éü漢"), min_size=1, max_size=40).filter(lambda s: s[0] not in ".-_" and s not in (".", ".."))
json_values = st.recursive(st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False, allow_infinity=False)
                           | st.text(max_size=12), lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3), max_leaves=8)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.dictionaries(st.lists(names, min_size=1, max_size=3).map("/".join),
                             st.binary(max_size=3000).map(lambda b: b"#" + b) | st.sampled_from([b"", b"a" * 70000]),
                             min_size=1, max_size=5),
       schema=st.dictionaries(st.text(min_size=1, max_size=8), json_values, max_size=4),
       metrics=st.dictionaries(st.sampled_from(["accuracy", "f1", "rmse"]), st.floats(allow_nan=False, allow_infinity=False), max_size=2),
       description=st.text(min_size=1, max_size=60).filter(lambda s: s.strip() != ""))
def test_same_digest_as_go_cli(hokusai_bin: str, tmp_path_factory: pytest.TempPathFactory, files: Dict[str, bytes], schema: Dict[str, Any],
                               metrics: Dict[str, float], description: str) -> None:
    tmp = tmp_path_factory.mktemp("prop")
    d = tmp / "model"
    paths = sorted(files)
    if any(b != a and b.startswith(a + "/") for a in paths for b in paths):
        return  # a file cannot also be a directory
    for p, b in files.items():
        (d / p).parent.mkdir(parents=True, exist_ok=True)
        (d / p).write_bytes(b)
    meta = dict(BASE, description=description, input_schema={"type": "object", "properties": schema}, metrics=metrics)
    (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    (tmp / "key").write_text(KEY)
    go = subprocess.run([hokusai_bin, "package", str(d), "--metadata", str(tmp / "meta.json"), "--key", str(tmp / "key"), "-o", str(tmp / "go.hkpkg")],
                        capture_output=True, text=True)
    try:
        py = ModelPackager(private_key=KEY).package(model_path=str(d), metadata=json.loads((tmp / "meta.json").read_text(encoding="utf-8")),
                                                    output_path=tmp / "py.hkpkg")
    except InvalidInputError as e:
        assert go.returncode != 0, "Python refused what Go packaged: %s" % e
        return
    assert go.returncode == 0, go.stderr
    assert go.stdout.strip() == py.digest
    assert (tmp / "go.hkpkg").read_bytes() == (tmp / "py.hkpkg").read_bytes()
    print("same digest", py.digest, len(files), "files")


def test_signature_recovers_to_signer(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "model.json").write_text("{}")
    pkg = ModelPackager(private_key=KEY).package(model_path=str(tmp_path / "m"), metadata=BASE)
    assert pkg.signer == Account.from_key(KEY).address
    digest = bytes.fromhex(pkg.manifest_digest.split(":")[1])
    assert Account.recover_message(encode_defunct(primitive=digest), signature=pkg.signature) == pkg.signer
    again = ModelPackager(private_key=KEY).package(model_path=str(tmp_path / "m"), metadata=BASE)
    assert again.digest == pkg.digest  # deterministic


@pytest.mark.parametrize("name,content", [
    ("model.pkl", b"anything"),
    ("weights.pt", b"PK\x03\x04"),
    ("model.bin", pickle.dumps({"a": 1}, protocol=4)),
    ("model.gz", gzip.compress(pickle.dumps([1, 2], protocol=2))),
    ("ckpt.zip", None),
    ("arr.npy", b"\x93NUMPY\x01\x00" + (76).to_bytes(2, "little") + b"{'descr': '|O', 'fortran_order': False, 'shape': (2,), }".ljust(76) + b"\x00" * 16),
    ("bad.bin", b"\x93NUMPY"),
])
def test_pickles_refused(tmp_path: Path, hokusai_bin: str, name: str, content: Any) -> None:
    d = tmp_path / "m"
    d.mkdir()
    if content is None:
        with zipfile.ZipFile(d / name, "w") as z:
            z.writestr("archive/data.pkl", pickle.dumps(1))
    else:
        (d / name).write_bytes(content)
    with pytest.raises(InvalidInputError) as ei:
        ModelPackager().package(model_path=str(d), metadata=BASE)
    assert "pickle" in str(ei.value).lower() and ei.value.field and ei.value.field.startswith("files/")
    (tmp_path / "meta.json").write_text(json.dumps(BASE))
    go = subprocess.run([hokusai_bin, "package", str(d), "--metadata", str(tmp_path / "meta.json"), "-o", str(tmp_path / "x")], capture_output=True, text=True)
    assert go.returncode != 0 and "pickle" in go.stderr.lower(), go.stderr  # Go refuses it too


def test_pickled_estimator_object_refused() -> None:
    with pytest.raises(InvalidInputError) as ei:
        ModelPackager().package(model=object(), metadata=BASE)
    assert "Pickles are refused" in str(ei.value)


def test_unknown_metadata_key_named(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "x.json").write_text("{}")
    with pytest.raises(InvalidInputError) as ei:
        ModelPackager().package(model_path=str(tmp_path / "m"), metadata=dict(BASE, framwork="torch"))
    assert ei.value.field == "framwork"


def test_keystore_with_a_wrong_password_names_the_file(tmp_path: Path) -> None:
    ks = tmp_path / "key.json"
    ks.write_text(json.dumps(Account.encrypt(b"\x11" * 32, "right", kdf="scrypt", iterations=2)))
    with pytest.raises(InvalidInputError) as ei:
        ModelPackager(keystore=str(ks), password="wrong").package(model_path=str(tmp_path), metadata={"name": "m"})
    assert ei.value.field == "keystore" and str(ks) in str(ei.value)
