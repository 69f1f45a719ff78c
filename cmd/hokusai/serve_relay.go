package main

import (
	"github.com/spf13/pflag"

	"github.com/hokusai-protocol/hokusai/relay"
)

// What the platform relays on clients' behalf — members' signed votes,
// ratings and proposals, anyone's queue, execute and vesting release, an
// owner's benchmark commit — is sent within limits the replicas share
// through the database (relay.Relay).

// relayFlags declares the limits on what the platform relays.
func relayFlags(f *pflag.FlagSet, l *relay.Limits) {
	d := relay.DefaultLimits
	f.Int64Var(&l.RatingsPerDay, "relay-ratings-per-day", d.RatingsPerDay, "ratings by signature the platform relays per member and model per UTC day (0: none)")
	f.Int64Var(&l.VotesPerDay, "relay-votes-per-day", d.VotesPerDay, "votes by signature the platform relays per voter and model per UTC day (0: none)")
	f.Int64Var(&l.ProposalsPerDay, "relay-proposals-per-day", d.ProposalsPerDay, "proposals the platform relays per member and model per UTC day (0: none)")
	f.Int64Var(&l.AdvancesPerHour, "relay-advances-per-hour", d.AdvancesPerHour, "proposal queue and execute transactions the platform relays per model per hour, each (0: none)")
	f.Int64Var(&l.ReleasesPerDay, "relay-releases-per-day", d.ReleasesPerDay, "owner vesting releases the platform relays per model per UTC day (0: none)")
	f.Int64Var(&l.SetupsPerDay, "relay-setups-per-day", d.SetupsPerDay, "benchmark commits the platform sends for an owner's setups per model per UTC day (0: none)")
	f.Int64Var(&l.GasPerHour, "relay-gas-per-hour", d.GasPerHour, "gas the platform spends relaying members' transactions per hour, all routes and replicas together; a relay reserves its gas limit first (0: none)")
}

// relay returns the server's one Relay, made on first use: the DAO's and
// the evaluator's routes share its metrics.
func (s *server) relay() (*relay.Relay, error) {
	if s.relays != nil {
		return s.relays, nil
	}
	if err := relay.CheckLimits(s.cfg.relay); err != nil {
		return nil, err
	}
	r, err := relay.New(s.stores.Relays, s.cfg.relay, s.metrics, s.log.With("part", "relay"))
	if err != nil {
		return nil, err
	}
	s.relays = r
	return r, nil
}
