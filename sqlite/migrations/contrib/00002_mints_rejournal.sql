-- +goose Up
-- A batch's mint keeps one idempotency key for life (so it mints at most
-- once on-chain); when a journaled request is abandoned (the head moved, it
-- expired) the batch is evaluated again and journaled again under the same
-- key. So the key is indexed, not unique.
CREATE TABLE mints_new (
    evaluation_id    INTEGER PRIMARY KEY,
    model_id         INTEGER NOT NULL,
    idempotency_key  TEXT    NOT NULL,
    request          TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    tx_hash          TEXT    NOT NULL DEFAULT '',
    reward           TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
INSERT INTO mints_new SELECT evaluation_id, model_id, idempotency_key, request, state, tx_hash, reward, created_at, updated_at FROM mints;
DROP TABLE mints;
ALTER TABLE mints_new RENAME TO mints;
CREATE INDEX mints_key ON mints (idempotency_key);
CREATE INDEX mints_state ON mints (state);

-- +goose Down
DROP INDEX mints_state;
DROP INDEX mints_key;
