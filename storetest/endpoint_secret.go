package storetest

import (
	"context"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/hokusai-protocol/hokusai"
)

// TestEndpointSecretService is the suite every EndpointSecretService must
// pass: a secret set for a model reads back for that model only, the
// public info never carries it, replacing and deleting work, and secrets
// that could not travel in a header are refused.
func TestEndpointSecretService(t *testing.T, open func(t *testing.T) hokusai.EndpointSecretService) {
	ctx := context.Background()
	owner := "0x1111111111111111111111111111111111111111"

	t.Run("SetReadReplaceDelete", func(t *testing.T) {
		s := open(t)
		if _, err := s.EndpointSecret(ctx, 1); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("unset secret: got %v, want %s", err, hokusai.ENOTFOUND)
		}
		if info, err := s.FindEndpointSecretInfo(ctx, 1); err != nil || info.Set || info.ModelID != 1 {
			t.Fatalf("unset info: %+v, %v", info, err)
		}
		info, err := s.SetEndpointSecret(ctx, 1, "sk-one", owner)
		if err != nil || !info.Set || info.SetBy != owner || info.UpdatedAt.IsZero() {
			t.Fatalf("set: %+v, %v", info, err)
		}
		if _, err := s.SetEndpointSecret(ctx, 2, "sk-two", owner); err != nil {
			t.Fatal(err)
		}
		if got, err := s.EndpointSecret(ctx, 1); err != nil || got != "sk-one" {
			t.Fatalf("model 1 secret = %q, %v", got, err)
		}
		if got, err := s.EndpointSecret(ctx, 2); err != nil || got != "sk-two" {
			t.Fatalf("model 2 secret = %q, %v", got, err)
		}
		if _, err := s.SetEndpointSecret(ctx, 1, "sk-rotated", owner); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.EndpointSecret(ctx, 1); got != "sk-rotated" {
			t.Fatalf("replaced secret = %q", got)
		}
		got, err := s.FindEndpointSecretInfo(ctx, 1)
		if err != nil || !got.Set || got.SetBy != owner {
			t.Fatalf("info: %+v, %v", got, err)
		}
		if err := s.DeleteEndpointSecret(ctx, 1); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteEndpointSecret(ctx, 1); err != nil {
			t.Fatalf("deleting again: %v", err)
		}
		if _, err := s.EndpointSecret(ctx, 1); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
			t.Fatalf("deleted secret: got %v, want %s", err, hokusai.ENOTFOUND)
		}
		if got, _ := s.EndpointSecret(ctx, 2); got != "sk-two" {
			t.Fatalf("another model's secret changed: %q", got)
		}
	})

	t.Run("Refused", func(t *testing.T) {
		s := open(t)
		for name, secret := range map[string]string{
			"empty":      "",
			"too long":   strings.Repeat("k", hokusai.MaxEndpointSecret+1),
			"newline":    "sk-1\r\nX-Injected: yes",
			"non-ascii":  "sk-ü",
			"space edge": " sk-1",
		} {
			_, err := s.SetEndpointSecret(ctx, 1, secret, owner)
			if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "api_key" {
				t.Errorf("%s: got %v, want %s on api_key", name, err, hokusai.EINVALID)
			}
			if secret != "" && err != nil && strings.Contains(err.Error(), secret) {
				t.Errorf("%s: the error repeats the secret: %v", name, err)
			}
		}
		if _, err := s.SetEndpointSecret(ctx, 1, strings.Repeat("k", hokusai.MaxEndpointSecret), owner); err != nil {
			t.Fatalf("a secret of exactly %d bytes: %v", hokusai.MaxEndpointSecret, err)
		}
	})

	// Any printable secret reads back exactly, for its model only.
	t.Run("RoundTrip", func(t *testing.T) {
		s := open(t)
		rapid.Check(t, func(rt *rapid.T) {
			id := rapid.Uint64Range(1, 1<<40).Draw(rt, "model")
			secret := rapid.StringMatching(`[!-~]([ -~]{0,200}[!-~])?`).Draw(rt, "secret")
			if _, err := s.SetEndpointSecret(ctx, id, secret, owner); err != nil {
				rt.Fatalf("set %q: %v", secret, err)
			}
			got, err := s.EndpointSecret(ctx, id)
			if err != nil || got != secret {
				rt.Fatalf("read back %q, %v; want %q", got, err, secret)
			}
		})
	})
}
