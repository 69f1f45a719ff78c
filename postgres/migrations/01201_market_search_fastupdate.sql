-- +goose Up
-- Models arrive one at a time: the full-text index takes each at once
-- instead of in a pending list, which every search would scan and which
-- makes the planner cost the index above a sequential scan.
ALTER INDEX models_search SET (fastupdate = off);

-- +goose Down
ALTER INDEX models_search RESET (fastupdate);
