-- +goose Up
-- Usage statistics by consumer over a time range.
CREATE INDEX ledger_usage_consumer_time ON ledger_usage (consumer, created_at);

-- +goose Down
DROP INDEX ledger_usage_consumer_time;
