package oapi

import (
	"fmt"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// FromModel converts a domain model to its API form; decimals are exact.
func FromModel(m *hokusai.Model) Model {
	tags := m.Tags
	if tags == nil {
		tags = []string{}
	}
	return Model{
		Id:          int64(m.ID),
		Name:        m.Name,
		Ticker:      m.Ticker,
		Description: m.Description,
		Category:    m.Category,
		Tags:        tags,
		Metric:      ModelMetric(m.Metric.String()),
		Direction:   ModelDirection(m.Direction.String()),
		Baseline:    hokusai.FormatWad(m.Baseline),
		DeltaOne:    hokusai.FormatWad(m.DeltaOne),
		License:     ModelLicense(m.License.String()),
		Supply: Supply{
			InitialSupply:     m.Supply.InitialSupply,
			TokensPerDeltaone: m.Supply.TokensPerDeltaOne,
			ExpectedDeltaones: m.Supply.ExpectedDeltaOnes,
			AnnualInflation:   m.Supply.AnnualInflation(),
		},
		Owner:       m.Owner,
		Token:       m.Token,
		Pool:        m.Pool,
		Vesting:     m.Vesting,
		TxHash:      m.TxHash,
		BlockNumber: int64(m.BlockNumber),
		CreatedAt:   m.CreatedAt.UTC(),
	}
}

// ToModel converts an API model back to the domain form, checking every
// enum and decimal so a client never works with a half-understood model.
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

// FromChainInfo converts chain information to its API form.
func FromChainInfo(c hokusai.ChainInfo) ChainInfo {
	contracts := c.Contracts
	if contracts == nil {
		contracts = map[string]string{}
	}
	return ChainInfo{ChainId: int64(c.ChainID), RpcUrl: c.RPCURL, Dev: c.Dev, Contracts: contracts}
}

// ToChainInfo converts API chain information to the domain form.
func (a ChainInfo) ToChainInfo() hokusai.ChainInfo {
	contracts := a.Contracts
	if contracts == nil {
		contracts = map[string]string{}
	}
	return hokusai.ChainInfo{ChainID: uint64(a.ChainId), RPCURL: a.RpcUrl, Dev: a.Dev, Contracts: contracts}
}

// FromError converts a domain error (or any error) to the API error body;
// non-domain errors become INTERNAL with a generic sentence.
func FromError(err error) ErrorBody {
	body := ErrorBody{Error: Error{Code: ErrorCode(hokusai.ErrorCode(err)), Message: hokusai.ErrorMessage(err)}}
	if f := hokusai.ErrorField(err); f != "" {
		body.Error.Field = &f
	}
	return body
}

// ToError converts an API error body to a domain *hokusai.Error.
func (b ErrorBody) ToError() *hokusai.Error {
	e := &hokusai.Error{Code: string(b.Error.Code), Message: b.Error.Message}
	if b.Error.Field != nil {
		e.Field = *b.Error.Field
	}
	return e
}
