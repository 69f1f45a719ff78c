-- +goose Up
-- Which chain, vault and router this ledger's credits and usage belong to.
CREATE TABLE ledger_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- +goose Down
DROP TABLE ledger_meta;
