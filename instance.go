package hokusai

import "context"

// InstanceService records what a database belongs to (chain id, genesis,
// contract addresses) so that a later start, by this replica or another,
// can refuse a database made for another chain or deployment.
type InstanceService interface {
	// Get returns the value recorded under name, and whether there is one.
	Get(ctx context.Context, name string) (string, bool, error)
	// Set records value under name, replacing any earlier one.
	Set(ctx context.Context, name, value string) error
}
