package chain_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
)

// FuzzDecodeError feeds arbitrary revert data, with and without a known
// selector in front, through DecodeError: it must never panic and always
// give a *hokusai.Error with a sentence. Run longer with
// `go test -fuzz FuzzDecodeError ./chain/`.
func FuzzDecodeError(f *testing.F) {
	pool := bindings.NewModelPool().GetABI()
	f.Add([]byte{}, uint8(0))
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0, 1, 2}, uint8(0))
	f.Add(make([]byte, 64), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, pick uint8) {
		// Half the time, put a real custom error's selector in front.
		if pick%2 == 1 {
			names := []string{"SlippageExceeded", "TradeTooLarge", "BuyOnlyWindow", "DeadlinePassed", "InsufficientRedeemable", "ZeroAmount"}
			id := pool.Errors[names[int(pick/2)%len(names)]].ID
			data = append(append([]byte{}, id[:4]...), data...)
		}
		err := chain.DecodeError(rpcRevert{hexutil.Encode(data)}, chain.ProtocolABIs()...)
		var he *hokusai.Error
		if !errors.As(err, &he) || he.Message == "" || he.Code == "" {
			t.Fatalf("DecodeError(%x) = %v", data, err)
		}
	})
}

// MinOut never exceeds the quote and gives up at most the slippage (and
// one unit of rounding).
func TestMinOutProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		q := new(big.Int).SetUint64(rapid.Uint64().Draw(t, "quote"))
		q.Mul(q, new(big.Int).SetUint64(rapid.Uint64Range(1, 1e12).Draw(t, "scale")))
		bps := rapid.Uint64Range(0, 12_000).Draw(t, "bps")
		m := chain.MinOut(q, bps)
		if m.Sign() < 0 || m.Cmp(q) > 0 {
			t.Fatalf("MinOut(%v, %d) = %v outside [0, quote]", q, bps, m)
		}
		if bps >= 10_000 {
			if m.Sign() != 0 {
				t.Fatalf("MinOut(%v, %d) = %v, want 0", q, bps, m)
			}
			return
		}
		// q·(1 − bps/10⁴) − 1 < m ≤ q·(1 − bps/10⁴)
		exact := new(big.Rat).Mul(new(big.Rat).SetInt(q), big.NewRat(int64(10_000-bps), 10_000))
		mr := new(big.Rat).SetInt(m)
		if mr.Cmp(exact) > 0 || new(big.Rat).Add(mr, big.NewRat(1, 1)).Cmp(exact) <= 0 {
			t.Fatalf("MinOut(%v, %d) = %v, exact %v", q, bps, m, exact.FloatString(3))
		}
	})
}
