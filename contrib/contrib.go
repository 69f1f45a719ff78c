// Package contrib is contribution intake (F10): it parses rows (CSV or
// JSONL), validates them against a model's input schema naming the bad row
// and field, digests and de-duplicates them, scans them for personal data
// under a per-model policy, refuses rows that copy the hidden test split,
// limits each contributor's open submissions and honours idempotency keys.
// What it stores — contributions and their lifecycle received → evaluating
// → accepted | rejected, setups, evaluations, the mint journal — goes
// through hokusai.ContributionService (packages sqlite and postgres).
package contrib

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
)

// Status is where a contribution is in its lifecycle.
type Status = hokusai.ContributionStatus

// Lifecycle states, under the names intake and the evaluator use.
const (
	StatusReceived   = hokusai.ContributionReceived
	StatusEvaluating = hokusai.ContributionEvaluating
	StatusAccepted   = hokusai.ContributionAccepted
	StatusRejected   = hokusai.ContributionRejected
)

// Reason codes a rejected contribution carries, so clients can switch on them.
const (
	ReasonNoImprovement  = "NO_IMPROVEMENT"  // the improvement is below the threshold
	ReasonNotSignificant = "NOT_SIGNIFICANT" // the bootstrap's lower bound is not above zero
	ReasonWorse          = "WORSE"           // the candidate scores below the head
	ReasonDuplicate      = "DUPLICATE"       // every row is already in the training data
	ReasonMintFailed     = "MINT_FAILED"     // the chain refused the mint or the attesters did not sign
	ReasonBudget         = "BUDGET"          // the model's mint budget cannot pay the reward
	ReasonNotReproduced  = "NOT_REPRODUCED"  // a submitted version is not what the recipe gives on the rows
	ReasonTimeout        = "TIMEOUT"         // the evaluation ran past its time budget
	ReasonTooLarge       = "TOO_LARGE"       // the evaluation's estimated work exceeds the evaluator's budget
)

// Contribution is one submission of rows to improve a model.
type Contribution = hokusai.Contribution

// Dataset decodes a contribution's stored rows.
func Dataset(c *Contribution) (*eval.Dataset, error) {
	return eval.LoadJSONL(bytes.NewReader(c.Data), eval.LoadOptions{})
}

// Outcome is what the evaluator records on a contribution.
type Outcome = hokusai.ContributionOutcome

// ContributionFilter narrows FindContributions.
type ContributionFilter = hokusai.ContributionFilter

// Evaluation is one evaluation of a batch against one head.
type Evaluation = hokusai.Evaluation

// Weight is one contributor's share of an improvement.
type Weight = hokusai.ContributionWeight

// MintRecord is one journaled mint.
type MintRecord = hokusai.MintRecord

// Decisions an evaluation reaches (F12).
const (
	DecisionMint   = hokusai.DecisionMint
	DecisionReject = hokusai.DecisionReject
)

// Mint journal states.
const (
	MintPending   = hokusai.MintPending
	MintConfirmed = hokusai.MintConfirmed
	MintAbandoned = hokusai.MintAbandoned
)

// PIIPolicy says what intake does with rows that look like personal data.
type PIIPolicy string

// PII policies.
const (
	PIIReject PIIPolicy = "reject" // refuse the contribution, naming the row and field (the default)
	PIIAllow  PIIPolicy = "allow"  // accept it (e.g. a model whose owner has consent for such data)
)

// Policy is a model's intake policy.
type Policy struct {
	PII PIIPolicy `json:"pii"`
	// MaxOpen is how many contributions one contributor may have waiting
	// (received or evaluating) for one model; 0 means DefaultMaxOpen.
	MaxOpen int `json:"max_open"`
	// MaxRows bounds one contribution; 0 means DefaultMaxRows.
	MaxRows int `json:"max_rows"`
}

// Intake defaults.
const (
	DefaultMaxOpen = 5
	DefaultMaxRows = 100_000
	MaxBodyBytes   = 32 << 20
)

