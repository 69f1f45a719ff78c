-- +goose Up
CREATE TABLE api_keys (
	id          TEXT PRIMARY KEY,
	secret_hash TEXT NOT NULL UNIQUE,  -- hex sha256 of the secret; the secret is never stored
	owner       TEXT NOT NULL,
	name        TEXT NOT NULL DEFAULT '',
	hint        TEXT NOT NULL,
	scopes      TEXT NOT NULL,         -- comma-separated
	rate_limit  REAL NOT NULL DEFAULT 0,
	created_at  INTEGER NOT NULL,      -- unix nanoseconds
	expires_at  INTEGER NOT NULL DEFAULT 0,
	revoked_at  INTEGER NOT NULL DEFAULT 0,
	rotated_to  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX api_keys_owner ON api_keys (owner, created_at);

CREATE TABLE api_key_nonces (
	owner   TEXT NOT NULL,
	nonce   TEXT NOT NULL,
	used_at INTEGER NOT NULL,
	PRIMARY KEY (owner, nonce)
);

CREATE TABLE model_whitelist (
	model_id INTEGER NOT NULL,
	consumer TEXT NOT NULL,
	added_at INTEGER NOT NULL,
	PRIMARY KEY (model_id, consumer)
);

-- +goose Down
DROP TABLE model_whitelist;
DROP TABLE api_key_nonces;
DROP TABLE api_keys;
