package eval

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/hokusai-protocol/hokusai"
)

// ColumnType is a dataset column's type.
type ColumnType string

// Column types. A cell of any type may be missing (null).
const (
	TypeNumber ColumnType = "number" // finite float64
	TypeString ColumnType = "string"
	TypeBool   ColumnType = "bool"
)

// Column is one named, typed column of a dataset.
type Column struct {
	Name string     `json:"name"`
	Type ColumnType `json:"type"`
}

// Dataset is a table of rows with typed columns. Cells hold nil (missing),
// float64 (TypeNumber), string (TypeString) or bool (TypeBool).
type Dataset struct {
	Columns []Column
	Rows    [][]any
}

// LoadOptions declares column types; columns not named are inferred (number
// when every present cell is a finite number, otherwise string for CSV).
type LoadOptions struct {
	Types      map[string]ColumnType
	MaxRows    int   // 0 means DefaultMaxRows
	MaxColumns int   // 0 means DefaultMaxColumns
	MaxBytes   int64 // 0 means DefaultMaxBytes
}

// Bounds on a loaded dataset, so a wrong or hostile file cannot exhaust
// memory. Cells are bounded too: JSONL rows may omit keys, and a few bytes
// of rows each naming new keys would otherwise ask for rows × columns
// cells; at most cellsPerByte cells (plus minCells) per byte read are
// allowed.
const (
	DefaultMaxRows    = 5_000_000
	DefaultMaxColumns = 4096
	DefaultMaxBytes   = 4 << 30
	cellsPerByte      = 16
	minCells          = 1 << 20
)

// LoadFile loads a .csv, .jsonl or .ndjson file. Only a regular file is
// read: a device or FIFO (even behind a link) is refused before reading.
func LoadFile(path string, opt LoadOptions) (*Dataset, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, hokusai.FieldErrorf("dataset", "The dataset file %s does not exist; check the path.", strconv.QuoteToASCII(path))
		}
		return nil, fmt.Errorf("open dataset: %w", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil, hokusai.FieldErrorf("dataset", "The dataset %s is not a regular file; give a .csv or .jsonl file.", strconv.QuoteToASCII(path))
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return LoadCSV(f, opt)
	case ".jsonl", ".ndjson":
		return LoadJSONL(f, opt)
	}
	return nil, hokusai.FieldErrorf("dataset", "The dataset %s has an unknown format: use a .csv file with a header row or a .jsonl file with one JSON object per line.", strconv.QuoteToASCII(path))
}

func (o LoadOptions) maxRows() int {
	if o.MaxRows > 0 {
		return o.MaxRows
	}
	return DefaultMaxRows
}

func (o LoadOptions) maxColumns() int {
	if o.MaxColumns > 0 {
		return o.MaxColumns
	}
	return DefaultMaxColumns
}

// boundedReader counts what is read and fails past max bytes.
type boundedReader struct {
	r   io.Reader
	n   int64
	max int64
}

var errTooLarge = errors.New("too large")

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.n > b.max {
		return 0, errTooLarge
	}
	if int64(len(p)) > b.max-b.n+1 {
		p = p[:b.max-b.n+1]
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	if b.n > b.max {
		return n, errTooLarge
	}
	return n, err
}

func (o LoadOptions) reader(r io.Reader) *boundedReader {
	max := o.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	return &boundedReader{r: r, max: max}
}

// readError names the bound when the input ran past it.
func readError(br *boundedReader, format string, args ...any) error {
	if br.n > br.max {
		return hokusai.FieldErrorf("dataset", "The dataset is larger than %d bytes; split it or raise the limit.", br.max)
	}
	return hokusai.FieldErrorf("dataset", format, args...)
}

// checkShape bounds the columns and the cells a dataset of rows × columns
// would allocate from the n bytes it was read from.
func (o LoadOptions) checkShape(rows, columns int, n int64) error {
	if columns > o.maxColumns() {
		return hokusai.FieldErrorf("dataset", "The dataset has more than %d columns; keep the columns a model reads, or raise the limit.", o.maxColumns())
	}
	if cells := int64(rows) * int64(columns); cells > minCells && cells > cellsPerByte*n {
		return hokusai.FieldErrorf("dataset", "The dataset's %d rows use %d different columns (%d cells) in only %d bytes: rows must share their keys. Give every row the same keys, with null for a missing value.", rows, columns, cells, n)
	}
	return nil
}

