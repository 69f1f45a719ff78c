package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/gateway"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// demoUsage is the demo's second act: a consumer (dev account 3) deposits
// USDC credits, gets an API key, calls the improved model through the
// metered gateway, and the ledger settles the fees into the model's pool
// reserve (F19), which raises the token's price without minting.
func demoUsage(ctx context.Context, out io.Writer, s *server, sess *chain.Session, created *chain.CreatedModel, ticker string, rows *eval.Dataset) error {
	consumer := devchain.DevKey(3)
	addr := crypto.PubkeyToAddress(consumer.PublicKey)
	base := s.http.URL()
	before, err := sess.PoolState(ctx, created.Pool)
	if err != nil {
		return err
	}
	deposit := big.NewInt(10_000_000) // 10 USDC
	if _, err := s.client.DepositCredits(ctx, consumer, s.protocol.USDC, s.protocol.Mint.Vault, addr, deposit); err != nil {
		return fmt.Errorf("deposit credits: %w", err)
	}
	var credits struct {
		Spendable int64 `json:"spendable"`
		Settled   int64 `json:"settled"`
	}
	if err := pollJSON(ctx, base+"/v1/credits/"+addr.Hex(), &credits, func() bool { return credits.Spendable > 0 }); err != nil {
		return fmt.Errorf("credits: %w", err)
	}
	fmt.Fprintf(out, "Consumer %s deposited 10 USDC into the credit vault.\n", addr.Hex())

	kr, _ := json.Marshal(keyRequest{Name: "demo"})
	h := http.Header{}
	if err := sdk.New(base).Sign(ctx, h, signreq.ActionCreateKey, 0, kr, consumer); err != nil {
		return err
	}
	var key createdKey
	if err := postJSONWith(ctx, base+"/v1/keys", h, json.RawMessage(kr), &key); err != nil {
		return fmt.Errorf("create key: %w", err)
	}
	fmt.Fprintf(out, "API key %s… created (shown once; stored as prefix + sha256).\n", key.Secret[:min(10, len(key.Secret))])

	var inputs []map[string]any
	names := make([]string, len(rows.Columns))
	for i, c := range rows.Columns {
		names[i] = c.Name
	}
	for _, r := range hokusai.RowsFromTable(names, rows.Rows[:min(50, rows.Len())]) {
		delete(r, "party")
		inputs = append(inputs, r)
	}
	raw, _ := json.Marshal(inputs)
	var pr gateway.PredictResponse
	if err := postJSON(ctx, base+"/v1/models/"+ticker+"/batch_predict", key.Secret, gateway.PredictRequest{Inputs: raw}, &pr); err != nil {
		return fmt.Errorf("batch_predict: %w", err)
	}
	p0 := pr.Predictions[0]
	fmt.Fprintf(out, "batch_predict: %d predictions (first: %s, confidence %.3f), %.1f ms, fee %s USDC\n", len(pr.Predictions), p0.Label, p0.Confidence, pr.LatencyMS, pr.FeeCharged)
	if err := pollJSON(ctx, base+"/v1/credits/"+addr.Hex(), &credits, func() bool { return credits.Settled > 0 }); err != nil {
		return fmt.Errorf("settlement: %w", err)
	}
	after, err := sess.PoolState(ctx, created.Pool)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Settled on-chain: %s USDC of fees into the %s pool.\n", hokusai.FormatUnits(big.NewInt(credits.Settled), 6), ticker)
	fmt.Fprintf(out, "Pool reserve %s → %s USDC; spot price %s → %s USDC per %s (%s phase)\n",
		hokusai.FormatUnits(before.Reserve, 6), hokusai.FormatUnits(after.Reserve, 6),
		hokusai.FormatUnits(before.SpotPrice, 24), hokusai.FormatUnits(after.SpotPrice, 24), ticker, after.Phase)
	if after.Phase == "flat" {
		fmt.Fprintf(out, "(In the flat phase the price is fixed; fees build the reserve toward graduation, after which each settled fee raises the curve price.)\n")
	}
	return nil
}

func postJSON(ctx context.Context, url, bearer string, in, out any) error {
	h := http.Header{}
	if bearer != "" {
		h.Set("Authorization", "Bearer "+bearer)
	}
	return postJSONWith(ctx, url, h, in, out)
}

// postJSONWith posts in as JSON with the headers h and decodes the answer.
func postJSONWith(ctx context.Context, url string, h http.Header, in, out any) error {
	b, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return err
	}
	for k, v := range h {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s: %s", resp.Status, bytes.TrimSpace(body))
	}
	return json.Unmarshal(body, out)
}

// pollJSON GETs url into out until done, for at most 30 seconds.
func pollJSON(ctx context.Context, url string, out any, done func() bool) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			_ = json.NewDecoder(resp.Body).Decode(out)
			resp.Body.Close()
			if done() {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waited 30s for %s", url)
		case <-time.After(200 * time.Millisecond):
		}
	}
}
