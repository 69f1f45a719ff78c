package zk

import (
	"math/big"
	"sync"
)

// The "no reward for noise" gate of a zkProof mint is an exact one-sided
// sign test at 95%: of the m = b + c rows on which the head and the
// candidate disagree, the candidate is right on b. Under the null hypothesis
// (the candidate is no better) b is Binomial(m, ½); the improvement is
// significant when P(X ≥ b) ≤ 5%, that is when b reaches the critical value
// k(m), the smallest k with 20·Σ_{i≥k} C(m,i) ≤ 2^m. The contract looks k(m)
// up in a table (SignTest.sol, generated from SignTestTable).

// SignTestMaxTrials is the largest m the table covers: every split a proof
// can have.
const SignTestMaxTrials = MaxRows

var criticalOnce = sync.OnceValue(func() []int {
	out := make([]int, SignTestMaxTrials+1)
	row := []*big.Int{big.NewInt(1)} // binomial coefficients C(m, ·)
	for m := 0; m <= SignTestMaxTrials; m++ {
		if m > 0 {
			next := make([]*big.Int, m+1)
			next[0], next[m] = big.NewInt(1), big.NewInt(1)
			for i := 1; i < m; i++ {
				next[i] = new(big.Int).Add(row[i-1], row[i])
			}
			row = next
		}
		limit := new(big.Int).Lsh(big.NewInt(1), uint(m)) // 2^m
		tail := new(big.Int)
		k := m + 1
		for i := m; i >= 0; i-- {
			tail.Add(tail, row[i])
			if new(big.Int).Mul(tail, big.NewInt(20)).Cmp(limit) > 0 {
				break
			}
			k = i
		}
		out[m] = k
	}
	return out
})

// CriticalValue returns k(m): the fewest candidate-only rows out of m
// disagreements that pass the sign test.
func CriticalValue(m int) int { return criticalOnce()[m] }

// SignTestPasses reports whether b candidate-only rows against c head-only
// rows are significant at 95%, one-sided.
func SignTestPasses(b, c int) bool {
	m := b + c
	if b < 0 || c < 0 || m > SignTestMaxTrials {
		return false
	}
	return b >= CriticalValue(m)
}

// SignTestTable returns the table the contract reads: for every m, k(m) − ⌊m/2⌋
// as one byte.
func SignTestTable() []byte {
	out := make([]byte, SignTestMaxTrials+1)
	for m := range out {
		d := CriticalValue(m) - m/2
		if d < 0 || d > 255 {
			panic("sign test table entry does not fit a byte")
		}
		out[m] = byte(d)
	}
	return out
}
