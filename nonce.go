package hokusai

import (
	"context"
	"time"
)

// NonceService remembers the nonces of signed requests until they expire,
// so that a signed request is accepted once only.
type NonceService interface {
	// UseNonce records nonce as spent by signer until expires; ECONFLICT
	// when signer has spent it before (a replayed request).
	UseNonce(ctx context.Context, signer, nonce string, expires time.Time) error
	// SweepNonces forgets nonces that expired before now.
	SweepNonces(ctx context.Context, now time.Time) error
}
