-- Issue 22, payments: callbacks that could not be verified are kept apart from the audit trail
-- (truncated, purged after 30 days); the pay lookup's failures per dossier code. (`payments`
-- already has `checked_at`: the last time the gateway was asked about the payment.)

-- A stranger's text: the first 2 KB of a callback whose signature (or shape) was refused, why,
-- and when. Deleted by the maintenance job after 30 days.
CREATE TABLE payment_callbacks_unverified (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gateway     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    raw         TEXT NOT NULL,
    reason      TEXT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX payment_callbacks_unverified_time_idx ON payment_callbacks_unverified (received_at);

-- Wrong lookups of a dossier code on /thanh-toan ("code": the code as normalised, whether or
-- not a dossier has it, so that the answers do not tell). From `closed_until` on, the code is
-- closed to lookup until then.
CREATE TABLE pay_lookup_guards (
    code         TEXT PRIMARY KEY,
    failures     BIGINT NOT NULL,
    closed_until BIGINT NOT NULL DEFAULT 0,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX pay_lookup_guards_time_idx ON pay_lookup_guards (updated_at);
