package pack

import (
	"testing"

	"github.com/hokusai-protocol/hokusai"
)

// TestManifestNamingServerSecretRefused: a remote model's manifest that
// names a server environment variable is refused when the package is
// checked, before it can become a version, not first when it is loaded.
func TestManifestNamingServerSecretRefused(t *testing.T) {
	m := testManifest()
	m.Schema = hokusai.ManifestSchema
	m.Runtime = hokusai.RuntimeSpec{Kind: hokusai.RuntimeRemoteJSON, Options: map[string]any{
		"classes":  []any{"democrat", "republican"},
		"endpoint": map[string]any{"url": "https://example.com/predict", "api_key_env": "HOKUSAI_PASSWORD"},
	}}
	err := ValidateManifest(&m, false)
	if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "runtime.options.endpoint.api_key_env" {
		t.Fatalf("got %v, want EINVALID naming runtime.options.endpoint.api_key_env", err)
	}
	delete(m.Runtime.Options["endpoint"].(map[string]any), "api_key_env")
	if err := ValidateManifest(&m, false); err != nil {
		t.Fatalf("the same manifest without api_key_env: %v", err)
	}
}
