package main

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/ledger"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// newReconcileCmd is `hokusai reconcile`: an operator's check that the
// usage the server's database says was settled is what the chain settled.
func newReconcileCmd(g *globals) *cobra.Command {
	var (
		dataDir string
		rpc     string
	)
	cmd := &cobra.Command{
		Use:   "reconcile [--data-dir DIR] [--rpc URL]",
		Short: "Compare settled usage in the server's database with the chain; exit 1 on any difference",
		Long: `Reads the server's database in --data-dir (it may be running) and the fee
router's settlements on the chain, and compares them per batch, per
(consumer, model) entry and per consumer, and each consumer's vault balance
with deposits − withdrawals − settlements. Prints every difference and exits
with status 1 when there is one. The chain is --rpc, or the one the server
at --server reports.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			p, err := chain.LoadProtocol(filepath.Join(dataDir, "protocol.json"))
			if err != nil {
				return err
			}
			if p == nil || p.Mint == nil {
				return hokusai.FieldErrorf("data-dir", "%s holds no protocol record with a fee router; point --data-dir at the server's data directory.", dataDir)
			}
			db := sqlite.NewDB(filepath.Join(dataDir, "hokusai.db"))
			if err := db.Open(); err != nil {
				return fmt.Errorf("open database: %w", err)
			}
			defer db.Close()
			store, err := sqlite.NewLedgerStore(ctx, db)
			if err != nil {
				return err
			}
			l := ledger.NewService(store)
			defer l.Close()
			url := rpc
			if url == "" {
				s, err := openSession(ctx, g, nil)
				if err != nil {
					return err
				}
				url = s.Client.RPCURL
				s.Client.Close()
			}
			c, err := chain.Dial(ctx, url)
			if err != nil {
				return err
			}
			defer c.Close()
			if c.ChainID != p.ChainID {
				return hokusai.FieldErrorf("rpc", "The chain at %s has chain id %d, but the data directory's protocol is on chain %d.", url, c.ChainID, p.ChainID)
			}
			rep, err := ledger.Reconcile(ctx, l, c, p.Mint.Router, p.Mint.Block)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "Batches settled: %d on-chain, %d in the database (%d pending)\n", rep.ChainBatches, rep.DBBatches, rep.PendingBatches)
			fmt.Fprintf(out, "Settled usage:   %s on-chain, %s in the database\n", usdcString(rep.ChainSettled), usdcString(rep.DBSettled))
			fmt.Fprintf(out, "Unsettled usage: %s across %d consumers\n", usdcString(rep.Unsettled), rep.Consumers)
			if rep.OK() {
				fmt.Fprintln(out, "No differences.")
				return nil
			}
			fmt.Fprintf(out, "%d differences:\n", len(rep.Differences))
			for _, d := range rep.Differences {
				fmt.Fprintf(out, "  [%s] %s\n", d.Kind, d.Detail)
			}
			return errReconcile
		},
	}
	def := os.Getenv("HOKUSAI_DATA_DIR") // the same variable serve reads
	if def == "" {
		def = defaultDataDir()
	}
	cmd.Flags().StringVar(&dataDir, "data-dir", def, "the server's data directory (env HOKUSAI_DATA_DIR)")
	cmd.Flags().StringVar(&rpc, "rpc", "", "JSON-RPC URL of the chain (default: the one the server reports)")
	return cmd
}

// errReconcile makes `hokusai reconcile` exit 1 after printing differences.
var errReconcile = fmt.Errorf("the database and the chain disagree (differences above)")

func usdcString(v int64) string { return hokusai.FormatUnits(big.NewInt(v), 6) + " USDC" }