// LoadCSV reads a CSV with a header row. Empty cells are missing values.
func LoadCSV(r io.Reader, opt LoadOptions) (*Dataset, error) {
	br := opt.reader(r)
	cr := csv.NewReader(bufio.NewReader(br))
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err == io.EOF {
		return nil, hokusai.FieldErrorf("dataset", "The CSV file is empty: it needs a header row naming the columns, then one row per example.")
	}
	if err != nil {
		return nil, readError(br, "The CSV header cannot be read: %v.", err)
	}
	if err := checkNames(header); err != nil {
		return nil, err
	}
	if err := opt.checkShape(0, len(header), br.n); err != nil {
		return nil, err
	}
	var raw [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, readError(br, "CSV row %d cannot be read: %v; every row needs %d cells.", len(raw)+1, err, len(header))
		}
		if len(raw) >= opt.maxRows() {
			return nil, hokusai.FieldErrorf("dataset", "The dataset has more than %d rows; split it or raise the limit.", opt.maxRows())
		}
		raw = append(raw, rec)
	}
	d := &Dataset{Columns: make([]Column, len(header)), Rows: make([][]any, len(raw))}
	for i := range d.Rows {
		d.Rows[i] = make([]any, len(header))
	}
	for c, name := range header {
		typ, declared := opt.Types[name]
		if !declared {
			typ = TypeNumber
			for _, rec := range raw {
				if rec[c] == "" {
					continue
				}
				if _, ok := parseNumber(rec[c]); !ok {
					typ = TypeString
					break
				}
			}
		}
		d.Columns[c] = Column{Name: name, Type: typ}
		for i, rec := range raw {
			s := rec[c]
			if s == "" {
				continue
			}
			switch typ {
			case TypeNumber:
				v, ok := parseNumber(s)
				if !ok {
					return nil, hokusai.FieldErrorf(name, "Row %d, column %q holds %q, which is not a finite number; fix the cell or declare the column a string.", i+1, name, s)
				}
				d.Rows[i][c] = v
			case TypeBool:
				v, err := strconv.ParseBool(s)
				if err != nil {
					return nil, hokusai.FieldErrorf(name, "Row %d, column %q holds %q, which is not true or false.", i+1, name, s)
				}
				d.Rows[i][c] = v
			default:
				d.Rows[i][c] = s
			}
		}
	}
	return d, nil
}

func parseNumber(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

func checkNames(names []string) error {
	seen := map[string]bool{}
	for i, n := range names {
		if n == "" {
			return hokusai.FieldErrorf("dataset", "Column %d has no name; every column needs a distinct name in the header.", i+1)
		}
		if seen[n] {
			return hokusai.FieldErrorf("dataset", "The column name %q appears twice; column names must be distinct.", n)
		}
		seen[n] = true
	}
	return nil
}

// LoadJSONL reads one flat JSON object per line. Columns are the union of
// the keys in first-seen order; a missing key or null is a missing value.
func LoadJSONL(r io.Reader, opt LoadOptions) (*Dataset, error) {
	br := opt.reader(r)
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	d := &Dataset{}
	col := map[string]int{}
	var objs []map[string]any
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		var obj map[string]any
		if err := dec.Decode(&obj); err != nil || obj == nil {
			return nil, readError(br, "JSONL line %d is not a JSON object: each line must be one object such as {\"x\": 1, \"label\": \"a\"}.", line)
		}
		if len(objs) >= opt.maxRows() {
			return nil, hokusai.FieldErrorf("dataset", "The dataset has more than %d rows; split it or raise the limit.", opt.maxRows())
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		// First-seen order within a line is lost by map decoding; use the
		// line's own key order.
		keys = keyOrder(b, keys)
		for _, k := range keys {
			if _, ok := col[k]; !ok {
				col[k] = len(d.Columns)
				d.Columns = append(d.Columns, Column{Name: k})
			}
		}
		objs = append(objs, obj)
		if err := opt.checkShape(len(objs), len(d.Columns), br.n); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, readError(br, "The JSONL file cannot be read at line %d: %v.", line+1, err)
	}
	d.Rows = make([][]any, len(objs))
	for i := range d.Rows {
		d.Rows[i] = make([]any, len(d.Columns))
	}
	for c := range d.Columns {
		name := d.Columns[c].Name
		typ, declared := opt.Types[name]
		for i, obj := range objs {
			v, ok := obj[name]
			if !ok || v == nil {
				continue
			}
			var got ColumnType
			var cell any
			switch x := v.(type) {
			case json.Number:
				f, ok := parseNumber(x.String())
				if !ok {
					return nil, hokusai.FieldErrorf(name, "Row %d, key %q holds %s, which is not a finite float64.", i+1, name, x)
				}
				got, cell = TypeNumber, f
			case string:
				got, cell = TypeString, x
			case bool:
				got, cell = TypeBool, x
			default:
				return nil, hokusai.FieldErrorf(name, "Row %d, key %q holds a nested object or array; rows must be flat (numbers, strings, booleans or null).", i+1, name)
			}
			if !declared {
				typ, declared = got, true
			}
			if got != typ {
				if typ == TypeString && got == TypeNumber {
					cell = formatNumber(cell.(float64))
				} else if typ == TypeNumber && got == TypeString {
					f, ok := parseNumber(cell.(string))
					if !ok {
						return nil, hokusai.FieldErrorf(name, "Row %d, key %q holds %q but the column is numeric; fix the value or declare the column a string.", i+1, name, cell)
					}
					cell = f
				} else {
					return nil, hokusai.FieldErrorf(name, "Row %d, key %q holds a %s but earlier rows hold a %s; give one type per column or declare it.", i+1, name, got, typ)
				}
			}
			d.Rows[i][c] = cell
		}
		if typ == "" {
			typ = TypeString // only nulls
		}
		d.Columns[c].Type = typ
	}
	return d, nil
}

// keyOrder sorts keys by their first position in the JSON text of one object.
func keyOrder(line []byte, keys []string) []string {
	dec := json.NewDecoder(bytes.NewReader(line))
	var order []string
	depth := 0
	expectKey := false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case json.Delim:
			if t == '{' || t == '[' {
				depth++
				expectKey = t == '{' && depth == 1
				continue
			}
			depth--
		case string:
			if depth == 1 && expectKey {
				order = append(order, t)
				expectKey = false
				continue
			}
		}
		if depth == 1 {
			expectKey = true
		}
	}
	if len(order) != len(keys) {
		sort.Strings(keys) // duplicate keys: fall back to a fixed order
		return keys
	}
	return order
}

