-- +goose Up
-- improve_setups is what the evaluator keeps about each model it improves:
-- the settings (JSON), the benchmark (with its hidden test split) and the
-- owner's initial training rows, both canonical JSONL.
CREATE TABLE improve_setups (
    model_id       BIGINT      PRIMARY KEY,
    setup          TEXT        NOT NULL,
    benchmark      BYTEA       NOT NULL,
    training       BYTEA       NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);

-- contributions are the intake queue: received → evaluating → accepted |
-- rejected. An evaluator claims a batch under a claim it makes up; its
-- evaluation and mint are recorded only while it still holds the claim.
CREATE TABLE contributions (
    id               BIGSERIAL   PRIMARY KEY,
    model_id         BIGINT      NOT NULL,
    contributor      TEXT        NOT NULL,            -- 0x address (EIP-55)
    idempotency_key  TEXT        NOT NULL,            -- the client's key ('' when none was given)
    request_digest   TEXT        NOT NULL,
    digest           TEXT        NOT NULL,            -- dataset digest of the rows
    format           TEXT        NOT NULL,
    rows             INTEGER     NOT NULL,
    data             BYTEA       NOT NULL,            -- canonical JSONL
    status           TEXT        NOT NULL,
    reason_code      TEXT        NOT NULL DEFAULT '',
    reason           TEXT        NOT NULL DEFAULT '',
    evaluation_id    BIGINT      NOT NULL DEFAULT 0,
    mint_tx          TEXT        NOT NULL DEFAULT '',
    delta_ones       TEXT        NOT NULL DEFAULT '',
    reward           TEXT        NOT NULL DEFAULT '', -- token wei to this contributor
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    candidate        BYTEA       NOT NULL DEFAULT '\x',
    candidate_digest TEXT        NOT NULL DEFAULT '',
    claim            TEXT        NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX contributions_idem ON contributions (contributor, idempotency_key) WHERE idempotency_key <> '';
CREATE INDEX contributions_queue ON contributions (status, model_id, id);
CREATE INDEX contributions_digest ON contributions (model_id, digest);
CREATE INDEX contributions_evaluation ON contributions (evaluation_id) WHERE evaluation_id <> 0;

-- evaluations are the evaluator's decisions, one per batch evaluated
-- against one head; the receipt is the signed JSON.
CREATE TABLE evaluations (
    id               BIGSERIAL   PRIMARY KEY,
    model_id         BIGINT      NOT NULL,
    contributions    TEXT        NOT NULL,            -- JSON array of contribution ids
    head_score       TEXT        NOT NULL,
    result           TEXT        NOT NULL,            -- JSON: hokusai.Evaluation
    receipt          BYTEA       NOT NULL,
    receipt_hash     TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX evaluations_receipt ON evaluations (receipt_hash);

-- mints is the minter's journal: a request is written (with its
-- signatures) before it is sent. A batch keeps one idempotency key for
-- life, so the key is indexed, not unique (an abandoned request is
-- journaled again under it).
CREATE TABLE mints (
    evaluation_id    BIGINT      PRIMARY KEY,
    model_id         BIGINT      NOT NULL,
    idempotency_key  TEXT        NOT NULL,
    request          TEXT        NOT NULL,
    state            TEXT        NOT NULL,            -- pending | confirmed | abandoned
    tx_hash          TEXT        NOT NULL DEFAULT '',
    reward           TEXT        NOT NULL DEFAULT '',
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX mints_key ON mints (idempotency_key);
CREATE INDEX mints_state ON mints (state);

-- +goose Down
DROP TABLE mints;
DROP TABLE evaluations;
DROP TABLE contributions;
DROP TABLE improve_setups;
