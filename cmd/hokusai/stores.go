package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/seal"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// stores are every persisted concern of the server, on one backend: the
// SQLite file in the data directory (the default) or the PostgreSQL
// database --database names, shared by every replica. The rest of serve
// sees only the interfaces.
type stores struct {
	// sqlite is the SQLite file; nil on PostgreSQL.
	sqlite *sqlite.DB
	// postgres is the PostgreSQL database; nil on SQLite.
	postgres *postgres.DB

	Models   hokusai.ModelService
	Registry hokusai.RegistryService
	// Market is the marketplace's search index and market figures.
	Market hokusai.MarketService
	// Agents is each model's Agent ledger, as the indexer reads it.
	Agents hokusai.AgentLedgerService
	// Proposals is every model's DAO proposals, as the indexer reads them.
	Proposals hokusai.ProposalService
	Nonces    hokusai.NonceService
	Blocks    hokusai.BlockService
	// Instance records the chain and deployment the database belongs to.
	Instance hokusai.InstanceService
	// Keys and Whitelist serve the gateway and the package routes.
	Keys      hokusai.KeyService
	Whitelist hokusai.WhitelistService
	// Secrets are models' endpoint credentials, sealed under the server key.
	Secrets hokusai.EndpointSecretService
	// Leases give work that must run in one place to one replica at a time.
	Leases hokusai.LeaseService
	// Relays counts what the platform relays, against its limits.
	Relays hokusai.RelayLimitService
	// Contributions keeps contributions, setups, evaluations and the mint
	// journal.
	Contributions hokusai.ContributionService
	// Jobs is the background job queue (evaluations): a table in the
	// SQLite file, or River on PostgreSQL.
	Jobs hokusai.JobQueue

	// FineTunes keeps fine-tuning jobs, their checkpoints and events.
	FineTunes hokusai.FineTuneService
	// FineTuneHolds keeps what runners hold outside the server for jobs.
	FineTuneHolds hokusai.FineTuneHoldService

	// Ledger keeps credits, usage and settlement batches.
	Ledger hokusai.LedgerStore

	// river is the PostgreSQL job queue, closed with the stores.
	river *postgres.JobQueue
	// Txs records every transaction the server sends (chain/txmgr).
	Txs hokusai.TxStore
}

// backend names the store's backend for logs and the banner.
func (st *stores) backend() string {
	if st.postgres != nil {
		return "PostgreSQL " + postgres.Redact(st.postgres.URL)
	}
	return "SQLite " + st.sqlite.Path
}

// openStores opens the database cfg names: --database, a postgres:// URL,
// or "" for hokusai.db in --data-dir. secretKey seals endpoint secrets.
func openStores(ctx context.Context, cfg *serveConfig, secretKey []byte) (_ *stores, err error) {
	st := &stores{}
	defer func() {
		if err != nil {
			st.Close()
		}
	}()
	switch database := cfg.database; {
	case postgres.IsURL(database):
		err = st.openPostgres(ctx, database, secretKey)
		if err == nil {
			jobTimeout, rescueAfter := evalJobTimes(cfg.evalWindow+cfg.evalTimeout, attestTimeout)
			err = st.openPostgresJobs(ctx, jobTimeout, rescueAfter)
		}
	case database == "":
		err = st.openSQLite(filepath.Join(cfg.dataDir, "hokusai.db"), secretKey)
	default:
		err = hokusai.FieldErrorf("database", "--database must be a postgres:// URL (or empty for SQLite in --data-dir); got %q.", database)
	}
	if err == nil {
		err = st.openLedger(ctx)
	}
	if err != nil {
		return nil, err
	}
	return st, nil
}

func (st *stores) openSQLite(path string, secretKey []byte) error {
	st.sqlite = sqlite.NewDB(path)
	if err := st.sqlite.Open(); err != nil {
		st.sqlite = nil
		return fmt.Errorf("open database: %w", err)
	}
	db := st.sqlite
	secrets, err := sqlite.NewEndpointSecretService(db, secretKey)
	if err != nil {
		return err
	}
	st.Models = sqlite.NewModelService(db)
	st.Registry = sqlite.NewRegistryService(db)
	st.Market = sqlite.NewMarketService(db)
	st.Agents = sqlite.NewAgentLedgerService(db)
	st.Proposals = sqlite.NewProposalService(db)
	st.Nonces = sqlite.NewNonceService(db)
	st.Blocks = sqlite.NewBlockService(db)
	st.Instance = sqlite.NewInstanceService(db)
	st.Keys = sqlite.NewKeyService(db)
	st.Whitelist = sqlite.NewWhitelistService(db)
	st.Secrets = secrets
	st.Leases = sqlite.NewLeaseService(db)
	st.Relays = sqlite.NewRelayLimitService(db)
	st.Contributions = sqlite.NewContributionService(db)
	ft := sqlite.NewFineTuneService(db)
	st.FineTunes, st.FineTuneHolds = ft, ft
	jobs := sqlite.NewJobQueue(db)
	// This server is the file's only one: jobs its predecessor was running
	// are free again at once.
	if _, err := jobs.ReleaseRunning(context.Background()); err != nil {
		return err
	}
	st.Jobs = jobs
	st.Txs = sqlite.NewTxStore(db)
	return nil
}

