package hokusai

import (
	"context"
	"strings"
	"time"
)

// RelayLimitService counts what the platform relays — transactions members
// sign off-chain whose gas the platform pays — in fixed time windows, in
// the database every replica shares, so that a limit holds across replicas.
// A count lives in a bucket ("rate:7:0xabc…", "gas") and a window (its
// start, Unix seconds); nothing else about time is the store's business.
type RelayLimitService interface {
	// TakeRelay adds n to the bucket's count in the window if the count
	// stays at most limit, atomically: of racing takers, only as many as
	// fit succeed. It returns whether it took and the count after the take
	// (or, refused, the count that was too high). EINVALID when the bucket
	// is empty or longer than MaxRelayBucket, n < 1, or limit < 0.
	TakeRelay(ctx context.Context, bucket string, window int64, n, limit int64) (taken bool, used int64, err error)
	// CountRelay returns the bucket's count in the window (0 when none):
	// a look before work, which a later take may still find full.
	CountRelay(ctx context.Context, bucket string, window int64) (int64, error)
	// AdjustRelay adds delta (negative: gives back) to the bucket's count in
	// the window whatever the limit, never below zero: a reservation
	// corrected to what was spent, or returned when nothing was sent.
	AdjustRelay(ctx context.Context, bucket string, window int64, delta int64) error
	// SweepRelays forgets the counts of windows that started before before.
	SweepRelays(ctx context.Context, before int64) error
}

// MaxRelayBucket bounds a bucket's name.
const MaxRelayBucket = 200

// CheckRelayTake returns an EINVALID error naming what is wrong with a take.
func CheckRelayTake(bucket string, n, limit int64) error {
	switch {
	case strings.TrimSpace(bucket) == "" || len(bucket) > MaxRelayBucket:
		return FieldErrorf("bucket", "A relay limit's bucket needs a name of 1 to %d bytes.", MaxRelayBucket)
	case n < 1:
		return FieldErrorf("n", "A relay take must take at least 1, not %d.", n)
	case limit < 0:
		return FieldErrorf("limit", "A relay limit cannot be negative (%d).", limit)
	}
	return nil
}

// RelayWindow returns the start of the fixed window of length period that
// holds now, and when it ends (and the next begins). Windows are aligned
// to the Unix epoch, so every replica computes the same ones.
func RelayWindow(now time.Time, period time.Duration) (start, end time.Time) {
	p := int64(period / time.Second)
	if p < 1 {
		p = 1
	}
	s := now.Unix() - (now.Unix()%p+p)%p
	return time.Unix(s, 0).UTC(), time.Unix(s+p, 0).UTC()
}
