package chain

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
)

// MintEvent is one decoded event of the mint and settlement contracts
// (DeltaOneVerifier, TokenManager, CreditVault, UsageFeeRouter).
type MintEvent struct {
	Contract string         // e.g. "UsageFeeRouter"
	Name     string         // e.g. "ModelFeesSettled"
	Args     map[string]any // every argument by name, indexed ones included
	Log      *types.Log
}

var mintEventSources = []struct {
	name string
	abi  *abi.ABI
}{
	{"DeltaOneVerifier", verifierABI},
	{"TokenManager", managerABI},
	{"CreditVault", vaultABI},
	{"UsageFeeRouter", routerABI},
}

// DecodeMintEvent decodes any event the four contracts emit. ok is false
// for a log that is not one of theirs (a token Transfer, a pool event). With
// d set, only logs from d's addresses are decoded, each with its own
// contract's ABI (AdminChanged has the same signature in all four);
// without it the first ABI that knows the event decodes it.
func DecodeMintEvent(d *MintDeployment, l *types.Log) (ev MintEvent, ok bool, err error) {
	if len(l.Topics) == 0 {
		return MintEvent{}, false, nil
	}
	var only string
	if d != nil {
		switch l.Address {
		case d.Verifier:
			only = "DeltaOneVerifier"
		case d.TokenManager:
			only = "TokenManager"
		case d.Vault:
			only = "CreditVault"
		case d.Router:
			only = "UsageFeeRouter"
		default:
			return MintEvent{}, false, nil
		}
	}
	for _, s := range mintEventSources {
		if only != "" && s.name != only {
			continue
		}
		e, err := s.abi.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		args := map[string]any{}
		if len(l.Data) > 0 {
			if err := s.abi.UnpackIntoMap(args, e.Name, l.Data); err != nil {
				return MintEvent{}, true, fmt.Errorf("decode %s.%s: %w", s.name, e.Name, err)
			}
		}
		var indexed abi.Arguments
		for _, a := range e.Inputs {
			if a.Indexed {
				indexed = append(indexed, a)
			}
		}
		if err := abi.ParseTopicsIntoMap(args, indexed, l.Topics[1:]); err != nil {
			return MintEvent{}, true, fmt.Errorf("decode %s.%s topics: %w", s.name, e.Name, err)
		}
		return MintEvent{Contract: s.name, Name: e.Name, Args: args, Log: l}, true, nil
	}
	return MintEvent{}, false, nil
}

// DecodeMintEvents decodes the mint and settlement events among logs, in
// order, skipping other contracts' logs; d as in DecodeMintEvent.
func DecodeMintEvents(d *MintDeployment, logs []*types.Log) ([]MintEvent, error) {
	var out []MintEvent
	for _, l := range logs {
		ev, ok, err := DecodeMintEvent(d, l)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, ev)
		}
	}
	return out, nil
}
