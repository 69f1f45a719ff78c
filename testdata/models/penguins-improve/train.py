"""Trains the penguins fixtures the improvement tests submit (see README.md).

Every model is fitted on rows of the public dev split only (dev.csv, written by
split.go in the evaluator's order):
  head      the owner's first version: a small model on owner.csv (every 17th
            dev row, the setup's initial training rows);
  better    the contributor's candidate: a larger model on owner.csv plus
            pool.csv (every dev row);
  overfit   a candidate that memorises the dev rows: every dev row plus 3,000
            random points labelled Adelie, so it is right on each dev row and
            says Adelie almost everywhere else.
Each in two runtimes: ONNX (scikit-learn exported with skl2onnx) and XGBoost
(binary model format, read by the leaves runtime).

Run (XGBoost 1.7 still writes the binary format; later versions do not):
  go run split.go
  python3 -m venv /tmp/v && /tmp/v/bin/pip install "numpy<2" scikit-learn==1.5.2 \
      skl2onnx==1.20.0 onnx==1.17.0 onnxruntime==1.20.1 xgboost==1.7.6
  /tmp/v/bin/python train.py
It also writes better.bin.predictions.txt: XGBoost's own class probabilities
for every dev row, which runtime/trees' tests compare with leaves'.
"""
import csv
import os

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from skl2onnx import to_onnx
import xgboost as xgb

CLASSES = ["Adelie", "Chinstrap", "Gentoo"]
FEATURES = ["bill_length", "bill_depth", "flipper_length", "body_mass"]


def load(name):
    with open(name) as f:
        rows = list(csv.DictReader(f))
    x = np.array([[float(r[c]) for c in FEATURES] for r in rows], dtype=np.float32)
    y = np.array([CLASSES.index(r["species"]) for r in rows])
    return x, y


x, y = load("dev.csv")
x_owner, y_owner = load("owner.csv")
test = load("test.csv") if os.path.exists("test.csv") else None
rng = np.random.default_rng(7)
lo, hi = x.min(axis=0), x.max(axis=0)
noise = (lo + (hi - lo) * rng.random((3000, 4))).astype(np.float32)
x_over = np.vstack([x, noise])
y_over = np.concatenate([y, np.zeros(3000, dtype=int)])


def report(name, predict):
    line = f"{name}: dev accuracy {np.mean(predict(x) == y):.4f}"
    if test is not None:
        line += f", hidden test accuracy {np.mean(predict(test[0]) == test[1]):.4f}"
    print(line)


def onnx_model(name, model, xs, ys):
    model.fit(xs, ys)
    with open(name + ".onnx", "wb") as f:
        f.write(to_onnx(model, xs[:1]).SerializeToString())
    report(name + ".onnx", model.predict)


def xgb_model(name, params, xs, ys):
    model = xgb.XGBClassifier(**params, random_state=0, n_jobs=1, tree_method="exact")
    model.fit(xs, ys)
    model.get_booster().save_model(name + ".bin")  # the binary format leaves reads
    report(name + ".bin", model.predict)
    return model


onnx_model("head", LogisticRegression(max_iter=1000), x_owner, y_owner)
onnx_model("better", RandomForestClassifier(n_estimators=30, max_depth=4, random_state=0), x, y)
onnx_model("overfit", KNeighborsClassifier(n_neighbors=1), x_over, y_over)

xgb_model("head", dict(n_estimators=2, max_depth=1, learning_rate=0.3), x_owner, y_owner)
better = xgb_model("better", dict(n_estimators=30, max_depth=3, learning_rate=0.3), x, y)
np.savetxt("better.bin.predictions.txt", better.predict_proba(x), fmt="%.9g")
xgb_model("overfit", dict(n_estimators=8, max_depth=10, learning_rate=1.0, min_child_weight=0), x_over, y_over)
