-- +goose Up
-- model_versions holds every registered version of a model: the package's
-- digests, its manifest and metrics, the owner's signature and its
-- lineage. A version is unique per model by semver precedence (build
-- metadata ignored), enforced by the precedence column.
CREATE TABLE model_versions (
    model_id        BIGINT      NOT NULL REFERENCES models (id),
    version         TEXT        NOT NULL,          -- semver as given
    precedence      TEXT        NOT NULL,          -- semver without +build
    digest          TEXT        NOT NULL,          -- sha256:<hex> of the archive (blob key)
    manifest_digest TEXT        NOT NULL,          -- sha256:<hex> of manifest.json (signed)
    size            BIGINT      NOT NULL,
    manifest        TEXT        NOT NULL,          -- manifest JSON, byte for byte as encoded
    metrics         TEXT        NOT NULL DEFAULT '{}',
    signer          TEXT        NOT NULL DEFAULT '',
    signature       TEXT        NOT NULL DEFAULT '',
    parent_model_id BIGINT,                        -- lineage; NULL for a root version
    parent_version  TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (model_id, version),
    CONSTRAINT model_versions_precedence_key UNIQUE (model_id, precedence)
);
CREATE INDEX model_versions_digest ON model_versions (digest);
CREATE INDEX model_versions_parent ON model_versions (parent_model_id, parent_version);

-- version_receipts lists the evaluation receipts of each version.
CREATE TABLE version_receipts (
    id           BIGSERIAL PRIMARY KEY,            -- insertion order
    model_id     BIGINT    NOT NULL,
    version      TEXT      NOT NULL,
    receipt_hash TEXT      NOT NULL,
    FOREIGN KEY (model_id, version) REFERENCES model_versions (model_id, version),
    UNIQUE (model_id, version, receipt_hash)
);

-- model_heads is each model's current version and its score.
CREATE TABLE model_heads (
    model_id   BIGINT      PRIMARY KEY REFERENCES models (id),
    version    TEXT        NOT NULL,
    score      NUMERIC(78) NOT NULL,               -- wad
    updated_at TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (model_id, version) REFERENCES model_versions (model_id, version)
);

-- +goose Down
DROP TABLE model_heads;
DROP TABLE version_receipts;
DROP TABLE model_versions;
