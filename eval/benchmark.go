package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"slices"

	"github.com/hokusai-protocol/hokusai"
)

// splitStream is the second PCG word for splits, so a split and a bootstrap
// with the same seed draw different streams.
const splitStream = 0x5eed_5917

// Split deterministically divides row indices 0..n-1 into a public dev
// split of round(n·devPercent/100) rows and a hidden test split of the rest:
// a Fisher–Yates shuffle driven by math/rand/v2's PCG seeded with seed; each
// split is returned in ascending order. The same n, seed and percentage
// always give the same split, on every platform.
func Split(n int, seed uint64, devPercent int) (dev, test []int, err error) {
	if devPercent < 1 || devPercent > 99 {
		return nil, nil, hokusai.FieldErrorf("dev_percent", "The dev split is %d%% of the rows; choose between 1 and 99 so both splits have rows.", devPercent)
	}
	nDev := (n*devPercent + 50) / 100
	if nDev < 1 || n-nDev < 1 {
		return nil, nil, hokusai.FieldErrorf("dataset", "A dataset of %d rows cannot be split into a dev and a test split; give more rows.", n)
	}
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	r := rand.New(rand.NewPCG(seed, splitStream))
	for i := n - 1; i > 0; i-- {
		j := r.IntN(i + 1)
		perm[i], perm[j] = perm[j], perm[i]
	}
	dev = slices.Clone(perm[:nDev])
	test = slices.Clone(perm[nDev:])
	slices.Sort(dev)
	slices.Sort(test)
	return dev, test, nil
}

// Benchmark is what a model is scored on: a dataset (by digest), its label
// column, a public dev split, a hidden test split, a metric and the
// direction in which the metric improves. The evaluator keeps Test; Public
// returns the part that may be published, including TestDigest, which is
// committed on-chain at registration.
type Benchmark struct {
	DatasetDigest string            `json:"dataset_digest"`
	Label         string            `json:"label"`
	Metric        string            `json:"metric"` // MetricSpec.String(), e.g. "f1_macro"
	Direction     hokusai.Direction `json:"direction"`
	Seed          uint64            `json:"seed"`
	DevPercent    int               `json:"dev_percent"`
	Dev           []int             `json:"dev"`
	DevDigest     string            `json:"dev_digest"`
	Test          []int             `json:"test,omitempty"` // hidden: omitted from Public
	TestDigest    string            `json:"test_digest"`
	TestRows      int               `json:"test_rows"`

	spec     MetricSpec
	testRows map[[32]byte]bool // digests of the hidden rows, for duplicate checks
}

// NewBenchmark splits d with Split(seed, devPercent) and records the digests
// of the dataset and of both splits (canonical JSONL of their rows).
func NewBenchmark(d *Dataset, label string, spec MetricSpec, dir hokusai.Direction, seed uint64, devPercent int) (*Benchmark, error) {
	if _, err := d.ColumnIndex(label); err != nil {
		return nil, err
	}
	dev, test, err := Split(d.Len(), seed, devPercent)
	if err != nil {
		return nil, err
	}
	b := &Benchmark{
		DatasetDigest: d.Digest(),
		Label:         label,
		Metric:        spec.String(),
		Direction:     dir,
		Seed:          seed,
		DevPercent:    devPercent,
		Dev:           dev,
		DevDigest:     d.digestRows(dev),
		Test:          test,
		TestDigest:    d.digestRows(test),
		TestRows:      len(test),
		spec:          spec,
		testRows:      make(map[[32]byte]bool, len(test)),
	}
	for _, i := range test {
		b.testRows[sha256.Sum256(d.CanonicalRow(i))] = true
	}
	return b, nil
}

// Spec returns the benchmark's metric with its options.
func (b *Benchmark) Spec() MetricSpec { return b.spec }

// Public returns a copy without the hidden test rows' indices.
func (b *Benchmark) Public() Benchmark {
	p := *b
	p.Test = nil
	p.testRows = nil
	return p
}

// DuplicatesTest reports which rows of d (by index) equal a hidden test row
// exactly (same canonical JSON), so contributions that copy the test split
// can be refused (F11). Its columns must match the benchmark dataset's.
func (b *Benchmark) DuplicatesTest(d *Dataset) []int {
	var dup []int
	for i := range d.Rows {
		if b.testRows[sha256.Sum256(d.CanonicalRow(i))] {
			dup = append(dup, i)
		}
	}
	return dup
}

// RowDigest returns "sha256:<hex>" of a row's canonical JSON.
func RowDigest(d *Dataset, i int) string {
	s := sha256.Sum256(d.CanonicalRow(i))
	return "sha256:" + hex.EncodeToString(s[:])
}

// Rows returns the row indices of a split: "dev", "test" or "all" (nil).
func (b *Benchmark) Rows(split string) ([]int, string, error) {
	switch split {
	case "dev":
		return b.Dev, b.DevDigest, nil
	case "test":
		if b.Test == nil {
			return nil, "", hokusai.Errorf(hokusai.EFORBIDDEN, "This copy of the benchmark has no hidden test split; only the evaluator can score it.")
		}
		return b.Test, b.TestDigest, nil
	case "all":
		return nil, b.DatasetDigest, nil
	}
	return nil, "", hokusai.FieldErrorf("split", "The split %q does not exist; use dev, test or all.", split)
}

// SplitTruth returns the truth of a split of d (which must be the
// benchmark's dataset: its digest is checked), the class encoder built from
// all of d's labels so class indices do not depend on the split, and the
// split's digest. text selects exact-match truth.
func (b *Benchmark) SplitTruth(d *Dataset, split string, text bool) (Truth, *LabelEncoder, string, error) {
	if got := d.Digest(); got != b.DatasetDigest {
		return Truth{}, nil, "", hokusai.FieldErrorf("dataset", "The dataset's digest is %s but the benchmark's is %s: score the benchmark's own dataset.", got, b.DatasetDigest)
	}
	idx, digest, err := b.Rows(split)
	if err != nil {
		return Truth{}, nil, "", err
	}
	t, enc, err := SubsetTruth(d, idx, b.Label, b.spec.truthMetric(), text)
	return t, enc, digest, err
}

// SubsetTruth returns the truth of rows idx of d (all rows when idx is nil)
// with the class encoder of all of d's labels.
func SubsetTruth(d *Dataset, idx []int, label string, m hokusai.Metric, text bool) (Truth, *LabelEncoder, error) {
	all, enc, err := d.Truth(label, m, text)
	if err != nil || idx == nil {
		return all, enc, err
	}
	var t Truth
	if all.Labels != nil {
		t.Labels = gather(all.Labels, idx)
	}
	if all.Values != nil {
		t.Values = gather(all.Values, idx)
	}
	if all.Texts != nil {
		t.Texts = gather(all.Texts, idx)
	}
	return t, enc, nil
}
