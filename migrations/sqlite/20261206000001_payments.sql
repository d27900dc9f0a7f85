-- Online payment of fee notices (issue 13, SPEC §7): one row per attempt at a gateway, every
-- callback as received (append-only, for audit), and the electronic receipt of a paid notice.
-- Money is integer VND everywhere.

-- A notice the officer withdrew: a payment confirmed after this is flagged for refund.
ALTER TABLE fee_notices ADD COLUMN cancelled_at INTEGER;

-- An attempt to pay a fee notice at a gateway. `txn_ref` is the order id the gateway knows
-- (VNPay's vnp_TxnRef, MoMo's orderId); `state` is pending, paid, failed, cancelled or expired.
-- `refund_due`: paid when the notice no longer wanted it (already paid, cancelled).
CREATE TABLE payments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id     TEXT NOT NULL UNIQUE,
    txn_ref       TEXT NOT NULL UNIQUE,
    fee_notice_id INTEGER NOT NULL REFERENCES fee_notices (id) ON DELETE CASCADE,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    gateway       TEXT NOT NULL,
    amount        INTEGER NOT NULL CHECK (amount > 0),
    state         TEXT NOT NULL DEFAULT 'pending',
    payer_id      INTEGER REFERENCES users (id),
    gateway_txn   TEXT NOT NULL DEFAULT '',
    bank_code     TEXT NOT NULL DEFAULT '',
    result_code   TEXT NOT NULL DEFAULT '',
    refund_due    INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    settled_at    INTEGER,
    checked_at    INTEGER,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX payments_state_idx ON payments (state, created_at);
CREATE INDEX payments_notice_idx ON payments (fee_notice_id);
CREATE INDEX payments_dossier_idx ON payments (dossier_id);

-- Every callback and query answer as received, with what the portal answered. Never updated or
-- deleted (the triggers refuse it).
CREATE TABLE payment_callbacks (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    gateway     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    txn_ref     TEXT NOT NULL DEFAULT '',
    raw         TEXT NOT NULL,
    answer      TEXT NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX payment_callbacks_txn_idx ON payment_callbacks (txn_ref);
CREATE TRIGGER payment_callbacks_no_update BEFORE UPDATE ON payment_callbacks
BEGIN SELECT RAISE(ABORT, 'payment_callbacks is append-only'); END;
CREATE TRIGGER payment_callbacks_no_delete BEFORE DELETE ON payment_callbacks
BEGIN SELECT RAISE(ABORT, 'payment_callbacks is append-only'); END;

-- Biên lai thu phí, lệ phí điện tử: one per paid notice.
CREATE TABLE receipts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id     TEXT NOT NULL UNIQUE,
    number        TEXT NOT NULL UNIQUE,
    fee_notice_id INTEGER NOT NULL UNIQUE REFERENCES fee_notices (id) ON DELETE CASCADE,
    payment_id    INTEGER REFERENCES payments (id),
    dossier_id    INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    payer_name    TEXT NOT NULL,
    items         TEXT NOT NULL,
    total         INTEGER NOT NULL,
    gateway       TEXT NOT NULL,
    gateway_txn   TEXT NOT NULL DEFAULT '',
    issued_at     INTEGER NOT NULL
);
CREATE INDEX receipts_dossier_idx ON receipts (dossier_id);
