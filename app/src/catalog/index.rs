//! The catalog's search index, in memory (server side only).
//!
//! A search used to ask the database for every procedure containing the query's words (through
//! trigram indexes) and rank them here; a common word ("giấy") brought thousands of rows across
//! the driver for each search. The catalog changes rarely (an import, an operator's edit) and is
//! small (a province publishes about 2,000 procedures), so each process keeps what search, its
//! filters and its result list need, and checks one number per search: `catalog_version`, which
//! the database's triggers bump whenever procedures, their agencies, fields or agencies change.
//! Results and ranking are those of [`domain::search::score`], identical on every database.

use super::store;
use super::{Facets, MAX_PAGE, PAGE_SIZE, ProcedureSummary, SearchParams, SearchResult};
use crate::backend::Db;
use domain::search::Query;
use std::{collections::HashMap, sync::Arc};

/// What one procedure contributes to search and to the result list.
struct Entry {
    id: i64,
    /// Folded name (ranking, and the order of the unfiltered list).
    name_folded: String,
    /// Folded name, code and field: where every word of a query must be found.
    search_text: String,
    field_code: String,
    /// Ids of the agencies that carry the procedure out (the agency filter).
    agencies: Vec<i64>,
    summary: ProcedureSummary,
}

/// The whole catalog as search sees it, at one `catalog_version`.
pub struct Index {
    version: i64,
    /// Ordered by folded name, then code: the list shown when there is no query.
    entries: Vec<Entry>,
    facets: Facets,
}

impl Index {
    async fn load(db: &Db, version: i64) -> Result<Index, sqlx::Error> {
        let rows = store::index_rows(db).await?;
        let mut agencies: HashMap<i64, Vec<i64>> = HashMap::new();
        for (procedure, agency) in store::procedure_agency_pairs(db).await? {
            agencies.entry(procedure).or_default().push(agency);
        }
        // The first implementing agency of each provincial procedure, for the result list.
        let first_agency: HashMap<i64, String> = store::first_provincial_agencies(db)
            .await?
            .into_iter()
            .collect();
        let mut entries: Vec<Entry> = rows
            .into_iter()
            .map(|r| {
                let agency = if r.7 == "commune" {
                    "UBND cấp xã".to_string()
                } else {
                    first_agency.get(&r.0).cloned().unwrap_or_default()
                };
                Entry {
                    id: r.0,
                    name_folded: r.3,
                    search_text: r.4,
                    field_code: r.5,
                    agencies: agencies.remove(&r.0).unwrap_or_default(),
                    summary: ProcedureSummary {
                        code: r.1,
                        name: r.2,
                        field: r.6,
                        level: r.7,
                        online_level: r.8,
                        online_submission: r.9 != 0,
                        processing_days: r.10,
                        processing_unit: r.11,
                        fee_total: r.12,
                        agency,
                    },
                }
            })
            .collect();
        entries.sort_by(|a, b| {
            a.name_folded
                .cmp(&b.name_folded)
                .then_with(|| a.summary.code.cmp(&b.summary.code))
        });
        Ok(Index {
            version,
            entries,
            facets: store::facets(db).await?,
        })
    }

    /// Whether `e` passes the advanced search's filters.
    fn keeps(e: &Entry, params: &SearchParams, agency: Option<i64>) -> bool {
        (params.field.is_empty() || e.field_code == params.field)
            && agency.is_none_or(|a| e.agencies.contains(&a))
            && match params.level.as_str() {
                "tinh" => e.summary.level == "province",
                "xa" => e.summary.level == "commune",
                _ => true,
            }
            && match params.online.as_str() {
                "toan-trinh" => e.summary.online_level == "full",
                "mot-phan" => e.summary.online_level == "partial",
                _ => true,
            }
    }

    /// Ranked matches of the query (or every procedure by name when there is none), filtered
    /// and paged.
    pub fn search(&self, params: &SearchParams) -> SearchResult {
        let query = Query::parse(&params.q);
        // Clamped like every other list: any page number the URL carries is safe to compute
        // with (an absurd one shows an empty page, not an overflow).
        let page = params.page.clamp(1, MAX_PAGE);
        // An agency that is not a number filters nothing, as the URL may carry anything.
        let agency = params.agency.parse::<i64>().ok();
        let kept = self
            .entries
            .iter()
            .filter(|e| Self::keeps(e, params, agency));
        let (total, items): (i64, Vec<&Entry>) = if query.is_empty() {
            let all: Vec<&Entry> = kept.collect();
            (all.len() as i64, all)
        } else {
            let mut ranked: Vec<(i64, &Entry)> = kept
                .filter_map(|e| {
                    domain::search::score(&query, &e.name_folded, &e.search_text).map(|s| (s, e))
                })
                .collect();
            ranked.sort_by(|a, b| {
                b.0.cmp(&a.0)
                    .then_with(|| a.1.name_folded.cmp(&b.1.name_folded))
                    .then(a.1.id.cmp(&b.1.id))
            });
            (
                ranked.len() as i64,
                ranked.into_iter().map(|(_, e)| e).collect(),
            )
        };
        SearchResult {
            items: items
                .into_iter()
                .skip(((page - 1) * PAGE_SIZE) as usize)
                .take(PAGE_SIZE as usize)
                .map(|e| e.summary.clone())
                .collect(),
            total,
            page,
            pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
            facets: self.facets.clone(),
        }
    }
}

/// The index of the catalog as it is now: the one in memory when the database's
/// `catalog_version` has not moved since it was built, a fresh one otherwise.
pub async fn current(db: &Db) -> Result<Arc<Index>, sqlx::Error> {
    let version = store::catalog_version(db).await?;
    if let Some(index) = db.memo.get::<Index>()
        && index.version == version
    {
        return Ok(index);
    }
    // Read after the version: a change committed meanwhile is in the index, and labelled with the
    // older version it is simply built again at the next search.
    let index = Arc::new(Index::load(db, version).await?);
    db.memo.put(index.clone());
    Ok(index)
}
