package eval

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

const datasets = "../testdata/datasets/"

// shipped pins each shipped dataset's size and content digest.
var shipped = []struct {
	file, label string
	rows, cols  int
	digest      string
}{
	{"iris.csv", "species", 150, 5, "sha256:0faddab5bad481f7f8f684ee0bdbe5aa999daf71f4375d73604cc3ef6c0c907c"},
	{"house-votes-84.csv", "party", 435, 17, "sha256:8c5835178ec754fc858b56798ead1d91527e9a02a439361c316b248fc5dc3a6b"},
	{"penguins.jsonl", "Species", 344, 7, "sha256:33cd3a25b836594af2d7c6c4abcec8ac0f664f83e89228f4a8a8328c90db744b"},
}

func TestShippedDatasets(t *testing.T) {
	for _, s := range shipped {
		d, err := LoadFile(datasets+s.file, LoadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", s.file, err)
		}
		if d.Len() != s.rows || len(d.Columns) != s.cols {
			t.Errorf("%s: %d rows × %d columns, want %d × %d", s.file, d.Len(), len(d.Columns), s.rows, s.cols)
		}
		if got := d.Digest(); got != s.digest {
			t.Errorf("%s: digest %s, want %s", s.file, got, s.digest)
		}
		if _, err := d.Classes(s.label); err != nil {
			t.Errorf("%s: %v", s.file, err)
		}
	}
}

func TestDigestIgnoresFormat(t *testing.T) {
	csvText := "b,a,name\n3.0,1e0,\"x\"\n,2.50,\"he said \"\"hi\"\"\"\n"
	jsonl := "{\"a\": 1, \"name\": \"x\", \"b\": 3}\n\n{\"name\":\"he said \\\"hi\\\"\",\"a\":2.5,\"b\":null}\n"
	c, err := LoadCSV(strings.NewReader(csvText), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	j, err := LoadJSONL(strings.NewReader(jsonl), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Digest() != j.Digest() {
		t.Fatalf("CSV %s ≠ JSONL %s\n%s\n%s", c.Digest(), j.Digest(), c.CanonicalRow(1), j.CanonicalRow(1))
	}
	if got, want := string(c.CanonicalRow(1)), `{"a":2.5,"b":null,"name":"he said \"hi\""}`; got != want {
		t.Fatalf("canonical row %s, want %s", got, want)
	}
	// One changed value changes the digest.
	c2, _ := LoadCSV(strings.NewReader(strings.Replace(csvText, "2.50", "2.51", 1)), LoadOptions{})
	if c2.Digest() == c.Digest() {
		t.Fatal("a changed value kept the digest")
	}
	// A declared type changes the values, so the digest.
	c3, _ := LoadCSV(strings.NewReader(csvText), LoadOptions{Types: map[string]ColumnType{"a": TypeString}})
	if c3.Digest() == c.Digest() {
		t.Fatal("a string column digested like a number column")
	}
}

// A dataset written back as CSV with shuffled columns, or as JSONL, digests
// the same.
func TestDigestRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ncol := rapid.IntRange(1, 4).Draw(t, "ncol")
		nrow := rapid.IntRange(0, 20).Draw(t, "nrow")
		d := &Dataset{}
		for c := 0; c < ncol; c++ {
			typ := rapid.SampledFrom([]ColumnType{TypeNumber, TypeString}).Draw(t, "type")
			d.Columns = append(d.Columns, Column{Name: fmt.Sprintf("c%d", c), Type: typ})
		}
		for r := 0; r < nrow; r++ {
			row := make([]any, ncol)
			for c, col := range d.Columns {
				// (A one-column CSV cannot hold an all-missing row: it is
				// an empty line, which CSV readers skip.)
				if ncol > 1 && rapid.IntRange(0, 5).Draw(t, "null") == 0 {
					continue
				}
				if col.Type == TypeNumber {
					row[c] = rapid.Float64Range(-1e6, 1e6).Draw(t, "x")
				} else {
					row[c] = "s" + rapid.StringMatching(`[a-z ,"\n<>é]{0,6}`).Draw(t, "s")
				}
			}
			d.Rows = append(d.Rows, row)
		}
		perm := rapid.Permutation(seq(ncol)).Draw(t, "perm")
		var csvBuf, jsonBuf bytes.Buffer
		writeCSV(&csvBuf, d, perm)
		for r := range d.Rows {
			jsonBuf.Write(d.CanonicalRow(r))
			jsonBuf.WriteByte('\n')
		}
		types := map[string]ColumnType{}
		for _, c := range d.Columns {
			types[c.Name] = c.Type
		}
		c, err := LoadCSV(&csvBuf, LoadOptions{Types: types})
		if err != nil {
			t.Fatal(err)
		}
		j, err := LoadJSONL(&jsonBuf, LoadOptions{Types: types})
		if err != nil {
			t.Fatal(err)
		}
		if nrow > 0 && (c.Digest() != d.Digest() || j.Digest() != d.Digest()) {
			t.Fatalf("digests differ: orig %s csv %s jsonl %s", d.Digest(), c.Digest(), j.Digest())
		}
	})
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func writeCSV(buf *bytes.Buffer, d *Dataset, perm []int) {
	q := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	for i, c := range perm {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString(q(d.Columns[c].Name))
	}
	buf.WriteByte('\n')
	for _, row := range d.Rows {
		for i, c := range perm {
			if i > 0 {
				buf.WriteByte(',')
			}
			if row[c] != nil {
				buf.WriteString(q(CellString(row[c])))
			}
		}
		buf.WriteByte('\n')
	}
}

func TestLoaderErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		jsonl      bool
		opt        LoadOptions
		field      string
	}{
		{"empty csv", "", false, LoadOptions{}, "dataset"},
		{"duplicate column", "a,a\n1,2\n", false, LoadOptions{}, "dataset"},
		{"ragged row", "a,b\n1\n", false, LoadOptions{}, "dataset"},
		{"declared number", "a\nx\n", false, LoadOptions{Types: map[string]ColumnType{"a": TypeNumber}}, "a"},
		{"not an object", "[1,2]\n", true, LoadOptions{}, "dataset"},
		{"nested", "{\"a\": {\"b\": 1}}\n", true, LoadOptions{}, "a"},
		{"mixed types", "{\"a\": 1}\n{\"a\": true}\n", true, LoadOptions{}, "a"},
		{"too many rows", "a\n1\n2\n3\n", false, LoadOptions{MaxRows: 2}, "dataset"},
	} {
		var err error
		if tc.jsonl {
			_, err = LoadJSONL(strings.NewReader(tc.text), tc.opt)
		} else {
			_, err = LoadCSV(strings.NewReader(tc.text), tc.opt)
		}
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field {
			t.Errorf("%s: got %v, want EINVALID on %s", tc.name, err, tc.field)
		}
	}
}

func FuzzLoadCSV(f *testing.F) {
	f.Add("a,b\n1,x\n2,\n")
	f.Add("\"a\nb\",c\n\"1\"\"\",2\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := LoadCSV(strings.NewReader(s), LoadOptions{MaxRows: 1000})
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		_ = d.Digest()
	})
}

func FuzzLoadJSONL(f *testing.F) {
	f.Add("{\"a\": 1, \"b\": \"x\"}\n{\"b\": null}\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := LoadJSONL(strings.NewReader(s), LoadOptions{MaxRows: 1000})
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		// The canonical form loads back to the same digest.
		var buf bytes.Buffer
		for i := range d.Rows {
			buf.Write(d.CanonicalRow(i))
			buf.WriteByte('\n')
		}
		types := map[string]ColumnType{}
		for _, c := range d.Columns {
			types[c.Name] = c.Type
		}
		d2, err := LoadJSONL(&buf, LoadOptions{Types: types})
		if err != nil {
			t.Fatalf("canonical form does not load: %v", err)
		}
		if d2.Digest() != d.Digest() {
			t.Fatalf("canonical form digests %s, original %s", d2.Digest(), d.Digest())
		}
	})
}

