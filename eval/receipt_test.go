package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
)

func signedReceipt(t *testing.T) ([]byte, string) {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("receipt test key")))
	if err != nil {
		t.Fatal(err)
	}
	r := NewReceipt(ReceiptSubject{
		Model: "house-votes", BaselineDigest: "sha256:aa", CandidateDigest: "sha256:bb",
		DatasetDigest: "sha256:cc", Split: "test", SplitDigest: "sha256:dd", Metric: "accuracy",
		Direction: hokusai.Maximize, RuntimeVersion: "hokusai-eval/1 <&>",
	}, Comparison{CandidateScore: 0.97, BaselineScore: 0.904, Improvement: 0.97 - 0.904, Lower95: 0.03, Low95: 0.02, High95: 0.1, Rows: 87, Resamples: 1000, Seed: 1 << 63},
		time.Date(2026, 11, 22, 13, 0, 0, 5, time.UTC))
	if err := r.Sign(key); err != nil {
		t.Fatal(err)
	}
	return r.MarshalIndent(), crypto.PubkeyToAddress(key.PublicKey).Hex()
}

func TestReceiptVerifies(t *testing.T) {
	b, addr := signedReceipt(t)
	r, signer, err := VerifyReceipt(b)
	if err != nil {
		t.Fatal(err)
	}
	if signer.Hex() != addr || r.Seed != "9223372036854775808" || r.Timestamp != "2026-11-22T13:00:00Z" {
		t.Fatalf("signer %s seed %s time %s", signer.Hex(), r.Seed, r.Timestamp)
	}
	// Formatting is not content: compact JSON verifies too.
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		t.Fatal(err)
	}
	if _, _, err := VerifyReceipt(buf.Bytes()); err != nil {
		t.Fatalf("compact form: %v", err)
	}
	if !strings.Contains(string(r.Canonical()), `"runtime_version":"hokusai-eval/1 <&>"`) {
		t.Fatalf("canonical form escapes HTML or reorders: %s", r.Canonical())
	}
}

func TestReceiptTamperingIsNamed(t *testing.T) {
	b, _ := signedReceipt(t)
	other, _ := crypto.ToECDSA(crypto.Keccak256([]byte("someone else")))
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		out, _ := json.Marshal(m)
		return out
	}
	for _, tc := range []struct {
		name    string
		data    []byte
		field   string
		message string
	}{
		{"score", edit(func(m map[string]any) { m["candidate_score"] = "0.99" }), "candidate_score", `candidate_score (now "0.99")`},
		{"two fields", edit(func(m map[string]any) { m["rows"] = 10; m["baseline_score"] = "0.5" }), "baseline_score", "rows (now 10)"},
		{"evaluator", edit(func(m map[string]any) { m["evaluator"] = crypto.PubkeyToAddress(other.PublicKey).Hex() }), "evaluator", "evaluator"},
		{"value and digest", edit(func(m map[string]any) {
			m["improvement"] = "0.5"
			m["digests"].(map[string]any)["improvement"] = "0x" + strings.Repeat("ab", 32)
		}), "improvement", "improvement"},
		{"digest recomputed", edit(func(m map[string]any) {
			m["improvement"] = "0.5"
			m["digests"].(map[string]any)["improvement"] = "0x" + ""
		}), "improvement", "improvement"},
		{"added field", edit(func(m map[string]any) { m["bonus"] = "1" }), "bonus", "added after signing"},
		{"removed field", edit(func(m map[string]any) { delete(m, "seed") }), "seed", "seed"},
		{"signature", edit(func(m map[string]any) { m["signature"] = "0x1234" }), "signature", "65-byte"},
		{"not json", []byte("{"), "receipt", "not valid JSON"},
	} {
		_, _, err := VerifyReceipt(tc.data)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field || !strings.Contains(hokusai.ErrorMessage(err), tc.message) {
			t.Errorf("%s: got %v, want EINVALID on %s mentioning %q", tc.name, err, tc.field, tc.message)
		}
	}
}

// Digests recomputed consistently after an edit still fail: the signature
// covers them.
func TestReceiptResignedDigestsFail(t *testing.T) {
	b, _ := signedReceipt(t)
	r, err := ParseReceipt(b)
	if err != nil {
		t.Fatal(err)
	}
	r.CandidateScore = "0.999"
	r.Digests = r.fieldDigests()
	_, err = r.Verify()
	if hokusai.ErrorField(err) != "signature" || !strings.Contains(err.Error(), "recovers") {
		t.Fatalf("got %v", err)
	}
}

func FuzzParseReceipt(f *testing.F) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("fuzz key")))
	r := NewReceipt(ReceiptSubject{Model: "m", Metric: "accuracy"}, Comparison{Paired: true, Rows: 3, Resamples: 1000}, time.Unix(0, 0))
	r.Sign(key)
	f.Add(r.MarshalIndent())
	f.Add([]byte(`{"format": "hokusai-receipt/1"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, addr, err := VerifyReceipt(b)
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		// Anything that verifies re-verifies from its own encoding.
		_, addr2, err := VerifyReceipt(r.MarshalIndent())
		if err != nil || addr2 != addr {
			t.Fatalf("re-encoded receipt: %v", err)
		}
	})
}

// ethers (installed for contracts/ by make deps) recovers the same signer
// from the same canonical hash: receipts verify outside Go.
func TestReceiptVerifiesWithEthers(t *testing.T) {
	ethersDir, _ := filepath.Abs("../contracts/node_modules/ethers")
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if _, err := os.Stat(ethersDir); err != nil {
		t.Skip("ethers is not installed under contracts/ (make deps installs it)")
	}
	b, addr := signedReceipt(t)
	path := filepath.Join(t.TempDir(), "r.json")
	os.WriteFile(path, b, 0o644)
	out, err := exec.Command(node, "ethers/verify.cjs", ethersDir, path).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	r, _ := ParseReceipt(b)
	if got, want := strings.TrimSpace(string(out)), r.Hash().Hex()+" "+addr; got != want {
		t.Fatalf("ethers says %q, Go %q", got, want)
	}
}
