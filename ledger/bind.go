package ledger

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
)

// Bind records which chain, vault and router this ledger's credits and
// usage belong to, on first use; later it returns ECONFLICT when they
// differ (a reset chain where the protocol was deployed afresh), because
// the recorded deposits and batches mean nothing on the new contracts.
func (s *Service) Bind(ctx context.Context, chainID uint64, vault, router common.Address) error {
	want := fmt.Sprintf("%d:%s:%s", chainID, vault.Hex(), router.Hex())
	have, err := s.store.BindContracts(ctx, want)
	if err != nil {
		return err
	}
	if have != want {
		return hokusai.Errorf(hokusai.ECONFLICT, "This database's credits and usage belong to chain:vault:router %s, but the protocol is now %s (was the chain reset and the protocol deployed afresh?). Start with a fresh database (a fresh --data-dir, or move hokusai.db aside; on PostgreSQL a new database).", have, want)
	}
	return nil
}
