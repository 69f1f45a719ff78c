package linear

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/hokusai-protocol/hokusai"
	"gonum.org/v1/gonum/optimize"
)

// Defaults for a recipe's zero fields.
const (
	DefaultMaxIterations = 500
	DefaultGradTol       = 1e-6
)

// Train fits a model to rows as the recipe says. It is deterministic: the
// same rows (in the same order) and recipe give bit-identical weights.
// Features default to every column any row has except the target, in
// sorted order. It returns EINVALID for a bad recipe, no rows, a missing
// target, or a class count the objective cannot fit.
func Train(rows []hokusai.Row, recipe hokusai.TrainingRecipe) (*Model, error) {
	return TrainContext(context.Background(), rows, recipe)
}

// TrainContext is Train that stops, with ctx's error, at the first
// iteration after ctx ends: an evaluation's time budget bounds its fit.
func TrainContext(ctx context.Context, rows []hokusai.Row, recipe hokusai.TrainingRecipe) (*Model, error) {
	if err := recipe.Validate(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, hokusai.FieldErrorf("rows", "Training needs at least one row; the dataset is empty.")
	}
	names := recipe.Features
	if len(names) == 0 {
		seen := map[string]bool{recipe.Target: true}
		for _, r := range rows {
			for k := range r {
				if !seen[k] {
					seen[k] = true
					names = append(names, k)
				}
			}
		}
		slices.Sort(names)
		recipe.Features = names
	}
	if slices.Contains(names, recipe.Target) {
		return nil, hokusai.FieldErrorf("recipe.features", "recipe.features must not include the target %q.", recipe.Target)
	}
	if recipe.MaxIterations == 0 {
		recipe.MaxIterations = DefaultMaxIterations
	}
	if recipe.GradTol == 0 {
		recipe.GradTol = DefaultGradTol
	}

	kind := KindLogistic
	switch {
	case recipe.Runtime == hokusai.RuntimeSoftmax:
		kind = KindSoftmax
		recipe.Objective = ""
	case recipe.Objective == "regression":
		kind = KindRegression
	default:
		recipe.Objective = "logistic"
	}

	feats, err := fitFeatures(rows, names, recipe.Categorical)
	if err != nil {
		return nil, err
	}
	enc := newEncoder(feats)
	n, d := len(rows), enc.dim
	xs := make([]float64, n*d)
	for i, r := range rows {
		if err := enc.encode(r, xs[i*d:(i+1)*d]); err != nil {
			return nil, rowError(i, err)
		}
	}

	m := &Model{Format: Format, Kind: kind, Target: recipe.Target, Features: feats, enc: enc, Recipe: &recipe}
	var ys []float64 // regression targets
	var yi []int     // class indices
	if kind == KindRegression {
		ys = make([]float64, n)
		for i, r := range rows {
			v, ok, err := hokusai.RowFloat(r, recipe.Target)
			if err != nil {
				return nil, rowError(i, err)
			}
			if !ok {
				return nil, hokusai.FieldErrorf(recipe.Target, "Row %d has no value for the target %s; drop it or fill it in.", i, recipe.Target)
			}
			ys[i] = v
		}
	} else {
		seen := map[string]bool{}
		for i, r := range rows {
			c := hokusai.RowString(r, recipe.Target)
			if c == "" {
				return nil, hokusai.FieldErrorf(recipe.Target, "Row %d has no value for the target %s; drop it or fill it in.", i, recipe.Target)
			}
			if !seen[c] {
				seen[c] = true
				m.Classes = append(m.Classes, c)
			}
		}
		slices.Sort(m.Classes)
		switch {
		case len(m.Classes) < 2:
			return nil, hokusai.FieldErrorf(recipe.Target, "The target %s has a single class %q; a classifier needs at least two.", recipe.Target, m.Classes[0])
		case kind == KindLogistic && len(m.Classes) > 2:
			return nil, hokusai.FieldErrorf("recipe.runtime", "The target %s has %d classes; the linear runtime is binary, use the softmax runtime.", recipe.Target, len(m.Classes))
		}
		idx := map[string]int{}
		for k, c := range m.Classes {
			idx[c] = k
		}
		yi = make([]int, n)
		for i, r := range rows {
			yi[i] = idx[hokusai.RowString(r, recipe.Target)]
		}
	}

	outputs := 1
	if kind == KindSoftmax {
		outputs = len(m.Classes)
	}
	obj := &objective{kind: kind, n: n, d: d, k: outputs, x: xs, y: ys, yi: yi, l2: recipe.L2}
	params := make([]float64, outputs*(d+1))
	problem := optimize.Problem{Func: obj.loss, Grad: obj.grad}
	settings := &optimize.Settings{
		GradientThreshold: recipe.GradTol,
		MajorIterations:   recipe.MaxIterations,
		Converger:         &optimize.FunctionConverge{Absolute: 1e-14, Relative: 1e-14, Iterations: 50},
		Recorder:          ctxRecorder{ctx},
	}
	res, err := optimize.Minimize(problem, params, settings, &optimize.LBFGS{Store: 15})
	if ctx.Err() != nil {
		return nil, fmt.Errorf("train linear model: %w", ctx.Err())
	}
	if res == nil {
		return nil, fmt.Errorf("train linear model: %w", err)
	}
	// L-BFGS's line search may give up near the optimum ("linesearch: failed
	// to converge") with perfectly good weights; accept the best point unless
	// the gradient is still large.
	g := make([]float64, len(params))
	obj.grad(g, res.X)
	gn := 0.0
	for _, v := range g {
		gn = max(gn, math.Abs(v))
	}
	status := res.Status.String()
	if err != nil {
		status = err.Error()
		if gn > math.Max(1e-3, 1000*recipe.GradTol) || hasNaN(res.X) {
			return nil, hokusai.Errorf(hokusai.EINVALID, "Training did not converge (%v; gradient norm %.3g); raise recipe.l2 or check the features for huge or constant values.", errors.Unwrap(err), gn)
		}
	}
	m.Weights = make([][]float64, outputs)
	m.Bias = make([]float64, outputs)
	for k := range outputs {
		w := res.X[k*(d+1) : (k+1)*(d+1)]
		m.Weights[k] = append([]float64(nil), w[:d]...)
		m.Bias[k] = w[d]
	}
	m.Training = &TrainingStats{Rows: n, Iterations: res.MajorIterations, Loss: obj.loss(res.X), GradNorm: gn, Status: status}
	return m, nil
}

