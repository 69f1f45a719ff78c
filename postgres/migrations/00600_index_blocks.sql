-- +goose Up
-- The blocks each chain indexer processed in a recent window, number →
-- hash: the newest is where it resumes, the rest find the common ancestor
-- after a reorganisation.
CREATE TABLE index_blocks (
    indexer TEXT   NOT NULL,
    number  BIGINT NOT NULL,
    hash    TEXT   NOT NULL,
    PRIMARY KEY (indexer, number)
);

-- +goose Down
DROP TABLE index_blocks;
