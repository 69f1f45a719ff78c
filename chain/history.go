package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
)

// History is what the chain records of a protocol deployment: what a
// server's database can be rebuilt from, or must agree with.
type History struct {
	Models      int           // ModelCreated events of the registry
	Deposits    int           // Deposited events of the credit vault
	Settlements int           // BatchSettled events of the fee router
	MintKeys    []common.Hash // idempotency keys of DeltaOneVerified events, in order
}

// Empty reports whether the deployment has nothing a database would hold.
func (h *History) Empty() bool {
	return h.Models == 0 && h.Deposits == 0 && h.Settlements == 0 && len(h.MintKeys) == 0
}

// historySpan bounds the blocks one log query reads.
const historySpan = 5000

// ReadHistory counts p's models, deposits, settlements and mints from its
// deploy block up to toBlock.
func ReadHistory(ctx context.Context, c *Client, p *Protocol, toBlock uint64) (*History, error) {
	h := &History{}
	if err := eachLog(ctx, c, p.Registry, registryB.GetABI().Events["ModelCreated"].ID, p.DeployBlock, toBlock, func([]common.Hash) { h.Models++ }); err != nil {
		return nil, err
	}
	m := p.Mint
	if m == nil {
		return h, nil
	}
	if err := eachLog(ctx, c, m.Router, routerABI.Events["BatchSettled"].ID, m.Block, toBlock, func([]common.Hash) { h.Settlements++ }); err != nil {
		return nil, err
	}
	return h, readMintHistory(ctx, c, m, toBlock, h)
}

// ReadMintHistory counts m's credit deposits and mints up to toBlock,
// leaving Models and Settlements zero: for a caller that reads the
// router's settlements itself and has no use for the registry's models.
func ReadMintHistory(ctx context.Context, c *Client, m *MintDeployment, toBlock uint64) (*History, error) {
	h := &History{}
	if err := readMintHistory(ctx, c, m, toBlock, h); err != nil {
		return nil, err
	}
	return h, nil
}

func readMintHistory(ctx context.Context, c *Client, m *MintDeployment, toBlock uint64, h *History) error {
	if err := eachLog(ctx, c, m.Vault, vaultABI.Events["Deposited"].ID, m.Block, toBlock, func([]common.Hash) { h.Deposits++ }); err != nil {
		return err
	}
	return eachLog(ctx, c, m.Verifier, verifierABI.Events["DeltaOneVerified"].ID, m.Block, toBlock, func(t []common.Hash) {
		if len(t) > 2 {
			h.MintKeys = append(h.MintKeys, t[2])
		}
	})
}

// eachLog calls each with the topics of every addr log of topic from
// block from to toBlock, historySpan blocks a query, leaving out removed
// ones.
func eachLog(ctx context.Context, c *Client, addr common.Address, topic common.Hash, from, toBlock uint64, each func(topics []common.Hash)) error {
	for from <= toBlock {
		to := min(from+historySpan-1, toBlock)
		logs, err := c.Backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}},
		})
		if err != nil {
			return hokusai.Errorf(hokusai.EUNAVAILABLE, "Reading the chain's events in blocks %d–%d failed: %v.", from, to, err)
		}
		for _, l := range logs {
			if !l.Removed {
				each(l.Topics)
			}
		}
		from = to + 1
	}
	return nil
}
