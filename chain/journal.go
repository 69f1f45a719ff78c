package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Transaction states in a TxJournal.
const (
	TxPending   = "pending"   // signed and (maybe) broadcast; no final receipt yet
	TxConfirmed = "confirmed" // mined and final, successful
	TxFailed    = "failed"    // mined and final, reverted
	TxDropped   = "dropped"   // refused by the node, or replaced by another transaction with its nonce
)

// TxRecord is one signed transaction as a journal keeps it: enough to
// broadcast it again after a restart.
type TxRecord struct {
	Hash    common.Hash    `json:"hash"`
	From    common.Address `json:"from"`
	Nonce   uint64         `json:"nonce"`
	Raw     hexutil.Bytes  `json:"raw"` // the signed transaction's binary encoding
	State   string         `json:"state"`
	Block   uint64         `json:"block,omitempty"`
	Updated time.Time      `json:"updated"`
}

// TxJournal is where a Client writes down each transaction before it is
// broadcast and its outcome after (the design of Chainlink's transaction
// manager): a restart finds what was in flight and finishes it with
// Client.Resume instead of sending the work twice.
type TxJournal interface {
	// SaveTx inserts or updates the record with r.Hash.
	SaveTx(ctx context.Context, r TxRecord) error
	// PendingTxs lists the records still in state TxPending, oldest nonce first.
	PendingTxs(ctx context.Context) ([]TxRecord, error)
}

// journal records tx in state st when the Client has a journal.
func (c *Client) journal(ctx context.Context, tx *types.Transaction, st string, block uint64) error {
	if c.Journal == nil {
		return nil
	}
	from, err := types.Sender(types.LatestSignerForChainID(c.chainIDBig()), tx)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if err := c.Journal.SaveTx(ctx, TxRecord{Hash: tx.Hash(), From: from, Nonce: tx.Nonce(), Raw: raw, State: st, Block: block, Updated: time.Now().UTC()}); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return nil
}

// Resume finishes what the journal says was in flight: each pending
// transaction already mined is recorded with its outcome, one whose nonce
// was taken by another transaction is marked dropped, and the rest are
// broadcast again (the same signed bytes: a no-op where the node still has
// them) and waited for. It returns the receipts of those that were mined;
// a revert is recorded as failed but is not an error here.
func (c *Client) Resume(ctx context.Context) ([]*types.Receipt, error) {
	if c.Journal == nil {
		return nil, nil
	}
	recs, err := c.Journal.PendingTxs(ctx)
	if err != nil {
		return nil, fmt.Errorf("resume: %w", err)
	}
	var out []*types.Receipt
	for _, rec := range recs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(rec.Raw); err != nil {
			return out, fmt.Errorf("resume %s: %w", rec.Hash.Hex(), err)
		}
		r, err := c.receiptOrNil(ctx, tx.Hash())
		if err != nil {
			return out, unavailable("receipt", err)
		}
		if r == nil {
			mined, err := c.Backend.NonceAt(ctx, rec.From, nil)
			if err != nil {
				return out, unavailable("nonce", err)
			}
			if mined > rec.Nonce {
				// Another version (a gas bump) or another transaction used
				// the nonce; that one has its own record.
				if err := c.journal(ctx, tx, TxDropped, 0); err != nil {
					return out, err
				}
				continue
			}
			if err := c.Backend.SendTransaction(ctx, tx); err != nil && !isAlreadyKnown(err) && !isNonceTooLow(err) {
				c.logger().Warn("resume: rebroadcast", "tx", tx.Hash(), "err", err)
			}
		}
		r, err = c.WaitMined(ctx, tx)
		if r == nil && err != nil {
			return out, fmt.Errorf("resume %s: %w", tx.Hash().Hex(), err)
		}
		out = append(out, r)
	}
	return out, nil
}

// FileJournal is a TxJournal in one JSON file, rewritten atomically on
// every change: for a single server process with a modest transaction
// rate (the platform key's deploys, mints and settlements).
type FileJournal struct {
	Path string
	mu   sync.Mutex
}

// SaveTx implements TxJournal.
func (j *FileJournal) SaveTx(_ context.Context, r TxRecord) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	recs, err := j.load()
	if err != nil {
		return err
	}
	recs[r.Hash] = r
	// Keep the file small: forget finished records older than a day.
	for h, old := range recs {
		if old.State != TxPending && time.Since(old.Updated) > 24*time.Hour {
			delete(recs, h)
		}
	}
	list := make([]TxRecord, 0, len(recs))
	for _, v := range recs {
		list = append(list, v)
	}
	sortRecords(list)
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(j.Path, append(b, '\n'), 0o600)
}

// PendingTxs implements TxJournal.
func (j *FileJournal) PendingTxs(_ context.Context) ([]TxRecord, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	recs, err := j.load()
	if err != nil {
		return nil, err
	}
	var out []TxRecord
	for _, r := range recs {
		if r.State == TxPending {
			out = append(out, r)
		}
	}
	sortRecords(out)
	return out, nil
}

func (j *FileJournal) load() (map[common.Hash]TxRecord, error) {
	recs := map[common.Hash]TxRecord{}
	b, err := os.ReadFile(j.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return recs, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read journal: %w", err)
	}
	var list []TxRecord
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("journal %s is not valid JSON: %w", j.Path, err)
	}
	for _, r := range list {
		recs[r.Hash] = r
	}
	return recs, nil
}

func sortRecords(l []TxRecord) {
	sort.Slice(l, func(a, b int) bool {
		if l[a].From != l[b].From {
			return l[a].From.Cmp(l[b].From) < 0
		}
		if l[a].Nonce != l[b].Nonce {
			return l[a].Nonce < l[b].Nonce
		}
		return l[a].Hash.Cmp(l[b].Hash) < 0
	})
}
