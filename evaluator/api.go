package evaluator

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/relay"
	"github.com/hokusai-protocol/hokusai/signreq"
)

// API serves contributions, evaluations, receipts and the seed's SDK
// calls over REST.
type API struct {
	Store    *contrib.Store
	Worker   *Worker
	Models   hokusai.ModelService
	Client   *chain.Client
	Mint     *chain.MintDeployment
	Platform *ecdsa.PrivateKey // protocol admin: sets a model's mint budget on setup
	// Signed checks the wallet-signed requests: a setup (the owner's), a
	// contribution (the contributor's) and an attester's listing.
	Signed *signreq.Verifier
	// Whitelist is who may contribute to a Proprietary model besides its
	// owner (the same list that may call it).
	Whitelist hokusai.WhitelistService
	// Relay bounds the benchmark commits the platform sends for owners'
	// setups; nil sends without limits.
	Relay *relay.Relay
	Log   *slog.Logger
}

// Routes lists the patterns Register serves.
var Routes = []string{
	"PUT /v1/models/{id}/setup",
	"POST /v1/models/{id}/contributions",
	"GET /v1/models/{id}/contributions",
	"GET /v1/contributions/{id}",
	"GET /v1/evaluations/{id}",
	"GET /v1/receipts/{hash}",
	"GET /v1/evaluator",
	"GET /v1/models/{id}/contract_integration",
	"GET /v1/attestations",
	"POST /v1/attestations/{key}",
	"GET /v1/models/{id}/benchmark",
	"POST /v1/models/{id}/token_manager_settings",
	"POST /v1/models/{id}/verifier_settings",
}

// Register adds the routes to s.
func (a *API) Register(s *hhttp.Server) {
	h := map[string]func(http.ResponseWriter, *http.Request) error{
		Routes[0]:  a.handlePutSetup,
		Routes[1]:  a.handleSubmit,
		Routes[2]:  a.handleListContributions,
		Routes[3]:  a.handleContribution,
		Routes[4]:  a.handleEvaluation,
		Routes[5]:  a.handleReceipt,
		Routes[6]:  a.handleEvaluator,
		Routes[7]:  a.handleIntegration,
		Routes[8]:  a.handleListAttestations,
		Routes[9]:  a.handleAttestation,
		Routes[10]: a.handleBenchmark,
		Routes[11]: a.handleTokenManagerSettings,
		Routes[12]: a.handleVerifierSettings,
	}
	for _, p := range Routes {
		f := h[p]
		s.HandleAPI(p, a.Log, f)
	}
}

func (a *API) model(ctx context.Context, ref string) (*hokusai.Model, error) {
	if id, err := strconv.ParseUint(ref, 10, 64); err == nil {
		return a.Models.FindModelByID(ctx, id)
	}
	return a.Models.FindModelByTicker(ctx, ref)
}

// MaxSetupBytes bounds a setup's body: the benchmark and training data.
const MaxSetupBytes = 64 << 20

// SetupRequest is the body of PUT /v1/models/{id}/setup: the package's
// training recipe and the model's benchmark and initial training data.
type SetupRequest struct {
	Recipe     hokusai.TrainingRecipe `json:"recipe"`
	Seed       uint64                 `json:"seed"`
	DevPercent int                    `json:"dev_percent"`
	Resamples  int                    `json:"resamples,omitempty"`
	Policy     contrib.Policy         `json:"policy"`
	Benchmark  string                 `json:"benchmark"`          // CSV or JSONL
	Training   string                 `json:"training,omitempty"` // CSV or JSONL; or
	Initial    int                    `json:"initial_rows,omitempty"`
	// DeclaredBaseline is the owner's declared head score: "" means the
	// baseline the model was created with, "none" declares nothing. One
	// outside the measured head's 95% interval is refused.
	DeclaredBaseline string `json:"declared_baseline,omitempty"`
	// ChangeBenchmark confirms replacing a committed benchmark (or a head
	// that differs from the newly measured one): the head is reset.
	ChangeBenchmark bool `json:"change_benchmark,omitempty"`
	// MetricOptions choose the average, AUC-ROC's multi-class strategy
	// or the custom metric's expression.
	eval.MetricOptions
}

