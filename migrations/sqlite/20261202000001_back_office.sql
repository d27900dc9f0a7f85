-- The back office (issue 11): officers of one or more agencies, the queue's indexes, fee
-- notices, result documents, the hand-over, apology letters, and an audit log that says from
-- which address and about which dossier.

-- An officer may work for several agencies (users.agency_id stays as the first one).
CREATE TABLE officer_agencies (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    PRIMARY KEY (user_id, agency_id)
);
INSERT INTO officer_agencies (user_id, agency_id)
    SELECT id, agency_id FROM users WHERE agency_id IS NOT NULL;

-- The queue: an agency's dossiers by status and due date, by submission date, and by code.
CREATE INDEX dossiers_queue_idx ON dossiers (agency_id, status, due_at);
CREATE INDEX dossiers_agency_submitted_idx ON dossiers (agency_id, submitted_at);

-- How the result was handed over: 'in_person' or 'post' (with the postal tracking number).
ALTER TABLE dossiers ADD COLUMN handover_method TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN handover_tracking TEXT NOT NULL DEFAULT '';

-- A fee notice (Thông báo phí, lệ phí): its items as JSON [{"name":…,"amount":…}] in VND, the
-- total, and how it was paid (at the counter for now; the gateways come next).
CREATE TABLE fee_notices (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id  INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    items       TEXT NOT NULL,
    total       INTEGER NOT NULL CHECK (total > 0),
    issued_by   INTEGER NOT NULL REFERENCES users (id),
    issued_at   INTEGER NOT NULL,
    paid_at     INTEGER,
    paid_method TEXT NOT NULL DEFAULT '',
    paid_note   TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id)
);
CREATE INDEX fee_notices_dossier_idx ON fee_notices (dossier_id, issued_at);

-- Result documents (the decision, the certificate…) uploaded by the officer.
CREATE TABLE result_files (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id   TEXT NOT NULL UNIQUE,
    dossier_id  INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL REFERENCES blobs (sha256),
    added_by    INTEGER NOT NULL REFERENCES users (id),
    added_at    INTEGER NOT NULL
);
CREATE INDEX result_files_dossier_idx ON result_files (dossier_id);

-- Văn bản xin lỗi: the agency apologises for a late dossier and sets a new appointment.
CREATE TABLE apology_letters (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id   TEXT NOT NULL UNIQUE,
    dossier_id  INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    new_due_day TEXT NOT NULL,
    issued_by   INTEGER NOT NULL REFERENCES users (id),
    issued_at   INTEGER NOT NULL
);
CREATE INDEX apology_letters_dossier_idx ON apology_letters (dossier_id);

-- The audit log says about which dossier and from which address (append-only: the portal
-- never updates or deletes its rows).
ALTER TABLE audit_log ADD COLUMN dossier_id INTEGER;
ALTER TABLE audit_log ADD COLUMN ip TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_dossier_idx ON audit_log (dossier_id, at);

-- The language a citizen reads messages in ('vi' or 'en'), kept from their last login.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'vi';

-- Search in the queue by the applicant's ID number, and by name without diacritics.
ALTER TABLE dossiers ADD COLUMN applicant_id TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN applicant_folded TEXT NOT NULL DEFAULT '';
UPDATE dossiers SET applicant_id = COALESCE(json_extract(applicant, '$.id_number'), ''),
    applicant_folded = lower(applicant_name);

-- A dossier's version, one more at every change of status: an officer's action is refused when
-- the dossier changed since the page was read (timestamps in seconds cannot tell two changes of
-- the same second apart).
ALTER TABLE dossiers ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
