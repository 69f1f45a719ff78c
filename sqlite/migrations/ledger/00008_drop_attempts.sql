-- +goose Up
-- Settlement transactions and their attempts are recorded by the
-- transaction manager (txs, tx_attempts), under the batch id as the
-- idempotency key; the ledger keeps no attempts of its own.
DROP TABLE ledger_attempts;

-- +goose Down
CREATE TABLE ledger_attempts (
    id        INTEGER PRIMARY KEY,
    batch     INTEGER NOT NULL REFERENCES ledger_batches (id),
    tx_hash   TEXT NOT NULL,
    nonce     INTEGER NOT NULL,
    sent_at   INTEGER NOT NULL,
    error     TEXT
);