// SetupResponse reports the stored setup.
type SetupResponse struct {
	ModelID       uint64  `json:"model_id"`
	BaselineScore float64 `json:"baseline_score"` // the measured head's score on the hidden test split
	HeadScore     string  `json:"head_score"`     // the model's on-chain head: the measured score
	// Head is the measured head with its interval, the declared value and
	// the committed benchmark hash.
	Head *contrib.MeasuredHead `json:"head"`
	// Spec is the benchmark specification whose hash is committed.
	Spec         *BenchmarkSpec `json:"benchmark_spec"`
	Metric       string         `json:"metric"`
	TestDigest   string         `json:"test_digest"`
	DevDigest    string         `json:"dev_digest"`
	TestRows     int            `json:"test_rows"`
	TrainingRows int            `json:"training_rows"`
	Budget       string         `json:"budget,omitempty"` // token wei the model may mint, when this call set it
}

// BuildSetup turns a request into a setup for model m.
func BuildSetup(m *hokusai.Model, req *SetupRequest) (*contrib.Setup, error) {
	if _, err := eval.NewMetricSpec(m.Metric, req.MetricOptions, 0); err != nil {
		return nil, err // wrong options: refused before the data is parsed
	}
	bench, _, err := contrib.Parse([]byte(req.Benchmark), "", 0)
	if err != nil {
		return nil, fmt.Errorf("benchmark: %w", err)
	}
	if req.DevPercent == 0 {
		req.DevPercent = 60
	}
	st := &contrib.Setup{ModelID: m.ID, Recipe: req.Recipe, Metric: m.Metric, Direction: m.Direction, Seed: req.Seed,
		DevPercent: req.DevPercent, Resamples: req.Resamples, Policy: req.Policy, MetricOptions: req.MetricOptions, Benchmark: bench}
	switch {
	case req.Training != "":
		tr, _, err := contrib.Parse([]byte(req.Training), "", 0)
		if err != nil {
			return nil, fmt.Errorf("training: %w", err)
		}
		schema, err := st.Schema()
		if err != nil {
			return nil, err
		}
		if st.Training, err = schema.Validate(tr); err != nil {
			return nil, err
		}
	case req.Initial > 0:
		s, _, err := SplitSetup(m.ID, bench, req.Recipe, m.Metric, req.MetricOptions, m.Direction, req.Seed, req.DevPercent, req.Initial)
		if err != nil {
			return nil, err
		}
		s.Resamples, s.Policy = req.Resamples, req.Policy
		st = s
	default:
		return nil, hokusai.FieldErrorf("training", "Give the initial training rows (training) or how many dev rows to start from (initial_rows).")
	}
	return st, st.Validate()
}

func (a *API) handlePutSetup(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, err := a.model(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	signer, sreq, err := a.Signed.Authenticate(r, signreq.ActionSetupModel, m.ID)
	if err != nil {
		return err
	}
	if !strings.EqualFold(signer.Hex(), m.Owner) {
		return hokusai.Errorf(hokusai.EFORBIDDEN, "Only model %d's owner %s may set up its benchmark; the request is signed by %s.", m.ID, m.Owner, signer.Hex())
	}
	body, err := sreq.ReadBody(r.Body, MaxSetupBytes)
	if err != nil {
		return err
	}
	var req SetupRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return hokusai.Errorf(hokusai.EINVALID, "The setup is not valid JSON: %v.", err)
	}
	if err := req.Validate(); err != nil {
		return err
	}
	st, err := BuildSetup(m, &req)
	if err != nil {
		return err
	}
	if err := a.measureAndCommit(ctx, m, st, &req); err != nil {
		return err
	}
	if err := a.Store.PutSetup(ctx, st); err != nil {
		return err
	}
	b, _ := st.Bench()
	spec, err := SpecOf(st, DeltaOneSize(m))
	if err != nil {
		return err
	}
	base, _ := strconv.ParseFloat(st.Head.Score, 64)
	resp := SetupResponse{ModelID: m.ID, BaselineScore: base, HeadScore: st.Head.Score, Head: st.Head, Spec: spec, Metric: b.Metric,
		TestDigest: b.TestDigest, DevDigest: b.DevDigest, TestRows: len(b.Test), TrainingRows: st.Training.Len()}
	// The protocol admin gives the model its mint budget (F13) once:
	// tokens per DeltaOne × expected DeltaOnes.
	if a.Platform != nil {
		rc, err := a.Client.RewardConfig(ctx, a.Mint.TokenManager, m.ID)
		if err == nil && (rc.Budget == nil || rc.Budget.Sign() == 0) {
			budget := new(big.Int).Mul(big.NewInt(m.Supply.TokensPerDeltaOne*max(m.Supply.ExpectedDeltaOnes, 1)), hokusai.WAD)
			if _, err := a.Client.SetMintBudget(ctx, a.Platform, a.Mint.TokenManager, m.ID, budget); err != nil {
				return fmt.Errorf("set mint budget: %w", err)
			}
			resp.Budget = budget.String()
		}
	}
	return hhttp.WriteJSON(w, http.StatusOK, resp)
}

