-- +goose Up
-- models is the off-chain index of the chain's ModelRegistry; the chain is
-- the source of truth and the indexer upserts rows by on-chain id. Big
-- integers (wads) are NUMERIC; tickers are stored upper-case.
CREATE TABLE models (
    id                  BIGINT      PRIMARY KEY,            -- on-chain id, from 1
    name                TEXT        NOT NULL,
    ticker              TEXT        NOT NULL,
    description         TEXT        NOT NULL DEFAULT '',
    category            TEXT        NOT NULL DEFAULT '',
    tags                JSONB       NOT NULL DEFAULT '[]',  -- array of strings
    metric              INTEGER     NOT NULL,               -- hokusai.Metric (on-chain enum)
    direction           INTEGER     NOT NULL,               -- hokusai.Direction
    baseline            NUMERIC(78) NOT NULL,               -- wad
    delta_one           NUMERIC(78) NOT NULL,               -- wad
    license             INTEGER     NOT NULL,               -- hokusai.License
    initial_supply      BIGINT      NOT NULL,
    tokens_per_deltaone BIGINT      NOT NULL,
    expected_deltaones  BIGINT      NOT NULL,
    owner               TEXT        NOT NULL,
    token               TEXT        NOT NULL DEFAULT '',
    pool                TEXT        NOT NULL DEFAULT '',
    vesting             TEXT        NOT NULL DEFAULT '',
    tx_hash             TEXT        NOT NULL DEFAULT '',
    block_number        BIGINT      NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT models_ticker_key UNIQUE (ticker)
);
CREATE INDEX models_owner ON models (lower(owner));

-- instance records what this database belongs to (chain id, genesis,
-- contract addresses), written on first start and compared on every later
-- one.
CREATE TABLE instance (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- +goose Down
DROP TABLE instance;
DROP TABLE models;
