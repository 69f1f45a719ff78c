package devchain

import (
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ClockNamespace is the JSON-RPC namespace of the dev chain's clock: only
// the embedded dev chain serves it, so a production RPC answers "method
// not found" and the clock of a real chain can never be moved.
const ClockNamespace = "hokusaidev"

// AdvanceTimeMethod is the JSON-RPC method that moves the dev chain's clock
// forward: params [seconds] (a JSON number); it seals one empty block that many seconds
// after the head and returns the new block's timestamp (hex, like eth_ methods).
const AdvanceTimeMethod = ClockNamespace + "_advanceTime"

// MaxAdvance bounds one clock move (ten years): enough for any vesting or
// governance period, small enough that block times stay far from overflow.
const MaxAdvance = 10 * 365 * 24 * time.Hour

// clockAPI is the dev chain's clock service (hokusaidev_advanceTime).
type clockAPI struct {
	n  *Node
	mu sync.Mutex // one move at a time
}

// AdvanceTime seals an empty block seconds after the head's timestamp, so
// every later block (one per transaction) is stamped after it: a test or a
// demo can let a voting period, a timelock delay or a price ramp elapse.
// Blocks sealed later keep advancing from the new time, one second per
// block, since the wall clock is now behind the chain's.
func (a *clockAPI) AdvanceTime(seconds uint64) (hexutil.Uint64, error) {
	if seconds == 0 || seconds > uint64(MaxAdvance/time.Second) {
		return 0, fmt.Errorf("seconds must lie between 1 and %d (ten years), got %d", uint64(MaxAdvance/time.Second), seconds)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	ts, err := a.n.AdvanceTime(time.Duration(seconds) * time.Second)
	return hexutil.Uint64(ts), err
}

// AdvanceTime moves the dev chain's clock forward by d (whole seconds): it
// seals an empty block d after the head and returns that block's
// timestamp. A transaction waiting to be sealed makes it retry for up to
// five seconds (the simulated beacon only moves time on an empty block; a
// transaction arriving in the same instant may be sealed in either block).
func (n *Node) AdvanceTime(d time.Duration) (uint64, error) {
	if d < time.Second || d > MaxAdvance {
		return 0, fmt.Errorf("dev chain: advance by %s: between 1s and %s", d, MaxAdvance)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := n.beacon.AdjustTime(d.Truncate(time.Second))
		if err == nil {
			return n.backend.BlockChain().CurrentBlock().Time, nil
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("dev chain: advance time: %w", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
