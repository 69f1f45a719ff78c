package agent

// RelaySend lets the package's external tests relay a transaction the
// handlers' own checks would refuse, to see what the chain's refusal costs.
var RelaySend = (*Relay).send
