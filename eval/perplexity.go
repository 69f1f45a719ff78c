package eval

import (
	"math"

	"github.com/hokusai-protocol/hokusai"
)

// Bounds on a perplexity evaluation's token log-probabilities, so an
// endpoint cannot make the evaluator hold or sum without limit.
const (
	MaxRowTokens        = 8192    // scored tokens in one row
	MaxPerplexityTokens = 1 << 22 // scored tokens over all rows
)

// Perplexity returns exp(−mean log p) over every scored token of every row:
// the corpus perplexity of a language model on a text benchmark, from each
// row's token log-probabilities (natural log, as OpenAI-compatible
// endpoints report them). Lower is better. A row without tokens, a
// log-probability that is not finite or above 0, or more tokens than the
// bounds allow is an EINVALID error.
func Perplexity(logprobs [][]float64) (float64, error) {
	if len(logprobs) == 0 {
		return 0, hokusai.FieldErrorf("logprobs", "There are no rows to score: perplexity needs at least one row's token log-probabilities.")
	}
	var sum float64
	n := 0
	for i, row := range logprobs {
		if len(row) == 0 {
			return 0, hokusai.FieldErrorf("logprobs", "Row %d has no scored tokens: give each row a non-empty text.", i)
		}
		if len(row) > MaxRowTokens {
			return 0, hokusai.FieldErrorf("logprobs", "Row %d has %d tokens; the limit is %d per row: shorten the text.", i, len(row), MaxRowTokens)
		}
		n += len(row)
		if n > MaxPerplexityTokens {
			return 0, hokusai.FieldErrorf("logprobs", "The rows hold more than %d tokens: score fewer or shorter rows.", MaxPerplexityTokens)
		}
		for j, lp := range row {
			if math.IsNaN(lp) || math.IsInf(lp, 0) || lp > 0 {
				return 0, hokusai.FieldErrorf("logprobs", "Row %d token %d has log-probability %v: each must be a finite number ≤ 0.", i, j, lp)
			}
			sum += lp
		}
	}
	return math.Exp(-sum / float64(n)), nil
}
