package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// apiKeyFlag is the --key flag of commands that use an API key.
func apiKeyFlag(cmd *cobra.Command, dst *string) {
	cmd.Flags().StringVar(dst, "key", os.Getenv("HOKUSAI_API_KEY"), "API key hk_… (env HOKUSAI_API_KEY)")
}

// gatewayCall sends a JSON request to the gateway with the API key and
// decodes a 2xx answer into out; an error answer becomes the server's own
// *hokusai.Error. The key is never printed.
func gatewayCall(ctx context.Context, g *globals, method, path, key string, body, out any, hdr ...string) (http.Header, error) {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(g.server, "/")+path, r)
	if err != nil {
		return nil, hokusai.FieldErrorf("server", "--server %q is not a URL: %v.", g.server, err)
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] != "" {
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The Hokusai server at %s is not reachable; start one with `hokusai serve`, or point --server at a running server.", g.server)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 64<<20))
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "The answer from %s broke off: %v.", g.server, err)
	}
	if res.StatusCode >= 300 {
		var eb api.ErrorBody
		if json.Unmarshal(b, &eb) == nil && eb.Error.Code != "" {
			return res.Header, eb.ToError()
		}
		return res.Header, hokusai.Errorf(hokusai.EINTERNAL, "The server at %s answered %s without a Hokusai error body; is --server pointing at a Hokusai server?", g.server, res.Status)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			return res.Header, fmt.Errorf("decode answer: %w", err)
		}
	}
	return res.Header, nil
}

// signedCall sends body (JSON, or nothing when nil) in a request that key
// signs for action on model, for the domain c learnt from the server, and
// decodes a 2xx answer into out.
func signedCall(ctx context.Context, g *globals, c *sdk.Client, method, path, action string, model uint64, key *ecdsa.PrivateKey, body, out any) error {
	var b []byte
	var send any
	if body != nil {
		var err error
		if b, err = json.Marshal(body); err != nil {
			return err
		}
		send = json.RawMessage(b)
	}
	h := http.Header{}
	if err := c.Sign(ctx, h, action, model, b, key); err != nil {
		return err
	}
	var hdr []string
	for k := range h {
		hdr = append(hdr, k, h.Get(k))
	}
	_, err := gatewayCall(ctx, g, method, path, "", send, out, hdr...)
	return err
}

func needKey(key, what string) error {
	if key == "" {
		return hokusai.FieldErrorf("key", "%s needs an API key: give --key hk_… or set HOKUSAI_API_KEY (create one with `hokusai keys create --dev-account N`).", what)
	}
	return nil
}

func newKeysCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "API keys for the metered model API: create, list, revoke, rotate; whitelists of proprietary models",
	}
	cmd.AddCommand(newKeysCreateCmd(g), newKeysListCmd(g), newKeysRevokeCmd(g), newKeysRotateCmd(g), newWhitelistCmd(g))
	return cmd
}

