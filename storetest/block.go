package storetest

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

func hashOf(n uint64) string { return fmt.Sprintf("0x%064x", n) }

func blocksOf(ns ...uint64) []hokusai.Block {
	out := make([]hokusai.Block, len(ns))
	for i, n := range ns {
		out[i] = hokusai.Block{Number: n, Hash: hashOf(n)}
	}
	return out
}

// TestBlockService is the suite every BlockService must pass: blocks read
// back newest first, per indexer; the window forgets old blocks; a block
// at or below the newest is a conflict; removing after a block undoes
// the newer ones; and a model-based test against a slice.
func TestBlockService(t *testing.T, open func(t *testing.T) hokusai.BlockService) {
	ctx := context.Background()
	t.Run("EmptyHasNone", func(t *testing.T) {
		s := open(t)
		if b, ok, err := s.LastBlock(ctx, "ix"); ok || err != nil || b != (hokusai.Block{}) {
			t.Fatalf("LastBlock = %+v %v %v; want none", b, ok, err)
		}
		if bs, err := s.RecentBlocks(ctx, "ix"); len(bs) != 0 || err != nil {
			t.Fatalf("RecentBlocks = %v %v; want none", bs, err)
		}
	})
	t.Run("AddWindowRemove", func(t *testing.T) {
		s := open(t)
		if err := s.AddBlocks(ctx, "ix", blocksOf(3, 4, 7), 5); err != nil {
			t.Fatal(err)
		}
		if err := s.AddBlocks(ctx, "other", blocksOf(100), 5); err != nil {
			t.Fatal(err)
		}
		if err := s.AddBlocks(ctx, "ix", blocksOf(8, 10), 5); err != nil {
			t.Fatal(err)
		}
		// The window keeps blocks above 10 − 5 = 5.
		if bs, err := s.RecentBlocks(ctx, "ix"); err != nil || !slices.Equal(bs, blocksOf(10, 8, 7)) {
			t.Fatalf("RecentBlocks = %v %v; want 10, 8, 7", bs, err)
		}
		if b, ok, err := s.LastBlock(ctx, "ix"); !ok || err != nil || b != blocksOf(10)[0] {
			t.Fatalf("LastBlock = %+v %v %v; want 10", b, ok, err)
		}
		if err := s.RemoveBlocksAfter(ctx, "ix", 7); err != nil {
			t.Fatal(err)
		}
		if bs, _ := s.RecentBlocks(ctx, "ix"); !slices.Equal(bs, blocksOf(7)) {
			t.Fatalf("after RemoveBlocksAfter(7): %v; want 7", bs)
		}
		if b, _, _ := s.LastBlock(ctx, "other"); b.Number != 100 {
			t.Fatalf("another indexer's blocks changed: %+v", b)
		}
		// After a removal the indexer goes on above the kept block, with
		// the new chain's hashes.
		if err := s.AddBlocks(ctx, "ix", []hokusai.Block{{Number: 8, Hash: "0xb8"}}, 5); err != nil {
			t.Fatal(err)
		}
		if b, _, _ := s.LastBlock(ctx, "ix"); b.Hash != "0xb8" {
			t.Fatalf("re-added block 8 = %+v", b)
		}
		if err := s.RemoveBlocksAfter(ctx, "ix", 0); err != nil {
			t.Fatal(err)
		}
		if _, ok, _ := s.LastBlock(ctx, "ix"); ok {
			t.Fatal("RemoveBlocksAfter(0) kept blocks")
		}
	})
	t.Run("Conflict", func(t *testing.T) {
		s := open(t)
		if err := s.AddBlocks(ctx, "ix", blocksOf(5, 6), 100); err != nil {
			t.Fatal(err)
		}
		for _, bs := range [][]hokusai.Block{blocksOf(6), blocksOf(4), blocksOf(2, 9), blocksOf(6, 7)} {
			if err := s.AddBlocks(ctx, "ix", bs, 100); code(err) != hokusai.ECONFLICT {
				t.Fatalf("AddBlocks(%v) after 5, 6 = %v; want %s", bs, err, hokusai.ECONFLICT)
			}
		}
		if bs, _ := s.RecentBlocks(ctx, "ix"); !slices.Equal(bs, blocksOf(6, 5)) {
			t.Fatalf("a refused AddBlocks changed the blocks: %v", bs)
		}
	})
	t.Run("Invalid", func(t *testing.T) {
		s := open(t)
		for name, tc := range map[string]struct {
			indexer string
			blocks  []hokusai.Block
		}{
			"empty indexer": {"", blocksOf(1)},
			"no hash":       {"ix", []hokusai.Block{{Number: 1}}},
			"too large":     {"ix", blocksOf(math.MaxInt64 + 1)},
			"descending":    {"ix", blocksOf(3, 2)},
			"repeated":      {"ix", blocksOf(3, 3)},
		} {
			if err := s.AddBlocks(ctx, tc.indexer, tc.blocks, 10); code(err) != hokusai.EINVALID {
				t.Fatalf("%s: AddBlocks = %v; want %s", name, err, hokusai.EINVALID)
			}
		}
		if _, ok, _ := s.LastBlock(ctx, "ix"); ok {
			t.Fatal("a refused block was recorded")
		}
	})
	t.Run("Model", func(t *testing.T) {
		rapid.Check(t, func(rt *rapid.T) {
			s := open(t)
			name := fmt.Sprintf("ix%d", rapid.Uint32().Draw(rt, "name"))
			keep := rapid.Uint64Range(1, 20).Draw(rt, "keep")
			var want []hokusai.Block // ascending
			for range rapid.IntRange(1, 25).Draw(rt, "steps") {
				if rapid.Bool().Draw(rt, "remove") && len(want) > 0 {
					after := rapid.Uint64Range(0, want[len(want)-1].Number).Draw(rt, "after")
					if err := s.RemoveBlocksAfter(ctx, name, after); err != nil {
						rt.Fatal(err)
					}
					want = slices.DeleteFunc(want, func(b hokusai.Block) bool { return b.Number > after })
					continue
				}
				next := uint64(1)
				if len(want) > 0 {
					next = want[len(want)-1].Number + 1
				}
				var add []hokusai.Block
				for range rapid.IntRange(1, 4).Draw(rt, "n") {
					next += rapid.Uint64Range(0, 6).Draw(rt, "gap")
					add = append(add, hokusai.Block{Number: next, Hash: hashOf(next ^ 0xabc)})
					next++
				}
				if err := s.AddBlocks(ctx, name, add, keep); err != nil {
					rt.Fatal(err)
				}
				want = append(want, add...)
				newest := want[len(want)-1].Number
				want = slices.DeleteFunc(want, func(b hokusai.Block) bool { return newest > keep && b.Number <= newest-keep })
			}
			got, err := s.RecentBlocks(ctx, name)
			if err != nil {
				rt.Fatal(err)
			}
			rev := slices.Clone(want)
			slices.Reverse(rev)
			if !slices.Equal(got, rev) {
				rt.Fatalf("RecentBlocks = %v; want %v", got, rev)
			}
			last, ok, err := s.LastBlock(ctx, name)
			if err != nil || ok != (len(want) > 0) || (ok && last != want[len(want)-1]) {
				rt.Fatalf("LastBlock = %+v %v %v; want %v", last, ok, err, want)
			}
		})
	})
}

