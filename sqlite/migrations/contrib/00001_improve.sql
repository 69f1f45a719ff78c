-- +goose Up
-- improve_setups is what the evaluator keeps about each model it improves:
-- the training recipe, the benchmark (with its hidden test split) and the
-- owner's initial training rows. Accepted contributions join the training
-- data; nothing else changes it.
CREATE TABLE improve_setups (
    model_id       INTEGER PRIMARY KEY,
    setup          TEXT    NOT NULL,              -- JSON: evaluator.Setup without the data
    benchmark      BLOB    NOT NULL,              -- canonical JSONL of the benchmark dataset
    training       BLOB    NOT NULL,              -- canonical JSONL of the owner's initial rows
    created_at     TEXT    NOT NULL
);

-- contributions are the intake queue (F10): received → evaluating →
-- accepted | rejected.
CREATE TABLE contributions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    model_id         INTEGER NOT NULL,
    contributor      TEXT    NOT NULL,            -- 0x address (EIP-55)
    idempotency_key  TEXT    NOT NULL,            -- the client's key ('' when none was given)
    request_digest   TEXT    NOT NULL,            -- sha256 of the submitted body and its settings
    digest           TEXT    NOT NULL,            -- dataset digest of the rows
    format           TEXT    NOT NULL,
    rows             INTEGER NOT NULL,
    data             BLOB    NOT NULL,            -- canonical JSONL
    status           TEXT    NOT NULL,
    reason_code      TEXT    NOT NULL DEFAULT '',
    reason           TEXT    NOT NULL DEFAULT '',
    evaluation_id    INTEGER NOT NULL DEFAULT 0,
    mint_tx          TEXT    NOT NULL DEFAULT '',
    delta_ones       TEXT    NOT NULL DEFAULT '', -- wad
    reward           TEXT    NOT NULL DEFAULT '', -- token wei to this contributor
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE UNIQUE INDEX contributions_idem ON contributions (contributor, idempotency_key) WHERE idempotency_key <> '';
CREATE INDEX contributions_queue ON contributions (status, model_id, id);
CREATE INDEX contributions_digest ON contributions (model_id, digest);

-- evaluations are the evaluator's decisions, one per batch evaluated
-- against one head; the receipt is the signed JSON (F15).
CREATE TABLE evaluations (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    model_id         INTEGER NOT NULL,
    contributions    TEXT    NOT NULL,            -- JSON array of contribution ids
    head_score       TEXT    NOT NULL,            -- wad: the on-chain head evaluated against
    result           TEXT    NOT NULL,            -- JSON: evaluator.Evaluation
    receipt          BLOB    NOT NULL,
    receipt_hash     TEXT    NOT NULL,
    created_at       TEXT    NOT NULL
);
CREATE INDEX evaluations_receipt ON evaluations (receipt_hash);

-- mints is the minter's journal: a request is written (with its
-- signatures) before it is sent, so a restart finds it and finishes it
-- exactly once (the idempotency key is checked on-chain).
CREATE TABLE mints (
    evaluation_id    INTEGER PRIMARY KEY,
    model_id         INTEGER NOT NULL,
    idempotency_key  TEXT    NOT NULL UNIQUE,
    request          TEXT    NOT NULL,            -- JSON of chain.MintRequest and signatures
    state            TEXT    NOT NULL,            -- pending | confirmed | abandoned
    tx_hash          TEXT    NOT NULL DEFAULT '',
    reward           TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

-- +goose Down
DROP TABLE mints;
DROP TABLE evaluations;
DROP TABLE contributions;
DROP TABLE improve_setups;
