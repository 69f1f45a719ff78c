package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// TestFiveContributionsShareByShapley runs the real binary: five
// contributors submit to one model within the batch window (four slices
// of real rows and one uninformative pair: the same votes once for each
// party); the server evaluates them as one batch and mints once. The
// weights are checked against a brute-force reference computed here from
// the claim's data: every one of the 5! = 120 orderings retrained and
// scored, each contribution's marginal gain averaged. They sum to 10,000
// bps, each within one bp of its exact share; the uninformative pair
// gains nothing (its gain is below zero, clipped) and gets 0 bps and no
// tokens; each contributor holds its weight's share of the contributors'
// 70%.
func TestFiveContributionsShareByShapley(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	// Five fill the batch at once; the window only bounds a slow submitter.
	t.Setenv("HOKUSAI_EVAL_BATCH", "5")
	t.Setenv("HOKUSAI_EVAL_BATCH_WINDOW", "1m")
	dataDir := t.TempDir()
	srv := startLive(t, dataDir)
	rowsFile := setupVotesModel(t, srv)
	pool, err := eval.LoadFile(rowsFile, eval.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	seq := func(a, b int) []int {
		var out []int
		for i := a; i < b; i++ {
			out = append(out, i)
		}
		return out
	}
	parts := []*eval.Dataset{pool.Subset(seq(0, 20)), pool.Subset(seq(20, 60)), pool.Subset(seq(60, 110)), pool.Subset(seq(110, 160))}
	// The uninformative pair: the same made-up votes (unknown, nay, unknown,
	// nay, …) once for each party.
	useless := &eval.Dataset{Columns: pool.Columns}
	for _, party := range []string{"democrat", "republican"} {
		row := make([]any, len(pool.Columns))
		vote := 0
		for i, c := range pool.Columns {
			if c.Name == "party" {
				row[i] = party
				continue
			}
			row[i] = []string{"?", "n"}[vote%2]
			vote++
		}
		useless.Rows = append(useless.Rows, row)
	}
	parts = append(parts, useless)
	dir := t.TempDir()
	for i, p := range parts {
		f := filepath.Join(dir, fmt.Sprintf("part%d.csv", i))
		var b strings.Builder
		if err := p.WriteCSV(&b); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		if out := srv.cli(t, "contribute", "VOTES", "--file", f, "--dev-account", strconv.Itoa(2+i)); !strings.Contains(out, fmt.Sprintf("Submitted contribution %d", i+1)) {
			t.Fatalf("contribute %d: %s", i, out)
		}
	}
	out := srv.cli(t, "contribution", "show", "5", "--watch", "--timeout", "120s")
	if !strings.Contains(out, "status           accepted") || !strings.Contains(out, "5 contribution(s), shapley") {
		t.Fatalf("contribution 5: %s\n%s", out, srv.out)
	}
	t.Log(out)

	ctx := context.Background()
	cli := sdk.New(srv.apiURL)
	var evID int64
	for id := int64(1); id <= 5; id++ {
		v, err := cli.Contribution(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if v.EvaluationId == nil || (evID != 0 && *v.EvaluationId != evID) {
			t.Fatalf("contribution %d: evaluation %v; want all five in one", id, v.EvaluationId)
		}
		evID = *v.EvaluationId
	}
	ev, err := cli.Evaluation(ctx, evID)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Weights == nil || len(*ev.Weights) != 5 || ev.Method == nil || *ev.Method != "shapley" || len(ev.Contributions) != 5 {
		t.Fatalf("evaluation %d: contributions %v, method %v, weights %v", evID, ev.Contributions, ev.Method, ev.Weights)
	}

	// The reference, from the data the attesters were given.
	raw, err := os.ReadFile(filepath.Join(dataDir, "claims", fmt.Sprintf("%d.json", evID)))
	if err != nil {
		t.Fatal(err)
	}
	var claim evaluator.Claim
	if err := json.Unmarshal(raw, &claim); err != nil {
		t.Fatal(err)
	}
	st, training, batch, err := claim.Datasets()
	if err != nil {
		t.Fatal(err)
	}
	ref := bruteForceShapley(t, st, training, batch)

	weights := *ev.Weights
	sum, pos := 0, 0.0
	for _, x := range ref {
		pos += math.Max(x, 0)
	}
	for i, w := range weights {
		sum += w.Bps
		if w.Contribution != int64(i+1) || math.Abs(w.Value-ref[i]) > 1e-12 {
			t.Fatalf("contribution %d: gain %v; the brute-force reference is %v", w.Contribution, w.Value, ref[i])
		}
		exact := math.Max(ref[i], 0) / pos * 10_000
		if math.Abs(float64(w.Bps)-exact) >= 1 {
			t.Fatalf("contribution %d: %d bps; exact share %.4f", w.Contribution, w.Bps, exact)
		}
	}
	if sum != 10_000 {
		t.Fatalf("weights sum to %d bps", sum)
	}
	if ref[4] > 0 || weights[4].Bps != 0 {
		t.Fatalf("the uninformative pair gains %v and gets %d bps; want no gain and 0", ref[4], weights[4].Bps)
	}

	// The signed receipt carries the same gains and weights.
	rb, _ := json.Marshal(ev.Receipt)
	r, _, err := eval.VerifyReceipt(rb)
	if err != nil {
		t.Fatal(err)
	}
	if r.Attribution != "shapley" || len(r.Weights) != 5 {
		t.Fatalf("receipt: attribution %q, %d weights", r.Attribution, len(r.Weights))
	}
	for i, w := range r.Weights {
		if w.Bps != weights[i].Bps || w.Gain != strconv.FormatFloat(weights[i].Value, 'g', -1, 64) || w.Contribution != int64(i+1) {
			t.Fatalf("receipt weight %d: %+v; evaluation %+v, reference gain %v", i, w, weights[i], ref[i])
		}
	}

	// Each contributor holds its share of the contributors' 70%.
	c, err := chain.Dial(ctx, srv.rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	p, err := chain.LoadProtocol(filepath.Join(dataDir, "protocol.json"))
	if err != nil {
		t.Fatal(err)
	}
	sess := &chain.Session{Client: c, Protocol: p}
	m, err := sess.ResolveModel(ctx, "VOTES")
	if err != nil {
		t.Fatal(err)
	}
	reward, ok := new(big.Int).SetString(hokusaiText(ev.Reward), 10)
	if !ok || reward.Sign() <= 0 {
		t.Fatalf("evaluation reward %v", ev.Reward)
	}
	for i, w := range weights {
		bal, err := sess.TokenBalance(ctx, common.HexToAddress(m.Token), devchain.DevAddress(2+i))
		if err != nil {
			t.Fatal(err)
		}
		exact := new(big.Int).Quo(new(big.Int).Mul(reward, big.NewInt(int64(w.Bps)*7000)), big.NewInt(100_000_000))
		if d := new(big.Int).Sub(bal, exact); d.CmpAbs(big.NewInt(1)) > 0 || (w.Bps == 0 && bal.Sign() != 0) {
			t.Fatalf("contributor %d holds %s; %d bps of 70%% of %s is %s", i, bal, w.Bps, reward, exact)
		}
	}
	t.Logf("one batch of 5, %s tokens minted; gains %v, bps %v", hokusai.FormatWad(reward), ref, []int{weights[0].Bps, weights[1].Bps, weights[2].Bps, weights[3].Bps, weights[4].Bps})
}

// bruteForceShapley is the textbook Shapley value of each contribution of
// batch: its marginal gain in score over the training data alone, averaged
// over all n! orders of arrival, each coalition retrained from the recipe
// and scored on the hidden test split. A contribution counts the rows that
// neither the training data nor an earlier contribution of the batch holds.
func bruteForceShapley(t *testing.T, st *contrib.Setup, training *eval.Dataset, batch []*eval.Dataset) []float64 {
	t.Helper()
	eng, err := evaluator.NewEngine(st)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[32]byte]bool{}
	for i := range training.Rows {
		seen[sha256.Sum256(training.CanonicalRow(i))] = true
	}
	fresh := make([]*eval.Dataset, len(batch))
	for k, d := range batch {
		var keep []int
		for i := range d.Rows {
			if h := sha256.Sum256(d.CanonicalRow(i)); !seen[h] {
				seen[h] = true
				keep = append(keep, i)
			}
		}
		fresh[k] = d.Subset(keep)
	}
	scores := map[string]float64{}
	score := func(in []bool) float64 {
		key := fmt.Sprint(in)
		if s, ok := scores[key]; ok {
			return s
		}
		var ds []*eval.Dataset
		for k, ok := range in {
			if ok {
				ds = append(ds, fresh[k])
			}
		}
		d, err := contrib.Concat(training, ds...)
		if err != nil {
			t.Fatal(err)
		}
		s, err := eng.Train(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		scores[key] = s.Score
		return s.Score
	}
	n := len(batch)
	phi := make([]float64, n)
	orders := 0
	var permute func(order []int, used []bool)
	permute = func(order []int, used []bool) {
		if len(order) == n {
			orders++
			in := make([]bool, n)
			for _, k := range order {
				before := score(in)
				in[k] = true
				phi[k] += score(in) - before
			}
			return
		}
		for k := 0; k < n; k++ {
			if !used[k] {
				used[k] = true
				permute(append(order, k), used)
				used[k] = false
			}
		}
	}
	permute(nil, make([]bool, n))
	if orders != 120 && n == 5 {
		t.Fatalf("%d orderings of 5", orders)
	}
	for k := range phi {
		phi[k] /= float64(orders)
	}
	return phi
}

// hokusaiText is an optional string of an API answer.
func hokusaiText(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
