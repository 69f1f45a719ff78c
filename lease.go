package hokusai

import (
	"context"
	"strings"
	"time"
)

// LeaseService hands out named, expiring leases so that a piece of work
// that must run in one place at a time (settling a router's usage,
// indexing the chain, evaluating a model's batch) runs on one replica even
// when several share a database. A holder that dies loses its lease when
// it expires; a holder that lives renews it before then.
type LeaseService interface {
	// AcquireLease gives the lease name to holder until now+ttl when it is
	// free, expired, or already held by holder (a renewal), and reports
	// whether holder has it. EINVALID when name or holder is empty or ttl
	// is not positive.
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error)
	// ReleaseLease frees the lease if holder has it; otherwise it does
	// nothing.
	ReleaseLease(ctx context.Context, name, holder string) error
}

// CheckLease returns an EINVALID error naming what is wrong with a lease
// request: an empty name or holder, or a ttl that is not positive.
func CheckLease(name, holder string, ttl time.Duration) error {
	switch {
	case strings.TrimSpace(name) == "":
		return FieldErrorf("name", "A lease needs a name.")
	case strings.TrimSpace(holder) == "":
		return FieldErrorf("holder", "A lease needs a holder (e.g. the replica's id).")
	case ttl <= 0:
		return FieldErrorf("ttl", "A lease's ttl must be positive, got %s.", ttl)
	}
	return nil
}
