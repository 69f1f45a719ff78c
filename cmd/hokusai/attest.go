package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/attest"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// attestation is what `hokusai attest` prints: the signature to hand back
// to the evaluator, who submits it with the others.
type attestation struct {
	Evaluation string         `json:"request_key"`
	Signer     common.Address `json:"signer"`
	R          common.Hash    `json:"r"`
	S          common.Hash    `json:"s"`
	V          uint8          `json:"v"`
}

func newAttestCmd(g *globals) *cobra.Command {
	var bundle, keystore, passwordFile, keyHex, evaluators string
	var devAttester int
	var once bool
	var poll time.Duration
	cmd := &cobra.Command{
		Use:   "attest [--bundle CLAIM.json | --once] (--keystore FILE | --dev-attester N) [--evaluator 0x…]",
		Short: "Re-check an evaluation claim independently and, if it holds, sign its mint request",
		Long: "An independent attester (F14 oracle). It verifies the evaluator's receipt signature, retrains the\n" +
			"baseline and the candidate from the package's recipe and the claim's data, re-scores both on the\n" +
			"benchmark's hidden test split, re-runs the paired bootstrap and compares every number and digest with\n" +
			"the receipt and the mint request. Only then does it sign (EIP-712, low-s) and print the signature.\n" +
			"Without --bundle it serves the server (--server): it lists the claims waiting for its signature\n" +
			"(as a registered attester of their models), checks each, and hands back the signatures it gives;\n" +
			"--once stops after one pass. The server also writes each claim to DATA_DIR/claims/<evaluation>.json.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			a := &attest.Attester{}
			var err error
			switch {
			case keyHex != "":
				if a.Key, err = pack.ParseKey(keyHex); err != nil {
					return err
				}
			case keystore != "":
				pass := os.Getenv("HOKUSAI_PASSWORD")
				if passwordFile != "" {
					b, err := os.ReadFile(passwordFile)
					if err != nil {
						return hokusai.FieldErrorf("password-file", "Cannot read --password-file: %v.", err)
					}
					pass = strings.TrimRight(string(b), "\r\n")
				}
				if a.Key, err = chain.LoadAttesterKey(keystore, pass); err != nil {
					return err
				}
			case devAttester >= 0:
				if devAttester >= DevAttesterCount {
					return hokusai.FieldErrorf("dev-attester", "--dev-attester is 0 to %d.", DevAttesterCount-1)
				}
				a.Key = devAttesterKeys()[devAttester]
			default:
				return hokusai.FieldErrorf("keystore", "attest signs: give --keystore FILE or --dev-attester N.")
			}
			for _, e := range strings.Split(evaluators, ",") {
				if e = strings.TrimSpace(e); e == "" {
					continue
				}
				if !common.IsHexAddress(e) {
					return hokusai.FieldErrorf("evaluator", "--evaluator %q is not a 0x address.", e)
				}
				a.Evaluators = append(a.Evaluators, common.HexToAddress(e))
			}
			if bundle == "" {
				return attestRemote(cmd, g, a, once, poll)
			}
			raw, err := os.ReadFile(bundle)
			if err != nil {
				return hokusai.FieldErrorf("bundle", "Cannot read --bundle %s: %v.", bundle, err)
			}
			var c evaluator.Claim
			if err := json.Unmarshal(raw, &c); err != nil || c.Request == nil {
				return hokusai.FieldErrorf("bundle", "--bundle %s is not an evaluation claim: %v.", bundle, err)
			}
			sig, err := a.Attest(cmd.Context(), &c)
			if err != nil {
				return err
			}
			b, _ := json.MarshalIndent(attestation{Evaluation: c.Request.IdempotencyKey.Hex(), Signer: sig.Signer, R: sig.R, S: sig.S, V: sig.V}, "", "  ")
			fmt.Fprintf(cmd.ErrOrStderr(), "Claim holds: model %d, candidate %s, %d contributors. Signed by %s.\n",
				c.Request.ModelID, hokusai.FormatWad(c.Request.CandidateScore), len(c.Request.Contributors), sig.Signer.Hex())
			fmt.Fprintln(cmd.OutOrStdout(), string(b))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&bundle, "bundle", "", "the claim to check (JSON the server writes to DATA_DIR/claims/)")
	f.StringVar(&keystore, "keystore", "", "the attester's key (go-ethereum keystore; passphrase from --password-file or env HOKUSAI_PASSWORD)")
	f.StringVar(&passwordFile, "password-file", "", "file whose first line is the keystore passphrase")
	f.StringVar(&keyHex, "key-hex", "", "the attester's key as hex (tests only)")
	f.IntVar(&devAttester, "dev-attester", -1, "sign with the dev chain's attester N (0 or 1)")
	f.StringVar(&evaluators, "evaluator", "", "only trust receipts signed by these evaluator addresses, comma-separated")
	f.BoolVar(&once, "once", false, "without --bundle: one pass over the waiting claims, then exit")
	f.DurationVar(&poll, "poll", time.Second, "without --bundle: how often to look for claims")
	return cmd
}

// attestRemote serves a server's mailbox: list, re-check, sign, deliver.
func attestRemote(cmd *cobra.Command, g *globals, a *attest.Attester, once bool, poll time.Duration) error {
	ctx := cmd.Context()
	c := sdk.New(g.server)
	out := cmd.OutOrStdout()
	done := map[common.Hash]bool{}
	fmt.Fprintf(cmd.ErrOrStderr(), "Attester %s serving %s.\n", a.Address().Hex(), g.server)
	for {
		claims, err := c.Attestations(ctx, a.Key)
		if err != nil {
			return err
		}
		for _, raw := range claims {
			cl := new(evaluator.Claim)
			if err := json.Unmarshal(raw, cl); err != nil || cl.Request == nil {
				return hokusai.Errorf(hokusai.EINTERNAL, "The server at %s sent a claim that is not a mint request with its receipt and data (%v); is this attester as new as the server?", g.server, err)
			}
			k := cl.Request.IdempotencyKey
			if done[k] {
				continue
			}
			done[k] = true
			sig, err := a.Attest(ctx, cl)
			if err != nil {
				fmt.Fprintf(out, "refused %s (model %d): %s\n", k.Hex(), cl.Request.ModelID, hokusai.ErrorMessage(err))
				continue
			}
			wire := api.MintSignature{Signer: sig.Signer.Hex(), R: sig.R.Hex(), S: sig.S.Hex(), V: int(sig.V)}
			if err := c.DeliverAttestation(ctx, k.Hex(), wire); err != nil {
				fmt.Fprintf(out, "could not deliver %s: %s\n", k.Hex(), hokusai.ErrorMessage(err))
				continue
			}
			fmt.Fprintf(out, "signed %s (model %d, candidate %s)\n", k.Hex(), cl.Request.ModelID, hokusai.FormatWad(cl.Request.CandidateScore))
		}
		if once {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(poll):
		}
	}
}
