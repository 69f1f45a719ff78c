package contrib

import (
	"context"
	"fmt"
	"strings"
)

// MintStates returns every journaled mint's state by idempotency key
// (lower-case 0x hex), to hold the journal against the chain's
// DeltaOneVerified events: a mint the chain has and the journal lacks
// means the database lost writes (a mint is journaled before it is sent).
func (s *Store) MintStates(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT idempotency_key, state FROM mints`)
	if err != nil {
		return nil, fmt.Errorf("mint states: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, st string
		if err := rows.Scan(&k, &st); err != nil {
			return nil, fmt.Errorf("mint states: %w", err)
		}
		k = strings.ToLower(k)
		// A key journaled again after an abandoned try keeps its best state.
		if out[k] != MintConfirmed {
			out[k] = st
		}
	}
	return out, rows.Err()
}
