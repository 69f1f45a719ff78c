-- +goose Up
-- owner_block is the block as of which models.owner is indexed: the
-- creating block, the block of the latest sale (ModelTransferred), or the
-- block a reorganisation re-read the owner at. A reorganisation back to
-- block B re-reads the owner of every model whose owner_block is above B.
ALTER TABLE models ADD COLUMN owner_block INTEGER NOT NULL DEFAULT 0;
UPDATE models SET owner_block = block_number;
CREATE INDEX models_owner_block ON models (owner_block);

-- +goose Down
DROP INDEX models_owner_block;
ALTER TABLE models DROP COLUMN owner_block;
