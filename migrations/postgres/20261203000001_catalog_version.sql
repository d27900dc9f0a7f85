-- The catalog's version: bumped by every change to what catalog search shows (procedures, the
-- agencies that carry them out, fields, agencies), so that each server process knows when the
-- search index it keeps in memory is stale (app/src/catalog/index.rs).
CREATE TABLE catalog_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 1);

CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER catalog_version_procedures AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON procedures FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_version_procedure_agencies AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON procedure_agencies FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_version_fields AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON fields FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_version_agencies AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON agencies FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();

-- Search no longer asks the database for candidates: the trigram index goes (the pg_trgm
-- extension stays: dropping an extension needs more rights than the portal's role may have).
DROP INDEX procedures_search_trgm_idx;
