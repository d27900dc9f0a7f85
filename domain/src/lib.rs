//! The portal's domain rules in plain Rust (no I/O, no framework): they compile for the server
//! and for WebAssembly alike and are tested without either.
//!
//! Parse, don't validate: each type is built only through a `parse` that returns a precise
//! reason when the input is wrong. The reasons carry no wording; the interface words them in the
//! visitor's language.

pub mod calendar;
pub mod citizen_id;
pub mod date;
pub mod delivery;
pub mod dossier;
pub mod email;
pub mod lunar;
pub mod name;
pub mod password;
pub mod payment;
pub mod phone;
pub mod search;
pub mod tax_code;
pub mod text;
pub mod username;

pub use citizen_id::{BIRTH_PROVINCES, CitizenId, CitizenIdError, IdKind, Sex};
pub use date::{Date, DateError, Weekday};
pub use email::{Email, EmailError};
pub use name::{NameError, PersonName, mask_name};
pub use password::{PasswordProblem, check_password};
pub use phone::{Carrier, PhoneError, PhoneNumber};
pub use tax_code::{TaxCode, TaxCodeError};
pub use text::{fold, gsm7_units, mask_tail, sms_text};
pub use username::{Username, UsernameError};

/// A stored (or sent) name that names none of a typed value's variants: whoever reads it from
/// the database makes it an internal error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    /// What was read ("payment state", "gateway").
    pub of: &'static str,
    pub name: String,
}

impl std::fmt::Display for UnknownName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown {} {:?}", self.of, self.name)
    }
}

impl std::error::Error for UnknownName {}
