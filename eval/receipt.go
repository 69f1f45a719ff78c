package eval

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
)

// ReceiptFormat names the receipt layout this package writes and reads.
const ReceiptFormat = "hokusai-receipt/1"

// Receipt is an evaluation receipt (F15): what was compared, on which data,
// with which result, signed by the evaluator so anyone can re-check it.
// Scores are decimal strings (Go's shortest round-trip form) so every
// language reads the same value. Digests holds, for every other field, the
// keccak256 of its canonical JSON value, so Verify can name the field that
// was changed after signing; Signature signs everything but itself.
//
// Canonical encoding: a JSON object with keys sorted by their bytes, no
// whitespace, strings escaped as Go's encoding/json does without HTML
// escaping. The signature is EIP-191 personal_sign (secp256k1) over the
// 32-byte keccak256 of the canonical JSON of all fields except signature,
// i.e. what eth_sign / ethers' signMessage(getBytes(hash)) produce.
type Receipt struct {
	Format          string            `json:"format"`
	Model           string            `json:"model"`
	BaselineDigest  string            `json:"baseline_digest"`
	CandidateDigest string            `json:"candidate_digest"`
	DatasetDigest   string            `json:"dataset_digest"`
	Split           string            `json:"split"`        // "test", "dev" or "all"
	SplitDigest     string            `json:"split_digest"` // digest of the rows scored
	Metric          string            `json:"metric"`
	Direction       string            `json:"direction"` // "max" or "min"
	BaselineScore   string            `json:"baseline_score"`
	CandidateScore  string            `json:"candidate_score"`
	Improvement     string            `json:"improvement"`
	Lower95         string            `json:"lower95"`
	Low95           string            `json:"low95"`
	High95          string            `json:"high95"`
	Rows            int               `json:"rows"`
	Resamples       int               `json:"resamples"`
	Seed            string            `json:"seed"` // decimal uint64
	RuntimeVersion  string            `json:"runtime_version"`
	Evaluator       string            `json:"evaluator"` // EIP-55 address
	Timestamp       string            `json:"timestamp"` // RFC 3339, UTC, seconds
	Digests         map[string]string `json:"digests"`
	Signature       string            `json:"signature"` // 0x r‖s‖v, v ∈ {27, 28}

	// Attribution and Weights say how a contributed batch's improvement is
	// shared; they are absent from receipts of plain evaluations and from
	// receipts written before shares were recorded.
	Attribution string          `json:"attribution,omitempty"` // single, shapley or shapley-sampled
	Weights     []ReceiptWeight `json:"weights,omitempty"`     // one per contribution, in the batch's order
	// Path says how a contribution's candidate was obtained (PathRetrained
	// or PathScoredAsSubmitted); receipts written before it existed omit it.
	Path string `json:"path,omitempty"`
}

// ReceiptWeight is one contribution's share of a batch's improvement: its
// marginal gain (Shapley value, in metric units; Go's shortest round-trip
// decimal) and its weight in basis points of the reward.
type ReceiptWeight struct {
	Contribution int64  `json:"contribution"`
	Contributor  string `json:"contributor"` // EIP-55 address
	Gain         string `json:"gain"`
	Bps          int    `json:"bps"`
}

// ReceiptSubject says what a receipt is about: everything but the numbers.
type ReceiptSubject struct {
	Model           string
	BaselineDigest  string
	CandidateDigest string
	DatasetDigest   string
	Split           string
	SplitDigest     string
	Metric          string
	Direction       hokusai.Direction
	RuntimeVersion  string
	Path            string // PathRetrained, PathScoredAsSubmitted or ""
}

// Candidate paths a contribution's receipt records.
const (
	// PathRetrained: the evaluator retrained the package's recipe on the
	// training data plus the contribution's rows.
	PathRetrained = "retrained"
	// PathScoredAsSubmitted: the contributor's candidate package was
	// scored as submitted (runtimes the evaluator cannot retrain).
	PathScoredAsSubmitted = "scored_as_submitted"
)

// NewReceipt fills an unsigned receipt from a comparison. Without a
// baseline (c.Paired false) baseline_score and improvement are empty and
// lower95/low95/high95 bound the candidate's score.
func NewReceipt(s ReceiptSubject, c Comparison, at time.Time) *Receipt {
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	r := &Receipt{
		Format:          ReceiptFormat,
		Model:           s.Model,
		BaselineDigest:  s.BaselineDigest,
		CandidateDigest: s.CandidateDigest,
		DatasetDigest:   s.DatasetDigest,
		Split:           s.Split,
		SplitDigest:     s.SplitDigest,
		Metric:          s.Metric,
		Direction:       s.Direction.String(),
		BaselineScore:   f(c.BaselineScore),
		CandidateScore:  f(c.CandidateScore),
		Improvement:     f(c.Improvement),
		Lower95:         f(c.Lower95),
		Low95:           f(c.Low95),
		High95:          f(c.High95),
		Rows:            c.Rows,
		Resamples:       c.Resamples,
		Seed:            strconv.FormatUint(c.Seed, 10),
		RuntimeVersion:  s.RuntimeVersion,
		Path:            s.Path,
		Timestamp:       at.UTC().Truncate(time.Second).Format(time.RFC3339),
	}
	if !c.Paired {
		// No baseline: the interval is of the candidate's score.
		r.BaselineScore, r.Improvement = "", ""
	}
	return r
}

// fields returns the receipt's fields by JSON name, without digests and
// signature.
func (r *Receipt) fields() map[string]any {
	b, _ := json.Marshal(r) // plain strings and ints: cannot fail
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	_ = dec.Decode(&m)
	delete(m, "digests")
	delete(m, "signature")
	return m
}

