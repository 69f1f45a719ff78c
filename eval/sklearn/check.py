"""Reference values for Hokusai's metrics from scikit-learn.

Usage: /usr/bin/python3 check.py CASES.json RESULTS.json

Reads a JSON list of cases written by eval/sklearn_test.go and writes, for
each case id, {"value": float} or {"error": "message"}, plus "warning" when
scikit-learn warned. A null in a float array stands for NaN.
"""
import json
import math
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics


def floats(xs):
    return np.array([math.nan if x is None else float(x) for x in xs], dtype=float)


def probs(rows):
    if len(rows) == 0:
        return np.zeros((0, 2))
    return np.array([[math.nan if x is None else float(x) for x in r] for r in rows], dtype=float)


def compute(c):
    m = c["metric"]
    yt = c.get("y_true")
    yp = c.get("y_pred")
    ys = c.get("y_score")
    if m == "accuracy":
        return metrics.accuracy_score(np.array(yt, dtype=int), np.array(yp, dtype=int))
    if m == "exact_match":
        return metrics.accuracy_score(np.array(c["t_true"], dtype=object), np.array(c["t_pred"], dtype=object))
    if m in ("precision", "recall", "f1"):
        fn = {"precision": metrics.precision_score, "recall": metrics.recall_score, "f1": metrics.f1_score}[m]
        kw = {"average": c["average"]}
        if c["average"] == "binary":
            kw["pos_label"] = c["pos_label"]
        return fn(np.array(yt, dtype=int), np.array(yp, dtype=int), **kw)
    if m == "auc_binary":
        return metrics.roc_auc_score(np.array(yt, dtype=int), floats(ys))
    if m == "auc_ovr":
        p = probs(ys)
        if p.ndim == 2 and p.shape[1] == 2:
            return metrics.roc_auc_score(np.array(yt, dtype=int), p[:, 1])
        return metrics.roc_auc_score(np.array(yt, dtype=int), p, multi_class="ovr", average="macro", labels=list(range(p.shape[1])))
    if m == "auc_multi":
        p = probs(ys)
        if p.ndim == 2 and p.shape[1] == 2:
            return metrics.roc_auc_score(np.array(yt, dtype=int), p[:, 1])
        return metrics.roc_auc_score(np.array(yt, dtype=int), p, multi_class=c["multi_class"], average=c["average"], labels=list(range(p.shape[1])))
    if m == "brier":
        return metrics.brier_score_loss(np.array(yt, dtype=int), floats(ys), pos_label=c["pos_label"])
    if m == "balanced_accuracy":
        return metrics.balanced_accuracy_score(np.array(yt, dtype=int), np.array(yp, dtype=int))
    if m == "mcc":
        return metrics.matthews_corrcoef(np.array(yt, dtype=int), np.array(yp, dtype=int))
    if m == "jaccard":
        kw = {"average": c["average"]}
        if c["average"] == "binary":
            kw["pos_label"] = c["pos_label"]
        return metrics.jaccard_score(np.array(yt, dtype=int), np.array(yp, dtype=int), **kw)
    if m == "log_loss":
        p = probs(ys)
        return metrics.log_loss(np.array(yt, dtype=int), p, labels=list(range(p.shape[1])))
    if m == "log_loss_binary":
        return metrics.log_loss(np.array(yt, dtype=int), floats(ys), labels=[0, 1])
    yt, yp = floats(yt), floats(yp)
    if m == "mse":
        return metrics.mean_squared_error(yt, yp)
    if m == "rmse":
        return metrics.mean_squared_error(yt, yp, squared=False)
    if m == "mae":
        return metrics.mean_absolute_error(yt, yp)
    if m == "r2":
        return metrics.r2_score(yt, yp)
    raise KeyError("unknown metric " + m)


def main():
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    out = {"sklearn_version": sklearn.__version__, "results": {}}
    for c in cases:
        r = {}
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                v = float(compute(c))
                r["value"] = v if math.isfinite(v) else None
                if not math.isfinite(v):
                    r["error"] = "non-finite result %r" % v
            except Exception as e:  # every failure is a result to compare
                r["error"] = "%s: %s" % (type(e).__name__, e)
            if w:
                r["warning"] = str(w[0].message)
        out["results"][c["id"]] = r
    with open(sys.argv[2], "w") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
