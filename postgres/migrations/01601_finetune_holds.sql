-- +goose Up
-- finetune_holds: what a runner holds outside the server for a job (an
-- Akash deployment's dseq), written before use so a restarted server
-- frees what its predecessor held. created_at is unix nanoseconds.
CREATE TABLE finetune_holds (
    runner     TEXT    NOT NULL,
    ref        TEXT    NOT NULL,
    job_id     BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (runner, ref)
);
CREATE INDEX finetune_holds_job ON finetune_holds (runner, job_id);

-- +goose Down
DROP TABLE finetune_holds;