func hasNaN(xs []float64) bool {
	for _, v := range xs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return true
		}
	}
	return false
}

// objective is the mean loss plus (l2/2)·|w|² (biases are not penalised).
// Parameters are laid out per output: d weights then the bias. L-BFGS asks
// for the loss and then the gradient at the same point, so one pass computes
// both and the second call is served from the cache.
type objective struct {
	kind    string
	n, d, k int
	x       []float64 // n×d, row-major
	y       []float64
	yi      []int
	l2      float64

	at    []float64 // the point cached below
	f     float64
	g     []float64
	valid bool
}

func (o *objective) loss(p []float64) float64 {
	o.eval(p)
	return o.f
}

func (o *objective) grad(g, p []float64) {
	o.eval(p)
	copy(g, o.g)
}

// eval computes the loss and gradient at p unless p is the cached point.
func (o *objective) eval(p []float64) {
	if o.valid && slices.Equal(o.at, p) {
		return
	}
	o.at = append(o.at[:0], p...)
	if o.g == nil {
		o.g = make([]float64, len(p))
	}
	g := o.g
	clear(g)
	var total float64
	z := make([]float64, o.k)
	r := make([]float64, o.k) // d loss / d z
	for i := 0; i < o.n; i++ {
		xi := o.x[i*o.d : (i+1)*o.d]
		for k := 0; k < o.k; k++ {
			w := p[k*(o.d+1) : (k+1)*(o.d+1)]
			z[k] = dot(w[:o.d], xi) + w[o.d]
		}
		switch o.kind {
		case KindRegression:
			e := z[0] - o.y[i]
			total += float64(0.5 * float64(e*e))
			r[0] = e
		case KindLogistic:
			if o.yi[i] == 1 {
				total += softplus(-z[0])
			} else {
				total += softplus(z[0])
			}
			r[0] = sigmoid(z[0]) - float64(o.yi[i])
		default:
			mx := z[0]
			for _, v := range z[1:] {
				mx = max(mx, v)
			}
			var s float64
			for k, v := range z {
				r[k] = exp(v - mx)
				s += r[k]
			}
			total += mx + log(s) - z[o.yi[i]]
			for k := range r {
				r[k] /= s
			}
			r[o.yi[i]] -= 1
		}
		for k := 0; k < o.k; k++ {
			gk := g[k*(o.d+1) : (k+1)*(o.d+1)]
			for j, v := range xi {
				gk[j] += float64(r[k] * v)
			}
			gk[o.d] += r[k]
		}
	}
	inv := 1 / float64(o.n)
	var reg float64
	for k := 0; k < o.k; k++ {
		gk := g[k*(o.d+1) : (k+1)*(o.d+1)]
		w := p[k*(o.d+1) : (k+1)*(o.d+1)]
		reg += dot(w[:o.d], w[:o.d])
		for j := 0; j < o.d; j++ {
			gk[j] = float64(gk[j]*inv) + float64(o.l2*w[j])
		}
		gk[o.d] = float64(gk[o.d] * inv)
	}
	o.f = total/float64(o.n) + float64(0.5*o.l2*reg)
	o.valid = true
}

// ctxRecorder ends a fit when its context ends; it records nothing.
type ctxRecorder struct{ ctx context.Context }

// Init implements optimize.Recorder.
func (r ctxRecorder) Init() error { return r.ctx.Err() }

// Record implements optimize.Recorder: a non-nil error stops the optimiser.
func (r ctxRecorder) Record(*optimize.Location, optimize.Operation, *optimize.Stats) error {
	return r.ctx.Err()
}
