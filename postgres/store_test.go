package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/postgres/pgtest"
	"github.com/hokusai-protocol/hokusai/seal"
	"github.com/hokusai-protocol/hokusai/storetest"
)

// opener opens handles on one fresh database per test, each with its own
// connection pool, as replicas sharing the database would.
func opener[S any](newStore func(*postgres.DB) S) storetest.Opener[S] {
	return func(t *testing.T) func() S {
		url := pgtest.NewDatabase(t)
		return func() S {
			db := postgres.NewDB(url)
			if err := db.Open(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return newStore(db)
		}
	}
}

// single adapts an Opener to the suites that take one store per test.
func single[S any](o storetest.Opener[S]) func(t *testing.T) S {
	return func(t *testing.T) S { return o(t)() }
}

func TestModelService(t *testing.T) {
	storetest.TestModelService(t, single(opener(func(db *postgres.DB) hokusai.ModelService { return postgres.NewModelService(db) })))
}

func TestDeleteModelsAfter(t *testing.T) {
	storetest.TestDeleteModelsAfter(t, single(opener(func(db *postgres.DB) hokusai.ModelService { return postgres.NewModelService(db) })))
}

func TestNonceService(t *testing.T) {
	storetest.TestNonceService(t, opener(func(db *postgres.DB) hokusai.NonceService { return postgres.NewNonceService(db) }))
}

func TestInstanceService(t *testing.T) {
	storetest.TestInstanceService(t, opener(func(db *postgres.DB) hokusai.InstanceService { return postgres.NewInstanceService(db) }))
}

func TestEndpointSecretService(t *testing.T) {
	key := make([]byte, seal.KeySize)
	key[0] = 7
	storetest.TestEndpointSecretService(t, single(opener(func(db *postgres.DB) hokusai.EndpointSecretService {
		s, err := postgres.NewEndpointSecretService(db, key)
		if err != nil {
			panic(err)
		}
		return s
	})))
}

func TestKeyService(t *testing.T) {
	storetest.TestKeyService(t, opener(func(db *postgres.DB) hokusai.KeyService { return postgres.NewKeyService(db) }))
}

func TestWhitelistService(t *testing.T) {
	storetest.TestWhitelistService(t, opener(func(db *postgres.DB) hokusai.WhitelistService { return postgres.NewWhitelistService(db) }))
}

func TestRegistryService(t *testing.T) {
	storetest.TestRegistryService(t, opener(func(db *postgres.DB) storetest.RegistryStores {
		return storetest.RegistryStores{Models: postgres.NewModelService(db), Registry: postgres.NewRegistryService(db)}
	}))
}

func TestLeaseService(t *testing.T) {
	storetest.TestLeaseService(t, opener(func(db *postgres.DB) hokusai.LeaseService { return postgres.NewLeaseService(db) }))
}

// TestEndpointSecretSealed: the database never holds a secret's plaintext,
// and a sealed row copied to another model does not open there.
func TestEndpointSecretSealed(t *testing.T) {
	ctx := context.Background()
	db := postgres.NewDB(pgtest.NewDatabase(t))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key := make([]byte, seal.KeySize)
	key[1] = 9
	s, err := postgres.NewEndpointSecretService(db, key)
	if err != nil {
		t.Fatal(err)
	}
	const secret = "sk-live-0123456789abcdef-PLAINTEXT"
	if _, err := s.SetEndpointSecret(ctx, 7, secret, "0x1111111111111111111111111111111111111111"); err != nil {
		t.Fatal(err)
	}
	var row string
	if err := db.SQL().QueryRowContext(ctx, `SELECT row_to_json(e)::text || encode(e.ciphertext, 'escape') FROM endpoint_secrets e`).Scan(&row); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(row, "PLAINTEXT") {
		t.Fatalf("the stored row holds the plaintext: %s", row)
	}
	if _, err := db.SQL().ExecContext(ctx, `INSERT INTO endpoint_secrets (model_id, key_id, nonce, ciphertext, set_by, updated_at)
		SELECT 8, key_id, nonce, ciphertext, set_by, updated_at FROM endpoint_secrets WHERE model_id = 7`); err != nil {
		t.Fatal(err)
	}
	if got, err := s.EndpointSecret(ctx, 8); err == nil || got != "" {
		t.Fatalf("model 7's sealed secret opened as model 8's: %q", got)
	}
	if got, err := s.EndpointSecret(ctx, 7); err != nil || got != secret {
		t.Fatalf("model 7 = %q, %v", got, err)
	}
}

func TestFineTuneService(t *testing.T) {
	storetest.TestFineTuneService(t, opener(func(db *postgres.DB) hokusai.FineTuneService { return postgres.NewFineTuneService(db) }))
}

func TestFineTuneHoldService(t *testing.T) {
	storetest.TestFineTuneHoldService(t, opener(func(db *postgres.DB) hokusai.FineTuneHoldService { return postgres.NewFineTuneService(db) }))
}

func TestRelayLimitService(t *testing.T) {
	storetest.TestRelayLimitService(t, opener(func(db *postgres.DB) hokusai.RelayLimitService { return postgres.NewRelayLimitService(db) }))
}

// BenchmarkRelayTake: go test -run '^$' -bench RelayTake ./postgres/
func BenchmarkRelayTake(b *testing.B) {
	storetest.BenchmarkRelayTake(b, func(b *testing.B) hokusai.RelayLimitService {
		db := postgres.NewDB(pgtest.NewDatabase(b))
		if err := db.Open(); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return postgres.NewRelayLimitService(db)
	})
}