// canonicalJSON encodes v with sorted keys, no whitespace and no HTML escaping.
func canonicalJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // maps, strings and numbers only
	return bytes.TrimSuffix(buf.Bytes(), []byte{'\n'})
}

// fieldDigests returns keccak256 of each field's canonical JSON value.
func (r *Receipt) fieldDigests() map[string]string {
	out := map[string]string{}
	for k, v := range r.fields() {
		out[k] = hexutil.Encode(crypto.Keccak256(canonicalJSON(v)))
	}
	return out
}

// Canonical returns the canonical JSON of everything the signature covers.
func (r *Receipt) Canonical() []byte {
	m := r.fields()
	m["digests"] = r.Digests
	return canonicalJSON(m)
}

// Hash returns keccak256 of Canonical: the receipt's id.
func (r *Receipt) Hash() common.Hash { return crypto.Keccak256Hash(r.Canonical()) }

// Sign sets the evaluator to key's address, the field digests and the
// EIP-191 signature.
func (r *Receipt) Sign(key *ecdsa.PrivateKey) error {
	r.Evaluator = crypto.PubkeyToAddress(key.PublicKey).Hex()
	r.Digests = r.fieldDigests()
	h := r.Hash()
	sig, err := crypto.Sign(accounts.TextHash(h[:]), key)
	if err != nil {
		return fmt.Errorf("sign receipt: %w", err)
	}
	sig[64] += 27
	r.Signature = hexutil.Encode(sig)
	return nil
}

// MarshalIndent returns the receipt as indented JSON for files.
func (r *Receipt) MarshalIndent() []byte {
	b, _ := json.MarshalIndent(r, "", "  ")
	return append(b, '\n')
}

// ParseReceipt reads a receipt strictly: an unknown field (one added after
// signing) or a missing one is an EINVALID error naming it.
func ParseReceipt(b []byte) (*Receipt, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r Receipt
	if err := dec.Decode(&r); err != nil {
		if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			f = strings.Trim(f, `"`)
			return nil, hokusai.FieldErrorf(f, "The receipt has a field %q that no receipt has: it was added after signing; remove it or get the original receipt.", f)
		}
		return nil, hokusai.FieldErrorf("receipt", "The receipt is not valid JSON (%v); give the file that hokusai eval run wrote.", err)
	}
	var present map[string]json.RawMessage
	_ = json.Unmarshal(b, &present)
	var missing []string
	for _, k := range receiptFieldNames() {
		if _, ok := present[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return nil, hokusai.FieldErrorf(missing[0], "The receipt lacks the field(s) %s: it was cut after signing or is not a receipt.", strings.Join(missing, ", "))
	}
	if r.Format != ReceiptFormat {
		return nil, hokusai.FieldErrorf("format", "The receipt's format is %q; this version reads %q.", r.Format, ReceiptFormat)
	}
	return &r, nil
}

func receiptFieldNames() []string {
	b, _ := json.Marshal(Receipt{})
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// Verify re-checks a receipt: every field against its signed digest, then
// the signature against the evaluator's address. It returns the signer, or
// an EINVALID error that names what was altered: the fields whose values
// changed, the evaluator, the digests or the signature.
func (r *Receipt) Verify() (common.Address, error) {
	want := r.fieldDigests()
	var altered []string
	for k, d := range want {
		if r.Digests[k] != d {
			altered = append(altered, k)
		}
	}
	slices.Sort(altered)
	var extra []string
	for k := range r.Digests {
		if _, ok := want[k]; !ok {
			extra = append(extra, k)
		}
	}
	if len(altered) > 0 {
		vals := make([]string, len(altered))
		for i, k := range altered {
			vals[i] = fmt.Sprintf("%s (now %s)", k, canonicalJSON(r.fields()[k]))
		}
		if len(altered) == len(want) {
			return common.Address{}, hokusai.FieldErrorf("digests", "The receipt's digests were removed or replaced: it cannot be verified; get the original receipt.")
		}
		return common.Address{}, hokusai.FieldErrorf(altered[0], "The receipt was altered after signing: %s no longer match%s the signed value; get the original receipt from the evaluator.", strings.Join(vals, ", "), map[bool]string{true: "es", false: ""}[len(altered) == 1])
	}
	if len(extra) > 0 {
		return common.Address{}, hokusai.FieldErrorf("digests", "The receipt's digests name fields no receipt has (%s): they were altered after signing.", strings.Join(extra, ", "))
	}
	sig, err := hexutil.Decode(r.Signature)
	if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, hokusai.FieldErrorf("signature", "The signature is not a 65-byte 0x-hex secp256k1 signature with v 27 or 28; it was altered or is missing.")
	}
	sig = slices.Clone(sig)
	sig[64] -= 27
	h := r.Hash()
	pub, err := crypto.SigToPub(accounts.TextHash(h[:]), sig)
	if err != nil {
		return common.Address{}, hokusai.FieldErrorf("signature", "The signature does not recover a key (%v): it was altered.", err)
	}
	signer := crypto.PubkeyToAddress(*pub)
	if !common.IsHexAddress(r.Evaluator) || common.HexToAddress(r.Evaluator) != signer {
		return signer, hokusai.FieldErrorf("signature", "The signature does not match the receipt: it recovers %s but the receipt names evaluator %s, so the signature or the digests were altered after signing.", signer.Hex(), r.Evaluator)
	}
	return signer, nil
}

// VerifyReceipt parses and verifies a receipt file's bytes.
func VerifyReceipt(b []byte) (*Receipt, common.Address, error) {
	r, err := ParseReceipt(b)
	if err != nil {
		return nil, common.Address{}, err
	}
	a, err := r.Verify()
	return r, a, err
}
