package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// newVersion returns a valid version of model id.
func newVersion(id uint64, version string) *hokusai.ModelVersion {
	d := func(s string) string { return fmt.Sprintf("sha256:%064x", len(s)*1000003+int(id)) }
	return &hokusai.ModelVersion{
		ModelID:        id,
		Version:        version,
		Digest:         d(version + "a"),
		ManifestDigest: d(version + "mm"),
		Size:           1234,
		Manifest: &hokusai.Manifest{
			Schema: hokusai.ManifestSchema, Name: "m", Version: version, Description: "d", Architecture: "a",
			Training:     hokusai.Training{Methodology: "t", Recipe: hokusai.Recipe{Runtime: "linear", Seed: 7, Hyperparameters: map[string]any{"l2": 0.5}}},
			InputSchema:  map[string]any{"type": "array"},
			OutputSchema: map[string]any{"type": "string"},
			Runtime:      hokusai.RuntimeSpec{Kind: "linear", Entrypoint: "model.json"},
			Metrics:      map[string]float64{"accuracy": 0.9},
			Files:        []hokusai.ManifestFile{{Path: "model.json", Size: 3, SHA256: strings.Repeat("ab", 32)}},
		},
		Signer:    "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23",
		Signature: "0x" + strings.Repeat("11", 65),
	}
}

// RegistryStores is a registry store and the model store it depends on
// (versions belong to indexed models), over one database.
type RegistryStores struct {
	Models   hokusai.ModelService
	Registry hokusai.RegistryService
}

