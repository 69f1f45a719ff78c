package eval

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// cellGen draws cells rich in what breaks CSV and what spreadsheets execute.
var cellGen = rapid.OneOf(
	rapid.StringOf(rapid.SampledFrom([]rune{'=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', '\'', 'a', 'H', '(', ')', '1', '.', 'e', 'é'})),
	rapid.SampledFrom([]string{"=HYPERLINK(\"http://x\",\"y\")", "-1.5", "+3", "-2e-3", "@SUM(A1)", "\t=1", "\r=1", "-", "+", "-1.5x", "=1+1", "-Inf", "0x1p3", ""}),
	rapid.String(),
)

// TestSafeCSVRoundTrip: what SafeCSVWriter writes parses back with
// encoding/csv to the same cells, except that each cell a spreadsheet would
// execute gains one leading quote; no cell read back starts with =, +, -,
// @, tab or carriage return unless it is a plain number. It guards against
// served CSV carrying formulas such as =HYPERLINK(...) unescaped.
func TestSafeCSVRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cols := rapid.IntRange(1, 4).Draw(t, "cols")
		rows := rapid.SliceOfN(rapid.SliceOfN(cellGen, cols, cols), 1, 6).Draw(t, "rows")
		var b bytes.Buffer
		w := NewSafeCSVWriter(&b)
		for _, r := range rows {
			if err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		got, err := csv.NewReader(bytes.NewReader(b.Bytes())).ReadAll()
		if err != nil {
			t.Fatalf("read back: %v\n%q", err, b.String())
		}
		if len(got) != len(rows) {
			t.Fatalf("%d records read back, %d written\n%q", len(got), len(rows), b.String())
		}
		for i, r := range rows {
			for j, cell := range r {
				want := cell
				if FormulaRisk(cell) {
					want = "'" + cell
				}
				// encoding/csv reads a quoted \r\n as \n.
				want = strings.ReplaceAll(want, "\r\n", "\n")
				if got[i][j] != want {
					t.Fatalf("cell %d,%d: wrote %q, read back %q, want %q\n%q", i, j, cell, got[i][j], want, b.String())
				}
				if FormulaRisk(got[i][j]) {
					t.Fatalf("cell %d,%d read back as %q: a spreadsheet would execute it", i, j, got[i][j])
				}
			}
		}
		// A client re-neutralising a served file changes nothing.
		var again bytes.Buffer
		if err := NeutraliseCSV(&again, bytes.NewReader(b.Bytes())); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "\r\n") && again.String() != b.String() {
			t.Fatalf("neutralising twice changed the file:\n%q\n%q", b.String(), again.String())
		}
	})
}

// TestFormulaRisk pins the cases OWASP lists and the numbers that stay numbers.
func TestFormulaRisk(t *testing.T) {
	for cell, risky := range map[string]bool{
		`=HYPERLINK("http://evil","x")`: true, "+1+cmd": true, "-2+3": true, "@SUM(A1)": true, "\tx": true, "\r=1": true,
		"-": true, "-Inf": true, "+NaN": true, "-0x10": true,
		"-1.5": false, "+3": false, "-2e-3": false, "-.5": false, "1": false, "a=b": false, "": false, "'=1": false,
	} {
		if FormulaRisk(cell) != risky {
			t.Errorf("FormulaRisk(%q) = %v, want %v", cell, !risky, risky)
		}
	}
	var b bytes.Buffer
	d := &Dataset{Columns: []Column{{Name: "x", Type: TypeString}, {Name: "y", Type: TypeNumber}},
		Rows: [][]any{{`=HYPERLINK("http://evil","x")`, -1.5}}}
	if err := d.WriteSafeCSV(&b); err != nil {
		t.Fatal(err)
	}
	if want := "x,y\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-1.5\n"; b.String() != want {
		t.Fatalf("WriteSafeCSV wrote %q, want %q", b.String(), want)
	}
}

// FuzzNeutraliseCSV: whatever CSV a server sends, what the client writes
// parses back with encoding/csv to the same number of records, holds no
// cell a spreadsheet would execute, and is unchanged by neutralising again.
func FuzzNeutraliseCSV(f *testing.F) {
	for _, s := range []string{"a,b\n=1,-1.5\n", "\"=HYPERLINK(\"\"http://x\"\")\",@x\n", "\t=1,\r=2\n", "x\n\"\"\n", "'=1,+\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		if err := NeutraliseCSV(&out, bytes.NewReader(in)); err != nil {
			return // not CSV: the client reports it
		}
		r := csv.NewReader(bytes.NewReader(out.Bytes()))
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("the neutralised file does not parse: %v\n%q", err, out.String())
		}
		orig := csv.NewReader(bytes.NewReader(in))
		orig.FieldsPerRecord = -1
		want, _ := orig.ReadAll()
		if len(recs) != len(want) {
			t.Fatalf("%d records in, %d out\n%q\n%q", len(want), len(recs), in, out.String())
		}
		for _, rec := range recs {
			for _, cell := range rec {
				if FormulaRisk(cell) {
					t.Fatalf("cell %q would execute\n%q", cell, out.String())
				}
			}
		}
		var again bytes.Buffer
		if err := NeutraliseCSV(&again, bytes.NewReader(out.Bytes())); err != nil || (!bytes.Contains(out.Bytes(), []byte("\r\n")) && again.String() != out.String()) {
			t.Fatalf("neutralising twice: %v\n%q\n%q", err, out.String(), again.String())
		}
	})
}
