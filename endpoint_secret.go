package hokusai

import (
	"context"
	"time"
)

// MaxEndpointSecret bounds an endpoint secret's length in bytes.
const MaxEndpointSecret = 4096

// EndpointSecretInfo is what anyone may learn about a model's endpoint
// secret: whether one is set, by whom and when. Never the value.
type EndpointSecretInfo struct {
	ModelID   uint64    `json:"model_id"`
	Set       bool      `json:"set"`
	SetBy     string    `json:"set_by,omitempty"`    // the owner's 0x address that set it
	UpdatedAt time.Time `json:"updated_at,omitzero"` // when it was last set
}

// EndpointSecretService keeps the credential of each model's remote
// endpoint (the bearer token the server sends to that endpoint only).
// Implementations store it encrypted and never hand it out except to the
// code that calls the model's endpoint.
type EndpointSecretService interface {
	// SetEndpointSecret stores secret for the model's endpoint, replacing
	// any earlier one. EINVALID when the secret is empty, longer than
	// MaxEndpointSecret or not printable ASCII (see CheckEndpointSecret).
	SetEndpointSecret(ctx context.Context, modelID uint64, secret, setBy string) (*EndpointSecretInfo, error)
	// EndpointSecret returns the plaintext secret, for the endpoint's
	// caller only. ENOTFOUND when none is set.
	EndpointSecret(ctx context.Context, modelID uint64) (string, error)
	// FindEndpointSecretInfo says whether a secret is set and when; Set is
	// false when none is.
	FindEndpointSecretInfo(ctx context.Context, modelID uint64) (*EndpointSecretInfo, error)
	// DeleteEndpointSecret forgets the model's secret; deleting none is
	// not an error.
	DeleteEndpointSecret(ctx context.Context, modelID uint64) error
}

// CheckEndpointSecret checks a secret before it is stored: 1 to
// MaxEndpointSecret bytes of printable ASCII without surrounding spaces, so
// it can travel in an Authorization header unchanged. Its errors never
// quote the secret.
func CheckEndpointSecret(secret string) error {
	const field = "api_key"
	switch {
	case secret == "":
		return FieldErrorf(field, "api_key is empty: send the endpoint's key, e.g. with `hokusai model endpoint-secret set MODEL --from-env NAME`.")
	case len(secret) > MaxEndpointSecret:
		return FieldErrorf(field, "api_key is %d bytes; an endpoint secret may be at most %d bytes.", len(secret), MaxEndpointSecret)
	case secret[0] == ' ' || secret[len(secret)-1] == ' ':
		return FieldErrorf(field, "api_key starts or ends with a space; send the key without surrounding white space.")
	}
	for i := 0; i < len(secret); i++ {
		if c := secret[i]; c < 0x20 || c > 0x7e {
			return FieldErrorf(field, "api_key holds a character that is not printable ASCII (at byte %d); an endpoint key travels in an HTTP header and must be printable ASCII.", i)
		}
	}
	return nil
}
