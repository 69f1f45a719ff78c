package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// TestFineTuneHoldService is the suite every FineTuneHoldService must
// pass: holds are listed per runner and job, oldest first; adding one
// twice keeps one; deleting frees it (an unknown one is no error); a hold
// without its fields is refused naming the field; another handle on the
// same store (a restarted server) sees them.
func TestFineTuneHoldService(t *testing.T, open Opener[hokusai.FineTuneHoldService]) {
	ctx := context.Background()
	handle := open(t)
	s := handle()
	for _, c := range []struct {
		field string
		h     hokusai.FineTuneHold
	}{{"runner", hokusai.FineTuneHold{JobID: 1, Ref: "1"}}, {"job", hokusai.FineTuneHold{Runner: "akash", Ref: "1"}}, {"ref", hokusai.FineTuneHold{Runner: "akash", JobID: 1}}} {
		if err := s.AddFineTuneHold(ctx, &c.h); hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != c.field {
			t.Fatalf("hold without %s: %v", c.field, err)
		}
	}
	for i, h := range []hokusai.FineTuneHold{{Runner: "akash", JobID: 7, Ref: "1001"}, {Runner: "akash", JobID: 7, Ref: "1002"}, {Runner: "akash", JobID: 8, Ref: "1003"}, {Runner: "other", JobID: 7, Ref: "1001"}, {Runner: "akash", JobID: 7, Ref: "1001"}} {
		if err := s.AddFineTuneHold(ctx, &h); err != nil || h.CreatedAt.IsZero() {
			t.Fatalf("hold %d: %v", i, err)
		}
	}
	refs := func(runner string, job int64) string {
		hs, err := handle().FindFineTuneHolds(ctx, runner, job)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hs {
			if h.Runner != runner || h.JobID != job {
				t.Fatalf("listed %+v for %s/%d", h, runner, job)
			}
			out = append(out, h.Ref)
		}
		return fmt.Sprint(out)
	}
	if got := refs("akash", 7); got != "[1001 1002]" {
		t.Fatalf("akash holds of job 7: %s", got)
	}
	if got := refs("other", 7) + refs("akash", 8) + refs("akash", 9); got != "[1001][1003][]" {
		t.Fatalf("other holds: %s", got)
	}
	for _, ref := range []string{"1001", "1001", "nope"} {
		if err := s.DeleteFineTuneHold(ctx, "akash", ref); err != nil {
			t.Fatal(err)
		}
	}
	if got := refs("akash", 7) + refs("other", 7); got != "[1002][1001]" {
		t.Fatalf("after deleting akash 1001: %s", got)
	}
}
