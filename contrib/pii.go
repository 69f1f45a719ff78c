package contrib

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
)

// PIIFinding is one cell that looks like personal data.
type PIIFinding struct {
	Row   int    `json:"row"` // 1-based data row
	Field string `json:"field"`
	Kind  string `json:"kind"` // email, phone, card, national_id
}

var (
	emailRE = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	// A US social security number or a similar grouped national id.
	nationalIDRE = regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`)
	// Phone numbers: +country or grouped digits, 9 to 15 digits in all.
	phoneRE = regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)[\s.\-]?)?\d{2,4}[\s.\-]\d{3,4}[\s.\-]?\d{3,4}\b|\+\d{9,15}\b`)
	// Runs of 13 to 19 digits, optionally grouped by spaces or dashes: card
	// numbers when they pass the Luhn check.
	cardRE = regexp.MustCompile(`\b(?:\d[ \-]?){12,18}\d\b`)
)

// ScanPII looks for emails, phone numbers, payment card numbers (Luhn
// checked) and national ids in every string or number cell of d.
func ScanPII(d *eval.Dataset) []PIIFinding {
	var out []PIIFinding
	for r, row := range d.Rows {
		for j, v := range row {
			var s string
			switch t := v.(type) {
			case string:
				s = t
			case float64:
				s = hokusai.ValueString(t)
			default:
				continue
			}
			if k := piiKind(s); k != "" {
				out = append(out, PIIFinding{Row: r + 1, Field: d.Columns[j].Name, Kind: k})
			}
		}
	}
	return out
}

func piiKind(s string) string {
	if len(s) < 6 {
		return ""
	}
	switch {
	case emailRE.MatchString(s):
		return "email"
	case nationalIDRE.MatchString(s):
		return "national_id"
	}
	for _, m := range cardRE.FindAllString(s, -1) {
		if luhn(m) {
			return "card"
		}
	}
	for _, m := range phoneRE.FindAllStringIndex(s, -1) {
		// A phone number has at most 15 digits (E.164): a longer run of
		// grouped digits is an id or an account number, not a phone.
		lo, hi := m[0], m[1]
		for lo > 0 && strings.ContainsRune("0123456789 -.()+", rune(s[lo-1])) {
			lo--
		}
		for hi < len(s) && strings.ContainsRune("0123456789 -.()+", rune(s[hi])) {
			hi++
		}
		if digits(s[lo:hi]) <= 15 {
			return "phone"
		}
	}
	return ""
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// luhn reports whether the digits of s pass the Luhn checksum.
func luhn(s string) bool {
	sum, n, double := 0, 0, false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			continue
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
		double = !double
	}
	return n >= 13 && n <= 19 && sum%10 == 0
}

// RejectPII is the EINVALID error naming the first cell of d that looks
// like personal data, or nil when none does: the reject policy's check.
func RejectPII(d *eval.Dataset) error {
	if fs := ScanPII(d); len(fs) > 0 {
		return piiError(fs)
	}
	return nil
}

// piiError is the EINVALID error for findings under the reject policy.
func piiError(fs []PIIFinding) error {
	f := fs[0]
	more := ""
	if len(fs) > 1 {
		more = fmt.Sprintf(" (%d cells in all)", len(fs))
	}
	return hokusai.FieldErrorf(f.Field, "Row %d, field %s looks like personal data (%s)%s; this model's policy refuses personal data: remove or anonymise it and submit again.", f.Row, f.Field, strings.ReplaceAll(f.Kind, "_", " "), more)
}
