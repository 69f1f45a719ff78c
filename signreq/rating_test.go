package signreq_test

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/hokusai-protocol/hokusai/signreq"
)

// RatingTypedData, hashed by go-ethereum's eth_signTypedData_v4 implementation, gives the
// digest SignRating signs, and SignRating's signature recovers the member.
func TestRatingTypedDataMatchesDigest(t *testing.T) {
	key, _ := crypto.GenerateKey()
	member := crypto.PubkeyToAddress(key.PublicKey)
	agent := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	b, err := json.Marshal(signreq.RatingTypedData(1337, agent, 4, member, big.NewInt(3), 1_700_000_000))
	if err != nil {
		t.Fatal(err)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(b, &td); err != nil {
		t.Fatal(err)
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	want := signreq.RatingDigest(1337, agent, 4, member, big.NewInt(3), 1_700_000_000)
	if common.BytesToHash(h) != want {
		t.Fatalf("typed data hashes to %x, RatingDigest is %s", h, want)
	}
	sig, err := signreq.SignRating(key, 1337, agent, 4, big.NewInt(3), 1_700_000_000)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(want.Bytes(), sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != member {
		t.Fatalf("signature recovers %v (%v), want %s", pub, err, member)
	}
}
