-- +goose Up
-- relay_counts counts what the platform relays and pays the gas of: a row
-- per bucket (a route and signer and model, or the platform's gas) and
-- fixed window (its start, Unix seconds), taken with one conditional upsert.
CREATE TABLE relay_counts (
    bucket       TEXT    NOT NULL,
    window_start INTEGER NOT NULL,
    used         INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
) WITHOUT ROWID;
CREATE INDEX relay_counts_window ON relay_counts (window_start);

-- +goose Down
DROP TABLE relay_counts;
