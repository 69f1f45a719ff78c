-- +goose Up
-- relay_counts counts what the platform relays and pays the gas of: a row
-- per bucket (a route and signer and model, or the platform's gas) and
-- fixed window (its start, Unix seconds), taken with one conditional upsert
-- that PostgreSQL serializes on the row.
CREATE TABLE relay_counts (
    bucket       TEXT   NOT NULL,
    window_start BIGINT NOT NULL,
    used         BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX relay_counts_window ON relay_counts (window_start);

-- +goose Down
DROP TABLE relay_counts;
