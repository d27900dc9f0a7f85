-- Accounts, sessions, sign-in flows, captchas, rate limits, the message outbox and the
-- administrative units (SPEC §3, §6). Timestamps are Unix epoch seconds; dates are ISO text.

CREATE TABLE users (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('citizen', 'organisation', 'officer', 'admin')),
    -- Optional chosen login name (lower case); never digits only, so it cannot shadow an ID.
    username            TEXT,
    -- Citizens: CCCD (12 digits) or CMND (9 digits). Organisations: tax code (0123456789[-001]).
    id_number           TEXT,
    tax_code            TEXT,
    full_name           TEXT NOT NULL,
    birth_date          TEXT,
    phone               TEXT NOT NULL,
    email               TEXT,
    email_verified_at   BIGINT,
    password_hash       TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    password_changed_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_username_key ON users (username);
CREATE UNIQUE INDEX users_id_number_key ON users (id_number);
CREATE UNIQUE INDEX users_tax_code_key ON users (tax_code);

-- The "Thông tin tài khoản" form (individuals and organisations) and postal address.
CREATE TABLE profiles (
    user_id               BIGINT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    gender                TEXT,
    nationality           TEXT,
    doc_type              TEXT,
    doc_number            TEXT,
    doc_issue_date        TEXT,
    doc_issue_place       TEXT,
    landline              TEXT,
    personal_id_number    TEXT,
    ethnicity             TEXT,
    religion              TEXT,
    marital_status        TEXT,
    blood_type            TEXT,
    representative        TEXT,
    representative_title  TEXT,
    business_reg_number   TEXT,
    website               TEXT,
    residence_province    TEXT,
    residence_commune     TEXT,
    residence_street      TEXT,
    postal_province       TEXT,
    postal_commune        TEXT,
    postal_street         TEXT,
    updated_at            BIGINT NOT NULL
);

-- Server-side sessions. `id` is the SHA-256 of the cookie's token, never the token itself.
-- Visitors who have not logged in get an anonymous session (user_id NULL) that carries their
-- sign-in flows; logging in replaces it with a new one (the id rotates).
CREATE TABLE sessions (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      BIGINT REFERENCES users (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    ip           TEXT NOT NULL DEFAULT '',
    user_agent   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- A multi-step journey in progress (register, log in, recover a password, change the phone):
-- its answers so far (JSON) and its one-time password (HMAC only, never the code).
CREATE TABLE auth_flows (
    session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL,
    data            TEXT NOT NULL,
    otp_hash        TEXT,
    otp_expires_at  BIGINT,
    otp_attempts    BIGINT NOT NULL DEFAULT 0,
    otp_sent_at     BIGINT,
    otp_sends       BIGINT NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    PRIMARY KEY (session_id, purpose)
);

-- Captcha challenges: single use (deleted when checked) and expiring. `code` is drawn in the
-- image; `alt_question` / `alt_answer` are the accessible text alternative (either answer passes).
CREATE TABLE captchas (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL,
    alt_question TEXT NOT NULL,
    alt_answer  TEXT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX captchas_expires_idx ON captchas (expires_at);

-- Events counted for rate limits (login failures per account and per address, OTP sends).
CREATE TABLE rate_events (
    id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key TEXT NOT NULL,
    at  BIGINT NOT NULL
);
CREATE INDEX rate_events_key_idx ON rate_events (key, at);

-- E-mail confirmation links (token hashed).
CREATE TABLE email_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email      TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);

-- The transactional outbox: every SMS and e-mail is written here in the same transaction as the
-- event that causes it, then delivered by a worker with retries.
CREATE TABLE outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    locked_until    BIGINT,
    last_error      TEXT,
    provider_ref    TEXT,
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX outbox_due_idx ON outbox (status, next_attempt_at);

-- What the development message provider "delivered": shown at /dev/outbox.
CREATE TABLE dev_messages (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel    TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Officer and administrator actions, and security events on accounts.
CREATE TABLE audit_log (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   BIGINT,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '',
    at        BIGINT NOT NULL
);
CREATE INDEX audit_log_user_idx ON audit_log (user_id, at);

-- Administrative units in force since 1 July 2025 (loaded at start-up from server/data).
CREATE TABLE provinces (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE TABLE communes (
    code          TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    province_code TEXT NOT NULL REFERENCES provinces (code)
);
CREATE INDEX communes_province_idx ON communes (province_code, name);

-- The old three-level addresses (commune, district, province before 1 July 2025) and the
-- commune each became; one old ward split between several communes has several rows.
CREATE TABLE old_communes (
    old_code     TEXT NOT NULL,
    old_name     TEXT NOT NULL,
    old_district TEXT NOT NULL,
    old_province TEXT NOT NULL,
    new_code     TEXT NOT NULL REFERENCES communes (code)
);
CREATE INDEX old_communes_code_idx ON old_communes (old_code);
