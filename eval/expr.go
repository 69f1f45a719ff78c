package eval

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hokusai-protocol/hokusai"
)

// Bounds on a custom metric expression, checked while it is parsed, so a
// manifest cannot make the evaluator parse or evaluate without limit.
const (
	MaxExprBytes = 512 // source length
	MaxExprDepth = 32  // nesting of parentheses, calls and operators
	MaxExprNodes = 256 // numbers, variables, operators and calls
)

// ExprKind says what a custom metric is computed from.
type ExprKind uint8

// Expression kinds.
const (
	// ExprConfusion: the confusion-matrix counts tp, fp, tn, fn and n of a
	// class against the rest, averaged over classes like precision, recall
	// and F1 (the spec's Average and PosLabel).
	ExprConfusion ExprKind = iota + 1
	// ExprRows: per-row values y (truth) and p (prediction), reduced over
	// the rows by mean(...) or sum(...).
	ExprRows
)

// Expr is a parsed custom metric expression: arithmetic (+ − × ÷ ^, unary
// minus, numbers) over the confusion-matrix counts tp, fp, tn, fn, n, or
// over per-row y and p inside mean(...) or sum(...), with the functions
// sqrt, log, exp, abs, min and max. It is parsed, never run as host code,
// and bounded by MaxExprBytes, MaxExprDepth and MaxExprNodes. A division
// by zero is 0 (scikit-learn's zero_division default for precision and
// recall); any other non-finite value makes the metric undefined.
type Expr struct {
	root *exprNode
	kind ExprKind
	text string // canonical form
}

// exprNode is one node of the syntax tree.
type exprNode struct {
	op   byte // 'n' number, 'v' variable, 'f' call, '~' negation, or + - * / ^
	num  float64
	name string // variable or function
	args []*exprNode
	pos  int // byte offset in the source, for errors
}

// Kind says whether the expression is over the confusion matrix or rows.
func (e *Expr) Kind() ExprKind { return e.kind }

// String returns the canonical form: one space around binary operators,
// parentheses only where precedence needs them, numbers in shortest form.
// Parsing it gives the same expression.
func (e *Expr) String() string { return e.text }

// MarshalText encodes the canonical form, so a spec stores the expression
// as text.
func (e *Expr) MarshalText() ([]byte, error) { return []byte(e.text), nil }

// UnmarshalText parses an expression.
func (e *Expr) UnmarshalText(b []byte) error {
	p, err := ParseExpr(string(b))
	if err != nil {
		return err
	}
	*e = *p
	return nil
}

var exprFuncs = map[string]int{ // name → arity (-1: two or more)
	"sqrt": 1, "log": 1, "exp": 1, "abs": 1, "min": -1, "max": -1, "mean": 1, "sum": 1,
}

var confusionVars = map[string]bool{"tp": true, "fp": true, "tn": true, "fn": true, "n": true}

var rowVars = map[string]bool{"y": true, "p": true}

// ParseExpr parses a custom metric expression. Errors are EINVALID on the
// field "expression" and name the byte position and what was expected.
func ParseExpr(src string) (*Expr, error) {
	if len(src) > MaxExprBytes {
		return nil, hokusai.FieldErrorf("expression", "The expression is %d bytes long; the limit is %d.", len(src), MaxExprBytes)
	}
	if !utf8.ValidString(src) {
		return nil, hokusai.FieldErrorf("expression", "The expression is not valid UTF-8.")
	}
	p := &exprParser{src: src}
	p.next()
	root, err := p.sum(0)
	if err != nil {
		return nil, err
	}
	if p.tok != tokEOF {
		return nil, p.errorf("expected an operator or the end of the expression, found %s", p.describe())
	}
	e := &Expr{root: root}
	if err := e.check(); err != nil {
		return nil, err
	}
	e.text = format(root, 0)
	return e, nil
}