func (p Policy) maxOpen() int {
	if p.MaxOpen <= 0 {
		return DefaultMaxOpen
	}
	return p.MaxOpen
}

func (p Policy) maxRows() int {
	if p.MaxRows <= 0 {
		return DefaultMaxRows
	}
	return p.MaxRows
}

// Column is one column of a model's input schema: its type and, for a
// categorical column, the values it may take.
type Column struct {
	Name   string          `json:"name"`
	Type   eval.ColumnType `json:"type"`
	Values []string        `json:"values,omitempty"` // allowed values; empty means any
}

// Schema is the shape every contributed row must have: the model's
// features and its target.
type Schema struct {
	Columns []Column `json:"columns"`
	Target  string   `json:"target"`
}

// maxCategories is the most distinct values a string column may have for
// SchemaFromDataset to treat it as categorical.
const maxCategories = 64

// SchemaFromDataset derives a schema from a model's benchmark: every
// column with its type, and the allowed values of string columns with few
// distinct values (categorical features and the class labels).
func SchemaFromDataset(d *eval.Dataset, target string) (Schema, error) {
	if _, err := d.ColumnIndex(target); err != nil {
		return Schema{}, err
	}
	s := Schema{Target: target}
	for j, c := range d.Columns {
		col := Column{Name: c.Name, Type: c.Type}
		if c.Type == eval.TypeString {
			seen := map[string]bool{}
			for _, r := range d.Rows {
				if v, ok := r[j].(string); ok {
					seen[v] = true
				}
			}
			if len(seen) <= maxCategories {
				for v := range seen {
					col.Values = append(col.Values, v)
				}
				slices.Sort(col.Values)
			}
		}
		s.Columns = append(s.Columns, col)
	}
	return s, nil
}

// Validate checks d against the schema and returns d with its columns in
// the schema's order. Errors are EINVALID and name the row (1-based, as a
// person counts data rows) and the field.
func (s Schema) Validate(d *eval.Dataset) (*eval.Dataset, error) {
	idx := make([]int, len(s.Columns))
	want := map[string]bool{}
	for i, c := range s.Columns {
		want[c.Name] = true
		j, err := d.ColumnIndex(c.Name)
		if err != nil {
			return nil, hokusai.FieldErrorf(c.Name, "The contribution has no column %q; the model's rows have the columns %s.", c.Name, s.names())
		}
		idx[i] = j
	}
	for _, c := range d.Columns {
		if !want[c.Name] {
			return nil, hokusai.FieldErrorf(c.Name, "The contribution has a column %q the model does not know; the model's rows have the columns %s.", c.Name, s.names())
		}
	}
	out := &eval.Dataset{Columns: make([]eval.Column, len(s.Columns)), Rows: make([][]any, len(d.Rows))}
	for i, c := range s.Columns {
		out.Columns[i] = eval.Column{Name: c.Name, Type: c.Type}
	}
	for r, row := range d.Rows {
		nr := make([]any, len(s.Columns))
		for i, c := range s.Columns {
			v := row[idx[i]]
			cv, err := c.check(v)
			if err != nil {
				return nil, hokusai.FieldErrorf(c.Name, "Row %d, field %s: %s", r+1, c.Name, err)
			}
			if c.Name == s.Target && cv == nil {
				return nil, hokusai.FieldErrorf(c.Name, "Row %d, field %s: the label is missing; every contributed row needs its %s.", r+1, c.Name, c.Name)
			}
			nr[i] = cv
		}
		out.Rows[r] = nr
	}
	return out, nil
}

