"""Regenerates the shipped datasets from the packages they come from.

Run with /usr/bin/python3 after:
  iris:            Debian python3-sklearn (already a test dependency)
  house-votes-84:  `apt-get download weka && dpkg -x weka_*.deb w` (Debian weka 3.6.14-3)
  penguins:        `npm pack vega-datasets@3.2.1 && tar xzf vega-datasets-3.2.1.tgz`
Usage: /usr/bin/python3 convert.py WEKA_ROOT VEGA_PACKAGE_DIR
Values are copied unchanged; only the container format changes (see README.md).
"""
import csv
import json
import sys

weka, vega = sys.argv[1], sys.argv[2]

# iris: sklearn's copy starts with "150,4,setosa,versicolor,virginica" and
# codes the species 0..2; write a header and the species names.
src = "/usr/lib/python3/dist-packages/sklearn/datasets/data/iris.csv"
with open(src) as f:
    rows = list(csv.reader(f))
names = rows[0][2:]
with open("iris.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["sepal_length", "sepal_width", "petal_length", "petal_width", "species"])
    for r in rows[1:]:
        w.writerow(r[:4] + [names[int(r[4])]])

# house-votes-84: Weka's vote.arff (the UCI file with an ARFF header); the
# class goes first as in UCI's house-votes-84.data; '?' stays '?'.
attrs, data = [], []
with open(weka + "/usr/share/doc/weka/examples/vote.arff") as f:
    in_data = False
    for line in f:
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        if line.lower().startswith("@attribute"):
            attrs.append(line.split("'")[1])
        elif line.lower().startswith("@data"):
            in_data = True
        elif in_data:
            data.append([v.strip("'") for v in line.split(",")])
with open("house-votes-84.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["party"] + attrs[:-1])
    for r in data:
        w.writerow([r[-1]] + r[:-1])

# penguins: vega-datasets' JSON array, one object per line.
with open(vega + "/data/penguins.json") as f:
    rows = json.load(f)
with open("penguins.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
