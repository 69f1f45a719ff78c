package gateway_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/signreq"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// TestWhitelistFollowsASale: once the index names a Proprietary model's
// buyer as its owner, the whitelist answers to the buyer and refuses the
// seller at once, although the gateway's model cache (ModelCacheTTL, 5 s
// here) had just served the record naming the seller.
func TestWhitelistFollowsASale(t *testing.T) {
	e := newEnv(t)
	buyer, _ := crypto.GenerateKey()
	consumer := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	add := signreq.WhitelistAction(true, consumer)
	path := "/v1/models/2/whitelist/" + consumer.Hex()
	var wl whitelistAnswer
	// The seller whitelists a consumer, and a call caches the model.
	_, hdr := signedJSON(t, testDomain, e.owner, add, modelProp, nil)
	if st := e.do("PUT", path, "", nil, &wl, hdr...); st != 200 || len(wl.Consumers) != 1 {
		t.Fatalf("the seller's add before the sale: %d %+v", st, wl)
	}
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 100_000)
	if st, b, _ := e.raw("POST", "/v1/models/2/predict", key, map[string]any{"inputs": []any{voteRow}}); st != 403 || errCode(b) != hokusai.EWHITELIST {
		t.Fatalf("a stranger's call: %d %s", st, b)
	}

	// The indexer applies the sale.
	if err := sqlite.NewModelService(e.db).SetModelOwner(e.ctx, modelProp, crypto.PubkeyToAddress(buyer.PublicKey).Hex(), 500); err != nil {
		t.Fatal(err)
	}
	remove := signreq.WhitelistAction(false, consumer)
	_, hdr = signedJSON(t, testDomain, e.owner, remove, modelProp, nil)
	if st, b, _ := e.raw("DELETE", path, "", nil, hdr...); st != 403 || errCode(b) != hokusai.EPROPRIETARY {
		t.Fatalf("the seller's change after the sale: %d %s; want 403 %s", st, b, hokusai.EPROPRIETARY)
	}
	_, hdr = signedJSON(t, testDomain, buyer, remove, modelProp, nil)
	if st := e.do("DELETE", path, "", nil, &wl, hdr...); st != 200 || len(wl.Consumers) != 0 {
		t.Fatalf("the buyer's change after the sale: %d %+v", st, wl)
	}
}
