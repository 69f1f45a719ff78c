-- +goose Up
-- access_requests keeps consumers' requests to be whitelisted on a
-- Proprietary model; at most one per (model, consumer) is pending.
CREATE TABLE access_requests (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	model_id   INTEGER NOT NULL,
	consumer   TEXT    NOT NULL,
	message    TEXT    NOT NULL,
	status     TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
	created_at INTEGER NOT NULL,
	decided_at INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX access_requests_pending ON access_requests (model_id, consumer) WHERE status = 'pending';
CREATE INDEX access_requests_model ON access_requests (model_id, status, id);

-- +goose Down
DROP TABLE access_requests;