// TestDeleteModelsAfter is the suite for ModelService.DeleteModelsAfter:
// the models created above the block go, the others stay, and a second
// call removes nothing.
func TestDeleteModelsAfter(t *testing.T, open func(t *testing.T) hokusai.ModelService) {
	ctx := context.Background()
	s := open(t)
	for id := uint64(1); id <= 5; id++ {
		if err := s.UpsertModel(ctx, NewModel(id, tickerFor(id))); err != nil { // block 100 + id
			t.Fatal(err)
		}
	}
	n, err := s.DeleteModelsAfter(ctx, 103)
	if err != nil || n != 2 {
		t.Fatalf("DeleteModelsAfter(103) = %d, %v; want 2 removed", n, err)
	}
	list, total, err := s.FindModels(ctx, hokusai.ModelFilter{Limit: 10})
	if err != nil || total != 3 || !slices.Equal(ids(list), []uint64{1, 2, 3}) {
		t.Fatalf("after DeleteModelsAfter(103): %v (%d), %v; want 1, 2, 3", ids(list), total, err)
	}
	if _, err := s.FindModelByTicker(ctx, tickerFor(4)); code(err) != hokusai.ENOTFOUND {
		t.Fatalf("removed model 4 by ticker: %v", err)
	}
	// The new chain's model 4 takes the id and the ticker.
	m := NewModel(4, tickerFor(4))
	m.Name, m.BlockNumber = "Model on the new chain", 104
	if err := s.UpsertModel(ctx, m); err != nil {
		t.Fatal(err)
	}
	if got, err := s.FindModelByID(ctx, 4); err != nil || got.Name != m.Name {
		t.Fatalf("model 4 on the new chain: %+v %v", got, err)
	}
	if n, err := s.DeleteModelsAfter(ctx, 104); err != nil || n != 0 {
		t.Fatalf("DeleteModelsAfter(104) = %d, %v; want none", n, err)
	}
}