// check finds the expression's kind and enforces where variables and the
// row reductions may appear.
func (e *Expr) check() error {
	var confusionAt, rowAt = -1, -1
	var walk func(n *exprNode, inReduce bool) error
	walk = func(n *exprNode, inReduce bool) error {
		switch {
		case n.op == 'v' && confusionVars[n.name]:
			if inReduce {
				return exprErrorf(n.pos, "%s is a confusion-matrix count, which mean() and sum() cannot reduce over rows; use y and p inside them", n.name)
			}
			if confusionAt < 0 {
				confusionAt = n.pos
			}
		case n.op == 'v':
			if !inReduce {
				return exprErrorf(n.pos, "%s is a per-row value: use it inside mean(...) or sum(...)", n.name)
			}
			if rowAt < 0 {
				rowAt = n.pos
			}
		case n.op == 'f' && (n.name == "mean" || n.name == "sum"):
			if inReduce {
				return exprErrorf(n.pos, "%s(...) inside another mean or sum: the rows are reduced once", n.name)
			}
			inReduce = true
			if rowAt < 0 {
				rowAt = n.pos
			}
		}
		for _, a := range n.args {
			if err := walk(a, inReduce); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(e.root, false); err != nil {
		return err
	}
	switch {
	case confusionAt >= 0 && rowAt >= 0:
		return exprErrorf(max(confusionAt, rowAt), "the expression mixes confusion-matrix counts (tp, fp, tn, fn, n) with per-row reductions (mean, sum of y and p); a custom metric uses one or the other")
	case confusionAt >= 0:
		e.kind = ExprConfusion
	case rowAt >= 0:
		e.kind = ExprRows
	default:
		return exprErrorf(0, "the expression uses no variable: use the confusion-matrix counts tp, fp, tn, fn, n, or mean(...)/sum(...) over the per-row y and p")
	}
	return nil
}

func exprErrorf(pos int, format string, args ...any) error {
	return hokusai.FieldErrorf("expression", "At byte %d of the expression: %s.", pos, fmt.Sprintf(format, args...))
}

// exprParser is a recursive-descent parser with one token of look-ahead.
type exprParser struct {
	src   string
	off   int // next byte to read
	tok   int
	start int // byte offset of tok
	num   float64
	name  string
	nodes int
}

const (
	tokEOF = iota
	tokNum
	tokName
	tokOp // + - * / ^ ( ) ,
)

// next reads the next token into p.tok; an unknown character becomes a
// tokOp the grammar never accepts, reported where it stands.
func (p *exprParser) next() {
	for p.off < len(p.src) && (p.src[p.off] == ' ' || p.src[p.off] == '\t' || p.src[p.off] == '\n' || p.src[p.off] == '\r') {
		p.off++
	}
	p.start = p.off
	if p.off == len(p.src) {
		p.tok = tokEOF
		return
	}
	c := p.src[p.off]
	switch {
	case c >= '0' && c <= '9' || c == '.':
		end := p.off
		for end < len(p.src) && (p.src[end] >= '0' && p.src[end] <= '9' || p.src[end] == '.') {
			end++
		}
		if end < len(p.src) && (p.src[end] == 'e' || p.src[end] == 'E') {
			e := end + 1
			if e < len(p.src) && (p.src[e] == '+' || p.src[e] == '-') {
				e++
			}
			if e < len(p.src) && p.src[e] >= '0' && p.src[e] <= '9' {
				for e < len(p.src) && p.src[e] >= '0' && p.src[e] <= '9' {
					e++
				}
				end = e
			}
		}
		p.tok, p.name, p.off = tokNum, p.src[p.off:end], end
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
		end := p.off
		for end < len(p.src) && (p.src[end] >= 'a' && p.src[end] <= 'z' || p.src[end] >= 'A' && p.src[end] <= 'Z' || p.src[end] == '_' || p.src[end] >= '0' && p.src[end] <= '9') {
			end++
		}
		p.tok, p.name, p.off = tokName, p.src[p.off:end], end
	default:
		r, size := utf8.DecodeRuneInString(p.src[p.off:])
		p.tok, p.name, p.off = tokOp, string(r), p.off+size
		switch r { // the typographic operators mean the ASCII ones
		case '−':
			p.name = "-"
		case '×', '·':
			p.name = "*"
		case '÷':
			p.name = "/"
		}
	}
}

func (p *exprParser) describe() string {
	switch p.tok {
	case tokEOF:
		return "the end of the expression"
	case tokNum:
		return "the number " + p.name
	case tokName:
		return strconv.Quote(p.name)
	}
	return strconv.Quote(p.name)
}

func (p *exprParser) errorf(format string, args ...any) error {
	return exprErrorf(p.start, format, args...)
}

// node counts n against MaxExprNodes; depth is the nesting of
// parentheses, calls, negations and exponents, checked where it grows.
func (p *exprParser) node(n *exprNode, _ int) (*exprNode, error) {
	p.nodes++
	if p.nodes > MaxExprNodes {
		return nil, exprErrorf(n.pos, "the expression has more than %d terms", MaxExprNodes)
	}
	return n, nil
}

func (p *exprParser) isOp(s string) bool { return p.tok == tokOp && p.name == s }

// sum := product (('+' | '-') product)*
func (p *exprParser) sum(depth int) (*exprNode, error) {
	return p.leftAssoc(depth, p.product, "+", "-")
}

// product := unary (('*' | '/') unary)*
func (p *exprParser) product(depth int) (*exprNode, error) {
	return p.leftAssoc(depth, p.unary, "*", "/")
}

// leftAssoc parses operand (op operand)* for one precedence level, folding
// to the left.
func (p *exprParser) leftAssoc(depth int, operand func(int) (*exprNode, error), ops ...string) (*exprNode, error) {
	left, err := operand(depth)
	if err != nil {
		return nil, err
	}
	for p.tok == tokOp && slices.Contains(ops, p.name) {
		n := &exprNode{op: p.name[0], pos: p.start}
		p.next()
		right, err := operand(depth)
		if err != nil {
			return nil, err
		}
		n.args = []*exprNode{left, right}
		if left, err = p.node(n, depth); err != nil {
			return nil, err
		}
	}
	return left, nil
}

// unary := '-' unary | power
func (p *exprParser) unary(depth int) (*exprNode, error) {
	if depth > MaxExprDepth {
		return nil, p.errorf("the expression nests deeper than %d levels", MaxExprDepth)
	}
	if p.isOp("-") {
		n := &exprNode{op: '~', pos: p.start}
		p.next()
		arg, err := p.unary(depth + 1)
		if err != nil {
			return nil, err
		}
		n.args = []*exprNode{arg}
		return p.node(n, depth)
	}
	return p.power(depth)
}

// power := atom ('^' unary)?   (right-associative; -a^b is -(a^b))
func (p *exprParser) power(depth int) (*exprNode, error) {
	base, err := p.atom(depth)
	if err != nil {
		return nil, err
	}
	if !p.isOp("^") {
		return base, nil
	}
	n := &exprNode{op: '^', pos: p.start}
	p.next()
	exp, err := p.unary(depth + 1)
	if err != nil {
		return nil, err
	}
	n.args = []*exprNode{base, exp}
	return p.node(n, depth)
}

// atom := number | variable | function '(' sum (',' sum)* ')' | '(' sum ')'
func (p *exprParser) atom(depth int) (*exprNode, error) {
	if depth > MaxExprDepth {
		return nil, p.errorf("the expression nests deeper than %d levels", MaxExprDepth)
	}
	switch {
	case p.tok == tokNum:
		v, err := strconv.ParseFloat(p.name, 64)
		if err != nil || math.IsInf(v, 0) {
			return nil, p.errorf("%q is not a finite decimal number", p.name)
		}
		n := &exprNode{op: 'n', num: v, pos: p.start}
		p.next()
		return p.node(n, depth)
	case p.tok == tokName:
		name, pos := strings.ToLower(p.name), p.start
		p.next()
		if confusionVars[name] || rowVars[name] {
			if p.isOp("(") {
				return nil, p.errorf("%s is a variable, not a function", name)
			}
			return p.node(&exprNode{op: 'v', name: name, pos: pos}, depth)
		}
		arity, ok := exprFuncs[name]
		if !ok {
			return nil, exprErrorf(pos, "unknown name %q; the variables are tp, fp, tn, fn, n (confusion matrix) and y, p (per row), the functions sqrt, log, exp, abs, min, max, mean, sum", name)
		}
		if !p.isOp("(") {
			return nil, p.errorf("expected ( after the function %s, found %s", name, p.describe())
		}
		p.next()
		n := &exprNode{op: 'f', name: name, pos: pos}
		for {
			arg, err := p.sum(depth + 1)
			if err != nil {
				return nil, err
			}
			n.args = append(n.args, arg)
			if !p.isOp(",") {
				break
			}
			p.next()
		}
		if !p.isOp(")") {
			return nil, p.errorf("expected , or ) in the call of %s, found %s", name, p.describe())
		}
		p.next()
		if arity > 0 && len(n.args) != arity {
			return nil, exprErrorf(pos, "%s takes one argument, got %d", name, len(n.args))
		}
		if arity < 0 && len(n.args) < 2 {
			return nil, exprErrorf(pos, "%s takes two or more arguments, got %d", name, len(n.args))
		}
		return p.node(n, depth)
	case p.isOp("("):
		p.next()
		inner, err := p.sum(depth + 1)
		if err != nil {
			return nil, err
		}
		if !p.isOp(")") {
			return nil, p.errorf("expected ) to close the parenthesis, found %s", p.describe())
		}
		p.next()
		return inner, nil
	}
	return nil, p.errorf("expected a number, a variable, a function or (, found %s", p.describe())
}

// Precedences for format: sum 1, product 2, unary 3, power 4, atom 5.
func prec(n *exprNode) int {
	switch n.op {
	case '+', '-':
		return 1
	case '*', '/':
		return 2
	case '~':
		return 3
	case '^':
		return 4
	}
	return 5
}

// format prints n, parenthesised when its precedence is below min.
func format(n *exprNode, min int) string {
	var s string
	switch n.op {
	case 'n':
		s = strconv.FormatFloat(n.num, 'g', -1, 64)
	case 'v':
		s = n.name
	case 'f':
		args := make([]string, len(n.args))
		for i, a := range n.args {
			args[i] = format(a, 0)
		}
		s = n.name + "(" + strings.Join(args, ", ") + ")"
	case '~':
		s = "-" + format(n.args[0], 3)
	case '^':
		s = format(n.args[0], 5) + "^" + format(n.args[1], 3)
	default: // left-associative: the right operand binds tighter
		s = format(n.args[0], prec(n)) + " " + string(n.op) + " " + format(n.args[1], prec(n)+1)
	}
	if prec(n) < min {
		return "(" + s + ")"
	}
	return s
}

// exprEnv holds the variables' values for one evaluation.
type exprEnv struct {
	vars map[string]float64
	y, p []float64 // per-row values, for mean and sum
}

// eval computes n; per-row variables read row i.
func (n *exprNode) eval(env *exprEnv, row int) float64 {
	switch n.op {
	case 'n':
		return n.num
	case 'v':
		switch n.name {
		case "y":
			return env.y[row]
		case "p":
			return env.p[row]
		}
		return env.vars[n.name]
	case '~':
		return -n.args[0].eval(env, row)
	case '+':
		return n.args[0].eval(env, row) + n.args[1].eval(env, row)
	case '-':
		return n.args[0].eval(env, row) - n.args[1].eval(env, row)
	case '*':
		return n.args[0].eval(env, row) * n.args[1].eval(env, row)
	case '/':
		d := n.args[1].eval(env, row)
		if d == 0 {
			return 0
		}
		return n.args[0].eval(env, row) / d
	case '^':
		return math.Pow(n.args[0].eval(env, row), n.args[1].eval(env, row))
	}
	switch n.name {
	case "mean", "sum":
		var s float64
		for i := range env.y {
			s += n.args[0].eval(env, i)
		}
		if n.name == "mean" {
			s /= float64(len(env.y))
		}
		return s
	case "min", "max":
		v := n.args[0].eval(env, row)
		for _, a := range n.args[1:] {
			if n.name == "min" {
				v = math.Min(v, a.eval(env, row))
			} else {
				v = math.Max(v, a.eval(env, row))
			}
		}
		return v
	}
	x := n.args[0].eval(env, row)
	switch n.name {
	case "sqrt":
		return math.Sqrt(x)
	case "log":
		return math.Log(x)
	case "exp":
		return math.Exp(x)
	}
	return math.Abs(x)
}
