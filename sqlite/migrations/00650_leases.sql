-- +goose Up
-- leases hands named work to one process at a time: a row per lease with
-- its holder and expiry (unix nanoseconds), taken with one conditional
-- upsert.
CREATE TABLE leases (
    name       TEXT    PRIMARY KEY,
    holder     TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;

-- +goose Down
DROP TABLE leases;
