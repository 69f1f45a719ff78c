package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/chain/txmgr/txmgrtest"
	"github.com/hokusai-protocol/hokusai/http/oapi"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// TestEndToEndGovernedPrice runs the real binary on its embedded chain: a
// consumer with no ETH becomes a member of a model by a settled call, holds
// the owner's released launch tokens, proposes a price of 0.006 USDC per
// call by a signed request, and votes for it by an EIP-712 ballot that the
// server relays through its transaction manager. The dev chain's clock is
// moved (hokusai chain advance-time) through the voting period and the
// timelock's delay; the proposal is queued and executed; 15 days into the
// 30-day ramp the gateway charges the half-way price, 0.004 USDC, and
// estimate_cost says so with its parts. A fork made with --parent GOVN@1
// records its parent, and its settled call pays exactly the 5% royalty
// into GOVN's reserve; the fork is then sold outright (listed, bought by
// another account, whose vesting it becomes, and whom the server's model
// and marketplace name as owner: the seller's version upload is refused,
// the buyer's taken). A production RPC refuses the clock move.
func TestEndToEndGovernedPrice(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	t.Setenv("HOKUSAI_CONFIRMATIONS", "0")
	dir := t.TempDir()
	srv := startLive(t, dir, "--settle-interval", "300ms")
	ctx := context.Background()

	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Governed", "--ticker", "GOVN",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	model := ledgerWaitModel(t, srv, "GOVN")
	ledgerRegisterVotes(t, srv, "GOVN")
	parentPool := common.HexToAddress(model.Pool)
	var dao oapi.ModelDAO
	decodeCLI(t, srv.cli(t, "dao", "show", "GOVN"), &dao)
	if dao.PricePerCallMicros != 2000 || !common.IsHexAddress(dao.Governor) {
		t.Fatalf("dao show: %+v", dao)
	}

	c, err := chain.Dial(ctx, srv.rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	txmgrtest.Attach(t, c)
	parentReserve0 := ledgerPoolReserve(t, c, parentPool)

	// The voter: a fresh wallet that never holds ETH.
	voterKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	voter := crypto.PubkeyToAddress(voterKey.PublicKey)
	ks, pass := filepath.Join(t.TempDir(), "voter.json"), filepath.Join(t.TempDir(), "pass")
	if err := chain.WriteKeystore(ks, voterKey, "v0ter", true); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pass, []byte("v0ter\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	asVoter := []string{"--keystore", ks, "--password-file", pass}

	// It becomes a member with its first settled call: dev account 4 pays
	// its credits, it signs for an API key and calls the model.
	srv.cli(t, "credits", "deposit", "--usdc", "1", "--for", voter.Hex(), "--dev-account", "4")
	ledgerWaitCredits(t, srv, voter, 1_000_000)
	key := strings.TrimSpace(srv.cli(t, append([]string{"keys", "create", "--scopes", "call", "--name", "voter"}, asVoter...)...))
	input := `{"physician-fee-freeze": "y", "el-salvador-aid": "y", "crime": "y"}`
	if fee := predictFee(t, srv, "GOVN", key, input); fee != "0.002" {
		t.Fatalf("fee before the vote: %s, want the starting price 0.002", fee)
	}
	waitMember(t, c, common.HexToAddress(dao.Agent), voter)

	// The owner's launch tokens (10% of the supply, the quorum) are
	// released through the server and handed to the voter, who votes
	// with them (every holder votes with its own tokens by default).
	var vest oapi.Vesting
	decodeCLI(t, srv.cli(t, "vesting", "release", "GOVN"), &vest)
	if vest.ReleasedNow == nil || *vest.ReleasedNow == "0" || !strings.EqualFold(vest.Beneficiary, devchain.DevAddress(1).Hex()) {
		t.Fatalf("vesting release: %+v", vest)
	}
	tok := bindings.NewModelToken()
	tokenAddr := common.HexToAddress(model.Token)
	bal, err := tok.UnpackBalanceOf(callRaw(t, c, tokenAddr, tok.PackBalanceOf(devchain.DevAddress(1))))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Send(ctx, devchain.DevKey(1), chain.Tx{To: &tokenAddr, Data: tok.PackTransfer(voter, bal)}); err != nil {
		t.Fatal(err)
	}
	if eth, err := c.Backend.BalanceAt(ctx, voter, nil); err != nil || eth.Sign() != 0 {
		t.Fatalf("the voter holds %v wei (%v); the test needs a voter with no ETH", eth, err)
	}

	// Propose by the member's signed request; vote by its signed ballot.
	var p oapi.Proposal
	decodeCLI(t, srv.cli(t, append([]string{"dao", "propose-price", "GOVN", "--price-micros", "6000", "--description", "Triple the price: the model is worth it."}, asVoter...)...), &p)
	if p.State != "pending" || p.TxHash == nil {
		t.Fatalf("proposal: %+v", p)
	}
	// With it, the member proposes a Batch discount of 40% and an
	// Enterprise price of 0.0015 USDC per call for dev account 4.
	var tierP, entP oapi.Proposal
	decodeCLI(t, srv.cli(t, append([]string{"dao", "propose-tier-discount", "GOVN", "--tier", "batch", "--discount-bps", "4000", "--description", "Batch at 40% off."}, asVoter...)...), &tierP)
	decodeCLI(t, srv.cli(t, append([]string{"dao", "propose-enterprise-price", "GOVN", "--consumer", devchain.DevAddress(4).Hex(), "--price-micros", "1500", "--description", "Account 4's contract."}, asVoter...)...), &entP)
	if tierP.Kind == nil || *tierP.Kind != "tier_discount" || entP.State != "pending" {
		t.Fatalf("tier proposal %+v, enterprise proposal %+v", tierP, entP)
	}
	// The indexer lists them from the Governor's ProposalCreated, decoded,
	// newest first.
	list := waitProposals(t, srv, "GOVN", "pending", func(l oapi.ProposalList) bool { return l.Total == 3 })
	if got := list.Data[0]; got.Id != entP.Id || got.Kind == nil || *got.Kind != "enterprise" ||
		fmt.Sprint((*got.Params)["price_per_call_micros"]) != "1500" || !strings.EqualFold(fmt.Sprint((*got.Params)["consumer"]), devchain.DevAddress(4).Hex()) {
		t.Fatalf("listed enterprise proposal: %+v", got)
	}
	if got := list.Data[1]; got.Id != tierP.Id || fmt.Sprintf("%v %v", (*got.Params)["tier"], (*got.Params)["discount_bps"]) != "batch 4000" {
		t.Fatalf("listed tier proposal: %+v", got)
	}
	if got := list.Data[2]; got.Id != p.Id || got.Kind == nil || *got.Kind != "price" || got.Params == nil ||
		fmt.Sprint((*got.Params)["price_per_call_micros"]) != "6000" || got.Proposer != p.Proposer ||
		got.Description == nil || *got.Description != "Triple the price: the model is worth it." || got.Calls == nil || len(*got.Calls) != 1 {
		t.Fatalf("listed proposal: %+v", got)
	}
	advance(t, srv, "2h")
	for _, other := range []string{tierP.Id, entP.Id} {
		srv.cli(t, append([]string{"dao", "vote", "GOVN", other, "--support", "for"}, asVoter...)...)
	}
	decodeCLI(t, srv.cli(t, append([]string{"dao", "vote", "GOVN", p.Id, "--support", "for"}, asVoter...)...), &p)
	if p.State != "active" || p.Votes.For != bal.String() || p.TxHash == nil {
		t.Fatalf("after the vote: %+v; want active with %s for", p, bal)
	}
	if q, _ := new(big.Int).SetString(p.Votes.Quorum, 10); q == nil || q.Cmp(bal) > 0 {
		t.Fatalf("quorum %s above the voter's %s votes", p.Votes.Quorum, bal)
	}
	if eth, _ := c.Backend.BalanceAt(ctx, voter, nil); eth.Sign() != 0 {
		t.Fatalf("the voter paid gas: %s wei", eth)
	}
	list = waitProposals(t, srv, "GOVN", "active", func(l oapi.ProposalList) bool { return l.Total == 3 && l.Data[2].Votes.For == bal.String() })
	if v := list.Data[2].Votes; v.Quorum != p.Votes.Quorum || v.Against != "0" {
		t.Fatalf("indexed votes %+v, the chain's %+v", v, p.Votes)
	}
	// Too early to queue: the Governor refuses and nothing is sent.
	if _, errOut, code := srv.cliCode(t, "dao", "queue", "GOVN", p.Id); code == 0 || !strings.Contains(errOut, "CONFLICT") {
		t.Fatalf("queue during the vote: exit %d %s", code, errOut)
	}
	advance(t, srv, "169h")
	decodeCLI(t, srv.cli(t, "dao", "proposal", "GOVN", p.Id), &p)
	if p.State != "succeeded" {
		t.Fatalf("after the voting period: %+v", p)
	}
	for _, other := range []string{tierP.Id, entP.Id} {
		srv.cli(t, "dao", "queue", "GOVN", other)
	}
	decodeCLI(t, srv.cli(t, "dao", "queue", "GOVN", p.Id), &p)
	if p.State != "queued" || p.Eta == 0 {
		t.Fatalf("queue: %+v", p)
	}
	if _, errOut, code := srv.cliCode(t, "dao", "execute", "GOVN", p.Id); code == 0 || !strings.Contains(errOut, "CONFLICT") {
		t.Fatalf("execute before the timelock's delay: exit %d %s", code, errOut)
	}
	advance(t, srv, "25h")
	for _, other := range []string{tierP.Id, entP.Id} {
		srv.cli(t, "dao", "execute", "GOVN", other)
	}
	decodeCLI(t, srv.cli(t, "dao", "execute", "GOVN", p.Id), &p)
	if p.State != "executed" {
		t.Fatalf("execute: %+v", p)
	}
	list = waitProposals(t, srv, "GOVN", "executed", func(l oapi.ProposalList) bool { return l.Total == 3 })
	if got := list.Data[0]; got.Eta == 0 || got.State != "executed" {
		t.Fatalf("indexed after execution: %+v", got)
	}
	if out := srv.cli(t, "dao", "proposals", "GOVN", "--state", "active"); !strings.Contains(out, `"total": 0`) {
		t.Fatalf("active proposals after execution: %s", out)
	}
	decodeCLI(t, srv.cli(t, "dao", "show", "GOVN"), &dao)
	r := dao.PriceRamp
	if r.FromMicros != 2000 || r.ToMicros != 6000 || r.End-r.Start != 30*86400 || dao.PricePerCallMicros != 2000 {
		t.Fatalf("after execution: %+v", dao)
	}

	// 15 days into the ramp: the half-way price, once the gateway's price
	// cache (10 s) has let go of the old one.
	advance(t, srv, "15d")
	decodeCLI(t, srv.cli(t, "dao", "show", "GOVN"), &dao)
	if dao.PricePerCallMicros != 4000 {
		t.Fatalf("15 days into the ramp the chain says %d micro-USDC, want 4000", dao.PricePerCallMicros)
	}
	deadline := time.Now().Add(15 * time.Second)
	var est struct {
		PricePerCall string `json:"price_per_call"`
		Micros       int64  `json:"price_per_call_micros"`
		Parts        struct {
			Compute string `json:"compute"`
			Storage string `json:"storage"`
			Network string `json:"network"`
		} `json:"price_parts"`
	}
	for {
		decodeCLI(t, estimate(t, srv, key), &est)
		if est.Micros == 4000 || time.Now().After(deadline) {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if est.PricePerCall != "0.004" || est.Micros != 4000 || est.Parts.Compute != "0.002" || est.Parts.Storage != "0.001" || est.Parts.Network != "0.001" {
		t.Fatalf("estimate_cost 15 days into the ramp: %+v; want 0.004 = 0.002 + 0.001 + 0.001", est)
	}
	if fee := predictFee(t, srv, "GOVN", key, input); fee != "0.004" {
		t.Fatalf("fee 15 days into the ramp: %s, want 0.004", fee)
	}
	t.Logf("price proposal %s… executed; 15 days into the ramp estimate_cost says %s (%s + %s + %s) and predict charged 0.004",
		p.Id[:12], est.PricePerCall, est.Parts.Compute, est.Parts.Storage, est.Parts.Network)

	// The ledger, indexed from the Agent's events: the owner and the voter
	// are members, the voter's two settled calls paid 0.002 + 0.004.
	var led oapi.AgentLedger
	deadline = time.Now().Add(60 * time.Second)
	for {
		decodeCLI(t, srv.cli(t, "dao", "ledger", "GOVN"), &led)
		if led.Calls == 2 || time.Now().After(deadline) {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	if led.Members != 2 || led.Users != 1 || led.Calls != 2 || led.FeesMicros != 6000 || led.Calls30d != 2 || led.Ratings != 0 || led.TrainingScoreBps != 10000 {
		t.Fatalf("ledger: %+v; want 2 members, 1 user, 2 calls for 6000, score 10000 (alone in the market)", led)
	}
	var members oapi.AgentMemberList
	decodeCLI(t, srv.cli(t, "dao", "members", "GOVN"), &members)
	if members.Total != 2 || len(members.Data) != 2 || members.Data[0].Reason != "owner" || !strings.EqualFold(members.Data[0].Account, devchain.DevAddress(1).Hex()) ||
		members.Data[1].Reason != "consumer" || !strings.EqualFold(members.Data[1].Account, voter.Hex()) {
		t.Fatalf("members: %+v", members)
	}

	// The voter, a member with no ETH, rates GOVN by a signed rating the
	// server relays, then changes it; a non-member is refused by name and
	// a rating signed by another key is refused on its signature, before
	// anything is sent.
	var rating oapi.Rating
	decodeCLI(t, srv.cli(t, append([]string{"model", "rate", "GOVN", "--stars", "4"}, asVoter...)...), &rating)
	if rating.Stars != 4 || rating.Ratings != 1 || rating.RatingSum != 4 || !strings.EqualFold(rating.Member, voter.Hex()) {
		t.Fatalf("rating: %+v", rating)
	}
	decodeCLI(t, srv.cli(t, append([]string{"model", "rate", "GOVN", "--stars", "5"}, asVoter...)...), &rating)
	if rating.Stars != 5 || rating.Ratings != 1 || rating.RatingSum != 5 || rating.RatingMean == nil || *rating.RatingMean != "5" {
		t.Fatalf("changed rating: %+v", rating)
	}
	if eth, _ := c.Backend.BalanceAt(ctx, voter, nil); eth.Sign() != 0 {
		t.Fatalf("the rater paid gas: %s wei", eth)
	}
	if _, errOut, code := srv.cliCode(t, "model", "rate", "GOVN", "--stars", "3", "--dev-account", "2"); code == 0 || !strings.Contains(errOut, "FORBIDDEN") || !strings.Contains(errOut, "not a member") {
		t.Fatalf("a non-member's rating: exit %d %s", code, errOut)
	}
	gen := sdk.New(srv.apiURL).API()
	br, err := gen.GetRatingBallotWithResponse(ctx, "GOVN", &api.GetRatingBallotParams{Member: voter.Hex(), Stars: 1})
	if err != nil || br.JSON200 == nil {
		t.Fatalf("rating ballot: %v %s", err, br.Body)
	}
	other, _ := crypto.GenerateKey()
	nonce, _ := new(big.Int).SetString(br.JSON200.Nonce, 10)
	forged, _ := signreq.SignRating(other, uint64(br.JSON200.ChainId), common.HexToAddress(br.JSON200.Agent), 1, nonce, uint64(br.JSON200.Deadline))
	rr, err := gen.RateModelWithResponse(ctx, "GOVN", api.RatingRequest{Member: voter.Hex(), Stars: 1, Deadline: br.JSON200.Deadline, Signature: hexutil.Encode(forged)})
	if err != nil || rr.StatusCode() != 400 || !strings.Contains(string(rr.Body), `"field":"signature"`) {
		t.Fatalf("a forged rating: %v %d %s", err, rr.StatusCode(), rr.Body)
	}
	deadline = time.Now().Add(30 * time.Second)
	for {
		decodeCLI(t, srv.cli(t, "dao", "ledger", "GOVN"), &led)
		if (led.Ratings == 1 && led.RatingSum == 5) || time.Now().After(deadline) {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	if led.Ratings != 1 || led.RatingSum != 5 {
		t.Fatalf("indexed ratings: %+v; want one rating of 5", led)
	}

	// A fork of GOVN (--parent GOVN@1) records its parent on-chain, and its
	// settled calls pay exactly the 5% royalty into GOVN's reserve.
	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "Governed fork", "--ticker", "GOVF", "--parent", "GOVN@1",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	fork := ledgerWaitModel(t, srv, "GOVF")
	ledgerRegisterVotes(t, srv, "GOVF")
	var fdao oapi.ModelDAO
	decodeCLI(t, srv.cli(t, "dao", "show", "GOVF"), &fdao)
	if fdao.ParentId == nil || *fdao.ParentId != int64(model.ID) || fdao.ParentVersion == nil || *fdao.ParentVersion != 1 {
		t.Fatalf("fork's DAO: %+v; want parent %d version 1", fdao, model.ID)
	}
	// GOVN's DAO may set its rewards and the royalty its fork pays it: the
	// member proposes both with the CLI (amounts in tokens, as decimals)
	// and the indexer lists them back with their kind and parameters.
	// GOVN is no fork of itself: the server refuses it by fork_id (asked by
	// the owner: the voter has had its 5 proposals a day relayed).
	var rewP, royP oapi.Proposal
	decodeCLI(t, srv.cli(t, append([]string{"dao", "propose-rewards", "GOVN", "--tokens-per-deltaone", "1000", "--max-reward", "250.5",
		"--mint-threshold", "0.5", "--contributor-bps", "8000", "--description", "Reward half-DeltaOne gains."}, asVoter...)...), &rewP)
	decodeCLI(t, srv.cli(t, append([]string{"dao", "propose-royalty", "GOVN", "--fork", "GOVF", "--bps", "800", "--description", "8% from GOVF."}, asVoter...)...), &royP)
	if rewP.State != "pending" || rewP.Kind == nil || *rewP.Kind != "rewards" || royP.Kind == nil || *royP.Kind != "royalty" {
		t.Fatalf("rewards proposal %+v, royalty proposal %+v", rewP, royP)
	}
	if _, errOut, code := srv.cliCode(t, "dao", "propose-royalty", "GOVN", "--fork", "GOVN", "--bps", "800", "--description", "Not a fork.", "--dev-account", "1"); code == 0 ||
		!strings.Contains(errOut, "fork_id") || !strings.Contains(errOut, "not a fork of model") {
		t.Fatalf("a royalty on a model that is no fork: exit %d %s", code, errOut)
	}
	if _, errOut, code := srv.cliCode(t, append([]string{"dao", "propose-rewards", "GOVN", "--tokens-per-deltaone", "1000", "--max-reward", "-1", "--description", "Negative."}, asVoter...)...); code == 0 ||
		!strings.Contains(errOut, "max-reward") {
		t.Fatalf("a negative --max-reward: exit %d %s", code, errOut)
	}
	kinds := waitProposals(t, srv, "GOVN", "pending", func(l oapi.ProposalList) bool { return l.Total == 2 && l.Data[0].Kind != nil && l.Data[1].Kind != nil })
	if got := kinds.Data[0]; got.Id != royP.Id || *got.Kind != "royalty" || len(*got.Params) != 2 ||
		fmt.Sprintf("%v %v", (*got.Params)["fork_id"], (*got.Params)["royalty_bps"]) != fmt.Sprintf("%d 800", fork.ID) {
		t.Fatalf("listed royalty proposal: %+v", got)
	}
	if got := kinds.Data[1]; got.Id != rewP.Id || *got.Kind != "rewards" || len(*got.Params) != 5 ||
		fmt.Sprintf("%v %v %v %v", (*got.Params)["tokens_per_delta_one"], (*got.Params)["max_reward"], (*got.Params)["mint_threshold"], (*got.Params)["contributor_bps"]) !=
			"1000000000000000000000 250500000000000000000 500000000000000000 8000" {
		t.Fatalf("listed rewards proposal: %+v", got)
	}
	t.Logf("rewards and royalty proposals made with the CLI and listed back: %v, %v", *kinds.Data[1].Params, *kinds.Data[0].Params)
	forkPool := common.HexToAddress(fork.Pool)
	forkReserve0 := ledgerPoolReserve(t, c, forkPool)
	if fee := predictFee(t, srv, "GOVF", key, input); fee != "0.002" {
		t.Fatalf("fork call fee %s", fee)
	}
	// GOVN earned 0.002 + 0.004 from its own calls and 5% of the fork's 0.002.
	wantParent := new(big.Int).Add(parentReserve0, big.NewInt(2000+4000+100))
	wantFork := new(big.Int).Add(forkReserve0, big.NewInt(1900))
	deadline = time.Now().Add(60 * time.Second)
	for {
		pr, fr := ledgerPoolReserve(t, c, parentPool), ledgerPoolReserve(t, c, forkPool)
		if pr.Cmp(wantParent) == 0 && fr.Cmp(wantFork) == 0 {
			break
		}
		if pr.Cmp(wantParent) > 0 || fr.Cmp(wantFork) > 0 || time.Now().After(deadline) {
			t.Fatalf("reserves: parent %s (want %s), fork %s (want %s)", pr, wantParent, fr, wantFork)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// The fork is sold outright: dev account 3 buys it at the listed price
	// and becomes its owner and vesting beneficiary in one transaction.
	srv.cli(t, "sale", "list", "GOVF", "--usdc", "25", "--dev-account", "1")
	if out := srv.cli(t, "sale", "show", "GOVF"); !strings.Contains(out, `"price_micros": "25000000"`) {
		t.Fatalf("sale show: %s", out)
	}
	if _, errOut, code := srv.cliCode(t, "sale", "buy", "GOVF", "--max-usdc", "24", "--dev-account", "3"); code == 0 || !strings.Contains(errOut, "above your maximum") {
		t.Fatalf("buy below the price: exit %d %s", code, errOut)
	}
	// Over REST: the owner's wallet cancels and lists again at 30 USDC, and
	// the buyer's buys, each sending the transactions the server prepared
	// (the market checks who sends them); the server refuses a stranger's
	// listing, a price above the buyer's maximum and a seller buying.
	hc := sdk.New(srv.apiURL)
	send := func(key *ecdsa.PrivateKey, plan *api.SaleTransactions) {
		t.Helper()
		for _, st := range plan.Transactions {
			to := common.HexToAddress(st.To)
			if _, err := c.Send(ctx, key, chain.Tx{To: &to, Data: hexutil.MustDecode(st.Data)}); err != nil {
				t.Fatalf("%s: %v", st.Description, err)
			}
		}
	}
	owner, buyer := devchain.DevAddress(1).Hex(), devchain.DevAddress(3).Hex()
	plan, err := hc.PrepareSale(ctx, "GOVF", "cancel", owner, 0)
	if err != nil || len(plan.Transactions) != 1 {
		t.Fatalf("prepare cancel: %+v %v", plan, err)
	}
	send(devchain.DevKey(1), plan)
	if sale, err := hc.Sale(ctx, "GOVF"); err != nil || sale.ForSale {
		t.Fatalf("after cancel: %+v %v", sale, err)
	}
	if _, err := hc.PrepareSale(ctx, "GOVF", "list", buyer, 30_000_000); hokusai.ErrorCode(err) != hokusai.EFORBIDDEN {
		t.Fatalf("a stranger's listing: %v", err)
	}
	if plan, err = hc.PrepareSale(ctx, "GOVF", "list", owner, 30_000_000); err != nil {
		t.Fatal(err)
	}
	send(devchain.DevKey(1), plan)
	if sale, err := hc.Sale(ctx, "GOVF"); err != nil || !sale.ForSale || sale.PriceMicros == nil || *sale.PriceMicros != "30000000" || !strings.EqualFold(*sale.Seller, owner) {
		t.Fatalf("after listing over REST: %+v %v", sale, err)
	}
	if _, err := hc.PrepareSale(ctx, "GOVF", "buy", buyer, 29_999_999); hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "max_price_micros" {
		t.Fatalf("a maximum below the price: %v", err)
	}
	if _, err := hc.PrepareSale(ctx, "GOVF", "buy", owner, 30_000_000); hokusai.ErrorCode(err) != hokusai.ECONFLICT {
		t.Fatalf("the seller buying: %v", err)
	}
	if plan, err = hc.PrepareSale(ctx, "GOVF", "buy", buyer, 30_000_000); err != nil || len(plan.Transactions) != 2 {
		t.Fatalf("prepare buy (approve, buy): %+v %v", plan, err)
	}
	send(devchain.DevKey(3), plan)
	decodeCLI(t, srv.cli(t, "vesting", "show", "GOVF"), &vest)
	if !strings.EqualFold(vest.Beneficiary, devchain.DevAddress(3).Hex()) {
		t.Fatalf("after the sale the vesting goes to %s, want the buyer", vest.Beneficiary)
	}
	if out := srv.cli(t, "sale", "show", "GOVF"); !strings.Contains(out, `"for_sale": false`) {
		t.Fatalf("sold model still listed: %s", out)
	}
	// The server's index follows the sale (the registry's ModelTransferred):
	// GET /v1/models/GOVF and the marketplace name the buyer, so where the
	// server authorizes from its index the seller is no longer the owner —
	// its signed version upload is refused — and the buyer is.
	sold := time.Now()
	deadline = sold.Add(30 * time.Second)
	for {
		got, err := gen.GetModelWithResponse(ctx, "GOVF")
		if err == nil && got.JSON200 != nil && strings.EqualFold(got.JSON200.Owner, buyer) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET /v1/models/GOVF after the sale: %v %s; want the buyer %s as owner", err, got.Body, buyer)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if mm, err := hc.MarketModel(ctx, "GOVF", nil); err != nil || !strings.EqualFold(mm.Listing.Model.Owner, buyer) {
		t.Fatalf("the marketplace after the sale: %+v %v; want the buyer %s as owner", mm, err, buyer)
	}
	if _, errOut, code := srv.cliCode(t, "model", "register", "GOVF", "--package", packageVotes(t, srv, "1.1.0", "1"), "--dev-account", "1"); code == 0 ||
		!strings.Contains(errOut, "FORBIDDEN") || !strings.Contains(errOut, buyer) {
		t.Fatalf("the seller registering a version after the sale: exit %d %s", code, errOut)
	}
	srv.cli(t, "model", "register", "GOVF", "--package", packageVotes(t, srv, "1.1.0", "3"), "--dev-account", "3")
	t.Logf("after the sale the server names the buyer as GOVF's owner, refuses the seller's version and takes the buyer's: %v", time.Since(sold).Round(time.Millisecond))

	// The executed tier discount: batch_predict of two rows at the ramped
	// 0.004 costs 2 × 0.004 × 60% = 0.0048 (it was 25% off before); the
	// Enterprise consumer pays its own 0.0015 per call.
	var batch struct {
		FeeCharged string `json:"fee_charged"`
		Tier       string `json:"tier"`
	}
	decodeCLI(t, srv.cli(t, "predict", "GOVN", "--batch", "--input", "["+input+","+input+"]", "--key", key), &batch)
	if batch.FeeCharged != "0.0048" || batch.Tier != "batch" {
		t.Fatalf("batch_predict after the tier-discount proposal: %+v; want 0.0048 (40%% off 2 × 0.004)", batch)
	}
	srv.cli(t, "credits", "deposit", "--usdc", "1", "--dev-account", "4")
	ledgerWaitCredits(t, srv, devchain.DevAddress(4), 1_000_000)
	entKey := strings.TrimSpace(srv.cli(t, "keys", "create", "--scopes", "call", "--name", "enterprise", "--dev-account", "4"))
	if fee := predictFee(t, srv, "GOVN", entKey, input); fee != "0.0015" {
		t.Fatalf("the Enterprise consumer paid %s, want its own price 0.0015", fee)
	}
	decodeCLI(t, srv.cli(t, "predict", "GOVN", "--batch", "--input", "["+input+","+input+"]", "--key", entKey), &batch)
	if batch.FeeCharged != "0.003" {
		t.Fatalf("the Enterprise consumer's batch of 2 cost %s, want 2 × 0.0015 (no further discount)", batch.FeeCharged)
	}
	t.Logf("after the tier-discount and enterprise proposals: batch of 2 costs %s, the Enterprise consumer pays 0.0015 per call", "0.0048")

	// The clock moves only on the embedded dev chain: another node (here a
	// JSON-RPC server with the eth namespace of a production chain) refuses.
	prod := rpc.NewServer()
	if err := prod.RegisterName("eth", prodEth{}); err != nil {
		t.Fatal(err)
	}
	ps := httptest.NewServer(prod)
	defer ps.Close()
	if _, errOut, code := srv.cliCode(t, "chain", "advance-time", "1h", "--rpc", ps.URL); code == 0 || !strings.Contains(errOut, "not Hokusai's embedded dev chain") {
		t.Fatalf("advance-time on a production RPC: exit %d %s", code, errOut)
	}
}

// waitProposals polls the model's proposals in state until ok holds.
func waitProposals(t *testing.T, srv *liveServer, model, state string, ok func(oapi.ProposalList) bool) oapi.ProposalList {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var l oapi.ProposalList // fresh: decoding into the last poll's would merge its params maps
		decodeCLI(t, srv.cli(t, "dao", "proposals", model, "--state", state), &l)
		if ok(l) {
			return l
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s proposals never as expected: %+v", state, l)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// prodEth answers eth_chainId as a production chain's node does.
type prodEth struct{}

func (prodEth) ChainId() *hexutil.Big { return (*hexutil.Big)(big.NewInt(8453)) }

func decodeCLI(t *testing.T, out string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("%v in:\n%s", err, out)
	}
}

// advance moves the server's dev chain clock with the CLI.
func advance(t *testing.T, srv *liveServer, by string) {
	t.Helper()
	if out := srv.cli(t, "chain", "advance-time", by); !strings.Contains(out, "chain time is now") {
		t.Fatalf("advance-time %s: %s", by, out)
	}
}

// predictFee makes one paid prediction with key and returns fee_charged.
func predictFee(t *testing.T, srv *liveServer, model, key, input string) string {
	t.Helper()
	var res struct {
		FeeCharged string `json:"fee_charged"`
	}
	decodeCLI(t, srv.cli(t, "predict", model, "--input", input, "--key", key), &res)
	return res.FeeCharged
}

func estimate(t *testing.T, srv *liveServer, key string) string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, srv.apiURL+"/v1/models/GOVN/estimate_cost", strings.NewReader(`{"calls": 1}`))
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	if _, err := io.Copy(&b, resp.Body); err != nil || resp.StatusCode != 200 {
		t.Fatalf("estimate_cost: %s %v %s", resp.Status, err, b.String())
	}
	return b.String()
}

func waitMember(t *testing.T, c *chain.Client, agent, who common.Address) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		ok, err := c.IsMember(context.Background(), agent, who)
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never became a member of the model (%v)", who.Hex(), err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func callRaw(t *testing.T, c *chain.Client, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := c.Backend.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