func newKeysCreateCmd(g *globals) *cobra.Command {
	var (
		wallet    walletFlags
		key       string
		scopes    []string
		name      string
		expiresIn time.Duration
		rateLimit float64
	)
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create an API key, proving control of your address with your wallet (or with a manage key)",
		Long: `Create an API key. Your wallet signs the request (EIP-712, for this server's
chain and this exact body, once), so the server learns you control the
address without ever holding your key. With --key (a manage-scoped API key)
no wallet is needed. The key is printed once: store it now; the server keeps
only its sha256.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			req := keyRequest{Scopes: scopes, Name: name, ExpiresIn: int64(expiresIn / time.Second), RateLimit: rateLimit}
			var out createdKey
			switch {
			case wallet.given() && key != "" && cmd.Flags().Changed("key"):
				return hokusai.FieldErrorf("key", "Give either a wallet (--dev-account or --keystore) or --key, not both.")
			case wallet.given():
				c := sdk.New(g.server)
				k, err := wallet.signer(ctx, c)
				if err != nil {
					return err
				}
				if err := signedCall(ctx, g, c, "POST", "/v1/keys", signreq.ActionCreateKey, 0, k, req, &out); err != nil {
					return err
				}
			case key == "":
				return hokusai.FieldErrorf("dev-account", "keys create proves who you are: give --dev-account N or --keystore FILE (your wallet signs the request), or --key with a manage key.")
			default:
				if _, err := gatewayCall(ctx, g, "POST", "/v1/keys", key, req, &out); err != nil {
					return err
				}
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s\n", out.Secret)
			fmt.Fprintf(cmd.ErrOrStderr(), "API key %s for %s, scopes %s%s. It is shown only now: store it (e.g. export HOKUSAI_API_KEY=…).\n",
				out.Key.ID, out.Key.Owner, joinScopes(out.Key.Scopes), expiryNote(out.Key))
			return nil
		},
	}
	wallet.register(cmd)
	apiKeyFlag(cmd, &key)
	f := cmd.Flags()
	f.StringSliceVar(&scopes, "scopes", []string{"call"}, "scopes: call, manage (comma-separated)")
	f.StringVar(&name, "name", "", "a label shown by hokusai keys list")
	f.DurationVar(&expiresIn, "expires-in", 0, "expire after this long, e.g. 720h (default never)")
	f.Float64Var(&rateLimit, "rate-limit", 0, "calls per second for this key (default: the server's)")
	return cmd
}

func joinScopes(s []hokusai.Scope) string {
	parts := make([]string, len(s))
	for i, x := range s {
		parts[i] = string(x)
	}
	return strings.Join(parts, ",")
}

func expiryNote(k *hokusai.APIKey) string {
	if k.ExpiresAt.IsZero() {
		return ", no expiry"
	}
	return ", expires " + k.ExpiresAt.Format(time.RFC3339)
}

func newKeysListCmd(g *globals) *cobra.Command {
	var key string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List your API keys (needs a manage key); secrets are never shown",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needKey(key, "keys list"); err != nil {
				return err
			}
			var out struct{ Keys []*hokusai.APIKey }
			if _, err := gatewayCall(cmd.Context(), g, "GET", "/v1/keys", key, nil, &out); err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tHINT\tSCOPES\tNAME\tCREATED\tSTATE")
			now := time.Now()
			for _, k := range out.Keys {
				state := "active"
				switch {
				case !k.RevokedAt.IsZero():
					state = "revoked " + k.RevokedAt.Format(time.RFC3339)
				case !k.ExpiresAt.IsZero() && !now.Before(k.ExpiresAt):
					state = "expired " + k.ExpiresAt.Format(time.RFC3339)
				case !k.ExpiresAt.IsZero():
					state = "expires " + k.ExpiresAt.Format(time.RFC3339)
				}
				if k.RotatedTo != "" {
					state += " (rotated to " + k.RotatedTo + ")"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", k.ID, k.Hint, joinScopes(k.Scopes), k.Name, k.CreatedAt.Format(time.RFC3339), state)
			}
			return tw.Flush()
		},
	}
	apiKeyFlag(cmd, &key)
	return cmd
}

func newKeysRevokeCmd(g *globals) *cobra.Command {
	var key string
	cmd := &cobra.Command{
		Use:   "revoke KEY_ID",
		Short: "Revoke an API key at once (needs a manage key)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needKey(key, "keys revoke"); err != nil {
				return err
			}
			var out hokusai.APIKey
			if _, err := gatewayCall(cmd.Context(), g, "DELETE", "/v1/keys/"+url.PathEscape(args[0]), key, nil, &out); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "revoked %s at %s\n", out.ID, out.RevokedAt.Format(time.RFC3339))
			return nil
		},
	}
	apiKeyFlag(cmd, &key)
	return cmd
}

func newKeysRotateCmd(g *globals) *cobra.Command {
	var (
		key     string
		overlap time.Duration
	)
	cmd := &cobra.Command{
		Use:   "rotate KEY_ID",
		Short: "Replace an API key; the old one keeps working for --overlap (needs a manage key)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needKey(key, "keys rotate"); err != nil {
				return err
			}
			secs := int64(overlap / time.Second)
			var out createdKey
			if _, err := gatewayCall(cmd.Context(), g, "POST", "/v1/keys/"+url.PathEscape(args[0])+"/rotate", key, map[string]int64{"overlap_seconds": secs}, &out); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s\n", out.Secret)
			old := ""
			if out.Previous != nil {
				old = fmt.Sprintf("; %s keeps working until %s", out.Previous.ID, out.Previous.ExpiresAt.Format(time.RFC3339))
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "API key %s replaces %s%s. The new key is shown only now: store it.\n", out.Key.ID, args[0], old)
			return nil
		},
	}
	apiKeyFlag(cmd, &key)
	cmd.Flags().DurationVar(&overlap, "overlap", 10*time.Minute, "how long the old key keeps working")
	return cmd
}

func newWhitelistCmd(g *globals) *cobra.Command {
	var key string
	var wallet walletFlags
	cmd := &cobra.Command{
		Use:   "whitelist list|add|remove MODEL [ADDRESS]",
		Short: "Manage who may call your proprietary model (the owner's manage key, or the owner's wallet for add and remove)",
		Args:  cobra.RangeArgs(2, 3),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			path := "/v1/models/" + url.PathEscape(args[1]) + "/whitelist"
			method, action := "GET", ""
			switch args[0] {
			case "list":
				if len(args) != 2 {
					return hokusai.FieldErrorf("address", "keys whitelist list takes only the model.")
				}
			case "add", "remove":
				if len(args) != 3 {
					return hokusai.FieldErrorf("address", "keys whitelist %s needs the consumer's 0x address.", args[0])
				}
				method = map[string]string{"add": "PUT", "remove": "DELETE"}[args[0]]
				if !common.IsHexAddress(args[2]) {
					return hokusai.FieldErrorf("address", "%q is not a 0x address.", args[2])
				}
				action = signreq.WhitelistAction(args[0] == "add", common.HexToAddress(args[2]))
			default:
				return hokusai.FieldErrorf("action", "Unknown action %q; use list, add or remove.", args[0])
			}
			var out whitelistAnswer
			if action != "" && wallet.given() {
				c := sdk.New(g.server)
				id, err := c.ModelID(ctx, args[1])
				if err != nil {
					return err
				}
				k, err := wallet.signer(ctx, c)
				if err != nil {
					return err
				}
				path = fmt.Sprintf("/v1/models/%d/whitelist/%s", id, url.PathEscape(args[2]))
				if err := signedCall(ctx, g, c, method, path, action, id, k, nil, &out); err != nil {
					return err
				}
			} else {
				if err := needKey(key, "keys whitelist "+args[0]); err != nil {
					return err
				}
				if len(args) == 3 {
					path += "/" + url.PathEscape(args[2])
				}
				if _, err := gatewayCall(ctx, g, method, path, key, nil, &out); err != nil {
					return err
				}
			}
			for _, c := range out.Consumers {
				fmt.Fprintln(cmd.OutOrStdout(), c)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "model %d: %d whitelisted consumer(s)\n", out.ModelID, len(out.Consumers))
			return nil
		},
	}
	apiKeyFlag(cmd, &key)
	wallet.register(cmd)
	return cmd
}

// keyRequest is the body of POST /v1/keys (openapi.yaml's CreateKeyRequest).
type keyRequest struct {
	Address   string   `json:"address,omitempty"`
	Scopes    []string `json:"scopes,omitempty"`
	Name      string   `json:"name,omitempty"`
	ExpiresIn int64    `json:"expires_in,omitempty"`
	RateLimit float64  `json:"rate_limit,omitempty"`
}

// createdKey is the answer to creating or rotating a key (CreatedKey).
type createdKey struct {
	Key      *hokusai.APIKey `json:"key"`
	Secret   string          `json:"secret"`
	Previous *hokusai.APIKey `json:"previous,omitempty"`
}

// whitelistAnswer is the answer of the whitelist routes (Whitelist).
type whitelistAnswer struct {
	ModelID   uint64   `json:"model_id"`
	Consumers []string `json:"consumers"`
}
