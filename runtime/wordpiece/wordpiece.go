// Package wordpiece tokenizes text as BERT-family models expect (the
// Hugging Face `tokenizers` BertNormalizer, BertPreTokenizer, WordPiece
// model and [CLS] … [SEP] template), reading the model's tokenizer.json,
// so a Go server feeds an exported encoder the ids it was trained on.
package wordpiece

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/hokusai-protocol/hokusai"
)

// Tokenizer turns text into token ids.
type Tokenizer struct {
	vocab        map[string]int64
	unk          string
	prefix       string
	maxWordChars int
	lowercase    bool
	stripAccents bool
	chinese      bool
	clean        bool
	cls, sep     int64
	pad          int64
	// added are tokens matched verbatim before normalization ([CLS],
	// [SEP]…), longest first, as `tokenizers` matches added tokens.
	added []addedToken
}

type addedToken struct {
	Content string `json:"content"`
	ID      int64  `json:"id"`
}

// tokenizerJSON is the part of tokenizer.json this package reads.
type tokenizerJSON struct {
	AddedTokens []addedToken `json:"added_tokens"`
	Normalizer  *struct {
		Type         string `json:"type"`
		CleanText    bool   `json:"clean_text"`
		ChineseChars bool   `json:"handle_chinese_chars"`
		StripAccents *bool  `json:"strip_accents"`
		Lowercase    bool   `json:"lowercase"`
	} `json:"normalizer"`
	PreTokenizer *struct {
		Type string `json:"type"`
	} `json:"pre_tokenizer"`
	Model struct {
		Type         string           `json:"type"`
		UnkToken     string           `json:"unk_token"`
		Prefix       string           `json:"continuing_subword_prefix"`
		MaxWordChars int              `json:"max_input_chars_per_word"`
		Vocab        map[string]int64 `json:"vocab"`
	} `json:"model"`
}

// Load reads a tokenizer.json whose model is WordPiece with BERT's
// normalizer and pre-tokenizer. EINVALID names what differs.
func Load(path string) (*Tokenizer, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "Tokenizer %s cannot be read: %v.", path, err)
	}
	return Parse(b)
}

// Parse reads tokenizer.json's bytes; see Load.
func Parse(b []byte) (*Tokenizer, error) {
	var j tokenizerJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, hokusai.Errorf(hokusai.EINVALID, "tokenizer.json is not JSON: %v.", err)
	}
	if j.Model.Type != "WordPiece" || j.Normalizer == nil || j.Normalizer.Type != "BertNormalizer" || j.PreTokenizer == nil || j.PreTokenizer.Type != "BertPreTokenizer" {
		return nil, hokusai.Errorf(hokusai.EINVALID, "tokenizer.json must be a BERT WordPiece tokenizer (model WordPiece, BertNormalizer, BertPreTokenizer); this one is model %q.", j.Model.Type)
	}
	t := &Tokenizer{vocab: j.Model.Vocab, unk: j.Model.UnkToken, prefix: j.Model.Prefix, maxWordChars: j.Model.MaxWordChars,
		lowercase: j.Normalizer.Lowercase, chinese: j.Normalizer.ChineseChars, clean: j.Normalizer.CleanText}
	// strip_accents null follows lowercase, as BertNormalizer does.
	t.stripAccents = t.lowercase
	if j.Normalizer.StripAccents != nil {
		t.stripAccents = *j.Normalizer.StripAccents
	}
	for _, a := range j.AddedTokens {
		if a.Content != "" {
			t.added = append(t.added, a)
		}
	}
	slices.SortStableFunc(t.added, func(a, b addedToken) int { return len(b.Content) - len(a.Content) })
	if t.maxWordChars <= 0 {
		t.maxWordChars = 100
	}
	for _, tok := range []struct {
		name string
		to   *int64
	}{{"[CLS]", &t.cls}, {"[SEP]", &t.sep}, {"[PAD]", &t.pad}, {t.unk, nil}} {
		id, ok := t.vocab[tok.name]
		if !ok {
			return nil, hokusai.Errorf(hokusai.EINVALID, "tokenizer.json's vocabulary lacks %s.", tok.name)
		}
		if tok.to != nil {
			*tok.to = id
		}
	}
	return t, nil
}

