package ledger

import (
	"context"

	"github.com/hokusai-protocol/hokusai"
)

// Stats is the ledger's state for metrics.
type Stats = hokusai.LedgerStats

// Stats reads the ledger's totals.
func (s *Service) Stats(ctx context.Context) (Stats, error) { return s.store.LedgerStats(ctx) }
