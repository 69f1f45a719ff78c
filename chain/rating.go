package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hokusai-protocol/hokusai/signreq"
)

// RatingDigest is the EIP-712 digest a member signs to rate the model of
// agent by signature (signreq.RatingDigest); nonce is RatingNonce's answer,
// deadline seconds since the epoch.
func RatingDigest(chainID uint64, agent common.Address, stars uint8, member common.Address, nonce *big.Int, deadline uint64) common.Hash {
	return signreq.RatingDigest(chainID, agent, stars, member, nonce, deadline)
}

// SignRating signs a rating for relaying: the member needs no ETH.
func SignRating(member *ecdsa.PrivateKey, chainID uint64, agent common.Address, stars uint8, nonce *big.Int, deadline uint64) ([]byte, error) {
	return signreq.SignRating(member, chainID, agent, stars, nonce, deadline)
}

// RateTx is the transaction by which a member rates the model (1–5 stars).
func RateTx(agent common.Address, stars uint8) Tx {
	return Tx{To: &agent, Data: agentBinding.PackRate(stars), ABIs: hexsABIs}
}

// RateBySigTx is the transaction that relays member's signed rating.
func RateBySigTx(agent common.Address, stars uint8, member common.Address, deadline uint64, sig []byte) Tx {
	return Tx{To: &agent, Data: agentBinding.PackRateBySig(stars, member, new(big.Int).SetUint64(deadline), sig), ABIs: hexsABIs}
}

// Rate rates the model of agent with key's account, which must be a member.
func (c *Client) Rate(ctx context.Context, key *ecdsa.PrivateKey, agent common.Address, stars uint8) (*types.Receipt, error) {
	return c.Send(ctx, key, RateTx(agent, stars))
}

// RateBySig relays member's signed rating; relayer (the platform) pays the
// gas. The signature is usable once (it binds the member's nonce) and not
// after its deadline.
func (c *Client) RateBySig(ctx context.Context, relayer *ecdsa.PrivateKey, agent common.Address, stars uint8, member common.Address, deadline uint64, sig []byte) (*types.Receipt, error) {
	return c.Send(ctx, relayer, RateBySigTx(agent, stars, member, deadline, sig))
}

// RatingNonce is member's next rating nonce on agent (the count of their
// ratings so far, direct or signed).
func (c *Client) RatingNonce(ctx context.Context, agent, member common.Address) (*big.Int, error) {
	out, err := c.callHexs(ctx, agent, agentBinding.PackNonces(member))
	if err != nil {
		return nil, fmt.Errorf("rating nonce: %w", err)
	}
	return agentBinding.UnpackNonces(out)
}
