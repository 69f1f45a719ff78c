-- +goose Up
-- A charge inserts one usage row; every index on ledger_usage is written
-- with it, inside the group commit every call waits for. Keep only the
-- index usage statistics need, and index batch membership only once a row
-- is in a batch. Unbatched usage is found from the journal cursor
-- (ledger_meta 'journal_cursor': every row at or below it is in a batch or
-- needs none), and the settlement lag from the cursor and pending batches.
DROP INDEX ledger_usage_unbatched;
DROP INDEX ledger_usage_open;
DROP INDEX ledger_usage_time;
DROP INDEX ledger_usage_batch;
CREATE INDEX ledger_usage_batch ON ledger_usage (batch) WHERE batch IS NOT NULL;
INSERT INTO ledger_meta (name, value)
    SELECT 'journal_cursor', CAST(COALESCE(MIN(id) - 1, (SELECT COALESCE(MAX(id), 0) FROM ledger_usage)) AS TEXT)
    FROM ledger_usage WHERE batch IS NULL AND settled = 0;

-- +goose Down
DELETE FROM ledger_meta WHERE name = 'journal_cursor';
DROP INDEX ledger_usage_batch;
CREATE INDEX ledger_usage_batch ON ledger_usage (batch);
CREATE INDEX ledger_usage_time ON ledger_usage (created_at);
CREATE INDEX ledger_usage_open ON ledger_usage (created_at) WHERE settled = 0;
CREATE INDEX ledger_usage_unbatched ON ledger_usage (consumer, model_id, id) WHERE batch IS NULL AND settled = 0;
