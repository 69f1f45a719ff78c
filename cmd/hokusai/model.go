package main

import (
	"github.com/spf13/cobra"
)

func init() { register(newModelCmd) }

// modelSubcommands lets other files in this package attach subcommands to
// `hokusai model` (e.g. `model create` in modelcreate.go) from their own
// init functions: `func init() { modelSubcommands = append(modelSubcommands, newModelCreateCmd) }`.
var modelSubcommands []func(*globals) *cobra.Command

// newModelCmd is the `hokusai model` command group.
func newModelCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "model",
		Short: "List, show and create models",
	}
	for _, add := range modelSubcommands {
		cmd.AddCommand(add(g))
	}
	return cmd
}
