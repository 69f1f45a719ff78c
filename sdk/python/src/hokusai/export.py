"""Exports in-memory models to ONNX for packaging: a fitted scikit-learn
estimator (skl2onnx, extra ``[sklearn]``) or a PyTorch module with an
example input (``torch.onnx.export``, extra ``[torch]``). Pickles are never
written; the server runs the ONNX file with ONNX Runtime."""

from __future__ import annotations

import os
from typing import Any, Dict, List, Optional


def _features(metadata: Dict[str, Any], n: int) -> List[str]:
    opts = ((metadata.get("runtime") or {}).get("options") or {})
    names = opts.get("features")
    if not names:
        props = ((metadata.get("input_schema") or {}).get("properties") or {})
        names = list(props)
    if not names:
        names = ["f%d" % i for i in range(n)]
    if len(names) != n:
        from .errors import InvalidInputError

        raise InvalidInputError("The model takes %d inputs but the metadata names %d features; give runtime.options.features in the model's column order." % (n, len(names)),
                                field="runtime.options.features")
    return [str(x) for x in names]


def _schemas(m: Dict[str, Any], features: List[str], classes: Optional[List[str]]) -> None:
    m.setdefault("input_schema", {"type": "object", "properties": {f: {"type": "number"} for f in features}, "required": features})
    if classes:
        m.setdefault("output_schema", {"type": "object", "properties": {"label": {"type": "string", "enum": classes}, "confidence": {"type": "number"}}})
    else:
        m.setdefault("output_schema", {"type": "object", "properties": {"value": {"type": "number"}}})


def export_sklearn(estimator: Any, out_dir: str, metadata: Dict[str, Any]) -> Dict[str, Any]:
    """Writes model.onnx for a fitted scikit-learn estimator and fills the manifest's runtime and schemas."""
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import FloatTensorType

    n = int(getattr(estimator, "n_features_in_", 0))
    if n <= 0:
        from .errors import InvalidInputError

        raise InvalidInputError("The estimator is not fitted (it has no n_features_in_); fit it before packaging.", field="model")
    features = _features(metadata, n)
    classes = [str(c) for c in getattr(estimator, "classes_", [])] or None
    onx = convert_sklearn(estimator, initial_types=[("X", FloatTensorType([None, n]))], target_opset=17)
    with open(os.path.join(out_dir, "model.onnx"), "wb") as fh:
        fh.write(onx.SerializeToString())
    m = dict(metadata)
    opts: Dict[str, Any] = {"features": features}
    if classes:
        opts["classes"] = classes
    rt = dict(m.get("runtime") or {})
    rt_opts = dict(rt.get("options") or {})
    rt_opts.update({k: v for k, v in opts.items() if k not in rt_opts})
    m["runtime"] = {"kind": "onnx", "entrypoint": "model.onnx", "options": rt_opts}
    m.setdefault("architecture", "scikit-learn %s exported to ONNX" % type(estimator).__name__)
    _schemas(m, features, classes)
    return m


def export_torch(module: Any, example_input: Any, out_dir: str, metadata: Dict[str, Any]) -> Dict[str, Any]:
    """Writes model.onnx for a PyTorch module (batch axis dynamic) and fills the manifest.

    The module must take one float tensor [N, F] and return [N] values or [N, K] class
    probabilities; name the classes in runtime.options.classes for a classifier.
    """
    import torch

    if example_input is None:
        from .errors import InvalidInputError

        raise InvalidInputError("A PyTorch module is exported by tracing: give example_input, a float tensor of shape [N, features].", field="example_input")
    x = example_input if isinstance(example_input, torch.Tensor) else torch.tensor(example_input, dtype=torch.float32)
    n = int(x.shape[-1])
    features = _features(metadata, n)
    module.eval()
    path = os.path.join(out_dir, "model.onnx")
    torch.onnx.export(module, (x,), path, input_names=["X"], output_names=["scores"],
                      dynamic_axes={"X": {0: "N"}, "scores": {0: "N"}}, dynamo=False)
    m = dict(metadata)
    rt = dict(m.get("runtime") or {})
    opts = dict(rt.get("options") or {})
    opts.setdefault("features", features)
    m["runtime"] = {"kind": "onnx", "entrypoint": "model.onnx", "options": opts}
    m.setdefault("architecture", "PyTorch %s exported to ONNX" % type(module).__name__)
    _schemas(m, features, [str(c) for c in opts.get("classes", [])] or None)
    return m


def export_model(model: Any, out_dir: str, metadata: Dict[str, Any], example_input: Any = None) -> Dict[str, Any]:
    """Exports model into out_dir by its kind and returns the metadata with runtime and schemas filled in."""
    mod = type(model).__module__
    if mod.startswith("sklearn") or hasattr(model, "n_features_in_") and hasattr(model, "predict"):
        return export_sklearn(model, out_dir, metadata)
    if mod.startswith("torch") or any(c.__module__.startswith("torch.nn") for c in type(model).__mro__):
        return export_torch(model, example_input, out_dir, metadata)
    from .errors import InvalidInputError

    raise InvalidInputError("Cannot export a %s.%s: give a fitted scikit-learn estimator, a torch.nn.Module with example_input, or a directory of model files (ONNX, safetensors, JSON). Pickles are refused."
                            % (mod, type(model).__name__), field="model")
