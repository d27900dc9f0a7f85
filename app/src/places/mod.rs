//! Places (DOMAIN "Administrative units"): Vietnam's provinces and communes in force since
//! 1 July 2025 and the old three-level addresses they replaced. Loaded from the dataset embedded
//! in the server at start-up; read by the profile, the dossier's delivery address and the
//! receiving agencies.

#[cfg(feature = "ssr")]
pub mod store;
