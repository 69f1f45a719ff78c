package storecodec_test

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/internal/storecodec"
)

func TestModelTags(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want string
	}{
		{nil, "[]"},
		{[]string{}, "[]"},
		{[]string{"nlp", "small"}, `["nlp","small"]`},
	} {
		got, err := storecodec.ModelTags(tc.tags)
		if err != nil || got != tc.want {
			t.Errorf("ModelTags(%q) = %q, %v; want %q", tc.tags, got, err, tc.want)
		}
	}
}

func TestDecodeModelRejectsBadWad(t *testing.T) {
	var m hokusai.Model
	if err := storecodec.DecodeModel(&m, 1, 2, 0, 0, 0, `["a"]`, "12x", "1"); err == nil {
		t.Fatal("baseline 12x decoded without an error")
	}
	if err := storecodec.DecodeModel(&m, 1, 2, 0, 0, 0, `["a"]`, "12", "34"); err != nil {
		t.Fatal(err)
	}
	if m.ID != 1 || m.BlockNumber != 2 || m.Baseline.Int64() != 12 || m.DeltaOne.Int64() != 34 || len(m.Tags) != 1 {
		t.Fatalf("decoded %+v", m)
	}
}

func TestDecodeVersionParent(t *testing.T) {
	var v hokusai.ModelVersion
	err := storecodec.DecodeVersion(&v, 7, `{"version":"1.0.0"}`, `{"acc":0.5}`, sql.NullInt64{Int64: 3, Valid: true}, sql.NullString{String: "0.9.0", Valid: true})
	if err != nil {
		t.Fatal(err)
	}
	if v.ModelID != 7 || v.Metrics["acc"] != 0.5 || v.Parent == nil || v.Parent.ModelID != 3 || v.Parent.Version != "0.9.0" {
		t.Fatalf("decoded %+v", v)
	}
}

func TestPrepareVersionRejectsNaNMetrics(t *testing.T) {
	v := &hokusai.ModelVersion{ModelID: 1, Version: "1.0.0",
		Digest: "sha256:" + strings.Repeat("ab", 32), ManifestDigest: "sha256:" + strings.Repeat("cd", 32),
		Manifest: &hokusai.Manifest{Version: "1.0.0"},
		Metrics:  map[string]float64{"acc": math.NaN()}}
	_, _, err := storecodec.PrepareVersion(context.Background(), v, nil)
	var e *hokusai.Error
	if !errors.As(err, &e) || e.Code != hokusai.EINVALID || e.Field != "metrics" {
		t.Fatalf("NaN metrics: got %v, want EINVALID on metrics", err)
	}
}

func TestSpendableOf(t *testing.T) {
	c := hokusai.Credits{Deposited: 100, Withdrawn: 10, Settled: 20, Unsettled: 5, PendingWithdrawal: 15}
	if got := hokusai.SpendableOf(&c); got != 50 {
		t.Fatalf("SpendableOf = %d, want 50", got)
	}
}