// check converts v to the column's type and checks its value.
func (c Column) check(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch c.Type {
	case eval.TypeNumber:
		switch t := v.(type) {
		case float64:
			return t, nil
		case string:
			f, ok, err := hokusai.RowFloat(hokusai.Row{c.Name: t}, c.Name)
			if err != nil || !ok {
				return nil, fmt.Errorf("%q is not a number; this field takes numbers.", t)
			}
			return f, nil
		}
		return nil, fmt.Errorf("a %T is not a number; this field takes numbers.", v)
	case eval.TypeBool:
		if b, ok := v.(bool); ok {
			return b, nil
		}
		return nil, fmt.Errorf("%v is not true or false.", v)
	}
	s := hokusai.ValueString(v)
	if len(c.Values) > 0 && !slices.Contains(c.Values, s) {
		return nil, fmt.Errorf("%q is not one of the allowed values %s.", s, strings.Join(c.Values, ", "))
	}
	return s, nil
}

func (s Schema) names() string {
	n := make([]string, len(s.Columns))
	for i, c := range s.Columns {
		n[i] = c.Name
	}
	return strings.Join(n, ", ")
}

// Parse reads a contribution body: CSV (with a header) or JSONL, chosen by
// format ("csv", "jsonl"; "" sniffs: a body starting with '{' is JSONL).
// Values are kept as text so the schema decides their types.
func Parse(body []byte, format string, maxRows int) (*eval.Dataset, string, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, "", hokusai.FieldErrorf("rows", "The contribution is empty; send CSV with a header row, or JSONL with one object per line.")
	}
	if format == "" {
		format = "csv"
		if bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
			format = "jsonl"
		}
	}
	opt := eval.LoadOptions{MaxRows: maxRows}
	var d *eval.Dataset
	var err error
	switch strings.ToLower(format) {
	case "csv":
		d, err = eval.LoadCSV(bytes.NewReader(body), opt)
	case "jsonl", "ndjson":
		format = "jsonl"
		d, err = eval.LoadJSONL(bytes.NewReader(body), opt)
	default:
		return nil, "", hokusai.FieldErrorf("format", "Unknown format %q; send csv or jsonl (Parquet is not available yet).", format)
	}
	if err != nil {
		return nil, "", err
	}
	if d.Len() == 0 {
		return nil, "", hokusai.FieldErrorf("rows", "The contribution has a header but no rows.")
	}
	return d, format, nil
}

// CanonicalJSONL returns d's rows as canonical JSONL (what Digest hashes).
func CanonicalJSONL(d *eval.Dataset) []byte {
	var b bytes.Buffer
	for i := range d.Rows {
		b.Write(d.CanonicalRow(i))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// Concat appends the rows of ds (which share a's columns by name) to a copy of a.
func Concat(a *eval.Dataset, ds ...*eval.Dataset) (*eval.Dataset, error) {
	out := &eval.Dataset{Columns: a.Columns, Rows: slices.Clone(a.Rows)}
	for _, d := range ds {
		idx := make([]int, len(a.Columns))
		for i, c := range a.Columns {
			j, err := d.ColumnIndex(c.Name)
			if err != nil {
				return nil, err
			}
			idx[i] = j
		}
		for _, r := range d.Rows {
			nr := make([]any, len(idx))
			for i, j := range idx {
				nr[i] = r[j]
			}
			out.Rows = append(out.Rows, nr)
		}
	}
	return out, nil
}

// Union appends to a copy of a the rows of ds (which share a's columns by
// name) that are not already in it or in an earlier d: the training data
// of record grows only by new rows, exactly as the evaluator counted them.
func Union(a *eval.Dataset, ds ...*eval.Dataset) (*eval.Dataset, error) {
	seen := make(map[[32]byte]bool, a.Len())
	for i := range a.Rows {
		seen[sha256.Sum256(a.CanonicalRow(i))] = true
	}
	parts := make([]*eval.Dataset, 0, len(ds))
	for _, d := range ds {
		var keep []int
		for i := range d.Rows {
			h := sha256.Sum256(d.CanonicalRow(i))
			if !seen[h] {
				seen[h] = true
				keep = append(keep, i)
			}
		}
		parts = append(parts, d.Subset(keep))
	}
	return Concat(a, parts...)
}

// WeiString formats a *big.Int for storage ("" for nil).
func WeiString(v *big.Int) string {
	if v == nil {
		return ""
	}
	return v.String()
}
