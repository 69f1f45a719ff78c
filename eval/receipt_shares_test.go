package eval

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
)

// sharesReceipt is a signed receipt of a three-contribution batch.
func sharesReceipt(t *testing.T) ([]byte, string) {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("receipt shares key")))
	if err != nil {
		t.Fatal(err)
	}
	r := NewReceipt(ReceiptSubject{Model: "7", Split: "test", Metric: "accuracy", Direction: hokusai.Maximize},
		Comparison{Paired: true, CandidateScore: 0.97, BaselineScore: 0.9, Improvement: 0.07, Rows: 87, Resamples: 1000},
		time.Date(2026, 12, 3, 22, 0, 0, 0, time.UTC))
	r.Attribution = "shapley"
	r.Weights = []ReceiptWeight{
		{Contribution: 3, Contributor: "0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF", Gain: "0.05", Bps: 7143},
		{Contribution: 4, Contributor: "0x6813Eb9362372EEF6200f3b1dbC3f819671cBA69", Gain: "0.02", Bps: 2857},
		{Contribution: 5, Contributor: "0x1efF47bc3a10a45D4B230B5d10E37751FE6AA718", Gain: "-0.001", Bps: 0},
	}
	if err := r.Sign(key); err != nil {
		t.Fatal(err)
	}
	return r.MarshalIndent(), crypto.PubkeyToAddress(key.PublicKey).Hex()
}

// TestReceiptWeightsAreSigned: each contribution's gain and weight are
// covered by the signature; moving a bp from one contributor to another
// after signing is caught and named.
func TestReceiptWeightsAreSigned(t *testing.T) {
	b, addr := sharesReceipt(t)
	r, signer, err := VerifyReceipt(b)
	if err != nil || signer.Hex() != addr {
		t.Fatalf("verify: %v (signer %s, want %s)", err, signer.Hex(), addr)
	}
	if r.Attribution != "shapley" || len(r.Weights) != 3 || r.Weights[0].Bps != 7143 || r.Weights[2].Gain != "-0.001" {
		t.Fatalf("parsed %s %+v", r.Attribution, r.Weights)
	}
	r.Weights[0].Bps, r.Weights[1].Bps = 7142, 2858
	if _, err := r.Verify(); hokusai.ErrorField(err) != "weights" {
		t.Fatalf("altered weights: %v; want an error naming weights", err)
	}
	// A receipt without shares still parses: the fields are optional.
	plain, _ := signedReceipt(t)
	if r, _, err := VerifyReceipt(plain); err != nil || r.Weights != nil || strings.Contains(string(plain), "weights") {
		t.Fatalf("plain receipt: %v", err)
	}
}

// TestReceiptWeightsVerifyWithEthers: the canonical form of the weights
// (an array of objects) is the one ethers rebuilds.
func TestReceiptWeightsVerifyWithEthers(t *testing.T) {
	ethersDir, _ := filepath.Abs("../contracts/node_modules/ethers")
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if _, err := os.Stat(ethersDir); err != nil {
		t.Skip("ethers is not installed under contracts/ (make deps installs it)")
	}
	b, addr := sharesReceipt(t)
	path := filepath.Join(t.TempDir(), "r.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, "ethers/verify.cjs", ethersDir, path).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	r, _ := ParseReceipt(b)
	if got, want := strings.TrimSpace(string(out)), r.Hash().Hex()+" "+addr; got != want {
		t.Fatalf("ethers says %q, Go %q", got, want)
	}
}
