package hokusai

import "context"

// CursorService remembers named positions (e.g. the last block an indexer
// has processed) so workers resume where they stopped after a restart.
type CursorService interface {
	// Cursor returns the stored value for name, or 0 when none is stored.
	Cursor(ctx context.Context, name string) (uint64, error)
	// SetCursor stores v for name; EINVALID when name is empty or v exceeds
	// the store's range (2^63−1).
	SetCursor(ctx context.Context, name string, v uint64) error
}
