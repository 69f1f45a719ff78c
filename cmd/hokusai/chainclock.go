package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// `hokusai chain advance-time` moves the embedded dev chain's clock, so a
// demo or a test can let a DAO's voting period, a timelock delay, vesting
// or a 30-day price ramp elapse. A real chain refuses it (the method
// exists only on the embedded dev chain).

func newChainAdvanceTimeCmd(g *globals) *cobra.Command {
	var rpcURL string
	cmd := &cobra.Command{
		Use:   "advance-time DURATION",
		Short: "Move the embedded dev chain's clock forward (e.g. 15d, 169h, 90m); refused by any other chain",
		Long: `Seal an empty block DURATION after the dev chain's head, so every later
block is stamped after it. DURATION is Go's form (169h, 90m, 30s) or whole
days (15d). The chain is the server's (--server) unless --rpc names one; only
Hokusai's embedded dev chain (hokusai serve without --rpc, or hokusai chain
dev) accepts it: a real chain's clock cannot be moved.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := parseDays(args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if rpcURL == "" {
				ci, err := sdk.New(g.server).ChainInfo(ctx)
				if err != nil {
					return err
				}
				if !ci.Dev {
					return hokusai.Errorf(hokusai.EINVALID, "The server at %s runs on an external chain (%s); only the embedded dev chain's clock can be moved.", g.server, ci.RPCURL)
				}
				rpcURL = ci.RPCURL
			}
			c, err := chain.Dial(ctx, rpcURL)
			if err != nil {
				return err
			}
			defer c.Close()
			ts, err := c.AdvanceDevTime(ctx, d)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "chain time is now %s (%d)\n", time.Unix(int64(ts), 0).UTC().Format(time.RFC3339), ts)
			return nil
		},
	}
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "the dev chain's JSON-RPC URL (default: the server's chain)")
	return cmd
}

// parseDays parses a Go duration or a whole number of days ("15d").
func parseDays(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.ParseUint(n, 10, 16)
		if err == nil && days > 0 {
			return time.Duration(days) * 24 * time.Hour, nil
		}
	} else if d, err := time.ParseDuration(s); err == nil && d >= time.Second {
		return d, nil
	}
	return 0, hokusai.FieldErrorf("duration", "Give how far to move the clock as whole days (15d) or a duration of at least 1s (169h, 90m), not %q.", s)
}
