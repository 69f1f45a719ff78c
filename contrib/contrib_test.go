package contrib_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

var votesCSV = filepath.Join("..", "testdata", "datasets", "house-votes-84.csv")

const alice = "0x00000000000000000000000000000000000a11ce"

// newStore returns a store with a house-votes-84 setup for model 1.
func newStore(t *testing.T, policy contrib.Policy) (*contrib.Store, *contrib.Setup) {
	t.Helper()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "h.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := contrib.New(sqlite.NewContributionService(db))
	d, err := eval.LoadFile(votesCSV, eval.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	st := &contrib.Setup{ModelID: 1, Recipe: hokusai.TrainingRecipe{Runtime: "linear", Target: "party", L2: 0.01},
		Metric: hokusai.MetricAccuracy, Seed: 84, DevPercent: 60, Policy: policy, Benchmark: d}
	b, err := st.Bench()
	if err != nil {
		t.Fatal(err)
	}
	st.Training = d.Subset(b.Dev[:12])
	if err := s.PutSetup(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return s, st
}

const header = "party,handicapped-infants,water-project-cost-sharing,adoption-of-the-budget-resolution,physician-fee-freeze,el-salvador-aid,religious-groups-in-schools,anti-satellite-test-ban,aid-to-nicaraguan-contras,mx-missile,immigration,synfuels-corporation-cutback,education-spending,superfund-right-to-sue,crime,duty-free-exports,export-administration-act-south-africa\n"

// row makes a CSV row: a party and 16 votes.
func row(party, votes string) string {
	return party + "," + strings.Join(strings.Split(votes, ""), ",") + "\n"
}

func TestSubmitValidatesNamingRowAndField(t *testing.T) {
	s, _ := newStore(t, contrib.Policy{})
	ctx := context.Background()
	cases := []struct {
		name, body, field, want string
	}{
		{"bad vote", header + row("democrat", "yyyyyyyyyyyyyyyy") + row("democrat", "yyyyyyyyyyyyyyyx"), "export-administration-act-south-africa", "Row 2, field export-administration-act-south-africa"},
		{"bad label", header + row("whig", "yyyyyyyyyyyyyyyy"), "party", `"whig" is not one of the allowed values`},
		{"missing column", strings.Replace(header, "crime,", "", 1) + "democrat" + strings.Repeat(",y", 15) + "\n", "crime", `no column "crime"`},
		{"extra column", strings.TrimSuffix(header, "\n") + ",zip\n" + "democrat" + strings.Repeat(",y", 16) + ",1\n", "zip", `column "zip" the model does not know`},
		{"empty", "", "rows", "empty"},
		{"header only", header, "rows", "no rows"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: alice, Body: []byte(c.body)})
			if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v; want INVALID_INPUT on %s containing %q", err, c.field, c.want)
			}
		})
	}
	if _, _, err := s.Submit(ctx, contrib.Submission{ModelID: 2, Contributor: alice, Body: []byte(header + row("democrat", "yyyyyyyyyyyyyyyy"))}); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("unknown model: %v", err)
	}
	if _, _, err := s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: "bob", Body: []byte(header)}); hokusai.ErrorField(err) != "contributor" {
		t.Fatalf("bad contributor: %v", err)
	}
}

func TestSubmitJSONLAndDigestIndependentOfFormat(t *testing.T) {
	s, _ := newStore(t, contrib.Policy{})
	ctx := context.Background()
	csv := header + row("democrat", "yynnyynnyynnyynn")
	d, _, err := contrib.Parse([]byte(csv), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var jl bytes.Buffer
	if err := d.WriteJSONL(&jl); err != nil {
		t.Fatal(err)
	}
	a, _, err := s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: alice, Body: []byte(csv)})
	if err != nil {
		t.Fatal(err)
	}
	// The same rows as JSONL are a duplicate of the CSV submission.
	_, _, err = s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: "0x00000000000000000000000000000000000000b0", Body: jl.Bytes()})
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT || !strings.Contains(err.Error(), fmt.Sprintf("contribution %d", a.ID)) {
		t.Fatalf("same rows as JSONL: %v; want CONFLICT naming contribution %d", err, a.ID)
	}
}

