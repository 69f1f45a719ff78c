package eval

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// plainNumber is a decimal number a spreadsheet reads as a value, never
// as a formula: an optional sign, digits with an optional fraction, and an
// optional exponent (no hex, no Inf or NaN).
var plainNumber = regexp.MustCompile(`^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$`)

// FormulaRisk reports whether a spreadsheet opening cell would take it as
// a formula (OWASP "CSV injection"): it starts with =, +, -, @, a tab or a
// carriage return and is not a plain number such as -1.5.
func FormulaRisk(cell string) bool {
	if cell == "" {
		return false
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return !plainNumber.MatchString(cell)
	}
	return false
}

// NeutraliseCell returns cell with a leading single quote when FormulaRisk
// says a spreadsheet would execute it, and cell unchanged otherwise.
func NeutraliseCell(cell string) string {
	if FormulaRisk(cell) {
		return "'" + cell
	}
	return cell
}

// SafeCSVWriter writes CSV that encoding/csv reads back, with every cell a
// spreadsheet would execute neutralised (NeutraliseCell) and quoted.
type SafeCSVWriter struct {
	w   *bufio.Writer
	err error
}

// NewSafeCSVWriter returns a writer to w; call Flush when done.
func NewSafeCSVWriter(w io.Writer) *SafeCSVWriter { return &SafeCSVWriter{w: bufio.NewWriter(w)} }

// Write writes one record.
func (s *SafeCSVWriter) Write(record []string) error {
	if s.err != nil {
		return s.err
	}
	for i, cell := range record {
		if i > 0 {
			s.w.WriteByte(',')
		}
		risky := FormulaRisk(cell)
		if risky {
			cell = "'" + cell
		}
		// A cell neutralised earlier is quoted too, so neutralising twice
		// writes the same bytes.
		quote := risky || (strings.HasPrefix(cell, "'") && FormulaRisk(cell[1:])) || strings.ContainsAny(cell, ",\"\r\n") || (cell != "" && (cell[0] == ' ' || cell[0] == '\t')) ||
			(cell == "" && len(record) == 1) // a lone empty cell would be an empty line, which readers skip
		if !quote {
			s.w.WriteString(cell)
			continue
		}
		s.w.WriteByte('"')
		s.w.WriteString(strings.ReplaceAll(cell, `"`, `""`))
		s.w.WriteByte('"')
	}
	_, s.err = s.w.WriteString("\n")
	return s.err
}

// Flush writes any buffered data and reports the first error.
func (s *SafeCSVWriter) Flush() error {
	if err := s.w.Flush(); s.err == nil {
		s.err = err
	}
	return s.err
}

// WriteSafeCSV is WriteCSV for files people open in a spreadsheet: the
// header and every cell are neutralised (NeutraliseCell). What the server
// serves as text/csv is written this way.
func (d *Dataset) WriteSafeCSV(w io.Writer) error {
	cw := NewSafeCSVWriter(w)
	if err := d.writeRecords(cw.Write); err != nil {
		return err
	}
	return cw.Flush()
}

// NeutraliseCSV copies the CSV in src to dst with every cell neutralised:
// a client writes a downloaded file this way whatever the server sent.
// Neutralising twice changes nothing.
func NeutraliseCSV(dst io.Writer, src io.Reader) error {
	r := csv.NewReader(src)
	r.FieldsPerRecord = -1
	cw := NewSafeCSVWriter(dst)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read csv: %w", err)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	return cw.Flush()
}
