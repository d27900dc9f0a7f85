-- Portal-wide key/value settings that an administrator can change at run time
-- (demo-data marker now; support contacts, holidays and more in later migrations).
CREATE TABLE portal_settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
