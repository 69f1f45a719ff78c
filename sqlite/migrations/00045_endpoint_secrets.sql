-- +goose Up
-- endpoint_secrets holds the credential each model's owner set for the
-- model's remote endpoint, sealed with AES-256-GCM under the server's key
-- (the model id is the additional data, so a row moved to another model
-- does not open). The plaintext is never stored.
CREATE TABLE endpoint_secrets (
    model_id   INTEGER PRIMARY KEY,
    key_id     TEXT    NOT NULL,  -- which server key sealed it (a fingerprint, not the key)
    nonce      BLOB    NOT NULL,  -- 12 random bytes
    ciphertext BLOB    NOT NULL,  -- sealed secret with its 16-byte tag
    set_by     TEXT    NOT NULL,  -- 0x address of the owner who set it
    updated_at INTEGER NOT NULL   -- unix nanoseconds
);

-- +goose Down
DROP TABLE endpoint_secrets;
