package storetest

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// testModelOwner: a sale moves a model's owner and nothing else; applying
// it again changes nothing; the creation recorded again does not undo it;
// a reorganisation's re-read moves it back; an unknown model is
// ENOTFOUND and a bad owner or block EINVALID, with nothing changed.
func testModelOwner(t *testing.T, open func(t *testing.T) hokusai.ModelService) {
	ctx := context.Background()
	s := open(t)
	seller, buyer := "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222"
	m, other := NewModel(1, "SOLD"), NewModel(2, "KEPT")
	other.BlockNumber = m.BlockNumber - 10 // created first: outlives a reorganisation that takes m
	for _, x := range []*hokusai.Model{m, other} {
		if err := s.UpsertModel(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	check := func(step, owner string, ownerBlock uint64) {
		t.Helper()
		got, err := s.FindModelByID(ctx, 1)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		want := *m
		want.Owner = owner
		if d := EqualModels(&want, got); d != "" || got.OwnerBlock != ownerBlock {
			t.Fatalf("%s: %s; owner block %d, want %d", step, d, got.OwnerBlock, ownerBlock)
		}
		if got, _ := s.FindModelByID(ctx, 2); got.Owner != seller || got.OwnerBlock != other.BlockNumber {
			t.Fatalf("%s: the other model's owner is %s as of %d", step, got.Owner, got.OwnerBlock)
		}
		for _, who := range []string{seller, buyer} {
			o := strings.ToUpper(who[2:])
			o = "0x" + o
			ms, _, err := s.FindModels(ctx, hokusai.ModelFilter{Owner: &o})
			if err != nil {
				t.Fatal(err)
			}
			if owns := slices.Contains(ids(ms), 1); owns != strings.EqualFold(who, owner) {
				t.Fatalf("%s: the owner filter for %s lists %v", step, who, ids(ms))
			}
		}
	}
	after := func(step string, block uint64, want ...uint64) {
		t.Helper()
		got, err := s.FindModelsOwnedAfter(ctx, block)
		if err != nil || !slices.Equal(got, append([]uint64{}, want...)) {
			t.Fatalf("%s: models owned after %d: %v %v, want %v", step, block, got, err, want)
		}
	}
	check("created", seller, m.BlockNumber)
	after("created", other.BlockNumber, 1)
	after("created", m.BlockNumber)

	if err := s.SetModelOwner(ctx, 1, buyer, 150); err != nil {
		t.Fatal(err)
	}
	check("sold", buyer, 150)
	if err := s.SetModelOwner(ctx, 1, buyer, 150); err != nil {
		t.Fatal(err)
	}
	check("sale applied again", buyer, 150)
	after("sold", 149, 1)
	after("sold", 150)
	after("sold", 0, 1, 2)

	if err := s.UpsertModel(ctx, m); err != nil {
		t.Fatal(err)
	}
	check("creation recorded again", buyer, 150)

	for name, c := range map[string]struct {
		id    uint64
		owner string
		block uint64
		code  string
		field string
	}{
		"unknown model":    {42, seller, 160, hokusai.ENOTFOUND, ""},
		"id zero":          {0, seller, 160, hokusai.ENOTFOUND, ""},
		"id past int64":    {math.MaxUint64, seller, 160, hokusai.ENOTFOUND, ""},
		"not an address":   {1, "0x1234", 160, hokusai.EINVALID, "owner"},
		"no 0x":            {1, strings.Repeat("a", 42), 160, hokusai.EINVALID, "owner"},
		"not hex":          {1, "0x" + strings.Repeat("g", 40), 160, hokusai.EINVALID, "owner"},
		"block past int64": {1, seller, math.MaxInt64 + 1, hokusai.EINVALID, "block_number"},
	} {
		err := s.SetModelOwner(ctx, c.id, c.owner, c.block)
		if code(err) != c.code || hokusai.ErrorField(err) != c.field || hokusai.ErrorMessage(err) == "" {
			t.Fatalf("%s: %v; want %s (field %q)", name, err, c.code, c.field)
		}
	}
	check("after refused sales", buyer, 150)
	if _, err := s.FindModelByID(ctx, 42); code(err) != hokusai.ENOTFOUND {
		t.Fatalf("a refused sale created model 42: %v", err)
	}

	// A reorganisation back to block 120 re-reads the seller as of 120.
	if err := s.SetModelOwner(ctx, 1, seller, 120); err != nil {
		t.Fatal(err)
	}
	check("re-read after a reorganisation", seller, 120)
	after("re-read", 120)
	after("re-read", 119, 1)
	// A reorganisation below the creation deletes the model and its sale.
	if err := s.SetModelOwner(ctx, 1, buyer, 150); err != nil {
		t.Fatal(err)
	}
	if n, err := s.DeleteModelsAfter(ctx, m.BlockNumber-1); err != nil || n != 1 {
		t.Fatalf("delete after %d: %d %v", m.BlockNumber-1, n, err)
	}
	after("deleted", 0, 2)
	if err := s.SetModelOwner(ctx, 1, buyer, 150); code(err) != hokusai.ENOTFOUND {
		t.Fatalf("a sale of a deleted model: %v", err)
	}
}

// testModelOwnerProperty: random creations, sales, re-reads and
// reorganisations agree with a map of each model's owner and owner block.
// One store serves every run; each run has its own ids and tickers.
func testModelOwnerProperty(t *testing.T, open func(t *testing.T) hokusai.ModelService) {
	ctx := context.Background()
	s := open(t)
	run := 0
	rapid.Check(t, func(rt *rapid.T) {
		run++
		base := uint64(run) * 100
		suffix := string([]byte{byte('A' + run/676%26), byte('A' + run/26%26), byte('A' + run%26)})
		type owned struct {
			owner        string
			block, owned uint64
		}
		want := map[uint64]*owned{}
		accounts := []string{"0x00000000000000000000000000000000000000a1", "0x00000000000000000000000000000000000000B2", "0x00000000000000000000000000000000000000c3"}
		for i := range rapid.IntRange(1, 25).Draw(rt, "n") {
			id := base + rapid.Uint64Range(1, 5).Draw(rt, "id")
			block := rapid.Uint64Range(1, 60).Draw(rt, "block")
			who := rapid.SampledFrom(accounts).Draw(rt, "owner")
			switch rapid.IntRange(0, 3).Draw(rt, "op") {
			case 0: // created (or its creation recorded again)
				m := NewModel(id, fmt.Sprintf("P%s%c", suffix, 'A'+rune(id%26)))
				m.Owner, m.BlockNumber = who, block
				if w, ok := want[id]; ok {
					m.BlockNumber = w.block // one model, one creating block
				}
				if err := s.UpsertModel(ctx, m); err != nil {
					rt.Fatalf("step %d: %v", i, err)
				}
				if w, ok := want[id]; !ok {
					want[id] = &owned{who, block, block}
				} else if w.owned <= w.block {
					w.owner, w.owned = who, w.block
				}
			case 1, 2: // sold, or re-read
				err := s.SetModelOwner(ctx, id, who, block)
				w, ok := want[id]
				if !ok {
					if code(err) != hokusai.ENOTFOUND {
						rt.Fatalf("step %d: a sale of unknown model %d: %v", i, id, err)
					}
					continue
				}
				if err != nil {
					rt.Fatalf("step %d: %v", i, err)
				}
				w.owner, w.owned = who, block
			case 3: // reorganised below some creations
				if _, err := s.DeleteModelsAfter(ctx, block); err != nil {
					rt.Fatal(err)
				}
				for id, w := range want {
					if w.block > block {
						delete(want, id)
					}
				}
				// Other runs' models (blocks up to 60) may go too; none of
				// this run's checks look at them.
			}
		}
		for id := base + 1; id <= base+5; id++ {
			got, err := s.FindModelByID(ctx, id)
			w, ok := want[id]
			if !ok {
				if code(err) != hokusai.ENOTFOUND {
					rt.Fatalf("model %d: %v, want ENOTFOUND", id, err)
				}
				continue
			}
			if err != nil || got.Owner != w.owner || got.OwnerBlock != w.owned || got.BlockNumber != w.block {
				rt.Fatalf("model %d: %+v %v; want owner %s as of %d, created at %d", id, got, err, w.owner, w.owned, w.block)
			}
		}
		b := rapid.Uint64Range(0, 61).Draw(rt, "after")
		got, err := s.FindModelsOwnedAfter(ctx, b)
		if err != nil {
			rt.Fatal(err)
		}
		var mine, wantIDs []uint64
		for _, id := range got {
			if id > base && id <= base+5 {
				mine = append(mine, id)
			}
		}
		for id, w := range want {
			if w.owned > b {
				wantIDs = append(wantIDs, id)
			}
		}
		slices.Sort(wantIDs)
		if !slices.Equal(mine, wantIDs) {
			rt.Fatalf("owned after %d: %v, want %v", b, mine, wantIDs)
		}
	})
}
