package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/gateway"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// readRows reads rows for predict: a JSON array of rows, one row object,
// or JSON Lines (one row per line).
func readRows(b []byte, field string) (json.RawMessage, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil, hokusai.FieldErrorf(field, "%s is empty; give a row such as {\"feature\": 1.5} or an array of rows.", field)
	}
	if json.Valid(b) {
		return b, nil
	}
	var rows []json.RawMessage
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if !json.Valid(line) {
			return nil, hokusai.FieldErrorf(field, "%s is neither JSON nor JSON Lines: line %d is not valid JSON.", field, n)
		}
		rows = append(rows, line)
	}
	return json.Marshal(rows)
}

func newPredictCmd(g *globals) *cobra.Command {
	var (
		key, input, file, idem string
		batch, estimate        bool
	)
	cmd := &cobra.Command{
		Use:   "predict MODEL",
		Short: "Call a model through the metered API and print its predictions and the fee (JSON)",
		Long: `Call a model (id or ticker) with rows given as JSON with --input, or in a
file (JSON, or JSON Lines with one row per line) with --file. --batch uses
the Batch tier (discounted per row); --estimate only prices the call.
The answer is printed as JSON: predictions, latency_ms, fee_charged, usage_id.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needKey(key, "predict"); err != nil {
				return err
			}
			var raw []byte
			switch {
			case input != "" && file != "":
				return hokusai.FieldErrorf("input", "Give either --input or --file, not both.")
			case input != "":
				raw = []byte(input)
			case file != "":
				b, err := os.ReadFile(file)
				if err != nil {
					return hokusai.FieldErrorf("file", "Cannot read --file %s: %v.", file, err)
				}
				raw = b
			default:
				return hokusai.FieldErrorf("input", "predict needs rows: --input '{\"feature\": 1}' or --file rows.json.")
			}
			field := map[bool]string{true: "input", false: "file"}[input != ""]
			rows, err := readRows(raw, field)
			if err != nil {
				return err
			}
			base := "/v1/models/" + url.PathEscape(args[0])
			var out any
			if estimate {
				tier := map[bool]string{true: "batch", false: "basic"}[batch]
				var est gateway.EstimateResponse
				if _, err := gatewayCall(cmd.Context(), g, "POST", base+"/estimate_cost", key, map[string]any{"inputs": rows, "tier": tier}, &est); err != nil {
					return err
				}
				out = est
			} else {
				path := base + "/predict"
				if batch {
					path = base + "/batch_predict"
				}
				var res gateway.PredictResponse
				if _, err := gatewayCall(cmd.Context(), g, "POST", path, key, map[string]any{"inputs": rows}, &res, "Idempotency-Key", idem); err != nil {
					return err
				}
				out = res
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		},
	}
	apiKeyFlag(cmd, &key)
	f := cmd.Flags()
	f.StringVar(&input, "input", "", "rows as JSON: one row object or an array of rows")
	f.StringVar(&file, "file", "", "file of rows: JSON, or JSON Lines")
	f.BoolVar(&batch, "batch", false, "use the Batch tier (batch_predict)")
	f.BoolVar(&estimate, "estimate", false, "only say what the call would cost (estimate_cost)")
	f.StringVar(&idem, "idempotency-key", "", "retry-safe id: a retry with the same id is charged once")
	return cmd
}

func newUsageCmd(g *globals) *cobra.Command {
	var key, from, to, model string
	cmd := &cobra.Command{
		Use:   "usage",
		Short: "Your metered usage by model over a time range",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needKey(key, "usage"); err != nil {
				return err
			}
			q := url.Values{}
			for k, v := range map[string]string{"from": from, "to": to, "model": model} {
				if v != "" {
					q.Set(k, v)
				}
			}
			var out api.Usage
			if _, err := gatewayCall(cmd.Context(), g, "GET", "/v1/usage?"+q.Encode(), key, nil, &out); err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "MODEL\tCALLS\tAMOUNT (USDC)")
			for _, m := range out.Models {
				fmt.Fprintf(tw, "%d\t%d\t%s\n", m.ModelId, m.Calls, m.Amount)
			}
			fmt.Fprintf(tw, "total\t%d\t%s\n", out.TotalCalls, out.TotalAmount)
			return tw.Flush()
		},
	}
	apiKeyFlag(cmd, &key)
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "start (RFC 3339 or YYYY-MM-DD, UTC)")
	f.StringVar(&to, "to", "", "end, exclusive (RFC 3339 or YYYY-MM-DD)")
	f.StringVar(&model, "model", "", "only this model (id or ticker)")
	return cmd
}
