//! The portal's own small set of accessible components, shared by every page.

pub mod form;
pub mod layout;
pub mod list;
pub mod not_found;
pub mod page;

pub use layout::Layout;
pub use page::{ErrorNotice, FormPage, PageTitle};
