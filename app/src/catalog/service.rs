//! The catalog's services (server side only). Search runs on an index in memory ([`super::index`]): every word of the query must be inside
//! the procedure's folded text (`search_text`: name, code and field, lower case without
//! diacritics), ranked by [`domain::search::score`], identically on every database.

use super::{SearchParams, SearchResult};
use crate::{backend::Db, error::AppError};

/// Searches the catalog: ranked matches of the query (or every procedure by name when there is
/// none), filtered and paged, from the index in memory (see [`super::index`]).
pub async fn search(db: &Db, params: &SearchParams) -> Result<SearchResult, AppError> {
    Ok(super::index::current(db).await?.search(params))
}
