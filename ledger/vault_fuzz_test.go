package ledger_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/ledger"
)

// FuzzDecodeVaultEvent feeds logs with the vault's event ids and arbitrary
// topics and data: decoding never panics, and an accepted event has a
// known kind and an amount that fits (≥ 0).
func FuzzDecodeVaultEvent(f *testing.F) {
	abi := bindings.NewCreditVault().GetABI()
	var ids []common.Hash
	for _, name := range []string{"Deposited", "WithdrawalRequested", "WithdrawalCancelled", "Withdrawn", "Debited"} {
		ids = append(ids, abi.Events[name].ID)
	}
	word := func(b byte) []byte { w := make([]byte, 32); w[31] = b; return w }
	f.Add(uint8(0), []byte{}, []byte{1}, append(word(5), word(7)...))
	f.Add(uint8(1), []byte{}, []byte{2}, append(word(9), word(3)...))
	f.Add(uint8(2), []byte{}, []byte{3}, []byte{})
	f.Add(uint8(3), []byte{}, []byte{4}, append(make([]byte, 32), word(1)...))
	f.Add(uint8(0), []byte{1}, []byte{}, append([]byte{0x80}, make([]byte, 63)...))
	f.Fuzz(func(t *testing.T, which uint8, extra, account, data []byte) {
		l := &types.Log{Topics: []common.Hash{ids[int(which)%len(ids)]}, Data: data}
		if len(account) > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(account))
		}
		if len(extra) > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(extra))
		}
		ev, ok, err := ledger.DecodeVaultEvent(l)
		if !ok || err != nil {
			return
		}
		switch ev.Kind {
		case "deposit", "request", "cancel", "withdraw":
		default:
			t.Fatalf("unknown kind %q", ev.Kind)
		}
		if ev.Amount < 0 {
			t.Fatalf("negative amount %d", ev.Amount)
		}
	})
}
