-- +goose Up
-- The first step of the one migration history; each store adds its tables
-- in later files (00100 models and registry, 00200 keys, 00300 ledger,
-- 00400 contributions, 00500 transactions, 00600 indexer).
SELECT 1;

-- +goose Down
SELECT 1;
