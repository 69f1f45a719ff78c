-- +goose Up
-- A charge writes one usage row and nothing else, inside the group commit
-- every call waits for, so ledger_usage keeps no index that a new row
-- touches. What the other indexes served is kept another way:
--   * unbatched usage: the rows after ledger_meta 'journal_cursor' (every
--     row at or below it is in a batch or needs none);
--   * running totals and usage statistics: rows after ledger_meta
--     'fold_cursor' (the tail) are folded, in bulk, into
--     ledger_accounts.unsettled and the hourly ledger_usage_hourly;
--     readers add the tail;
--   * settlement lag: the first unbatched row and the pending batches.
-- Batch membership is indexed only once a row is in a batch.
DROP INDEX ledger_usage_unbatched;
DROP INDEX ledger_usage_open;
DROP INDEX ledger_usage_time;
DROP INDEX ledger_usage_consumer_time;
DROP INDEX ledger_usage_batch;
CREATE INDEX ledger_usage_batch ON ledger_usage (batch) WHERE batch IS NOT NULL;

-- Calls and fees per consumer, model and hour (hours since the Unix epoch).
CREATE TABLE ledger_usage_hourly (
    hour      INTEGER NOT NULL,
    consumer  TEXT NOT NULL,
    model_id  INTEGER NOT NULL,
    calls     INTEGER NOT NULL,
    amount    INTEGER NOT NULL,   -- micro-USDC
    PRIMARY KEY (hour, consumer, model_id)
) WITHOUT ROWID;
CREATE INDEX ledger_usage_hourly_consumer ON ledger_usage_hourly (consumer, hour);

-- Existing usage is already in ledger_accounts (charges used to debit it
-- directly); count it in the hourly table and start both cursors.
INSERT INTO ledger_usage_hourly (hour, consumer, model_id, calls, amount)
    SELECT created_at / 3600000000000, consumer, model_id, SUM(calls), SUM(amount)
    FROM ledger_usage GROUP BY 1, 2, 3;
INSERT INTO ledger_meta (name, value)
    SELECT 'fold_cursor', CAST(COALESCE(MAX(id), 0) AS TEXT) FROM ledger_usage;
INSERT INTO ledger_meta (name, value)
    SELECT 'journal_cursor', CAST(COALESCE(MIN(id) - 1, (SELECT COALESCE(MAX(id), 0) FROM ledger_usage)) AS TEXT)
    FROM ledger_usage WHERE batch IS NULL AND settled = 0;

-- +goose Down
-- Fold the tail before migrating down: rows after fold_cursor are not in
-- ledger_accounts.
DELETE FROM ledger_meta WHERE name IN ('journal_cursor', 'fold_cursor');
DROP TABLE ledger_usage_hourly;
DROP INDEX ledger_usage_batch;
CREATE INDEX ledger_usage_batch ON ledger_usage (batch);
CREATE INDEX ledger_usage_consumer_time ON ledger_usage (consumer, created_at);
CREATE INDEX ledger_usage_time ON ledger_usage (created_at);
CREATE INDEX ledger_usage_open ON ledger_usage (created_at) WHERE settled = 0;
CREATE INDEX ledger_usage_unbatched ON ledger_usage (consumer, model_id, id) WHERE batch IS NULL AND settled = 0;
