-- +goose Up
-- The hash of the block a cursor stands on, so a restart can tell that the
-- chain under it changed (another chain, or a reorganised history).
ALTER TABLE cursors ADD COLUMN hash TEXT NOT NULL DEFAULT '';

-- What this database belongs to (chain id, genesis, contract addresses),
-- written on first start and compared on every later one.
CREATE TABLE instance (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- +goose Down
DROP TABLE instance;
ALTER TABLE cursors DROP COLUMN hash;
