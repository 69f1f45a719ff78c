package oapi

import (
	"github.com/hokusai-protocol/hokusai"
)

// FromModel converts a domain model to its API form; decimals are exact
// (sdk/api.Model.ToModel reads it back).
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

// FromChainInfo converts chain information to its API form.
func FromChainInfo(c hokusai.ChainInfo) ChainInfo {
	contracts := c.Contracts
	if contracts == nil {
		contracts = map[string]string{}
	}
	return ChainInfo{ChainId: int64(c.ChainID), RpcUrl: c.RPCURL, Dev: c.Dev, Contracts: contracts}
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

// FromAPIKey converts a stored API key (never its secret) to its API form;
// empty optional fields are left out, as the domain type's JSON does.
func FromAPIKey(k *hokusai.APIKey) APIKey {
	out := APIKey{Id: k.ID, Owner: k.Owner, Hint: k.Hint, CreatedAt: k.CreatedAt, Scopes: make([]APIKeyScopes, len(k.Scopes))}
	for i, s := range k.Scopes {
		out.Scopes[i] = APIKeyScopes(s)
	}
	if k.Name != "" {
		out.Name = &k.Name
	}
	if k.RateLimit != 0 {
		out.RateLimit = &k.RateLimit
	}
	if !k.ExpiresAt.IsZero() {
		out.ExpiresAt = &k.ExpiresAt
	}
	if !k.RevokedAt.IsZero() {
		out.RevokedAt = &k.RevokedAt
	}
	if k.RotatedTo != "" {
		out.RotatedTo = &k.RotatedTo
	}
	return out
}

// FromNewKey converts a created or rotated key, with its secret.
func FromNewKey(k *hokusai.NewKey) CreatedKey {
	out := CreatedKey{Key: FromAPIKey(k.Key), Secret: k.Secret}
	if k.Previous != nil {
		p := FromAPIKey(k.Previous)
		out.Previous = &p
	}
	return out
}
