package zk

import (
	"runtime"
	"sync"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Fixed-base scalar multiplication with a comb of tables: a scalar s is
// Σ_k d_k·2^(w·k) with w-bit digits d_k, so with table[k][d-1] = d·2^(w·k)·G
// s·G is one mixed addition per window and no doubling. A ceremony multiplies
// the generators by millions of known scalars; gnark's per-point
// ScalarMultiplication (GLV: ~128 doublings and ~40 additions, then an
// inversion) costs ~88 µs for a G1 point here, a comb ~22 additions and a
// share of one batched inversion.

// combWindow picks the digit width for n scalars: the tables cost
// windows·2^w additions, the scalars n·windows.
func combWindow(n int) int {
	best, bestCost := 4, -1
	for w := 4; w <= 14; w++ {
		windows := (fr.Bits + w - 1) / w
		cost := windows*(1<<w) + n*windows
		if bestCost < 0 || cost < bestCost {
			best, bestCost = w, cost
		}
	}
	return best
}

// digit returns the w-bit digit k of a scalar in regular (not Montgomery) form.
func digit(s *[4]uint64, k, w int) uint64 {
	bit := k * w
	word, off := bit/64, uint(bit%64)
	if word >= 4 {
		return 0
	}
	d := s[word] >> off
	if off+uint(w) > 64 && word+1 < 4 {
		d |= s[word+1] << (64 - off)
	}
	return d & (1<<uint(w) - 1)
}

// parallelChunks runs f over [0, n) split among GOMAXPROCS goroutines.
func parallelChunks(n int, f func(start, end int)) {
	p := runtime.GOMAXPROCS(0)
	if p > n {
		p = n
	}
	if p <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for i := 0; i < p; i++ {
		start, end := i*n/p, (i+1)*n/p
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(start, end)
		}()
	}
	wg.Wait()
}

// fixedBaseG1 returns s·base for every scalar s (a zero scalar gives the
// point at infinity).
func fixedBaseG1(base *curve.G1Affine, scalars []fr.Element) []curve.G1Affine {
	w := combWindow(len(scalars))
	windows := (fr.Bits + w - 1) / w
	size := 1<<w - 1
	// table[k·size + d-1] = d·2^(w·k)·base
	jac := make([]curve.G1Jac, windows*size)
	var b curve.G1Jac
	b.FromAffine(base)
	for k := 0; k < windows; k++ {
		row := jac[k*size : (k+1)*size]
		row[0] = b
		for d := 1; d < size; d++ {
			row[d] = row[d-1]
			row[d].AddAssign(&b)
		}
		for j := 0; j < w; j++ {
			b.DoubleAssign()
		}
	}
	table := curve.BatchJacobianToAffineG1(jac)
	out := make([]curve.G1Jac, len(scalars))
	parallelChunks(len(scalars), func(start, end int) {
		for i := start; i < end; i++ {
			s := scalars[i].Bits()
			var p curve.G1Jac
			p.Z.SetZero() // infinity
			p.X.SetOne()
			p.Y.SetOne()
			for k := 0; k < windows; k++ {
				if d := digit(&s, k, w); d != 0 {
					p.AddMixed(&table[k*size+int(d)-1])
				}
			}
			out[i] = p
		}
	})
	return batchToAffineG1(out)
}

// batchToAffineG1 is curve.BatchJacobianToAffineG1 with its inversion split
// among the cores.
func batchToAffineG1(points []curve.G1Jac) []curve.G1Affine {
	res := make([]curve.G1Affine, len(points))
	parallelChunks(len(points), func(start, end int) {
		copy(res[start:end], curve.BatchJacobianToAffineG1(points[start:end]))
	})
	return res
}

// fixedBaseG2 is fixedBaseG1 in G2.
func fixedBaseG2(base *curve.G2Affine, scalars []fr.Element) []curve.G2Affine {
	w := combWindow(len(scalars))
	windows := (fr.Bits + w - 1) / w
	size := 1<<w - 1
	jac := make([]curve.G2Jac, windows*size)
	var b curve.G2Jac
	b.FromAffine(base)
	for k := 0; k < windows; k++ {
		row := jac[k*size : (k+1)*size]
		row[0] = b
		for d := 1; d < size; d++ {
			row[d] = row[d-1]
			row[d].AddAssign(&b)
		}
		for j := 0; j < w; j++ {
			b.DoubleAssign()
		}
	}
	table := batchToAffineG2(jac)
	out := make([]curve.G2Jac, len(scalars))
	parallelChunks(len(scalars), func(start, end int) {
		for i := start; i < end; i++ {
			s := scalars[i].Bits()
			var p curve.G2Jac
			p.Z.SetZero()
			p.X.SetOne()
			p.Y.SetOne()
			for k := 0; k < windows; k++ {
				if d := digit(&s, k, w); d != 0 {
					p.AddMixed(&table[k*size+int(d)-1])
				}
			}
			out[i] = p
		}
	})
	return batchToAffineG2(out)
}

// batchToAffineG2 converts Jacobian G2 points to affine with one inversion per
// core (Montgomery's trick); infinity becomes (0, 0) as in gnark-crypto.
func batchToAffineG2(points []curve.G2Jac) []curve.G2Affine {
	res := make([]curve.G2Affine, len(points))
	parallelChunks(len(points), func(start, end int) {
		pts, out := points[start:end], res[start:end]
		prefix := make([]curve.E2, len(pts)) // product of the non-zero Z before i
		var acc curve.E2
		acc.SetOne()
		for i := range pts {
			prefix[i] = acc
			if !pts[i].Z.IsZero() {
				acc.Mul(&acc, &pts[i].Z)
			}
		}
		var inv curve.E2
		inv.Inverse(&acc)
		for i := len(pts) - 1; i >= 0; i-- {
			if pts[i].Z.IsZero() {
				continue // (0, 0): infinity
			}
			var zInv, z2, z3 curve.E2
			zInv.Mul(&inv, &prefix[i])
			inv.Mul(&inv, &pts[i].Z)
			z2.Square(&zInv)
			z3.Mul(&z2, &zInv)
			out[i].X.Mul(&pts[i].X, &z2)
			out[i].Y.Mul(&pts[i].Y, &z3)
		}
	})
	return res
}
