package chain_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// A Proprietary model needs a treasury that holds USDC when it is created
// (F3): without one, or with an empty one, nothing is sent and no model
// exists; with a funded treasury the model is created. Other licences
// need none.
func TestProprietaryNeedsFundedTreasury(t *testing.T) {
	ctx := context.Background()
	e := newSimEnv(t)
	owner := devchain.DevKey(1)
	p := irisParams("PRIV")
	p.License = hokusai.LicenseProprietary

	_, err := e.s.CreateModel(ctx, owner, p)
	wantErr(t, err, hokusai.EINVALID, "treasury", "--treasury")

	k, _ := crypto.GenerateKey()
	p.Treasury = crypto.PubkeyToAddress(k.PublicKey) // a fresh address: no USDC
	_, err = e.s.CreateModel(ctx, owner, p)
	wantErr(t, err, hokusai.EFORBIDDEN, "treasury", p.Treasury.Hex(), "holds no USDC", "send USDC")
	if n, err := e.s.ModelCount(ctx); err != nil || n != 0 {
		t.Fatalf("refused creations left %d models (%v)", n, err)
	}

	p.Treasury = devchain.DevAddress(3) // funded with MockUSDC on the dev chain
	m, err := e.s.CreateModel(ctx, owner, p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.s.GetModel(ctx, m.ID)
	if err != nil || got.License != hokusai.LicenseProprietary {
		t.Fatalf("created model %+v (%v)", got, err)
	}
	open := irisParams("OPENM")
	open.License = hokusai.LicenseOpenSource
	if _, err := e.s.CreateModel(ctx, owner, open); err != nil {
		t.Fatalf("open source without a treasury: %v", err)
	}
}
