-- +goose Up
-- signed_nonces holds the nonce of every accepted wallet-signed request
-- until the request expires, so no signed request is accepted twice.
CREATE TABLE signed_nonces (
    signer     TEXT    NOT NULL,  -- 0x address, EIP-55
    nonce      TEXT    NOT NULL,  -- 0x-hex, 32 bytes
    expires_at INTEGER NOT NULL,  -- unix seconds
    PRIMARY KEY (signer, nonce)
) WITHOUT ROWID;
CREATE INDEX signed_nonces_expiry ON signed_nonces (expires_at);

-- +goose Down
DROP TABLE signed_nonces;
