-- +goose Up
-- The blocks each chain indexer processed in a recent window, number →
-- hash: the newest is where it resumes, the rest find the common ancestor
-- after a reorganisation. They replace the single-block cursors; an
-- upgraded database re-reads the chain from the protocol's deploy block
-- once (every handler applies idempotently).
CREATE TABLE index_blocks (
    indexer TEXT    NOT NULL,
    number  INTEGER NOT NULL,
    hash    TEXT    NOT NULL,
    PRIMARY KEY (indexer, number)
) WITHOUT ROWID;

DROP TABLE cursors;

-- +goose Down
CREATE TABLE cursors (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL,
    hash  TEXT NOT NULL DEFAULT ''
);
DROP TABLE index_blocks;