// ColumnIndex returns the index of the named column.
func (d *Dataset) ColumnIndex(name string) (int, error) {
	for i, c := range d.Columns {
		if c.Name == name {
			return i, nil
		}
	}
	names := make([]string, len(d.Columns))
	for i, c := range d.Columns {
		names[i] = c.Name
	}
	return 0, hokusai.FieldErrorf("label", "The dataset has no column %q; its columns are %s.", name, strings.Join(names, ", "))
}

// Len returns the number of rows.
func (d *Dataset) Len() int { return len(d.Rows) }

// CanonicalRow returns row i as canonical JSON: an object with keys sorted
// by their UTF-8 bytes, no whitespace, numbers in the shortest form that
// round-trips (ECMAScript Number-to-String, as encoding/json writes them),
// strings escaped as encoding/json does without HTML escaping, null for a
// missing cell.
func (d *Dataset) CanonicalRow(i int) []byte {
	type kv struct {
		k string
		v any
	}
	cells := make([]kv, len(d.Columns))
	for c, col := range d.Columns {
		cells[c] = kv{col.Name, d.Rows[i][c]}
	}
	slices.SortFunc(cells, func(a, b kv) int { return strings.Compare(a.k, b.k) })
	var buf bytes.Buffer
	buf.WriteByte('{')
	for j, c := range cells {
		if j > 0 {
			buf.WriteByte(',')
		}
		writeJSONString(&buf, c.k)
		buf.WriteByte(':')
		switch v := c.v.(type) {
		case nil:
			buf.WriteString("null")
		case float64:
			buf.WriteString(formatNumber(v))
		case bool:
			buf.WriteString(strconv.FormatBool(v))
		case string:
			writeJSONString(&buf, v)
		}
	}
	buf.WriteByte('}')
	return buf.Bytes()
}

func writeJSONString(buf *bytes.Buffer, s string) {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)           // a string always encodes
	buf.Truncate(buf.Len() - 1) // Encode's newline
}

// formatNumber writes a float64 as encoding/json does (ECMAScript style).
func formatNumber(v float64) string {
	b, _ := json.Marshal(v) // finite by construction
	return string(b)
}

// Digest returns the dataset's content digest, "sha256:<hex>" of its
// canonical JSONL: every row's CanonicalRow followed by "\n", in file order.
// It depends on the values, their types and the row order, not on the file
// format, column order, quoting or whitespace.
func (d *Dataset) Digest() string { return d.digestRows(nil) }

