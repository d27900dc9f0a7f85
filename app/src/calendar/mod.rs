//! The working calendar (SPEC §4; DOMAIN "Deadlines"): the public holidays and the extra working
//! days, as data in the `holidays` table (pre-filled from the lunar calendar, then edited by an
//! administrator). Due dates and lateness are computed by `domain::calendar` over this data.

#[cfg(feature = "ssr")]
pub mod store;
