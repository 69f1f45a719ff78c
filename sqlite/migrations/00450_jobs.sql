-- +goose Up
-- jobs is the background work queue (evaluations): a worker claims a job
-- with a lease in one UPDATE … RETURNING and renews it while the job runs;
-- a job whose lease expired (its worker died) is claimed again. A
-- completed job is deleted, so a key is unique among the jobs of a kind
-- still to do.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT    NOT NULL,
    key          TEXT    NOT NULL,
    payload      BLOB    NOT NULL,
    state        TEXT    NOT NULL,            -- available | running
    attempt      INTEGER NOT NULL DEFAULT 0,  -- runs started
    run_at       INTEGER NOT NULL,            -- unix ms: not before
    lease_until  INTEGER NOT NULL DEFAULT 0,  -- unix ms: a running job's lease
    holder       TEXT    NOT NULL DEFAULT '',
    last_error   TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL
);
CREATE UNIQUE INDEX jobs_key ON jobs (kind, key);
CREATE INDEX jobs_ready ON jobs (kind, state, run_at);

-- +goose Down
DROP TABLE jobs;
