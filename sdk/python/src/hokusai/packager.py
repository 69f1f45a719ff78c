"""ModelPackager: the Python twin of Go's ``pack.Package`` (F6).

The same directory, metadata and key give byte-for-byte the same archive,
digest and signature as ``hokusai package``; shared vectors under the
repository's ``testdata/pack-vectors`` are checked by both languages.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import io
import json
import os
import re
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

from ._archive import ArchiveWriter
from ._gojson import GoInt, GoStruct, marshal, marshal_indent
from .errors import InvalidInputError

#: The manifest schema this packager writes.
MANIFEST_SCHEMA = "hokusai.package/v1"

_PICKLE_EXTS = {".pkl", ".pickle", ".pt", ".pth", ".joblib", ".ckpt", ".dill", ".keras"}
_EXPORT_ADVICE = "Export the model to ONNX or safetensors, or save it in the built-in JSON format (runtime linear or trees)."
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_SEMVER_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
_RUNTIME_RE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_MANIFEST_KEYS = {"schema", "name", "version", "description", "architecture", "training", "input_schema",
                  "output_schema", "runtime", "metrics", "usage_example", "parent", "files"}
#: Metadata keys the seed's examples use, mapped onto the manifest.
_ALIASES = {"training_methodology": "methodology", "training_data": "dataset"}

PathLike = Union[str, "os.PathLike[str]"]


@dataclass
class ModelPackage:
    """A built package: where its archive is and what identifies it."""

    path: str  #: the archive file (``NAME-VERSION.hkpkg``)
    digest: str  #: ``sha256:<hex>`` of the archive bytes; the server's key for it
    manifest_digest: str  #: ``sha256:<hex>`` of manifest.json; what the signature covers
    size: int  #: archive size in bytes
    manifest: Dict[str, Any]  #: the manifest as written (files filled in)
    signer: Optional[str] = None  #: EIP-55 address of the signing wallet, when signed
    signature: Optional[str] = None  #: 0x r||s||v (v 27/28), when signed
    manifest_bytes: bytes = field(default=b"", repr=False)  #: manifest.json exactly

    @property
    def name(self) -> str:
        """The manifest's model name."""
        return str(self.manifest["name"])

    @property
    def version(self) -> str:
        """The manifest's semantic version."""
        return str(self.manifest["version"])

    def read(self) -> bytes:
        """The archive's bytes."""
        return Path(self.path).read_bytes()


def _err(field_name: str, msg: str) -> InvalidInputError:
    return InvalidInputError(msg, field=field_name)


def normalize_metadata(metadata: Mapping[str, Any]) -> Dict[str, Any]:
    """Turns the seed's metadata (or a manifest) into a manifest dict.

    Accepts every manifest field; ``training`` may be a sentence (the
    methodology); ``training_methodology`` and ``training_data`` are accepted
    as in the seed's examples; ``runtime`` may be a name (``"onnx"``). Any
    other key is refused, naming it.
    """
    m: Dict[str, Any] = {}
    training: Dict[str, Any] = {}
    for k, v in metadata.items():
        if k in _ALIASES:
            training[_ALIASES[k]] = v
        elif k not in _MANIFEST_KEYS:
            raise _err(k, "Metadata field %r is not known; use the manifest's fields (%s)." % (k, ", ".join(sorted(_MANIFEST_KEYS - {"files"}))))
        elif k == "training" and isinstance(v, str):
            training["methodology"] = v
        elif k == "training":
            if not isinstance(v, Mapping):
                raise _err("training", "Metadata field \"training\" must be an object or a sentence.")
            training.update(v)
        elif k == "runtime" and isinstance(v, str):
            m["runtime"] = {"kind": v}
        else:
            m[k] = v
    if training:
        m["training"] = training
    m.setdefault("schema", MANIFEST_SCHEMA)
    return m


