package hokusai

import (
	"context"
	"strings"
	"time"
)

// FineTuneHold is something a runner holds outside this server for a
// job — an Akash deployment paying from its escrow — written down before
// it is used, so a server that restarts after a crash finds and frees
// what its predecessor held.
type FineTuneHold struct {
	Runner    string // the runner's name, e.g. "akash"
	JobID     int64
	Ref       string // the runner's name for it, e.g. a deployment's dseq
	CreatedAt time.Time
}

// FineTuneHoldService keeps runners' holds.
type FineTuneHoldService interface {
	// AddFineTuneHold records h and sets h.CreatedAt; recording the same
	// (runner, ref) again changes nothing. EINVALID without a runner,
	// job or ref.
	AddFineTuneHold(ctx context.Context, h *FineTuneHold) error
	// FindFineTuneHolds lists runner's holds for job jobID, oldest first.
	FindFineTuneHolds(ctx context.Context, runner string, jobID int64) ([]*FineTuneHold, error)
	// DeleteFineTuneHold forgets a freed hold; an unknown one is no error.
	DeleteFineTuneHold(ctx context.Context, runner, ref string) error
}

// CheckFineTuneHold names the first field h lacks.
func CheckFineTuneHold(h *FineTuneHold) error {
	switch {
	case strings.TrimSpace(h.Runner) == "":
		return FieldErrorf("runner", "A hold needs its runner.")
	case h.JobID <= 0:
		return FieldErrorf("job", "A hold needs its job, got %d.", h.JobID)
	case strings.TrimSpace(h.Ref) == "" || len(h.Ref) > 200:
		return FieldErrorf("ref", "A hold needs the runner's name for it (1 to 200 characters).")
	}
	return nil
}
