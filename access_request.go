package hokusai

import "time"

// Access request statuses: a consumer asks, the owner approves (by adding
// the consumer to the whitelist) or declines.
const (
	AccessPending  = "pending"
	AccessApproved = "approved"
	AccessDeclined = "declined"
)

// MaxAccessMessage bounds the note a consumer sends with an access request,
// in characters.
const MaxAccessMessage = 1000

// AccessRequest is a consumer's request to be whitelisted on a Proprietary
// model, kept so the owner can see who asked and why.
type AccessRequest struct {
	ID        uint64
	ModelID   uint64
	Consumer  string // checksummed 0x address
	Message   string
	Status    string    // AccessPending, AccessApproved or AccessDeclined
	CreatedAt time.Time // when it was asked
	DecidedAt time.Time // zero while pending
}

// ValidAccessStatus reports whether s names an access request status.
func ValidAccessStatus(s string) bool {
	return s == AccessPending || s == AccessApproved || s == AccessDeclined
}
