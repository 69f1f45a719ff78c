-- +goose Up
-- The digest of each setup (hokusai.SetupDigest), so a replica holding a
-- parsed copy checks it is current without reading the data again; ''
-- for a setup stored before.
ALTER TABLE improve_setups ADD COLUMN digest TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE improve_setups DROP COLUMN digest;
