-- +goose Up
-- access_requests keeps consumers' requests to be whitelisted on a
-- Proprietary model; at most one per (model, consumer) is pending.
CREATE TABLE access_requests (
    id         BIGSERIAL   PRIMARY KEY,
    model_id   BIGINT      NOT NULL,
    consumer   TEXT        NOT NULL,
    message    TEXT        NOT NULL,
    status     TEXT        NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
    created_at TIMESTAMPTZ NOT NULL,
    decided_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX access_requests_pending ON access_requests (model_id, consumer) WHERE status = 'pending';
CREATE INDEX access_requests_model ON access_requests (model_id, status, id);

-- +goose Down
DROP TABLE access_requests;
