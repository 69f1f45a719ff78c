package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// newEndpointSecretCmd is `hokusai model endpoint-secret`: the key the
// server sends to a remote model's endpoint, which only the model's owner
// sets, by a signed request, and nobody reads back.
func newEndpointSecretCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "endpoint-secret",
		Short: "Set, show or delete the key the server sends to your remote model's endpoint",
		Long: `The key of a remote model's endpoint (remote-json, remote-openai) is set by the
model's owner, read here on your machine (from an environment variable or a
file, never from the command line), signed with your wallet and sent to the
server, which stores it encrypted and sends it as "Authorization: Bearer …"
to that model's endpoint only. Nobody can read it back: show says only
whether one is set and when.`,
	}
	cmd.AddCommand(newEndpointSecretSetCmd(g), newEndpointSecretShowCmd(g), newEndpointSecretDeleteCmd(g))
	return cmd
}

func endpointSecretPath(id uint64) string { return fmt.Sprintf("/v1/models/%d/endpoint_secret", id) }

// signedEndpointSecretCall sends the owner's signed request for action on
// model's endpoint secret.
func signedEndpointSecretCall(ctx context.Context, g *globals, wallet *walletFlags, model, method, action string, body any) (*hokusai.EndpointSecretInfo, error) {
	c := sdk.New(g.server)
	id, err := c.ModelID(ctx, model)
	if err != nil {
		return nil, err
	}
	k, err := wallet.signer(ctx, c)
	if err != nil {
		return nil, err
	}
	var out hokusai.EndpointSecretInfo
	if err := signedCall(ctx, g, c, method, endpointSecretPath(id), action, id, k, body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func newEndpointSecretSetCmd(g *globals) *cobra.Command {
	var fromEnv, fromFile string
	var wallet walletFlags
	cmd := &cobra.Command{
		Use:   "set MODEL (--from-env NAME | --from-file FILE)",
		Short: "Set the endpoint's key (the model's owner, signed with the wallet)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			secret, err := readEndpointSecret(fromEnv, fromFile)
			if err != nil {
				return err
			}
			out, err := signedEndpointSecretCall(ctx, g, &wallet, args[0], "PUT", signreq.ActionSetEndpointSecret, map[string]string{"api_key": secret})
			if err != nil {
				return err
			}
			printEndpointSecret(cmd.OutOrStdout(), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&fromEnv, "from-env", "", "read the key from this environment variable of your shell")
	cmd.Flags().StringVar(&fromFile, "from-file", "", "read the key from this file (a trailing newline is dropped)")
	wallet.register(cmd)
	return cmd
}

// readEndpointSecret reads the key on the user's machine from exactly one
// source, bounded, and checks it as the server will.
func readEndpointSecret(fromEnv, fromFile string) (string, error) {
	var secret string
	switch {
	case (fromEnv == "") == (fromFile == ""):
		return "", hokusai.FieldErrorf("from-env", "Give the key's source: --from-env NAME (an environment variable) or --from-file FILE, exactly one of them.")
	case fromEnv != "":
		v, ok := os.LookupEnv(fromEnv)
		if !ok || v == "" {
			return "", hokusai.FieldErrorf("from-env", "The environment variable %s is empty or not set; export the endpoint's key in it first.", fromEnv)
		}
		secret = v
	default:
		f, err := os.Open(fromFile)
		if errors.Is(err, fs.ErrNotExist) {
			return "", hokusai.FieldErrorf("from-file", "--from-file %s does not exist.", fromFile)
		}
		if err != nil {
			return "", hokusai.FieldErrorf("from-file", "Cannot read --from-file %s: %v.", fromFile, err)
		}
		defer f.Close()
		b, err := io.ReadAll(io.LimitReader(f, hokusai.MaxEndpointSecret+3))
		if err != nil {
			return "", hokusai.FieldErrorf("from-file", "Cannot read --from-file %s: %v.", fromFile, err)
		}
		secret = strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r")
	}
	if err := hokusai.CheckEndpointSecret(secret); err != nil {
		src := "--from-env " + fromEnv
		if fromFile != "" {
			src = "--from-file " + fromFile
		}
		return "", hokusai.FieldErrorf(strings.TrimPrefix(strings.Fields(src)[0], "--"), "The key from %s is not usable: %s", src, hokusai.ErrorMessage(err))
	}
	return secret, nil
}

func newEndpointSecretShowCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show MODEL",
		Short: "Say whether the model's endpoint has a key set, by whom and when (never the key)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			id, err := sdk.New(g.server).ModelID(ctx, args[0])
			if err != nil {
				return err
			}
			var out hokusai.EndpointSecretInfo
			if _, err := gatewayCall(ctx, g, "GET", endpointSecretPath(id), "", nil, &out); err != nil {
				return err
			}
			printEndpointSecret(cmd.OutOrStdout(), &out)
			return nil
		},
	}
}

func printEndpointSecret(w io.Writer, s *hokusai.EndpointSecretInfo) {
	if !s.Set {
		fmt.Fprintf(w, "model %d: no endpoint secret set\n", s.ModelID)
		return
	}
	fmt.Fprintf(w, "model %d: endpoint secret set by %s at %s\n", s.ModelID, s.SetBy, s.UpdatedAt.Format(time.RFC3339))
}

func newEndpointSecretDeleteCmd(g *globals) *cobra.Command {
	var wallet walletFlags
	cmd := &cobra.Command{
		Use:   "delete MODEL",
		Short: "Delete the endpoint's key (the model's owner, signed with the wallet)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			out, err := signedEndpointSecretCall(ctx, g, &wallet, args[0], "DELETE", signreq.ActionDeleteEndpointSecret, nil)
			if err != nil {
				return err
			}
			printEndpointSecret(cmd.OutOrStdout(), out)
			return nil
		},
	}
	wallet.register(cmd)
	return cmd
}
