package seal_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/seal"
)

func box(t *testing.T, fill byte) *seal.Box {
	t.Helper()
	b, err := seal.New(bytes.Repeat([]byte{fill}, seal.KeySize))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSealOpen: a sealed secret opens for its model under its key only,
// never holds the plaintext, and a fresh nonce makes every sealing differ.
func TestSealOpen(t *testing.T) {
	const secret = "sk-live-PLAINTEXT"
	b := box(t, 1)
	n1, s1, err := b.Seal(7, secret)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(s1, []byte("PLAINTEXT")) {
		t.Fatal("the sealed bytes hold the plaintext")
	}
	n2, s2, _ := b.Seal(7, secret)
	if bytes.Equal(n1, n2) || bytes.Equal(s1, s2) {
		t.Fatal("two sealings of one secret are equal: the nonce is not fresh")
	}
	if got, err := b.Open(7, b.KeyID(), n1, s1); err != nil || got != secret {
		t.Fatalf("open = %q, %v", got, err)
	}
	if got, err := b.Open(8, b.KeyID(), n1, s1); err == nil || got != "" {
		t.Fatalf("model 7's secret opened as model 8's: %q", got)
	}
	other := box(t, 2)
	if other.KeyID() == b.KeyID() {
		t.Fatal("two keys have one fingerprint")
	}
	if _, err := other.Open(7, b.KeyID(), n1, s1); hokusai.ErrorCode(err) != hokusai.EUNAVAILABLE || !strings.Contains(err.Error(), b.KeyID()) {
		t.Fatalf("another key: got %v, want %s naming the sealing key", err, hokusai.EUNAVAILABLE)
	}
	if _, err := other.Open(7, other.KeyID(), n1, s1); err == nil {
		t.Fatal("another key opened the secret under a forged key id")
	}
	s1[0] ^= 1
	if _, err := b.Open(7, b.KeyID(), n1, s1); err == nil {
		t.Fatal("an altered ciphertext opened")
	}
	if _, err := seal.New(make([]byte, 16)); err == nil {
		t.Fatal("a 16-byte key was accepted")
	}
}
