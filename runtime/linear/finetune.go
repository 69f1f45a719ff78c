package linear

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/hokusai-protocol/hokusai"
)

// FineTuneOptions say how FineTune continues training a model.
type FineTuneOptions struct {
	Epochs       int     // passes over the rows, in all (a resumed run counts the ones done)
	BatchSize    int     // rows per gradient step
	LearningRate float64 // step size
	Seed         int64   // shuffles each epoch's rows: the same seed gives the same weights
	// L2 is the penalty on the weights; negative means the model's
	// recipe's.
	L2 float64
}

// FineTuneEpoch is the state after one epoch, given to FineTune's
// callback: the model so far (a copy the callback may keep) and the mean
// losses on the training and validation rows (0 without validation rows).
type FineTuneEpoch struct {
	Epoch     int
	Model     *Model
	TrainLoss float64
	ValidLoss float64
}

// FineTune continues training m on rows from m's weights (a warm start:
// the encoding, classes and features stay m's): mini-batch gradient
// descent, epochs start+1 … o.Epochs, each epoch's row order drawn from
// o.Seed and the epoch's number, so a run resumed from the model after
// epoch start ends with exactly the weights of a run never interrupted.
// After each epoch it calls onEpoch (an error stops the run). A row whose
// class m does not know, or whose values do not encode, is EINVALID
// naming the row; ctx's end stops the run between batches.
func FineTune(ctx context.Context, m *Model, rows, valid []hokusai.Row, o FineTuneOptions, start int, onEpoch func(FineTuneEpoch) error) (*Model, error) {
	if o.Epochs < 1 || o.BatchSize < 1 || !(o.LearningRate > 0) || start < 0 || start > o.Epochs {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Fine-tuning needs epochs ≥ 1, a batch size ≥ 1, a positive learning rate and a start within the epochs; got %+v from epoch %d.", o, start)
	}
	if len(rows) == 0 {
		return nil, hokusai.FieldErrorf("training_file", "Fine-tuning needs at least one training row.")
	}
	l2 := o.L2
	if l2 < 0 {
		l2 = 0
		if m.Recipe != nil {
			l2 = m.Recipe.L2
		}
	}
	train, err := m.objective(rows, l2, "training_file")
	if err != nil {
		return nil, err
	}
	var val *objective
	if len(valid) > 0 {
		if val, err = m.objective(valid, l2, "validation_file"); err != nil {
			return nil, err
		}
	}
	out := m.clone()
	params := out.params()
	n, d := train.n, train.d
	batch := &objective{kind: train.kind, d: d, k: train.k, l2: l2}
	g := make([]float64, len(params))
	order := make([]int, n)
	for epoch := start + 1; epoch <= o.Epochs; epoch++ {
		for i := range order {
			order[i] = i
		}
		r := rand.New(rand.NewPCG(uint64(o.Seed), uint64(epoch)))
		r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		for lo := 0; lo < n; lo += o.BatchSize {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("fine-tune: %w", err)
			}
			train.batch(batch, order[lo:min(lo+o.BatchSize, n)])
			batch.grad(g, params)
			for i := range params {
				params[i] -= o.LearningRate * g[i]
			}
		}
		if hasNaN(params) {
			return nil, hokusai.FieldErrorf("hyperparameters.learning_rate", "Training diverged in epoch %d (the weights overflowed); lower hyperparameters.learning_rate (now %g).", epoch, o.LearningRate)
		}
		out.setParams(params)
		ep := FineTuneEpoch{Epoch: epoch, Model: out.clone(), TrainLoss: train.loss(params)}
		if val != nil {
			ep.ValidLoss = val.loss(params)
		}
		ep.Model.Training = &TrainingStats{Rows: n, Iterations: epoch, Loss: ep.TrainLoss, Status: fmt.Sprintf("fine-tuned %d of %d epochs", epoch, o.Epochs)}
		if onEpoch != nil {
			if err := onEpoch(ep); err != nil {
				return nil, err
			}
		}
		out = ep.Model
	}
	if out.Training == nil {
		out.Training = &TrainingStats{Rows: n, Iterations: start, Loss: train.loss(params), Status: "fine-tuned"}
	}
	return out, nil
}

