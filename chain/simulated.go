package chain

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// Simulated is an in-process chain for tests: go-ethereum's simulated
// backend (chain id 1337) whose client seals a block after every accepted
// transaction, like the embedded dev chain does, so code that waits for
// receipts runs unchanged.
type Simulated struct {
	Backend *simulated.Backend
	mu      sync.Mutex
}

// NewSimulated starts a simulated chain with alloc funded at genesis, on
// the same fork schedule as the embedded dev chain (devchain.OsakaSchedule)
// and the same block gas limit.
func NewSimulated(alloc types.GenesisAlloc) *Simulated {
	return &Simulated{Backend: simulated.NewBackend(alloc, simulated.WithBlockGasLimit(devchain.GasLimit), func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = devchain.OsakaSchedule(ec.Genesis.Config)
	})}
}

// Client returns a chain Client over the simulated chain.
func (s *Simulated) Client(ctx context.Context) (*Client, error) {
	return NewClient(ctx, &autoCommit{Client: s.Backend.Client(), sim: s})
}

// Close stops the simulated chain.
func (s *Simulated) Close() error { return s.Backend.Close() }

// autoCommit commits a block after each transaction the pool accepts.
type autoCommit struct {
	simulated.Client
	sim *Simulated
}

// SendTransaction sends tx and seals it into a block.
func (a *autoCommit) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.sim.mu.Lock()
	a.sim.Backend.Commit()
	a.sim.mu.Unlock()
	return nil
}

// AdjustTime moves the chain's clock forward by d and seals a block. The
// simulated backend refuses to move time under a block that already holds
// transactions, so any still pending are sealed first.
func (s *Simulated) AdjustTime(d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.Backend.AdjustTime(d); err != nil {
		s.Backend.Commit()
		if err := s.Backend.AdjustTime(d); err != nil {
			return err
		}
	}
	s.Backend.Commit()
	return nil
}