// PadID is the id padding positions take.
func (t *Tokenizer) PadID() int64 { return t.pad }

// Encode returns text's ids, [CLS] first and [SEP] last, at most
// maxLength of them (the words' pieces cut at the end).
func (t *Tokenizer) Encode(text string, maxLength int) []int64 {
	ids := []int64{t.cls}
	for text != "" {
		at, tok := len(text), addedToken{}
		for _, a := range t.added {
			if i := strings.Index(text, a.Content); i >= 0 && i < at {
				at, tok = i, a
			}
		}
		for _, w := range t.words(t.normalize(text[:at])) {
			ids = append(ids, t.pieces(w)...)
		}
		if tok.Content == "" {
			break
		}
		ids = append(ids, tok.ID)
		text = text[at+len(tok.Content):]
	}
	if maxLength >= 2 && len(ids)+1 > maxLength {
		ids = ids[:maxLength-1]
	}
	return append(ids, t.sep)
}

func (t *Tokenizer) normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case t.clean && (r == 0 || r == 0xFFFD || isControl(r)):
			continue
		case t.clean && isWhitespace(r):
			b.WriteByte(' ')
		case t.chinese && isCJK(r):
			b.WriteByte(' ')
			b.WriteRune(r)
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	s = b.String()
	if t.stripAccents {
		var c strings.Builder
		for _, r := range norm.NFD.String(s) {
			if !unicode.Is(unicode.Mn, r) {
				c.WriteRune(r)
			}
		}
		s = c.String()
	}
	if t.lowercase {
		s = strings.ToLower(s)
	}
	return s
}

// words splits on whitespace and makes each punctuation character a word.
func (t *Tokenizer) words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			flush()
		case isPunct(r):
			flush()
			out = append(out, string(r))
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return out
}

// pieces is WordPiece's greedy longest match; a word with a part no
// piece matches is one unknown token.
func (t *Tokenizer) pieces(w string) []int64 {
	rs := []rune(w)
	if len(rs) > t.maxWordChars {
		return []int64{t.vocab[t.unk]}
	}
	var ids []int64
	for start := 0; start < len(rs); {
		end := len(rs)
		found := int64(-1)
		for ; end > start; end-- {
			sub := string(rs[start:end])
			if start > 0 {
				sub = t.prefix + sub
			}
			if id, ok := t.vocab[sub]; ok {
				found = id
				break
			}
		}
		if found < 0 {
			return []int64{t.vocab[t.unk]}
		}
		ids = append(ids, found)
		start = end
	}
	return ids
}

func isWhitespace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.Is(unicode.Zs, r)
}

func isControl(r rune) bool {
	if r == '\t' || r == '\n' || r == '\r' {
		return false
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs)
}

func isPunct(r rune) bool {
	if (r >= 33 && r <= 47) || (r >= 58 && r <= 64) || (r >= 91 && r <= 96) || (r >= 123 && r <= 126) {
		return true
	}
	return unicode.IsPunct(r)
}

func isCJK(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0x20000 && r <= 0x2A6DF) ||
		(r >= 0x2A700 && r <= 0x2B73F) || (r >= 0x2B740 && r <= 0x2B81F) || (r >= 0x2B820 && r <= 0x2CEAF) ||
		(r >= 0xF900 && r <= 0xFAFF) || (r >= 0x2F800 && r <= 0x2FA1F)
}

// String describes the tokenizer for messages.
func (t *Tokenizer) String() string {
	return fmt.Sprintf("WordPiece, %d tokens, lowercase %v", len(t.vocab), t.lowercase)
}
