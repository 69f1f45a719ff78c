package main

import (
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// newChainCmd is the `hokusai chain` command group.
func newChainCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Where the chain is and where the protocol lives on it; run the dev chain alone",
	}
	cmd.AddCommand(newChainInfoCmd(g), newChainDevCmd(), newChainAdvanceTimeCmd(g))
	return cmd
}

func newChainInfoCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "info",
		Short: "Show the chain id, JSON-RPC URL and contract addresses",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ci, err := sdk.New(g.server).ChainInfo(cmd.Context())
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, oapi.FromChainInfo(ci))
			}
			kind := "external chain"
			if ci.Dev {
				kind = "embedded dev chain"
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "Chain ID\t%d (%s)\n", ci.ChainID, kind)
			fmt.Fprintf(tw, "RPC URL\t%s\n", ci.RPCURL)
			names := make([]string, 0, len(ci.Contracts))
			for n := range ci.Contracts {
				names = append(names, n)
			}
			sort.Strings(names)
			if len(names) == 0 {
				fmt.Fprintf(tw, "Contracts\tnone deployed yet\n")
			}
			for i, n := range names {
				label := ""
				if i == 0 {
					label = "Contracts"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\n", label, n, ci.Contracts[n])
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the API's JSON")
	return cmd
}
