package evaluator_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/attest"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/pack"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
	"github.com/hokusai-protocol/hokusai/runtime/onnx"
)

// penguinsDir holds the penguins benchmark split into the owner's rows and
// the contributors' pool, and the ONNX and XGBoost models train.py fitted
// on them (README.md there).
var penguinsDir = filepath.Join("..", "testdata", "models", "penguins-improve")

var penguinsFeatures = []any{"bill_length", "bill_depth", "flipper_length", "body_mass"}

// modelFile is a runtime's fixture file name for head, better or overfit.
func modelFile(kind, name string) string {
	if kind == hokusai.RuntimeONNX {
		return name + ".onnx"
	}
	return name + ".bin"
}

// penguinsPackage packages one of the fixture models as `hokusai package`
// does, with the runtime options that name its inputs and classes.
func penguinsPackage(t testing.TB, kind, name string, options map[string]any) []byte {
	t.Helper()
	dir := t.TempDir()
	file := modelFile(kind, name)
	b, err := os.ReadFile(filepath.Join(penguinsDir, file))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, file), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if options == nil {
		options = map[string]any{"features": penguinsFeatures, "classes": []any{"Adelie", "Chinstrap", "Gentoo"}, "target": "species"}
	}
	m := hokusai.Manifest{Schema: hokusai.ManifestSchema, Name: "penguins", Version: "1.0.0", Description: "Penguin species from body measures.",
		Architecture: name + " " + kind, Training: hokusai.Training{Methodology: "train.py in testdata/models/penguins-improve."},
		InputSchema: map[string]any{"type": "object"}, OutputSchema: map[string]any{"type": "object"},
		Runtime: hokusai.RuntimeSpec{Kind: kind, Entrypoint: file, Options: options}}
	var buf bytes.Buffer
	if _, err := pack.Package(dir, m, pack.Options{Key: devchain.DevKey(5), Out: &buf}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func penguinsCSV(t testing.TB, name string) *eval.Dataset {
	t.Helper()
	d, err := eval.LoadFile(filepath.Join(penguinsDir, name), eval.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// needRuntime skips an ONNX test when ONNX Runtime is not installed,
// unless HOKUSAI_REQUIRE_ORT=1 (CI) makes that a failure.
func needRuntime(t *testing.T, kind string) {
	t.Helper()
	if kind != hokusai.RuntimeONNX {
		return
	}
	_, err := os.Stat(onnx.LibPath(""))
	if onnx.Native && err == nil {
		return
	}
	if os.Getenv("HOKUSAI_REQUIRE_ORT") == "1" {
		t.Fatalf("ONNX Runtime is not installed at %s; run %s", onnx.LibPath(""), onnx.InstallScript)
	}
	t.Skipf("ONNX Runtime is not installed at %s (HOKUSAI_REQUIRE_ORT=1 makes this a failure)", onnx.LibPath(""))
}

// scoredEnv is env with a penguins model served by kind: its head is
// head.onnx / head.bin, packaged; each minted candidate becomes the head.
type scoredEnv struct {
	*env
	kind      string
	headPkg   []byte
	published [][]byte
}

func newScoredEnv(t *testing.T, kind string) *scoredEnv {
	t.Helper()
	needRuntime(t, kind)
	se := &scoredEnv{kind: kind, headPkg: penguinsPackage(t, kind, "head", nil)}
	se.env = newEnvWith(t, func(e *env) {
		e.setup = &contrib.Setup{Recipe: hokusai.TrainingRecipe{Runtime: kind, Target: "species"}, Metric: hokusai.MetricAccuracy,
			Direction: hokusai.Maximize, Seed: 7, DevPercent: 60, Resamples: 1000,
			Benchmark: penguinsCSV(t, "benchmark.csv"), Training: penguinsCSV(t, "owner.csv")}
		if err := e.setup.Validate(); err != nil {
			t.Fatal(err)
		}
		e.pool = penguinsCSV(t, "pool.csv")
		h, err := evaluator.MeasureHeadPackage(e.ctx, e.setup, se.headPkg, hkruntime.Config{})
		if err != nil {
			t.Fatal(err)
		}
		e.baseline, e.headPackage = h.Score, se.headPkg
	})
	se.worker.HeadPackage = func(context.Context, uint64) ([]byte, error) { return se.headPkg, nil }
	se.worker.PublishPackage = func(_ context.Context, _ *contrib.Evaluation, archive []byte) error {
		se.published = append(se.published, archive)
		se.headPkg = archive
		return nil
	}
	return se
}

// poolRows returns pool rows [from, to) as CSV.
func (se *scoredEnv) poolRows(from, to int) []byte {
	var b bytes.Buffer
	if err := se.pool.Subset(seq(from, to)).WriteCSV(&b); err != nil {
		se.t.Fatal(err)
	}
	return b.Bytes()
}

func (se *scoredEnv) submitPackage(who int, rows, pkg []byte) (*contrib.Contribution, error) {
	c, _, err := se.store.Submit(se.ctx, contrib.Submission{ModelID: se.model.ID, Contributor: devchain.DevAddress(who).Hex(), Body: rows, CandidatePackage: pkg})
	return c, err
}

// devAccuracy is a package's accuracy on the public dev split (the
// owner's rows and the pool), as a contributor can measure it.
func (se *scoredEnv) devAccuracy(pkg []byte) float64 {
	se.t.Helper()
	a, err := hkruntime.OpenArchive(pkg, pack.Limits{}, se.t.(*testing.T).TempDir(), hkruntime.Config{})
	if err != nil {
		se.t.Fatal(err)
	}
	defer a.Close()
	right, all := 0, 0
	for _, d := range []*eval.Dataset{se.setup.Training, se.pool} {
		names := []string{}
		for _, c := range d.Columns {
			names = append(names, c.Name)
		}
		rows := hokusai.RowsFromTable(names, d.Rows)
		preds, err := a.Predict(se.ctx, rows)
		if err != nil {
			se.t.Fatal(err)
		}
		for i, p := range preds {
			all++
			if p.Label == rows[i]["species"] {
				right++
			}
		}
	}
	return float64(right) / float64(all)
}

func TestCandidatePackagesAreScoredAsSubmitted(t *testing.T) {
	for _, kind := range []string{hokusai.RuntimeONNX, hokusai.RuntimeXGBoost} {
		t.Run(kind, func(t *testing.T) {
			se := newScoredEnv(t, kind)
			head0 := se.head()
			better, overfit := penguinsPackage(t, kind, "better", nil), penguinsPackage(t, kind, "overfit", nil)

			// The overfit candidate is perfect on the public dev rows, yet
			// worse than the head on the hidden test split: refused.
			if d, h := se.devAccuracy(overfit), se.devAccuracy(se.headPkg); d != 1 || d <= h {
				t.Fatalf("overfit candidate's dev accuracy %.4f (head %.4f); the fixture should fit the dev rows perfectly", d, h)
			}
			oc, err := se.submitPackage(6, se.poolRows(0, 90), overfit)
			if err != nil {
				t.Fatal(err)
			}
			se.process()
			got := se.contribution(oc.ID)
			if got.Status != contrib.StatusRejected || (got.ReasonCode != contrib.ReasonWorse && got.ReasonCode != contrib.ReasonNoImprovement) || got.MintTx != "" {
				t.Fatalf("overfit candidate: %+v; want rejected WORSE or NO_IMPROVEMENT without a mint", got)
			}
			t.Logf("overfit candidate refused: %s %s", got.ReasonCode, got.Reason)
			if se.head().Cmp(head0) != 0 || len(se.published) != 0 {
				t.Fatal("a refused candidate moved the head or was published")
			}

			// The better candidate, trained on every dev row: accepted,
			// re-scored by both attesters, minted and published.
			bc, err := se.submitPackage(5, se.poolRows(0, se.pool.Len()), better)
			if err != nil {
				t.Fatal(err)
			}
			ev, claim, err := se.worker.Evaluate(se.ctx, bc.ID)
			if err != nil {
				t.Fatal(err)
			}
			if ev.Decision != contrib.DecisionMint {
				t.Fatalf("better candidate: %s %s (%.4f → %.4f, lower95 %.4f)", ev.ReasonCode, ev.Reason, ev.BaselineScore, ev.CandidateScore, ev.Lower95)
			}
			r, err := eval.ParseReceipt(ev.Receipt)
			if err != nil {
				t.Fatal(err)
			}
			if r.Path != eval.PathScoredAsSubmitted || r.CandidateDigest != bc.CandidateDigest || ev.BaselineScore != se.baseline {
				t.Fatalf("receipt path %q candidate %s baseline %v; want %s, %s, %v", r.Path, r.CandidateDigest, ev.BaselineScore, eval.PathScoredAsSubmitted, bc.CandidateDigest, se.baseline)
			}
			if !strings.Contains(r.RuntimeVersion, map[string]string{hokusai.RuntimeONNX: "onnxruntime", hokusai.RuntimeXGBoost: "leaves"}[kind]) {
				t.Fatalf("receipt runtime %q", r.RuntimeVersion)
			}
			// An attester re-scores the packages the claim carries: the
			// claim holds; with another candidate package it is refused.
			if err := attest.Check(se.ctx, claim, nil); err != nil {
				t.Fatalf("attester refuses the honest claim: %v", err)
			}
			forged := *claim
			forged.CandidatePackage = overfit
			if err := attest.Check(se.ctx, &forged, nil); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN || !strings.Contains(err.Error(), "candidate") {
				t.Fatalf("attester on a claim with another candidate package: %v; want a refusal naming the candidate", err)
			}
			if err := se.worker.MintEvaluation(se.ctx, ev, claim); err != nil {
				t.Fatal(err)
			}
			got = se.contribution(bc.ID)
			if got.Status != contrib.StatusAccepted || got.MintTx == "" || got.Reward == "" {
				t.Fatalf("better candidate: %+v; want accepted, minted and paid", got)
			}
			t.Logf("%s: head %.4f → candidate %.4f (lower95 %.4f), %s DeltaOnes", kind, ev.BaselineScore, ev.CandidateScore, ev.Lower95, ev.DeltaOnes)
			if se.head().Cmp(evaluator.ScoreWad(ev.CandidateScore)) != 0 {
				t.Fatalf("head %s, want the candidate's score %v", se.head(), ev.CandidateScore)
			}
			if _, digest, _ := se.c.VerifierHead(se.ctx, se.mint.Verifier, se.model.ID); digest != evaluator.DigestHash(bc.CandidateDigest) {
				t.Fatalf("on-chain head digest %s, want the candidate package's %s", digest.Hex(), bc.CandidateDigest)
			}
			if len(se.published) != 1 || !bytes.Equal(se.published[0], better) {
				t.Fatalf("published %d packages; want the better candidate", len(se.published))
			}
			// Its rows joined the training data: the same rows again are
			// not new.
			again, err := se.submitPackage(7, se.poolRows(0, 20), better)
			if err != nil {
				t.Fatal(err)
			}
			se.process()
			if got := se.contribution(again.ID); got.ReasonCode != contrib.ReasonDuplicate {
				t.Fatalf("old rows with a candidate: %s %s; want DUPLICATE", got.ReasonCode, got.Reason)
			}
			if se.balance(devchain.DevAddress(6)).Sign() != 0 || se.balance(devchain.DevAddress(7)).Sign() != 0 {
				t.Fatal("a refused contributor was paid")
			}
		})
	}
}

func TestCandidatePackageIntake(t *testing.T) {
	se := newScoredEnv(t, hokusai.RuntimeXGBoost)
	rows := se.poolRows(0, 30)
	remote := func() []byte {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("served elsewhere\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		m := hokusai.Manifest{Schema: hokusai.ManifestSchema, Name: "penguins", Version: "1.0.0", Description: "Remote.", Architecture: "remote",
			Training: hokusai.Training{Methodology: "none"}, InputSchema: map[string]any{"type": "object"}, OutputSchema: map[string]any{"type": "object"},
			Runtime: hokusai.RuntimeSpec{Kind: hokusai.RuntimeRemoteJSON, Options: map[string]any{"endpoint": map[string]any{"url": "http://127.0.0.1:9/predict"}}}}
		var buf bytes.Buffer
		if _, err := pack.Package(dir, m, pack.Options{Out: &buf}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}()
	cases := []struct {
		name  string
		sub   contrib.Submission
		field string
		want  string
	}{
		{"rows without a package", contrib.Submission{Body: rows}, "candidate_package", "does not retrain"},
		{"a built-in model file", contrib.Submission{Body: rows, Candidate: []byte(`{"kind":"logistic"}`)}, "candidate", "candidate_package"},
		{"not a package", contrib.Submission{Body: rows, CandidatePackage: []byte("not a tar archive")}, "candidate_package", "cannot be used"},
		{"too large", contrib.Submission{Body: rows, CandidatePackage: make([]byte, contrib.MaxCandidateBytes+1)}, "candidate_package", "limit"},
		{"other classes", contrib.Submission{Body: rows, CandidatePackage: penguinsPackage(t, hokusai.RuntimeXGBoost, "better",
			map[string]any{"features": penguinsFeatures, "classes": []any{"A", "C", "G"}})}, "candidate_package", "classes"},
		{"other inputs", contrib.Submission{Body: rows, CandidatePackage: penguinsPackage(t, hokusai.RuntimeXGBoost, "better",
			map[string]any{"classes": []any{"Adelie", "Chinstrap", "Gentoo"}})}, "candidate_package", "not an input column"},
		{"other target", contrib.Submission{Body: rows, CandidatePackage: penguinsPackage(t, hokusai.RuntimeXGBoost, "better",
			map[string]any{"features": penguinsFeatures, "classes": []any{"Adelie", "Chinstrap", "Gentoo"}, "target": "island"})}, "candidate_package", "island"},
		{"a remote endpoint", contrib.Submission{Body: rows, CandidatePackage: remote}, "candidate_package", "remote endpoint"},
	}
	for _, c := range cases {
		c.sub.ModelID, c.sub.Contributor = se.model.ID, devchain.DevAddress(5).Hex()
		_, _, err := se.store.Submit(se.ctx, c.sub)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v (field %q); want INVALID on %s saying %q", c.name, err, hokusai.ErrorField(err), c.field, c.want)
		}
	}
	if cs, err := se.store.FindContributions(se.ctx, contrib.ContributionFilter{ModelID: se.model.ID, Limit: 10}); err != nil || len(cs) != 0 {
		t.Fatalf("refused submissions left %d contributions (%v)", len(cs), err)
	}
	// A package for a model the evaluator retrains is refused too.
	votes := newEnv(t)
	_, _, err := votes.store.Submit(votes.ctx, contrib.Submission{ModelID: votes.model.ID, Contributor: devchain.DevAddress(5).Hex(), Body: votes.rows(0, 10, false),
		CandidatePackage: se.headPkg})
	if hokusai.ErrorField(err) != "candidate_package" || !strings.Contains(err.Error(), "retrains") {
		t.Fatalf("package for a linear model: %v", err)
	}
}

// TestHeadScoredOnce: a worker scores a model's head package once and
// reuses the score for every candidate until the head package (or the
// benchmark) changes.
func TestHeadScoredOnce(t *testing.T) {
	kind := hokusai.RuntimeXGBoost
	setup := func(seed uint64) *contrib.Setup {
		st := &contrib.Setup{ModelID: 1, Recipe: hokusai.TrainingRecipe{Runtime: kind, Target: "species"}, Metric: hokusai.MetricAccuracy,
			Direction: hokusai.Maximize, Seed: seed, DevPercent: 60, Resamples: 100,
			Benchmark: penguinsCSV(t, "benchmark.csv"), Training: penguinsCSV(t, "owner.csv")}
		if err := st.Validate(); err != nil {
			t.Fatal(err)
		}
		return st
	}
	st := setup(7)
	ctx := context.Background()
	w := &evaluator.Worker{}
	head, better := penguinsPackage(t, kind, "head", nil), penguinsPackage(t, kind, "better", nil)
	first, err := w.ScoreHead(ctx, st, head)
	if err != nil {
		t.Fatal(err)
	}
	again, err := w.ScoreHead(ctx, st, head)
	if err != nil {
		t.Fatal(err)
	}
	if again != first {
		t.Fatal("the same head package was scored again")
	}
	next, err := w.ScoreHead(ctx, st, better)
	if err != nil {
		t.Fatal(err)
	}
	if next == first || next.Digest == first.Digest {
		t.Fatalf("a new head package reused the old score (%s)", first.Digest)
	}
	other, err := w.ScoreHead(ctx, setup(8), better)
	if err != nil {
		t.Fatal(err)
	}
	if other == next {
		t.Fatal("a changed benchmark reused the old head score")
	}
}