// digestRows digests the given rows (all rows when idx is nil).
func (d *Dataset) digestRows(idx []int) string {
	h := sha256.New()
	emit := func(i int) {
		h.Write(d.CanonicalRow(i))
		h.Write([]byte{'\n'})
	}
	if idx == nil {
		for i := range d.Rows {
			emit(i)
		}
	} else {
		for _, i := range idx {
			emit(i)
		}
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// Subset returns a dataset of rows idx (sharing cells with d).
func (d *Dataset) Subset(idx []int) *Dataset {
	return &Dataset{Columns: d.Columns, Rows: gather(d.Rows, idx)}
}

// Classes returns the distinct values of a column as class names in
// scikit-learn's order: numerically for a number column, by bytes for
// strings. A missing label is an error.
func (d *Dataset) Classes(label string) ([]string, error) {
	c, err := d.ColumnIndex(label)
	if err != nil {
		return nil, err
	}
	var nums []float64
	var strs []string
	seen := map[any]bool{}
	for i, row := range d.Rows {
		v := row[c]
		if v == nil {
			return nil, hokusai.FieldErrorf("label", "Row %d has no value in the label column %q; every row needs a label.", i+1, label)
		}
		if seen[v] {
			continue
		}
		seen[v] = true
		switch x := v.(type) {
		case float64:
			nums = append(nums, x)
		case bool:
			strs = append(strs, strconv.FormatBool(x))
		case string:
			strs = append(strs, x)
		}
	}
	if nums != nil {
		sort.Float64s(nums)
		out := make([]string, len(nums))
		for i, x := range nums {
			out[i] = formatNumber(x)
		}
		return out, nil
	}
	sort.Strings(strs)
	return strs, nil
}

// CellString returns a cell as text: numbers in canonical form, "" for missing.
func CellString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return formatNumber(x)
	case bool:
		return strconv.FormatBool(x)
	case string:
		return x
	}
	return fmt.Sprint(v)
}

// Truth returns the label column as evaluation truth: class indices (with
// the encoder that made them) for classification metrics, numbers for
// regression metrics (mse, rmse, mae, r2), texts when text is true.
func (d *Dataset) Truth(label string, m hokusai.Metric, text bool) (Truth, *LabelEncoder, error) {
	c, err := d.ColumnIndex(label)
	if err != nil {
		return Truth{}, nil, err
	}
	switch {
	case text:
		t := make([]string, len(d.Rows))
		for i, row := range d.Rows {
			t[i] = CellString(row[c])
		}
		return Truth{Texts: t}, nil, nil
	case m == hokusai.MetricMSE || m == hokusai.MetricRMSE || m == hokusai.MetricMAE || m == hokusai.MetricR2:
		if d.Columns[c].Type != TypeNumber {
			return Truth{}, nil, hokusai.FieldErrorf("label", "The label column %q holds %ss but %s needs numbers.", label, d.Columns[c].Type, m)
		}
		v := make([]float64, len(d.Rows))
		for i, row := range d.Rows {
			x, ok := row[c].(float64)
			if !ok {
				return Truth{}, nil, hokusai.FieldErrorf("label", "Row %d has no value in the label column %q; every row needs a label.", i+1, label)
			}
			v[i] = x
		}
		return Truth{Values: v}, nil, nil
	}
	classes, err := d.Classes(label)
	if err != nil {
		return Truth{}, nil, err
	}
	enc := newOrderedEncoder(classes)
	names := make([]string, len(d.Rows))
	for i, row := range d.Rows {
		names[i] = CellString(row[c])
	}
	labels, err := enc.Encode("label", names)
	if err != nil {
		return Truth{}, nil, err
	}
	return Truth{Labels: labels}, enc, nil
}

// newOrderedEncoder keeps the given class order (already sklearn-sorted).
func newOrderedEncoder(classes []string) *LabelEncoder {
	e := &LabelEncoder{Classes: classes, index: make(map[string]int, len(classes))}
	for i, c := range classes {
		e.index[c] = i
	}
	return e
}

// WriteJSONL writes the rows as canonical JSON lines: the bytes Digest hashes.
func (d *Dataset) WriteJSONL(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i := range d.Rows {
		bw.Write(d.CanonicalRow(i))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// WriteCSV writes a header and the rows; missing cells are empty. Loaded
// back with the same column types it has the same digest (except that a
// one-column row with a missing cell is an empty line, which CSV drops).
func (d *Dataset) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := d.writeRecords(cw.Write); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// writeRecords writes the header and every row, as text cells, through write.
func (d *Dataset) writeRecords(write func([]string) error) error {
	rec := make([]string, len(d.Columns))
	for i, c := range d.Columns {
		rec[i] = c.Name
	}
	if err := write(rec); err != nil {
		return err
	}
	for _, row := range d.Rows {
		for i, v := range row {
			rec[i] = CellString(v)
		}
		if err := write(rec); err != nil {
			return err
		}
	}
	return nil
}

// Types returns the column types, for loading a written copy back exactly.
func (d *Dataset) Types() map[string]ColumnType {
	m := make(map[string]ColumnType, len(d.Columns))
	for _, c := range d.Columns {
		m[c.Name] = c.Type
	}
	return m
}
