package wordpiece_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai/runtime/wordpiece"
)

func load(t testing.TB) *wordpiece.Tokenizer {
	t.Helper()
	tok, err := wordpiece.Load(filepath.Join("testdata", "all-MiniLM-L6-v2-tokenizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// TestMatchesHuggingFaceTokenizers: every text of testdata/vectors.jsonl
// (written by vectors.py with Hugging Face `tokenizers`: accents, CJK,
// emoji, control and zero-width characters, long words, truncation)
// gets exactly the ids `tokenizers` gave it.
func TestMatchesHuggingFaceTokenizers(t *testing.T) {
	tok := load(t)
	f, err := os.Open(filepath.Join("testdata", "vectors.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var v struct {
			Text      string  `json:"text"`
			MaxLength int     `json:"max_length"`
			IDs       []int64 `json:"ids"`
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		if got := tok.Encode(v.Text, v.MaxLength); !slices.Equal(got, v.IDs) {
			t.Errorf("%q (max %d):\n got %v\nwant %v", v.Text, v.MaxLength, got, v.IDs)
		}
		n++
	}
	if n != 40 {
		t.Fatalf("read %d vectors, want 40", n)
	}
}

// TestEncodeShape: any text encodes to [CLS] … [SEP] within the length,
// with ids from the vocabulary.
func TestEncodeShape(t *testing.T) {
	tok := load(t)
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "text")
		max := rapid.IntRange(2, 64).Draw(t, "max")
		ids := tok.Encode(s, max)
		if len(ids) < 2 || len(ids) > max || ids[0] != 101 || ids[len(ids)-1] != 102 {
			t.Fatalf("%q → %v", s, ids)
		}
		for _, id := range ids {
			if id < 0 || id >= 30522 {
				t.Fatalf("%q → id %d outside the vocabulary", s, id)
			}
		}
	})
}

func TestRefusesOtherTokenizers(t *testing.T) {
	if _, err := wordpiece.Parse([]byte(`{"model":{"type":"BPE","vocab":{}}}`)); err == nil {
		t.Fatal("a BPE tokenizer was accepted")
	}
}
