package main

import (
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/finetune"
)

// newFineTuneTrainCmd is the trainer a Kubernetes pod or an Akash lease
// runs: it reads a run's spec and inputs from the server's run exchange,
// trains with the local runner's code and writes each checkpoint back,
// printing a JSON line per step.
func newFineTuneTrainCmd() *cobra.Command {
	var spec string
	cmd := &cobra.Command{
		Use:   "train --spec URL",
		Short: "Run a fine-tuning job's trainer (what the Kubernetes and Akash runners start)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if spec == "" {
				return hokusai.FieldErrorf("spec", "--spec is the run's spec URL, which the runner that starts this trainer passes.")
			}
			return finetune.Train(cmd.Context(), nil, spec, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&spec, "spec", "", "the run's spec URL on the server's run exchange")
	return cmd
}
