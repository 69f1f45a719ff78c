package chain

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// AdvanceDevTime moves the embedded dev chain's clock forward by d (whole
// seconds) and returns the new head's timestamp. Only Hokusai's embedded
// dev chain serves the method: any other chain (a production RPC, another
// node) refuses with EINVALID, so no real chain's time can be moved.
func (c *Client) AdvanceDevTime(ctx context.Context, d time.Duration) (uint64, error) {
	if d < time.Second || d > devchain.MaxAdvance {
		return 0, hokusai.FieldErrorf("by", "The clock moves forward by 1s to %s at a time, got %s.", devchain.MaxAdvance, d)
	}
	raw, ok := c.Backend.(interface{ Client() *rpc.Client })
	if !ok {
		return 0, hokusai.Errorf(hokusai.EINVALID, "This chain is not reached over JSON-RPC; only the embedded dev chain's clock can be moved.")
	}
	var ts hexutil.Uint64
	err := raw.Client().CallContext(ctx, &ts, devchain.AdvanceTimeMethod, uint64(d/time.Second))
	var re rpc.Error
	if errors.As(err, &re) && (re.ErrorCode() == -32601 || strings.Contains(re.Error(), "does not exist")) {
		return 0, hokusai.Errorf(hokusai.EINVALID, "The chain at %s is not Hokusai's embedded dev chain (it has no %s method): time moves only on the dev chain of `hokusai serve` or `hokusai chain dev`, never on a real chain.", c.RPCURL, devchain.AdvanceTimeMethod)
	}
	if err != nil {
		return 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "Moving the dev chain's clock failed: %v.", err)
	}
	return uint64(ts), nil
}