def _validate(m: Mapping[str, Any]) -> None:
    """The checks Go's ValidateManifest makes before files are read."""
    if m.get("schema") != MANIFEST_SCHEMA:
        raise _err("schema", "Manifest field \"schema\" must be %r, got %r." % (MANIFEST_SCHEMA, m.get("schema")))
    if not isinstance(m.get("name"), str) or not _NAME_RE.match(m["name"]):
        raise _err("name", "Manifest field \"name\" must be 1–128 letters, digits, '.', '_' or '-', starting with a letter or digit; got %r." % m.get("name"))
    if not isinstance(m.get("version"), str) or not _SEMVER_RE.match(m["version"]):
        raise _err("version", "Manifest field \"version\" must be a semantic version such as 1.0.0, got %r." % m.get("version"))
    for f, hint in (("description", "say in a sentence what the model does"), ("architecture", "e.g. \"logistic regression over 16 inputs\"")):
        if not isinstance(m.get(f), str) or not m[f].strip():
            raise _err(f, "Manifest field %r is required: %s." % (f, hint))
    tr = m.get("training") or {}
    if not isinstance(tr.get("methodology"), str) or not tr["methodology"].strip():
        raise _err("training.methodology", "Manifest field \"training.methodology\" is required: say how the model was trained.")
    for f in ("input_schema", "output_schema"):
        if not isinstance(m.get(f), Mapping):
            raise _err(f, "Manifest field %r is required: a JSON Schema object describing one %s." % (f, f.split("_")[0]))
    rt = m.get("runtime") or {}
    if not isinstance(rt.get("kind"), str) or not _RUNTIME_RE.match(rt["kind"]):
        raise _err("runtime.kind", "Manifest field \"runtime.kind\" must be a lowercase runtime name such as linear, onnx, xgboost or remote; got %r." % rt.get("kind"))


