#!/usr/bin/env bash
# Prints the ratio of the time our trainer takes to fit the house-votes-84
# logistic regression to the time scikit-learn's LogisticRegression (lbfgs)
# takes on the same one-hot matrix, penalty and tolerance, measured in one
# run on this machine. Below 1 means we are faster.
# Usage: runtime/linear/bench-vs-sklearn.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
ns=$(go test -run '^$' -bench '^BenchmarkTrainHouseVotes$' -benchtime 3s ./runtime/linear | awk '/^BenchmarkTrainHouseVotes/ {print $3}')
sk=$(/usr/bin/python3 - <<'PY'
import csv, json, timeit
import numpy as np
from sklearn.linear_model import LogisticRegression
m = json.load(open('testdata/models/house-votes-84-linear/model.json'))
rows = list(csv.DictReader(open('testdata/datasets/house-votes-84.csv')))
rows = [r for i, r in enumerate(rows) if i % 4 != 3]
X = np.array([[1.0 if r[f['name']] == c else 0.0 for f in m['features'] for c in f['categories']] for r in rows])
y = np.array([1 if r['party'] == m['classes'][1] else 0 for r in rows])
C = 1 / (len(rows) * m['recipe']['l2'])
fit = lambda: LogisticRegression(C=C, tol=1e-6, max_iter=500).fit(X, y)
n, t = timeit.Timer(fit).autorange()
best = min(timeit.Timer(fit).repeat(5, n)) / n
print(int(best * 1e9))
PY
)
python3 -c "import sys; ns, sk = float(sys.argv[1]), float(sys.argv[2]); print(f'hokusai linear.Train {ns/1e6:.3f} ms, scikit-learn LogisticRegression.fit {sk/1e6:.3f} ms (encoded matrix given), ratio {ns/sk:.2f}')" "$ns" "$sk"
