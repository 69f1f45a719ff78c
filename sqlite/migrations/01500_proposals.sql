-- +goose Up
-- proposals holds the DAO proposals the indexer reads from every model's
-- Governor (hokusai.IndexedProposal): what ProposalCreated said, the
-- tallies of the votes in proposal_votes, and the blocks that queued,
-- executed or canceled it (0: not yet). A reorganisation deletes the rows
-- and votes above the common block, clears the later steps and recounts.
CREATE TABLE proposals (
    model_id       INTEGER NOT NULL,
    proposal_id    TEXT    NOT NULL,            -- decimal uint256
    governor       TEXT    NOT NULL,
    proposer       TEXT    NOT NULL,
    calls          TEXT    NOT NULL,            -- JSON [{target, value, data}]
    description    TEXT    NOT NULL,
    vote_start     INTEGER NOT NULL,            -- token clock (hours)
    vote_end       INTEGER NOT NULL,
    block          INTEGER NOT NULL,
    log_index      INTEGER NOT NULL,
    for_votes      TEXT    NOT NULL DEFAULT '0', -- token wei
    against_votes  TEXT    NOT NULL DEFAULT '0',
    abstain_votes  TEXT    NOT NULL DEFAULT '0',
    quorum         TEXT    NOT NULL DEFAULT '',  -- '' until a vote was indexed
    voters         INTEGER NOT NULL DEFAULT 0,
    passing        INTEGER NOT NULL DEFAULT 0,   -- quorum met and more for than against
    queued_block   INTEGER NOT NULL DEFAULT 0,
    eta            INTEGER NOT NULL DEFAULT 0,
    executed_block INTEGER NOT NULL DEFAULT 0,
    canceled_block INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (model_id, proposal_id)
);
CREATE INDEX proposals_order ON proposals (model_id, block, log_index);
CREATE INDEX proposals_block ON proposals (block);
CREATE TABLE proposal_votes (
    model_id    INTEGER NOT NULL,
    block       INTEGER NOT NULL,
    log_index   INTEGER NOT NULL,
    proposal_id TEXT    NOT NULL,
    voter       TEXT    NOT NULL,
    support     INTEGER NOT NULL,
    weight      TEXT    NOT NULL,
    PRIMARY KEY (model_id, block, log_index)
);
CREATE INDEX proposal_votes_proposal ON proposal_votes (model_id, proposal_id);
CREATE INDEX proposal_votes_block ON proposal_votes (block);

-- +goose Down
DROP TABLE proposal_votes;
DROP TABLE proposals;
