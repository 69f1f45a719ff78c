package evaluator

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/eval"
)

// Claim is everything an attester needs to re-check a mint request on its
// own: the request, the evaluator's signed receipt, the setup (recipe,
// benchmark with its hidden split), the benchmark's committed specification, the training data the baseline was
// trained on, and the batch's rows. It travels as JSON (a "bundle") to
// remote attesters.
type Claim struct {
	Domain        chain.MintDomain   `json:"domain"`
	Request       *chain.MintRequest `json:"request"`
	Receipt       json.RawMessage    `json:"receipt"`
	Evaluator     common.Address     `json:"evaluator"` // who signed the receipt
	Setup         contrib.Setup      `json:"setup"`
	Spec          *BenchmarkSpec     `json:"benchmark_spec"` // hashes to Request.BenchmarkHash
	Benchmark     []byte             `json:"benchmark"`      // canonical JSONL
	Training      []byte             `json:"training"`       // canonical JSONL: setup rows + accepted contributions
	Contributions []ClaimRows        `json:"contributions"`
	// BaselinePackage and CandidatePackage are, for a model whose
	// candidates are scored as submitted, the head version's archive and
	// the contributor's: attesters score both again.
	BaselinePackage  []byte `json:"baseline_package,omitempty"`
	CandidatePackage []byte `json:"candidate_package,omitempty"`

	hold string // the store claim the evaluation holds its batch under
	zk   *zkRun // a zkProof model's fixed-point evaluation, which mint proves
}

// ClaimRows is one contribution of a claim's batch.
type ClaimRows struct {
	ID          int64  `json:"id"`
	Contributor string `json:"contributor"`
	Rows        []byte `json:"rows"` // canonical JSONL
}

// Attester signs a mint request after re-checking its claim.
type Attester interface {
	// Address is the attester's signing address.
	Address() common.Address
	// Attest re-checks c and returns a signature of c.Request, or an error
	// saying why it refuses.
	Attest(ctx context.Context, c *Claim) (chain.MintSignature, error)
}

// Datasets decodes the claim's setup, training data and batch.
func (c *Claim) Datasets() (*contrib.Setup, *eval.Dataset, []*eval.Dataset, error) {
	st := c.Setup
	var err error
	if st.Benchmark, err = eval.LoadJSONL(bytes.NewReader(c.Benchmark), eval.LoadOptions{}); err != nil {
		return nil, nil, nil, fmt.Errorf("claim benchmark: %w", err)
	}
	training, err := eval.LoadJSONL(bytes.NewReader(c.Training), eval.LoadOptions{})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("claim training: %w", err)
	}
	st.Training = training
	var batch []*eval.Dataset
	for _, r := range c.Contributions {
		d, err := eval.LoadJSONL(bytes.NewReader(r.Rows), eval.LoadOptions{})
		if err != nil {
			return nil, nil, nil, fmt.Errorf("claim contribution %d: %w", r.ID, err)
		}
		batch = append(batch, d)
	}
	return &st, training, batch, nil
}
