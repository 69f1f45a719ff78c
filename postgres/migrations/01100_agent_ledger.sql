-- +goose Up
-- agent_events holds the Agents' ledger events (hokusai.AgentEvent) as the
-- indexer reads them; the ledger (members, shares, ratings, usage) is
-- summed from them, and a reorganisation deletes the events above the
-- common block.
CREATE TABLE agent_events (
    model_id   BIGINT  NOT NULL,
    block      BIGINT  NOT NULL,
    log_index  BIGINT  NOT NULL,
    kind       TEXT    NOT NULL,
    account    TEXT    NOT NULL DEFAULT '',
    shares     TEXT    NOT NULL DEFAULT '0',   -- token wei (AgentSharesGrown)
    n1         BIGINT  NOT NULL DEFAULT 0,
    n2         BIGINT  NOT NULL DEFAULT 0,
    n3         BIGINT  NOT NULL DEFAULT 0,
    n4         BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (model_id, block, log_index)
);
CREATE INDEX agent_events_kind ON agent_events (model_id, kind, account, block, log_index);
CREATE INDEX agent_events_block ON agent_events (block);

-- +goose Down
DROP TABLE agent_events;
