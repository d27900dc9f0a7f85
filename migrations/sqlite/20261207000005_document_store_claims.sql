-- One row per owner whose document store has taken a file: a transaction that adds to the store
-- writes its owner's row first, so two uploads of one owner are ordered (PostgreSQL's row lock,
-- SQLite's single writer) and the second adds up the store with the first's file in it.
CREATE TABLE document_store_claims (
    owner_id   BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    claimed_at BIGINT NOT NULL
);
