-- +goose Up
-- The benchmark a model is scored on (the hash committed on-chain with its
-- measured head), so the playground's leaderboard lists the models that
-- share one.
ALTER TABLE market_stats ADD COLUMN benchmark_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX market_stats_benchmark ON market_stats (benchmark_hash);

-- +goose Down
DROP INDEX market_stats_benchmark;
ALTER TABLE market_stats DROP COLUMN benchmark_hash;