func (st *stores) openPostgres(ctx context.Context, url string, secretKey []byte) error {
	st.postgres = postgres.NewDB(url)
	if err := st.postgres.Open(); err != nil {
		st.postgres = nil
		return hokusai.Errorf(hokusai.EUNAVAILABLE, "Cannot open the PostgreSQL database --database %s: %v.", postgres.Redact(url), err)
	}
	db := st.postgres
	secrets, err := postgres.NewEndpointSecretService(db, secretKey)
	if err != nil {
		return err
	}
	st.Models = postgres.NewModelService(db)
	st.Registry = postgres.NewRegistryService(db)
	st.Market = postgres.NewMarketService(db)
	st.Agents = postgres.NewAgentLedgerService(db)
	st.Proposals = postgres.NewProposalService(db)
	st.Nonces = postgres.NewNonceService(db)
	st.Blocks = postgres.NewBlockService(db)
	st.Instance = postgres.NewInstanceService(db)
	st.Keys = postgres.NewKeyService(db)
	st.Whitelist = postgres.NewWhitelistService(db)
	st.Secrets = secrets
	st.Leases = postgres.NewLeaseService(db)
	st.Relays = postgres.NewRelayLimitService(db)
	ft := postgres.NewFineTuneService(db)
	st.FineTunes, st.FineTuneHolds = ft, ft
	st.Txs = postgres.NewTxStore(db)
	return st.checkSecretKey(ctx, secretKey)
}

// openLedger opens the credits ledger's store on st's database, SQLite or
// PostgreSQL.
func (st *stores) openLedger(ctx context.Context) error {
	if st.postgres != nil {
		st.Ledger = postgres.NewLedgerStore(st.postgres)
		return nil
	}
	l, err := sqlite.NewLedgerStore(ctx, st.sqlite)
	if err != nil {
		return err
	}
	st.Ledger = l
	return nil
}

// attestTimeout is the evaluator's wait for the attesters' signatures
// (evaluator.Worker's default), part of an evaluation job's run.
const attestTimeout = 2 * time.Minute

// openPostgresJobs opens the contribution store and the River job queue
// on st's PostgreSQL database. River ends a run of an evaluation job after
// jobTimeout and runs a job again on another server when it has run
// longer than rescueAfter (its server died); evalJobTimes derives both
// from the evaluator's budgets.
func (st *stores) openPostgresJobs(ctx context.Context, jobTimeout, rescueAfter time.Duration) error {
	st.Contributions = postgres.NewContributionService(st.postgres)
	q := postgres.NewJobQueue(st.postgres)
	q.Timeout, q.RescueAfter = jobTimeout, rescueAfter
	if err := q.Open(ctx); err != nil {
		return err
	}
	st.river, st.Jobs = q, q
	return nil
}

// checkSecretKey records the fingerprint of the key that seals endpoint
// secrets on the first start and refuses a later start (this replica's
// or another's) with another key: replicas sharing a database must share
// the key, or a secret set through one would not open on the others.
func (st *stores) checkSecretKey(ctx context.Context, secretKey []byte) error {
	box, err := seal.New(secretKey)
	if err != nil {
		return err
	}
	have, ok, err := st.Instance.Get(ctx, "secret_key_id")
	if err != nil {
		return err
	}
	if !ok {
		return st.Instance.Set(ctx, "secret_key_id", box.KeyID())
	}
	if have != box.KeyID() {
		return hokusai.Errorf(hokusai.ECONFLICT, "The database %s seals endpoint secrets under server key %s, but this server has key %s: every replica must use the same key. Copy the first replica's secret.key and point --secret-key-file (HOKUSAI_SECRET_KEY_FILE) at it.",
			st.backend(), have, box.KeyID())
	}
	return nil
}

// Close finishes the ledger's charges in flight and closes the database.
func (st *stores) Close() error {
	var errs []error
	if st.Ledger != nil {
		errs = append(errs, st.Ledger.Close())
	}
	if st.sqlite != nil {
		errs = append(errs, st.sqlite.Close())
	}
	if st.river != nil {
		errs = append(errs, st.river.Close())
	}
	if st.postgres != nil {
		errs = append(errs, st.postgres.Close())
	}
	return errors.Join(errs...)
}

// evalJobTimes are the River timings for evaluation jobs: a run is one
// batch — the wait for it to fill and its evaluation (evalTimeout, given
// with the batch window), the attesters' signatures (attestTimeout) and
// the mint — so it ends within their sum and half a
// minute; a job running 15 seconds longer belongs to a server that died.
// With a one-minute evaluation budget and local attesters a killed
// server's job is taken over within about two minutes.
func evalJobTimes(evalTimeout, attestTimeout time.Duration) (jobTimeout, rescueAfter time.Duration) {
	jobTimeout = evalTimeout + attestTimeout + 30*time.Second
	return jobTimeout, jobTimeout + 15*time.Second
}
