//! One module per page; feature slices will move their pages into their own folders.

pub mod coming_soon;
pub mod home;
