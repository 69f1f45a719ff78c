package http

import (
	"context"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/http/oapi"
)

// GetCredits reports a consumer's balance as the credits ledger sees it.
func (h apiHandler) GetCredits(ctx context.Context, req oapi.GetCreditsRequestObject) (oapi.GetCreditsResponseObject, error) {
	if h.s.Ledger == nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "This server keeps no credits ledger; `hokusai serve` on a chain with a credit vault does.")
	}
	c, err := h.s.Ledger.Credits(ctx, req.Address)
	if err != nil {
		return nil, err
	}
	return oapi.GetCredits200JSONResponse{
		Consumer: c.Consumer, Deposited: c.Deposited, Withdrawn: c.Withdrawn, PendingWithdrawal: c.PendingWithdrawal,
		Settled: c.Settled, Unsettled: c.Unsettled, Spendable: c.Spendable,
	}, nil
}

// LedgerReader is the part of the credits ledger the API reads;
// hokusai.LedgerService has it.
type LedgerReader interface {
	// Credits returns the consumer's balance; an unknown consumer has
	// zeros. EINVALID: not a 0x address.
	Credits(ctx context.Context, consumer string) (*hokusai.Credits, error)
	// Usage returns usage statistics by model over f's range.
	Usage(ctx context.Context, f hokusai.UsageFilter) ([]hokusai.UsageStats, error)
}
