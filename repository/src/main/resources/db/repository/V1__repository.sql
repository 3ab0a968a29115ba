-- Carnet repository, schema 1: which stored bytes (content-addressed by SHA-1) each document uniqueId has.
CREATE TABLE repository_document (
    unique_id           VARCHAR(128) NOT NULL PRIMARY KEY,
    hash                VARCHAR(40)  NOT NULL,
    size                BIGINT       NOT NULL,
    mime_type           VARCHAR(128) NOT NULL,
    stored_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX repository_document_hash ON repository_document (hash);
