-- +goose Up
-- models is the off-chain index of the chain's ModelRegistry; the chain is
-- the source of truth and the indexer upserts rows by on-chain id.
CREATE TABLE models (
    id                  INTEGER PRIMARY KEY,               -- on-chain id, from 1
    name                TEXT    NOT NULL,
    ticker              TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    description         TEXT    NOT NULL DEFAULT '',
    category            TEXT    NOT NULL DEFAULT '',
    tags                TEXT    NOT NULL DEFAULT '[]',     -- JSON array of strings
    metric              INTEGER NOT NULL,                  -- hokusai.Metric (on-chain enum)
    direction           INTEGER NOT NULL,                  -- hokusai.Direction
    baseline            TEXT    NOT NULL,                  -- wad, decimal integer string
    delta_one           TEXT    NOT NULL,                  -- wad, decimal integer string
    license             INTEGER NOT NULL,                  -- hokusai.License
    initial_supply      INTEGER NOT NULL,
    tokens_per_deltaone INTEGER NOT NULL,
    expected_deltaones  INTEGER NOT NULL,
    owner               TEXT    NOT NULL,
    token               TEXT    NOT NULL DEFAULT '',
    pool                TEXT    NOT NULL DEFAULT '',
    vesting             TEXT    NOT NULL DEFAULT '',
    tx_hash             TEXT    NOT NULL DEFAULT '',
    block_number        INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT    NOT NULL,                  -- RFC 3339, UTC
    updated_at          TEXT    NOT NULL
);
CREATE INDEX models_owner ON models (owner COLLATE NOCASE);

-- cursors remembers named positions for workers (e.g. an indexer's last block).
CREATE TABLE cursors (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
);

-- +goose Down
DROP TABLE cursors;
DROP TABLE models;
