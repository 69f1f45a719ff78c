-- +goose Up
-- The hash of the cursor's block, to notice when the chain rewinds or
-- reorganises under it.
ALTER TABLE ledger_cursors ADD COLUMN hash TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE ledger_cursors DROP COLUMN hash;
