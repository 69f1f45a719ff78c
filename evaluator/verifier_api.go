package evaluator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/bindings"
	"github.com/hokusai-protocol/hokusai/contrib"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/zk"
)

// VerifierSettings are the seed's configure_verifier settings (POST
// /v1/models/{id}/verifier_settings).
type VerifierSettings struct {
	VerificationMethod     string   `json:"verification_method"` // oracle or zkProof
	PerformanceMetrics     []string `json:"performance_metrics,omitempty"`
	ImprovementCalculation string   `json:"improvement_calculation,omitempty"` // deltaInBps
	Attesters              []string `json:"attesters,omitempty"`
	K                      int      `json:"k,omitempty"` // oracle: 0 means every attester
}

// VerifierPlan is the answer: the verifier configuration and the owner's
// transaction that stores it.
type VerifierPlan struct {
	ModelID            uint64     `json:"model_id"`
	Verifier           string     `json:"verifier"`
	VerificationMethod string     `json:"verification_method"`
	K                  int        `json:"k"`
	Attesters          []string   `json:"attesters"`
	ZkShape            *zk.Shape  `json:"zk_shape,omitempty"`
	Transaction        UnsignedTx `json:"transaction"`
}

// ParseVerificationMethod returns the verifier's method for the seed's
// name (case-insensitive; zk and zk_proof are accepted for zkProof).
func ParseVerificationMethod(s string) (uint8, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "oracle":
		return chain.MethodOracle, nil
	case "zkproof", "zk_proof", "zk":
		return chain.MethodZkProof, nil
	}
	return 0, hokusai.FieldErrorf("verification_method", "verification_method must be oracle or zkProof, got %q.", hokusai.Excerpt(s))
}

// PlanVerifier checks the seed's configure_verifier settings for model m
// and returns the verifier configuration. st is the model's setup (nil when
// it has none); defaults are the attesters used when none are named. A
// zkProof model the circuit cannot prove is refused with the reason.
func PlanVerifier(ctx context.Context, m *hokusai.Model, st *contrib.Setup, s VerifierSettings, defaults []common.Address) (chain.VerifierSettings, *zk.Shape, error) {
	method, err := ParseVerificationMethod(s.VerificationMethod)
	if err != nil {
		return chain.VerifierSettings{}, nil, err
	}
	if s.ImprovementCalculation != "" && s.ImprovementCalculation != "deltaInBps" {
		return chain.VerifierSettings{}, nil, hokusai.FieldErrorf("improvement_calculation", "improvement_calculation must be deltaInBps, got %q.", hokusai.Excerpt(s.ImprovementCalculation))
	}
	if len(s.PerformanceMetrics) > 0 {
		found := false
		for _, name := range s.PerformanceMetrics {
			found = found || strings.EqualFold(name, m.Metric.String())
		}
		if !found {
			return chain.VerifierSettings{}, nil, hokusai.FieldErrorf("performance_metrics", "Model %d is scored on %s; performance_metrics must include it.", m.ID, m.Metric)
		}
	}
	var atts []common.Address
	for _, a := range s.Attesters {
		if !common.IsHexAddress(a) {
			return chain.VerifierSettings{}, nil, hokusai.FieldErrorf("attesters", "Attester %q is not a 0x address.", hokusai.Excerpt(a))
		}
		atts = append(atts, common.HexToAddress(a))
	}
	if len(atts) == 0 {
		atts = defaults
	}
	if len(atts) == 0 || len(atts) > 16 {
		return chain.VerifierSettings{}, nil, hokusai.FieldErrorf("attesters", "Name 1 to 16 attester addresses (this server runs none to default to).")
	}
	seen := map[common.Address]bool{}
	for _, a := range atts {
		if a == (common.Address{}) || seen[a] {
			return chain.VerifierSettings{}, nil, hokusai.FieldErrorf("attesters", "Attester %s is the zero address or named twice.", a.Hex())
		}
		seen[a] = true
	}
	if method == chain.MethodZkProof {
		// The proof replaces the signatures; the verifier still keeps the
		// attesters, one of which would be needed to switch back to oracle.
		if st == nil {
			return chain.VerifierSettings{}, nil, hokusai.FieldErrorf("verification_method", "Model %d has no benchmark yet; zkProof proves accuracy on its hidden test split: set it up with register_model --benchmark first.", m.ID)
		}
		sh, err := ZkProvable(ctx, st)
		if err != nil {
			return chain.VerifierSettings{}, nil, err
		}
		return chain.VerifierSettings{Method: method, K: 1, Attesters: atts}, &sh, nil
	}
	k := s.K
	if k == 0 {
		k = len(atts)
	}
	if k < 1 || k > len(atts) {
		return chain.VerifierSettings{}, nil, hokusai.FieldErrorf("k", "k must lie between 1 and the %d attesters, got %d.", len(atts), k)
	}
	return chain.VerifierSettings{Method: method, K: uint8(k), Attesters: atts}, nil, nil
}

// MaxVerifierSettingsBytes bounds the body of a verifier settings request.
const MaxVerifierSettingsBytes = 8 << 10

func (a *API) handleVerifierSettings(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	m, err := a.model(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxVerifierSettingsBytes+1))
	if err != nil {
		return fmt.Errorf("read settings: %w", err)
	}
	if len(body) > MaxVerifierSettingsBytes {
		return hokusai.Errorf(hokusai.EINVALID, "The settings are more than %d bytes; send only verification_method, performance_metrics, improvement_calculation, attesters and k.", MaxVerifierSettingsBytes)
	}
	var s VerifierSettings
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return hokusai.Errorf(hokusai.EINVALID, "The settings must be a JSON object of verification_method, performance_metrics, improvement_calculation, attesters and k: %v.", err)
	}
	if len(s.PerformanceMetrics) > 16 || len(s.Attesters) > 16 || s.K < 0 || s.K > 16 {
		return hokusai.Errorf(hokusai.EINVALID, "Send at most 16 performance_metrics and 16 attesters, and k from 0 to 16.")
	}
	var st *contrib.Setup
	if found, err := a.Store.FindSetup(ctx, m.ID); err == nil {
		st = found
	} else if hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		return err
	}
	var defaults []common.Address
	if a.Worker != nil {
		for _, at := range a.Worker.Attesters {
			defaults = append(defaults, at.Address())
		}
		if len(defaults) == 0 && a.Worker.Evaluator != nil {
			defaults = append(defaults, crypto.PubkeyToAddress(a.Worker.Evaluator.PublicKey))
		}
	}
	cfg, shape, err := PlanVerifier(ctx, m, st, s, defaults)
	if err != nil {
		var he *hokusai.Error
		if errors.As(err, &he) {
			return err
		}
		return fmt.Errorf("plan verifier: %w", err)
	}
	data := bindings.NewDeltaOneVerifier().PackConfigureVerifier(new(big.Int).SetUint64(m.ID), bindings.DeltaOneVerifierVerifierConfig{
		Method: cfg.Method, K: cfg.K, Attesters: cfg.Attesters,
	})
	plan := VerifierPlan{ModelID: m.ID, Verifier: a.Mint.Verifier.Hex(), VerificationMethod: "oracle", K: int(cfg.K), ZkShape: shape,
		Transaction: UnsignedTx{From: m.Owner, To: a.Mint.Verifier.Hex(), Data: hexutil.Encode(data)}}
	if cfg.Method == chain.MethodZkProof {
		plan.VerificationMethod = "zkProof"
	}
	for _, at := range cfg.Attesters {
		plan.Attesters = append(plan.Attesters, at.Hex())
	}
	return hhttp.WriteJSON(w, http.StatusOK, plan)
}
