package linear

import (
	"slices"

	"github.com/hokusai-protocol/hokusai"
)

// FitFeatures returns the encoding Train would fit to rows under recipe:
// every model of one benchmark re-expressed in the encoding fitted to the
// whole benchmark (Reencode) reads the same inputs.
func FitFeatures(rows []hokusai.Row, recipe hokusai.TrainingRecipe) ([]Feature, error) {
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
	}
	return fitFeatures(rows, names, recipe.Categorical)
}

// Reencode returns m re-expressed over the encoding feats: the same logits
// on every row (up to float rounding) whose numeric values are present.
// A category m never saw gets weight 0, as m's own encoding gives it no
// input; a numeric feature's weight and the bias absorb the change of mean
// and scale. Every feature of m must be in feats with the same kind and,
// for a categorical one, every category m knows.
func (m *Model) Reencode(feats []Feature) (*Model, error) {
	out := &Model{Format: m.Format, Kind: m.Kind, Target: m.Target, Classes: slices.Clone(m.Classes),
		Features: feats, Bias: slices.Clone(m.Bias), Recipe: m.Recipe, Training: m.Training}
	enc := newEncoder(feats)
	out.Weights = make([][]float64, len(m.Weights))
	for k := range out.Weights {
		out.Weights[k] = make([]float64, enc.dim)
	}
	offsets := make(map[string]int, len(feats))
	starts := make([]int, len(feats))
	off := 0
	for i := range feats {
		offsets[feats[i].Name] = i
		starts[i] = off
		off += feats[i].width()
	}
	src := 0
	for _, f := range m.Features {
		i, ok := offsets[f.Name]
		if !ok || feats[i].Kind != f.Kind {
			return nil, hokusai.FieldErrorf("features", "Feature %s of the model is not a %s feature of the common encoding.", f.Name, f.Kind)
		}
		g := &feats[i]
		if f.Kind == Categorical {
			for j, c := range f.Categories {
				t, known := enc.index[i][c]
				if !known {
					return nil, hokusai.FieldErrorf("features", "Category %q of feature %s is not in the common encoding.", c, f.Name)
				}
				for k := range m.Weights {
					out.Weights[k][starts[i]+t] = m.Weights[k][src+j]
				}
			}
		} else {
			// w·(x−μm)/σm = (w·σg/σm)·(x−μg)/σg + w·(μg−μm)/σm
			for k := range m.Weights {
				w := m.Weights[k][src]
				out.Weights[k][starts[i]] = w * g.Scale / f.Scale
				out.Bias[k] += w * (g.Mean - f.Mean) / f.Scale
			}
		}
		src += f.width()
	}
	out.enc = enc
	return out, nil
}
