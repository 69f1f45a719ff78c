-- +goose Up
-- market_stats holds each model's marketplace figures (hokusai.MarketStats),
-- written by the market refresher; a row exists for every model from its
-- insertion (trigger below), so a market page joins without gaps. Sort
-- columns are integers with a (column, model_id) index each: a page is a
-- keyset range scan whatever the sort.
CREATE TABLE market_stats (
    model_id          INTEGER PRIMARY KEY REFERENCES models (id) ON DELETE CASCADE,
    runtime           TEXT    NOT NULL DEFAULT '' COLLATE NOCASE,
    score_low         TEXT,                             -- wad; NULL without an interval
    score_high        TEXT,
    deltaones_milli   INTEGER NOT NULL DEFAULT 0,
    price             INTEGER NOT NULL DEFAULT 0,       -- micro-USDC per token
    reserve           INTEGER NOT NULL DEFAULT 0,       -- micro-USDC
    calls_7d          INTEGER NOT NULL DEFAULT 0,
    calls_prev_7d     INTEGER NOT NULL DEFAULT 0,
    users_7d          INTEGER NOT NULL DEFAULT 0,
    trending          INTEGER NOT NULL DEFAULT 10000,   -- hokusai.TrendingBps(calls_7d, calls_prev_7d)
    rating_centi      INTEGER NOT NULL DEFAULT 0,
    ratings           INTEGER NOT NULL DEFAULT 0,
    training_score    INTEGER NOT NULL DEFAULT 0,       -- basis points
    open_proposals    INTEGER NOT NULL DEFAULT 0,
    updated_at        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX market_stats_score ON market_stats (training_score, model_id);
CREATE INDEX market_stats_trending ON market_stats (trending, model_id);
CREATE INDEX market_stats_price ON market_stats (price, model_id);
CREATE INDEX market_stats_calls ON market_stats (calls_7d, model_id);
CREATE INDEX market_stats_deltaones ON market_stats (deltaones_milli, model_id);
CREATE INDEX market_stats_reserve ON market_stats (reserve, model_id);
INSERT INTO market_stats (model_id) SELECT id FROM models;

-- +goose StatementBegin
CREATE TRIGGER models_market_stats AFTER INSERT ON models BEGIN
    INSERT OR IGNORE INTO market_stats (model_id) VALUES (new.id);
END;
-- +goose StatementEnd

-- market_points are snapshots of market_stats for the model page's charts.
CREATE TABLE market_points (
    model_id        INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    at              TEXT    NOT NULL,                   -- RFC 3339, UTC
    price           INTEGER NOT NULL,
    reserve         INTEGER NOT NULL,
    calls_7d        INTEGER NOT NULL,
    users_7d        INTEGER NOT NULL,
    deltaones_milli INTEGER NOT NULL,
    head_score      TEXT,                               -- wad; NULL without a head
    PRIMARY KEY (model_id, at)
);

-- market_fts is the full-text index of models' name, ticker, description
-- and tags (FTS5 over the models table, kept in step by triggers).
CREATE VIRTUAL TABLE market_fts USING fts5(
    name, ticker, description, tags, content='models', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
INSERT INTO market_fts (rowid, name, ticker, description, tags) SELECT id, name, ticker, description, tags FROM models;

-- +goose StatementBegin
CREATE TRIGGER models_fts_insert AFTER INSERT ON models BEGIN
    INSERT INTO market_fts (rowid, name, ticker, description, tags) VALUES (new.id, new.name, new.ticker, new.description, new.tags);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER models_fts_delete AFTER DELETE ON models BEGIN
    INSERT INTO market_fts (market_fts, rowid, name, ticker, description, tags) VALUES ('delete', old.id, old.name, old.ticker, old.description, old.tags);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER models_fts_update AFTER UPDATE OF name, ticker, description, tags ON models BEGIN
    INSERT INTO market_fts (market_fts, rowid, name, ticker, description, tags) VALUES ('delete', old.id, old.name, old.ticker, old.description, old.tags);
    INSERT INTO market_fts (rowid, name, ticker, description, tags) VALUES (new.id, new.name, new.ticker, new.description, new.tags);
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER models_fts_update;
DROP TRIGGER models_fts_delete;
DROP TRIGGER models_fts_insert;
DROP TABLE market_fts;
DROP TABLE market_points;
DROP TRIGGER models_market_stats;
DROP TABLE market_stats;
