package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/market"
)

// The market part of `hokusai serve`: the refresher that writes every
// model's marketplace figures (head runtime, minted DeltaOnes, pool price
// and reserve, calls) to the market index once a minute, so /v1/market
// reads the index only. With replicas, the one holding the lease refreshes.

// marketInterval is how often the figures are refreshed.
const marketInterval = time.Minute

// startMarket starts the refresher bound to ctx; the returned function
// waits for it.
func startMarket(ctx context.Context, s *server) (func() error, error) {
	sess := &chain.Session{Client: s.client, Protocol: s.protocol}
	r := &market.Refresher{
		Models:        s.stores.Models,
		Registry:      s.stores.Registry,
		Market:        s.stores.Market,
		Contributions: s.stores.Contributions,
		Pool: func(ctx context.Context, pool string) (int64, int64, error) {
			st, err := sess.PoolState(ctx, common.HexToAddress(pool))
			if err != nil {
				return 0, 0, err
			}
			reserve := int64(0)
			if st.Reserve != nil && st.Reserve.IsInt64() {
				reserve = st.Reserve.Int64()
			}
			return market.SpotPrice(st.SpotPrice), reserve, nil
		},
		Usage: func(ctx context.Context, from, to time.Time) ([]hokusai.UsageStats, error) {
			return s.ledger.Usage(ctx, hokusai.UsageFilter{From: from, To: to})
		},
		Agents:    s.stores.Agents,
		Proposals: s.stores.Proposals,
		ProposalClock: func(ctx context.Context) uint64 {
			if h, err := s.client.Backend.HeaderByNumber(ctx, nil); err == nil && h != nil {
				return h.Time / 3600 // the token's clock, which the dev chain's may run ahead of
			}
			return uint64(time.Now().Unix()) / 3600
		},
		Interval: marketInterval,
		Holder:   newHolderID(),
		Logger:   s.log.With("part", "market"),
	}
	if s.stores.postgres != nil {
		r.Lease = s.stores.Leases // replicas share the index: one refreshes at a time
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := r.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			s.log.Error("market refresher stopped", "err", err)
		}
	}()
	return func() error { <-done; return nil }, nil
}

// newHolderID names this process among replicas holding leases.
func newHolderID() string {
	host, _ := os.Hostname()
	var b [4]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}
