-- +goose Up
-- txs holds every transaction the platform sends, written before anything
-- is signed; tx_attempts each signed version of one (the first and its gas
-- bumps), written before it is broadcast. A restart resumes from here.
CREATE TABLE txs (
    id                 INTEGER PRIMARY KEY,
    idempotency_key    TEXT    NOT NULL,
    chain_id           INTEGER NOT NULL,
    from_address       TEXT    NOT NULL,            -- 0x, EIP-55
    to_address         TEXT    NOT NULL DEFAULT '', -- '' creates a contract
    data               BLOB    NOT NULL,
    value              TEXT    NOT NULL,            -- wei, decimal
    gas_limit          INTEGER NOT NULL,
    state              TEXT    NOT NULL CHECK (state IN ('unstarted', 'in_progress', 'unconfirmed', 'confirmed', 'fatal_error')),
    nonce              INTEGER,
    error              TEXT    NOT NULL DEFAULT '',
    receipt_hash       TEXT,
    receipt_block      INTEGER,
    receipt_block_hash TEXT,
    receipt_status     INTEGER,
    receipt_gas_used   INTEGER,
    created_at         INTEGER NOT NULL,            -- unix nanoseconds
    updated_at         INTEGER NOT NULL,
    UNIQUE (chain_id, from_address, idempotency_key)
);
-- No two transactions in flight share a sender's nonce. Finished ones may:
-- a dev chain that was reset starts its nonces again.
CREATE UNIQUE INDEX txs_nonce ON txs (chain_id, from_address, nonce) WHERE state IN ('in_progress', 'unconfirmed');
CREATE INDEX txs_unfinished ON txs (chain_id, state) WHERE state IN ('unstarted', 'in_progress', 'unconfirmed');

CREATE TABLE tx_attempts (
    id              INTEGER PRIMARY KEY,
    tx_id           INTEGER NOT NULL REFERENCES txs (id) ON DELETE CASCADE,
    hash            TEXT    NOT NULL,
    gas_tip_cap     TEXT    NOT NULL, -- wei, decimal
    gas_fee_cap     TEXT    NOT NULL,
    raw             BLOB    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('in_progress', 'broadcast')),
    broadcast_block INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
);
-- The same signed bytes can belong to two transactions only on two chains
-- with one id (a dev chain that was reset): unique within a transaction.
CREATE UNIQUE INDEX tx_attempts_tx ON tx_attempts (tx_id, hash);

-- +goose Down
DROP TABLE tx_attempts;
DROP TABLE txs;
