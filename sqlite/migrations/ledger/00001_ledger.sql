-- +goose Up
-- Per-consumer running totals, so a charge reads one row (micro-USDC).
CREATE TABLE ledger_accounts (
    consumer           TEXT PRIMARY KEY,            -- checksummed 0x address
    deposited          INTEGER NOT NULL DEFAULT 0,  -- vault deposits seen on-chain
    withdrawn          INTEGER NOT NULL DEFAULT 0,  -- vault withdrawals seen on-chain
    pending_withdrawal INTEGER NOT NULL DEFAULT 0,  -- requested, not yet withdrawn
    settled            INTEGER NOT NULL DEFAULT 0,  -- usage debited on-chain
    unsettled          INTEGER NOT NULL DEFAULT 0,  -- usage charged, not yet settled
    CHECK (deposited >= 0 AND withdrawn >= 0 AND pending_withdrawal >= 0 AND settled >= 0 AND unsettled >= 0)
);

-- Settlement batches: the journal row is written before anything is sent.
CREATE TABLE ledger_batches (
    id          INTEGER PRIMARY KEY,
    batch_id    TEXT NOT NULL UNIQUE,      -- 0x keccak of the batch's contents
    status      TEXT NOT NULL CHECK (status IN ('pending', 'settled', 'abandoned')),
    entries     INTEGER NOT NULL,          -- (consumer, model) entries
    calls       INTEGER NOT NULL,
    total       INTEGER NOT NULL,          -- micro-USDC
    created_at  INTEGER NOT NULL,          -- unix nanoseconds
    settled_at  INTEGER,
    tx_hash     TEXT,                      -- the transaction that settled it
    block       INTEGER,
    gas_used    INTEGER,
    note        TEXT
);

-- One row per charge. batch is set when the usage is journaled into a
-- batch; settled is 1 once that batch is confirmed on-chain (free calls are
-- settled at once: there is nothing to pay).
CREATE TABLE ledger_usage (
    id          INTEGER PRIMARY KEY,
    consumer    TEXT NOT NULL,
    model_id    INTEGER NOT NULL,
    key_id      TEXT NOT NULL DEFAULT '',
    calls       INTEGER NOT NULL CHECK (calls >= 1),
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    created_at  INTEGER NOT NULL,
    batch       INTEGER REFERENCES ledger_batches (id),
    settled     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ledger_usage_unbatched ON ledger_usage (consumer, model_id, id) WHERE batch IS NULL AND settled = 0;
CREATE INDEX ledger_usage_batch ON ledger_usage (batch);
CREATE INDEX ledger_usage_time ON ledger_usage (created_at);

-- Idempotency keys: a retried request gets the first answer.
CREATE TABLE ledger_idempotency (
    consumer     TEXT NOT NULL,
    idem_key     TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    usage_id     INTEGER,
    response     BLOB,
    spendable    INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (consumer, idem_key)
);

-- Every transaction broadcast for a batch (Chainlink txmgr's TxAttempt).
CREATE TABLE ledger_attempts (
    id        INTEGER PRIMARY KEY,
    batch     INTEGER NOT NULL REFERENCES ledger_batches (id),
    tx_hash   TEXT NOT NULL,
    nonce     INTEGER NOT NULL,
    sent_at   INTEGER NOT NULL,
    error     TEXT
);

-- Vault events applied to ledger_accounts, once each.
CREATE TABLE ledger_vault_events (
    block      INTEGER NOT NULL,
    log_index  INTEGER NOT NULL,
    tx_hash    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    account    TEXT NOT NULL,
    amount     INTEGER NOT NULL,
    PRIMARY KEY (block, log_index)
);

-- The last block whose vault events are applied.
CREATE TABLE ledger_cursors (
    name  TEXT PRIMARY KEY,
    block INTEGER NOT NULL
);

-- +goose Down
DROP TABLE ledger_cursors;
DROP TABLE ledger_vault_events;
DROP TABLE ledger_attempts;
DROP TABLE ledger_idempotency;
DROP TABLE ledger_usage;
DROP TABLE ledger_batches;
DROP TABLE ledger_accounts;
