-- +goose Up
-- A contribution may carry the improved model version the contributor
-- trained on its rows (F10); the evaluator checks it is what the package's
-- recipe gives on the training data plus those rows.
ALTER TABLE contributions ADD COLUMN candidate BLOB NOT NULL DEFAULT x'';
ALTER TABLE contributions ADD COLUMN candidate_digest TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE contributions DROP COLUMN candidate_digest;
ALTER TABLE contributions DROP COLUMN candidate;
