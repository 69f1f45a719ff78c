-- +goose Up
-- api_keys holds consumers' API keys by the sha256 of their secret; the
-- secret itself is never stored.
CREATE TABLE api_keys (
    id          TEXT             PRIMARY KEY,
    secret_hash TEXT             NOT NULL,
    owner       TEXT             NOT NULL,
    name        TEXT             NOT NULL DEFAULT '',
    hint        TEXT             NOT NULL,
    scopes      TEXT[]           NOT NULL,
    rate_limit  DOUBLE PRECISION NOT NULL DEFAULT 0,  -- calls per second
    created_at  TIMESTAMPTZ      NOT NULL,
    expires_at  TIMESTAMPTZ,                          -- NULL: never
    revoked_at  TIMESTAMPTZ,                          -- NULL: not revoked
    rotated_to  TEXT             NOT NULL DEFAULT '',
    CONSTRAINT api_keys_secret_hash_key UNIQUE (secret_hash)
);
CREATE INDEX api_keys_owner ON api_keys (owner, created_at);

-- model_whitelist lists the consumers each Proprietary model serves.
CREATE TABLE model_whitelist (
    model_id BIGINT      NOT NULL,
    consumer TEXT        NOT NULL,
    added_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (model_id, consumer)
);

-- leases hands named work to one replica at a time: a row per lease with
-- its holder and expiry, taken with one conditional upsert.
CREATE TABLE leases (
    name       TEXT        PRIMARY KEY,
    holder     TEXT        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

-- +goose Down
DROP TABLE leases;
DROP TABLE model_whitelist;
DROP TABLE api_keys;
