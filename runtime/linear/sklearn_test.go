package linear_test

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sklearnScript fits scikit-learn's LogisticRegression to the shipped
// house-votes-84 split with the same one-hot encoding and an equivalent
// penalty (C = 1 / (n · l2)), and prints the largest weight difference from
// our model and its held-out accuracy.
const sklearnScript = `
import json, csv, sys
import numpy as np
from sklearn.linear_model import LogisticRegression
m = json.load(open(sys.argv[1])); rows = list(csv.DictReader(open(sys.argv[2])))
def enc(r):
    x = []
    for f in m['features']:
        x += [1.0 if r[f['name']] == c else 0.0 for c in f['categories']]
    return x
X = np.array([enc(r) for r in rows]); y = np.array([1 if r['party'] == m['classes'][1] else 0 for r in rows])
tr = [i for i in range(len(rows)) if i % 4 != 3]; te = [i for i in range(len(rows)) if i % 4 == 3]
clf = LogisticRegression(C=1 / (len(tr) * m['recipe']['l2']), tol=1e-12, max_iter=100000).fit(X[tr], y[tr])
print(json.dumps({"w": float(np.abs(clf.coef_[0] - np.array(m['weights'][0])).max()),
                  "b": abs(float(clf.intercept_[0]) - m['bias'][0]), "acc": clf.score(X[te], y[te])}))
`

// TestMatchesScikitLearn checks the trainer finds the optimum scikit-learn
// finds. It needs Debian's python3-sklearn and skips without it.
func TestMatchesScikitLearn(t *testing.T) {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import sklearn").Run(); err != nil {
		t.Skipf("%s with scikit-learn is not available: %v", py, err)
	}
	out, err := exec.Command(py, "-c", sklearnScript, filepath.Join(votesDir, "model.json"), votesCSV).CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var r struct{ W, B, Acc float64 }
	if err := json.Unmarshal([]byte(strings.TrimSpace(string(out))), &r); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	t.Logf("scikit-learn: max weight difference %.3g, bias difference %.3g, held-out accuracy %.4f", r.W, r.B, r.Acc)
	if r.W > 1e-3 || r.B > 1e-3 {
		t.Errorf("weights differ from scikit-learn's by %g (bias %g)", r.W, r.B)
	}
}
