package main

import (
	"github.com/spf13/pflag"

	"github.com/hokusai-protocol/hokusai/agent"
)

// The DAO part of `hokusai serve`: each model's Agent and DAO over REST —
// price proposals, votes signed by members and relayed by the platform,
// queueing, execution, and the owner's vesting. Every transaction goes
// through the platform's transaction manager (s.client's Txs), within the
// relay limits the replicas share through the database.

// relayFlags declares the limits on what the platform relays.
func relayFlags(f *pflag.FlagSet, l *agent.RelayLimits) {
	d := agent.DefaultRelayLimits
	f.Int64Var(&l.RatingsPerDay, "relay-ratings-per-day", d.RatingsPerDay, "ratings by signature the platform relays per member and model per UTC day (0: none)")
	f.Int64Var(&l.VotesPerDay, "relay-votes-per-day", d.VotesPerDay, "votes by signature the platform relays per voter and model per UTC day (0: none)")
	f.Int64Var(&l.ProposalsPerDay, "relay-proposals-per-day", d.ProposalsPerDay, "proposals the platform relays per member and model per UTC day (0: none)")
	f.Int64Var(&l.AdvancesPerHour, "relay-advances-per-hour", d.AdvancesPerHour, "proposal queue and execute transactions the platform relays per model per hour, each (0: none)")
	f.Int64Var(&l.ReleasesPerDay, "relay-releases-per-day", d.ReleasesPerDay, "owner vesting releases the platform relays per model per UTC day (0: none)")
	f.Int64Var(&l.GasPerHour, "relay-gas-per-hour", d.GasPerHour, "gas the platform spends relaying members' transactions per hour, all routes and replicas together; a relay reserves its gas limit first (0: none)")
}

// startDAO registers the DAO's routes; a chain without a TokenManager
// (no mint deployment) has no governed price, so they are not served.
func startDAO(s *server) (func() error, error) {
	if s.protocol.Mint == nil {
		s.log.Warn("dao: no TokenManager on this chain; the DAO routes are not served")
		return nil, nil
	}
	if err := agent.CheckRelayLimits(s.cfg.relay); err != nil {
		return nil, err
	}
	relay, err := agent.NewRelay(s.stores.Relays, s.cfg.relay, s.metrics, s.log.With("part", "relay"))
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
