-- +goose Up
-- market_stats holds each model's marketplace figures (hokusai.MarketStats),
-- written by the market refresher; a row exists for every model from its
-- insertion (trigger below), so a market page joins without gaps. Sort
-- columns are integers with a (column, model_id) index each: a page is a
-- keyset range scan whatever the sort.
CREATE TABLE market_stats (
    model_id          BIGINT      PRIMARY KEY REFERENCES models (id) ON DELETE CASCADE,
    runtime           TEXT        NOT NULL DEFAULT '',
    score_low         TEXT,                             -- wad; NULL without an interval
    score_high        TEXT,
    deltaones_milli   BIGINT      NOT NULL DEFAULT 0,
    price             BIGINT      NOT NULL DEFAULT 0,   -- micro-USDC per token
    reserve           BIGINT      NOT NULL DEFAULT 0,   -- micro-USDC
    calls_7d          BIGINT      NOT NULL DEFAULT 0,
    calls_prev_7d     BIGINT      NOT NULL DEFAULT 0,
    users_7d          BIGINT      NOT NULL DEFAULT 0,
    trending          BIGINT      NOT NULL DEFAULT 10000, -- hokusai.TrendingBps(calls_7d, calls_prev_7d)
    rating_centi      BIGINT      NOT NULL DEFAULT 0,
    ratings           BIGINT      NOT NULL DEFAULT 0,
    training_score    BIGINT      NOT NULL DEFAULT 0,   -- basis points
    open_proposals    BIGINT      NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ
);
CREATE INDEX market_stats_score ON market_stats (training_score, model_id);
CREATE INDEX market_stats_trending ON market_stats (trending, model_id);
CREATE INDEX market_stats_price ON market_stats (price, model_id);
CREATE INDEX market_stats_calls ON market_stats (calls_7d, model_id);
CREATE INDEX market_stats_deltaones ON market_stats (deltaones_milli, model_id);
CREATE INDEX market_stats_reserve ON market_stats (reserve, model_id);
CREATE INDEX market_stats_runtime ON market_stats (lower(runtime));
INSERT INTO market_stats (model_id) SELECT id FROM models;

-- +goose StatementBegin
CREATE FUNCTION models_market_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO market_stats (model_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER models_market_stats AFTER INSERT ON models FOR EACH ROW EXECUTE FUNCTION models_market_stats();

-- market_points are snapshots of market_stats for the model page's charts.
CREATE TABLE market_points (
    model_id        BIGINT      NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    at              TIMESTAMPTZ NOT NULL,
    price           BIGINT      NOT NULL,
    reserve         BIGINT      NOT NULL,
    calls_7d        BIGINT      NOT NULL,
    users_7d        BIGINT      NOT NULL,
    deltaones_milli BIGINT      NOT NULL,
    head_score      TEXT,                               -- wad; NULL without a head
    PRIMARY KEY (model_id, at)
);

-- models.search is the full-text vector of name, ticker, description and
-- tags: lower-cased runs of letters and digits (as SQLite's FTS5 unicode61
-- tokenizer splits them), in the 'simple' configuration (no stemming), so
-- both backends match the same words.
ALTER TABLE models ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, regexp_replace(lower(name || ' ' || ticker || ' ' || description || ' ' || tags::text), '[^[:alnum:]]+', ' ', 'g'))
) STORED;
CREATE INDEX models_search ON models USING GIN (search);
CREATE INDEX models_category ON models (lower(category));

-- +goose Down
DROP INDEX models_category;
DROP INDEX models_search;
ALTER TABLE models DROP COLUMN search;
DROP TABLE market_points;
DROP TRIGGER models_market_stats ON models;
DROP FUNCTION models_market_stats();
DROP TABLE market_stats;
