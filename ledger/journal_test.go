package ledger_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/ledger"
)

// Journaling by cursor, under random charges (paid and free), batches cut
// short by maxEntries, abandoned batches and settlements: every paid call
// ends up in exactly one live batch, each batch's recorded total is the sum
// of the usage rows assigned to it, and the ledger's unsettled total and
// settlement lag agree with the batches.
func TestJournalCursorProperty(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		l, _ := newLedger(t)
		ctx := context.Background()
		consumers := []common.Address{addr(1), addr(2), addr(3), addr(4)}
		for _, c := range consumers {
			deposit(t, l, c, 1<<40)
		}
		var paid int64
		var pending []int64
		journal := func(maxEntries int) *ledger.Batch {
			b, err := l.Journal(ctx, 1337, common.Address{1}, maxEntries)
			if err != nil {
				rt.Fatal(err)
			}
			if b != nil {
				if len(b.Entries) > maxEntries {
					rt.Fatalf("batch of %d entries, max %d", len(b.Entries), maxEntries)
				}
				pending = append(pending, b.ID)
			}
			return b
		}
		steps := rapid.IntRange(1, 60).Draw(rt, "steps")
		for i := 0; i < steps; i++ {
			switch rapid.IntRange(0, 9).Draw(rt, "op") {
			case 0, 1, 2, 3, 4, 5:
				c := consumers[rapid.IntRange(0, len(consumers)-1).Draw(rt, "consumer")]
				amount := rapid.SampledFrom([]int64{0, 1, 7, 1000}).Draw(rt, "amount")
				model := rapid.Uint64Range(1, 3).Draw(rt, "model")
				if _, err := l.Charge(ctx, hokusai.Charge{Consumer: c.Hex(), ModelID: model, Calls: 1, Amount: amount}); err != nil {
					rt.Fatal(err)
				}
				paid += amount
			case 6, 7:
				journal(rapid.IntRange(1, 4).Draw(rt, "maxEntries"))
			case 8:
				if len(pending) > 0 {
					j := rapid.IntRange(0, len(pending)-1).Draw(rt, "abandon")
					if err := l.Abandon(ctx, pending[j], "test", nil); err != nil {
						rt.Fatal(err)
					}
					pending = append(pending[:j], pending[j+1:]...)
				}
			case 9:
				if len(pending) > 0 {
					j := rapid.IntRange(0, len(pending)-1).Draw(rt, "settle")
					if err := l.MarkSettled(ctx, pending[j], ledger.Settlement{}); err != nil {
						rt.Fatal(err)
					}
					pending = append(pending[:j], pending[j+1:]...)
				}
			}
		}
		st, err := l.Stats(ctx)
		if err != nil {
			rt.Fatal(err)
		}
		if st.OldestUnsettled.IsZero() != (st.Unsettled == 0) {
			rt.Fatalf("oldest unsettled %v with %d unsettled", st.OldestUnsettled, st.Unsettled)
		}
		for journal(4) != nil {
		}
		batches, err := l.Batches(ctx, "")
		if err != nil {
			rt.Fatal(err)
		}
		var live int64
		for _, b := range batches {
			var rows int64
			for _, e := range b.Entries {
				rows += int64(e.Amount)
			}
			if b.Status == ledger.StatusAbandoned {
				if rows != 0 {
					rt.Fatalf("abandoned batch %d still holds %d of usage", b.ID, rows)
				}
				continue
			}
			if rows != b.Total {
				rt.Fatalf("batch %d: total %d, its usage rows sum to %d", b.ID, b.Total, rows)
			}
			live += b.Total
		}
		if live != paid {
			rt.Fatalf("live batches hold %d, consumers paid %d", live, paid)
		}
		st, _ = l.Stats(ctx)
		if st.Unsettled+st.SettledAmount != paid {
			rt.Fatalf("unsettled %d + settled %d != paid %d", st.Unsettled, st.SettledAmount, paid)
		}
	})
}