func TestPIIPolicy(t *testing.T) {
	ctx := context.Background()
	// The PII scan runs on string cells; the benchmark's schema only allows
	// y/n/?, so scan a free-text dataset directly.
	d, _, err := contrib.Parse([]byte("note,label\nhello,a\ncall me at +1 415 555 0100,b\nmail jo@example.com,a\ncard 4111 1111 1111 1111,b\nssn 123-45-6789,a\n"), "csv", 0)
	if err != nil {
		t.Fatal(err)
	}
	fs := contrib.ScanPII(d)
	var kinds []string
	for _, f := range fs {
		kinds = append(kinds, fmt.Sprintf("%d:%s:%s", f.Row, f.Field, f.Kind))
	}
	if got := strings.Join(kinds, " "); got != "2:note:phone 3:note:email 4:note:card 5:note:national_id" {
		t.Fatalf("findings %s", got)
	}
	// Not PII: a number that fails Luhn, a short number, plain words.
	clean, _, _ := contrib.Parse([]byte("x\n4111 1111 1111 1112\n12345\nyes\n0.123456789\n"), "csv", 0)
	if fs := contrib.ScanPII(clean); len(fs) != 0 {
		t.Fatalf("false positives: %+v", fs)
	}
	_ = ctx
}

func TestSubmitLimitsOpenContributions(t *testing.T) {
	s, _ := newStore(t, contrib.Policy{MaxOpen: 2})
	ctx := context.Background()
	for i, v := range []string{"yyyyyyyyyyyyyyyn", "yyyyyyyyyyyyyynn", "yyyyyyyyyyyyynnn"} {
		_, _, err := s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: alice, Body: []byte(header + row("democrat", v))})
		if i < 2 && err != nil {
			t.Fatal(err)
		}
		if i == 2 && hokusai.ErrorCode(err) != hokusai.ERATELIMIT {
			t.Fatalf("third open contribution: %v; want RATE_LIMITED", err)
		}
	}
	// Another contributor is not limited by alice's.
	if _, _, err := s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: "0x00000000000000000000000000000000000000b0", Body: []byte(header + row("republican", "nnnnnnnnnnnnnnnn"))}); err != nil {
		t.Fatal(err)
	}
}

func TestSubmitIdempotency(t *testing.T) {
	s, _ := newStore(t, contrib.Policy{})
	ctx := context.Background()
	body := []byte(header + row("democrat", "ynynynynynynynyn"))
	a, created, err := s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: alice, IdempotencyKey: "k1", Body: body})
	if err != nil || !created {
		t.Fatal(err, created)
	}
	b, created, err := s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: alice, IdempotencyKey: "k1", Body: body})
	if err != nil || created || b.ID != a.ID {
		t.Fatalf("replay: %v %v %v", b, created, err)
	}
	_, _, err = s.Submit(ctx, contrib.Submission{ModelID: 1, Contributor: alice, IdempotencyKey: "k1", Body: []byte(header + row("democrat", "nnnnynynynynynyn"))})
	if hokusai.ErrorCode(err) != hokusai.ECONFLICT || hokusai.ErrorField(err) != "idempotency_key" {
		t.Fatalf("same key, other body: %v", err)
	}
}

func TestSubmitRejectsHiddenTestRows(t *testing.T) {
	s, st := newStore(t, contrib.Policy{})
	b, _ := st.Bench()
	var buf bytes.Buffer
	if err := st.Benchmark.Subset(b.Test[:3]).WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	c, _, err := s.Submit(context.Background(), contrib.Submission{ModelID: 1, Contributor: alice, Body: buf.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if c.Status != contrib.StatusRejected || c.ReasonCode != contrib.ReasonLeakage || !strings.Contains(c.Reason, "hidden test split") {
		t.Fatalf("%+v", c)
	}
}

// FuzzParseValidate: any body either fails with an EINVALID error or
// yields rows that satisfy the schema and digest identically twice.
func FuzzParseValidate(f *testing.F) {
	f.Add([]byte(header + row("democrat", "yyyyyyyyyyyyyyyy")))
	f.Add([]byte(`{"party":"democrat","crime":"y"}`))
	f.Add([]byte("a,b\n1,2\n"))
	d, err := eval.LoadFile(votesCSV, eval.LoadOptions{})
	if err != nil {
		f.Fatal(err)
	}
	schema, err := contrib.SchemaFromDataset(d, "party")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		raw, _, err := contrib.Parse(body, "", 1000)
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID {
				t.Fatalf("parse error code %s: %v", hokusai.ErrorCode(err), err)
			}
			return
		}
		v, err := schema.Validate(raw)
		if err != nil {
			if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) == "" {
				t.Fatalf("validate error without a field: %v", err)
			}
			return
		}
		again, err := schema.Validate(v)
		if err != nil || again.Digest() != v.Digest() {
			t.Fatalf("validated rows do not validate again: %v", err)
		}
		_ = contrib.ScanPII(v)
	})
}
