// Command hokusai is the whole platform in one binary: the server (with its
// embedded dev chain), and a CLI that is a client of the server's REST API
// and signs users' transactions with their own keys.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/pack"
)

// Exit codes, by error code, so scripts can tell a bad input from an outage.
var exitCodes = map[string]int{
	hokusai.EINVALID:        2,
	hokusai.ENOTFOUND:       3,
	hokusai.ECONFLICT:       4,
	hokusai.EUNAUTHORIZED:   5,
	hokusai.EFORBIDDEN:      5,
	hokusai.ECREDITS:        6,
	hokusai.ERATELIMIT:      7,
	hokusai.EUNAVAILABLE:    8,
	hokusai.ECHAIN:          9,
	hokusai.ENOTIMPLEMENTED: 10,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRootCmd()
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "error:", userMessage(err))
		os.Exit(exitCode(err))
	}
}

// globals are the flags every client command shares.
type globals struct {
	server string // REST API base URL
}

func newRootCmd() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:           "hokusai",
		Short:         "Hokusai: AI models that earn for the people who improve them",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	def := os.Getenv("HOKUSAI_SERVER")
	if def == "" {
		def = "http://127.0.0.1:8080"
	}
	root.PersistentFlags().StringVar(&g.server, "server", def, "Hokusai server URL (env HOKUSAI_SERVER)")
	// Every command group, one file each; a new group is added here.
	root.AddCommand(
		newAttestCmd(g),
		newChainCmd(g),
		newDAOCmd(g),
		newVestingCmd(g),
		newSaleCmd(g),
		newContributeCmd(g),
		newContributionCmd(g),
		newCreditsCmd(g),
		newDemoCmd(g),
		newEvalCmd(g),
		newFineTuneCmd(g),
		newKeysCmd(g),
		newModelCmd(g),
		newPackageCmd(g),
		newPoolCmd(g),
		newPredictCmd(g),
		newUsageCmd(g),
		newReconcileCmd(g),
		newRegisterModelCmd(g),
		newConfigureTokenManagerCmd(g),
		newConfigureVerifierCmd(g),
		newVerifyIntegrationCmd(g),
		newTestModelIntegrationCmd(g),
		newServeCmd(g),
		newTokenCmd(g),
		newWalletCmd(g),
	)
	return root
}

func userMessage(err error) string {
	var e *hokusai.Error
	if errors.As(err, &e) {
		if e.Field != "" {
			return fmt.Sprintf("%s (field %s, code %s)", e.Message, pack.Printable(e.Field), e.Code)
		}
		return fmt.Sprintf("%s (code %s)", e.Message, e.Code)
	}
	return err.Error()
}

func exitCode(err error) int {
	var e *hokusai.Error
	if errors.As(err, &e) {
		if c, ok := exitCodes[e.Code]; ok {
			return c
		}
	}
	return 1
}
