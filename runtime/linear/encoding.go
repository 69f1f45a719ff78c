package linear

import (
	"math"
	"slices"

	"github.com/hokusai-protocol/hokusai"
)

// Feature kinds.
const (
	Numeric     = "numeric"     // standardised with the training mean and scale
	Categorical = "categorical" // one-hot over the categories seen in training, sorted
)

// Feature says how one input column becomes model inputs. The encoding is
// recorded in the model so that prediction encodes exactly as training did.
type Feature struct {
	Name       string   `json:"name"`
	Kind       string   `json:"kind"`
	Mean       float64  `json:"mean,omitempty"`       // numeric: training mean (missing values become it)
	Scale      float64  `json:"scale,omitempty"`      // numeric: training standard deviation, 1 when constant
	Categories []string `json:"categories,omitempty"` // categorical: sorted; an unseen value encodes as all zeros
}

// width is the number of model inputs the feature produces.
func (f *Feature) width() int {
	if f.Kind == Categorical {
		return len(f.Categories)
	}
	return 1
}

// fitFeatures decides each column's kind and records its statistics, reading
// the rows in order so the result never depends on map iteration.
func fitFeatures(rows []hokusai.Row, names []string, forceCategorical []string) ([]Feature, error) {
	feats := make([]Feature, 0, len(names))
	for _, name := range names {
		f := Feature{Name: name, Kind: Numeric}
		if slices.Contains(forceCategorical, name) {
			f.Kind = Categorical
		} else {
			for _, r := range rows {
				if _, _, err := hokusai.RowFloat(r, name); err != nil {
					f.Kind = Categorical
					break
				}
			}
		}
		if f.Kind == Categorical {
			seen := map[string]bool{}
			for _, r := range rows {
				v := hokusai.RowString(r, name)
				if !seen[v] {
					seen[v] = true
					f.Categories = append(f.Categories, v)
				}
			}
			slices.Sort(f.Categories)
		} else {
			var sum float64
			n := 0
			for _, r := range rows {
				if v, ok, _ := hokusai.RowFloat(r, name); ok {
					sum += v
					n++
				}
			}
			if n > 0 {
				f.Mean = sum / float64(n)
			}
			var ss float64
			for _, r := range rows {
				if v, ok, _ := hokusai.RowFloat(r, name); ok {
					d := v - f.Mean
					ss += float64(d * d)
				}
			}
			f.Scale = 1
			if n > 0 {
				if sd := math.Sqrt(ss / float64(n)); sd > 0 {
					f.Scale = sd
				}
			}
		}
		feats = append(feats, f)
	}
	return feats, nil
}

// encoder turns rows into dense input vectors.
type encoder struct {
	feats []Feature
	dim   int
	index []map[string]int // categorical features: category → offset within the feature
}

func newEncoder(feats []Feature) *encoder {
	e := &encoder{feats: feats, index: make([]map[string]int, len(feats))}
	for i := range feats {
		if feats[i].Kind == Categorical {
			m := make(map[string]int, len(feats[i].Categories))
			for j, c := range feats[i].Categories {
				m[c] = j
			}
			e.index[i] = m
		}
		e.dim += feats[i].width()
	}
	return e
}

// encode writes row's inputs into x (length e.dim). A missing numeric value
// encodes as the training mean, an unseen category as all zeros.
func (e *encoder) encode(r hokusai.Row, x []float64) error {
	clear(x)
	off := 0
	for i := range e.feats {
		f := &e.feats[i]
		if f.Kind == Categorical {
			if j, ok := e.index[i][hokusai.RowString(r, f.Name)]; ok {
				x[off+j] = 1
			}
		} else {
			v, ok, err := hokusai.RowFloat(r, f.Name)
			if err != nil {
				return err
			}
			if ok {
				x[off] = (v - f.Mean) / f.Scale
			}
		}
		off += f.width()
	}
	return nil
}

// names lists the feature names in order.
func (e *encoder) names() []string {
	out := make([]string, len(e.feats))
	for i, f := range e.feats {
		out[i] = f.Name
	}
	return out
}
