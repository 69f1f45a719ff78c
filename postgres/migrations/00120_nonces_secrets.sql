-- +goose Up
-- signed_nonces holds the nonce of every accepted wallet-signed request
-- until the request expires, so no signed request is accepted twice, by
-- any replica.
CREATE TABLE signed_nonces (
    signer     TEXT        NOT NULL,  -- 0x address, EIP-55
    nonce      TEXT        NOT NULL,  -- 0x-hex, 32 bytes
    expires_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (signer, nonce)
);
CREATE INDEX signed_nonces_expiry ON signed_nonces (expires_at);

-- endpoint_secrets holds the credential each model's owner set for the
-- model's remote endpoint, sealed with AES-256-GCM under the server's key
-- (the model id is the additional data). The plaintext is never stored.
CREATE TABLE endpoint_secrets (
    model_id   BIGINT      PRIMARY KEY,
    key_id     TEXT        NOT NULL,  -- which server key sealed it (a fingerprint)
    nonce      BYTEA       NOT NULL,  -- 12 random bytes
    ciphertext BYTEA       NOT NULL,  -- sealed secret with its 16-byte tag
    set_by     TEXT        NOT NULL,  -- 0x address of the owner who set it
    updated_at TIMESTAMPTZ NOT NULL
);

-- +goose Down
DROP TABLE endpoint_secrets;
DROP TABLE signed_nonces;
