-- +goose Up
-- finetune_jobs are fine-tuning jobs: a base model trained on new rows by a
-- runner, their status and latest progress. Times are unix nanoseconds
-- (0: not yet).
CREATE TABLE finetune_jobs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    owner             TEXT    NOT NULL,
    base              TEXT    NOT NULL,
    method            TEXT    NOT NULL,
    epochs            INTEGER NOT NULL,
    batch_size        INTEGER NOT NULL,
    learning_rate     REAL    NOT NULL,
    seed              INTEGER NOT NULL,
    suffix            TEXT    NOT NULL,
    runner            TEXT    NOT NULL,
    base_model_id     INTEGER NOT NULL,
    base_version      TEXT    NOT NULL,
    result_model_id   INTEGER NOT NULL,
    training_digest   TEXT    NOT NULL,
    validation_digest TEXT    NOT NULL,
    training_rows     INTEGER NOT NULL,
    validation_rows   INTEGER NOT NULL,
    status            TEXT    NOT NULL,
    step              INTEGER NOT NULL DEFAULT 0,
    train_loss        REAL    NOT NULL DEFAULT 0,
    valid_loss        REAL    NOT NULL DEFAULT 0,
    error             TEXT    NOT NULL DEFAULT '',
    result_version    TEXT    NOT NULL DEFAULT '',
    base_score        REAL    NOT NULL DEFAULT 0,
    result_score      REAL    NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL,
    started_at        INTEGER NOT NULL DEFAULT 0,
    finished_at       INTEGER NOT NULL DEFAULT 0,
    estimated_finish  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX finetune_jobs_owner ON finetune_jobs (owner, id);

-- finetune_checkpoints: a run's weights (a blob) after a step; a run
-- resumes from its job's highest step.
CREATE TABLE finetune_checkpoints (
    job_id     INTEGER NOT NULL REFERENCES finetune_jobs (id),
    step       INTEGER NOT NULL,
    train_loss REAL    NOT NULL,
    valid_loss REAL    NOT NULL,
    digest     TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (job_id, step)
);

-- finetune_events: each job's history, numbered from 1.
CREATE TABLE finetune_events (
    job_id     INTEGER NOT NULL REFERENCES finetune_jobs (id),
    seq        INTEGER NOT NULL,
    level      TEXT    NOT NULL,
    message    TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (job_id, seq)
);

-- +goose Down
DROP TABLE finetune_events;
DROP TABLE finetune_checkpoints;
DROP TABLE finetune_jobs;
