-- +goose Up
-- A market page filtered by category counts its matches from this index
-- instead of reading every model.
CREATE INDEX models_category ON models (category COLLATE NOCASE);

-- +goose Down
DROP INDEX models_category;
