-- Dossiers, citizen side (SPEC §4): drafts and submissions, their documents, the timeline of
-- every transition, the daily code sequences, the personal document store, in-app notifications
-- and the public holidays the due dates skip.

-- The rest of a dossier. `public_id` is what URLs carry (random, never the row id).
ALTER TABLE dossiers ADD COLUMN public_id TEXT;
ALTER TABLE dossiers ADD COLUMN applicant TEXT NOT NULL DEFAULT '{}';
ALTER TABLE dossiers ADD COLUMN delivery TEXT NOT NULL DEFAULT '{}';
ALTER TABLE dossiers ADD COLUMN draft_step TEXT NOT NULL DEFAULT 'agency';
ALTER TABLE dossiers ADD COLUMN paused_at BIGINT;
ALTER TABLE dossiers ADD COLUMN supplement_note TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN supplement_components TEXT NOT NULL DEFAULT '[]';
ALTER TABLE dossiers ADD COLUMN processing_days BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN processing_unit TEXT NOT NULL DEFAULT 'working';
CREATE UNIQUE INDEX dossiers_public_id_key ON dossiers (public_id);
CREATE INDEX dossiers_status_idx ON dossiers (owner_id, status);

-- Every transition: who, when, from, to, note (the timeline).
CREATE TABLE dossier_events (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id  BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    actor_id    BIGINT REFERENCES users (id),
    actor_kind  TEXT NOT NULL,
    action      TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    at          BIGINT NOT NULL
);
CREATE INDEX dossier_events_idx ON dossier_events (dossier_id, at);

-- The daily sequence of each receiving unit: incremented in the submission's transaction, so a
-- number is used once, never skipped, whatever runs at the same time.
CREATE TABLE dossier_sequences (
    agency_id BIGINT NOT NULL REFERENCES agencies (id),
    day       TEXT NOT NULL,
    last      BIGINT NOT NULL,
    PRIMARY KEY (agency_id, day)
);

-- Stored files (content-addressed: the key is the SHA-256 of the bytes).
CREATE TABLE blobs (
    sha256       TEXT PRIMARY KEY NOT NULL,
    size         BIGINT NOT NULL,
    content_type TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);

-- The personal document store (Kho tài liệu).
CREATE TABLE documents (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id   TEXT NOT NULL UNIQUE,
    owner_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL REFERENCES blobs (sha256),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX documents_owner_idx ON documents (owner_id, updated_at);

-- The files of a dossier, one current file per document component (earlier ones are kept,
-- marked replaced, when a supplement replaces them).
CREATE TABLE dossier_files (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id    TEXT NOT NULL UNIQUE,
    dossier_id   BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    component_id BIGINT NOT NULL REFERENCES procedure_components (id),
    name         TEXT NOT NULL,
    sha256       TEXT NOT NULL REFERENCES blobs (sha256),
    replaced     BIGINT NOT NULL DEFAULT 0,
    added_at     BIGINT NOT NULL
);
CREATE INDEX dossier_files_idx ON dossier_files (dossier_id, component_id);

-- In-app notifications (the notification centre).
CREATE TABLE notifications (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dossier_id BIGINT REFERENCES dossiers (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at    BIGINT
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at);

-- Public holidays and bridging days (editable data, pre-filled from the lunar calendar).
-- kind: 'off' (a day off) or 'working' (a weekend day worked to bridge a holiday).
CREATE TABLE holidays (
    day  TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('off', 'working'))
);

-- Officers belong to an agency.
ALTER TABLE users ADD COLUMN agency_id BIGINT REFERENCES agencies (id);
