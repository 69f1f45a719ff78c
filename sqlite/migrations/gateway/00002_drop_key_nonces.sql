-- +goose Up
-- Key requests are signed requests now; their nonces live in signed_nonces.
DROP TABLE api_key_nonces;

-- +goose Down
CREATE TABLE api_key_nonces (
	owner   TEXT NOT NULL,
	nonce   TEXT NOT NULL,
	used_at INTEGER NOT NULL,
	PRIMARY KEY (owner, nonce)
);
