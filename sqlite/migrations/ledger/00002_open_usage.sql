-- +goose Up
-- Usage not yet settled, oldest first: the settlement lag metric.
CREATE INDEX ledger_usage_open ON ledger_usage (created_at) WHERE settled = 0;

-- +goose Down
DROP INDEX ledger_usage_open;
