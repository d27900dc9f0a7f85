-- Where each account last logged in successfully (issue 22): the keyed hash of the account and
-- the client's address (its /64 for IPv6), never the address itself. A login from a place known
-- for that account is not slowed down by other people's failures on it; rows older than the
-- remembered period are purged by the maintenance job.
CREATE TABLE login_places (
    key        TEXT PRIMARY KEY NOT NULL,
    user_id    INTEGER NOT NULL,
    last_at    INTEGER NOT NULL
);
CREATE INDEX login_places_last_at ON login_places (last_at);
