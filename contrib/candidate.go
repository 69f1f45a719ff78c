package contrib

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/pack"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
)

// Bounds of a candidate package (a contribution to a model whose
// candidates are scored as submitted), checked before it is unpacked.
const (
	MaxCandidateBytes = 16 << 20 // the archive as sent
	// candidateProbeRows is how many of the contribution's rows the
	// candidate must predict at intake, so a model that cannot read the
	// benchmark's columns is refused at once, not at evaluation.
	candidateProbeRows = 16
	candidateProbeTime = 10 * time.Second
)

// CandidateLimits bound what a candidate package may unpack to.
var CandidateLimits = pack.Limits{MaxFiles: 64, MaxFileSize: 64 << 20, MaxTotalSize: 64 << 20}

// OpenCandidate verifies a candidate or head package archive (as any
// upload: file hashes, signature, no pickles, CandidateLimits) and loads
// its model; remote runtimes are refused. The caller closes it.
func OpenCandidate(archive []byte, cfg hkruntime.Config) (*hkruntime.Archive, error) {
	if len(archive) > MaxCandidateBytes {
		return nil, hokusai.FieldErrorf("candidate_package", "The candidate package is %d bytes; the limit is %d.", len(archive), MaxCandidateBytes)
	}
	a, err := hkruntime.OpenArchive(archive, CandidateLimits, "", cfg)
	if err != nil {
		return nil, &hokusai.Error{Code: hokusai.ErrorCode(err), Field: "candidate_package", Message: "The candidate package cannot be used: " + hokusai.ErrorMessage(err)}
	}
	return a, nil
}

// CheckCandidate says whether a loaded candidate can replace the head of
// the model st describes: it must predict the setup's target with the
// benchmark's classes (or values, for regression) from benchmark columns
// only, and predict the contribution's first rows sample.
func CheckCandidate(ctx context.Context, st *Setup, c hokusai.Predictor, sample *eval.Dataset) error {
	info := c.Info()
	bad := func(format string, args ...any) error {
		return hokusai.FieldErrorf("candidate_package", "The candidate package cannot replace model %d's head: "+format, append([]any{st.ModelID}, args...)...)
	}
	target := st.Recipe.Target
	if info.Target != "" && info.Target != target {
		return bad("it predicts %q but the model predicts %q; set runtime.options.target to %q.", excerpt(info.Target), excerpt(target), excerpt(target))
	}
	want := hokusai.TaskRegression
	if st.Classification() {
		want = hokusai.TaskClassification
	}
	if info.Task != want {
		return bad("it is a %s model but the model's benchmark is scored as %s; set runtime.options.task or submit a %s model.", info.Task, want, want)
	}
	if want == hokusai.TaskClassification {
		classes, err := st.Benchmark.Classes(target)
		if err != nil {
			return err
		}
		got := slices.Sorted(slices.Values(info.Classes))
		if !slices.Equal(got, slices.Sorted(slices.Values(classes))) {
			return bad("its classes are %v but the benchmark's %s column holds %v; list them in runtime.options.classes by the model's output index.", excerptAll(info.Classes), excerpt(target), excerptAll(classes))
		}
	}
	for _, f := range info.Features {
		if _, err := st.Benchmark.ColumnIndex(f); err != nil || f == target {
			return bad("it reads a feature %q that is not an input column of the benchmark (%s); name the model's inputs in runtime.options.features.", excerpt(f), columnList(st.Benchmark))
		}
	}
	names := make([]string, len(sample.Columns))
	for i, col := range sample.Columns {
		names[i] = col.Name
	}
	rows := hokusai.RowsFromTable(names, sample.Rows[:min(len(sample.Rows), candidateProbeRows)])
	pctx, cancel := context.WithTimeout(ctx, candidateProbeTime)
	defer cancel()
	if _, err := c.Predict(pctx, rows); err != nil {
		return bad("it cannot predict the contribution's rows: %s", hokusai.ErrorMessage(err))
	}
	return nil
}

func excerptAll(s []string) string {
	out := make([]string, 0, min(len(s), 20))
	for i, x := range s {
		if i == 20 {
			out = append(out, fmt.Sprintf("… %d more", len(s)-20))
			break
		}
		out = append(out, excerpt(x))
	}
	return "[" + strings.Join(out, " ") + "]"
}

// candidatePackage checks the candidate package a contribution to a model
// scored as submitted must carry, and returns it with its digest.
func (s *Store) candidatePackage(ctx context.Context, st *Setup, sub Submission, rows *eval.Dataset) ([]byte, string, error) {
	if len(sub.Candidate) > 0 {
		return nil, "", hokusai.FieldErrorf("candidate", "Model %d runs on %s: send the package you trained on the rows as candidate_package (an archive from `hokusai package`), not a built-in model file.", sub.ModelID, st.Recipe.Runtime)
	}
	if len(sub.CandidatePackage) == 0 {
		return nil, "", hokusai.FieldErrorf("candidate_package", "Model %d runs on %s, which the evaluator does not retrain: send the rows together with the candidate package you trained on them (contribute --candidate-package FILE); it is scored as submitted on the hidden test split.", sub.ModelID, st.Recipe.Runtime)
	}
	a, err := OpenCandidate(sub.CandidatePackage, s.Runtime)
	if err != nil {
		return nil, "", err
	}
	defer a.Close()
	if err := CheckCandidate(ctx, st, a, rows); err != nil {
		return nil, "", err
	}
	return sub.CandidatePackage, a.Package.Digest, nil
}
