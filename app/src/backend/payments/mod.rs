//! Online payment gateways (issue 13, SPEC §7). Only the signature rules of the protocols are
//! here so far: the gateways themselves, the payment records, callbacks and reconciliation are not
//! built yet (README "Not finished").

pub mod vnpay;
