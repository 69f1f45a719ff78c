package bindings_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
)

// The factory's baseline ranges and DeltaOne rules agree with hokusai.Metric, metric by metric.
func TestBaselineRangeMatchesDomain(t *testing.T) {
	e := newEnv(t)
	values := []*big.Int{big.NewInt(-2e18), big.NewInt(-1), big.NewInt(0), big.NewInt(5e17), big.NewInt(1e18 - 1), big.NewInt(1e18), big.NewInt(1e18 + 1), big.NewInt(3e18)}
	for m := 0; m < len(hokusai.MetricNames()); m++ {
		for _, v := range values {
			p := defaultParams("DOMN")
			p.Metric, p.Baseline, p.DeltaOne = uint8(m), v, big.NewInt(1e16)
			domainErr := hokusai.Metric(m).CheckValue("baseline", v)
			_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{From: e.users[0].addr, To: ptr(e.dep.Factory), Data: facABI.PackCreateModel(p)}, nil)
			if domainErr == nil && err != nil {
				t.Errorf("%s baseline %s: domain accepts, factory reverts %v", hokusai.Metric(m), v, decodeRevert(err))
			}
			if domainErr != nil {
				wantRevert(t, decodeRevert(err), "BaselineOutOfRange", uint8(m), v)
			}
		}
	}
}

// DeployProtocol with an existing USDC and treasury deploys no MockUSDC and wires the factory.
func TestDeployProtocolWithUSDC(t *testing.T) {
	e := newEnv(t)
	treasury := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	d, err := chain.DeployProtocol(context.Background(), e.chainClient(), e.users[0].key, chain.DeployConfig{USDC: e.dep.USDC, Treasury: treasury})
	if err != nil {
		t.Fatal(err)
	}
	if d.USDC != e.dep.USDC || d.Treasury != treasury || d.Block == 0 {
		t.Fatalf("deployment %+v", d)
	}
	for name, a := range map[string]common.Address{"registry": d.Registry, "factory": d.Factory, "token": d.TokenImpl, "pool": d.PoolImpl, "vesting": d.VestingImpl} {
		code, err := e.client.CodeAt(context.Background(), a, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("%s at %s has no code (%v)", name, a, err)
		}
	}
	reg := regABI.Instance(e.client, d.Registry)
	fac := facABI.Instance(e.client, d.Factory)
	if f := call(t, reg, regABI.PackFactory(), regABI.UnpackFactory); f != d.Factory {
		t.Fatalf("registry factory %s", f)
	}
	if o := call(t, reg, regABI.PackOwner(), regABI.UnpackOwner); o != e.users[0].addr {
		t.Fatalf("registry owner %s", o)
	}
	checks := map[string][2]common.Address{
		"usdc":     {call(t, fac, facABI.PackUsdc(), facABI.UnpackUsdc), d.USDC},
		"registry": {call(t, fac, facABI.PackRegistry(), facABI.UnpackRegistry), d.Registry},
		"token":    {call(t, fac, facABI.PackTokenImplementation(), facABI.UnpackTokenImplementation), d.TokenImpl},
		"pool":     {call(t, fac, facABI.PackPoolImplementation(), facABI.UnpackPoolImplementation), d.PoolImpl},
		"vesting":  {call(t, fac, facABI.PackVestingImplementation(), facABI.UnpackVestingImplementation), d.VestingImpl},
		"treasury": {call(t, fac, facABI.PackTreasury(), facABI.UnpackTreasury), treasury},
		"owner":    {call(t, fac, facABI.PackOwner(), facABI.UnpackOwner), e.users[0].addr},
	}
	for name, c := range checks {
		if c[0] != c[1] {
			t.Errorf("factory %s = %s, want %s", name, c[0], c[1])
		}
	}
}
