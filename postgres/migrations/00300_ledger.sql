-- +goose Up
-- The credits ledger. Money is micro-USDC in BIGINT; times are Unix
-- nanoseconds (BIGINT), as on SQLite, so both stores compute the same
-- hours. A charge updates its consumer's row in ledger_accounts under the
-- spendable condition and inserts its usage row, in one transaction.
CREATE TABLE ledger_accounts (
	consumer           TEXT PRIMARY KEY,
	deposited          BIGINT NOT NULL DEFAULT 0,
	withdrawn          BIGINT NOT NULL DEFAULT 0,
	pending_withdrawal BIGINT NOT NULL DEFAULT 0,
	settled            BIGINT NOT NULL DEFAULT 0,
	unsettled          BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE ledger_batches (
	id         BIGINT PRIMARY KEY,
	batch_id   TEXT NOT NULL UNIQUE,
	status     TEXT NOT NULL CHECK (status IN ('pending', 'settled', 'abandoned')),
	entries    INTEGER NOT NULL,
	calls      BIGINT NOT NULL,
	total      BIGINT NOT NULL,
	created_at BIGINT NOT NULL,
	settled_at BIGINT,
	tx_hash    TEXT,
	block      BIGINT,
	gas_used   BIGINT,
	note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ledger_batches_status ON ledger_batches (status, id);

-- settled: 0 open, 1 settled (or free), -1 written off.
CREATE TABLE ledger_usage (
	id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	consumer   TEXT NOT NULL,
	model_id   BIGINT NOT NULL,
	key_id     TEXT NOT NULL DEFAULT '',
	calls      BIGINT NOT NULL,
	amount     BIGINT NOT NULL,
	created_at BIGINT NOT NULL,
	batch      BIGINT REFERENCES ledger_batches (id),
	settled    SMALLINT NOT NULL DEFAULT 0
);
-- Unbatched paid usage, for journaling (a cursor over ids would skip rows
-- that commit out of id order, as concurrent replicas' rows do).
CREATE INDEX ledger_usage_unbatched ON ledger_usage (id) WHERE batch IS NULL AND settled = 0;
CREATE INDEX ledger_usage_batch ON ledger_usage (batch) WHERE batch IS NOT NULL;
CREATE INDEX ledger_usage_consumer ON ledger_usage (consumer, created_at);
CREATE INDEX ledger_usage_created ON ledger_usage (created_at);

CREATE TABLE ledger_idempotency (
	consumer     TEXT NOT NULL,
	idem_key     TEXT NOT NULL,
	request_hash TEXT NOT NULL,
	usage_id     BIGINT,
	response     BYTEA,
	spendable    BIGINT NOT NULL,
	created_at   BIGINT NOT NULL,
	PRIMARY KEY (consumer, idem_key)
);
CREATE INDEX ledger_idempotency_created ON ledger_idempotency (created_at);

CREATE TABLE ledger_attempts (
	id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	batch   BIGINT NOT NULL REFERENCES ledger_batches (id),
	tx_hash TEXT NOT NULL,
	nonce   BIGINT NOT NULL,
	sent_at BIGINT NOT NULL
);
CREATE INDEX ledger_attempts_batch ON ledger_attempts (batch, id);

CREATE TABLE ledger_vault_events (
	block     BIGINT NOT NULL,
	log_index BIGINT NOT NULL,
	tx_hash   TEXT NOT NULL,
	kind      TEXT NOT NULL,
	account   TEXT NOT NULL,
	amount    BIGINT NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX ledger_vault_events_account ON ledger_vault_events (account, block, log_index);

CREATE TABLE ledger_cursors (
	name  TEXT PRIMARY KEY,
	block BIGINT NOT NULL,
	hash  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ledger_meta (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- +goose Down
DROP TABLE ledger_meta;
DROP TABLE ledger_cursors;
DROP TABLE ledger_vault_events;
DROP TABLE ledger_attempts;
DROP TABLE ledger_idempotency;
DROP TABLE ledger_usage;
DROP TABLE ledger_batches;
DROP TABLE ledger_accounts;
