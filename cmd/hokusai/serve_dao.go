package main

import (
	"github.com/hokusai-protocol/hokusai/agent"
)

// The DAO part of `hokusai serve`: each model's Agent and DAO over REST —
// price proposals, votes signed by members and relayed by the platform,
// queueing, execution, and the owner's vesting. Every transaction goes
// through the platform's transaction manager (s.client's Txs), within the
// relay limits (serve_relay.go).

// startDAO registers the DAO's routes; a chain without a TokenManager
// (no mint deployment) has no governed price, so they are not served.
func startDAO(s *server) (func() error, error) {
	if s.protocol.Mint == nil {
		s.log.Warn("dao: no TokenManager on this chain; the DAO routes are not served")
		return nil, nil
	}
	relay, err := s.relay()
	if err != nil {
		return nil, err
	}
	(&agent.API{
		Models: s.models, Client: s.client, Registry: s.protocol.Registry, Manager: s.protocol.Mint.TokenManager, Router: s.protocol.Mint.Router,
		Market: s.protocol.Market, USDC: s.protocol.USDC,
		Platform: s.platform, Signed: s.signed, Ledger: s.stores.Agents, Proposals: s.stores.Proposals, Relay: relay, Log: s.log,
	}).Register(s.http)
	return nil, nil
}
