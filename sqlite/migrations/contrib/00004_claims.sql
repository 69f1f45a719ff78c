-- +goose Up
-- An evaluator claims a batch (received → evaluating) under a claim it
-- makes up; its evaluation and mint are recorded only while it still holds
-- the claim, so a batch taken over from an evaluator that died is never
-- recorded twice.
ALTER TABLE contributions ADD COLUMN claim TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE contributions DROP COLUMN claim;
