-- +goose Up
-- Settlement transactions and their attempts are recorded by the
-- transaction manager (txs, tx_attempts), under the batch id as the
-- idempotency key; the ledger keeps no attempts of its own.
DROP TABLE ledger_attempts;

-- +goose Down
CREATE TABLE ledger_attempts (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch   BIGINT NOT NULL REFERENCES ledger_batches (id),
    tx_hash TEXT   NOT NULL,
    nonce   BIGINT NOT NULL,
    sent_at BIGINT NOT NULL
);
CREATE INDEX ledger_attempts_batch ON ledger_attempts (batch, id);