def _any(v: Any) -> Any:
    """A value decoded into Go's ``any``: numbers become float64."""
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, Mapping):
        return {str(k): _any(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_any(x) for x in v]
    raise _err("manifest", "Manifest values must be JSON: strings, numbers, booleans, lists and objects; got %s." % type(v).__name__)


def manifest_struct(m: Mapping[str, Any]) -> GoStruct:
    """The manifest in hokusai.Manifest's field order with its omitempty rules."""
    tr = m.get("training") or {}
    rc = tr.get("recipe") or {}
    recipe: List[Tuple[str, Any]] = [("runtime", str(rc.get("runtime", "")))]
    if rc.get("hyperparameters"):
        recipe.append(("hyperparameters", _any(rc["hyperparameters"])))
    recipe.append(("seed", GoInt(int(rc.get("seed", 0)))))
    training: List[Tuple[str, Any]] = [("methodology", str(tr.get("methodology", ""))), ("recipe", GoStruct(recipe))]
    if tr.get("dataset"):
        training.append(("dataset", str(tr["dataset"])))
    rt = m.get("runtime") or {}
    runtime: List[Tuple[str, Any]] = [("kind", str(rt.get("kind", "")))]
    if rt.get("entrypoint"):
        runtime.append(("entrypoint", str(rt["entrypoint"])))
    if rt.get("options"):
        runtime.append(("options", _any(rt["options"])))
    fields: List[Tuple[str, Any]] = [
        ("schema", m.get("schema", MANIFEST_SCHEMA)), ("name", m.get("name", "")), ("version", m.get("version", "")),
        ("description", m.get("description", "")), ("architecture", m.get("architecture", "")),
        ("training", GoStruct(training)),
        ("input_schema", _any(m.get("input_schema"))), ("output_schema", _any(m.get("output_schema"))),
        ("runtime", GoStruct(runtime)),
    ]
    if m.get("metrics"):
        fields.append(("metrics", {str(k): float(v) for k, v in m["metrics"].items()}))
    ue = m.get("usage_example")
    if ue is not None:
        ex: List[Tuple[str, Any]] = [("input", _any(ue.get("input")))]
        if ue.get("output") is not None:
            ex.append(("output", _any(ue["output"])))
        fields.append(("usage_example", GoStruct(ex)))
    if m.get("parent") is not None:
        p = m["parent"]
        fields.append(("parent", GoStruct([("model_id", GoInt(int(p.get("model_id", 0)))), ("version", str(p.get("version", "")))])))
    files = [GoStruct([("path", f["path"]), ("size", GoInt(f["size"])), ("sha256", f["sha256"])]) for f in m.get("files", [])]
    fields.append(("files", files))
    return GoStruct(fields)


def _check_path(p: str) -> None:
    if len(p.encode("utf-8", "surrogateescape")) > 1024:
        raise _err("files/" + p[:40], "The path %r is longer than 1024 bytes." % p[:40])
    if any(c in p for c in "\x00\\:"):
        raise _err("files/" + p, "The path %r holds a NUL, a backslash or a colon; rename the file." % p)
    for ch in p:
        o = ord(ch)
        if o < 0x20 or 0x7F <= o < 0xA0 or o in (0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF) or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069 or 0xDC80 <= o <= 0xDCFF:
            raise _err("files/" + p.encode("unicode_escape").decode(), "The path %r holds a control character or a bidirectional-formatting character; rename the file." % p)


def _sniff(rel: str, head: bytes) -> None:
    """Refuses pickles by name and by content, as Go's sniffer does for the common cases."""
    ext = os.path.splitext(rel)[1].lower()
    if ext in _PICKLE_EXTS:
        raise _err("files/" + rel, "%s is a %s file, a Python pickle format that runs code when loaded; Hokusai never unpickles. %s" % (rel, ext, _EXPORT_ADVICE))
    inner = head
    if head[:2] == b"\x1f\x8b":
        try:
            inner = gzip.GzipFile(fileobj=io.BytesIO(head)).read(64)
        except (OSError, EOFError, zlib.error):
            inner = b""
    elif head[:1] == b"\x78" and len(head) > 1 and (head[0] * 256 + head[1]) % 31 == 0:
        try:
            inner = zlib.decompressobj().decompress(head, 64)
        except zlib.error:
            inner = b""
    if len(inner) >= 2 and inner[0] == 0x80 and 2 <= inner[1] <= 5:
        raise _err("files/" + rel, "%s holds a Python pickle (protocol %d), which runs code when loaded; Hokusai never unpickles. %s" % (rel, inner[1], _EXPORT_ADVICE))
    if head[:6] == b"\x93NUMPY":
        why = _npy_problem(head)
        if why:
            raise _err("files/" + rel, "%s is a NumPy .npy file whose %s, so it may hold a pickle; pickles run code when loaded. %s" % (rel, why, _EXPORT_ADVICE))


def _npy_problem(b: bytes) -> str:
    """Why a .npy header is refused (object dtype, or a header that cannot be checked), or ""."""
    if len(b) < 10:
        return "header cannot be checked (not a .npy file)"
    major = b[6]
    if major == 1:
        n, start = int.from_bytes(b[8:10], "little"), 10
    elif major in (2, 3) and len(b) >= 12:
        n, start = int.from_bytes(b[8:12], "little"), 12
    else:
        return "header cannot be checked (format version %d)" % major
    if start + n > len(b) or n > 64 << 10:
        return "header cannot be checked (cut short)"
    try:
        d = ast.literal_eval(b[start:start + n].decode("latin-1").strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return "header cannot be checked"
    if not isinstance(d, dict) or set(d) != {"descr", "fortran_order", "shape"} or not isinstance(d["fortran_order"], bool) \
            or not isinstance(d["shape"], tuple) or not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in d["shape"]):
        return "header cannot be checked"
    return _dtype_problem(d["descr"], 0)


def _dtype_problem(v: Any, depth: int) -> str:
    if depth > 16:
        return "dtype nests too deeply"
    if isinstance(v, str):
        t = v.lstrip("<>|=")
        if len(v) - len(t) > 1 or not t:
            return "dtype %r is not a NumPy type string" % v[:20]
        if t[0] == "O":
            return "dtype is object (its cells are a pickle)"
        rest = t[1:]
        if t[0] in "mM" and "[" in rest and rest.endswith("]"):
            rest = rest[:rest.index("[")]
        if t[0] not in "biufcmMSUVa?" or not all("0" <= c <= "9" for c in rest):
            return "dtype %r is not a plain NumPy type" % v[:20]
        return ""
    if isinstance(v, list):
        for f in v:
            if not isinstance(f, tuple) or not 2 <= len(f) <= 3:
                return "structured dtype field is not (name, dtype[, shape])"
            why = _dtype_problem(f[1], depth + 1)
            if why:
                return why
        return ""
    return "dtype is neither a type string nor a list of fields"


def _sniff_zip(rel: str, path: str) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                name = info.filename
                if os.path.splitext(name)[1].lower() in _PICKLE_EXTS or name.endswith("data.pkl"):
                    raise _err("files/" + rel, "%s is a zip archive holding %s, a Python pickle; Hokusai never unpickles. %s" % (rel, name, _EXPORT_ADVICE))
                with z.open(info) as fh:
                    _sniff(rel + "/" + name, fh.read(64))
    except zipfile.BadZipFile:
        return


@dataclass
class _Source:
    rel: str
    abs: str
    size: int
    sha256: str = ""


def _scan(root_dir: str) -> List[_Source]:
    if not os.path.isdir(root_dir):
        raise _err("path", "%s is not a directory; give the directory holding the model files." % root_dir)
    root = os.path.realpath(root_dir)
    out: List[_Source] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if d != ".git" and not os.path.islink(os.path.join(dirpath, d))]
        for fn in filenames + [d for d in os.listdir(dirpath) if os.path.islink(os.path.join(dirpath, d)) and os.path.isdir(os.path.join(dirpath, d))]:
            p = os.path.join(dirpath, fn)
            rel = os.path.relpath(p, root).replace(os.sep, "/")
            target = p
            if os.path.islink(p):
                target = os.path.realpath(p)
                if not os.path.exists(target):
                    raise _err("files/" + rel, "%s is a broken link; remove it or copy the file in." % rel)
                if os.path.commonpath([root, target]) != root:
                    raise _err("files/" + rel, "%s links to %s, outside the model directory; copy the file in instead." % (rel, target))
            st = os.stat(target)
            if not stat.S_ISREG(st.st_mode):
                raise _err("files/" + rel, "%s is not a regular file; packages hold regular files only." % rel)
            _check_path(rel)
            out.append(_Source(rel, target, st.st_size))
    out.sort(key=lambda s: s.rel.encode("utf-8", "surrogateescape"))
    if not out:
        raise _err("files", "Manifest field \"files\" is empty: a package holds at least one model file.")
    return out