func TestSplitDeterministicAndDisjoint(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(2, 2000).Draw(t, "n")
		seed := rapid.Uint64().Draw(t, "seed")
		pct := rapid.IntRange(1, 99).Draw(t, "pct")
		dev, test, err := Split(n, seed, pct)
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatal(err)
			}
			return
		}
		dev2, test2, _ := Split(n, seed, pct)
		if !slices.Equal(dev, dev2) || !slices.Equal(test, test2) {
			t.Fatal("same seed, different split")
		}
		if len(dev) != (n*pct+50)/100 || len(dev)+len(test) != n {
			t.Fatalf("sizes %d + %d for n=%d pct=%d", len(dev), len(test), n, pct)
		}
		all := append(slices.Clone(dev), test...)
		slices.Sort(all)
		if !slices.Equal(all, seq(n)) {
			t.Fatal("the splits do not partition the rows")
		}
	})
	// Pinned, so a change of algorithm is noticed: the hidden split's digest
	// is committed on-chain.
	dev, _, _ := Split(10, 42, 30)
	if want := []int{0, 1, 8}; !slices.Equal(dev, want) {
		t.Fatalf("Split(10, 42, 30) dev = %v, want %v", dev, want)
	}
}

func TestBenchmarkHidesTestAndFindsDuplicates(t *testing.T) {
	d, err := LoadFile(datasets+"iris.csv", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewBenchmark(d, "species", DefaultSpec(hokusai.MetricAccuracy, 3), hokusai.Maximize, 7, 40)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Dev) != 60 || len(b.Test) != 90 || b.TestRows != 90 {
		t.Fatalf("dev %d, test %d", len(b.Dev), len(b.Test))
	}
	if p := b.Public(); p.Test != nil || p.TestDigest != b.TestDigest {
		t.Fatal("Public leaks the hidden split or loses its digest")
	}
	contrib := d.Subset([]int{b.Dev[0], b.Test[3], b.Test[5]})
	dups := b.DuplicatesTest(contrib)
	// Iris has duplicate rows, so a dev row may equal a test row; the two
	// copied test rows must be found either way.
	if !slices.Contains(dups, 1) || !slices.Contains(dups, 2) {
		t.Fatalf("duplicates %v, want rows 1 and 2", dups)
	}
	if b.TestDigest == b.DevDigest || !strings.HasPrefix(b.TestDigest, "sha256:") {
		t.Fatalf("digests %s %s", b.DevDigest, b.TestDigest)
	}
	_ = math.Pi
}

func TestWriteBackKeepsDigest(t *testing.T) {
	for _, s := range shipped {
		d, err := LoadFile(datasets+s.file, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var c, j bytes.Buffer
		if err := d.WriteCSV(&c); err != nil {
			t.Fatal(err)
		}
		if err := d.WriteJSONL(&j); err != nil {
			t.Fatal(err)
		}
		dc, err := LoadCSV(&c, LoadOptions{Types: d.Types()})
		if err != nil {
			t.Fatal(err)
		}
		dj, err := LoadJSONL(&j, LoadOptions{Types: d.Types()})
		if err != nil {
			t.Fatal(err)
		}
		if dc.Digest() != s.digest || dj.Digest() != s.digest {
			t.Errorf("%s: written back as CSV %s, JSONL %s, want %s", s.file, dc.Digest(), dj.Digest(), s.digest)
		}
	}
}

func TestBenchmarkSplitTruth(t *testing.T) {
	d, _ := LoadFile(datasets+"iris.csv", LoadOptions{})
	b, err := NewBenchmark(d, "species", DefaultSpec(hokusai.MetricF1, 3), hokusai.Maximize, 1, 5)
	if err != nil {
		t.Fatal(err)
	}
	dev, enc, digest, err := b.SplitTruth(d, "dev", false)
	if err != nil {
		t.Fatal(err)
	}
	// 8 dev rows need not hold every class, but the indices are the
	// dataset's: setosa 0, versicolor 1, virginica 2.
	if len(dev.Labels) != 8 || digest != b.DevDigest || !slices.Equal(enc.Classes, []string{"setosa", "versicolor", "virginica"}) {
		t.Fatalf("dev truth %v, classes %v, digest %s", dev.Labels, enc.Classes, digest)
	}
	for k, i := range b.Dev {
		if want := i / 50; dev.Labels[k] != want { // iris is sorted by species, 50 each
			t.Fatalf("dev row %d (dataset row %d) has class %d, want %d", k, i, dev.Labels[k], want)
		}
	}
	pub := b.Public()
	if _, _, _, err := pub.SplitTruth(d, "test", false); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("public copy scored the hidden split: %v", err)
	}
	other, _ := LoadFile(datasets+"house-votes-84.csv", LoadOptions{})
	if _, _, _, err := b.SplitTruth(other, "dev", false); hokusai.ErrorField(err) != "dataset" {
		t.Fatalf("wrong dataset: %v", err)
	}
}