func (a *API) handleSubmit(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, err := a.model(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	signer, sreq, err := a.Signed.Authenticate(r, signreq.ActionContribute, m.ID)
	if err != nil {
		return err
	}
	// The licence first: a refused contributor's data is never read.
	if err := hokusai.CheckContributor(ctx, m, signer.Hex(), a.Whitelist); err != nil {
		return err
	}
	body, err := sreq.ReadBody(r.Body, contrib.MaxBodyBytes)
	if err != nil {
		return err
	}
	who := r.URL.Query().Get("contributor")
	if who == "" {
		who = signer.Hex()
	}
	if !common.IsHexAddress(who) || common.HexToAddress(who) != signer {
		return hokusai.Errorf(hokusai.EFORBIDDEN, "The contribution is signed by %s but names contributor %s; sign with the contributor's key.", signer.Hex(), who)
	}
	format := r.URL.Query().Get("format")
	if format == "" {
		switch ct := r.Header.Get("Content-Type"); {
		case strings.Contains(ct, "csv"):
			format = "csv"
		case strings.Contains(ct, "ndjson"), strings.Contains(ct, "jsonl"):
			format = "jsonl"
		}
	}
	rows, candidate, pkg := body, []byte(nil), []byte(nil)
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var v VersionSubmission
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&v); err != nil {
			return hokusai.Errorf(hokusai.EINVALID, "A JSON contribution is {\"format\", \"rows\", \"candidate\" or \"candidate_package\"}: %v.", err)
		}
		rows, candidate, pkg, format = []byte(v.Rows), v.Candidate, v.CandidatePackage, v.Format
	}
	c, created, err := a.Store.Submit(ctx, contrib.Submission{ModelID: m.ID, Contributor: signer.Hex(), IdempotencyKey: r.Header.Get("Idempotency-Key"), Format: format, Body: rows, Candidate: candidate, CandidatePackage: pkg})
	if err != nil {
		return err
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
		w.Header().Set("Location", fmt.Sprintf("/v1/contributions/%d", c.ID))
		if a.Worker != nil {
			if err := a.Worker.Enqueue(ctx, m.ID); err != nil {
				// The contribution is stored; the sweeper enqueues it.
				slog.Warn("enqueue evaluation", "model", m.ID, "err", err)
			}
		}
	}
	return hhttp.WriteJSON(w, status, c)
}

// VersionSubmission is a contribution sent as JSON: the rows (CSV or
// JSONL text) and the improved version trained on them: optionally a
// built-in model file (linear, softmax), or the candidate package archive
// (base64) a model scored as submitted requires.
type VersionSubmission struct {
	Format           string          `json:"format,omitempty"`
	Rows             string          `json:"rows"`
	Candidate        json.RawMessage `json:"candidate,omitempty"`
	CandidatePackage []byte          `json:"candidate_package,omitempty"`
}

func (a *API) handleListContributions(w http.ResponseWriter, r *http.Request) error {
	m, err := a.model(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	cs, err := a.Store.FindContributions(r.Context(), contrib.ContributionFilter{ModelID: m.ID, Limit: 1000})
	if err != nil {
		return err
	}
	if cs == nil {
		cs = []*contrib.Contribution{}
	}
	return hhttp.WriteJSON(w, http.StatusOK, map[string]any{"data": cs})
}

// ContributionView is a contribution with its evaluation.
type ContributionView struct {
	*contrib.Contribution
	Evaluation *contrib.Evaluation `json:"evaluation,omitempty"`
}

func pathID(r *http.Request, what string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, hokusai.FieldErrorf("id", "The %s id must be a positive integer, got %q.", what, r.PathValue("id"))
	}
	return id, nil
}

func (a *API) handleContribution(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "contribution")
	if err != nil {
		return err
	}
	c, err := a.Store.FindContribution(r.Context(), id)
	if err != nil {
		return err
	}
	v := ContributionView{Contribution: c}
	if c.EvaluationID != 0 {
		if v.Evaluation, err = a.Store.FindEvaluation(r.Context(), c.EvaluationID); err != nil {
			return err
		}
	}
	return hhttp.WriteJSON(w, http.StatusOK, v)
}

