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
		l.FoldEvery = rapid.IntRange(1, 8).Draw(rt, "foldEvery")
		ctx := context.Background()
		consumers := []common.Address{addr(1), addr(2), addr(3), addr(4)}
		// The first consumer's credit runs out: every charge's acceptance
		// must follow from the exact balance (the cached one included).
		deposits := map[common.Address]int64{}
		for i, c := range consumers {
			deposits[c] = 1 << 40
			if i == 0 {
				deposits[c] = 5_000
			}
			deposit(t, l, c, deposits[c])
		}
		var paid, calls int64
		spent := map[common.Address]int64{}
		type cm struct {
			c common.Address
			m uint64
		}
		perCM := map[cm][2]int64{} // calls and amount by consumer and model
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
			switch rapid.IntRange(0, 11).Draw(rt, "op") {
			case 0, 1, 2, 3, 4, 5, 10, 11:
				c := consumers[rapid.IntRange(0, len(consumers)-1).Draw(rt, "consumer")]
				amount := rapid.SampledFrom([]int64{0, 1, 7, 1000, 2000}).Draw(rt, "amount")
				model := rapid.Uint64Range(1, 3).Draw(rt, "model")
				_, err := l.Charge(ctx, hokusai.Charge{Consumer: c.Hex(), ModelID: model, Calls: 1, Amount: amount})
				if spent[c]+amount > deposits[c] {
					if hokusai.ErrorCode(err) != hokusai.ECREDITS {
						rt.Fatalf("%s spent %d of %d and charged %d: want ECREDITS, got %v", c.Hex(), spent[c], deposits[c], amount, err)
					}
					continue
				}
				if err != nil {
					rt.Fatal(err)
				}
				paid += amount
				calls++
				spent[c] += amount
				v := perCM[cm{c, model}]
				perCM[cm{c, model}] = [2]int64{v[0] + 1, v[1] + amount}
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
		// Spendable, usage statistics and the unsettled total count every
		// charge, folded or not.
		for _, c := range consumers {
			cr, err := l.Credits(ctx, c.Hex())
			if err != nil {
				rt.Fatal(err)
			}
			if cr.Spendable != deposits[c]-spent[c] {
				rt.Fatalf("%s: spendable %d, want %d", c.Hex(), cr.Spendable, deposits[c]-spent[c])
			}
		}
		use, err := l.Usage(ctx, hokusai.UsageFilter{})
		if err != nil {
			rt.Fatal(err)
		}
		var useCalls, useAmount int64
		for _, u := range use {
			useCalls += int64(u.Calls)
			useAmount += u.Amount
		}
		if useCalls != calls || useAmount != paid {
			rt.Fatalf("usage statistics: %d calls, %d paid; want %d, %d", useCalls, useAmount, calls, paid)
		}
		// And by consumer and model: the folds (read back or summed in
		// memory) put each row in its place.
		for _, c := range consumers {
			for m := uint64(1); m <= 3; m++ {
				use, err := l.Usage(ctx, hokusai.UsageFilter{Consumer: c.Hex(), ModelID: &m})
				if err != nil {
					rt.Fatal(err)
				}
				var got [2]int64
				for _, u := range use {
					got[0] += int64(u.Calls)
					got[1] += u.Amount
				}
				if got != perCM[cm{c, m}] {
					rt.Fatalf("usage of %s on model %d: %v calls and amount, want %v", c.Hex(), m, got, perCM[cm{c, m}])
				}
			}
		}
		if st.Unsettled+st.SettledAmount != paid {
			rt.Fatalf("before draining: unsettled %d + settled %d != paid %d", st.Unsettled, st.SettledAmount, paid)
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

// A write by another connection drops the cached balances; they are read
// again with the unfolded usage added, so the credit still runs out at
// exactly the right call.
func TestCacheRereadsTailAfterOtherWriter(t *testing.T) {
	l, db := newLedger(t)
	ctx := context.Background()
	who := addr(11)
	deposit(t, l, who, 10_000)
	charge := func() error {
		_, err := l.Charge(ctx, hokusai.Charge{Consumer: who.Hex(), ModelID: 1, Calls: 1, Amount: 1_000})
		return err
	}
	for i := 0; i < 4; i++ {
		if err := charge(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.SQL().ExecContext(ctx, `INSERT INTO ledger_meta (name, value) VALUES ('other-writer', 'x')`); err != nil {
		t.Fatal(err)
	}
	ok := 0
	for charge() == nil {
		ok++
	}
	if ok != 6 {
		t.Fatalf("after another writer, %d more calls went through; want 6", ok)
	}
	cr, err := l.Credits(ctx, who.Hex())
	if err != nil || cr.Spendable != 0 || cr.Unsettled != 10_000 {
		t.Fatalf("credits %+v, %v", cr, err)
	}
}
