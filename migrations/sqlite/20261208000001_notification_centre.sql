-- The notification centre (issue 23): what a notice is about, for the filters ('dossier',
-- 'payment', 'system'); whether its dossier link opens the back office's page (an officer's
-- notice) or the citizen's; and a key that makes a notice a job may write again (the daily
-- "due tomorrow" notice) go in once per user.
ALTER TABLE notifications ADD COLUMN kind TEXT NOT NULL DEFAULT 'dossier';
ALTER TABLE notifications ADD COLUMN for_office INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN once_key TEXT;
CREATE UNIQUE INDEX notifications_once_idx ON notifications (user_id, once_key);
-- The header's count on every page: a user's unread notices.
CREATE INDEX notifications_unread_idx ON notifications (user_id, read_at);

-- What a user wants sent by SMS and by e-mail besides the in-app notice, per kind of event
-- ('status', 'supplement', 'fee', 'result', 'answer'); no row: both (the default). Security
-- notices are not asked about: they always go by SMS.
CREATE TABLE notification_preferences (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    event   TEXT NOT NULL,
    sms     INTEGER NOT NULL,
    email   INTEGER NOT NULL,
    PRIMARY KEY (user_id, event)
);

-- Exactly-once delivery: the key the outbox hands the provider with a message, chosen when the
-- message is first claimed and recorded before it is sent, so that a retry after a crash between
-- the provider's answer and the record carries the same key (eSMS refuses a repeated RequestId
-- for 24 hours); the development provider keeps one message per key, as eSMS does.
ALTER TABLE outbox ADD COLUMN request_id TEXT;
ALTER TABLE dev_messages ADD COLUMN request_id TEXT;
CREATE UNIQUE INDEX dev_messages_request_idx ON dev_messages (request_id);
