-- +goose Up
-- Idempotency keys are kept for a window (24 hours by default); expired
-- ones are swept in bounded batches, oldest first.
CREATE INDEX ledger_idempotency_created ON ledger_idempotency (created_at);

-- +goose Down
DROP INDEX ledger_idempotency_created;
