-- The catalog's version: bumped by every change to what catalog search shows (procedures, the
-- agencies that carry them out, fields, agencies), so that each server process knows when the
-- search index it keeps in memory is stale (app/src/catalog/index.rs).
CREATE TABLE catalog_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 1);

CREATE TRIGGER catalog_version_procedures_insert AFTER INSERT ON procedures
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_procedures_update AFTER UPDATE ON procedures
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_procedures_delete AFTER DELETE ON procedures
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_procedure_agencies_insert AFTER INSERT ON procedure_agencies
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_procedure_agencies_update AFTER UPDATE ON procedure_agencies
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_procedure_agencies_delete AFTER DELETE ON procedure_agencies
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_fields_insert AFTER INSERT ON fields
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_fields_update AFTER UPDATE ON fields
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_fields_delete AFTER DELETE ON fields
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_agencies_insert AFTER INSERT ON agencies
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_agencies_update AFTER UPDATE ON agencies
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_version_agencies_delete AFTER DELETE ON agencies
BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;

-- Search no longer asks the database for candidates: the trigram table and its triggers go.
DROP TRIGGER procedures_fts_insert;
DROP TRIGGER procedures_fts_delete;
DROP TRIGGER procedures_fts_update;
DROP TABLE procedures_fts;
