package api

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// ToModel converts an API model to the domain form, checking every enum
// and decimal so a client never works with a half-understood model.
func (a Model) ToModel() (*hokusai.Model, error) {
	if a.Id < 0 || a.BlockNumber < 0 {
		return nil, hokusai.Errorf(hokusai.EINTERNAL, "The server sent a negative model id or block number (%d, %d).", a.Id, a.BlockNumber)
	}
	metric, err := hokusai.ParseMetric(string(a.Metric))
	if err != nil {
		return nil, fmt.Errorf("model %d: %w", a.Id, err)
	}
	dir, err := hokusai.ParseDirection(string(a.Direction))
	if err != nil {
		return nil, fmt.Errorf("model %d: %w", a.Id, err)
	}
	lic, err := hokusai.ParseLicense(string(a.License))
	if err != nil {
		return nil, fmt.Errorf("model %d: %w", a.Id, err)
	}
	baseline, err := hokusai.ParseWad("baseline", a.Baseline)
	if err != nil {
		return nil, fmt.Errorf("model %d: %w", a.Id, err)
	}
	deltaOne, err := hokusai.ParseWad("delta_one", a.DeltaOne)
	if err != nil {
		return nil, fmt.Errorf("model %d: %w", a.Id, err)
	}
	tags := a.Tags
	if tags == nil {
		tags = []string{}
	}
	return &hokusai.Model{
		ID:          uint64(a.Id),
		Name:        a.Name,
		Ticker:      a.Ticker,
		Description: a.Description,
		Category:    a.Category,
		Tags:        tags,
		Metric:      metric,
		Direction:   dir,
		Baseline:    baseline,
		DeltaOne:    deltaOne,
		License:     lic,
		Supply: hokusai.Supply{
			InitialSupply:     a.Supply.InitialSupply,
			TokensPerDeltaOne: a.Supply.TokensPerDeltaone,
			ExpectedDeltaOnes: a.Supply.ExpectedDeltaones,
		},
		Owner:       a.Owner,
		Token:       a.Token,
		Pool:        a.Pool,
		Vesting:     a.Vesting,
		TxHash:      a.TxHash,
		BlockNumber: uint64(a.BlockNumber),
		CreatedAt:   a.CreatedAt.In(time.UTC),
	}, nil
}

// ToChainInfo converts API chain information to the domain form.
func (a ChainInfo) ToChainInfo() hokusai.ChainInfo {
	contracts := a.Contracts
	if contracts == nil {
		contracts = map[string]string{}
	}
	return hokusai.ChainInfo{ChainID: uint64(a.ChainId), RPCURL: a.RpcUrl, Dev: a.Dev, Contracts: contracts}
}

// ToError converts an API error body to a domain *hokusai.Error, so the
// caller sees the server's own code, field and sentence.
func (b ErrorBody) ToError() *hokusai.Error {
	e := &hokusai.Error{Code: string(b.Error.Code), Message: b.Error.Message}
	if b.Error.Field != nil {
		e.Field = *b.Error.Field
	}
	return e
}

// ToVersion converts an API version to the domain form. The manifest's
// nested objects are free-form in the document, so they are decoded into
// hokusai.Manifest, whose fields are authoritative.
func (a Version) ToVersion() (*hokusai.ModelVersion, error) {
	if a.ModelId < 0 {
		return nil, hokusai.Errorf(hokusai.EINTERNAL, "The server sent a negative model id (%d).", a.ModelId)
	}
	b, err := json.Marshal(a.Manifest)
	if err != nil {
		return nil, fmt.Errorf("version %s manifest: %w", a.Version, err)
	}
	var m hokusai.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, hokusai.Errorf(hokusai.EINTERNAL, "The manifest of version %s the server sent does not read as a Hokusai manifest: %v.", a.Version, err)
	}
	v := &hokusai.ModelVersion{ModelID: uint64(a.ModelId), Version: a.Version, Digest: a.Digest, ManifestDigest: a.ManifestDigest,
		Size: a.Size, Manifest: &m, Signer: a.Signer, Signature: a.Signature, Receipts: a.Receipts, CreatedAt: a.CreatedAt}
	if a.Metrics != nil {
		v.Metrics = *a.Metrics
	}
	if a.Parent != nil {
		v.Parent = &hokusai.Lineage{ModelID: uint64(a.Parent.ModelId), Version: a.Parent.Version}
	}
	return v, nil
}

// ToHead converts an API head to the domain form for the given model.
func (a Head) ToHead(modelID uint64) (*hokusai.Head, error) {
	score, err := hokusai.ParseWad("score", a.Score)
	if err != nil {
		return nil, fmt.Errorf("head score: %w", err)
	}
	return &hokusai.Head{ModelID: modelID, Version: a.Version, Score: score, UpdatedAt: a.UpdatedAt}, nil
}