// objective encodes rows with m's encoding for a loss over m's outputs.
func (m *Model) objective(rows []hokusai.Row, l2 float64, field string) (*objective, error) {
	n, d := len(rows), m.enc.dim
	o := &objective{kind: m.Kind, n: n, d: d, k: len(m.Weights), x: make([]float64, n*d), l2: l2}
	idx := map[string]int{}
	for k, c := range m.Classes {
		idx[c] = k
	}
	for i, r := range rows {
		if err := m.enc.encode(r, o.x[i*d:(i+1)*d]); err != nil {
			return nil, hokusai.FieldErrorf(field, "Row %d: %s", i+1, hokusai.ErrorMessage(err))
		}
		if m.Kind == KindRegression {
			v, ok, err := hokusai.RowFloat(r, m.Target)
			if err != nil || !ok {
				return nil, hokusai.FieldErrorf(field, "Row %d has no number in the target column %s.", i+1, m.Target)
			}
			o.y = append(o.y, v)
			continue
		}
		c := hokusai.RowString(r, m.Target)
		k, ok := idx[c]
		if !ok {
			return nil, hokusai.FieldErrorf(field, "Row %d has %s = %q, a class the base model does not know (it knows %v).", i+1, m.Target, hokusai.Excerpt(c), m.Classes)
		}
		o.yi = append(o.yi, k)
	}
	return o, nil
}

// batch fills b with the rows at idx of o.
func (o *objective) batch(b *objective, idx []int) {
	b.n = len(idx)
	b.x, b.y, b.yi, b.valid = b.x[:0], b.y[:0], b.yi[:0], false
	for _, i := range idx {
		b.x = append(b.x, o.x[i*o.d:(i+1)*o.d]...)
		if o.y != nil {
			b.y = append(b.y, o.y[i])
		} else {
			b.yi = append(b.yi, o.yi[i])
		}
	}
}

// params lays m's weights out as the objective does: per output, the
// weights then the bias.
func (m *Model) params() []float64 {
	var p []float64
	for k, w := range m.Weights {
		p = append(p, w...)
		p = append(p, m.Bias[k])
	}
	return p
}

func (m *Model) setParams(p []float64) {
	d := m.enc.dim
	for k := range m.Weights {
		copy(m.Weights[k], p[k*(d+1):k*(d+1)+d])
		m.Bias[k] = p[k*(d+1)+d]
	}
}

// clone returns a deep copy of m's weights sharing its read-only encoding.
func (m *Model) clone() *Model {
	c := *m
	c.Weights = make([][]float64, len(m.Weights))
	for k, w := range m.Weights {
		c.Weights[k] = slices.Clone(w)
	}
	c.Bias = slices.Clone(m.Bias)
	if m.Training != nil {
		t := *m.Training
		c.Training = &t
	}
	return &c
}

// Accuracy is the share of rows whose target m predicts, for progress
// reports (benchmarks score with package eval).
func (m *Model) Accuracy(ctx context.Context, rows []hokusai.Row) (float64, error) {
	if len(rows) == 0 || m.Kind == KindRegression {
		return math.NaN(), nil
	}
	ps, err := m.Predict(ctx, rows)
	if err != nil {
		return 0, err
	}
	hit := 0
	for i, p := range ps {
		if p.Label == hokusai.RowString(rows[i], m.Target) {
			hit++
		}
	}
	return float64(hit) / float64(len(rows)), nil
}

// CheckRows returns the EINVALID error, naming field and the row, for the
// first row FineTune could not train m on: a value that does not encode
// or a class m does not know.
func (m *Model) CheckRows(rows []hokusai.Row, field string) error {
	_, err := m.objective(rows, 0, field)
	return err
}
