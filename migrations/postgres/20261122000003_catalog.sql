-- The procedure catalog (SPEC §2): fields, agencies, procedures with their fees, document
-- components and implementing agencies; full-text search; and the dossiers table that the home
-- page's figures are computed from (the dossier capability adds to it).

CREATE TABLE fields (
    id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

-- Receiving and implementing units. `unit_code` is the QCVN 102:2016 identifier, kept opaque.
CREATE TABLE agencies (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    field_id          BIGINT NOT NULL REFERENCES fields (id),
    level             TEXT NOT NULL CHECK (level IN ('province', 'commune')),
    online_level      TEXT NOT NULL CHECK (online_level IN ('full', 'partial')),
    online_submission BIGINT NOT NULL,
    applicants        TEXT NOT NULL CHECK (applicants IN ('citizen', 'organisation', 'both')),
    processing_days   BIGINT NOT NULL,
    processing_unit   TEXT NOT NULL CHECK (processing_unit IN ('working', 'calendar')),
    processing_note   TEXT NOT NULL DEFAULT '',
    -- Sum of the fees in VND (for sorting and filters); the items are in procedure_fees.
    fee_total         BIGINT NOT NULL DEFAULT 0,
    steps             TEXT NOT NULL,
    conditions        TEXT NOT NULL,
    result            TEXT NOT NULL,
    legal_basis       TEXT NOT NULL,
    -- Lower case without diacritics: what search compares against.
    search_text       TEXT NOT NULL,
    name_folded       TEXT NOT NULL,
    updated_at        BIGINT NOT NULL
);
CREATE INDEX procedures_field_idx ON procedures (field_id);
CREATE INDEX procedures_name_idx ON procedures (name_folded);

CREATE TABLE procedure_agencies (
    procedure_id BIGINT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    agency_id    BIGINT NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    PRIMARY KEY (procedure_id, agency_id)
);
CREATE INDEX procedure_agencies_agency_idx ON procedure_agencies (agency_id);

CREATE TABLE procedure_fees (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    position     BIGINT NOT NULL,
    name         TEXT NOT NULL,
    amount       BIGINT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX procedure_fees_idx ON procedure_fees (procedure_id, position);

CREATE TABLE procedure_components (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    procedure_id   BIGINT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    position       BIGINT NOT NULL,
    name           TEXT NOT NULL,
    originals      BIGINT NOT NULL,
    copies         BIGINT NOT NULL,
    mandatory      BIGINT NOT NULL,
    template_title TEXT,
    template_file  TEXT
);
CREATE INDEX procedure_components_idx ON procedure_components (procedure_id, position);

-- Search index: trigrams over the folded text, so that any part of a word (3 characters or
-- more) is found through the index with ILIKE '%…%' (pg_trgm is a trusted extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX procedures_search_trgm_idx ON procedures USING gin (search_text gin_trgm_ops);

-- Dossiers (hồ sơ). The dossier capability fills in the rest; the home page counts these.
CREATE TABLE dossiers (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              TEXT UNIQUE,
    procedure_id      BIGINT NOT NULL REFERENCES procedures (id),
    agency_id         BIGINT NOT NULL REFERENCES agencies (id),
    owner_id          BIGINT NOT NULL REFERENCES users (id),
    applicant_name    TEXT NOT NULL,
    status            TEXT NOT NULL,
    created_at        BIGINT NOT NULL,
    submitted_at      BIGINT,
    received_at       BIGINT,
    due_at            BIGINT,
    resolved_at       BIGINT,
    returned_at       BIGINT,
    updated_at        BIGINT NOT NULL
);
CREATE INDEX dossiers_owner_idx ON dossiers (owner_id, updated_at);
CREATE INDEX dossiers_received_idx ON dossiers (received_at);
CREATE INDEX dossiers_resolved_idx ON dossiers (resolved_at);