def _chunks(path: str, size: int) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        left = size
        while left > 0:
            b = fh.read(min(left, 1 << 20))
            if not b:
                break
            left -= len(b)
            yield b


def _hash(src: _Source) -> str:
    h = hashlib.sha256()
    n = 0
    first = True
    for b in _chunks(src.abs, src.size):
        if first:
            _sniff(src.rel, b[:65536])
            first = False
        h.update(b)
        n += len(b)
    if n != src.size:
        raise _err("files/" + src.rel, "The file %s changed while it was being packaged; package again." % src.rel)
    if src.size >= 4 and open(src.abs, "rb").read(4) == b"PK\x03\x04":
        _sniff_zip(src.rel, src.abs)
    return h.hexdigest()


def _key_account(private_key: Optional[str], keystore: Optional[PathLike], password: Optional[str]) -> Any:
    """The signing account for a key or keystore (None for neither), loaded as the client's Wallet loads it."""
    if private_key is None and keystore is None:
        return None
    from ._wallet import Wallet

    if keystore is not None:
        return Wallet.from_keystore(str(keystore), password).account
    return Wallet(private_key or "").account


def sign_digest(digest: bytes, account: Any) -> str:
    """Signs 32 raw digest bytes the way a wallet's personal_sign does (EIP-191)."""
    from eth_account.messages import encode_defunct

    sig = account.sign_message(encode_defunct(primitive=digest)).signature
    return "0x" + bytes(sig).hex()


