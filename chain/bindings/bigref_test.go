package bindings_test

import (
	"math"
	"math/big"
)

var mathPow = math.Pow

// An exact reference for the curve in big.Float at refPrec bits.
const refPrec = 512

func bf(x *big.Int) *big.Float { return new(big.Float).SetPrec(refPrec).SetInt(x) }

func bfFrac(num, den *big.Int) *big.Float {
	return new(big.Float).SetPrec(refPrec).Quo(bf(num), bf(den))
}

var ln2 = func() *big.Float {
	// ln 2 = 2·atanh(1/3)
	return atanh2(new(big.Float).SetPrec(refPrec).Quo(big.NewFloat(1).SetPrec(refPrec), big.NewFloat(3).SetPrec(refPrec)))
}()

// atanh2 returns 2·atanh(z) = ln((1+z)/(1−z)) for |z| < 1.
func atanh2(z *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(refPrec)
	z2 := new(big.Float).SetPrec(refPrec).Mul(z, z)
	pow := new(big.Float).SetPrec(refPrec).Set(z)
	eps := new(big.Float).SetPrec(refPrec).SetMantExp(big.NewFloat(1), -refPrec-8)
	for k := int64(0); k < 100000; k++ {
		term := new(big.Float).SetPrec(refPrec).Quo(pow, new(big.Float).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(new(big.Float).Mul(eps, new(big.Float).Abs(sum))) < 0 {
			break
		}
		pow.Mul(pow, z2)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigLn returns ln(y) for y > 0.
func bigLn(y *big.Float) *big.Float {
	// y = m·2^e with m in [0.5, 1): ln y = e·ln2 + ln m.
	m := new(big.Float).SetPrec(refPrec)
	e := y.MantExp(m)
	one := big.NewFloat(1).SetPrec(refPrec)
	z := new(big.Float).SetPrec(refPrec).Quo(new(big.Float).SetPrec(refPrec).Sub(m, one), new(big.Float).SetPrec(refPrec).Add(m, one))
	r := atanh2(z)
	return r.Add(r, new(big.Float).SetPrec(refPrec).Mul(ln2, new(big.Float).SetInt64(int64(e))))
}

// bigExpm1 returns e^x − 1 without cancellation for small x.
func bigExpm1(x *big.Float) *big.Float {
	// x = n·ln2 + r, |r| ≤ ln2/2; then halve r until tiny and square back.
	nf := new(big.Float).SetPrec(refPrec).Quo(x, ln2)
	n, _ := nf.Int64()
	r := new(big.Float).SetPrec(refPrec).Sub(x, new(big.Float).SetPrec(refPrec).Mul(ln2, new(big.Float).SetInt64(n)))
	// Taylor for e^r − 1.
	sum := new(big.Float).SetPrec(refPrec)
	term := new(big.Float).SetPrec(refPrec).Set(r)
	for k := int64(2); k < 2000; k++ {
		sum.Add(sum, term)
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetInt64(k))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -refPrec-8 {
			break
		}
	}
	if n == 0 {
		return sum
	}
	// e^x − 1 = 2^n·(sum + 1) − 1
	one := big.NewFloat(1).SetPrec(refPrec)
	v := new(big.Float).SetPrec(refPrec).Add(sum, one)
	v.SetMantExp(v, int(n))
	return v.Sub(v, one)
}

// refBuy returns s·((1 + e/r)^w − 1) with w given in wad.
func refBuy(s, r, wWad, e *big.Int) *big.Float {
	w := bfFrac(wWad, wad)
	x := new(big.Float).SetPrec(refPrec).Add(big.NewFloat(1).SetPrec(refPrec), bfFrac(e, r))
	l := bigLn(x)
	g := bigExpm1(l.Mul(l, w))
	return g.Mul(g, bf(s))
}

// refSell returns r·(1 − (1 − t/s)^(1/w)).
func refSell(s, r, wWad, t *big.Int) *big.Float {
	a := bfFrac(wad, wWad)
	y := new(big.Float).SetPrec(refPrec).Sub(big.NewFloat(1).SetPrec(refPrec), bfFrac(t, s))
	if y.Sign() == 0 {
		return bf(r)
	}
	l := bigLn(y)
	g := bigExpm1(l.Mul(l, a)) // (1−t)^a − 1 ≤ 0
	g.Neg(g)
	return g.Mul(g, bf(r))
}

func pow(x, y float64) float64 {
	f, _ := new(big.Float).SetFloat64(x).Float64()
	return mathPow(f, y)
}
