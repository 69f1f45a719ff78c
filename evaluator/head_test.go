package evaluator_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/evaluator"
)

// TestSetupMeasuresHead: over REST through the Go SDK, a declared baseline
// outside the measured head's interval is refused with both numbers and
// the fix, committing and storing nothing; the setup answer and the
// benchmark show the measured head, its interval, the declared value and
// the hash the verifier committed.
func TestSetupMeasuresHead(t *testing.T) {
	e := newEnv(t)
	cli, _ := serveAPI(t, e)
	bench, err := os.ReadFile(votesCSV)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := e.c.CommittedBenchmark(e.ctx, e.mint.Verifier, e.model.ID)
	if err != nil {
		t.Fatal(err)
	}
	req := &evaluator.SetupRequest{Recipe: votesRecipe, Seed: 84, DevPercent: 60, Initial: 12, Resamples: 1000, Benchmark: string(bench), DeclaredBaseline: "0.5"}
	_, err = cli.SetupModel(e.ctx, "VOTES", apiSetup(t, req), e.owner)
	msg := hokusai.ErrorMessage(err)
	if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "declared_baseline" || !strings.Contains(msg, "declared baseline 0.5") || !strings.Contains(msg, "95% bootstrap interval") {
		t.Fatalf("declared 0.5: %v", err)
	}
	head := evaluator.ScoreWad(e.baseline)
	want := "declare " + strconv.FormatFloat(e.baseline, 'f', 4, 64)
	if !strings.Contains(msg, want) {
		t.Fatalf("refusal %q lacks the fix %q", msg, want)
	}
	if got, _ := e.c.CommittedBenchmark(e.ctx, e.mint.Verifier, e.model.ID); got != committed {
		t.Fatalf("a refused setup committed %s", got.Hex())
	}
	if got, _, _ := e.c.VerifierHead(e.ctx, e.mint.Verifier, e.model.ID); got.Cmp(head) != 0 {
		t.Fatalf("a refused setup moved the head to %s", got)
	}

	// The model's own declaration (it was created with the measured score)
	// is accepted; the
	// same benchmark and head are already committed, so nothing is sent.
	req.DeclaredBaseline = ""
	res, err := cli.SetupModel(e.ctx, "VOTES", apiSetup(t, req), e.owner)
	if err != nil {
		t.Fatal(err)
	}
	h := res.Head
	if h.Score != hokusai.FormatWad(head) || res.HeadScore != h.Score || h.Declared != h.Score || h.Resamples != 1000 ||
		h.BenchmarkHash != committed.Hex() || h.CommitTx != "" || res.BenchmarkSpec.DeltaOne != "10000000000000000" || res.BenchmarkSpec.TestRows != uint64(res.TestRows) {
		t.Fatalf("setup answer: head %+v spec %+v", h, res.BenchmarkSpec)
	}
	lo, _ := hokusai.ParseWad("low95", h.Low95)
	hi, _ := hokusai.ParseWad("high95", h.High95)
	if lo.Cmp(head) > 0 || hi.Cmp(head) < 0 || lo.Cmp(hi) >= 0 {
		t.Fatalf("interval %s–%s does not hold the head %s", h.Low95, h.High95, h.Score)
	}
	b, err := cli.Benchmark(e.ctx, "VOTES")
	if err != nil {
		t.Fatal(err)
	}
	if b.Head == nil || b.Head.Score != h.Score || b.Head.BenchmarkHash != h.BenchmarkHash || b.CommittedBenchmarkHash == nil || common.HexToHash(*b.CommittedBenchmarkHash) != committed {
		t.Fatalf("benchmark: head %+v committed %v", b.Head, b.CommittedBenchmarkHash)
	}
}
