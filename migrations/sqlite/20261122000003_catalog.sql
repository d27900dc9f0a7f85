-- The procedure catalog (SPEC §2): fields, agencies, procedures with their fees, document
-- components and implementing agencies; full-text search; and the dossiers table that the home
-- page's figures are computed from (the dossier capability adds to it).

CREATE TABLE fields (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

-- Receiving and implementing units. `unit_code` is the QCVN 102:2016 identifier, kept opaque.
CREATE TABLE agencies (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_code     TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    short_name    TEXT NOT NULL,
    level         TEXT NOT NULL CHECK (level IN ('province', 'commune')),
    commune_code  TEXT REFERENCES communes (code),
    address       TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE procedures (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    code              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    field_id          INTEGER NOT NULL REFERENCES fields (id),
    level             TEXT NOT NULL CHECK (level IN ('province', 'commune')),
    online_level      TEXT NOT NULL CHECK (online_level IN ('full', 'partial')),
    online_submission INTEGER NOT NULL,
    applicants        TEXT NOT NULL CHECK (applicants IN ('citizen', 'organisation', 'both')),
    processing_days   INTEGER NOT NULL,
    processing_unit   TEXT NOT NULL CHECK (processing_unit IN ('working', 'calendar')),
    processing_note   TEXT NOT NULL DEFAULT '',
    -- Sum of the fees in VND (for sorting and filters); the items are in procedure_fees.
    fee_total         INTEGER NOT NULL DEFAULT 0,
    steps             TEXT NOT NULL,
    conditions        TEXT NOT NULL,
    result            TEXT NOT NULL,
    legal_basis       TEXT NOT NULL,
    -- Lower case without diacritics: what search compares against.
    search_text       TEXT NOT NULL,
    name_folded       TEXT NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX procedures_field_idx ON procedures (field_id);
CREATE INDEX procedures_name_idx ON procedures (name_folded);

CREATE TABLE procedure_agencies (
    procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    agency_id    INTEGER NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    PRIMARY KEY (procedure_id, agency_id)
);
CREATE INDEX procedure_agencies_agency_idx ON procedure_agencies (agency_id);

CREATE TABLE procedure_fees (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    amount       INTEGER NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX procedure_fees_idx ON procedure_fees (procedure_id, position);

CREATE TABLE procedure_components (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    procedure_id   INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    originals      INTEGER NOT NULL,
    copies         INTEGER NOT NULL,
    mandatory      INTEGER NOT NULL,
    template_title TEXT,
    template_file  TEXT
);
CREATE INDEX procedure_components_idx ON procedure_components (procedure_id, position);

-- Search index: a trigram full-text table over the folded text, so that any part of a word
-- (3 characters or more) is found through the index.
CREATE VIRTUAL TABLE procedures_fts USING fts5 (
    search_text,
    content = 'procedures',
    content_rowid = 'id',
    tokenize = 'trigram'
);
CREATE TRIGGER procedures_fts_insert AFTER INSERT ON procedures BEGIN
    INSERT INTO procedures_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER procedures_fts_delete AFTER DELETE ON procedures BEGIN
    INSERT INTO procedures_fts (procedures_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER procedures_fts_update AFTER UPDATE OF search_text ON procedures BEGIN
    INSERT INTO procedures_fts (procedures_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO procedures_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;

-- Dossiers (hồ sơ). The dossier capability fills in the rest; the home page counts these.
CREATE TABLE dossiers (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    code              TEXT UNIQUE,
    procedure_id      INTEGER NOT NULL REFERENCES procedures (id),
    agency_id         INTEGER NOT NULL REFERENCES agencies (id),
    owner_id          INTEGER NOT NULL REFERENCES users (id),
    applicant_name    TEXT NOT NULL,
    status            TEXT NOT NULL,
    created_at        INTEGER NOT NULL,
    submitted_at      INTEGER,
    received_at       INTEGER,
    due_at            INTEGER,
    resolved_at       INTEGER,
    returned_at       INTEGER,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX dossiers_owner_idx ON dossiers (owner_id, updated_at);
CREATE INDEX dossiers_received_idx ON dossiers (received_at);
CREATE INDEX dossiers_resolved_idx ON dossiers (resolved_at);