class ModelPackager:
    """Packages a model (a directory, a fitted scikit-learn estimator or a
    PyTorch module) into a Hokusai package, signed by the owner's key when
    one is given. Keys never leave this process."""

    def __init__(self, private_key: Optional[str] = None, keystore: Optional[PathLike] = None,
                 password: Optional[str] = None, out_dir: Optional[PathLike] = None) -> None:
        self._private_key = private_key if private_key is not None else os.environ.get("HOKUSAI_PRIVATE_KEY")
        self._keystore = keystore
        self._password = password
        self._out_dir = str(out_dir) if out_dir is not None else None

    def package(self, model_path: Union[PathLike, Any] = None, metadata: Optional[Mapping[str, Any]] = None, *,
                model: Any = None, example_input: Any = None, output_path: Optional[PathLike] = None,
                private_key: Optional[str] = None) -> ModelPackage:
        """Builds the package and writes it to output_path (default
        ``NAME-VERSION.hkpkg`` in out_dir or a temporary directory).

        ``model_path`` is a directory of model files; a fitted scikit-learn
        estimator or a ``torch.nn.Module`` (with ``example_input``) may be
        given as ``model`` (or as ``model_path``) and is exported to ONNX with
        its input and output schema filled in when the metadata has none.
        """
        if metadata is None:
            raise _err("metadata", "metadata is required: name, version, description, architecture, training, input_schema, output_schema, runtime.")
        if model is None and model_path is not None and not isinstance(model_path, (str, os.PathLike)):
            model, model_path = model_path, None
        m = normalize_metadata(metadata)
        tmp: Optional[tempfile.TemporaryDirectory[str]] = None
        try:
            if model is not None:
                from . import export

                tmp = tempfile.TemporaryDirectory(prefix="hokusai-export-")
                m = export.export_model(model, tmp.name, m, example_input)
                model_path = tmp.name
            if model_path is None:
                raise _err("model_path", "Give model_path (a directory of model files) or model (a fitted scikit-learn estimator or a PyTorch module).")
            key = private_key if private_key is not None else self._private_key
            account = _key_account(key, self._keystore, self._password)
            return build_package(str(model_path), m, account, output_path, self._out_dir)
        finally:
            if tmp is not None:
                tmp.cleanup()


def build_package(model_dir: str, m: Dict[str, Any], account: Any, output_path: Optional[PathLike] = None,
                  out_dir: Optional[str] = None) -> ModelPackage:
    """Go's pack.PackageFile: scan, hash, sign, then write the archive atomically."""
    _validate(m)
    files = _scan(model_dir)
    for f in files:
        f.sha256 = _hash(f)
    m = dict(m)
    m["files"] = [{"path": f.rel, "size": f.size, "sha256": f.sha256} for f in files]
    entry = (m.get("runtime") or {}).get("entrypoint")
    if entry and entry not in {f.rel for f in files}:
        raise _err("runtime.entrypoint", "Manifest field \"runtime.entrypoint\" names %r, which is not a file of the package." % entry)
    struct_ = manifest_struct(m)
    manifest_raw = marshal_indent(struct_) + b"\n"
    md = hashlib.sha256(manifest_raw).digest()
    signer = signature = None
    sig_raw: Optional[bytes] = None
    if account is not None:
        signature = sign_digest(md, account)
        signer = str(account.address)
        sig_raw = marshal_indent(GoStruct([
            ("manifest_digest", "sha256:" + md.hex()), ("signer", signer), ("signature", signature),
            ("fields", field_digests(struct_)),
        ])) + b"\n"
    if output_path is None:
        d = out_dir or tempfile.mkdtemp(prefix="hokusai-package-")
        output_path = os.path.join(d, "%s-%s.hkpkg" % (m["name"], m["version"]))
    out = str(output_path)
    fd, tmp_path = tempfile.mkstemp(prefix=".hokusai-package-", dir=os.path.dirname(os.path.abspath(out)))
    try:
        with os.fdopen(fd, "wb") as fh:
            aw = ArchiveWriter(fh)
            aw.add("manifest.json", len(manifest_raw), [manifest_raw])
            if sig_raw is not None:
                aw.add("signature.json", len(sig_raw), [sig_raw])
            for f in files:
                aw.add("model/" + f.rel, f.size, _chunks(f.abs, f.size))
            digest = aw.close()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_path, out)
    except BaseException:
        if os.path.exists(tmp_path):
            os.unlink(tmp_path)
        raise
    return ModelPackage(path=out, digest=digest, manifest_digest="sha256:" + md.hex(), size=aw.size,
                        manifest=json.loads(manifest_raw), signer=signer, signature=signature, manifest_bytes=manifest_raw)


def field_digests(struct_: GoStruct) -> Dict[str, str]:
    """signature.json's per-field digests, so a verifier can name what changed."""
    out: Dict[str, str] = {}
    for k, v in struct_.fields:
        if k == "files":
            for f in v:
                d = dict(f.fields)
                out["files/" + d["path"]] = hashlib.sha256(("%d:%s" % (d["size"], d["sha256"])).encode()).hexdigest()
            continue
        out[k] = hashlib.sha256(marshal(v)).hexdigest()
    return out


__all__: Sequence[str] = ["ModelPackager", "ModelPackage", "MANIFEST_SCHEMA", "build_package", "normalize_metadata"]