func (a *API) handleEvaluation(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "evaluation")
	if err != nil {
		return err
	}
	ev, err := a.Store.FindEvaluation(r.Context(), id)
	if err != nil {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, ev)
}

func (a *API) handleReceipt(w http.ResponseWriter, r *http.Request) error {
	h := r.PathValue("hash")
	if !strings.HasPrefix(h, "0x") || len(h) != 66 {
		return hokusai.FieldErrorf("hash", "A receipt hash is 0x followed by 64 hex digits, got %q.", h)
	}
	ev, err := a.Store.FindEvaluationByReceipt(r.Context(), common.HexToHash(h).Hex())
	if err != nil {
		return hokusai.Errorf(hokusai.ENOTFOUND, "No receipt has hash %s.", h)
	}
	if _, _, err := eval.VerifyReceipt(ev.Receipt); err != nil {
		return fmt.Errorf("stored receipt: %w", err)
	}
	w.Header().Set("Content-Type", "application/json")
	_, err = w.Write(ev.Receipt)
	return err
}

// EvaluatorInfo says who signs receipts and which attesters this server holds.
type EvaluatorInfo struct {
	Evaluator string   `json:"evaluator"`
	Attesters []string `json:"attesters"`
	Verifier  string   `json:"verifier"`
}

func (a *API) handleEvaluator(w http.ResponseWriter, r *http.Request) error {
	info := EvaluatorInfo{Verifier: a.Mint.Verifier.Hex(), Attesters: []string{}}
	if a.Worker != nil {
		info.Evaluator = crypto.PubkeyToAddress(a.Worker.Evaluator.PublicKey).Hex()
		for _, at := range a.Worker.Attesters {
			info.Attesters = append(info.Attesters, at.Address().Hex())
		}
	}
	return hhttp.WriteJSON(w, http.StatusOK, info)
}