// registry opens a fresh database with models 1 and 2 indexed.
func registry(t *testing.T, open Opener[RegistryStores]) hokusai.RegistryService {
	s := open(t)()
	for _, m := range []*hokusai.Model{NewModel(1, "AAA"), NewModel(2, "BBB")} {
		if err := s.Models.UpsertModel(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	return s.Registry
}

// TestRegistryService is the suite every RegistryService must pass:
// versions list in semver order and round-trip, invalid and duplicate
// versions are refused, receipts and heads are kept, and of replicas
// registering one version at once exactly one succeeds.
func TestRegistryService(t *testing.T, open Opener[RegistryStores]) {
	t.Run("Versions", func(t *testing.T) { testRegistryVersions(t, open) })
	t.Run("Errors", func(t *testing.T) { testRegistryErrors(t, open) })
	t.Run("ReceiptsAndHead", func(t *testing.T) { testRegistryReceiptsAndHead(t, open) })
	t.Run("OrderProperty", func(t *testing.T) { testRegistryOrderProperty(t, open) })
	t.Run("ReplicasRace", func(t *testing.T) { testRegistryRace(t, open) })
	t.Run("DeleteModelsAfterTakesVersions", func(t *testing.T) { testDeleteModelsAfterTakesVersions(t, open) })
}

func testRegistryVersions(t *testing.T, open Opener[RegistryStores]) {
	ctx := context.Background()
	s := registry(t, open)
	// Registered out of order; listed in semver order.
	for _, v := range []string{"1.10.0", "1.2.0", "1.2.0-rc.1", "0.9.0", "1.2.0-alpha", "2.0.0", "1.2.0-rc.10", "1.2.0-rc.2"} {
		if err := s.CreateVersion(ctx, newVersion(1, v)); err != nil {
			t.Fatalf("create %s: %v", v, err)
		}
	}
	vs, err := s.FindVersions(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range vs {
		got = append(got, v.Version)
	}
	want := []string{"0.9.0", "1.2.0-alpha", "1.2.0-rc.1", "1.2.0-rc.2", "1.2.0-rc.10", "1.2.0", "1.10.0", "2.0.0"}
	if !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	// Everything round-trips.
	in := newVersion(1, "3.0.0")
	in.Parent = &hokusai.Lineage{ModelID: 1, Version: "2.0.0"}
	if err := s.CreateVersion(ctx, in); err != nil {
		t.Fatal(err)
	}
	out, err := s.FindVersion(ctx, 1, "3.0.0")
	if err != nil {
		t.Fatal(err)
	}
	if out.Digest != in.Digest || out.ManifestDigest != in.ManifestDigest || out.Size != in.Size || out.Signer != in.Signer ||
		out.Signature != in.Signature || out.Parent == nil || *out.Parent != *in.Parent || out.Metrics["accuracy"] != 0.9 ||
		out.Manifest.Training.Recipe.Seed != 7 || out.Manifest.Files[0].SHA256 != in.Manifest.Files[0].SHA256 || !out.CreatedAt.Equal(in.CreatedAt) {
		t.Fatalf("round trip: got %+v, want %+v", out, in)
	}
	// Other models have their own versions.
	if vs, _ := s.FindVersions(ctx, 2); len(vs) != 0 {
		t.Fatalf("model 2 has %d versions", len(vs))
	}
	if err := s.CreateVersion(ctx, newVersion(2, "1.2.0")); err != nil {
		t.Fatalf("same version on another model: %v", err)
	}
	// A fork on model 2 points at model 1.
	fork := newVersion(2, "1.3.0")
	fork.Parent = &hokusai.Lineage{ModelID: 1, Version: "1.10.0"}
	if err := s.CreateVersion(ctx, fork); err != nil {
		t.Fatal(err)
	}
}

func testRegistryErrors(t *testing.T, open Opener[RegistryStores]) {
	ctx := context.Background()
	s := registry(t, open)
	if err := s.CreateVersion(ctx, newVersion(1, "1.0.0")); err != nil {
		t.Fatal(err)
	}
	mut := func(f func(v *hokusai.ModelVersion)) *hokusai.ModelVersion {
		v := newVersion(1, "5.0.0")
		f(v)
		return v
	}
	cases := []struct {
		name  string
		v     *hokusai.ModelVersion
		code  string
		field string
	}{
		{"duplicate", newVersion(1, "1.0.0"), hokusai.ECONFLICT, "version"},
		{"same precedence", mut(func(v *hokusai.ModelVersion) { v.Version, v.Manifest.Version = "1.0.0+build.7", "1.0.0+build.7" }), hokusai.ECONFLICT, "version"},
		{"no model", newVersion(99, "1.0.0"), hokusai.ENOTFOUND, ""},
		{"bad semver", mut(func(v *hokusai.ModelVersion) { v.Version = "1.0" }), hokusai.EINVALID, "version"},
		{"manifest disagrees", mut(func(v *hokusai.ModelVersion) { v.Manifest.Version = "5.0.1" }), hokusai.EINVALID, "version"},
		{"bad digest", mut(func(v *hokusai.ModelVersion) { v.Digest = "sha256:nothex" }), hokusai.EINVALID, "digest"},
		{"bad manifest digest", mut(func(v *hokusai.ModelVersion) { v.ManifestDigest = "" }), hokusai.EINVALID, "manifest_digest"},
		{"no manifest", mut(func(v *hokusai.ModelVersion) { v.Manifest = nil }), hokusai.EINVALID, "manifest"},
		{"unknown parent", mut(func(v *hokusai.ModelVersion) { v.Parent = &hokusai.Lineage{ModelID: 1, Version: "0.0.1"} }), hokusai.EINVALID, "parent"},
		{"zero model", newVersion(0, "1.0.0"), hokusai.EINVALID, "model_id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.CreateVersion(ctx, c.v)
			if hokusai.ErrorCode(err) != c.code || hokusai.ErrorField(err) != c.field {
				t.Fatalf("got %v; want code %s field %q", err, c.code, c.field)
			}
		})
	}
	if _, err := s.FindVersion(ctx, 1, "9.9.9"); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("FindVersion missing: %v", err)
	}
	if vs, err := s.FindVersions(ctx, 1); err != nil || len(vs) != 1 {
		t.Fatalf("failed creates left rows: %d, %v", len(vs), err)
	}
}

func testRegistryReceiptsAndHead(t *testing.T, open Opener[RegistryStores]) {
	ctx := context.Background()
	s := registry(t, open)
	for _, v := range []string{"1.0.0", "1.1.0"} {
		if err := s.CreateVersion(ctx, newVersion(1, v)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.FindHead(ctx, 1); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("head before any: %v", err)
	}
	r1, r2 := "0x"+strings.Repeat("ab", 32), "sha256:"+strings.Repeat("cd", 32)
	for _, r := range []string{r1, r2, r1} {
		if err := s.AddReceipt(ctx, 1, "1.0.0", r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddReceipt(ctx, 1, "1.0.0", "nope"); hokusai.ErrorField(err) != "receipt_hash" {
		t.Fatalf("bad receipt: %v", err)
	}
	if err := s.AddReceipt(ctx, 1, "7.0.0", r1); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("receipt on missing version: %v", err)
	}
	v, _ := s.FindVersion(ctx, 1, "1.0.0")
	if !slices.Equal(v.Receipts, []string{r1, r2}) {
		t.Fatalf("receipts %v", v.Receipts)
	}
	vs, _ := s.FindVersions(ctx, 1)
	if !slices.Equal(vs[0].Receipts, []string{r1, r2}) || len(vs[1].Receipts) != 0 {
		t.Fatalf("listed receipts %v / %v", vs[0].Receipts, vs[1].Receipts)
	}

	score, _ := hokusai.ParseWad("score", "0.9123")
	if err := s.SetHead(ctx, 1, "1.0.0", score); err != nil {
		t.Fatal(err)
	}
	better, _ := hokusai.ParseWad("score", "0.93")
	if err := s.SetHead(ctx, 1, "1.1.0", better); err != nil {
		t.Fatal(err)
	}
	h, err := s.FindHead(ctx, 1)
	if err != nil || h.Version != "1.1.0" || h.Score.Cmp(better) != 0 {
		t.Fatalf("head %+v, %v", h, err)
	}
	if err := s.SetHead(ctx, 1, "9.0.0", better); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("head on a missing version: %v", err)
	}
	if err := s.SetHead(ctx, 1, "1.0.0", nil); hokusai.ErrorField(err) != "score" {
		t.Fatalf("nil score: %v", err)
	}
}

// Property: whatever order valid versions are registered in, FindVersions
// lists them sorted by semver precedence, and a second registration of any
// of them conflicts.
func testRegistryOrderProperty(t *testing.T, open Opener[RegistryStores]) {
	st := open(t)()
	ms, s := st.Models, st.Registry
	ctx := context.Background()
	next := uint64(0)
	rapid.Check(t, func(rt *rapid.T) {
		next++
		id := next
		if err := ms.UpsertModel(ctx, NewModel(id, fmt.Sprintf("P%c%c", 'A'+id/26%26, 'A'+id%26))); err != nil {
			rt.Fatal(err)
		}
		gen := rapid.Custom(func(rt *rapid.T) string {
			v := fmt.Sprintf("%d.%d.%d", rapid.IntRange(0, 3).Draw(rt, "maj"), rapid.IntRange(0, 12).Draw(rt, "min"), rapid.IntRange(0, 3).Draw(rt, "pat"))
			if rapid.Bool().Draw(rt, "pre") {
				v += "-" + rapid.SampledFrom([]string{"alpha", "beta", "rc.1", "rc.2", "rc.10", "1", "2", "alpha.1"}).Draw(rt, "preid")
			}
			return v
		})
		versions := rapid.SliceOfNDistinct(gen, 1, 12, func(s string) string { return s }).Draw(rt, "versions")
		for _, v := range versions {
			if err := s.CreateVersion(ctx, newVersion(id, v)); err != nil {
				rt.Fatalf("create %s: %v", v, err)
			}
		}
		vs, err := s.FindVersions(ctx, id)
		if err != nil || len(vs) != len(versions) {
			rt.Fatalf("listed %d, %v", len(vs), err)
		}
		for i := 1; i < len(vs); i++ {
			a, _ := hokusai.ParseSemver(vs[i-1].Version)
			b, _ := hokusai.ParseSemver(vs[i].Version)
			if a.Compare(b) >= 0 {
				rt.Fatalf("%s listed before %s", vs[i-1].Version, vs[i].Version)
			}
		}
		dup := rapid.SampledFrom(versions).Draw(rt, "dup")
		if err := s.CreateVersion(ctx, newVersion(id, dup)); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
			rt.Fatalf("duplicate %s: %v", dup, err)
		}
	})
}

// testRegistryRace: replicas registering one version of a model at once
// (or the same version with other build metadata) leave one version.
func testRegistryRace(t *testing.T, open Opener[RegistryStores]) {
	ctx := context.Background()
	handles := open(t)
	first := handles()
	if err := first.Models.UpsertModel(ctx, NewModel(1, "AAA")); err != nil {
		t.Fatal(err)
	}
	replicas := []hokusai.RegistryService{first.Registry, handles().Registry}
	wins, conflicts := race(t, 12, func(i int) error {
		v := "1.0.0"
		if i%3 == 1 {
			v = fmt.Sprintf("1.0.0+build.%d", i)
		}
		mv := newVersion(1, v)
		return replicas[i%2].CreateVersion(ctx, mv)
	})
	if wins != 1 || conflicts != 11 {
		t.Fatalf("%d registrations of version 1.0.0 succeeded and %d conflicted of 12; want 1 and 11", wins, conflicts)
	}
	if vs, err := replicas[1].FindVersions(ctx, 1); err != nil || len(vs) != 1 {
		t.Fatalf("%d versions stored, %v; want 1", len(vs), err)
	}
}

// testDeleteModelsAfterTakesVersions: a model the chain lost goes with
// its versions and head (they belonged to its owner, not to whichever
// model the new chain gives its id), and the other model keeps its own.
func testDeleteModelsAfterTakesVersions(t *testing.T, open Opener[RegistryStores]) {
	ctx := context.Background()
	st := open(t)()
	ms, reg := st.Models, st.Registry
	for _, m := range []*hokusai.Model{NewModel(1, "AAA"), NewModel(2, "BBB")} { // blocks 101, 102
		if err := ms.UpsertModel(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []uint64{1, 2} {
		if err := reg.CreateVersion(ctx, newVersion(id, "1.0.0")); err != nil {
			t.Fatal(err)
		}
		if err := reg.SetHead(ctx, id, "1.0.0", hokusai.WAD); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := ms.DeleteModelsAfter(ctx, 101); err != nil || n != 1 {
		t.Fatalf("DeleteModelsAfter(101) = %d, %v; want 1", n, err)
	}
	if vs, err := reg.FindVersions(ctx, 2); err != nil || len(vs) != 0 {
		t.Fatalf("model 2's versions after it was removed: %v %v", vs, err)
	}
	if _, err := reg.FindHead(ctx, 2); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("model 2's head after it was removed: %v", err)
	}
	if h, err := reg.FindHead(ctx, 1); err != nil || h.Version != "1.0.0" {
		t.Fatalf("model 1's head = %+v, %v", h, err)
	}
}
