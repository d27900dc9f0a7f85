-- Hardening before money flows (issue 10): captchas that give nothing away, budgets for the
-- messages anyone can trigger, login guards keyed on identifier and address, one-time codes
-- bound to what they were sent for, and the waiting period of a phone change without the old
-- number.

-- A challenge: `code` is drawn in the image, `audio_code` (digits) is spoken in the audio;
-- either passes. Nothing else about them reaches the browser. The image and the audio are made
-- once, on first request, and then served as stored. Challenges live ten minutes, so the old
-- table (with its arithmetic alternative) is simply replaced.
DROP TABLE captchas;
CREATE TABLE captchas (
    id         TEXT PRIMARY KEY NOT NULL,
    code       TEXT NOT NULL,
    audio_code TEXT NOT NULL,
    image      BYTEA,
    audio      BYTEA,
    expires_at BIGINT NOT NULL
);
CREATE INDEX captchas_expires_idx ON captchas (expires_at);

-- A journey's id (new at every restart) and a second code (the phone change sends one to the
-- old number and one to the new): each code's HMAC covers the journey id, the phone it went
-- to and the account, so a code only opens the journey it was sent for.
ALTER TABLE auth_flows ADD COLUMN journey_id TEXT NOT NULL DEFAULT '';
ALTER TABLE auth_flows ADD COLUMN otp2_hash TEXT;

-- Fixed-window counters (messages per recipient, address, network and in total; tracking
-- lookups per address): one row per key and window, incremented atomically.
CREATE TABLE rate_counters (
    key    TEXT NOT NULL,
    bucket BIGINT NOT NULL,
    n      BIGINT NOT NULL,
    PRIMARY KEY (key, bucket)
);
CREATE INDEX rate_counters_bucket_idx ON rate_counters (bucket);
DROP TABLE rate_events;

-- Password checks (login per identifier and address; a logged-in user's own password): each
-- try counts before the password is checked, and after a few failures the next try waits,
-- longer after each further failure.
CREATE TABLE login_guards (
    key          TEXT PRIMARY KEY NOT NULL,
    failures     BIGINT NOT NULL,
    delay        BIGINT NOT NULL,
    locked_until BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);

-- A phone change requested without the old number: it takes effect at `effective_at`, after
-- a notice to the old number and e-mail, unless cancelled first.
CREATE TABLE phone_changes (
    user_id      BIGINT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    new_phone    TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    effective_at BIGINT NOT NULL
);
