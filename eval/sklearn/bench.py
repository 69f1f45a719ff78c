"""Times scikit-learn's accuracy, F1 and AUC-ROC on the rows metricbench wrote.

Usage: /usr/bin/python3 bench.py DIR REPEATS

DIR holds y_true.i64, y_pred.i64 and score.f64 (raw little-endian arrays).
Only the metric calls are timed; the best of REPEATS runs is reported as
JSON on stdout, with the values for a cross-check.
"""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

d, repeats = sys.argv[1], int(sys.argv[2])
y_true = np.fromfile(d + "/y_true.i64", dtype="<i8")
y_pred = np.fromfile(d + "/y_pred.i64", dtype="<i8")
score = np.fromfile(d + "/score.f64", dtype="<f8")

out = {"sklearn_version": sklearn.__version__, "rows": int(len(y_true))}
for name, fn in [
    ("accuracy", lambda: accuracy_score(y_true, y_pred)),
    ("f1", lambda: f1_score(y_true, y_pred)),
    ("auc_roc", lambda: roc_auc_score(y_true, score)),
]:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        v = fn()
        best = min(best, time.perf_counter() - t0)
    out[name] = {"seconds": best, "value": float(v)}
print(json.dumps(out))