func (a *API) handleIntegration(w http.ResponseWriter, r *http.Request) error {
	m, err := a.model(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	rep, err := VerifyContractIntegration(r.Context(), a.Client, a.Mint, m)
	if err != nil {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, rep)
}

// IntegrationCheck is one check of verify_contract_integration.
type IntegrationCheck struct {
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// IntegrationReport is verify_contract_integration's answer (F9).
type IntegrationReport struct {
	ModelID              uint64           `json:"model_id"`
	OK                   bool             `json:"ok"`
	TokenCreation        IntegrationCheck `json:"token_creation"`
	VerifierSetup        IntegrationCheck `json:"verifier_setup"`
	ManagerConfiguration IntegrationCheck `json:"manager_configuration"`
	RewardDistribution   IntegrationCheck `json:"reward_distribution"`
}

// VerifyContractIntegration checks a model's contracts: its token exists,
// its verifier is configured (oracle, k ≤ n), its token manager has a
// reward configuration, and its reward split and budget are valid.
func VerifyContractIntegration(ctx context.Context, c *chain.Client, md *chain.MintDeployment, m *hokusai.Model) (*IntegrationReport, error) {
	rep := &IntegrationReport{ModelID: m.ID}
	if code, err := c.HasCode(ctx, common.HexToAddress(m.Token)); err == nil && code {
		rep.TokenCreation = IntegrationCheck{true, fmt.Sprintf("token %s (%s) is deployed", m.Token, m.Ticker)}
	} else {
		rep.TokenCreation = IntegrationCheck{false, fmt.Sprintf("no contract at the token address %q", m.Token)}
	}
	w := &Worker{Client: c, Mint: md}
	cfg, err := w.verifierConfig(ctx, m.ID)
	switch {
	case err != nil:
		return nil, err
	case !cfg.Configured:
		rep.VerifierSetup = IntegrationCheck{false, "the verifier is not configured: run configure_verifier"}
	case cfg.Method == chain.MethodZkProof:
		rep.VerifierSetup = IntegrationCheck{true, fmt.Sprintf("zkProof (Groth16 on BN254, exact sign test), one DeltaOne = %s", hokusai.FormatWad(cfg.DeltaOneSize))}
	case cfg.Method != chain.MethodOracle:
		rep.VerifierSetup = IntegrationCheck{false, fmt.Sprintf("unknown verification method %d", cfg.Method)}
	default:
		rep.VerifierSetup = IntegrationCheck{true, fmt.Sprintf("oracle, %d of %d attesters, one DeltaOne = %s", cfg.K, cfg.N, hokusai.FormatWad(cfg.DeltaOneSize))}
	}
	rc, err := c.RewardConfig(ctx, md.TokenManager, m.ID)
	if err != nil {
		return nil, err
	}
	if rc.TokensPerDeltaOne == nil || rc.TokensPerDeltaOne.Sign() == 0 {
		rep.ManagerConfiguration = IntegrationCheck{false, "the token manager has no reward configuration: run register_model or configure_token_manager"}
	} else {
		rep.ManagerConfiguration = IntegrationCheck{true, fmt.Sprintf("%s tokens per DeltaOne, at most %s per improvement, threshold %s DeltaOnes",
			hokusai.FormatWad(rc.TokensPerDeltaOne), hokusai.FormatWad(rc.MaxReward), hokusai.FormatWad(thresholdOf(rc.MintThreshold)))}
	}
	bps := rc.ContributorBps
	if bps == 0 {
		bps = 7_000 // the token manager's default
	}
	switch {
	case rc.TokensPerDeltaOne == nil || rc.TokensPerDeltaOne.Sign() == 0:
		rep.RewardDistribution = IntegrationCheck{false, "no reward configured"}
	case bps > 10_000:
		rep.RewardDistribution = IntegrationCheck{false, fmt.Sprintf("contributor share %d bps exceeds 10,000", bps)}
	case rc.Budget == nil || rc.Budget.Sign() == 0:
		rep.RewardDistribution = IntegrationCheck{false, "the model's mint budget is 0: nothing can be minted"}
	default:
		rep.RewardDistribution = IntegrationCheck{true, fmt.Sprintf("contributors %d%%, owner %d%%, budget %s tokens", bps/100, 100-bps/100, hokusai.FormatWad(rc.Budget))}
	}
	rep.OK = rep.TokenCreation.OK && rep.VerifierSetup.OK && rep.ManagerConfiguration.OK && rep.RewardDistribution.OK
	return rep, nil
}

func thresholdOf(t *big.Int) *big.Int {
	if t == nil || t.Sign() == 0 {
		return hokusai.WAD
	}
	return t
}

// ClaimList is the answer of GET /v1/attestations.
type ClaimList struct {
	Data []*Claim `json:"data"`
}

func (a *API) handleListAttestations(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	// The claims carry the hidden test split: only an attester registered
	// for a claim's model sees it, proven by a signed request.
	addr, sreq, err := a.Signed.Authenticate(r, signreq.ActionListAttestations, 0)
	if err != nil {
		return err
	}
	if _, err := sreq.ReadBody(r.Body, 0); err != nil {
		return err
	}
	out := ClaimList{Data: []*Claim{}}
	if a.Worker == nil || a.Worker.Mailbox == nil {
		return hhttp.WriteJSON(w, http.StatusOK, out)
	}
	registered := map[uint64]bool{}
	for _, c := range a.Worker.Mailbox.Claims() {
		m := c.Request.ModelID
		if _, ok := registered[m]; !ok {
			regs, err := ModelAttesters(ctx, a.Client, a.Mint.Verifier, m)
			if err != nil {
				return err
			}
			registered[m] = slices.Contains(regs, addr)
		}
		if registered[m] {
			out.Data = append(out.Data, c)
		}
	}
	return hhttp.WriteJSON(w, http.StatusOK, out)
}

func (a *API) handleAttestation(w http.ResponseWriter, r *http.Request) error {
	k := r.PathValue("key")
	if !strings.HasPrefix(k, "0x") || len(k) != 66 {
		return hokusai.FieldErrorf("key", "The request key is 0x followed by 64 hex digits, got %q.", k)
	}
	var s chain.MintSignature
	dec := json.NewDecoder(io.LimitReader(r.Body, 4096))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return hokusai.Errorf(hokusai.EINVALID, "The body must be a signature {\"Signer\", \"R\", \"S\", \"V\"}: %v.", err)
	}
	if a.Worker == nil || a.Worker.Mailbox == nil {
		return hokusai.Errorf(hokusai.ENOTFOUND, "This server takes no remote attestations.")
	}
	if err := a.Worker.Mailbox.Deliver(common.HexToHash(k), s); err != nil {
		return err
	}
	return hhttp.WriteJSON(w, http.StatusOK, map[string]any{"accepted": true, "signer": s.Signer.Hex()})
}
